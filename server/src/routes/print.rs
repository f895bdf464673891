//! `GET /agenda/print` and `GET /sessions/{code}/sign`: the released
//! programme on paper. Both are public pages of the release, kept rendered
//! with it like `/agenda`.

use super::programme::{filter_from, latest, public_page};
use crate::error::fail;
use crate::middleware::Req;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::i18n::tr;
use portal_app::pages::{PrintPage, RoomSignPage};
use qrcode::{EcLevel, QrCode, render::svg};
use std::collections::HashMap;

/// `GET /agenda/print`, with the programme's filters (`?day=`, `?line=`, …).
pub async fn print(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let filter = filter_from(&q);
    let programme = current.programme.clone();
    let title = format!(
        "{} – {}",
        programme.edition.title,
        tr(req.locale, "print-title")
    );
    public_page(&state, &req, &current, &req.path, title, move || {
        view! { <PrintPage programme=programme filter=filter /> }
    })
    .await
}

/// `GET /sessions/{code}/sign`.
pub async fn sign(State(state): State<AppState>, req: Req, Path(code): Path<String>) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let code = code.to_uppercase();
    let Some(s) = current.programme.session(&code) else {
        return fail(&state, &req, AppError::NotFound);
    };
    let url = format!("{}/sessions/{code}", current.programme.edition.base_url);
    let qr_svg = match qr_code(&url) {
        Some(svg) => svg,
        None => return fail(&state, &req, AppError::NotFound),
    };
    let title = format!("{} – {}", s.title, tr(req.locale, "sign-title"));
    let programme = current.programme.clone();
    public_page(&state, &req, &current, &req.path, title, move || {
        view! { <RoomSignPage programme=programme code=code qr_svg=qr_svg url=url /> }
    })
    .await
}

/// `text` as a QR code, drawn as an inline `<svg>` (without the XML
/// prologue, which has no place inside HTML). Medium error correction
/// survives a scuffed or partly covered sign. `None` only for a text too
/// long for any QR code, which a session's address never is.
pub fn qr_code(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    let start = svg.find("<svg")?;
    Some(svg[start..].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_address_becomes_an_inline_svg() {
        let svg = qr_code("https://forum.example.org/sessions/WF27-0012").unwrap();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{svg}");
        assert!(!svg.contains("<?xml"));
        assert!(svg.contains("<path"), "dark modules are drawn");
    }
}
