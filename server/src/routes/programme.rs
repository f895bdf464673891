//! The public programme: `/agenda`, `/agenda/releases`, `/sessions/{code}`,
//! `/speakers/{id}`, `/matrix` (the exports are in `exports`). Everything
//! reads a release (never the board being edited), from the in-memory copy
//! of the latest one. Pages as visitors without an account see them are
//! rendered and compressed once per release and language, carry an ETag
//! and Last-Modified, and answer 304 to a matching conditional request.

use crate::conditional::{Conditional, answer};
use crate::error::fail;
use crate::middleware::Req;
use crate::programme_cache::Export;
use crate::programme_cache::{CachedPage, CachedRelease};
use crate::render::{page, render_html};
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::domain::agenda::SpeakerFilter;
use portal::domain::agenda::exports::{calendar_ics, matrix};
use portal::i18n::tr;
use portal_app::pages::{
    MatrixPage, ProgrammeFilter, ProgrammePage, ProgrammeView, ReleasesPage, SessionPage,
    SpeakerPage, SpeakersPage, SpeakersView, Starred,
};
use std::collections::HashMap;
use std::sync::Arc;
use time::Date;

/// The latest release, or a response saying there is none yet.
pub(super) async fn latest(state: &AppState, req: &Req) -> Result<Arc<CachedRelease>, Response> {
    match state.programmes.latest(&state.portal).await {
        Ok(Some(r)) => Ok(r),
        Ok(None) => Err(page(
            state,
            req,
            StatusCode::NOT_FOUND,
            tr(req.locale, "programme-title"),
            || {
                view! {
                    <h1>{portal_app::render::t("programme-title")}</h1>
                    <p>{portal_app::render::t("programme-not-yet")}</p>
                }
            },
        )),
        Err(e) => Err(fail(state, req, e)),
    }
}

/// The programme's filters from a query string (also the print and embed
/// pages').
pub(crate) fn filter_from(q: &HashMap<String, String>) -> ProgrammeFilter {
    let get = |k: &str| {
        q.get(k)
            .map(|v| v.trim().chars().take(100).collect::<String>())
            .unwrap_or_default()
    };
    let format = time::macros::format_description!("[year]-[month]-[day]");
    ProgrammeFilter {
        day: Date::parse(&get("day"), format).ok(),
        view: get("view"),
        room: get("room").parse().ok(),
        line: get("line"),
        sdg: get("sdg"),
        format: get("format"),
        stakeholder: get("stakeholder"),
        language: get("language"),
        mode: get("mode"),
        q: get("q"),
        release: get("release").parse().ok(),
    }
}

/// A page of the released programme. Visitors who are not signed in (and
/// have no one-time notice to see) all get the same page per language and
/// address, so it is rendered once per release and kept with it; the day a
/// programme is published nearly every request is one of these.
/// Signed-in readers see their own stars, so their pages are rendered
/// for them alone.
pub(super) async fn public_page<V>(
    state: &AppState,
    req: &Req,
    release: &CachedRelease,
    key: &str,
    title: String,
    body: impl FnOnce() -> V,
) -> Response
where
    V: IntoView + 'static,
{
    if let Some(user) = &req.user {
        let stars = match state.portal.stars(user).await {
            Ok(s) => s,
            Err(e) => return fail(state, req, e),
        };
        return page(state, req, StatusCode::OK, title, move || {
            provide_context(Starred(Arc::new(stars)));
            body()
        });
    }
    if req.flash.is_some() {
        return page(state, req, StatusCode::OK, title, body);
    }
    let cached = release.page(req.locale, key, || {
        CachedPage::new(render_html(state, req, title, body).html)
    });
    kept_page_response(&req.conditional, release, key, &cached)
}

