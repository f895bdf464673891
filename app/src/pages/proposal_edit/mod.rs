//! The proposal editor: one long form in sections, saved as a draft at any
//! point and submitted when complete. Works without JavaScript: adding and
//! removing panelists are submit buttons that save and come back here.

use crate::forms::{FormState, textarea_text};
use crate::render::{page_context, t, t_args};
use leptos::prelude::*;
use portal::domain::proposal::{
    Gender, ParticipationMode, ProposalForm, SpeakerInput, limits, panel_balance,
};
use portal::domain::taxonomy::{
    KIND_ACTION_LINE, KIND_SDG, ThemeEntry, Themes, reading_order, un_languages,
};
use portal::domain::{StakeholderType, countries};
use portal::services::Edition;

mod check;
mod fields;
mod panel;
mod themes;

pub use check::*;
use fields::*;

/// What the editor shows.
#[derive(Debug, Clone)]
pub struct EditorData {
    /// The edition (formats, deadlines).
    pub edition: Edition,
    /// The proposal's code, once it exists.
    pub code: Option<String>,
    /// The version the form was loaded with.
    pub version: i64,
    /// The content as typed or saved.
    pub form: ProposalForm,
    /// Errors and the form-level message.
    pub state: FormState,
    /// Blank panel rows to show after the filled ones.
    pub blank_rows: usize,
    /// The access code a new proposal is created with, for a format whose
    /// deadline has passed or after the call closes.
    pub access_code: Option<String>,
    /// The server's clock: which deadlines have passed.
    pub now: time::OffsetDateTime,
    /// When the draft was last saved (none before its first save).
    pub saved_at: Option<time::OffsetDateTime>,
    /// The edition's Action Lines and SDGs (retired ones are shown only to
    /// a proposal that already has them).
    pub themes: Vec<ThemeEntry>,
}

