//! `/review…`: the reviewer's queue, a proposal's review page and what is
//! posted from it (review, discussion, conflict, flag; for organizers also
//! assignment and the decision), and the facilitators' line reports.

use crate::error::fail;
use crate::form_post::form_failed;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use portal::AppError;
use portal::i18n::tr;
use portal::services::{CurrentUser, ReviewForm};
use portal_app::forms::FormState;
use portal_app::pages::{LineIndexPage, LineReportPage, ReviewProposalPage, ReviewQueuePage};
use serde::Deserialize;

/// `GET /review`
pub async fn queue(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    let loaded = async {
        let items = state.portal.review_queue(&u).await?;
        let next = state.portal.next_to_review(&u).await?;
        Ok::<_, AppError>((items, next))
    }
    .await;
    match loaded {
        Ok((items, next)) => page(
            &state,
            &req,
            StatusCode::OK,
            tr(req.locale, "queue-title"),
            move || {
                view! { <ReviewQueuePage items=items next=next/> }
            },
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `GET /review/next`: straight to the least-reviewed proposal waiting for
/// the reader.
pub async fn next(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    let secure = state.config.secure_cookies();
    match state.portal.next_to_review(&u).await {
        Ok(Some(code)) => see_other(&format!("/review/{code}"), None, secure),
        Ok(None) => see_other("/review", Some("queue-done"), secure),
        Err(e) => fail(&state, &req, e),
    }
}

/// Renders the review page with the given forms' states.
async fn render(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    code: &str,
    status: StatusCode,
    review_state: FormState,
    other_state: FormState,
) -> Response {
    let loaded = async {
        let p = state.portal.review_page(u, code).await?;
        let reviewers = if p.staff {
            state.portal.review_setup(u).await?.staff
        } else {
            Vec::new()
        };
        Ok::<_, AppError>((p, reviewers))
    }
    .await;
    match loaded {
        Ok((p, reviewers)) => {
            let html = portal::markdown::render_under(&p.proposal.description, 3);
            let title = p.proposal.title.clone();
            page(state, req, status, title, move || {
                view! { <ReviewProposalPage page=p description_html=html reviewers=reviewers review_state=review_state other_state=other_state/> }
            })
        }
        Err(e) => fail(state, req, e),
    }
}

/// `GET /review/{code}`
pub async fn show(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(code): Path<String>,
) -> Response {
    render(
        &state,
        &req,
        &u,
        &code,
        StatusCode::OK,
        FormState::default(),
        FormState::default(),
    )
    .await
}

/// `POST /review/{code}`: saves the reader's review; "save and next"
/// continues with the next proposal in the queue.
pub async fn save(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(code): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let form = ReviewForm::from_pairs(&pairs);
    let go_next = pairs.iter().any(|(k, v)| k == "intent" && v == "next");
    let secure = state.config.secure_cookies();
    match state.portal.save_review(&u, &code, &form, &req.meta).await {
        Ok(()) => {
            if go_next {
                match state.portal.next_to_review(&u).await {
                    Ok(Some(n)) => see_other(&format!("/review/{n}"), Some("review-saved"), secure),
                    Ok(None) => see_other("/review", Some("queue-done"), secure),
                    Err(e) => fail(&state, &req, e),
                }
            } else {
                see_other(&format!("/review/{code}"), Some("review-saved"), secure)
            }
        }
        Err(e) => {
            form_failed(&state, &req, e, &form.values(), async |fs| {
                render(
                    &state,
                    &req,
                    &u,
                    &code,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    fs,
                    FormState::default(),
                )
                .await
            })
            .await
        }
    }
}

/// Posted fields of the smaller forms on the review page.
#[derive(Debug, Default, Deserialize)]
pub struct SmallForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    reviewer: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    note: String,
}

/// Redirects (with a notice, to the review page unless `to` says otherwise)
/// on success, or shows the page again with what was typed.
async fn after(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    code: &str,
    result: Result<(), AppError>,
    (flash, to): (&str, Option<&str>),
    values: Vec<(&str, String)>,
) -> Response {
    match result {
        Ok(()) => {
            let to = to
                .map(str::to_owned)
                .unwrap_or_else(|| format!("/review/{code}"));
            see_other(&to, Some(flash), state.config.secure_cookies())
        }
        Err(e) => {
            form_failed(state, req, e, &values, async |fs| {
                render(
                    state,
                    req,
                    u,
                    code,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    FormState::default(),
                    fs,
                )
                .await
            })
            .await
        }
    }
}

/// `POST /review/{code}/comments`
pub async fn comment(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(code): Path<String>,
    Form(f): Form<SmallForm>,
) -> Response {
    let r = state
        .portal
        .add_review_comment(&u, &code, &f.body, &req.meta)
        .await;
    after(
        &state,
        &req,
        &u,
        &code,
        r,
        ("comment-posted", None),
        vec![("body", f.body)],
    )
    .await
}

/// `POST /review/{code}/conflict`: the reader recuses themselves.
pub async fn conflict(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(code): Path<String>,
    Form(f): Form<SmallForm>,
) -> Response {
    let r = state
        .portal
        .declare_conflict(&u, &code, &f.reason, None, &req.meta)
        .await;
    after(
        &state,
        &req,
        &u,
        &code,
        r,
        ("conflict-declared", Some("/review")),
        vec![("reason", f.reason)],
    )
    .await
}

/// `POST /review/{code}/flag/{id}`
pub async fn flag(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path((code, id)): Path<(String, i64)>,
    Form(f): Form<SmallForm>,
) -> Response {
    let secure = state.config.secure_cookies();
    match state.portal.flag_review(&u, id, &f.reason, &req.meta).await {
        Ok(()) => see_other(&format!("/review/{code}"), Some("review-flagged"), secure),
        // The reason box sits on the review card; the notice says what to type.
        Err(AppError::Validation(_)) => see_other(
            &format!("/review/{code}#review-{id}"),
            Some("flag-needs-reason"),
            secure,
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `POST /review/{code}/assign` (organizers)
pub async fn assign(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(code): Path<String>,
    Form(f): Form<SmallForm>,
) -> Response {
    // Who may assign is answered before what was typed is checked.
    let r = match (u.require_staff(), f.reviewer.trim().parse::<i64>()) {
        (Err(e), _) => Err(e),
        (Ok(()), Ok(id)) => state.portal.assign_reviewer(&u, &code, id, &req.meta).await,
        (Ok(()), Err(_)) => Err(AppError::field("reviewer", "choose-from-list")),
    };
    after(
        &state,
        &req,
        &u,
        &code,
        r,
        ("reviewer-assigned", None),
        vec![],
    )
    .await
}

/// `POST /review/{code}/unassign` (organizers)
pub async fn unassign(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(code): Path<String>,
    Form(f): Form<SmallForm>,
) -> Response {
    let r = match f.reviewer.trim().parse::<i64>() {
        Ok(id) => {
            state
                .portal
                .unassign_reviewer(&u, &code, id, &req.meta)
                .await
        }
        Err(_) => Err(AppError::NotFound),
    };
    after(
        &state,
        &req,
        &u,
        &code,
        r,
        ("reviewer-unassigned", None),
        vec![],
    )
    .await
}

/// `POST /review/{code}/decide` (organizers): a pending decision.
pub async fn decide(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(code): Path<String>,
    Form(f): Form<SmallForm>,
) -> Response {
    let r = state
        .portal
        .decide(
            &u,
            std::slice::from_ref(&code),
            &f.outcome,
            &f.note,
            &req.meta,
        )
        .await
        .map(|_| ());
    after(
        &state,
        &req,
        &u,
        &code,
        r,
        ("decision-recorded", None),
        vec![("outcome", f.outcome), ("note", f.note)],
    )
    .await
}

/// `GET /review/lines`
pub async fn lines(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    match state.portal.reportable_lines(&u).await {
        Ok(lines) => page(
            &state,
            &req,
            StatusCode::OK,
            tr(req.locale, "line-reports-title"),
            move || {
                view! { <LineIndexPage lines=lines/> }
            },
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `GET /review/lines/{code}`
pub async fn line_report(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(code): Path<String>,
) -> Response {
    let loaded = async {
        let report = state.portal.line_report(&u, &code).await?;
        let notes = state
            .portal
            .programme_notes(&u, "line", &report.line)
            .await?;
        Ok::<_, AppError>((report, notes))
    };
    match loaded.await {
        Ok((report, notes)) => {
            let title = format!("{} – {}", report.line, tr(req.locale, "line-reports-title"));
            page(
                &state,
                &req,
                StatusCode::OK,
                title,
                move || view! { <LineReportPage report=report notes=notes/> },
            )
        }
        Err(e) => fail(&state, &req, e),
    }
}

/// `GET /review/lines/{code}/report.csv`
pub async fn line_csv(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(code): Path<String>,
) -> Response {
    match state.portal.line_report(&u, &code).await {
        Ok(report) => {
            let mut res = report.to_csv().into_response();
            let h = res.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            if let Ok(v) = HeaderValue::from_str(&format!(
                "attachment; filename=\"{}-report.csv\"",
                report.line
            )) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
            res
        }
        Err(e) => fail(&state, &req, e),
    }
}
