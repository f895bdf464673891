//! The exports of the released agenda (`/agenda/schedule.xml`, `.json`,
//! `agenda.ics`, `sessions.csv`, `matrix.csv`): each rendered once per
//! release from the in-memory copy, compressed once, with validators.

use super::programme::latest;
use crate::conditional::{Conditional, answer};
use crate::middleware::Req;
use crate::programme_cache::{CachedRelease, Export};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use portal::domain::agenda::Programme;
use portal::domain::agenda::exports::{
    calendar_ics, matrix, matrix_csv, schedule_json, schedule_xml, sessions_csv,
};

/// An export response with validators; 304 when the client has it already.
///
/// The entity tag comes from the bytes themselves and Last-Modified from the
/// last change of the release's content, so both move when an erasure
/// rewrites a released snapshot, and a cached copy naming the erased person
/// is never confirmed as fresh.
pub(super) fn export(
    cond: &Conditional,
    release: &CachedRelease,
    body: &Export,
    content_type: &'static str,
    download: Option<&str>,
) -> Response {
    let mut res = answer(cond, body, Some(&release.last_modified));
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300, must-revalidate"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    if let Some(file) = download
        && let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{file}\""))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// One export of the latest release, at a fixed address.
pub(crate) struct ExportSpec {
    /// Its address.
    pub path: &'static str,
    /// Its key among the release's rendered exports.
    pub kind: &'static str,
    content_type: &'static str,
    download: Option<&'static str>,
    render: fn(&Programme) -> String,
}

impl ExportSpec {
    /// `body` (this export) as `cond` asks for it.
    pub(crate) fn response(
        &self,
        cond: &Conditional,
        release: &CachedRelease,
        body: &Export,
    ) -> Response {
        export(cond, release, body, self.content_type, self.download)
    }
}

/// Spreadsheets read UTF-8 reliably only with a byte-order mark.
fn with_bom(csv: String) -> String {
    format!("\u{feff}{csv}")
}

fn whole_calendar(p: &Programme) -> String {
    let all: Vec<_> = p.sessions.iter().collect();
    calendar_ics(p, &all, &p.edition.title)
}

/// The exports of the released agenda.
pub(crate) const EXPORTS: [ExportSpec; 5] = [
    ExportSpec {
        path: "/agenda/schedule.xml",
        kind: "xml",
        content_type: "application/xml; charset=utf-8",
        download: None,
        render: schedule_xml,
    },
    ExportSpec {
        path: "/agenda/schedule.json",
        kind: "json",
        content_type: "application/json",
        download: None,
        render: schedule_json,
    },
    ExportSpec {
        path: "/agenda/agenda.ics",
        kind: "ics",
        content_type: "text/calendar; charset=utf-8",
        download: Some("agenda.ics"),
        render: whole_calendar,
    },
    ExportSpec {
        path: "/agenda/sessions.csv",
        kind: "csv",
        content_type: "text/csv; charset=utf-8",
        download: Some("sessions.csv"),
        render: |p| with_bom(sessions_csv(p)),
    },
    ExportSpec {
        path: "/agenda/matrix.csv",
        kind: "matrix-csv",
        content_type: "text/csv; charset=utf-8",
        download: Some("matrix.csv"),
        render: |p| with_bom(matrix_csv(&matrix(p))),
    },
];

/// Serves `EXPORTS[i]` from the latest release, rendering it the first time.
async fn export_of(state: &AppState, req: &Req, i: usize) -> Response {
    match latest(state, req).await {
        Ok(c) => {
            let spec = &EXPORTS[i];
            let body = c.export(spec.kind, spec.render);
            spec.response(&req.conditional, &c, &body)
        }
        Err(res) => res,
    }
}

macro_rules! export_route {
    ($name:ident, $i:literal) => {
        /// An export of the latest release.
        pub async fn $name(State(state): State<AppState>, req: Req) -> Response {
            export_of(&state, &req, $i).await
        }
    };
}

export_route!(schedule_xml_export, 0);
export_route!(schedule_json_export, 1);
export_route!(agenda_ics, 2);
export_route!(sessions_csv_export, 3);
export_route!(matrix_csv_export, 4);
