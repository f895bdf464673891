//! `/organize/taxonomy`: organizers rename, retire and add the edition's
//! Action Lines, sub-themes and SDGs. The service checks the role again.

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
use portal::services::{NewThemeForm, ThemeForm};
use portal_app::forms::FormState;
use portal_app::pages::{TaxonomyPage, theme_key};

/// Renders the page, with the input and errors of the form just posted.
async fn render(
    state: &AppState,
    req: &Req,
    status: StatusCode,
    entry_state: Option<(String, FormState)>,
    add_state: FormState,
) -> Response {
    let loaded = async {
        let edition = state.portal.current_edition().await?;
        state.portal.taxonomy(edition.id).await
    };
    match loaded.await {
        Ok(entries) => {
            let title = portal::i18n::tr(req.locale, "taxonomy-title");
            page(state, req, status, title, move || {
                view! { <TaxonomyPage entries=entries entry_state=entry_state add_state=add_state/> }
            })
        }
        Err(e) => error_page(state, req, &e),
    }
}

/// `GET /organize/taxonomy`: organizers and admins.
pub async fn show(State(state): State<AppState>, req: Req) -> Response {
    match &req.user {
        None => sign_in_first(&req),
        Some(u) if u.is_staff() => {
            render(&state, &req, StatusCode::OK, None, FormState::default()).await
        }
        Some(_) => error_page(&state, &req, &AppError::Forbidden),
    }
}

/// `POST /organize/taxonomy/{kind}/{code}`: one entry changed.
pub async fn update(
    State(state): State<AppState>,
    req: Req,
    Path((kind, code)): Path<(String, String)>,
    Form(form): Form<ThemeForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state
        .portal
        .update_theme(&user, &kind, &code, &form, &req.meta)
        .await
    {
        Ok(()) => see_other(
            "/organize/taxonomy",
            Some("taxonomy-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            let values = vec![
                ("name", form.name),
                ("moderator", form.moderator),
                ("active", form.active.unwrap_or_default()),
            ];
            match form_state(&req, values, e) {
                Ok(fs) => {
                    let key = theme_key(&kind, &code);
                    render(
                        &state,
                        &req,
                        StatusCode::UNPROCESSABLE_ENTITY,
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

/// `POST /organize/taxonomy`: a new sub-theme.
pub async fn add(
    State(state): State<AppState>,
    req: Req,
    Form(form): Form<NewThemeForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state.portal.add_sub_theme(&user, &form, &req.meta).await {
        Ok(_) => see_other(
            "/organize/taxonomy#lines-heading",
            Some("taxonomy-added-flash"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            let values = vec![
                ("parent", form.parent),
                ("code", form.code),
                ("name", form.name),
                ("moderator", form.moderator),
            ];
            match form_state(&req, values, e) {
                Ok(fs) => render(&state, &req, StatusCode::UNPROCESSABLE_ENTITY, None, fs).await,
                Err(e) => error_page(&state, &req, &e),
            }
        }
    }
}
