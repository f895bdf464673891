//! Request middleware: security headers, cross-site request refusal, and the
//! per-request context (who, which language, from where).

use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use portal::domain::Locale;
use portal::services::{CurrentUser, RequestMeta};
use std::net::SocketAddr;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "portal_session";
/// Name of the language cookie.
pub const LANG_COOKIE: &str = "portal_lang";
/// Name of the one-time notice cookie.
pub const FLASH_COOKIE: &str = "portal_flash";

/// Everything a handler needs to know about the request's origin.
#[derive(Debug, Clone)]
pub struct Req {
    /// The signed-in user.
    pub user: Option<CurrentUser>,
    /// The session cookie value, when one was sent.
    pub session_token: Option<String>,
    /// Language to answer in.
    pub locale: Locale,
    /// Client address, user agent, language (for services).
    pub meta: RequestMeta,
    /// Path and query of the request.
    pub path: String,
    /// A one-time notice code carried by cookie from the previous response.
    pub flash: Option<String>,
    /// The copy the client holds and the encodings it takes, for answers
    /// kept in memory.
    pub conditional: crate::conditional::Conditional,
}

impl<S: Send + Sync> FromRequestParts<S> for Req {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Req>()
            .cloned()
            .ok_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// The signed-in user, as a handler argument: a handler that takes it runs
/// only for a signed-in user, and anyone else is sent to sign in and brought
/// back to this path. Put it before `Path`, `Query` and `Form`, so that a
/// visitor who is not signed in learns nothing from how a request is shaped.
/// What the user may do is still decided by the service layer.
#[derive(Debug, Clone)]
pub struct SignedIn(pub CurrentUser);

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let Some(req) = parts.extensions.get::<Req>() else {
            return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        };
        match &req.user {
            Some(user) => Ok(SignedIn(user.clone())),
            None => Err(crate::render::sign_in_first(req)),
        }
    }
}

/// Value of cookie `name` in the request headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
}

fn client_addr(parts_headers: &HeaderMap, peer: Option<SocketAddr>, trust_proxy: bool) -> String {
    if trust_proxy {
        // The nearest proxy appends the address it saw last.
        if let Some(addr) = parts_headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
        {
            return addr;
        }
    }
    peer.map(|p| p.ip().to_string()).unwrap_or_default()
}

/// Resolves the session, language and client address once per request.
pub async fn request_context(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let headers = req.headers();
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let session_token = cookie(headers, SESSION_COOKIE);
    let user = match &session_token {
        Some(t) => match state.portal.session_user(t).await {
            Ok(u) => u,
            Err(e) => {
                tracing::error!(error = %e, cause = ?std::error::Error::source(&e), "session \
                    lookup failed");
                None
            }
        },
        None => None,
    };
    let locale = negotiate_locale(headers, user.as_ref().map(|u| u.locale));
    let meta = RequestMeta {
        client_addr: client_addr(headers, peer, state.config.trust_proxy),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .chars()
            .take(200)
            .collect(),
        locale,
    };
    let flash = cookie(headers, FLASH_COOKIE)
        .filter(|c| c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'));
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".into());
    let conditional = crate::conditional::Conditional::from_headers(req.headers());
    req.extensions_mut().insert(Req {
        user,
        session_token,
        locale,
        meta,
        path,
        flash,
        conditional,
    });
    next.run(req).await
}

/// The language to answer in: the language cookie, else the signed-in
/// user's own, else the browser's `Accept-Language`, else English.
pub fn negotiate_locale(headers: &HeaderMap, user_locale: Option<Locale>) -> Locale {
    cookie(headers, LANG_COOKIE)
        .and_then(|v| Locale::from_tag(&v))
        .or(user_locale)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default()
}

/// Refuses state-changing requests that a browser marks as cross-site.
///
/// Browsers send `Sec-Fetch-Site` and `Origin` with every form post, with or
/// without JavaScript; a same-origin post passes, a post from another site
/// gets 403. Requests with neither header (non-browser clients such as `curl`
/// or API scripts) are not browser forgeries and pass.
pub async fn refuse_cross_site(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if unsafe_method && is_cross_site(req.headers(), &state.config.base_url) {
        tracing::warn!(path = %req.uri().path(), "refused a cross-site request");
        return (StatusCode::FORBIDDEN, "Cross-site request refused.").into_response();
    }
    next.run(req).await
}

/// Refuses (400) any request whose query string or form or JSON body
/// carries a NUL character. No field of the portal has a use for one,
/// PostgreSQL cannot store one in text (the statement would fail with a
/// server error), and a NUL is a classic way to cut a value short in one
/// layer and not in another. Bodies are read within the body limit.
pub async fn refuse_nul(State(state): State<AppState>, req: Request, next: Next) -> Response {
    const REFUSED: &str = "The request contains a NUL character, which no field accepts.";
    // The API answers in its own JSON error shape; pages in plain text.
    let api = req.uri().path().starts_with("/api/");
    let refused = move || {
        if api {
            let body = serde_json::json!({ "error": "nul-character", "message": REFUSED });
            (StatusCode::BAD_REQUEST, axum::Json(body)).into_response()
        } else {
            (StatusCode::BAD_REQUEST, REFUSED).into_response()
        }
    };
    if req
        .uri()
        .query()
        .is_some_and(|q| has_nul(q.as_bytes(), false))
    {
        return refused();
    }
    let kind = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let json = kind.starts_with("application/json");
    if !json && !kind.starts_with("application/x-www-form-urlencoded") {
        return next.run(req).await;
    }
    // Too large: answer before reading (when the length is declared) and
    // close the connection, so the client is not left writing a body that
    // nobody will read on a connection it might reuse.
    let too_large = || {
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            [(header::CONNECTION, "close")],
            "The request body is too large.",
        )
            .into_response()
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > state.config.max_body_bytes as u64) {
        return too_large();
    }
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, state.config.max_body_bytes).await else {
        return too_large();
    };
    if has_nul(&bytes, json) {
        return refused();
    }
    next.run(Request::from_parts(parts, axum::body::Body::from(bytes)))
        .await
}

