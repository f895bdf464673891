//! `/organize/settings`: organizers edit the edition and its formats.

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
use portal::services::{AccessCodeForm, CurrentUser, EditionForm, FormatForm, QuestionForm};
use portal_app::forms::FormState;
use portal_app::pages::SettingsPage;
use serde::{Deserialize, Serialize};

/// Renders the page, with the input and errors of the form just posted.
async fn render(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    status: StatusCode,
    edition_state: FormState,
    format_state: Option<(String, FormState)>,
    code_state: FormState,
) -> Response {
    let loaded = async {
        Ok::<_, AppError>((
            state.portal.current_edition().await?,
            state.portal.access_codes(user).await?,
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

/// `GET /organize/settings`: organizers and admins (the service decides).
pub async fn show(State(state): State<AppState>, req: Req, SignedIn(user): SignedIn) -> Response {
    render(
        &state,
        &req,
        &user,
        StatusCode::OK,
        FormState::default(),
        None,
        FormState::default(),
    )
    .await
}

/// `POST /organize/settings`
pub async fn save_edition(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Form(form): Form<EditionForm>,
) -> Response {
    match state.portal.update_edition(&user, &form, &req.meta).await {
        Ok(()) => see_other(
            "/organize/settings",
            Some("settings-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            form_failed(&state, &req, e, &form, async |fs| {
                render(
                    &state,
                    &req,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    fs,
                    None,
                    FormState::default(),
                )
                .await
            })
            .await
        }
    }
}

/// `POST /organize/settings/formats/{code}`
pub async fn save_format(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    Form(form): Form<FormatForm>,
) -> Response {
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
            form_failed(&state, &req, e, &form, async |fs| {
                render(
                    &state,
                    &req,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    FormState::default(),
                    Some((code, fs)),
                    FormState::default(),
                )
                .await
            })
            .await
        }
    }
}

/// `POST /organize/settings/access-codes`
pub async fn create_code(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
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
            form_failed(&state, &req, e, &form, async |fs| {
                render(
                    &state,
                    &req,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    FormState::default(),
                    None,
                    fs,
                )
                .await
            })
            .await
        }
    }
}

/// The add-question form (fields prefixed so ids stay unique on the page).
#[derive(Debug, Deserialize, Serialize)]
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
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    Form(f): Form<AddQuestion>,
) -> Response {
    let form = QuestionForm {
        label: f.q_label.clone(),
        kind: f.q_kind.clone(),
        choices: f.q_choices.clone(),
        required: f.q_required.clone(),
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
            form_failed(&state, &req, e, &f, async |fs| {
                let key = format!("q:{code}");
                render(
                    &state,
                    &req,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    FormState::default(),
                    Some((key, fs)),
                    FormState::default(),
                )
                .await
            })
            .await
        }
    }
}

/// `POST /organize/settings/questions/{id}/remove`
pub async fn remove_question(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(id): Path<i64>,
) -> Response {
    match state.portal.remove_question(&user, id, &req.meta).await {
        Ok(()) => see_other(
            "/organize/settings#formats-heading",
            Some("question-removed"),
            state.config.secure_cookies(),
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}
