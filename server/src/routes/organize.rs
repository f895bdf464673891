//! `/organize…` for organizers: the balance dashboard, the proposal list
//! with bulk decisions, releasing decisions and their e-mail templates, and
//! the review setup with automatic assignment.

use super::forms::Pairs;
use crate::error::fail;
use crate::middleware::Req;
use crate::render::{after_form, form_state, page, see_other};
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
use serde::Deserialize;

/// `GET /organize`: the balance dashboard.
pub async fn dashboard(State(state): State<AppState>, req: Req) -> Response {
    let u = signed_in!(req);
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
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let u = signed_in!(req);
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
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let u = signed_in!(req);
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
    if get("intent") == "merge" {
        if codes.len() < 2 {
            let e = AppError::field("codes", "merge-two-or-more");
            return match form_state(&req, typed, e) {
                Ok(fs) => {
                    render_list(
                        &state,
                        &req,
                        &u,
                        filter,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        fs,
                    )
                    .await
                }
                Err(e) => fail(&state, &req, e),
            };
        }
        // Codes are letters, digits and dashes; anything else is dropped
        // rather than carried into the redirect.
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
        return see_other(
            &format!("/organize/merge?{}", query.join("&")),
            None,
            state.config.secure_cookies(),
        );
    }
    match state
        .portal
        .decide(&u, &codes, &outcome, &note, &req.meta)
        .await
    {
        Ok(_) => see_other(
            "/organize/proposals?decision=pending",
            Some("decisions-recorded"),
            state.config.secure_cookies(),
        ),
        Err(e) => match form_state(&req, typed, e) {
            Ok(fs) => {
                render_list(
                    &state,
                    &req,
                    &u,
                    filter,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    fs,
                )
                .await
            }
            Err(e) => fail(&state, &req, e),
        },
    }
}

/// `?lang=` of the template pages.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    #[serde(default)]
    lang: String,
}

async fn render_decisions(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    locale: Locale,
    status: StatusCode,
    posted: Option<(String, FormState, Option<portal::services::TemplatePreview>)>,
) -> Response {
    let loaded = async {
        Ok::<_, AppError>((
            state.portal.pending_decisions(u).await?,
            state.portal.decision_templates(u, locale).await?,
        ))
    }
    .await;
    match loaded {
        Ok((pending, templates)) => page(
            state,
            req,
            status,
            tr(req.locale, "decisions-title"),
            move || {
                view! { <DecisionsPage pending=pending templates=templates template_locale=locale posted=posted/> }
            },
        ),
        Err(e) => fail(state, req, e),
    }
}

/// `GET /organize/decisions`
pub async fn decisions(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<LangQuery>,
) -> Response {
    let u = signed_in!(req);
    let locale = Locale::from_tag(&q.lang).unwrap_or(req.locale);
    render_decisions(&state, &req, &u, locale, StatusCode::OK, None).await
}

