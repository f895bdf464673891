//! `/organize/decisions`: pending decisions, their release, and the
//! decision e-mail templates.

use super::*;
use crate::form_post::{echo, form_failed};
use crate::middleware::SignedIn;

/// `?lang=` of the template pages.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    #[serde(default)]
    lang: String,
}

pub(super) async fn render_decisions(
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
    SignedIn(u): SignedIn,
    Query(q): Query<LangQuery>,
) -> Response {
    let locale = Locale::from_tag(&q.lang).unwrap_or(req.locale);
    render_decisions(&state, &req, &u, locale, StatusCode::OK, None).await
}

/// `POST /organize/decisions/release`
pub async fn release(State(state): State<AppState>, req: Req, SignedIn(u): SignedIn) -> Response {
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
#[derive(Debug, Default, Deserialize, Serialize)]
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
    SignedIn(u): SignedIn,
    Path(outcome): Path<String>,
    Query(q): Query<LangQuery>,
    Form(f): Form<TemplateForm>,
) -> Response {
    let locale = Locale::from_tag(&q.lang).unwrap_or(req.locale);
    let shown = |fs: FormState| Some((outcome.clone(), fs, None));
    if f.intent == "preview" {
        return match state.portal.preview_template(&u, &f.subject, &f.body).await {
            Ok(p) => {
                let fs = FormState {
                    values: echo(&f).into_iter().collect(),
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
            Err(e) => {
                form_failed(&state, &req, e, &f, async |fs| {
                    render_decisions(
                        &state,
                        &req,
                        &u,
                        locale,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        shown(fs),
                    )
                    .await
                })
                .await
            }
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
        Err(e) => {
            form_failed(&state, &req, e, &f, async |fs| {
                render_decisions(
                    &state,
                    &req,
                    &u,
                    locale,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    shown(fs),
                )
                .await
            })
            .await
        }
    }
}
