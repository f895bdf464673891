//! Answers kept in memory (a release's exports and public pages): sent
//! gzip-compressed when the client takes it, with an entity tag, and as
//! `304 Not Modified` when the client already holds the same bytes.

use crate::programme_cache::Export;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::Digest;

/// What a request says about the copy it holds and the encodings it takes.
#[derive(Debug, Clone, Default)]
pub struct Conditional {
    /// `If-None-Match`.
    pub if_none_match: Option<String>,
    /// `If-Modified-Since`.
    pub if_modified_since: Option<String>,
    /// Whether `Accept-Encoding` takes gzip.
    pub gzip: bool,
}

impl Conditional {
    /// Reads the request's headers.
    pub fn from_headers(headers: &HeaderMap) -> Conditional {
        let text = |name| {
            headers
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        Conditional {
            if_none_match: text(header::IF_NONE_MATCH),
            if_modified_since: text(header::IF_MODIFIED_SINCE),
            gzip: accepts_gzip(headers),
        }
    }

    /// Whether the client's copy is `body` (or, without an entity tag to
    /// compare, not older than `last_modified`).
    fn fresh(&self, body: &Export, last_modified: Option<&str>) -> bool {
        match &self.if_none_match {
            // Weak comparison (RFC 9110 13.1.2): either representation's tag.
            Some(tags) => tags.split(',').map(str::trim).any(|t| {
                let t = t.trim_start_matches("W/");
                t == body.etag || t == body.etag_gzip || t == "*"
            }),
            None => last_modified.is_some() && self.if_modified_since.as_deref() == last_modified,
        }
    }
}

/// Whether the client takes gzip (`Accept-Encoding`, a `q=0` refuses it).
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
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

/// `body` as `cond` asks for it: `304` when the client holds it, else the
/// compressed or plain bytes; with `ETag`, `Last-Modified` when given, and
/// `Vary: Accept-Encoding`. The caller adds the type and caching headers.
pub fn answer(cond: &Conditional, body: &Export, last_modified: Option<&str>) -> Response {
    let gzip = cond.gzip && !body.gzip.is_empty();
    let fresh = cond.fresh(body, last_modified);
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else if gzip {
        axum::body::Body::from(body.gzip.clone()).into_response()
    } else {
        axum::body::Body::from(body.text.clone()).into_response()
    };
    let h = res.headers_mut();
    // Compressed once, when kept; the router's compression layer leaves a
    // response that already has an encoding alone.
    if gzip && !fresh {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    let etag = if gzip { &body.etag_gzip } else { &body.etag };
    if let Ok(v) = HeaderValue::from_str(etag) {
        h.insert(header::ETAG, v);
    }
    if let Some(v) = last_modified.and_then(|m| HeaderValue::from_str(m).ok()) {
        h.insert(header::LAST_MODIFIED, v);
    }
    res
}

/// The Content-Security-Policy of a page kept in memory: its inline
/// scripts and styles allowed by their SHA-256 instead of a nonce, so every
/// response of the page is the same bytes (shared caches and `304`s can
/// serve it) and no script that was not in it at rendering can run.
pub fn hashed_csp(html: &str) -> String {
    crate::middleware::page_policy(
        &inline_hashes(html, "script"),
        &inline_hashes(html, "style"),
    )
}

/// ` 'sha256-…'` for the content of every inline `<tag>` of `html` (those
/// without a `src`).
fn inline_hashes(html: &str, tag: &str) -> String {
    use base64::Engine;
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        rest = &rest[at + open.len()..];
        // `<style` must not match `<styles…`, nor `<script` `<scripts…`.
        if !rest.starts_with([' ', '>']) {
            continue;
        }
        let Some(head_end) = rest.find('>') else {
            break;
        };
        let head = &rest[..head_end];
        let Some(body_end) = rest[head_end..].find(&close) else {
            break;
        };
        let body = &rest[head_end + 1..head_end + body_end];
        rest = &rest[head_end + body_end..];
        if head.contains(" src=") {
            continue;
        }
        let digest = sha2::Sha256::digest(body.as_bytes());
        let hash = base64::engine::general_purpose::STANDARD.encode(digest);
        let source = format!(" 'sha256-{hash}'");
        if !out.contains(&source) {
            out.push_str(&source);
        }
    }
    out
}

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

    #[test]
    fn inline_scripts_and_styles_are_allowed_by_hash_and_nothing_else() {
        let html = "<head><script src=\"/offline.js\" defer></script>\
            <script type=\"module\" nonce=\"n\">import('/pkg/portal.js')</script>\
            <style nonce=\"n\">.a{}</style></head><body><p>&lt;script&gt;</p></body>";
        let csp = hashed_csp(html);
        let expected = |text: &str| {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text))
        };
        assert!(csp.contains(&format!(
            "script-src 'self' 'sha256-{}' 'wasm-unsafe-eval';",
            expected("import('/pkg/portal.js')")
        )));
        assert!(csp.contains(&format!("style-src 'self' 'sha256-{}';", expected(".a{}"))));
        assert!(!csp.contains("nonce"));
        assert_eq!(hashed_csp("<p>no scripts</p>").matches("sha256").count(), 0);
    }
}
