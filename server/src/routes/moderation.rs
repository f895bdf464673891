//! `/admin/moderation`: admins act on reviews, each action with a reason.

use crate::error::{error_page, fail};
use crate::form_post::form_failed;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::i18n::tr;
use portal::services::{CurrentUser, ModerationForm};
use portal_app::forms::FormState;
use portal_app::pages::{AuditPage, ModerationPage};
use serde::Deserialize;

/// `?flagged=yes` shows flagged reviews only; `page` from 1.
#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    flagged: String,
    #[serde(default)]
    page: Option<String>,
}

/// Reviews on one page: each carries a form, so pages stay light on slow links.
const PER_PAGE: usize = 25;

async fn render(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    flagged: bool,
    page_no: usize,
    status: StatusCode,
    posted: Option<(i64, FormState)>,
) -> Response {
    let loaded = async {
        let all = state.portal.moderation_queue(u, flagged).await?;
        let pages = all.len().div_ceil(PER_PAGE).max(1);
        // After a refused action, the page that holds the review.
        let page_no = posted
            .as_ref()
            .and_then(|(id, _)| all.iter().position(|r| r.id == *id))
            .map(|i| i / PER_PAGE + 1)
            .unwrap_or(page_no)
            .clamp(1, pages);
        let rows: Vec<_> = all
            .into_iter()
            .skip((page_no - 1) * PER_PAGE)
            .take(PER_PAGE)
            .collect();
        let reviewers = state
            .portal
            .review_setup(u)
            .await
            .map(|s| s.staff)
            .unwrap_or_default();
        Ok::<_, AppError>((rows, reviewers, page_no, pages))
    }
    .await;
    match loaded {
        Ok((rows, reviewers, page_no, pages)) => page(
            state,
            req,
            status,
            tr(req.locale, "moderation-title"),
            move || {
                view! { <ModerationPage rows=rows reviewers=reviewers flagged_only=flagged page=page_no pages=pages posted=posted/> }
            },
        ),
        Err(e) => fail(state, req, e),
    }
}

/// `GET /admin/moderation`
pub async fn show(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Query(f): Query<Filter>,
) -> Response {
    let page_no = f.page.and_then(|p| p.trim().parse().ok()).unwrap_or(1);
    render(
        &state,
        &req,
        &u,
        f.flagged == "yes",
        page_no,
        StatusCode::OK,
        None,
    )
    .await
}

/// `POST /admin/moderation/{id}`
pub async fn act(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<ModerationForm>,
) -> Response {
    match state.portal.moderate_review(&u, id, &f, &req.meta).await {
        Ok(()) => {
            // Back to the page that holds the review.
            let page_no = state
                .portal
                .moderation_queue(&u, false)
                .await
                .ok()
                .and_then(|all| all.iter().position(|r| r.id == id))
                .map(|i| i / PER_PAGE + 1)
                .unwrap_or(1);
            see_other(
                &format!("/admin/moderation?page={page_no}#review-{id}"),
                Some("review-moderated"),
                state.config.secure_cookies(),
            )
        }
        Err(e) => {
            form_failed(&state, &req, e, &f, async |fs| {
                render(
                    &state,
                    &req,
                    &u,
                    false,
                    1,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Some((id, fs)),
                )
                .await
            })
            .await
        }
    }
}

/// `?action=&target=&page=` of the audit log.
#[derive(Debug, Default, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    target: String,
    #[serde(default)]
    page: Option<String>,
}

/// `GET /admin/audit`
pub async fn audit(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Query(q): Query<AuditQuery>,
) -> Response {
    let page_no: i64 = q
        .page
        .and_then(|p| p.trim().parse().ok())
        .unwrap_or(1)
        .max(1);
    match state
        .portal
        .audit_log(&u, &q.action, &q.target, page_no)
        .await
    {
        Ok((entries, more)) => {
            let (action, target) = (q.action, q.target);
            page(
                &state,
                &req,
                StatusCode::OK,
                tr(req.locale, "audit-title"),
                move || {
                    view! { <AuditPage entries=entries action=action target=target page=page_no more=more/> }
                },
            )
        }
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `GET /admin/audit.csv`: the filtered log as a spreadsheet.
pub async fn audit_csv(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Query(q): Query<AuditQuery>,
) -> Response {
    match state.portal.audit_csv(&u, &q.action, &q.target).await {
        Ok(csv) => {
            let mut res = axum::response::IntoResponse::into_response(format!("\u{feff}{csv}"));
            let h = res.headers_mut();
            h.insert(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            h.insert(
                axum::http::header::CONTENT_DISPOSITION,
                axum::http::HeaderValue::from_static("attachment; filename=\"audit.csv\""),
            );
            h.insert(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("private, no-store"),
            );
            res
        }
        Err(e) => crate::error::fail(&state, &req, e),
    }
}
