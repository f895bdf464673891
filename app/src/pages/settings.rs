//! `/organize/settings`: the edition and its call for proposals, and each
//! session format's length, panel size, deadline and availability.

use crate::forms::{ErrorSummary, FormState, input, or_typed};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::{AccessCode, Edition, Format, local_input};

/// One format's settings form.
fn format_form(f: Format, state: FormState) -> impl IntoView {
    let prefix = format!("f-{}-", f.code);
    let name = t(&format!("format-{}", f.code));
    let deadline = f.deadline.map(local_input).unwrap_or_default();
    let open = state
        .values
        .get("is_open")
        .map(|v| !v.is_empty())
        .unwrap_or(f.is_open);
    let open_id = format!("{prefix}is_open");
    let labels = vec![
        ("minutes", t("format-minutes")),
        ("min_panel", t("format-min-panel")),
        ("max_panel", t("format-max-panel")),
        ("deadline", t("format-deadline")),
    ];
    view! {
        <form
            method="post"
            action=format!("/organize/settings/formats/{}", f.code)
            novalidate=true
            class="form format-form"
        >
            <fieldset id=format!("format-{}", f.code)>
                <legend>{name}</legend>
                <ErrorSummary form=state.clone() labels=labels prefix=prefix.clone() />
                <input type="hidden" name="version" value=f.version.to_string() />
                <div class="speaker-grid">
                    {input(
                        &state,
                        &prefix,
                        "minutes",
                        t("format-minutes"),
                        "number",
                        or_typed(&state, "minutes", f.minutes.to_string()),
                        None,
                    )}
                    {input(
                        &state,
                        &prefix,
                        "min_panel",
                        t("format-min-panel"),
                        "number",
                        or_typed(&state, "min_panel", f.min_panel.to_string()),
                        None,
                    )}
                    {input(
                        &state,
                        &prefix,
                        "max_panel",
                        t("format-max-panel"),
                        "number",
                        or_typed(&state, "max_panel", f.max_panel.to_string()),
                        None,
                    )}
                    {input(
                        &state,
                        &prefix,
                        "deadline",
                        t("format-deadline"),
                        "datetime-local",
                        or_typed(&state, "deadline", deadline),
                        Some(t("format-deadline-hint")),
                    )}
                </div>
                <div class="choice">
                    <input
                        type="checkbox"
                        id=open_id.clone()
                        name="is_open"
                        value="yes"
                        checked=open
                    />
                    <label for=open_id>{t("format-is-open")}</label>
                </div>
                <button type="submit" class="button-secondary">
                    {t_args("format-save", &[("name", t(&format!("format-{}", f.code)))])}
                </button>
            </fieldset>
        </form>
    }
}

/// The settings page. `edition_state` holds the edition form's input and
/// errors; `format_state` those of the one format form just posted.
#[component]
pub fn SettingsPage(
    edition: Edition,
    edition_state: FormState,
    format_state: Option<(String, FormState)>,
    codes: Vec<AccessCode>,
    code_state: FormState,
) -> impl IntoView {
    let s = edition_state;
    let labels = vec![
        ("title", t("edition-title")),
        ("venue", t("edition-venue")),
        ("starts_on", t("edition-starts-on")),
        ("ends_on", t("edition-ends-on")),
        ("submissions_open", t("edition-call-opens")),
        ("submissions_close", t("edition-call-closes")),
    ];
    let geneva = Some(t("hint-geneva-time"));
    let formats = edition
        .formats
        .iter()
        .cloned()
        .map(|f| {
            let st = match &format_state {
                Some((code, st)) if *code == f.code => st.clone(),
                _ => FormState::default(),
            };
            let qst = match &format_state {
                Some((code, st)) if *code == format!("q:{}", f.code) => st.clone(),
                _ => FormState::default(),
            };
            view! { <div class="format-settings">{format_form(f.clone(), st)} {questions_form(f, qst)}</div> }
        })
        .collect_view();
    view! {
        <h1>{t("settings-title")}</h1>
        <p class="lead">{t_args("settings-lead", &[("code", edition.code.clone())])}</p>
        <section aria-labelledby="edition-heading">
            <h2 id="edition-heading">{t("settings-edition")}</h2>
            <ErrorSummary form=s.clone() labels=labels />
            <form method="post" action="/organize/settings" novalidate=true class="form">
                <input type="hidden" name="version" value=edition.version.to_string() />
                {input(
                    &s,
                    "f-",
                    "title",
                    t("edition-title"),
                    "text",
                    or_typed(&s, "title", edition.title.clone()),
                    None,
                )}
                {input(
                    &s,
                    "f-",
                    "venue",
                    t("edition-venue"),
                    "text",
                    or_typed(&s, "venue", edition.venue.clone()),
                    None,
                )}
                <div class="speaker-grid">
                    {input(
                        &s,
                        "f-",
                        "starts_on",
                        t("edition-starts-on"),
                        "date",
                        or_typed(&s, "starts_on", edition.starts_on.to_string()),
                        None,
                    )}
                    {input(
                        &s,
                        "f-",
                        "ends_on",
                        t("edition-ends-on"),
                        "date",
                        or_typed(&s, "ends_on", edition.ends_on.to_string()),
                        None,
                    )}
                    {input(
                        &s,
                        "f-",
                        "submissions_open",
                        t("edition-call-opens"),
                        "datetime-local",
                        or_typed(&s, "submissions_open", local_input(edition.submissions_open_at)),
                        geneva.clone(),
                    )}
                    {input(
                        &s,
                        "f-",
                        "submissions_close",
                        t("edition-call-closes"),
                        "datetime-local",
                        or_typed(
                            &s,
                            "submissions_close",
                            local_input(edition.submissions_close_at),
                        ),
                        geneva.clone(),
                    )}
                </div>
                <button type="submit" class="button">
                    {t("settings-save-edition")}
                </button>
            </form>
        </section>
        <section aria-labelledby="formats-heading">
            <h2 id="formats-heading">{t("settings-formats")}</h2>
            <p>{t("settings-formats-lead")}</p>
            {formats}
        </section>
        <AccessCodes edition=edition.clone() codes=codes state=code_state />
    }
}

