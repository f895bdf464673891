//! The public programme: `/agenda`, `/agenda/releases`, `/sessions/{code}`,
//! `/speakers/{id}`, `/matrix`, and the exports of the released agenda.
//! Everything reads a release (never the board being edited), from the
//! in-memory copy of the latest one. Exports carry an ETag and
//! Last-Modified per release and answer 304 to a matching conditional
//! request; compression is the router's.

use crate::error::fail;
use crate::middleware::Req;
use crate::programme_cache::{CachedPage, CachedRelease, Export};
use crate::render::{page, render_html, respond};
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use portal::AppError;
use portal::domain::agenda::Programme;
use portal::domain::agenda::exports::{
    calendar_ics, matrix, matrix_csv, schedule_json, schedule_xml, sessions_csv,
};
use portal::i18n::tr;
use portal_app::pages::{
    MatrixPage, ProgrammeFilter, ProgrammePage, ProgrammeView, ReleasesPage, SessionPage,
    SpeakerPage,
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
                view! { <h1>{portal_app::render::t("programme-title")}</h1><p>{portal_app::render::t("programme-not-yet")}</p> }
            },
        )),
        Err(e) => Err(fail(state, req, e)),
    }
}

fn filter_from(q: &HashMap<String, String>) -> ProgrammeFilter {
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
fn public_page<V>(
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
    if req.user.is_some() || req.flash.is_some() {
        return page(state, req, StatusCode::OK, title, body);
    }
    let cached = release.page(req.locale, key, || {
        let r = render_html(state, req, title, body);
        CachedPage {
            html: r.html,
            nonce: r.nonce,
        }
    });
    let nonce = leptos::nonce::Nonce::new().to_string();
    respond(
        req,
        StatusCode::OK,
        cached.html.replace(&cached.nonce, &nonce),
        &nonce,
    )
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
    // While the Forum runs, a page that shows today changes with the clock:
    // keep one copy per five minutes ("now" and "next" move); every other
    // page, one per release.
    let key = match now {
        Some((today, minute)) if filter.day.is_none_or(|d| d == today) => {
            format!("{}#{today}-{}", req.path, minute / 5)
        }
        _ => req.path.clone(),
    };
    public_page(&state, &req, &current, &key, title, move || {
        view! { <ProgrammePage view=ProgrammeView { programme, latest, filter, now }/> }
    })
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
                view! { <ReleasesPage releases=list zone=zone/> }
            },
        ),
        Err(e) => fail(&state, &req, e),
    }
}

/// `GET /sessions/{code}` and `GET /sessions/{code}.ics`.
pub async fn session(
    State(state): State<AppState>,
    req: Req,
    headers: HeaderMap,
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
        return export(
            &headers,
            &current,
            Arc::new(Export::new(body)),
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
        view! { <SessionPage programme=programme code=code description_html=html/> }
    })
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
        view! { <SpeakerPage programme=programme id=id/> }
    })
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
            let release = programme.release;
            view! { <MatrixPage matrix=m release=release/> }
        },
    )
}

/// `Sat, 01 May 2027 10:00:00 GMT`.
fn http_date(t: time::OffsetDateTime) -> String {
    let f = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    t.to_offset(time::UtcOffset::UTC)
        .format(f)
        .unwrap_or_default()
}

/// Whether the client takes gzip (`Accept-Encoding`, a `q=0` refuses it).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or("");
            let refused =
                parts.any(|p| p.replace(' ', "").starts_with("q=0") && !p.contains("q=0."));
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

/// An export response with validators; 304 when the client has it already.
///
/// The entity tag comes from the bytes themselves and Last-Modified from the
/// last change of the release's content, so both move when an erasure
/// rewrites a released snapshot, and a cached copy naming the erased person
/// is never confirmed as fresh.
fn export(
    headers: &HeaderMap,
    release: &CachedRelease,
    body: Arc<Export>,
    content_type: &'static str,
    download: Option<&str>,
) -> Response {
    let gzip = accepts_gzip(headers) && !body.gzip.is_empty();
    let etag = if gzip { &body.etag_gzip } else { &body.etag };
    let modified = http_date(release.head.last_modified());
    let fresh = match headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        // Weak comparison (RFC 9110 13.1.2): either representation's tag.
        Some(tags) => tags.split(',').map(str::trim).any(|t| {
            let t = t.trim_start_matches("W/");
            t == body.etag || t == body.etag_gzip || t == "*"
        }),
        None => {
            headers
                .get(header::IF_MODIFIED_SINCE)
                .and_then(|v| v.to_str().ok())
                == Some(modified.as_str())
        }
    };
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else if gzip {
        axum::body::Body::from(body.gzip.clone()).into_response()
    } else {
        axum::body::Body::from(body.text.clone()).into_response()
    };
    let h = res.headers_mut();
    // Compressed once per release here; the router's compression layer
    // leaves a response that already has an encoding alone.
    if gzip && !fresh {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    for (name, value) in [
        (header::ETAG, etag.clone()),
        (header::LAST_MODIFIED, modified),
        (
            header::CACHE_CONTROL,
            "public, max-age=300, must-revalidate".to_owned(),
        ),
        (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*".to_owned()),
    ] {
        if let Ok(v) = HeaderValue::from_str(&value) {
            h.insert(name, v);
        }
    }
    if let Some(file) = download
        && let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{file}\""))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// Spreadsheets read UTF-8 reliably only with a byte-order mark.
fn with_bom(csv: String) -> String {
    format!("\u{feff}{csv}")
}

macro_rules! export_route {
    ($name:ident, $kind:literal, $ctype:literal, $file:expr, $render:expr) => {
        /// An export of the latest release.
        pub async fn $name(
            State(state): State<AppState>,
            req: Req,
            headers: HeaderMap,
        ) -> Response {
            match latest(&state, &req).await {
                Ok(c) => {
                    let render: fn(&Programme) -> String = $render;
                    let body = c.export($kind, render);
                    export(&headers, &c, body, $ctype, $file)
                }
                Err(res) => res,
            }
        }
    };
}

export_route!(
    schedule_xml_export,
    "xml",
    "application/xml; charset=utf-8",
    None,
    schedule_xml
);
export_route!(
    schedule_json_export,
    "json",
    "application/json",
    None,
    schedule_json
);
export_route!(
    agenda_ics,
    "ics",
    "text/calendar; charset=utf-8",
    Some("agenda.ics"),
    |p| {
        let all: Vec<_> = p.sessions.iter().collect();
        calendar_ics(p, &all, &p.edition.title)
    }
);
export_route!(
    sessions_csv_export,
    "csv",
    "text/csv; charset=utf-8",
    Some("sessions.csv"),
    |p| with_bom(sessions_csv(p))
);
export_route!(
    matrix_csv_export,
    "matrix-csv",
    "text/csv; charset=utf-8",
    Some("matrix.csv"),
    |p| with_bom(matrix_csv(&matrix(p)))
);

#[cfg(test)]
mod tests {
    use super::*;

    fn with(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        h
    }

    #[test]
    fn gzip_is_sent_only_to_clients_that_take_it() {
        assert!(accepts_gzip(&with("gzip, deflate, br")));
        assert!(accepts_gzip(&with("br;q=1.0, gzip;q=0.8")));
        assert!(accepts_gzip(&with("*")));
        assert!(!accepts_gzip(&with("gzip;q=0")));
        assert!(!accepts_gzip(&with("br, identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
