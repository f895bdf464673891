//! Form building blocks. Forms post to the server; when input is invalid the
//! server renders the same page again with what was typed and a message next
//! to each invalid field, plus a summary linking to them (announced to
//! screen readers).

use crate::islands::PasswordInput;
use crate::render::{page_context, t};
use leptos::prelude::*;
use portal::FieldErrors;
use std::collections::HashMap;

/// What the user typed, and what was wrong with it.
#[derive(Debug, Clone, Default)]
pub struct FormState {
    /// Submitted values by field name (never passwords).
    pub values: HashMap<String, String>,
    /// Invalid fields.
    pub errors: FieldErrors,
    /// A message for the whole form (e.g. `error-login-failed`), already translated.
    pub form_error: Option<String>,
}

impl FormState {
    /// The typed value of a field, or empty.
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    /// The translated error of a field, if any.
    pub fn error(&self, field: &str) -> Option<String> {
        let locale = page_context().locale;
        self.errors
            .get(field)
            .map(|e| portal::i18n::tr_field_error(locale, e))
    }

    /// True when anything is wrong.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty() || self.form_error.is_some()
    }
}

fn field_id(name: &str) -> String {
    format!("f-{name}")
}

fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("f-{name}-hint"));
    }
    if error {
        ids.push(format!("f-{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The list of problems at the top of a form that failed validation. Each
/// entry links to its field.
#[component]
pub fn ErrorSummary(
    form: FormState,
    labels: Vec<(&'static str, String)>,
    /// Id prefix of the form's fields when it is not the default `f-`.
    #[prop(optional)]
    prefix: Option<String>,
    /// Labels of fields whose names are built at run time (`score-12`).
    #[prop(optional)]
    more_labels: Vec<(String, String)>,
) -> impl IntoView {
    if !form.has_errors() {
        return ().into_any();
    }
    let items = form
        .errors
        .0
        .iter()
        .filter(|e| e.field != "form")
        .map(|e| {
            let label = labels
                .iter()
                .find(|(f, _)| *f == e.field)
                .map(|(_, l)| l.clone())
                .or_else(|| {
                    more_labels
                        .iter()
                        .find(|(f, _)| *f == e.field)
                        .map(|(_, l)| l.clone())
                })
                .unwrap_or_default();
            let msg = portal::i18n::tr_field_error(page_context().locale, e);
            let href = match &prefix {
                Some(p) => format!("#{p}{}", e.field),
                None => format!("#{}", field_id(&e.field)),
            };
            view! {
                <li>
                    <a href=href>{label}": "{msg}</a>
                </li>
            }
        })
        .collect_view();
    let form_message = form
        .form_error
        .clone()
        .or_else(|| form.error("form"))
        .map(|m| view! { <p>{m}</p> });
    view! {
        <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{t("form-has-errors")}</h2>
            {form_message}
            <ul>{items}</ul>
        </div>
    }
    .into_any()
}

/// A labelled text input with optional hint and inline error.
#[component]
pub fn TextField(
    form: FormState,
    name: &'static str,
    label: String,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = true)] required: bool,
) -> impl IntoView {
    let error = form.error(name);
    let id = field_id(name);
    let hint_view = hint.map(|h| {
        view! {
            <p class="hint" id=format!("{id}-hint")>
                {h}
            </p>
        }
    });
    let aria = described_by(name, hint_view.is_some(), error.is_some());
    view! {
        <div class="field" class:field-invalid=error.is_some()>
            <label for=id
                .clone()>
                {label}
                {(!required)
                    .then(|| view! { <span class="optional">" "{t("form-optional")}</span> })}
            </label>
            {hint_view}
            {error
                .clone()
                .map(|e| {
                    view! {
                        <p class="field-error" id=format!("{id}-error")>
                            {e}
                        </p>
                    }
                })}
            <input
                id=id
                name=name
                type=input_type
                value=form.value(name)
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                required=required
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=aria
            />
        </div>
    }
}

/// A password field (never pre-filled) with a show/hide toggle island.
#[component]
pub fn PasswordField(
    form: FormState,
    name: &'static str,
    label: String,
    autocomplete: &'static str,
    #[prop(optional)] hint: Option<String>,
) -> impl IntoView {
    let error = form.error(name);
    let id = field_id(name);
    let hint_view = hint.map(|h| {
        view! {
            <p class="hint" id=format!("{id}-hint")>
                {h}
            </p>
        }
    });
    let aria = described_by(name, hint_view.is_some(), error.is_some());
    view! {
        <div class="field" class:field-invalid=error.is_some()>
            <label for=id.clone()>{label}</label>
            {hint_view}
            {error
                .clone()
                .map(|e| {
                    view! {
                        <p class="field-error" id=format!("{id}-error")>
                            {e}
                        </p>
                    }
                })}
            <PasswordInput
                id=id
                name=name.to_owned()
                autocomplete=autocomplete.to_owned()
                described_by=aria
                invalid=error.is_some()
                show_label=t("password-show")
                hide_label=t("password-hide")
            />
        </div>
    }
}

/// A labelled `<select>`; `options` are `(value, label)` pairs.
#[component]
pub fn SelectField(
    form: FormState,
    name: &'static str,
    label: String,
    options: Vec<(String, String)>,
    placeholder: String,
) -> impl IntoView {
    let error = form.error(name);
    let id = field_id(name);
    let selected = form.value(name);
    let aria = described_by(name, false, error.is_some());
    let opts = options
        .into_iter()
        .map(|(value, text)| {
            let is_selected = value == selected;
            view! {
                <option value=value selected=is_selected>
                    {text}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-invalid=error.is_some()>
            <label for=id.clone()>{label}</label>
            {error
                .clone()
                .map(|e| {
                    view! {
                        <p class="field-error" id=format!("{id}-error")>
                            {e}
                        </p>
                    }
                })}
            <select
                id=id
                name=name
                required=true
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=aria
            >
                <option value="">{placeholder}</option>
                {opts}
            </select>
        </div>
    }
}

/// A single checkbox with its label to the side.
#[component]
pub fn CheckboxField(form: FormState, name: &'static str, label: String) -> impl IntoView {
    let error = form.error(name);
    let id = field_id(name);
    let checked = !form.value(name).is_empty();
    let aria = described_by(name, false, error.is_some());
    view! {
        <div class="field field-checkbox" class:field-invalid=error.is_some()>
            {error
                .clone()
                .map(|e| {
                    view! {
                        <p class="field-error" id=format!("{id}-error")>
                            {e}
                        </p>
                    }
                })}
            <input
                id=id.clone()
                name=name
                type="checkbox"
                value="yes"
                checked=checked
                required=true
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=aria
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// The ids of a field whose id is `{prefix}{name}`: its own, its hint's,
/// its error's, and what `aria-describedby` lists.
struct FieldIds {
    id: String,
    hint_id: String,
    err_id: String,
    describedby: Option<String>,
}

impl FieldIds {
    fn new(prefix: &str, name: &str, hint: bool, state: &FormState) -> FieldIds {
        let id = format!("{prefix}{name}");
        let hint_id = format!("{id}-hint");
        let err_id = format!("{id}-error");
        let listed: Vec<&str> = [
            hint.then_some(hint_id.as_str()),
            state.errors.get(name).map(|_| err_id.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let describedby = (!listed.is_empty()).then(|| listed.join(" "));
        FieldIds {
            id,
            hint_id,
            err_id,
            describedby,
        }
    }
}

/// For pages with several forms: a labelled input whose id is `{prefix}{name}`, with its error.
pub fn input(
    state: &FormState,
    prefix: &str,
    name: &'static str,
    label: String,
    kind: &'static str,
    value: String,
    hint: Option<String>,
) -> impl IntoView {
    let FieldIds {
        id,
        hint_id,
        err_id,
        describedby,
    } = FieldIds::new(prefix, name, hint.is_some(), state);
    let e = state.error(name);
    view! {
        <div class="field" class:field-invalid=e.is_some()>
            <label for=id.clone()>{label}</label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id>
                            {h}
                        </p>
                    }
                })}
            {e
                .clone()
                .map(|m| {
                    view! {
                        <p class="field-error" id=err_id>
                            {m}
                        </p>
                    }
                })}
            <input
                id=id
                name=name
                type=kind
                value=value
                aria-invalid=e.is_some().then_some("true")
                aria-describedby=describedby
            />
        </div>
    }
}

/// What was typed into `field` (after a failed post), or else the saved value.
pub fn or_typed(state: &FormState, field: &str, saved: String) -> String {
    state.values.get(field).cloned().unwrap_or(saved)
}

/// The text of a `<textarea>`, escaped. Leptos writes a textarea's
/// children verbatim (it is treated like `<script>`), so a value holding
/// `</textarea><script>…` would otherwise end the field and run as markup.
/// Browsers decode the entities inside a textarea, so the field shows
/// exactly what was typed. Every `<textarea>` takes its text from here.
pub fn textarea_text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A labelled `<textarea>` whose id is `{prefix}{name}`, with hint and error.
pub fn textarea(
    state: &FormState,
    prefix: &str,
    name: &'static str,
    label: String,
    value: String,
    hint: Option<String>,
) -> impl IntoView {
    let FieldIds {
        id,
        hint_id,
        err_id,
        describedby,
    } = FieldIds::new(prefix, name, hint.is_some(), state);
    let e = state.error(name);
    view! {
        <div class="field" class:field-invalid=e.is_some()>
            <label for=id.clone()>{label}</label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id>
                            {h}
                        </p>
                    }
                })}
            {e
                .clone()
                .map(|m| {
                    view! {
                        <p class="field-error" id=err_id>
                            {m}
                        </p>
                    }
                })}
            <textarea
                id=id
                name=name
                rows="4"
                aria-invalid=e.is_some().then_some("true")
                aria-describedby=describedby
            >
                {textarea_text(&value)}
            </textarea>
        </div>
    }
}

/// A labelled `<select>` whose id is `{prefix}{name}`; `options` are
/// `(value, label)` pairs and `placeholder` an optional empty first choice.
pub fn select(
    state: &FormState,
    prefix: &str,
    name: &'static str,
    label: String,
    options: Vec<(String, String)>,
    selected: String,
    placeholder: Option<String>,
) -> impl IntoView {
    let id = format!("{prefix}{name}");
    let e = state.error(name);
    let err_id = format!("{id}-error");
    let opts = options
        .into_iter()
        .map(|(value, text)| {
            let is = value == selected;
            view! {
                <option value=value selected=is>
                    {text}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-invalid=e.is_some()>
            <label for=id.clone()>{label}</label>
            {e
                .clone()
                .map(|m| {
                    view! {
                        <p class="field-error" id=err_id.clone()>
                            {m}
                        </p>
                    }
                })}
            <select
                id=id
                name=name
                aria-invalid=e.is_some().then_some("true")
                aria-describedby=e.is_some().then_some(err_id)
            >
                {placeholder.map(|p| view! { <option value="">{p}</option> })}
                {opts}
            </select>
        </div>
    }
}
