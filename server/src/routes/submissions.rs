//! Submissions beyond session proposals, the proposer's side:
//! `/submissions` (list), `/submissions/new/{kind}`, `/submissions/{code}`
//! (page), `/submissions/{code}/edit` and `/submissions/{code}/withdraw`.
//! Plain form posts; the services check who may do what.

use crate::error::error_page;
use crate::form_post::form_failed;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::domain::Role;
use portal::domain::submission::{SubmissionForm, SubmissionKind};
use portal::error::ConflictCode;
use portal::services::{OnBehalf, SaveIntent};
use portal_app::forms::FormState;
use portal_app::pages::{
    SubmissionEditPage, SubmissionEditorData, SubmissionForms, SubmissionViewPage, SubmissionsPage,
};

fn title(req: &Req, key: &str) -> String {
    portal::i18n::tr(req.locale, key)
}

/// A posted form: its button, version, content and the typed values (with
/// repeated fields joined, for showing them again).
pub(crate) struct Posted {
    pub intent: SaveIntent,
    pub version: i64,
    pub form: SubmissionForm,
    pub typed: Vec<(String, String)>,
    pub on_behalf: OnBehalf,
}

pub(crate) fn parse_post(pairs: &[(String, String)]) -> Posted {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut typed: Vec<(String, String)> = Vec::new();
    for (k, v) in pairs {
        match typed.iter_mut().find(|(n, _)| n == k) {
            Some((_, joined)) => {
                joined.push('\u{1f}');
                joined.push_str(v);
            }
            None => typed.push((k.clone(), v.clone())),
        }
    }
    // Repeated fields none of which were ticked still count as typed.
    for k in ["action_line", "sdg"] {
        if !typed.iter().any(|(n, _)| n == k) {
            typed.push((k.to_owned(), String::new()));
        }
    }
    Posted {
        intent: if get("intent") == "submit" {
            SaveIntent::Submit
        } else {
            SaveIntent::Save
        },
        version: get("version").parse().unwrap_or(-1),
        form: SubmissionForm::from_pairs(pairs),
        typed,
        on_behalf: OnBehalf {
            name: get("on_behalf_name"),
            stakeholder: get("on_behalf_stakeholder"),
            country: get("on_behalf_country"),
        },
    }
}

/// What the editor needs besides the edition's data.
pub(crate) struct Editing {
    pub kind: SubmissionKind,
    pub code: Option<String>,
    pub status: String,
    pub version: i64,
    pub form: SubmissionForm,
    pub state: FormState,
    pub meeting: Option<(i64, String, OnBehalf)>,
}

/// Renders the editor with the edition's settings and themes.
pub(crate) async fn editor(
    state: &AppState,
    req: &Req,
    status: StatusCode,
    e: Editing,
) -> Response {
    let loaded = async {
        let edition = state.portal.current_edition().await?;
        let kinds = state.portal.kind_settings(&edition).await?;
        let themes = state.portal.taxonomy(edition.id).await?;
        Ok::<_, AppError>((edition, kinds, themes))
    };
    let (edition, kinds, themes) = match loaded.await {
        Ok(found) => found,
        Err(err) => return error_page(state, req, &err),
    };
    let Some(settings) = kinds.into_iter().find(|s| s.kind == e.kind) else {
        return error_page(state, req, &AppError::NotFound);
    };
    let mut t = portal::i18n::tr(req.locale, &format!("submission-kind-{}", e.kind.code()));
    if e.state.has_errors() {
        t = format!("{} {t}", title(req, "title-error-prefix"));
    }
    let data = SubmissionEditorData {
        settings,
        code: e.code,
        status: e.status,
        version: e.version,
        form: e.form,
        state: e.state,
        themes,
        time_zone: edition.time_zone,
        meeting: e.meeting,
    };
    page(
        state,
        req,
        status,
        t,
        move || view! { <SubmissionEditPage data=data/> },
    )
}

/// `GET /submissions`
pub async fn list(State(state): State<AppState>, req: Req, SignedIn(user): SignedIn) -> Response {
    let loaded = async {
        let edition = state.portal.current_edition().await?;
        let kinds = state.portal.kind_settings(&edition).await?;
        let mine = state.portal.my_submissions(&user).await?;
        Ok::<_, AppError>((edition, kinds, mine))
    };
    match loaded.await {
        Ok((edition, kinds, mine)) => {
            let now = state.portal.clock.now();
            let has_organization = user.organization_id.is_some() && user.has(Role::Stakeholder);
            page(
                &state,
                &req,
                StatusCode::OK,
                title(&req, "submissions-title"),
                move || {
                    view! { <SubmissionsPage kinds=kinds mine=mine has_organization=has_organization now=now time_zone=edition.time_zone/> }
                },
            )
        }
        Err(e) => error_page(&state, &req, &e),
    }
}

fn kind_of(code: &str) -> Result<SubmissionKind, AppError> {
    SubmissionKind::from_code(code).ok_or(AppError::NotFound)
}