/// The access codes: who has one, how many uses are left, until when; and a
/// form to hand out a new one.
#[component]
fn AccessCodes(edition: Edition, codes: Vec<AccessCode>, state: FormState) -> impl IntoView {
    let zone = edition.time_zone.clone();
    let rows = codes
        .into_iter()
        .map(|c| {
            let formats = if c.formats.is_empty() {
                t("access-code-all-formats")
            } else {
                c.formats
                    .split(',')
                    .map(|f| t(&format!("format-{f}")))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            view! {
                <tr>
                    <td>
                        <span class="code">{c.code.clone()}</span>
                    </td>
                    <td>
                        <bdi>{c.label.clone()}</bdi>
                    </td>
                    <td>{formats}</td>
                    <td>{format!("{} / {}", c.uses, c.max_uses)}</td>
                    <td>{crate::format::datetime(c.expires_at, &zone)}</td>
                </tr>
            }
        })
        .collect_view();
    let labels = vec![
        ("label", t("access-code-for")),
        ("max_uses", t("access-code-max-uses")),
        ("expires_at", t("access-code-expires")),
        ("formats", t("access-code-formats")),
    ];
    let chosen: Vec<String> = state
        .values
        .get("formats")
        .map(|v| v.split(',').map(str::to_owned).collect())
        .unwrap_or_default();
    let boxes = edition
        .formats
        .iter()
        .map(|f| {
            let id = format!("f-code-format-{}", f.code);
            let checked = chosen.contains(&f.code);
            view! {
                <div class="choice">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name="formats"
                        value=f.code.clone()
                        checked=checked
                    />
                    <label for=id>{t(&format!("format-{}", f.code))}</label>
                </div>
            }
        })
        .collect_view();
    let s = state.clone();
    view! {
        <section aria-labelledby="codes-heading">
            <h2 id="codes-heading">{t("access-codes-title")}</h2>
            <p>{t("access-codes-lead")}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label=t("access-codes-title")>
                <table>
                    <caption class="visually-hidden">{t("access-codes-title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("access-code")}</th>
                            <th scope="col">{t("access-code-for")}</th>
                            <th scope="col">{t("access-code-formats")}</th>
                            <th scope="col">{t("access-code-uses")}</th>
                            <th scope="col">{t("access-code-expires")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <ErrorSummary form=s.clone() labels=labels />
            <form
                method="post"
                action="/organize/settings/access-codes"
                novalidate=true
                class="form"
                id="new-code"
            >
                <fieldset>
                    <legend>{t("access-code-new")}</legend>
                    {input(
                        &s,
                        "f-code-",
                        "label",
                        t("access-code-for"),
                        "text",
                        or_typed(&s, "label", String::new()),
                        Some(t("access-code-for-hint")),
                    )}
                    <div class="speaker-grid">
                        {input(
                            &s,
                            "f-code-",
                            "max_uses",
                            t("access-code-max-uses"),
                            "number",
                            or_typed(&s, "max_uses", "1".into()),
                            None,
                        )}
                        {input(
                            &s,
                            "f-code-",
                            "expires_at",
                            t("access-code-expires"),
                            "datetime-local",
                            or_typed(&s, "expires_at", String::new()),
                            Some(t("hint-geneva-time")),
                        )}
                    </div>
                    <fieldset class="field" id="f-code-formats">
                        <legend>{t("access-code-formats")}</legend>
                        <p class="hint">{t("access-code-formats-hint")}</p>
                        {s.error("formats").map(|m| view! { <p class="field-error">{m}</p> })}
                        <div class="choices-inline">{boxes}</div>
                    </fieldset>
                    <button type="submit" class="button">
                        {t("access-code-create")}
                    </button>
                </fieldset>
            </form>
        </section>
    }
}

/// A format's extra questions: the list with remove buttons, and a form to
/// add one.
fn questions_form(f: Format, state: FormState) -> impl IntoView {
    use portal::domain::question::QuestionKind;
    let prefix = format!("f-{}-", f.code);
    let items = f
        .questions
        .iter()
        .map(|q| {
            let kind = t(&format!("question-kind-{}", q.kind.code()));
            let required = if q.required {
                format!(" · {}", t("question-required"))
            } else {
                String::new()
            };
            view! {
                <li>
                    <bdi>{q.label.clone()}</bdi>
                    " ("
                    {kind}
                    {required}
                    ")"
                    <form
                        method="post"
                        action=format!("/organize/settings/questions/{}/remove", q.id)
                        class="inline-form"
                    >
                        " "
                        <button type="submit" class="link-button">
                            {t_args("question-remove", &[("label", q.label.clone())])}
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let empty = f
        .questions
        .is_empty()
        .then(|| view! { <p>{t("question-list-empty")}</p> });
    let kind_id = format!("{prefix}q_kind");
    let chosen_kind = state
        .values
        .get("q_kind")
        .cloned()
        .unwrap_or_else(|| "text".into());
    let kinds = QuestionKind::ALL
        .iter()
        .map(|k| {
            let sel = k.code() == chosen_kind;
            view! {
                <option value=k.code() selected=sel>
                    {t(&format!("question-kind-{}", k.code()))}
                </option>
            }
        })
        .collect_view();
    let choices_id = format!("{prefix}q_choices");
    let choices_err = state.error("q_choices");
    let req_id = format!("{prefix}q_required");
    let labels = vec![
        ("q_label", t("question-label")),
        ("q_kind", t("question-kind")),
        ("q_choices", t("question-choices")),
    ];
    view! {
        <div class="questions">
            <h3>{t("questions-title")}</h3>
            {empty}
            <ul class="plain-list">{items}</ul>
            <ErrorSummary form=state.clone() labels=labels prefix=prefix.clone() />
            <form
                method="post"
                action=format!("/organize/settings/formats/{}/questions", f.code)
                novalidate=true
                class="form"
            >
                <fieldset>
                    <legend>{t("question-new")}</legend>
                    {input(
                        &state,
                        &prefix,
                        "q_label",
                        t("question-label"),
                        "text",
                        or_typed(&state, "q_label", String::new()),
                        None,
                    )}
                    <div class="field">
                        <label for=kind_id.clone()>{t("question-kind")}</label>
                        <select id=kind_id name="q_kind">
                            {kinds}
                        </select>
                    </div>
                    <div class="field" class:field-invalid=choices_err.is_some()>
                        <label for=choices_id.clone()>{t("question-choices")}</label>
                        {choices_err
                            .clone()
                            .map(|m| {
                                view! {
                                    <p class="field-error" id=format!("{choices_id}-error")>
                                        {m}
                                    </p>
                                }
                            })}
                        <textarea
                            id=choices_id.clone()
                            name="q_choices"
                            rows="3"
                            aria-invalid=choices_err.is_some().then_some("true")
                            aria-describedby=choices_err
                                .is_some()
                                .then(|| format!("{choices_id}-error"))
                        >
                            {crate::forms::textarea_text(
                                &or_typed(&state, "q_choices", String::new()),
                            )}
                        </textarea>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id=req_id.clone() name="q_required" value="yes" />
                        <label for=req_id>{t("question-required")}</label>
                    </div>
                    <button type="submit" class="button-secondary">
                        {t("question-add")}
                    </button>
                </fieldset>
            </form>
        </div>
    }
}
