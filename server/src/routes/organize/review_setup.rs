//! `/organize/review`: review settings, criteria, phases, teams,
//! reviewers and automatic assignment.

use super::*;
use crate::form_post::after_form;
use crate::middleware::SignedIn;
use serde::Serialize;

pub(super) async fn render_setup(
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
pub async fn setup(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
    render_setup(&state, &req, &u, StatusCode::OK, SetupForms::default()).await
}

/// Redirects to the setup page on success; otherwise shows it again with
/// the posted form's input and errors.
pub(super) async fn setup_after(
    state: &AppState,
    req: &Req,
    u: &CurrentUser,
    result: Result<(), AppError>,
    flash: &str,
    key: String,
    typed: &(impl Serialize + ?Sized),
) -> Response {
    after_form(
        state,
        req,
        result,
        ("/organize/review", flash),
        typed,
        async |fs| {
            let forms = SetupForms {
                posted: Some((key, fs)),
            };
            render_setup(state, req, u, StatusCode::UNPROCESSABLE_ENTITY, forms).await
        },
    )
    .await
}

/// `POST /organize/review`: settings.
pub async fn save_settings(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(f): Form<ReviewSettingsForm>,
) -> Response {
    let r = state.portal.update_review_settings(&u, &f, &req.meta).await;
    setup_after(
        &state,
        &req,
        &u,
        r,
        "review-settings-saved",
        "settings".into(),
        &f,
    )
    .await
}

pub(super) fn criterion_values(f: &CriterionForm) -> Vec<(&'static str, String)> {
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
    SignedIn(u): SignedIn,
    Form(f): Form<CriterionForm>,
) -> Response {
    let r = state.portal.add_criterion(&u, &f, &req.meta).await;
    setup_after(
        &state,
        &req,
        &u,
        r,
        "criterion-saved",
        "criterion-new".into(),
        &criterion_values(&f),
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
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<CriterionPost>,
) -> Response {
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
                    &values,
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
        &criterion_values(&f.form),
    )
    .await
}

/// `POST /organize/review/phases`
pub async fn add_phase(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Form(f): Form<PhaseForm>,
) -> Response {
    let r = state.portal.add_phase(&u, &f, &req.meta).await;
    setup_after(&state, &req, &u, r, "phase-saved", "phase".into(), &f).await
}

/// `POST /organize/review/phases/{id}/remove`
pub async fn remove_phase(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
) -> Response {
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
    SignedIn(u): SignedIn,
    Form(f): Form<TeamForm>,
) -> Response {
    let r = state.portal.add_team(&u, &f, &req.meta).await;
    setup_after(&state, &req, &u, r, "team-saved", "team".into(), &f).await
}

/// `POST /organize/review/teams/{id}/remove`
pub async fn remove_team(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
    Path(id): Path<i64>,
) -> Response {
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
#[derive(Debug, Default, Deserialize, Serialize)]
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
    SignedIn(u): SignedIn,
    Form(f): Form<ReviewerForm>,
) -> Response {
    let r = state
        .portal
        .add_reviewer(&u, &f.email, &f.line, &req.meta)
        .await;
    setup_after(&state, &req, &u, r, "reviewer-added", "reviewer".into(), &f).await
}

/// `POST /organize/review/assign`: automatic assignment.
pub async fn auto_assign(
    State(state): State<AppState>,
    req: Req,
    SignedIn(u): SignedIn,
) -> Response {
    let secure = state.config.secure_cookies();
    match state.portal.auto_assign(&u, &req.meta).await {
        Ok(out) if out.short.is_empty() => {
            see_other("/organize/review", Some("auto-assign-done"), secure)
        }
        Ok(_) => see_other("/organize/review", Some("auto-assign-short"), secure),
        Err(e) => fail(&state, &req, e),
    }
}
