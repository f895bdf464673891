//! `/metrics` in the Prometheus text format, behind a bearer token
//! (`PORTAL_METRICS_TOKEN`; without it the endpoint does not exist):
//! requests by method, route and status class with their total time, a
//! latency histogram, the database pool, the outbox backlog and the latest
//! agenda release. Counters are per instance, as Prometheus expects.

use crate::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Instant;

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0];

#[derive(Debug, Default)]
struct Counts {
    /// (method, route, status class) → (requests, seconds).
    requests: BTreeMap<(String, String, &'static str), (u64, f64)>,
    /// Requests at or under each bucket bound, then the total.
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

/// The instance's request counters.
#[derive(Debug, Default)]
pub struct Metrics {
    counts: Mutex<Counts>,
}

impl Metrics {
    /// Counts one request.
    pub fn record(&self, method: &str, route: &str, status: StatusCode, seconds: f64) {
        let class = match status.as_u16() {
            100..=199 => "1xx",
            200..=299 => "2xx",
            300..=399 => "3xx",
            400..=499 => "4xx",
            _ => "5xx",
        };
        let mut c = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let e = c
            .requests
            .entry((method.to_owned(), route.to_owned(), class))
            .or_insert((0, 0.0));
        e.0 += 1;
        e.1 += seconds;
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                c.buckets[i] += 1;
            }
        }
        c.count += 1;
        c.sum += seconds;
    }
}

/// Counts every request by its route template (`/sessions/{code}`, not the
/// code itself, so the label set stays small); unrouted ones (static files,
/// not found) count as `other`.
pub async fn count(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_else(|| "other".into());
    let res = next.run(req).await;
    state.metrics.record(
        &method,
        &route,
        res.status(),
        started.elapsed().as_secs_f64(),
    );
    res
}

fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Compares without an early exit, so timing does not reveal the token.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// `GET /metrics`.
pub async fn metrics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(expected) = state.config.metrics_token.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !same(given.trim(), expected) {
        let mut res = StatusCode::UNAUTHORIZED.into_response();
        res.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return res;
    }
    let mut out = String::new();
    {
        let c = state
            .metrics
            .counts
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        out.push_str(
            "# HELP portal_http_requests_total Requests answered, by method, route and status \
             class.\n",
        );
        out.push_str("# TYPE portal_http_requests_total counter\n");
        for ((m, r, s), (n, _)) in &c.requests {
            let _ = writeln!(
                out,
                "portal_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{s}\"}} {n}",
                label(m),
                label(r)
            );
        }
        out.push_str(
            "# HELP portal_http_request_seconds_total Time spent answering, by method, route and \
             status class.\n",
        );
        out.push_str("# TYPE portal_http_request_seconds_total counter\n");
        for ((m, r, s), (_, secs)) in &c.requests {
            let _ = writeln!(
                out,
                "portal_http_request_seconds_total{{method=\"{}\",route=\"{}\",status=\"{s}\"}} \
                 {secs:.6}",
                label(m),
                label(r)
            );
        }
        out.push_str("# HELP portal_http_request_duration_seconds Latency of all requests.\n");
        out.push_str("# TYPE portal_http_request_duration_seconds histogram\n");
        for (bound, n) in BUCKETS.iter().zip(c.buckets.iter()) {
            let _ = writeln!(
                out,
                "portal_http_request_duration_seconds_bucket{{le=\"{bound}\"}} {n}"
            );
        }
        let _ = writeln!(
            out,
            "portal_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {}",
            c.count
        );
        let _ = writeln!(out, "portal_http_request_duration_seconds_sum {:.6}", c.sum);
        let _ = writeln!(
            out,
            "portal_http_request_duration_seconds_count {}",
            c.count
        );
    }
    let (size, idle) = match &state.portal.db {
        portal::db::Db::Sqlite(p) => (p.size(), p.num_idle()),
        portal::db::Db::Postgres(p) => (p.size(), p.num_idle()),
    };
    out.push_str(
        "# HELP portal_db_connections Database pool connections, by state.\n# TYPE \
         portal_db_connections gauge\n",
    );
    let _ = writeln!(out, "portal_db_connections{{state=\"open\"}} {size}");
    let _ = writeln!(out, "portal_db_connections{{state=\"idle\"}} {idle}");
    if let Ok(backlog) = state.portal.outbox_backlog().await {
        out.push_str(
            "# HELP portal_outbox_backlog E-mails waiting to be sent.\n# TYPE \
             portal_outbox_backlog gauge\n",
        );
        let _ = writeln!(out, "portal_outbox_backlog {backlog}");
    }
    if let Ok(head) = state.portal.latest_release().await {
        out.push_str(
            "# HELP portal_agenda_release Number of the latest agenda release (0: none).\n# TYPE \
             portal_agenda_release gauge\n",
        );
        let _ = writeln!(
            out,
            "portal_agenda_release {}",
            head.map(|h| h.number).unwrap_or(0)
        );
    }
    let mut res = out.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_counted_by_route_and_status_class_with_a_histogram() {
        let m = Metrics::default();
        m.record("GET", "/agenda", StatusCode::OK, 0.003);
        m.record("GET", "/agenda", StatusCode::NOT_MODIFIED, 0.2);
        m.record("GET", "/agenda", StatusCode::OK, 0.004);
        let c = m.counts.lock().unwrap();
        assert_eq!(c.requests[&("GET".into(), "/agenda".into(), "2xx")].0, 2);
        assert_eq!(c.requests[&("GET".into(), "/agenda".into(), "3xx")].0, 1);
        assert_eq!(c.buckets[2], 2, "two under 5 ms");
        assert_eq!(c.buckets[BUCKETS.len() - 3], 3, "all three under 250 ms");
        assert_eq!(c.count, 3);
    }

    #[test]
    fn the_token_comparison_needs_every_byte() {
        assert!(same("a-long-metrics-token", "a-long-metrics-token"));
        assert!(!same("a-long-metrics-token", "a-long-metrics-tokeN"));
        assert!(!same("short", "shorter"));
    }
}
