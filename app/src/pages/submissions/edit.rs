//! The form of one submission kind: new, a saved draft or a sent one, and
//! the organizers' form for an input recorded at a consultation meeting.
//! A plain form: works without JavaScript; the server checks everything.

use crate::format::datetime;
use crate::forms::{ErrorSummary, FormState, input, or_typed, select, textarea};
use crate::pages::proposal_edit::theme_name;
use crate::render::{page_context, t, t_args};
use leptos::prelude::*;
use portal::domain::StakeholderType;
use portal::domain::countries;
use portal::domain::proposal::Gender;
use portal::domain::submission::{SPACE_SIZES, SubmissionForm, SubmissionKind};
use portal::domain::taxonomy::{KIND_ACTION_LINE, KIND_SDG, ThemeEntry, reading_order};
use portal::services::{KindSettings, OnBehalf};

/// Everything the form shows.
#[derive(Debug, Clone)]
pub struct SubmissionEditorData {
    /// The kind and its edition settings.
    pub settings: KindSettings,
    /// The saved submission's code; `None` for a new one.
    pub code: Option<String>,
    /// Its status (`draft` for a new one).
    pub status: String,
    /// Version the form was loaded with.
    pub version: i64,
    /// What the form holds.
    pub form: SubmissionForm,
    /// Errors of the last post.
    pub state: FormState,
    /// The edition's Action Lines and SDGs.
    pub themes: Vec<ThemeEntry>,
    /// The edition's time zone.
    pub time_zone: String,
    /// For an input recorded at a meeting: the meeting's id and title, and
    /// the speaker it is recorded for.
    pub meeting: Option<(i64, String, OnBehalf)>,
}

fn options_stakeholder() -> Vec<(String, String)> {
    StakeholderType::ALL
        .iter()
        .map(|s| (s.code().to_owned(), t(&format!("stakeholder-{}", s.code()))))
        .collect()
}

fn options_country() -> Vec<(String, String)> {
    let lang = page_context().locale.tag();
    let mut opts: Vec<(String, String)> = countries()
        .iter()
        .map(|c| (c.code.clone(), c.name(lang).to_owned()))
        .collect();
    opts.sort_by(|a, b| a.1.cmp(&b.1));
    opts
}

