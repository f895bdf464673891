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
