//! The API's review endpoints: a proposal's reviews as the caller may see
//! them (blind for reviewers when the edition reviews blind), the caller's
//! own review, and organizers' assignments. The services decide who may do
//! what, exactly as on the review pages.

use super::Caller;
use super::handlers::{ApiResult, body, fail, meta};
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use portal::services::ReviewForm;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// `GET /proposals/{code}/reviews`: the proposal (anonymized for blind
/// review), the caller's review, others' reviews and the aggregate when the
/// caller may see them.
pub async fn reviews(
    State(state): State<AppState>,
    c: Caller,
    Path(code): Path<String>,
) -> ApiResult {
    let page = state
        .portal
        .review_page(&c.0.user, &code.to_uppercase())
        .await
        .map_err(fail(&c))?;
    Ok(Json(page).into_response())
}

/// A review as sent: scores and notes by criterion id.
#[derive(Debug, Deserialize)]
pub struct ReviewBody {
    #[serde(default)]
    version: i64,
    #[serde(default)]
    scores: BTreeMap<i64, Value>,
    #[serde(default)]
    notes: BTreeMap<i64, String>,
    #[serde(default)]
    confidence: Value,
    #[serde(default)]
    recommendation: String,
    #[serde(default)]
    comment: String,
}

/// A number or a string as the form would have typed it; anything else
/// (`null`, a list) as empty, which validation then reports.
fn typed(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => String::new(),
    }
}

/// `PUT /proposals/{code}/review`: writes the caller's review (reviewers
/// assigned to it); `version` is the one read, 0 for a first review.
pub async fn save_review(
    State(state): State<AppState>,
    c: Caller,
    Path(code): Path<String>,
    b: Result<Json<ReviewBody>, JsonRejection>,
) -> ApiResult {
    let r = body(b, c.0.user.locale)?;
    let form = ReviewForm {
        scores: r.scores.iter().map(|(k, v)| (*k, typed(v))).collect(),
        notes: r.notes.into_iter().collect(),
        confidence: typed(&r.confidence),
        recommendation: r.recommendation,
        comment: r.comment,
        version: r.version,
    };
    state
        .portal
        .save_review(&c.0.user, &code.to_uppercase(), &form, &meta(&c))
        .await
        .map_err(fail(&c))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Whom to assign.
#[derive(Debug, Deserialize)]
pub struct AssignBody {
    reviewer: i64,
}

/// `POST /proposals/{code}/assignments`: assigns a reviewer (organizers);
/// refused for a reviewer with a conflict.
pub async fn assign(
    State(state): State<AppState>,
    c: Caller,
    Path(code): Path<String>,
    b: Result<Json<AssignBody>, JsonRejection>,
) -> ApiResult {
    let a = body(b, c.0.user.locale)?;
    state
        .portal
        .assign_reviewer(&c.0.user, &code.to_uppercase(), a.reviewer, &meta(&c))
        .await
        .map_err(fail(&c))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `DELETE /proposals/{code}/assignments/{reviewer}` (organizers); a review
/// already written stays on record.
pub async fn unassign(
    State(state): State<AppState>,
    c: Caller,
    Path((code, reviewer)): Path<(String, String)>,
) -> ApiResult {
    let reviewer = super::handlers::path_id(&reviewer, c.0.user.locale)?;
    state
        .portal
        .unassign_reviewer(&c.0.user, &code.to_uppercase(), reviewer, &meta(&c))
        .await
        .map_err(fail(&c))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
