//! `/organize…` for organizers: the balance dashboard, the proposal list
//! with bulk decisions, releasing decisions and their e-mail templates, and
//! the review setup with automatic assignment.

use super::forms::Pairs;
use crate::error::fail;
use crate::form_post::{after_form, form_failed};
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::domain::Locale;
use portal::i18n::tr;
use portal::services::{
    CriterionForm, CurrentUser, OrganizerFilter, OrganizerSort, PhaseForm, ReviewSettingsForm,
    TeamForm,
};
use portal_app::forms::FormState;
use portal_app::pages::{
    DecisionsPage, FilterChoices, MergePage, OrganizePage, OrganizerProposalsPage, ReviewSetupPage,
    SetupForms,
};
use serde::{Deserialize, Serialize};

mod decisions;
mod review_setup;
pub use decisions::*;
pub use review_setup::*;

/// `GET /organize`: the balance dashboard.
pub async fn dashboard(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    match state.portal.balance_report(&u).await {
        Ok(report) => page(
            &state,
            &req,
            StatusCode::OK,
            tr(req.locale, "organize-title"),
            move || {
                view! { <OrganizePage report=report/> }
            },
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// Reads the list's filters leniently: unknown values are ignored rather
/// than answered with an error.
fn filter_from(pairs: &[(String, String)]) -> OrganizerFilter {
    let mut f = OrganizerFilter::default();
    for (k, v) in pairs {
        let v = v.trim().to_owned();
        match k.as_str() {
            "q" => f.q = v.chars().take(200).collect(),
            "status" => f.status = v,
            "format" => f.format = v,
            "line" => f.line = v,
            "sdg" => f.sdg = v,
            "region" => f.region = v,
            "stakeholder" => f.stakeholder = v,
            "decision" => f.decision = v,
            "disagreement" => f.disagreement = v,
            "dir" => f.dir = v,
            "sort" => {
                f.sort = OrganizerSort::ALL
                    .into_iter()
                    .find(|s| s.code() == v)
                    .unwrap_or_default()
            }
            "page" => f.page = v.parse().ok(),
            _ => {}
        }
    }
    f
}

async fn render_list(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    filter: OrganizerFilter,
    status: StatusCode,
    fs: FormState,
) -> Response {
    let loaded = async {
        let (rows, total) = state.portal.organizer_proposals(u, &filter).await?;
        let edition = state.portal.current_edition().await?;
        Ok::<_, AppError>((rows, total, edition))
    }
    .await;
    match loaded {
        Ok((rows, total, edition)) => {
            let choices = FilterChoices {
                formats: edition.formats.iter().map(|f| f.code.clone()).collect(),
            };
            page(
                state,
                req,
                status,
                tr(req.locale, "selection-title"),
                move || {
                    view! { <OrganizerProposalsPage rows=rows total=total filter=filter choices=choices state=fs/> }
                },
            )
        }
        Err(e) => fail(state, req, e),
    }
}

/// `GET /organize/proposals`
pub async fn proposals(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    render_list(
        &state,
        &req,
        &u,
        filter_from(&pairs),
        StatusCode::OK,
        FormState::default(),
    )
    .await
}

/// `POST /organize/proposals/decide`: the same pending decision for every
/// ticked proposal.
pub async fn bulk_decide(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let form = Pairs(pairs);
    let codes = form.all("code");
    let get = |name: &str| form.get(name);
    let (outcome, note) = (get("outcome"), get("note"));
    // On a refusal the list comes back as it was: same filters, same ticks.
    let back = get("back");
    let filter = filter_from(
        &form_urlencoded::parse(back.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect::<Vec<_>>(),
    );
    let typed = vec![
        ("outcome", outcome.clone()),
        ("note", note.clone()),
        ("ticked", codes.join(",")),
    ];
    let result = if get("intent") == "merge" {
        if codes.len() >= 2 {
            return merge_redirect(&state, &codes);
        }
        Err(AppError::field("codes", "merge-two-or-more"))
    } else {
        state
            .portal
            .decide(&u, &codes, &outcome, &note, &req.meta)
            .await
            .map(|_| ())
    };
    let to = ("/organize/proposals?decision=pending", "decisions-recorded");
    after_form(&state, &req, result, to, &typed, async |fs| {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        render_list(&state, &req, &u, filter, status, fs).await
    })
    .await
}

/// To the merge form for the ticked proposals. Codes are letters, digits
/// and dashes; anything else is dropped rather than carried into the
/// redirect.
fn merge_redirect(state: &AppState, codes: &[String]) -> Response {
    let query: Vec<String> = codes
        .iter()
        .map(|c| {
            c.trim()
                .chars()
                .filter(|ch| ch.is_ascii_alphanumeric() || *ch == '-')
                .collect::<String>()
        })
        .filter(|c| !c.is_empty())
        .map(|c| format!("code={c}"))
        .collect();
    see_other(
        &format!("/organize/merge?{}", query.join("&")),
        None,
        state.config.secure_cookies(),
    )
}

async fn render_merge(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    codes: &[String],
    status: StatusCode,
    fs: FormState,
) -> Response {
    match state.portal.merge_candidates(u, codes).await {
        Ok(candidates) => page(
            state,
            req,
            status,
            tr(req.locale, "merge-title"),
            move || {
                view! { <MergePage candidates=candidates state=fs/> }
            },
        ),
        Err(e) => fail(state, req, e),
    }
}

/// `GET /organize/merge?code=…&code=…`
pub async fn merge_form(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let codes = Pairs(pairs).all("code");
    render_merge(
        &state,
        &req,
        &u,
        &codes,
        StatusCode::OK,
        FormState::default(),
    )
    .await
}

/// `POST /organize/merge`
pub async fn merge(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let form = Pairs(pairs);
    let codes = form.all("code");
    let get = |name: &str| form.get(name);
    let (primary, title) = (get("primary"), get("title"));
    match state
        .portal
        .merge_proposals(&u, &primary, &codes, &title, &req.meta)
        .await
    {
        Ok(code) => see_other(
            &format!("/review/{code}"),
            Some("proposals-merged"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            form_failed(
                &state,
                &req,
                e,
                &vec![("primary", primary), ("title", title)],
                async |fs| {
                    render_merge(
                        &state,
                        &req,
                        &u,
                        &codes,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        fs,
                    )
                    .await
                },
            )
            .await
        }
    }
}
