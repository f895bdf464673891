//! `/admin/users` (admins): people, invitations, roles, deactivation.

use super::forms::Pairs;
use crate::error::fail;
use crate::form_post::after_form;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::domain::{Role, UserId};
use portal::i18n::tr;
use portal::services::{CurrentUser, InviteForm, InviteOutcome, PeopleFilter};
use portal_app::forms::FormState;
use portal_app::pages::PeoplePage;

async fn render(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    status: StatusCode,
    filter: PeopleFilter,
    invite: FormState,
) -> Response {
    match state.portal.people(u, &filter).await {
        Ok((people, total)) => page(
            state,
            req,
            status,
            tr(req.locale, "people-title"),
            move || {
                view! { <PeoplePage people=people total=total filter=filter invite=invite/> }
            },
        ),
        Err(e) => fail(state, req, e),
    }
}

/// `GET /admin/users`
pub async fn list(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Query(f): Query<PeopleFilter>,
) -> Response {
    render(&state, &req, &u, StatusCode::OK, f, FormState::default()).await
}

/// `POST /admin/users/invite`
pub async fn invite(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(f): Form<InviteForm>,
) -> Response {
    let r = state.portal.invite_person(&u, &f, &req.meta).await;
    let flash = match r {
        Ok(InviteOutcome::Invited) => "person-invited",
        _ => "person-role-added",
    };
    after_form(&state, &req, r, ("/admin/users", flash), &f, async |fs| {
        render(
            &state,
            &req,
            &u,
            StatusCode::UNPROCESSABLE_ENTITY,
            PeopleFilter::default(),
            fs,
        )
        .await
    })
    .await
}

/// `POST /admin/users/{id}/roles`
pub async fn roles(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let p = Pairs(pairs);
    let roles: Vec<Role> = p
        .all("role")
        .iter()
        .filter_map(|c| Role::from_code(c))
        .collect();
    match state
        .portal
        .set_managed_roles(&u, UserId(id), &roles, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &p.back_within("/admin/users"),
            Some("person-roles-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `POST /admin/users/{id}/active`
pub async fn active(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let p = Pairs(pairs);
    let on = p.get("active") == "yes";
    match state.portal.set_active(&u, UserId(id), on, &req.meta).await {
        Ok(()) => see_other(
            &p.back_within("/admin/users"),
            Some(if on {
                "person-reactivated"
            } else {
                "person-deactivated"
            }),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}
