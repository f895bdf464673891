//! `/organize/taxonomy`: organizers rename, retire and add the edition's
//! Action Lines, sub-themes and SDGs. The service checks the role again.

use crate::error::fail;
use crate::form_post::form_failed;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::services::{CurrentUser, NewThemeForm, ThemeForm};
use portal_app::forms::FormState;
use portal_app::pages::{TaxonomyPage, theme_key};

/// Renders the page, with the input and errors of the form just posted.
async fn render(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    status: StatusCode,
    entry_state: Option<(String, FormState)>,
    add_state: FormState,
) -> Response {
    match state.portal.taxonomy_to_edit(user).await {
        Ok(entries) => {
            let title = portal::i18n::tr(req.locale, "taxonomy-title");
            page(state, req, status, title, move || {
                view! { <TaxonomyPage entries=entries entry_state=entry_state add_state=add_state/> }
            })
        }
        Err(e) => fail(state, req, e),
    }
}

/// `GET /organize/taxonomy`: organizers and admins (the service decides).
pub async fn show(State(state): State<AppState>, req: Req, SignedIn(user): SignedIn) -> Response {
    render(
        &state,
        &req,
        &user,
        StatusCode::OK,
        None,
        FormState::default(),
    )
    .await
}

/// `POST /organize/taxonomy/{kind}/{code}`: one entry changed.
pub async fn update(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path((kind, code)): Path<(String, String)>,
    Form(form): Form<ThemeForm>,
) -> Response {
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
            form_failed(&state, &req, e, &form, async |fs| {
                let key = theme_key(&kind, &code);
                render(
                    &state,
                    &req,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Some((key, fs)),
                    FormState::default(),
                )
                .await
            })
            .await
        }
    }
}

/// `POST /organize/taxonomy`: a new sub-theme.
pub async fn add(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Form(form): Form<NewThemeForm>,
) -> Response {
    match state.portal.add_sub_theme(&user, &form, &req.meta).await {
        Ok(_) => see_other(
            "/organize/taxonomy#lines-heading",
            Some("taxonomy-added-flash"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            form_failed(&state, &req, e, &form, async |fs| {
                render(
                    &state,
                    &req,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    fs,
                )
                .await
            })
            .await
        }
    }
}
