//! Assembling and running the server. Tests call [`build`] and [`serve`] with
//! their own configuration on port 0.

use crate::config::{Config, LogFormat};
use crate::state::{AppState, Shared};
use crate::{middleware, routes, workers};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use leptos::config::LeptosOptions;
use portal::auth::PasswordHasher;
use portal::clock::{SharedClock, SystemClock};
use portal::db::{Db, PoolSettings};
use portal::services::{Portal, ServiceSettings};
use std::sync::Arc;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

/// Sets up logging once (text or JSON lines, filtered by `PORTAL_LOG`).
pub fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("PORTAL_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Connects to the database and migrates it.
pub async fn connect(config: &Config) -> Result<Db, portal::AppError> {
    let settings = PoolSettings {
        max_connections: config.db_max_connections,
        ..PoolSettings::default()
    };
    let db = Db::connect(&config.database_url, &settings).await?;
    db.migrate().await?;
    Ok(db)
}

/// The service layer over `db`.
pub fn portal(config: &Config, db: Db, clock: SharedClock, hasher: PasswordHasher) -> Portal {
    let settings = ServiceSettings {
        base_url: config.base_url.clone(),
        ..ServiceSettings::default()
    };
    Portal::new(db, clock, hasher, settings)
}

/// Builds the application state with the real clock and hasher.
pub async fn state(config: Config) -> Result<AppState, portal::AppError> {
    let db = connect(&config).await?;
    let portal = portal(
        &config,
        db,
        Arc::new(SystemClock),
        PasswordHasher::owasp(config.hash_threads),
    );
    portal.ensure_edition().await?;
    Ok(state_from(config, portal))
}

/// Application state around an existing service layer (tests inject a clock
/// and a cheap hasher here).
pub fn state_from(config: Config, portal: Portal) -> AppState {
    let leptos = LeptosOptions::builder()
        .output_name("portal")
        .site_root(config.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .build();
    AppState::new(Shared {
        portal,
        config: Arc::new(config),
        leptos,
        programmes: Arc::default(),
        api_limiter: Arc::default(),
        metrics: Arc::default(),
    })
}

/// The router with every middleware.
pub fn app(state: AppState) -> Router {
    let assets = ServeDir::new(&state.config.site_root);
    let body_limit = state.config.max_body_bytes;
    // The request context (session, language) is resolved for pages only:
    // static files are served without touching the database. The layer is
    // added before the fallback, so it does not wrap it; the not-found page
    // gets its own.
    let context = axum::middleware::from_fn_with_state(state.clone(), middleware::request_context);
    routes::routes()
        .layer(context.clone())
        // The API authenticates by token, not by session: no page context.
        .nest("/api/v1", crate::api::router())
        .route("/metrics", get(crate::metrics::metrics))
        .fallback_service(
            assets.not_found_service(
                get(routes_not_found)
                    .post(routes_not_found)
                    .with_state(state.clone())
                    .layer(context),
            ),
        )
        // On the routes and the fallback: each request's route template is
        // known here, and unrouted requests count as `other`.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::metrics::count,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::refuse_nul,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::refuse_cross_site,
        ))
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::from_fn(middleware::security_headers))
        .layer(CompressionLayer::new())
        // Outermost: anonymous reads of the released programme are answered
        // from memory before any of the above runs.
        .layer(crate::fast_path::FastPathLayer::new(state.clone()))
        .with_state(state)
}

async fn routes_not_found(
    state: axum::extract::State<AppState>,
    req: middleware::Req,
) -> axum::response::Response {
    crate::routes::not_found(state, req).await
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets in-flight
/// requests finish.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::serve::ListenerExt;
    let background = workers::spawn(state.clone());
    let router = app(state.clone());
    // Without TCP_NODELAY a response written in several pieces (a file, a
    // streamed body) waits for the client's delayed acknowledgement, about
    // 40 ms, after its first piece (Nagle's algorithm).
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "could not set TCP_NODELAY");
        }
    });
    let result = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await;
    background.abort();
    state.portal.db.close().await;
    result
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
