//! The fast path: what nearly every request is once a programme is out,
//! an anonymous `GET` of a released page or export that is already rendered
//! and compressed in memory, answered before the rest of the middleware
//! runs (no session lookup, no page context, no body checks, no
//! compression layer). Everything else, and any request this path is not
//! sure about, goes the normal way, which gives the same bytes and headers.
//!
//! It trusts the latest release only within `PORTAL_RELEASE_CHECK_MS` of the
//! database's last answer and only while this instance has handled no write
//! since ([`ProgrammeCache::trusted`]); this layer is the one that counts the
//! writes, as it sees every request.
//!
//! [`ProgrammeCache::trusted`]: crate::programme_cache::ProgrammeCache::trusted

use crate::conditional::{Conditional, accepts_gzip};
use crate::middleware::{FLASH_COOKIE, SESSION_COOKIE, add_security_headers, negotiate_locale};
use crate::routes::exports::EXPORTS;
use crate::routes::programme::{agenda_key, filter_from, kept_page_response};
use crate::state::AppState;
use axum::extract::Request;
use axum::http::{Method, header};
use axum::response::Response;
use futures_util::future::{BoxFuture, Either, Ready, ready};
use std::collections::HashMap;
use std::convert::Infallible;
use std::task::{Context, Poll};
use std::time::Instant;
use tower::{Layer, Service};

/// Puts the fast path in front of a service.
#[derive(Debug, Clone)]
pub struct FastPathLayer {
    state: AppState,
}

impl FastPathLayer {
    /// The layer over `state`'s programme cache.
    pub fn new(state: AppState) -> FastPathLayer {
        FastPathLayer { state }
    }
}

impl<S> Layer<S> for FastPathLayer {
    type Service = FastPath<S>;

    fn layer(&self, inner: S) -> FastPath<S> {
        FastPath {
            state: self.state.clone(),
            inner,
        }
    }
}

/// The fast path in front of `inner`.
#[derive(Debug, Clone)]
pub struct FastPath<S> {
    state: AppState,
    inner: S,
}

type Answer = Result<Response, Infallible>;

impl<S> Service<Request> for FastPath<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Either<Ready<Answer>, Either<S::Future, BoxFuture<'static, Answer>>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let started = Instant::now();
        if req.method() == Method::GET
            && let Some((res, route)) = kept(&self.state, &req)
        {
            let seconds = started.elapsed().as_secs_f64();
            self.state
                .metrics
                .record("GET", route, res.status(), seconds);
            return Either::Left(ready(Ok(res)));
        }
        // The service that was made ready is the one that is called.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
            return Either::Right(Either::Left(inner.call(req)));
        }
        // Counted when it begins and again when it ends, so an answer from
        // the database asked while it ran is not trusted either.
        let cache = self.state.programmes.clone();
        cache.note_write();
        Either::Right(Either::Right(Box::pin(async move {
            let res = inner.call(req).await;
            cache.note_write();
            res
        })))
    }
}

/// The kept answer to `req` and its route (for the metrics), when there is
/// one and it may be given without asking anything else.
fn kept(state: &AppState, req: &Request) -> Option<(Response, &'static str)> {
    let window = state.config.release_check;
    if window.is_zero() {
        return None;
    }
    let headers = req.headers();
    // Signed-in readers see their stars and a notice is shown once: both
    // go the normal way. A client that takes only encodings other than
    // gzip gets them from the compression layer there.
    let takes_kept = accepts_gzip(headers) || !headers.contains_key(header::ACCEPT_ENCODING);
    if !takes_kept
        || crate::middleware::cookie(headers, SESSION_COOKIE).is_some()
        || crate::middleware::cookie(headers, FLASH_COOKIE).is_some()
    {
        return None;
    }
    let release = state.programmes.trusted(window)?;
    let path_and_query = req.uri().path_and_query()?;
    let path = path_and_query.path();
    let cond = Conditional::from_headers(headers);
    let (mut res, route) = if let Some(spec) = EXPORTS.iter().find(|e| e.path == path) {
        let body = release.rendered_export(spec.kind)?;
        (spec.response(&cond, &release, &body), spec.path)
    } else {
        let route = page_route(path)?;
        let key = if route == "/agenda" {
            // Decoded as axum's `Query` decodes it for the route.
            let query: HashMap<String, String> =
                form_urlencoded::parse(path_and_query.query().unwrap_or("").as_bytes())
                    .into_owned()
                    .collect();
            let filter = filter_from(&query);
            // An earlier release is not kept with this one.
            if filter.release.is_some_and(|n| n != release.head.number) {
                return None;
            }
            let now = release.programme.moment(state.portal.clock.now());
            agenda_key(now, filter.day, path_and_query.as_str())
        } else {
            path_and_query.as_str().to_owned()
        };
        let page = release.kept_page(negotiate_locale(headers, None), &key)?;
        (kept_page_response(&cond, &release, &key, &page), route)
    };
    add_security_headers(res.headers_mut());
    Some((res, route))
}

/// The route of a kept page at `path` (without its query); only pages
/// found on the release's shelf are answered, so a path that merely looks
/// like one (`/speakers/confirm`) goes the normal way.
fn page_route(path: &str) -> Option<&'static str> {
    match path {
        "/agenda" => return Some("/agenda"),
        "/agenda/print" => return Some("/agenda/print"),
        "/matrix" => return Some("/matrix"),
        "/speakers" => return Some("/speakers"),
        _ => {}
    }
    if let Some(rest) = path.strip_prefix("/sessions/") {
        return match rest.split_once('/') {
            None => Some("/sessions/{code}"),
            Some((_, "sign")) => Some("/sessions/{code}/sign"),
            Some(_) => None,
        };
    }
    let id = path.strip_prefix("/speakers/")?;
    (!id.contains('/')).then_some("/speakers/{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_kept_pages_routes_are_recognised() {
        assert_eq!(page_route("/agenda"), Some("/agenda"));
        assert_eq!(page_route("/sessions/WSIS-12"), Some("/sessions/{code}"));
        assert_eq!(
            page_route("/sessions/WSIS-12/sign"),
            Some("/sessions/{code}/sign")
        );
        assert_eq!(page_route("/sessions/WSIS-12/edit"), None);
        assert_eq!(page_route("/speakers/p-3"), Some("/speakers/{id}"));
        assert_eq!(page_route("/speakers/p-3/x"), None);
        assert_eq!(page_route("/speakers"), Some("/speakers"));
        assert_eq!(page_route("/agenda/mine"), None);
        assert_eq!(page_route("/submissions"), None);
    }
}
