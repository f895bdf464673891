//! Shared application state handed to every handler.

use crate::config::Config;
use leptos::config::LeptosOptions;
use portal::services::Portal;
use std::sync::Arc;

/// The portal's services, configuration and asset locations, behind one
/// `Arc`: every middleware and handler takes its own copy of the state,
/// several per request, and copying a pointer costs nothing where copying
/// the fields (the options' strings, the services' settings) cost a fifth
/// of a public page's time.
#[derive(Debug, Clone)]
pub struct AppState(Arc<Shared>);

/// What [`AppState`] shares.
#[derive(Debug)]
pub struct Shared {
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

impl AppState {
    /// Shares `shared`.
    pub fn new(shared: Shared) -> AppState {
        AppState(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}