/// `POST /organize/decisions/release`
pub async fn release(State(state): State<AppState>, req: Req) -> Response {
    let u = signed_in!(req);
    match state.portal.release_decisions(&u, &req.meta).await {
        Ok(_) => see_other(
            "/organize/decisions",
            Some("decisions-released"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// A template as posted.
#[derive(Debug, Default, Deserialize)]
pub struct TemplateForm {
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    intent: String,
}

/// `POST /organize/decisions/templates/{outcome}?lang=`: preview or save.
pub async fn template(
    State(state): State<AppState>,
    req: Req,
    Path(outcome): Path<String>,
    Query(q): Query<LangQuery>,
    Form(f): Form<TemplateForm>,
) -> Response {
    let u = signed_in!(req);
    let locale = Locale::from_tag(&q.lang).unwrap_or(req.locale);
    let values = vec![("subject", f.subject.clone()), ("body", f.body.clone())];
    let shown = |fs: FormState| Some((outcome.clone(), fs, None));
    if f.intent == "preview" {
        return match state.portal.preview_template(&u, &f.subject, &f.body).await {
            Ok(p) => {
                let fs = FormState {
                    values: values.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
                    ..Default::default()
                };
                render_decisions(
                    &state,
                    &req,
                    &u,
                    locale,
                    StatusCode::OK,
                    Some((outcome.clone(), fs, Some(p))),
                )
                .await
            }
            Err(e) => match form_state(&req, values, e) {
                Ok(fs) => {
                    render_decisions(
                        &state,
                        &req,
                        &u,
                        locale,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        shown(fs),
                    )
                    .await
                }
                Err(e) => fail(&state, &req, e),
            },
        };
    }
    match state
        .portal
        .save_decision_template(&u, &outcome, locale, &f.subject, &f.body, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &format!(
                "/organize/decisions?lang={}#template-{outcome}",
                locale.tag()
            ),
            Some("template-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => match form_state(&req, values, e) {
            Ok(fs) => {
                render_decisions(
                    &state,
                    &req,
                    &u,
                    locale,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    shown(fs),
                )
                .await
            }
            Err(e) => fail(&state, &req, e),
        },
    }
}

async fn render_setup(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    status: StatusCode,
    forms: SetupForms,
) -> Response {
    match state.portal.review_setup(u).await {
        Ok(setup) => page(
            state,
            req,
            status,
            tr(req.locale, "review-setup-title"),
            move || {
                view! { <ReviewSetupPage setup=setup forms=forms/> }
            },
        ),
        Err(e) => fail(state, req, e),
    }
}

/// `GET /organize/review`
pub async fn setup(State(state): State<AppState>, req: Req) -> Response {
    let u = signed_in!(req);
    render_setup(&state, &req, &u, StatusCode::OK, SetupForms::default()).await
}

/// Redirects to the setup page on success; otherwise shows it again with
/// the posted form's input and errors.
async fn setup_after(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    result: Result<(), AppError>,
    flash: &str,
    key: String,
    values: Vec<(&str, String)>,
) -> Response {
    after_form(
        state,
        req,
        result,
        "/organize/review",
        flash,
        values,
        |fs| {
            let forms = SetupForms {
                posted: Some((key, fs)),
            };
            render_setup(state, req, u, StatusCode::UNPROCESSABLE_ENTITY, forms)
        },
    )
    .await
}

/// `POST /organize/review`: settings.
pub async fn save_settings(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<ReviewSettingsForm>,
) -> Response {
    let u = signed_in!(req);
    let r = state.portal.update_review_settings(&u, &f, &req.meta).await;
    let values = vec![
        ("reviewers_per_proposal", f.reviewers_per_proposal.clone()),
        ("disagreement_threshold", f.disagreement_threshold.clone()),
        ("blind_review", f.blind_review.clone().unwrap_or_default()),
    ];
    setup_after(
        &state,
        &req,
        &u,
        r,
        "review-settings-saved",
        "settings".into(),
        values,
    )
    .await
}

fn criterion_values(f: &CriterionForm) -> Vec<(&'static str, String)> {
    let mut values = vec![
        ("name", f.name.clone()),
        ("description", f.description.clone()),
        ("weight", f.weight.clone()),
        ("scale_max", f.scale_max.clone()),
    ];
    for (_, lo, hi) in portal::domain::review::SCALE_FIELDS {
        for field in [lo, hi] {
            values.push((field, f.scale.get(field).cloned().unwrap_or_default()));
        }
    }
    values
}

/// `POST /organize/review/criteria`
pub async fn add_criterion(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<CriterionForm>,
) -> Response {
    let u = signed_in!(req);
    let r = state.portal.add_criterion(&u, &f, &req.meta).await;
    setup_after(
        &state,
        &req,
        &u,
        r,
        "criterion-saved",
        "criterion-new".into(),
        criterion_values(&f),
    )
    .await
}

/// A criterion's form with the button pressed.
#[derive(Debug, Default, Deserialize)]
pub struct CriterionPost {
    #[serde(flatten)]
    form: CriterionForm,
    #[serde(default)]
    intent: String,
}

/// `POST /organize/review/criteria/{id}`: save or remove.
pub async fn save_criterion(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
    Form(f): Form<CriterionPost>,
) -> Response {
    let u = signed_in!(req);
    if f.intent == "remove" {
        return match state.portal.remove_criterion(&u, id, &req.meta).await {
            Ok(()) => see_other(
                "/organize/review",
                Some("criterion-removed"),
                state.config.secure_cookies(),
            ),
            Err(e) => {
                let values = criterion_values(&f.form);
                setup_after(
                    &state,
                    &req,
                    &u,
                    Err(e),
                    "",
                    format!("criterion-{id}"),
                    values,
                )
                .await
            }
        };
    }
    let r = state
        .portal
        .update_criterion(&u, id, &f.form, &req.meta)
        .await;
    setup_after(
        &state,
        &req,
        &u,
        r,
        "criterion-saved",
        format!("criterion-{id}"),
        criterion_values(&f.form),
    )
    .await
}

/// `POST /organize/review/phases`
pub async fn add_phase(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<PhaseForm>,
) -> Response {
    let u = signed_in!(req);
    let r = state.portal.add_phase(&u, &f, &req.meta).await;
    let values = vec![
        ("name", f.name.clone()),
        ("starts_at", f.starts_at.clone()),
        ("ends_at", f.ends_at.clone()),
        (
            "reviewers_may_review",
            f.reviewers_may_review.clone().unwrap_or_default(),
        ),
        (
            "reviewers_see_others",
            f.reviewers_see_others.clone().unwrap_or_default(),
        ),
        (
            "proposers_may_edit",
            f.proposers_may_edit.clone().unwrap_or_default(),
        ),
    ];
    setup_after(&state, &req, &u, r, "phase-saved", "phase".into(), values).await
}

/// `POST /organize/review/phases/{id}/remove`
pub async fn remove_phase(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
) -> Response {
    let u = signed_in!(req);
    match state.portal.remove_phase(&u, id, &req.meta).await {
        Ok(()) => see_other(
            "/organize/review",
            Some("phase-removed"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `POST /organize/review/teams`
pub async fn add_team(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<TeamForm>,
) -> Response {
    let u = signed_in!(req);
    let r = state.portal.add_team(&u, &f, &req.meta).await;
    let values = vec![
        ("name", f.name.clone()),
        ("action_lines", f.action_lines.clone()),
        ("formats", f.formats.clone()),
        ("members", f.members.clone()),
    ];
    setup_after(&state, &req, &u, r, "team-saved", "team".into(), values).await
}

/// `POST /organize/review/teams/{id}/remove`
pub async fn remove_team(State(state): State<AppState>, req: Req, Path(id): Path<i64>) -> Response {
    let u = signed_in!(req);
    match state.portal.remove_team(&u, id, &req.meta).await {
        Ok(()) => see_other(
            "/organize/review",
            Some("team-removed"),
            state.config.secure_cookies(),
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// The "add a reviewer" form.
#[derive(Debug, Default, Deserialize)]
pub struct ReviewerForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    line: String,
}

/// `POST /organize/review/reviewers`
pub async fn add_reviewer(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<ReviewerForm>,
) -> Response {
    let u = signed_in!(req);
    let r = state
        .portal
        .add_reviewer(&u, &f.email, &f.line, &req.meta)
        .await;
    setup_after(
        &state,
        &req,
        &u,
        r,
        "reviewer-added",
        "reviewer".into(),
        vec![("email", f.email.clone()), ("line", f.line.clone())],
    )
    .await
}

/// `POST /organize/review/assign`: automatic assignment.
pub async fn auto_assign(State(state): State<AppState>, req: Req) -> Response {
    let u = signed_in!(req);
    let secure = state.config.secure_cookies();
    match state.portal.auto_assign(&u, &req.meta).await {
        Ok(out) if out.short.is_empty() => {
            see_other("/organize/review", Some("auto-assign-done"), secure)
        }
        Ok(_) => see_other("/organize/review", Some("auto-assign-short"), secure),
        Err(e) => fail(&state, &req, e),
    }
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
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let u = signed_in!(req);
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
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let u = signed_in!(req);
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
        Err(e) => match form_state(&req, vec![("primary", primary), ("title", title)], e) {
            Ok(fs) => {
                render_merge(
                    &state,
                    &req,
                    &u,
                    &codes,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    fs,
                )
                .await
            }
            Err(e) => fail(&state, &req, e),
        },
    }
}
