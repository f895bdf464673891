//! Proposal pages: the dashboard, the editor (new and existing), the
//! proposal page, and withdrawal.

use crate::error::error_page;
use crate::form_post::{NOTHING_TYPED, form_failed, form_state};
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::domain::proposal::{ProposalForm, ProposalStatus};
use portal::error::ConflictCode;
use portal::services::{CurrentUser, ProposalView, SaveIntent};
use portal_app::forms::FormState;
use portal_app::pages::{
    EditorData, ProposalEditPage, ProposalViewPage, ProposalsPage, WithdrawPage,
};
use serde::Deserialize;

mod lifecycle;
pub use lifecycle::*;

fn title(req: &Req, key: &str) -> String {
    portal::i18n::tr(req.locale, key)
}

/// `GET /proposals`
pub async fn list(State(state): State<AppState>, req: Req, SignedIn(user): SignedIn) -> Response {
    let result = async {
        let edition = state.portal.current_edition().await?;
        let proposals = state.portal.my_proposals(&user).await?;
        Ok::<_, AppError>((edition, proposals))
    }
    .await;
    match result {
        Ok((edition, proposals)) => {
            let now = state.portal.clock.now();
            let call_open = edition.is_open_at(now);
            page(
                &state,
                &req,
                StatusCode::OK,
                title(&req, "proposals-title"),
                move || {
                    view! { <ProposalsPage edition=edition proposals=proposals call_open=call_open now=now/> }
                },
            )
        }
        Err(e) => error_page(&state, &req, &e),
    }
}

/// Query of the editor: how many blank panel rows to show.
#[derive(Debug, Deserialize)]
pub struct EditQuery {
    #[serde(default)]
    blank: Option<usize>,
}

/// The editor's content, apart from the edition.
struct Draft {
    code: Option<String>,
    /// The access code a new proposal is being created with.
    access_code: Option<String>,
    version: i64,
    form: ProposalForm,
    state: FormState,
    blank_rows: usize,
    /// When the draft was last saved (none before the first save).
    saved_at: Option<time::OffsetDateTime>,
}

/// Renders the editor; loads the edition for its formats and deadline.
async fn editor(state: &AppState, req: &Req, status: StatusCode, draft: Draft) -> Response {
    let Draft {
        code,
        version,
        form,
        state: form_state,
        blank_rows,
        access_code,
        saved_at,
    } = draft;
    let loaded = async {
        let edition = state.portal.current_edition().await?;
        let themes = state.portal.taxonomy(edition.id).await?;
        Ok::<_, portal::AppError>((edition, themes))
    };
    let (edition, themes) = match loaded.await {
        Ok(found) => found,
        Err(e) => return error_page(state, req, &e),
    };
    let key = if code.is_some() {
        "proposal-edit-page-title"
    } else {
        "proposal-new-title"
    };
    let mut t = title(req, key);
    if form_state.has_errors() {
        t = format!("{} {t}", title(req, "title-error-prefix"));
    }
    let data = EditorData {
        access_code,
        saved_at,
        now: state.portal.clock.now(),
        edition,
        code,
        version,
        form,
        state: form_state,
        blank_rows,
        themes,
    };
    page(
        state,
        req,
        status,
        t,
        move || view! { <ProposalEditPage data=data/> },
    )
}

/// Query of the new-proposal page: an access code, after the deadline.
#[derive(Debug, Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    code: Option<String>,
}

