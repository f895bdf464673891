//! Rendering a page component into an HTTP response with the page's
//! Content-Security-Policy, and clearing a consumed one-time notice.

use crate::middleware::{FLASH_COOKIE, Req, page_csp};
use crate::state::AppState;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use leptos::prelude::IntoView;
use portal_app::render::{PageContext, RenderedPage, render_document};

/// Renders `body` inside the site layout with status `status`.
pub fn page<V>(
    state: &AppState,
    req: &Req,
    status: StatusCode,
    title: String,
    body: impl FnOnce() -> V,
) -> Response
where
    V: IntoView + 'static,
{
    let rendered = render_html(state, req, title, body);
    respond(req, status, rendered.html, &rendered.nonce)
}

/// Renders `body` inside the site layout, as the visitor of `req` sees it.
pub fn render_html<V>(
    state: &AppState,
    req: &Req,
    title: String,
    body: impl FnOnce() -> V,
) -> RenderedPage
where
    V: IntoView + 'static,
{
    let ctx = PageContext {
        locale: req.locale,
        user: req.user.clone(),
        path: req.path.clone(),
        flash: req.flash.clone(),
        options: state.leptos.clone(),
    };
    render_document(ctx, title, body)
}

/// The response for a page's HTML whose inline script carries `nonce`:
/// its CSP, caching and language headers, and the cleared notice.
pub fn respond(req: &Req, status: StatusCode, html: String, nonce: &str) -> Response {
    let mut res = (status, Html(html)).into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&page_csp(nonce)) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    // Pages differ per user and language; never cache them in shared caches.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    h.insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
    if req.flash.is_some() {
        h.append(
            header::SET_COOKIE,
            HeaderValue::from_static("portal_flash=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"),
        );
    }
    res
}

/// A `Set-Cookie` value with the portal's cookie attributes.
pub fn set_cookie(name: &str, value: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age_secs}; HttpOnly; SameSite=Lax{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("invalid=; Max-Age=0"))
}

/// A 303 redirect (after a form post) to a local path, optionally with a
/// one-time notice shown on the next page.
pub fn see_other(to: &str, flash: Option<&str>, secure: bool) -> Response {
    let mut res = (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_owned())]).into_response();
    if let Some(code) = flash {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(FLASH_COOKIE, code, 60, secure),
        );
    }
    res
}

/// Sends visitors to sign in, then back here.
pub fn sign_in_first(req: &Req) -> Response {
    see_other(
        &format!("/login?next={}", encode_next(&req.path)),
        None,
        false,
    )
}

/// Percent-encodes a local path and query for the `next` parameter; any
/// character outside a conservative set is dropped.
pub(crate) fn encode_next(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '/' | '-' | '_' | '.' => out.push(c),
            '?' => out.push_str("%3F"),
            '=' => out.push_str("%3D"),
            '&' => out.push_str("%26"),
            _ => {}
        }
    }
    out
}

/// Only local paths (`/…`, not `//host` or `/\host`) are followed after
/// sign-in, so a link cannot send someone to another site. Browsers drop
/// tabs and line breaks from a URL before reading it (`/\t/evil.example`
/// becomes `//evil.example`), and some read a backslash as a slash, so any
/// control character, space or backslash refuses the whole value.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n
                    .chars()
                    .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
                && !n.contains("://") =>
        {
            n.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_parameter_keeps_the_query_of_a_link() {
        assert_eq!(
            encode_next("/coorganize?token=ab-C_9"),
            "/coorganize%3Ftoken%3Dab-C_9"
        );
        assert_eq!(encode_next("/a b<script>"), "/abscript");
    }

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next(Some("/account")), "/account");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        for sneaky in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r//evil.example",
            "/ /evil.example",
            "/\u{0}/x",
        ] {
            assert_eq!(safe_next(Some(sneaky)), "/", "{sneaky:?}");
        }
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn cookies_are_http_only_lax_and_secure_on_https() {
        let c = set_cookie("a", "b", 10, true);
        let s = c.to_str().unwrap();
        assert!(s.contains("HttpOnly") && s.contains("SameSite=Lax") && s.contains("Secure"));
        assert!(
            !set_cookie("a", "b", 10, false)
                .to_str()
                .unwrap()
                .contains("Secure")
        );
    }
}
