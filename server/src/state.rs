//! Shared application state handed to every handler.

use crate::config::Config;
use leptos::config::LeptosOptions;
use portal::services::Portal;
use std::sync::Arc;

/// The portal's services, configuration and asset locations.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Business services (database, clock, hasher).
    pub portal: Portal,
    /// Server configuration.
    pub config: Arc<Config>,
    /// Where the compiled assets are (for the `<head>` links).
    pub leptos: LeptosOptions,
    /// The latest released programme, in memory.
    pub programmes: Arc<crate::programme_cache::ProgrammeCache>,
    /// Requests per API token in the current minute.
    pub api_limiter: Arc<crate::api::RateLimiter>,
    /// Request counters for `/metrics`.
    pub metrics: Arc<crate::metrics::Metrics>,
}