/// A raw NUL, a percent-encoded one, or (in JSON) an escaped one.
fn has_nul(bytes: &[u8], json: bool) -> bool {
    bytes.contains(&0)
        || bytes.windows(3).any(|w| w == b"%00")
        || (json && bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000")))
}

fn is_cross_site(headers: &HeaderMap, base_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let same_host = origin
            .split_once("://")
            .is_some_and(|(_, rest)| !host.is_empty() && rest == host);
        return !(origin == base_url || same_host);
    }
    false
}

/// Adds security headers to every response that has not set its own.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    add_security_headers(res.headers_mut());
    res
}

/// Adds the security headers `h` does not set itself.
pub fn add_security_headers(h: &mut HeaderMap) {
    let defaults: [(header::HeaderName, &str); 6] = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ),
    ];
    // A page that lets some sites frame it (the embeddable programme) says
    // so in its CSP; X-Frame-Options cannot list sites, so it is left off.
    let framable = h
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| !v.contains("frame-ancestors 'none'"));
    for (name, value) in defaults {
        if framable && name == header::X_FRAME_OPTIONS {
            continue;
        }
        if !h.contains_key(&name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    }
}

/// The Content-Security-Policy of an HTML page whose inline loader script
/// carries `nonce`.
pub fn page_csp(nonce: &str) -> String {
    let source = format!(" 'nonce-{nonce}'");
    page_policy(&source, &source)
}

/// The policy of every HTML page of the site: its inline scripts and
/// styles are allowed by `scripts` and `styles` (` 'nonce-…'` or
/// ` 'sha256-…'` sources), and nothing else inline.
pub fn page_policy(scripts: &str, styles: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self'{scripts} 'wasm-unsafe-eval'; style-src \
         'self'{styles}; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    )
}

/// The Content-Security-Policy of the embeddable programme: no script at
/// all, and framed only by the portal itself and the listed `origins`.
pub fn embed_csp(origins: &[String]) -> String {
    let mut ancestors = String::from("'self'");
    for o in origins {
        ancestors.push(' ');
        ancestors.push_str(o);
    }
    format!(
        "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
         form-action 'self'; frame-ancestors {ancestors}; base-uri 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn same_origin_posts_pass_and_cross_site_posts_do_not() {
        let base = "http://127.0.0.1:3000";
        assert!(!is_cross_site(
            &headers(&[("sec-fetch-site", "same-origin")]),
            base
        ));
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "cross-site")]),
            base
        ));
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "same-site")]),
            base
        ));
        assert!(!is_cross_site(
            &headers(&[("origin", "http://127.0.0.1:3000")]),
            base
        ));
        assert!(!is_cross_site(
            &headers(&[("origin", "http://portal.local"), ("host", "portal.local")]),
            base
        ));
        assert!(is_cross_site(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "127.0.0.1:3000")
            ]),
            base
        ));
        assert!(is_cross_site(&headers(&[("origin", "null")]), base));
        assert!(!is_cross_site(&headers(&[]), base));
    }

    #[test]
    fn nul_characters_are_found_however_they_are_written() {
        assert!(has_nul(b"title=a%00b", false));
        assert!(has_nul(b"title=a\0b", false));
        assert!(has_nul(br#"{"title":"a\u0000b"}"#, true));
        assert!(
            !has_nul(br#"{"title":"a\u0000b"}"#, false),
            "only JSON escapes"
        );
        assert!(
            !has_nul(b"title=100%2500+off", false),
            "a typed %00 arrives as %2500"
        );
        assert!(!has_nul(b"title=ok&n=2000", false));
    }

    #[test]
    fn cookies_are_found_among_several() {
        let h = headers(&[("cookie", "a=1; portal_session=abc; b=2")]);
        assert_eq!(cookie(&h, SESSION_COOKIE).as_deref(), Some("abc"));
        assert_eq!(cookie(&h, "missing"), None);
    }

    #[test]
    fn forwarded_addresses_are_used_only_behind_a_trusted_proxy() {
        let h = headers(&[("x-forwarded-for", "203.0.113.9, 10.0.0.2")]);
        let peer = Some(SocketAddr::from(([127, 0, 0, 1], 5000)));
        assert_eq!(client_addr(&h, peer, false), "127.0.0.1");
        assert_eq!(client_addr(&h, peer, true), "10.0.0.2");
    }
}
