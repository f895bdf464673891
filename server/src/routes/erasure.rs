//! Erasing an account's personal data: by the account itself from
//! `/account` (password typed again), or by an admin from `/admin/users`
//! when a request arrives by other means. The rules are the service's.

use super::accounts::error_title;
use super::forms::Pairs;
use crate::error::{error_page, fail};
use crate::form_post::form_failed;
use crate::middleware::{Req, SESSION_COOKIE, SignedIn};
use crate::render::{page, see_other, set_cookie};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::domain::UserId;
use portal_app::forms::FormState;
use portal_app::pages::AccountPage;

/// `POST /account/erase`: the password and the confirmation box; signed out
/// on success.
pub async fn erase_own(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let p = Pairs(pairs);
    let result = if p.get("confirm") != "yes" {
        Err(AppError::field("confirm", "erase-not-confirmed"))
    } else {
        state
            .portal
            .erase_account(&u, u.id, Some(&p.get("password")), &req.meta)
            .await
    };
    let secure = state.config.secure_cookies();
    match result {
        Ok(()) => {
            let mut res = see_other("/", Some("account-erased"), secure);
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(SESSION_COOKIE, "", 0, secure),
            );
            res
        }
        Err(e) => form_failed(&state, &req, e, &[("confirm", p.get("confirm"))], async |fs| {
                let organization = state.portal.organization_name(u.id).await.ok().flatten();
                page(
                    &state,
                    &req,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    error_title(&req, "account-title"),
                    move || {
                        view! { <AccountPage form=FormState::default() erase=fs organization=organization/> }
                    },
                )
            }).await,
    }
}

/// `POST /admin/users/{id}/erase` (admins), with the confirmation box.
pub async fn erase_person(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    // Refused before anything else, so nobody else learns of the
    // confirmation step (the service checks the role again).
    if !u.has(portal::domain::Role::Admin) {
        return error_page(&state, &req, &AppError::Forbidden);
    }
    let p = Pairs(pairs);
    let back = p.back_within("/admin/users");
    let secure = state.config.secure_cookies();
    if p.get("confirm") != "yes" {
        return see_other(&back, Some("erase-needs-confirmation"), secure);
    }
    match state
        .portal
        .erase_account(&u, UserId(id), None, &req.meta)
        .await
    {
        Ok(()) => see_other(&back, Some("person-erased"), secure),
        Err(e) => fail(&state, &req, e),
    }
}
