//! `GET /embed/agenda`: the released programme for partner sites to frame,
//! filtered by query (`line`, `sdg`, `day`, `room`, `format`, `language`),
//! in the language of `?lang=` or the visitor's. Only the portal and the
//! origins of `PORTAL_EMBED_ORIGINS` may frame it (CSP `frame-ancestors`);
//! every other page refuses framing altogether.

use super::programme::{filter_from, latest};
use crate::conditional::answer;
use crate::middleware::{Req, embed_csp};
use crate::programme_cache::CachedPage;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use leptos::prelude::*;
use portal::domain::Locale;
use portal::i18n::tr;
use portal_app::pages::EmbedAgenda;
use portal_app::render::{PageContext, render_bare_document};
use std::collections::HashMap;

/// `GET /embed/agenda`.
pub async fn agenda(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let current = match latest(&state, &req).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let locale = q
        .get("lang")
        .and_then(|l| Locale::from_tag(l))
        .unwrap_or(req.locale);
    let filter = filter_from(&q);
    let programme = current.programme.clone();
    let base_url = programme.edition.base_url.clone();
    let title = format!(
        "{} – {}",
        programme.edition.title,
        tr(locale, "programme-title")
    );
    // The same for every visitor: no account, menu or notice in it.
    let page = current.page(locale, &format!("embed:{}", req.path), || {
        let ctx = PageContext {
            locale,
            user: None,
            path: req.path.clone(),
            flash: None,
            options: state.leptos.clone(),
        };
        CachedPage::new(render_bare_document(ctx, title, move || {
            view! { <EmbedAgenda programme=programme filter=filter base_url=base_url /> }
        }))
    });
    let mut res = answer(&req.conditional, &page.doc, None);
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&embed_csp(&state.config.embed_origins)) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "public, max-age=300"),
        (header::VARY, "Cookie, Accept-Language, Accept-Encoding"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    res
}