/// `GET /proposals/new` (with `?code=…` after the deadline)
pub async fn new_form(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Query(q): Query<NewQuery>,
) -> Response {
    if user.organization_id.is_none() {
        return error_page(
            &state,
            &req,
            &AppError::Conflict(ConflictCode::NoOrganization),
        );
    }
    let code = q
        .code
        .map(|c| portal::services::normalize_code(&c))
        .filter(|c| !c.is_empty());
    let edition = match state.portal.current_edition().await {
        Ok(e) => e,
        Err(e) => return error_page(&state, &req, &e),
    };
    let call_open = edition.is_open_at(state.portal.clock.now());
    let checked = match &code {
        None if call_open => Ok(()),
        None => return error_page(&state, &req, &AppError::Conflict(ConflictCode::CallClosed)),
        Some(c) => state.portal.check_access_code(&user, c).await.map(|_| ()),
    };
    // While the call is open a wrong code closes no door: the editor opens
    // with the code still in its field and the reason above the form.
    let (status, form_state) = match checked {
        Ok(()) => (StatusCode::OK, FormState::default()),
        Err(e) if call_open => match form_state(&req, NOTHING_TYPED, e) {
            Ok(fs) => (StatusCode::UNPROCESSABLE_ENTITY, fs),
            Err(e) => return error_page(&state, &req, &e),
        },
        Err(e) => return error_page(&state, &req, &e),
    };
    let draft = Draft {
        code: None,
        version: 0,
        form: ProposalForm {
            text_language: req.locale.tag().to_owned(),
            ..ProposalForm::default()
        },
        state: form_state,
        blank_rows: 1,
        access_code: code,
        saved_at: None,
    };
    editor(&state, &req, status, draft).await
}

/// Reads the form's `action` button and `version`, and the content.
fn parse_post(pairs: &[(String, String)]) -> (String, i64, ProposalForm) {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    (
        get("action"),
        get("version").parse().unwrap_or(-1),
        ProposalForm::from_pairs(pairs),
    )
}

/// How many panel rows came back blank: "Add a panelist" shows one more
/// blank row than that, so rows being filled in are never lost.
fn blank_rows_sent(form: &ProposalForm) -> usize {
    let sent = form.speakers.len();
    let filled = form.clone().normalized().speakers.len();
    sent.saturating_sub(filled)
}

/// `POST /proposals/new`: creates the draft, then continues like an edit.
pub async fn create(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let (action, _, form) = parse_post(&pairs);
    let access_code = pairs
        .iter()
        .find(|(k, _)| k == "access_code")
        .map(|(_, v)| v.clone());
    // "Submit" on a new proposal: one transaction when everything is in
    // order. When something is missing, the draft is saved as before and the
    // editor shows it with the messages, so nothing typed is lost.
    if action == "submit"
        && let Ok(code) = state
            .portal
            .create_and_submit_proposal(&user, form.clone(), access_code.as_deref(), &req.meta)
            .await
    {
        return after_save(&state, &code, &action, 0);
    }
    match state
        .portal
        .create_proposal(&user, form.clone(), access_code.as_deref(), &req.meta)
        .await
    {
        Ok(code) if action == "submit" => {
            let version = match state.portal.proposal_version(&user, &code).await {
                Ok(v) => v,
                Err(e) => return error_page(&state, &req, &e),
            };
            save_and_respond(&state, &req, &user, &code, form, version, &action).await
        }
        Ok(code) => after_save(&state, &code, &action, blank_rows_sent(&form)),
        Err(e) => {
            form_failed(&state, &req, e, NOTHING_TYPED, async |fs| {
                editor(
                    &state,
                    &req,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Draft {
                        code: None,
                        version: 0,
                        form,
                        state: fs,
                        blank_rows: 1,
                        access_code: access_code.clone(),
                        saved_at: None,
                    },
                )
                .await
            })
            .await
        }
    }
}

/// Where to go after a successful save, by the button pressed.
fn after_save(state: &AppState, code: &str, action: &str, blank_sent: usize) -> Response {
    let secure = state.config.secure_cookies();
    match action {
        "add-speaker" => see_other(
            &format!("/proposals/{code}/edit?blank={}#panel", blank_sent + 1),
            None,
            secure,
        ),
        a if a.starts_with("remove-speaker-") => {
            see_other(&format!("/proposals/{code}/edit#panel"), None, secure)
        }
        "submit" => see_other(
            &format!("/proposals/{code}"),
            Some("proposal-submitted"),
            secure,
        ),
        _ => see_other(
            &format!("/proposals/{code}/edit"),
            Some("proposal-saved"),
            secure,
        ),
    }
}