/// A kept page as `cond` asks for it (also the fast path's answer).
pub(crate) fn kept_page_response(
    cond: &Conditional,
    release: &CachedRelease,
    key: &str,
    cached: &CachedPage,
) -> Response {
    // A page that changes within a release (now and next, keyed by time)
    // has no Last-Modified: only its entity tag tells its versions apart.
    let modified = (!key.contains('#')).then_some(release.last_modified.as_str());
    let mut res = answer(cond, &cached.doc, modified);
    let h = res.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        // The same for every visitor without an account in one language:
        // any cache may keep it, and asks again each time (a 304 from
        // memory when nothing changed).
        (header::CACHE_CONTROL, "public, no-cache"),
        (header::VARY, "Cookie, Accept-Language, Accept-Encoding"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    h.insert(header::CONTENT_SECURITY_POLICY, cached.csp.clone());
    res
}

/// The shelf key of the programme page at `path` (with its query) showing
/// `day`, at `now` on the Forum's clock: while the Forum runs, a page that
/// shows today changes with the clock, so it is kept once per five minutes
/// ("now" and "next" move); every other page, once per release.
pub(crate) fn agenda_key(now: Option<(Date, u16)>, day: Option<Date>, path: &str) -> String {
    match now {
        Some((today, minute)) if day.is_none_or(|d| d == today) => {
            format!("{path}#{today}-{}", minute / 5)
        }
        _ => path.to_owned(),
    }
}

/// `GET /agenda`: the latest release, or an earlier one with `?release=N`.
pub async fn agenda(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let filter = filter_from(&q);
    let programme = match filter.release {
        Some(n) if n as u32 != current.programme.release => {
            match state.portal.programme(Some(n)).await {
                Ok(Some(p)) if p.release as i64 == n => Arc::new(p),
                Ok(_) => return fail(&state, &req, AppError::NotFound),
                Err(e) => return fail(&state, &req, e),
            }
        }
        _ => current.programme.clone(),
    };
    let latest = current.programme.release;
    let title = format!(
        "{} – {}",
        programme.edition.title,
        tr(req.locale, "programme-title")
    );
    let now = programme.moment(state.portal.clock.now());
    let key = agenda_key(now, filter.day, &req.path);
    public_page(&state, &req, &current, &key, title, move || {
        view! {
            <ProgrammePage view=ProgrammeView {
                programme,
                latest,
                filter,
                now,
            } />
        }
    })
    .await
}

/// `GET /agenda/releases`.
pub async fn releases(State(state): State<AppState>, req: Req) -> Response {
    let zone = match state.portal.current_edition().await {
        Ok(e) => e.time_zone,
        Err(e) => return fail(&state, &req, e),
    };
    match state.portal.releases().await {
        Ok(list) => page(
            &state,
            &req,
            StatusCode::OK,
            tr(req.locale, "programme-releases"),
            move || {
                view! { <ReleasesPage releases=list zone=zone /> }
            },
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `GET /sessions/{code}` and `GET /sessions/{code}.ics`.
pub async fn session(
    State(state): State<AppState>,
    req: Req,
    Path(code): Path<String>,
) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    if let Some(code) = code.strip_suffix(".ics") {
        let code = code.to_uppercase();
        let Some(s) = current.programme.session(&code) else {
            return fail(&state, &req, AppError::NotFound);
        };
        let body = calendar_ics(&current.programme, &[s], &s.title);
        return super::exports::export(
            &req.conditional,
            &current,
            &Export::new(body),
            "text/calendar; charset=utf-8",
            Some(&format!("{code}.ics")),
        );
    }
    let code = code.to_uppercase();
    let Some(s) = current.programme.session(&code) else {
        return fail(&state, &req, AppError::NotFound);
    };
    let title = s.title.clone();
    let description = s.description.clone();
    let programme = current.programme.clone();
    public_page(&state, &req, &current, &req.path, title, move || {
        let html = portal::markdown::render_under(&description, 2);
        view! { <SessionPage programme=programme code=code description_html=html /> }
    })
    .await
}

/// `GET /speakers/{id}`.
pub async fn speaker(State(state): State<AppState>, req: Req, Path(id): Path<String>) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let sessions = current.programme.sessions_of(&id);
    let Some(name) = sessions
        .first()
        .and_then(|s| s.persons.iter().find(|p| p.id == id))
        .map(|p| p.name.clone())
    else {
        return fail(&state, &req, AppError::NotFound);
    };
    let programme = current.programme.clone();
    public_page(&state, &req, &current, &req.path, name, move || {
        view! { <SpeakerPage programme=programme id=id /> }
    })
    .await
}

/// `GET /speakers`: every speaker of the latest release, searchable and
/// filtered, a page at a time.
pub async fn speakers(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let get = |k: &str| {
        q.get(k)
            .map(|v| v.trim().chars().take(100).collect::<String>())
            .unwrap_or_default()
    };
    let view = SpeakersView {
        programme: current.programme.clone(),
        filter: SpeakerFilter {
            q: get("q"),
            country: get("country"),
            stakeholder: get("stakeholder"),
            line: get("line"),
        },
        page: get("page").parse().unwrap_or(1),
    };
    let title = tr(req.locale, "speakers-title");
    public_page(&state, &req, &current, &req.path, title, move || {
        view! { <SpeakersPage view=view /> }
    })
    .await
}

/// `GET /matrix`.
pub async fn matrix_page(State(state): State<AppState>, req: Req) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let programme = current.programme.clone();
    public_page(
        &state,
        &req,
        &current,
        &req.path,
        tr(req.locale, "matrix-title"),
        move || {
            let m = matrix(&programme);
            view! { <MatrixPage matrix=m programme=programme /> }
        },
    )
    .await
}
