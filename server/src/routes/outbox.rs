//! `/admin/outbox` (admins): e-mails and their delivery, and a preview of
//! every template.

use super::forms::Pairs;
use crate::error::fail;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::i18n::tr;
use portal_app::pages::{EmailTemplatesPage, OutboxPage};
use serde::Deserialize;

/// Filters of the outbox list.
#[derive(Debug, Default, Deserialize)]
pub struct OutboxQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    page: Option<i64>,
}

/// `GET /admin/outbox`
pub async fn list(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Query(q): Query<OutboxQuery>,
) -> Response {
    let page_no = q.page.unwrap_or(1).max(1);
    match state
        .portal
        .outbox_page(&u, &q.status, &q.to, page_no)
        .await
    {
        Ok((emails, total)) => {
            let (status, to) = (q.status, q.to);
            page(
                &state,
                &req,
                StatusCode::OK,
                tr(req.locale, "outbox-title"),
                move || {
                    view! { <OutboxPage emails=emails total=total status=status to=to page=page_no/> }
                },
            )
        }
        Err(e) => fail(&state, &req, e),
    }
}

/// The language of the template previews.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    #[serde(default)]
    lang: String,
}

/// `GET /admin/outbox/templates?lang=xx` (admins).
pub async fn templates(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Query(q): Query<LangQuery>,
) -> Response {
    let lang = portal::domain::Locale::from_tag(&q.lang).unwrap_or(req.locale);
    match state.portal.email_previews(&u, lang) {
        Ok(previews) => page(
            &state,
            &req,
            StatusCode::OK,
            tr(req.locale, "mailpreview-title"),
            move || {
                view! { <EmailTemplatesPage previews=previews lang=lang/> }
            },
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `POST /admin/outbox/{id}/retry`
pub async fn retry(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let back = Pairs(pairs).back_within("/admin/outbox");
    match state.portal.retry_email(&u, id, &req.meta).await {
        Ok(()) => see_other(&back, Some("email-requeued"), state.config.secure_cookies()),
        Err(e) => fail(&state, &req, e),
    }
}