async fn save_and_respond(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    code: &str,
    mut form: ProposalForm,
    version: i64,
    action: &str,
) -> Response {
    if let Some(i) = action
        .strip_prefix("remove-speaker-")
        .and_then(|i| i.parse::<usize>().ok())
        && i < form.speakers.len()
    {
        form.speakers.remove(i);
    }
    let blank_sent = blank_rows_sent(&form);
    let intent = if action == "submit" {
        SaveIntent::Submit
    } else {
        SaveIntent::Save
    };
    match state
        .portal
        .save_proposal(user, code, form.clone(), version, intent, &req.meta)
        .await
    {
        Ok(_) => after_save(state, code, action, blank_sent),
        Err(e) => {
            let (current_version, saved_at) = state
                .portal
                .proposal(user, code)
                .await
                .map(|p| (p.version, Some(p.updated_at)))
                .unwrap_or((version, None));
            form_failed(state, req, e, NOTHING_TYPED, async |fs| {
                editor(
                    state,
                    req,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Draft {
                        code: Some(code.to_owned()),
                        version: current_version,
                        form,
                        state: fs,
                        blank_rows: 1,
                        access_code: None,
                        saved_at,
                    },
                )
                .await
            })
            .await
        }
    }
}

/// `GET /proposals/{code}/edit`
pub async fn edit_form(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    Query(q): Query<EditQuery>,
) -> Response {
    match state.portal.proposal(&user, &code).await {
        Ok(p) if !p.can_edit => see_other(
            &format!("/proposals/{}", p.code),
            Some("proposal-locked"),
            state.config.secure_cookies(),
        ),
        Ok(p) => {
            let blank = q.blank.unwrap_or(1).min(10);
            editor(
                &state,
                &req,
                StatusCode::OK,
                Draft {
                    code: Some(p.code),
                    version: p.version,
                    form: p.form,
                    state: FormState::default(),
                    blank_rows: blank,
                    access_code: None,
                    saved_at: Some(p.updated_at),
                },
            )
            .await
        }
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `POST /proposals/{code}/edit`
pub async fn edit(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let (action, version, form) = parse_post(&pairs);
    save_and_respond(
        &state,
        &req,
        &user,
        &code.to_uppercase(),
        form,
        version,
        &action,
    )
    .await
}

/// `GET /proposals/{code}`
pub async fn show(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
) -> Response {
    render_view(
        &state,
        &req,
        &user,
        &code,
        StatusCode::OK,
        FormState::default(),
    )
    .await
}

/// Renders a proposal's page; `invite` carries the co-organizer form's
/// input and errors after a failed post.
pub(super) async fn render_view(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    code: &str,
    status: StatusCode,
    invite: FormState,
) -> Response {
    let result = async {
        let edition = state.portal.current_edition().await?;
        let p = state.portal.proposal(user, code).await?;
        // Organizers' notes from the consultation are for organizers.
        let notes = state
            .portal
            .programme_notes(user, "session", &p.code)
            .await?;
        Ok::<_, AppError>((edition, p, notes))
    }
    .await;
    match result {
        Ok((edition, p, notes)) => {
            let html = portal::markdown::render_under(&p.form.description, 3);
            let questions = edition
                .format(&p.form.format)
                .map(|f| f.questions.clone())
                .unwrap_or_default();
            let t = if p.form.title.is_empty() {
                p.code.clone()
            } else {
                p.form.title.clone()
            };
            page(state, req, status, t, move || {
                view! { <ProposalViewPage p=p questions=questions zone=edition.time_zone description_html=html invite=invite notes=notes/> }
            })
        }
        Err(e) => error_page(state, req, &e),
    }
}
