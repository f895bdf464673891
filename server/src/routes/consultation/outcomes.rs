//! The outcomes report: its editor, the public page and its CSV files.

use super::*;
use crate::form_post::form_failed;
use crate::middleware::SignedIn;

pub(super) async fn outcomes_editor(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    status: StatusCode,
    fs: FormState,
) -> Response {
    match state.portal.outcomes_draft(user).await {
        Ok(report) => page(
            state,
            req,
            status,
            title(req, "outcomes-edit-title"),
            move || view! { <OutcomesEditPage report=report state=fs/> },
        ),
        Err(e) => error_page(state, req, &e),
    }
}

/// `GET /organize/outcomes`
pub async fn edit_outcomes(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
) -> Response {
    outcomes_editor(&state, &req, &user, StatusCode::OK, FormState::default()).await
}

/// `POST /organize/outcomes`: saves, publishes or withdraws the report.
pub async fn save_outcomes(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Form(form): Form<OutcomesForm>,
) -> Response {
    match state.portal.save_outcomes(&user, &form, &req.meta).await {
        Ok(public) => {
            let flash = match (form.action.as_str(), public) {
                ("publish", _) => "outcomes-published",
                ("unpublish", _) => "outcomes-unpublished",
                _ => "outcomes-saved",
            };
            see_other(
                "/organize/outcomes",
                Some(flash),
                state.config.secure_cookies(),
            )
        }
        Err(e) => {
            form_failed(&state, &req, e, &form, async |fs| {
                outcomes_editor(&state, &req, &user, StatusCode::UNPROCESSABLE_ENTITY, fs).await
            })
            .await
        }
    }
}

/// `GET /consultation/outcomes`: public once published.
pub async fn outcomes(State(state): State<AppState>, req: Req) -> Response {
    let loaded = async {
        let report = state.portal.published_outcomes().await?;
        let edition = state.portal.current_edition().await?;
        Ok::<_, AppError>((report, edition.time_zone))
    };
    match loaded.await {
        Ok((report, zone)) => {
            let t = portal::i18n::tr_args(
                req.locale,
                "outcomes-title",
                &[("edition", report.edition.clone().into())],
            );
            page(&state, &req, StatusCode::OK, t, move || {
                view! { <OutcomesPage report=report time_zone=zone/> }
            })
        }
        Err(e) => error_page(&state, &req, &e),
    }
}

pub(super) fn csv(body: String, name: &str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

/// `GET /consultation/outcomes.csv`: the counts.
pub async fn outcomes_counts(State(state): State<AppState>, req: Req) -> Response {
    match state.portal.published_outcomes().await {
        Ok(r) => csv(outcomes_counts_csv(&r), "outcomes-counts.csv"),
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `GET /consultation/outcomes-submissions.csv`: the listed submissions.
pub async fn outcomes_list(State(state): State<AppState>, req: Req) -> Response {
    match state.portal.published_outcomes().await {
        Ok(r) => csv(outcomes_list_csv(&r), "outcomes-submissions.csv"),
        Err(e) => error_page(&state, &req, &e),
    }
}