/// A fieldset of checkboxes (`name` repeated), with its error.
fn theme_boxes(
    state: &FormState,
    field: &'static str,
    name: &'static str,
    legend: String,
    entries: Vec<(String, String)>,
    chosen: &[String],
) -> impl IntoView + use<> {
    let err = state.error(field);
    let err_id = format!("f-{field}-error");
    let boxes = entries
        .into_iter()
        .map(|(code, label)| {
            let id = format!("f-{name}-{code}");
            let checked = chosen.contains(&code);
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name=name value=code checked=checked />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    let invalid = err.is_some();
    let describedby = invalid.then(|| err_id.clone());
    let err_view = err.map(|m| {
        view! {
            <p class="field-error" id=err_id>
                {m}
            </p>
        }
    });
    let hint = t_args(
        "submission-themes-hint",
        &[("max", portal::domain::submission::MAX_THEMES.to_string())],
    );
    view! {
        <fieldset
            id=format!("f-{field}")
            class="field choices"
            class:field-invalid=invalid
            aria-describedby=describedby
        >
            <legend>{legend}</legend>
            <p class="hint">{hint}</p>
            {err_view}
            {boxes}
        </fieldset>
    }
}

/// The labels of every field, for the error summary.
fn labels(kind: SubmissionKind) -> Vec<(&'static str, String)> {
    let k = kind.code();
    vec![
        ("title", t(&format!("submission-{k}-title"))),
        ("body", t(&format!("submission-{k}-body"))),
        ("action_lines", t("proposal-field-action-lines")),
        ("sdgs", t("proposal-field-sdgs")),
        ("person_name", t("submission-person-name")),
        ("person_organization", t("submission-person-organization")),
        ("person_country", t("field-country")),
        ("person_stakeholder", t("field-stakeholder-type")),
        ("person_gender", t("submission-person-gender")),
        ("person_email", t("submission-person-email")),
        ("space_size", t("submission-space-size")),
        ("on_behalf_name", t("submission-on-behalf-name")),
        ("on_behalf_stakeholder", t("field-stakeholder-type")),
        ("on_behalf_country", t("field-country")),
    ]
}

/// The editor.
#[component]
pub fn SubmissionEditPage(data: SubmissionEditorData) -> impl IntoView {
    let SubmissionEditorData {
        settings,
        code,
        status,
        version,
        form,
        state,
        themes,
        time_zone,
        meeting,
    } = data;
    let kind = settings.kind;
    let k = kind.code();
    let s = &state;
    let kind_name = t(&format!("submission-kind-{k}"));
    let heading = match (&code, &meeting) {
        (_, Some((_, title, _))) => t_args(
            "submission-record-heading",
            &[("kind", kind_name.clone()), ("meeting", title.clone())],
        ),
        (Some(c), None) => t_args(
            "submission-edit-heading",
            &[("kind", kind_name.clone()), ("code", c.clone())],
        ),
        (None, None) => kind_name.clone(),
    };
    let action = match (&code, &meeting) {
        (Some(c), _) => format!("/submissions/{c}/edit"),
        (None, Some((id, _, _))) => format!("/organize/meetings/{id}/inputs/{k}"),
        (None, None) => format!("/submissions/new/{k}"),
    };
    let deadline = datetime(settings.closes_at, &time_zone);
    let sent = status != "draft";
    let chosen_lines = if s.values.is_empty() {
        form.action_lines.clone()
    } else {
        s.values
            .get("action_line")
            .map(|v| v.split('\u{1f}').map(str::to_owned).collect())
            .unwrap_or_default()
    };
    let chosen_sdgs = if s.values.is_empty() {
        form.sdgs.clone()
    } else {
        s.values
            .get("sdg")
            .map(|v| v.split('\u{1f}').map(str::to_owned).collect())
            .unwrap_or_default()
    };
    let shown = |e: &&ThemeEntry| {
        e.active
            || chosen_lines.contains(&e.code) && e.kind == KIND_ACTION_LINE
            || chosen_sdgs.contains(&e.code) && e.kind == KIND_SDG
    };
    let line_opts: Vec<(String, String)> = reading_order(&themes, KIND_ACTION_LINE)
        .into_iter()
        .filter(shown)
        .map(|e| (e.code.clone(), format!("{} – {}", e.code, theme_name(e))))
        .collect();
    let sdg_opts: Vec<(String, String)> = reading_order(&themes, KIND_SDG)
        .into_iter()
        .filter(shown)
        .map(|e| {
            (
                e.code.clone(),
                format!("{} {} – {}", t("sdg"), e.code, theme_name(e)),
            )
        })
        .collect();
    let person = kind.names_a_person().then(|| {
        let gender_opts: Vec<(String, String)> = Gender::ALL
            .iter()
            .map(|g| (g.code().to_owned(), t(&format!("gender-{}", g.code()))))
            .collect();
        view! {
            <fieldset>
                <legend>{t(&format!("submission-{k}-person"))}</legend>
                {input(
                    s,
                    "f-",
                    "person_name",
                    t("submission-person-name"),
                    "text",
                    or_typed(s, "person_name", form.person_name.clone()),
                    None,
                )}
                {input(
                    s,
                    "f-",
                    "person_organization",
                    t("submission-person-organization"),
                    "text",
                    or_typed(s, "person_organization", form.person_organization.clone()),
                    None,
                )}
                {select(
                    s,
                    "f-",
                    "person_country",
                    t("field-country"),
                    options_country(),
                    or_typed(s, "person_country", form.person_country.clone()),
                    Some(t("choose")),
                )}
                {select(
                    s,
                    "f-",
                    "person_stakeholder",
                    t("field-stakeholder-type"),
                    options_stakeholder(),
                    or_typed(s, "person_stakeholder", form.person_stakeholder.clone()),
                    Some(t("choose")),
                )}
                {select(
                    s,
                    "f-",
                    "person_gender",
                    t("submission-person-gender"),
                    gender_opts,
                    or_typed(s, "person_gender", form.person_gender.clone()),
                    Some(t("choose")),
                )}
                {input(
                    s,
                    "f-",
                    "person_email",
                    t("submission-person-email"),
                    "email",
                    or_typed(s, "person_email", form.person_email.clone()),
                    Some(t("submission-person-email-hint")),
                )}
            </fieldset>
        }
    });
    let space = (kind == SubmissionKind::ExhibitionRequest).then(|| {
        let opts: Vec<(String, String)> = SPACE_SIZES
            .iter()
            .map(|m| {
                (
                    (*m).to_owned(),
                    t_args("submission-space-option", &[("m2", (*m).to_owned())]),
                )
            })
            .collect();
        select(
            s,
            "f-",
            "space_size",
            t("submission-space-size"),
            opts,
            or_typed(s, "space_size", form.space_size.clone()),
            Some(t("choose")),
        )
    });
    let themes_view = kind.has_themes().then(|| {
        view! {
            {theme_boxes(
                s,
                "action_lines",
                "action_line",
                t("proposal-field-action-lines"),
                line_opts,
                &chosen_lines,
            )}
            {theme_boxes(s, "sdgs", "sdg", t("proposal-field-sdgs"), sdg_opts, &chosen_sdgs)}
        }
    });
    let behalf = meeting.as_ref().map(|(_, _, b)| {
        view! {
            <fieldset>
                <legend>{t("submission-on-behalf-legend")}</legend>
                <p class="hint">{t("submission-on-behalf-hint")}</p>
                {input(
                    s,
                    "f-",
                    "on_behalf_name",
                    t("submission-on-behalf-name"),
                    "text",
                    or_typed(s, "on_behalf_name", b.name.clone()),
                    None,
                )}
                {select(
                    s,
                    "f-",
                    "on_behalf_stakeholder",
                    t("field-stakeholder-type"),
                    options_stakeholder(),
                    or_typed(s, "on_behalf_stakeholder", b.stakeholder.clone()),
                    Some(t("choose")),
                )}
                {select(
                    s,
                    "f-",
                    "on_behalf_country",
                    t("field-country"),
                    options_country(),
                    or_typed(s, "on_behalf_country", b.country.clone()),
                    Some(t("choose")),
                )}
            </fieldset>
        }
    });
    let consent = if s.values.is_empty() {
        form.consent
    } else {
        s.values.contains_key("consent")
    };
    let limits = settings.limits;
    let recording = meeting.is_some();
    view! {
        <p>
            <a href=if recording {
                "/organize/submissions".to_owned()
            } else {
                "/submissions".to_owned()
            }>{t("submissions-back")}</a>
        </p>
        <h1>{heading}</h1>
        <p class="lead">{t(&format!("submission-{k}-lead"))}</p>
        {(!recording)
            .then(|| {
                view! {
                    <p>
                        {t_args("submission-deadline", &[("deadline", deadline.clone())])}" "
                        {t_args(
                            "submission-limit",
                            &[("count", limits.max_per_organization.to_string())],
                        )}
                    </p>
                }
            })}
        <form method="post" action=action novalidate=true class="form">
            <ErrorSummary form=state.clone() labels=labels(kind) />
            <input type="hidden" name="version" value=version.to_string() />
            {behalf}
            {input(
                s,
                "f-",
                "title",
                t(&format!("submission-{k}-title")),
                "text",
                or_typed(s, "title", form.title.clone()),
                None,
            )}
            {textarea(
                s,
                "f-",
                "body",
                t(&format!("submission-{k}-body")),
                or_typed(s, "body", form.body.clone()),
                Some(t_args("hint-max-chars", &[("max", limits.max_chars.to_string())])),
            )}
            {person}
            {space}
            {themes_view}
            <div class="choice">
                <input
                    type="checkbox"
                    id="f-consent"
                    name="consent"
                    value="yes"
                    checked=consent
                    aria-describedby="f-consent-hint"
                />
                <label for="f-consent">{t("submission-consent")}</label>
            </div>
            <p class="hint" id="f-consent-hint">
                {t("submission-consent-hint")}
            </p>
            <div class="actions">
                {if recording {
                    view! {
                        <button type="submit" name="intent" value="submit" class="button">
                            {t("submission-record")}
                        </button>
                    }
                        .into_any()
                } else if sent {
                    view! {
                        <button type="submit" name="intent" value="save" class="button">
                            {t("submission-save-changes")}
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <button type="submit" name="intent" value="submit" class="button">
                            {t("submission-send")}
                        </button>
                        " "
                        <button type="submit" name="intent" value="save" class="button-secondary">
                            {t("submission-save-draft")}
                        </button>
                    }
                        .into_any()
                }}
            </div>
        </form>
    }
}
