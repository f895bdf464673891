//! `/organize/taxonomy`: the edition's Action Lines (with C7's sub-lines and
//! the moderated sub-themes) and SDGs. Organizers rename an entry, retire it
//! (no longer offered to proposers) and add sub-themes. Plain forms, so the
//! page works without JavaScript.

use crate::forms::{ErrorSummary, FormState, input, or_typed, select};
use crate::pages::proposal_edit::theme_name;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::taxonomy::{KIND_ACTION_LINE, KIND_SDG, ThemeEntry, reading_order};

/// The key of an entry's form in the page state: `kind:code`.
pub fn theme_key(kind: &str, code: &str) -> String {
    format!("{kind}:{code}")
}

/// One entry: its name and state, and the form that changes them (open
/// when it was just posted with errors).
fn entry_row(e: ThemeEntry, state: FormState) -> impl IntoView + use<> {
    let prefix = format!("t-{}-{}-", e.kind, e.code);
    let shown = theme_name(&e);
    let heading = if e.kind == KIND_SDG {
        format!("{} {} – {shown}", t("sdg"), e.code)
    } else {
        format!("{} – {shown}", e.code)
    };
    let status = if e.active {
        t("taxonomy-offered")
    } else {
        t("taxonomy-retired")
    };
    let active = state
        .values
        .get("active")
        .map(|v| !v.is_empty())
        .unwrap_or(e.active);
    let active_id = format!("{prefix}active");
    let moderated = (!e.moderator.is_empty())
        .then(|| t_args("theme-moderated-by", &[("org", e.moderator.clone())]));
    let open = state.has_errors();
    let name_hint = if e.custom {
        None
    } else {
        Some(t("taxonomy-name-hint"))
    };
    let labels = vec![
        ("name", t("taxonomy-name")),
        ("moderator", t("taxonomy-moderator")),
        ("active", t("taxonomy-active")),
    ];
    // The fragment brings the reader back to this entry after the post,
    // with or without JavaScript.
    let anchor = format!("theme-{}-{}", e.kind, e.code);
    let action = format!("/organize/taxonomy/{}/{}#{anchor}", e.kind, e.code);
    let save = t_args("taxonomy-save", &[("code", e.code.clone())]);
    let is_line = e.kind == KIND_ACTION_LINE;
    let sub = !e.parent.is_empty();
    view! {
        <li class="theme-entry" id=anchor class:sub-entry=sub class:retired=!e.active>
            <span class="theme-name">
                <bdi>{heading}</bdi>
            </span>
            " "
            <span class="badge">{status}</span>
            {e
                .custom
                .then(|| {
                    view! {
                        " "
                        <span class="badge">{t("taxonomy-added")}</span>
                    }
                })}
            {moderated.map(|m| view! { <span class="hint">" "{m}</span> })}
            <details open=open>
                <summary>{t_args("taxonomy-edit", &[("code", e.code.clone())])}</summary>
                <form method="post" action=action novalidate=true class="form">
                    <ErrorSummary form=state.clone() labels=labels prefix=prefix.clone() />
                    <input type="hidden" name="version" value=e.version.to_string() />
                    {input(
                        &state,
                        &prefix,
                        "name",
                        t("taxonomy-name"),
                        "text",
                        or_typed(&state, "name", e.name.clone()),
                        name_hint,
                    )}
                    {is_line
                        .then(|| input(
                            &state,
                            &prefix,
                            "moderator",
                            t("taxonomy-moderator"),
                            "text",
                            or_typed(&state, "moderator", e.moderator.clone()),
                            None,
                        ))}
                    <div class="choice" class:field-invalid=state.error("active").is_some()>
                        <input
                            type="checkbox"
                            id=active_id.clone()
                            name="active"
                            value="yes"
                            checked=active
                            aria-describedby=state
                                .error("active")
                                .map(|_| format!("{prefix}active-error"))
                        />
                        <label for=active_id>{t("taxonomy-active")}</label>
                    </div>
                    {state
                        .error("active")
                        .map(|m| {
                            view! {
                                <p class="field-error" id=format!("{prefix}active-error")>
                                    {m}
                                </p>
                            }
                        })}
                    <button type="submit" class="button-secondary">
                        {save}
                    </button>
                </form>
            </details>
        </li>
    }
}

/// The page. `entry_state` holds the input and errors of the entry form
/// just posted (keyed by [`theme_key`]); `add_state` those of the new
/// sub-theme form.
#[component]
pub fn TaxonomyPage(
    entries: Vec<ThemeEntry>,
    entry_state: Option<(String, FormState)>,
    add_state: FormState,
) -> impl IntoView {
    let state_of = |e: &ThemeEntry| match &entry_state {
        Some((key, st)) if *key == theme_key(&e.kind, &e.code) => st.clone(),
        _ => FormState::default(),
    };
    let lines = reading_order(&entries, KIND_ACTION_LINE)
        .into_iter()
        .map(|e| entry_row(e.clone(), state_of(e)))
        .collect_view();
    let goals = reading_order(&entries, KIND_SDG)
        .into_iter()
        .map(|e| entry_row(e.clone(), state_of(e)))
        .collect_view();
    let parents: Vec<(String, String)> = entries
        .iter()
        .filter(|e| e.kind == KIND_ACTION_LINE && e.parent.is_empty())
        .map(|e| (e.code.clone(), format!("{} – {}", e.code, theme_name(e))))
        .collect();
    let s = add_state;
    let add_labels = vec![
        ("parent", t("taxonomy-parent")),
        ("code", t("taxonomy-code")),
        ("name", t("taxonomy-name")),
        ("moderator", t("taxonomy-moderator")),
    ];
    let parent = or_typed(&s, "parent", String::new());
    view! {
        <h1>{t("taxonomy-title")}</h1>
        <p class="lead">{t("taxonomy-lead")}</p>
        <p>{t("taxonomy-fixed")}</p>
        <section aria-labelledby="lines-heading">
            <h2 id="lines-heading">{t("taxonomy-lines")}</h2>
            <ul class="theme-list">{lines}</ul>
        </section>
        <section aria-labelledby="add-heading">
            <h2 id="add-heading">{t("taxonomy-add-title")}</h2>
            <p>{t("taxonomy-add-lead")}</p>
            <ErrorSummary form=s.clone() labels=add_labels prefix="n-".to_owned() />
            <form
                method="post"
                action="/organize/taxonomy#new-theme"
                novalidate=true
                class="form"
                id="new-theme"
            >
                {select(
                    &s,
                    "n-",
                    "parent",
                    t("taxonomy-parent"),
                    parents,
                    parent,
                    Some(t("choose")),
                )}
                <div class="speaker-grid">
                    {input(
                        &s,
                        "n-",
                        "code",
                        t("taxonomy-code"),
                        "text",
                        or_typed(&s, "code", String::new()),
                        Some(t("taxonomy-code-hint")),
                    )}
                    {input(
                        &s,
                        "n-",
                        "name",
                        t("taxonomy-name"),
                        "text",
                        or_typed(&s, "name", String::new()),
                        None,
                    )}
                    {input(
                        &s,
                        "n-",
                        "moderator",
                        t("taxonomy-moderator"),
                        "text",
                        or_typed(&s, "moderator", String::new()),
                        None,
                    )}
                </div>
                <button type="submit" class="button">
                    {t("taxonomy-add")}
                </button>
            </form>
        </section>
        <section aria-labelledby="sdgs-heading">
            <h2 id="sdgs-heading">{t("taxonomy-sdgs")}</h2>
            <ul class="theme-list">{goals}</ul>
        </section>
    }
}
