//! The consultation, organizers' side: `/organize/submissions` (every
//! submission, filtered; tags; turning one into programme material),
//! `/organize/consultation` (kind settings, meetings), meeting pages and the
//! inputs recorded there, `/organize/outcomes`; and the public
//! `/consultation/outcomes` with its CSV downloads. The services check roles.

use super::submissions::{Editing, editor, parse_post, show_with};
use crate::error::error_page;
use crate::form_post::form_failed;
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use portal::AppError;
use portal::domain::submission::{SubmissionForm, SubmissionKind};
use portal::domain::taxonomy::{KIND_ACTION_LINE, KIND_SDG, reading_order};
use portal::services::{
    CurrentUser, KindSettingsForm, MeetingForm, OnBehalf, OutcomesForm, SubmissionFilter, UseForm,
    outcomes_counts_csv, outcomes_list_csv,
};
use portal_app::forms::FormState;
use portal_app::pages::{
    ConsultationPage, MeetingPage, OutcomesEditPage, OutcomesPage, SubmissionForms,
    SubmissionListData, SubmissionListPage,
};
use serde::{Deserialize, Serialize};

mod meetings;
mod outcomes;
pub use meetings::*;
pub use outcomes::*;

fn title(req: &Req, key: &str) -> String {
    portal::i18n::tr(req.locale, key)
}

/// `GET /organize/submissions`
pub async fn list(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Query(filter): Query<SubmissionFilter>,
) -> Response {
    let loaded = async {
        let (rows, tags) = state.portal.organizer_submissions(&user, &filter).await?;
        let meetings = state.portal.meetings(&user).await?;
        let edition = state.portal.current_edition().await?;
        let themes = state.portal.taxonomy(edition.id).await?;
        Ok::<_, AppError>((rows, tags, meetings, edition, themes))
    };
    match loaded.await {
        Ok((rows, tags, meetings, edition, themes)) => {
            let lines = reading_order(&themes, KIND_ACTION_LINE)
                .into_iter()
                .map(|e| e.code.clone())
                .collect();
            let sdgs = reading_order(&themes, KIND_SDG)
                .into_iter()
                .map(|e| e.code.clone())
                .collect();
            let data = SubmissionListData {
                rows,
                tags,
                meetings,
                filter,
                lines,
                sdgs,
                time_zone: edition.time_zone,
            };
            page(
                &state,
                &req,
                StatusCode::OK,
                title(&req, "organize-submissions-title"),
                move || view! { <SubmissionListPage data=data/> },
            )
        }
        Err(e) => error_page(&state, &req, &e),
    }
}

/// A tag typed on a submission's page.
#[derive(Debug, Deserialize, Serialize)]
pub struct TagForm {
    #[serde(default)]
    tag: String,
}

/// `POST /organize/submissions/{code}/tags`
pub async fn tag(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    Form(form): Form<TagForm>,
) -> Response {
    match state
        .portal
        .tag_submission(&user, &code, &form.tag, &req.meta)
        .await
    {
        Ok(()) => back_to(&state, &code, "submission-tagged"),
        Err(e) => {
            again(&state, &req, &user, &code, &form, e, |fs| SubmissionForms {
                tag: fs,
                ..Default::default()
            })
            .await
        }
    }
}

/// The submission's page again after a failed organizer form, with what
/// was typed and the messages in the form `place` puts them in.
async fn again(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    code: &str,
    typed: &(impl Serialize + ?Sized),
    e: AppError,
    place: impl FnOnce(FormState) -> SubmissionForms,
) -> Response {
    form_failed(state, req, e, typed, async |fs| {
        let forms = place(fs);
        show_with(
            state,
            req,
            user,
            code,
            StatusCode::UNPROCESSABLE_ENTITY,
            forms,
        )
        .await
    })
    .await
}

fn back_to(state: &AppState, code: &str, flash: &str) -> Response {
    see_other(
        &format!(
            "/submissions/{}#organizer-tools",
            code.trim().to_uppercase()
        ),
        Some(flash),
        state.config.secure_cookies(),
    )
}

/// `POST /organize/submissions/{code}/tags/remove`
pub async fn untag(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    Form(form): Form<TagForm>,
) -> Response {
    match state
        .portal
        .untag_submission(&user, &code, &form.tag, &req.meta)
        .await
    {
        Ok(()) => back_to(&state, &code, "submission-untagged"),
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `POST /organize/submissions/{code}/use`
pub async fn use_it(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    Form(form): Form<UseForm>,
) -> Response {
    match state
        .portal
        .use_submission(&user, &code, &form, &req.meta)
        .await
    {
        Ok(()) => back_to(&state, &code, "submission-used"),
        Err(e) => {
            again(&state, &req, &user, &code, &form, e, |fs| SubmissionForms {
                use_form: fs,
                ..Default::default()
            })
            .await
        }
    }
}

/// Renders `/organize/consultation` with the state of the form just posted.
async fn settings_page(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    status: StatusCode,
    kind_state: Option<(SubmissionKind, FormState)>,
    meeting_state: FormState,
) -> Response {
    let loaded = async {
        user.require_staff()?;
        let edition = state.portal.current_edition().await?;
        let kinds = state.portal.kind_settings(&edition).await?;
        let meetings = state.portal.meetings(user).await?;
        Ok::<_, AppError>((edition, kinds, meetings))
    };
    match loaded.await {
        Ok((edition, kinds, meetings)) => page(
            state,
            req,
            status,
            title(req, "consultation-settings-title"),
            move || {
                view! { <ConsultationPage kinds=kinds meetings=meetings kind_state=kind_state meeting_state=meeting_state time_zone=edition.time_zone/> }
            },
        ),
        Err(e) => error_page(state, req, &e),
    }
}

/// `GET /organize/consultation`
pub async fn settings(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
) -> Response {
    settings_page(
        &state,
        &req,
        &user,
        StatusCode::OK,
        None,
        FormState::default(),
    )
    .await
}

/// `POST /organize/consultation/kinds/{kind}`
pub async fn save_kind(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(kind): Path<String>,
    Form(form): Form<KindSettingsForm>,
) -> Response {
    let Some(kind) = SubmissionKind::from_code(&kind) else {
        return error_page(&state, &req, &AppError::NotFound);
    };
    match state
        .portal
        .update_kind_settings(&user, kind, &form, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &format!("/organize/consultation#kind-{}", kind.code()),
            Some("submission-kind-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => {
            form_failed(&state, &req, e, &form, async |mut fs| {
                // The checkbox's absence is what was "typed".
                fs.values.entry("deadline".into()).or_default();
                settings_page(
                    &state,
                    &req,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Some((kind, fs)),
                    FormState::default(),
                )
                .await
            })
            .await
        }
    }
}
