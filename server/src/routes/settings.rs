//! `/organize/settings`: organizers edit the edition and its formats.

use crate::error::error_page;
use crate::middleware::Req;
use crate::render::{form_state, page, see_other, sign_in_first};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::services::{AccessCodeForm, EditionForm, FormatForm, QuestionForm};
use portal_app::forms::FormState;
use portal_app::pages::SettingsPage;
use serde::Deserialize;

/// Renders the page, with the input and errors of the form just posted.
async fn render(
    state: &AppState,
    req: &Req,
    status: StatusCode,
    edition_state: FormState,
    format_state: Option<(String, FormState)>,
    code_state: FormState,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(req);
    };
    let loaded = async {
        Ok::<_, AppError>((
            state.portal.current_edition().await?,
            state.portal.access_codes(&user).await?,
        ))
    }
    .await;
    match loaded {
        Ok((edition, codes)) => {
            let title = portal::i18n::tr(req.locale, "settings-title");
            page(state, req, status, title, move || {
                view! {
                    <SettingsPage edition=edition edition_state=edition_state format_state=format_state codes=codes code_state=code_state/>
                }
            })
        }
        Err(e) => error_page(state, req, &e),
    }
}

/// Organizers and admins only; the service checks again on every change.
fn organizer(req: &Req) -> Result<(), AppError> {
    match &req.user {
        Some(u) if u.is_staff() => Ok(()),
        Some(_) => Err(AppError::Forbidden),
        None => Err(AppError::Unauthenticated),
    }
}

/// `GET /organize/settings`
pub async fn show(State(state): State<AppState>, req: Req) -> Response {
    match organizer(&req) {
        Ok(()) => {
            render(
                &state,
                &req,
                StatusCode::OK,
                FormState::default(),
                None,
                FormState::default(),
            )
            .await
        }
        Err(AppError::Unauthenticated) => sign_in_first(&req),
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `POST /organize/settings`
pub async fn save_edition(
    State(state): State<AppState>,
    req: Req,
    Form(form): Form<EditionForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state.portal.update_edition(&user, &form, &req.meta).await {
        Ok(()) => see_other(
            "/organize/settings",
            Some("settings-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            let values = vec![
                ("title", form.title),
                ("venue", form.venue),
                ("starts_on", form.starts_on),
                ("ends_on", form.ends_on),
                ("submissions_open", form.submissions_open),
                ("submissions_close", form.submissions_close),
            ];
            match form_state(&req, values, e) {
                Ok(fs) => {
                    render(
                        &state,
                        &req,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        fs,
                        None,
                        FormState::default(),
                    )
                    .await
                }
                Err(e) => error_page(&state, &req, &e),
            }
        }
    }
}

/// `POST /organize/settings/formats/{code}`
pub async fn save_format(
    State(state): State<AppState>,
    req: Req,
    Path(code): Path<String>,
    Form(form): Form<FormatForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state
        .portal
        .update_format(&user, &code, &form, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &format!("/organize/settings#format-{code}"),
            Some("settings-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            let values = vec![
                ("minutes", form.minutes),
                ("min_panel", form.min_panel),
                ("max_panel", form.max_panel),
                ("deadline", form.deadline),
                ("is_open", form.is_open.unwrap_or_default()),
            ];
            match form_state(&req, values, e) {
                Ok(fs) => {
                    render(
                        &state,
                        &req,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        FormState::default(),
                        Some((code, fs)),
                        FormState::default(),
                    )
                    .await
                }
                Err(e) => error_page(&state, &req, &e),
            }
        }
    }
}

/// `POST /organize/settings/access-codes`
pub async fn create_code(
    State(state): State<AppState>,
    req: Req,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let form = AccessCodeForm {
        label: get("label"),
        max_uses: get("max_uses"),
        expires_at: get("expires_at"),
        formats: pairs
            .iter()
            .filter(|(k, _)| k == "formats")
            .map(|(_, v)| v.clone())
            .collect(),
    };
    match state
        .portal
        .create_access_code(&user, &form, &req.meta)
        .await
    {
        Ok(_) => see_other(
            "/organize/settings#codes-heading",
            Some("access-code-created"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            let values = vec![
                ("label", form.label),
                ("max_uses", form.max_uses),
                ("expires_at", form.expires_at),
                ("formats", form.formats.join(",")),
            ];
            match form_state(&req, values, e) {
                Ok(fs) => {
                    render(
                        &state,
                        &req,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        FormState::default(),
                        None,
                        fs,
                    )
                    .await
                }
                Err(e) => error_page(&state, &req, &e),
            }
        }
    }
}

/// The add-question form (fields prefixed so ids stay unique on the page).
#[derive(Debug, Deserialize)]
pub struct AddQuestion {
    #[serde(default)]
    q_label: String,
    #[serde(default)]
    q_kind: String,
    #[serde(default)]
    q_choices: String,
    #[serde(default)]
    q_required: Option<String>,
}

/// `POST /organize/settings/formats/{code}/questions`
pub async fn add_question(
    State(state): State<AppState>,
    req: Req,
    Path(code): Path<String>,
    Form(f): Form<AddQuestion>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    let form = QuestionForm {
        label: f.q_label.clone(),
        kind: f.q_kind.clone(),
        choices: f.q_choices.clone(),
        required: f.q_required,
    };
    match state
        .portal
        .add_question(&user, &code, &form, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &format!("/organize/settings#format-{code}"),
            Some("question-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            let values = vec![
                ("q_label", f.q_label),
                ("q_kind", f.q_kind),
                ("q_choices", f.q_choices),
            ];
            match form_state(&req, values, e) {
                Ok(fs) => {
                    let key = format!("q:{code}");
                    render(
                        &state,
                        &req,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        FormState::default(),
                        Some((key, fs)),
                        FormState::default(),
                    )
                    .await
                }
                Err(e) => error_page(&state, &req, &e),
            }
        }
    }
}

/// `POST /organize/settings/questions/{id}/remove`
pub async fn remove_question(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state.portal.remove_question(&user, id, &req.meta).await {
        Ok(()) => see_other(
            "/organize/settings#formats-heading",
            Some("question-removed"),
            state.config.secure_cookies(),
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}
