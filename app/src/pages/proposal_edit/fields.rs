//! Small building blocks of the proposal form: a field's error text, a
//! labelled text area, and select options.

use super::*;

pub(super) fn err(state: &FormState, field: &str) -> Option<String> {
    state.error(field)
}

pub(super) fn error_text(id: String, msg: Option<String>) -> impl IntoView {
    msg.map(|m| {
        view! {
            <p class="field-error" id=id>
                {m}
            </p>
        }
    })
}

/// A labelled textarea with hint and error.
#[component]
pub(super) fn Area(
    state: FormState,
    name: &'static str,
    label: String,
    value: String,
    hint: String,
    rows: u32,
) -> impl IntoView {
    let e = err(&state, name);
    let id = format!("f-{name}");
    let describedby = if e.is_some() {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-hint")
    };
    view! {
        <div class="field" class:field-invalid=e.is_some()>
            <label for=id.clone()>{label}</label>
            <p class="hint" id=format!("{id}-hint")>
                {hint}
            </p>
            {error_text(format!("{id}-error"), e.clone())}
            <textarea
                id=id
                name=name
                rows=rows
                aria-invalid=e.is_some().then_some("true")
                aria-describedby=describedby
            >
                {textarea_text(&value)}
            </textarea>
        </div>
    }
}

pub(super) fn options(
    items: Vec<(String, String)>,
    selected: &str,
    placeholder: String,
) -> impl IntoView {
    let opts = items
        .into_iter()
        .map(|(v, label)| {
            let sel = v == selected;
            view! {
                <option value=v selected=sel>
                    {label}
                </option>
            }
        })
        .collect_view();
    view! {
        <option value="">{placeholder}</option>
        {opts}
    }
}

/// Which language the texts are written in: the six UN languages, or
/// another one by its ISO code typed beside the list (used when "Another
/// language" is chosen). Before any choice, the page's language.
pub(super) fn text_language_field(state: &FormState, saved: &str) -> impl IntoView + use<> {
    use portal::domain::Locale;
    use portal::domain::text_language::OTHER;
    let page = page_context().locale.tag();
    let current = if saved.is_empty() { page } else { saved };
    let is_un = Locale::from_tag(current).is_some_and(|l| l.tag() == current);
    let chosen = if is_un {
        current.to_owned()
    } else {
        OTHER.to_owned()
    };
    let other = if is_un {
        String::new()
    } else {
        current.to_owned()
    };
    let mut items: Vec<(String, String)> = Locale::ALL
        .iter()
        .map(|l| (l.tag().to_owned(), l.native_name().to_owned()))
        .collect();
    items.push((OTHER.to_owned(), t("proposal-text-language-other")));
    let e = err(state, "text_language");
    let opts = items
        .into_iter()
        .map(|(v, label)| {
            let selected = v == chosen;
            view! {
                <option value=v selected=selected>
                    {label}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-invalid=e.is_some()>
            <label for="f-text_language">{t("proposal-field-text-language")}</label>
            {error_text("f-text_language-error".into(), e.clone())}
            <select
                id="f-text_language"
                name="text_language"
                aria-invalid=e.is_some().then_some("true")
                aria-describedby=e.is_some().then_some("f-text_language-error")
            >
                {opts}
            </select>
            // Shown once "Another language" is chosen (CSS, so also
            // without JavaScript).
            <div class="other-language">
                <label for="f-text_language_other" class="small-label">
                    {t("proposal-field-text-language-code")}
                </label>
                <input
                    id="f-text_language_other"
                    name="text_language_other"
                    type="text"
                    autocomplete="off"
                    maxlength="3"
                    size="4"
                    value=other
                />
            </div>
        </div>
    }
}
