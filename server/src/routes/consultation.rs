//! The consultation, organizers' side: `/organize/submissions` (every
//! submission, filtered; tags; turning one into programme material),
//! `/organize/consultation` (kind settings, meetings), meeting pages and the
//! inputs recorded there, `/organize/outcomes`; and the public
//! `/consultation/outcomes` with its CSV downloads. The services check roles.

use super::submissions::{Editing, editor, parse_post, show_with};
use crate::error::error_page;
use crate::middleware::Req;
use crate::render::{form_state, page, see_other, sign_in_first};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use portal::AppError;
use portal::domain::Role;
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
use serde::Deserialize;

fn title(req: &Req, key: &str) -> String {
    portal::i18n::tr(req.locale, key)
}

fn staff(user: &CurrentUser) -> Result<(), AppError> {
    user.require_any(&[Role::Organizer, Role::Admin])
}

/// `GET /organize/submissions`
pub async fn list(
    State(state): State<AppState>,
    req: Req,
    Query(filter): Query<SubmissionFilter>,
) -> Response {
    let user = signed_in!(req);
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
#[derive(Debug, Deserialize)]
pub struct TagForm {
    #[serde(default)]
    tag: String,
}

/// `POST /organize/submissions/{code}/tags`
pub async fn tag(
    State(state): State<AppState>,
    req: Req,
    Path(code): Path<String>,
    Form(form): Form<TagForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state
        .portal
        .tag_submission(&user, &code, &form.tag, &req.meta)
        .await
    {
        Ok(()) => back_to(&state, &code, "submission-tagged"),
        Err(e) => {
            let typed = vec![("tag", form.tag)];
            again(&state, &req, &user, &code, typed, e, |fs| SubmissionForms {
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
    typed: Vec<(&str, String)>,
    e: AppError,
    place: impl FnOnce(FormState) -> SubmissionForms,
) -> Response {
    match form_state(req, typed, e) {
        Ok(fs) => {
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
        }
        Err(e) => error_page(state, req, &e),
    }
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
    Path(code): Path<String>,
    Form(form): Form<TagForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
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
    Path(code): Path<String>,
    Form(form): Form<UseForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state
        .portal
        .use_submission(&user, &code, &form, &req.meta)
        .await
    {
        Ok(()) => back_to(&state, &code, "submission-used"),
        Err(e) => {
            let typed = vec![
                ("use_kind", form.use_kind),
                ("target", form.target),
                ("note", form.note),
            ];
            again(&state, &req, &user, &code, typed, e, |fs| SubmissionForms {
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
        staff(user)?;
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
pub async fn settings(State(state): State<AppState>, req: Req) -> Response {
    let user = signed_in!(req);
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
    Path(kind): Path<String>,
    Form(form): Form<KindSettingsForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
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
            let typed = [
                ("open", form.open.unwrap_or_default()),
                ("deadline", form.deadline),
                ("max_per_organization", form.max_per_organization),
                ("max_chars", form.max_chars),
            ];
            let typed: Vec<(&str, String)> = typed
                .into_iter()
                .filter(|(k, v)| *k != "open" || !v.is_empty())
                .collect();
            match form_state(&req, typed, e) {
                Ok(mut fs) => {
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
                }
                Err(e) => error_page(&state, &req, &e),
            }
        }
    }
}

fn meeting_typed(form: &MeetingForm) -> Vec<(&'static str, String)> {
    vec![
        ("title", form.title.clone()),
        ("mode", form.mode.clone()),
        ("starts_at", form.starts_at.clone()),
        ("ends_at", form.ends_at.clone()),
        ("location", form.location.clone()),
        ("remote_url", form.remote_url.clone()),
    ]
}

/// `POST /organize/meetings`: a new meeting.
pub async fn add_meeting(
    State(state): State<AppState>,
    req: Req,
    Form(form): Form<MeetingForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state
        .portal
        .save_meeting(&user, None, &form, &req.meta)
        .await
    {
        Ok(id) => see_other(
            &format!("/organize/meetings/{id}"),
            Some("meeting-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => match form_state(&req, meeting_typed(&form), e) {
            Ok(fs) => {
                settings_page(
                    &state,
                    &req,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    fs,
                )
                .await
            }
            Err(e) => error_page(&state, &req, &e),
        },
    }
}

async fn meeting_page(
    state: &AppState,
    req: &Req,
    user: &CurrentUser,
    id: i64,
    status: StatusCode,
    form_state: FormState,
) -> Response {
    let loaded = async {
        let meeting = state.portal.meeting(user, id).await?;
        let filter = SubmissionFilter {
            received: format!("meeting-{id}"),
            ..Default::default()
        };
        let (inputs, _) = state.portal.organizer_submissions(user, &filter).await?;
        let edition = state.portal.current_edition().await?;
        Ok::<_, AppError>((meeting, inputs, edition.time_zone))
    };
    match loaded.await {
        Ok((meeting, inputs, time_zone)) => {
            let t = meeting.title.clone();
            page(state, req, status, t, move || {
                view! { <MeetingPage meeting=meeting inputs=inputs state=form_state time_zone=time_zone/> }
            })
        }
        Err(e) => error_page(state, req, &e),
    }
}

/// `GET /organize/meetings/{id}`
pub async fn show_meeting(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
) -> Response {
    let user = signed_in!(req);
    meeting_page(
        &state,
        &req,
        &user,
        id,
        StatusCode::OK,
        FormState::default(),
    )
    .await
}

/// `POST /organize/meetings/{id}`: changes a meeting.
pub async fn save_meeting(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
    Form(form): Form<MeetingForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    match state
        .portal
        .save_meeting(&user, Some(id), &form, &req.meta)
        .await
    {
        Ok(id) => see_other(
            &format!("/organize/meetings/{id}"),
            Some("meeting-saved"),
            state.config.secure_cookies(),
        ),
        Err(e) => match form_state(&req, meeting_typed(&form), e) {
            Ok(fs) => {
                meeting_page(
                    &state,
                    &req,
                    &user,
                    id,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    fs,
                )
                .await
            }
            Err(e) => error_page(&state, &req, &e),
        },
    }
}

/// The meeting's title for the recording form, after checking the role.
async fn meeting_title(state: &AppState, user: &CurrentUser, id: i64) -> Result<String, AppError> {
    Ok(state.portal.meeting(user, id).await?.title)
}

/// `GET /organize/meetings/{id}/inputs/{kind}`
pub async fn input_form(
    State(state): State<AppState>,
    req: Req,
    Path((id, kind)): Path<(i64, String)>,
) -> Response {
    let user = signed_in!(req);
    let found = async {
        let kind = SubmissionKind::from_code(&kind).ok_or(AppError::NotFound)?;
        let title = meeting_title(&state, &user, id).await?;
        Ok::<_, AppError>((kind, title))
    };
    match found.await {
        Ok((kind, title)) => {
            let e = Editing {
                kind,
                code: None,
                status: "draft".into(),
                version: 0,
                form: SubmissionForm::default(),
                state: FormState::default(),
                meeting: Some((id, title, OnBehalf::default())),
            };
            editor(&state, &req, StatusCode::OK, e).await
        }
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `POST /organize/meetings/{id}/inputs/{kind}`: records an input.
pub async fn record_input(
    State(state): State<AppState>,
    req: Req,
    Path((id, kind)): Path<(i64, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
    let Some(kind) = SubmissionKind::from_code(&kind) else {
        return error_page(&state, &req, &AppError::NotFound);
    };
    let p = parse_post(&pairs);
    match state
        .portal
        .record_meeting_input(&user, id, kind, &p.on_behalf, p.form.clone(), &req.meta)
        .await
    {
        Ok(_) => see_other(
            &format!("/organize/meetings/{id}"),
            Some("meeting-input-recorded"),
            state.config.secure_cookies(),
        ),
        Err(err) => {
            let title = match meeting_title(&state, &user, id).await {
                Ok(t) => t,
                Err(e) => return error_page(&state, &req, &e),
            };
            match form_state(&req, p.typed, err) {
                Ok(fs) => {
                    let e = Editing {
                        kind,
                        code: None,
                        status: "draft".into(),
                        version: 0,
                        form: p.form,
                        state: fs,
                        meeting: Some((id, title, p.on_behalf)),
                    };
                    editor(&state, &req, StatusCode::UNPROCESSABLE_ENTITY, e).await
                }
                Err(e) => error_page(&state, &req, &e),
            }
        }
    }
}

async fn outcomes_editor(
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
pub async fn edit_outcomes(State(state): State<AppState>, req: Req) -> Response {
    let user = signed_in!(req);
    outcomes_editor(&state, &req, &user, StatusCode::OK, FormState::default()).await
}

/// `POST /organize/outcomes`: saves, publishes or withdraws the report.
pub async fn save_outcomes(
    State(state): State<AppState>,
    req: Req,
    Form(form): Form<OutcomesForm>,
) -> Response {
    let Some(user) = req.user.clone() else {
        return sign_in_first(&req);
    };
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
            let typed = [
                ("summary", form.summary),
                ("programme_answer", form.programme_answer),
            ];
            match form_state(&req, typed, e) {
                Ok(fs) => {
                    outcomes_editor(&state, &req, &user, StatusCode::UNPROCESSABLE_ENTITY, fs).await
                }
                Err(e) => error_page(&state, &req, &e),
            }
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

fn csv(body: String, name: &str) -> Response {
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