/// The editor page.
#[component]
pub fn ProposalEditPage(data: EditorData) -> impl IntoView {
    let EditorData {
        edition,
        code,
        version,
        form,
        state,
        blank_rows,
        access_code,
        now,
        saved_at,
        themes,
    } = data;
    let lang = page_context().locale.tag();
    let action = match &code {
        Some(c) => format!("/proposals/{c}/edit"),
        None => "/proposals/new".to_owned(),
    };
    let heading = match &code {
        Some(c) => t_args("proposal-edit-title", &[("code", c.clone())]),
        None => t("proposal-new-title"),
    };
    let format_opts: Vec<(String, String)> = edition
        .formats
        .iter()
        .filter(|f| f.is_open)
        .map(|f| {
            let mut label = t_args(
                "format-option",
                &[
                    ("name", t(&format!("format-{}", f.code))),
                    ("minutes", f.minutes.to_string()),
                    ("min", f.min_panel.to_string()),
                    ("max", f.max_panel.to_string()),
                ],
            );
            // Say so before anything is typed, not only after a refusal.
            if code.is_none() && edition.deadline_for(&f.code) <= now {
                label = format!("{label} – {}", t("format-option-closed"));
            }
            (f.code.clone(), label)
        })
        .collect();
    let max_panel = edition
        .format(&form.format)
        .map(|f| f.max_panel as usize)
        .unwrap_or(limits::PANEL_HARD_MAX);
    let mut speakers = form.speakers.clone();
    let blanks = blank_rows
        .max(usize::from(speakers.is_empty()))
        .min(limits::PANEL_HARD_MAX.saturating_sub(speakers.len()));
    for i in 0..blanks {
        speakers.push(SpeakerInput {
            role: if speakers.is_empty() && i == 0 {
                "moderator".into()
            } else {
                "speaker".into()
            },
            ..Default::default()
        });
    }
    let balance = panel_balance(&form.speakers);

    let mode_radios = ParticipationMode::ALL
        .iter()
        .map(|m| {
            let id = format!("f-participation_mode-{}", m.code());
            let checked = form.participation_mode == m.code();
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name="participation_mode"
                        value=m.code()
                        checked=checked
                    />
                    <label for=id>{t(&format!("mode-{}", m.code()))}</label>
                </div>
            }
        })
        .collect_view();
    let language_boxes = un_languages()
        .iter()
        .map(|l| {
            let id = format!("f-language-{}", l.code);
            let checked = form.languages.contains(&l.code);
            view! {
                <div class="choice">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name="language"
                        value=l.code.clone()
                        checked=checked
                    />
                    <label for=id lang=l.code.clone()>
                        {l.name.clone()}
                    </label>
                </div>
            }
        })
        .collect_view();

    let (al_rows, sdg_rows) = themes::theme_rows(&themes, &form, &state);
    let mut offered = Themes::of(&themes);
    offered
        .action_lines
        .extend(form.action_lines.iter().map(|c| c.code.clone()));
    offered
        .sdgs
        .extend(form.sdgs.iter().map(|c| c.code.clone()));
    let check_data = submit_check_data(&edition, offered);

    let speaker_rows = panel::speaker_rows(&speakers, &state, lang);
    let can_add = speakers.len() < max_panel.min(limits::PANEL_HARD_MAX);
    let summary_labels = vec![
        ("title", t("proposal-field-title")),
        ("format", t("proposal-field-format")),
        ("participation_mode", t("proposal-field-mode")),
        ("text_language", t("proposal-field-text-language")),
        ("languages", t("proposal-field-languages")),
        ("abstract", t("proposal-field-abstract")),
        ("description", t("proposal-field-description")),
        ("objectives", t("proposal-field-objectives")),
        ("outcomes", t("proposal-field-outcomes")),
        ("action_lines", t("proposal-field-action-lines")),
        ("sdgs", t("proposal-field-sdgs")),
        ("speakers", t("proposal-field-panel")),
    ];
    let title_err = state.error("title");
    // A format whose own deadline has passed: say which, when, and that an
    // access code still opens it (the page knows the edition's dates).
    let format_closed = state
        .errors
        .get("format")
        .is_some_and(|e| e.code == "format-deadline-passed");
    let format_err = if format_closed {
        Some(t_args(
            "error-format-deadline-passed-at",
            &[
                ("format", t(&format!("format-{}", form.format))),
                (
                    "deadline",
                    crate::format::datetime(edition.deadline_for(&form.format), &edition.time_zone),
                ),
            ],
        ))
    } else {
        state.error("format")
    };
    // The deadline that applies: the chosen format's own when it is earlier.
    let deadline = if form.format.is_empty() {
        edition.submissions_close_at
    } else {
        edition.deadline_for(&form.format)
    };
    let access_field = code.is_none().then(|| {
        let typed = access_code.clone().unwrap_or_default();
        let open = !typed.is_empty() || format_closed || !edition.is_open_at(now);
        view! {
            <details class="field access-code-field" open=open>
                <summary>{t("access-code-have")}</summary>
                <label for="f-access_code">{t("access-code-label")}</label>
                <p class="hint" id="f-access_code-hint">
                    {t("access-code-form-hint")}
                </p>
                <input
                    id="f-access_code"
                    name="access_code"
                    type="text"
                    autocomplete="off"
                    value=typed
                    aria-describedby="f-access_code-hint"
                />
            </details>
        }
    });
    view! {
        <h1>{heading}</h1>
        <p class="lead">
            {t_args(
                "proposal-edit-lead",
                &[("deadline", crate::format::datetime(deadline, &edition.time_zone))],
            )}
        </p>
        {saved_at
            .map(|at| {
                view! {
                    <p class="saved-at">
                        {t_args(
                            "proposal-saved-at",
                            &[("when", crate::format::datetime(at, &edition.time_zone))],
                        )}
                    </p>
                }
            })}
        <crate::forms::ErrorSummary form=state.clone() labels=summary_labels />
        // A long form: an index of its sections, to jump and to see its shape.
        <nav class="form-index" aria-label=t("proposal-sections")>
            <ul class="inline-list">
                <li>
                    <a href="#basics">{t("proposal-section-basics")}</a>
                </li>
                <li>
                    <a href="#content">{t("proposal-section-content")}</a>
                </li>
                <li>
                    <a href="#f-action_lines">{t("proposal-field-action-lines")}</a>
                </li>
                <li>
                    <a href="#f-sdgs">{t("proposal-field-sdgs")}</a>
                </li>
                <li>
                    <a href="#panel">{t("proposal-field-panel")}</a>
                </li>
                <li>
                    <a href="#practical">{t("proposal-section-practical")}</a>
                </li>
            </ul>
        </nav>
        <form method="post" action=action novalidate=true class="form form-wide" id="proposal-form">
            <crate::islands::SubmitCheck data=check_data />
            <input type="hidden" name="version" value=version.to_string() />
            // Enter in a text field presses the first submit button: make that "save".
            <button
                type="submit"
                name="action"
                value="save"
                class="visually-hidden"
                tabindex="-1"
                aria-hidden="true"
            >
                {t("proposal-save-draft")}
            </button>
            <fieldset id="basics">
                <legend>{t("proposal-section-basics")}</legend>
                <div class="field-pair field-trio">
                    <div class="field" class:field-invalid=title_err.is_some()>
                        <label for="f-title">{t("proposal-field-title")}</label>
                        <p class="hint" id="f-title-hint">
                            {t_args("hint-max-chars", &[("max", limits::TITLE.to_string())])}
                        </p>
                        {error_text("f-title-error".into(), title_err.clone())}
                        <input
                            id="f-title"
                            name="title"
                            type="text"
                            value=form.title.clone()
                            aria-invalid=title_err.is_some().then_some("true")
                            aria-describedby=if title_err.is_some() {
                                "f-title-hint f-title-error"
                            } else {
                                "f-title-hint"
                            }
                        />
                    </div>
                    <div class="field" class:field-invalid=format_err.is_some()>
                        <label for="f-format">{t("proposal-field-format")}</label>
                        {error_text("f-format-error".into(), format_err.clone())}
                        <select
                            id="f-format"
                            name="format"
                            aria-invalid=format_err.is_some().then_some("true")
                            aria-describedby=format_err.is_some().then_some("f-format-error")
                        >
                            {options(format_opts, &form.format, t("select-placeholder"))}
                        </select>
                        // Without JavaScript the format's own questions appear
                        // after this round trip (it saves the draft); with it, at once.
                        <button
                            type="submit"
                            name="action"
                            value="save"
                            class="button-secondary format-continue"
                        >
                            {t("proposal-format-continue")}
                        </button>
                    </div>
                    {text_language_field(&state, &form.text_language)}
                </div>
                {access_field}
                // The chosen format's own questions, right under the choice.
                <div id="questions">
                    <crate::islands::FormatQuestions />
                    {super::proposal_questions::questions_by_format(&edition, &form, &state)}
                </div>
                <div class="field-pair">
                    <fieldset
                        class="field"
                        id="f-participation_mode"
                        class:field-invalid=state.error("participation_mode").is_some()
                    >
                        <legend>{t("proposal-field-mode")}</legend>
                        {error_text(
                            "f-participation_mode-error".into(),
                            state.error("participation_mode"),
                        )}
                        <div class="choices-inline">{mode_radios}</div>
                    </fieldset>
                    <fieldset
                        class="field"
                        id="f-languages"
                        class:field-invalid=state.error("languages").is_some()
                    >
                        <legend>{t("proposal-field-languages")}</legend>
                        {error_text("f-languages-error".into(), state.error("languages"))}
                        <div class="choices-inline">{language_boxes}</div>
                    </fieldset>
                </div>
            </fieldset>
            <fieldset id="content">
                <legend>{t("proposal-section-content")}</legend>
                <Area
                    state=state.clone()
                    name="abstract"
                    label=t("proposal-field-abstract")
                    value=form.abstract_text.clone()
                    hint=t_args("hint-max-chars", &[("max", limits::ABSTRACT.to_string())])
                    rows=4
                />
                <Area
                    state=state.clone()
                    name="description"
                    label=t("proposal-field-description")
                    value=form.description.clone()
                    hint=t("hint-markdown")
                    rows=6
                />
                <div class="field-pair">
                    <Area
                        state=state.clone()
                        name="objectives"
                        label=t("proposal-field-objectives")
                        value=form.objectives.clone()
                        hint=t_args("hint-max-chars", &[("max", limits::OBJECTIVES.to_string())])
                        rows=3
                    />
                    <Area
                        state=state.clone()
                        name="outcomes"
                        label=t("proposal-field-outcomes")
                        value=form.outcomes.clone()
                        hint=t_args("hint-max-chars", &[("max", limits::OBJECTIVES.to_string())])
                        rows=3
                    />
                </div>
            </fieldset>
            <fieldset id="f-action_lines" class:field-invalid=state.error("action_lines").is_some()>
                <legend>{t("proposal-field-action-lines")}</legend>
                <p class="hint">{t("proposal-themes-hint")}</p>
                {error_text("f-action_lines-error".into(), state.error("action_lines"))}
                <div class="theme-grid">{al_rows}</div>
            </fieldset>
            <fieldset id="f-sdgs" class:field-invalid=state.error("sdgs").is_some()>
                <legend>{t("proposal-field-sdgs")}</legend>
                <p class="hint">{t("proposal-themes-hint")}</p>
                {error_text("f-sdgs-error".into(), state.error("sdgs"))}
                <div class="theme-grid">{sdg_rows}</div>
            </fieldset>
            <fieldset id="panel">
                <legend>{t("proposal-field-panel")}</legend>
                <p class="hint">{t("panel-hint")}</p>
                <div id="f-speakers" tabindex="-1">
                    {error_text("f-speakers-error".into(), state.error("speakers"))}
                </div>
                // On wide screens the balance stays in view beside the rows
                // being typed; on phones it comes first.
                <div class="panel-layout">
                    <div class="panel-aside">
                        <crate::islands::LiveBalance
                            initial=balance
                            labels=crate::pages::proposal_view::balance_labels()
                        />
                    </div>
                    <div class="panel-rows">
                        {speaker_rows}
                        {can_add
                            .then(|| {
                                view! {
                                    <button
                                        type="submit"
                                        name="action"
                                        value="add-speaker"
                                        class="button-secondary"
                                    >
                                        {t("panel-add")}
                                    </button>
                                }
                            })}
                    </div>
                </div>
            </fieldset>
            <fieldset id="practical">
                <legend>{t("proposal-section-practical")}</legend>
                <div class="field-pair">
                    <div class="field">
                        <label for="f-preferred_days">{t("proposal-field-preferred-days")}</label>
                        {error_text("f-preferred_days-error".into(), state.error("preferred_days"))}
                        <input
                            id="f-preferred_days"
                            name="preferred_days"
                            type="text"
                            value=form.preferred_days.clone()
                        />
                    </div>
                    <Area
                        state=state.clone()
                        name="special_requirements"
                        label=t("proposal-field-requirements")
                        value=form.special_requirements.clone()
                        hint=t_args("hint-max-chars", &[("max", limits::REQUIREMENTS.to_string())])
                        rows=2
                    />
                </div>
            </fieldset>
            <div class="actions">
                <button type="submit" name="action" value="save" class="button-secondary">
                    {t("proposal-save-draft")}
                </button>
                <button type="submit" name="action" value="submit" class="button">
                    {t("proposal-submit")}
                </button>
            </div>
        </form>
    }
}