/// `GET /submissions/new/{kind}`
pub async fn new_form(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(kind): Path<String>,
) -> Response {
    let kind = match kind_of(&kind) {
        Ok(k) => k,
        Err(e) => return error_page(&state, &req, &e),
    };
    if user.organization_id.is_none() || !user.has(Role::Stakeholder) {
        return error_page(
            &state,
            &req,
            &AppError::Conflict(ConflictCode::NoOrganization),
        );
    }
    let editing = Editing {
        kind,
        code: None,
        status: "draft".into(),
        version: 0,
        form: SubmissionForm::default(),
        state: FormState::default(),
        meeting: None,
    };
    editor(&state, &req, StatusCode::OK, editing).await
}

/// After a successful save: the page with a notice, by the button pressed.
fn saved(state: &AppState, code: &str, intent: SaveIntent, status: &str) -> Response {
    let secure = state.config.secure_cookies();
    match (intent, status) {
        (SaveIntent::Submit, _) => see_other(
            &format!("/submissions/{code}"),
            Some("submission-sent"),
            secure,
        ),
        (_, "draft") => see_other(
            &format!("/submissions/{code}/edit"),
            Some("submission-draft-saved"),
            secure,
        ),
        _ => see_other(
            &format!("/submissions/{code}"),
            Some("submission-saved"),
            secure,
        ),
    }
}

/// The editor again with what was typed and the messages.
async fn again(state: &AppState, req: &Req, err: AppError, p: Posted, e: Editing) -> Response {
    form_failed(state, req, err, &p.typed, async |fs| {
        let editing = Editing {
            state: fs,
            form: p.form,
            ..e
        };
        editor(state, req, StatusCode::UNPROCESSABLE_ENTITY, editing).await
    })
    .await
}

/// `POST /submissions/new/{kind}`: creates it as a draft or sends it.
pub async fn create(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(kind): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let kind = match kind_of(&kind) {
        Ok(k) => k,
        Err(e) => return error_page(&state, &req, &e),
    };
    let p = parse_post(&pairs);
    match state
        .portal
        .create_submission(&user, kind, p.form.clone(), p.intent, &req.meta)
        .await
    {
        Ok(code) => {
            let status = if p.intent == SaveIntent::Submit {
                "submitted"
            } else {
                "draft"
            };
            saved(&state, &code, p.intent, status)
        }
        Err(err) => {
            let e = Editing {
                kind,
                code: None,
                status: "draft".into(),
                version: 0,
                form: SubmissionForm::default(),
                state: FormState::default(),
                meeting: None,
            };
            again(&state, &req, err, p, e).await
        }
    }
}

/// `GET /submissions/{code}`
pub async fn show(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
) -> Response {
    show_with(
        &state,
        &req,
        &user,
        &code,
        StatusCode::OK,
        SubmissionForms::default(),
    )
    .await
}

/// Renders a submission's page (with the organizer forms' state).
pub(crate) async fn show_with(
    state: &AppState,
    req: &Req,
    user: &portal::services::CurrentUser,
    code: &str,
    status: StatusCode,
    forms: SubmissionForms,
) -> Response {
    let loaded = async {
        let v = state.portal.submission(user, code).await?;
        let edition = state.portal.current_edition().await?;
        Ok::<_, AppError>((v, edition.time_zone))
    };
    match loaded.await {
        Ok((v, time_zone)) => {
            let staff = user.is_staff();
            let author = v.author;
            let t = if v.form.title.is_empty() {
                title(req, "proposal-untitled")
            } else {
                v.form.title.clone()
            };
            page(state, req, status, t, move || {
                view! { <SubmissionViewPage submission=v staff=staff author=author time_zone=time_zone forms=forms/> }
            })
        }
        Err(e) => error_page(state, req, &e),
    }
}

/// `GET /submissions/{code}/edit`
pub async fn edit_form(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
) -> Response {
    match state.portal.submission(&user, &code).await {
        Ok(v) if v.editable => {
            let e = Editing {
                kind: v.kind,
                code: Some(v.code.clone()),
                status: v.status.clone(),
                version: v.version,
                form: v.form,
                state: FormState::default(),
                meeting: None,
            };
            editor(&state, &req, StatusCode::OK, e).await
        }
        Ok(v) => see_other(
            &format!("/submissions/{}", v.code),
            Some("submission-not-editable"),
            state.config.secure_cookies(),
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `POST /submissions/{code}/edit`: saves, or sends a draft.
pub async fn save(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let current = match state.portal.submission(&user, &code).await {
        Ok(v) => v,
        Err(e) => return error_page(&state, &req, &e),
    };
    let p = parse_post(&pairs);
    match state
        .portal
        .save_submission(&user, &code, p.form.clone(), p.version, p.intent, &req.meta)
        .await
    {
        Ok(status) => saved(&state, &current.code, p.intent, &status),
        Err(err) => {
            let e = Editing {
                kind: current.kind,
                code: Some(current.code.clone()),
                status: current.status.clone(),
                // After a conflict the form carries the current version, so
                // sending it again (having read the message) saves.
                version: current.version,
                form: SubmissionForm::default(),
                state: FormState::default(),
                meeting: None,
            };
            again(&state, &req, err, p, e).await
        }
    }
}

/// `POST /submissions/{code}/withdraw`
pub async fn withdraw(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
) -> Response {
    match state
        .portal
        .withdraw_submission(&user, &code, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &format!("/submissions/{}", code.trim().to_uppercase()),
            Some("submission-withdrawn"),
            state.config.secure_cookies(),
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}
