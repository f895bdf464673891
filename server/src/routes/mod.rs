//! URL routes. Handlers are thin: read the request, call one service, render
//! a page or redirect.

mod accounts;
mod coorganizers;
mod forms;
mod health;
mod language;
mod organizations;
mod pages;
mod proposals;
mod settings;
mod speakers;

pub use pages::not_found;

use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};

/// Every route of the site (static files and middleware are added by
/// `startup`).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/healthz", get(health::healthz))
        .route("/language", post(language::switch))
        .route(
            "/register",
            get(accounts::register_form).post(accounts::register),
        )
        .route("/register/check-email", get(accounts::register_done))
        .route(
            "/verify-email",
            get(accounts::verify_form).post(accounts::verify),
        )
        .route("/login", get(accounts::login_form).post(accounts::login))
        .route("/logout", post(accounts::logout))
        .route(
            "/forgot-password",
            get(accounts::forgot_form).post(accounts::forgot),
        )
        .route(
            "/reset-password",
            get(accounts::reset_form).post(accounts::reset),
        )
        .route("/account", get(accounts::account))
        .route("/account/password", post(accounts::change_password))
        .route(
            "/organize/settings",
            get(settings::show).post(settings::save_edition),
        )
        .route(
            "/organize/settings/formats/{code}",
            post(settings::save_format),
        )
        .route(
            "/organize/settings/formats/{code}/questions",
            post(settings::add_question),
        )
        .route(
            "/organize/settings/questions/{id}/remove",
            post(settings::remove_question),
        )
        .route(
            "/organize/settings/access-codes",
            post(settings::create_code),
        )
        .route(
            "/speakers/confirm",
            get(speakers::show).post(speakers::answer),
        )
        .route(
            "/coorganize",
            get(coorganizers::show).post(coorganizers::answer),
        )
        .route("/proposals/{code}/coorganizers", post(coorganizers::invite))
        .route(
            "/proposals/{code}/coorganizers/{id}/remove",
            post(coorganizers::remove),
        )
        .route(
            "/organization",
            get(organizations::show).post(organizations::save),
        )
        .route("/organization/requests/{id}", post(organizations::answer))
        .route("/organizations/join", get(organizations::search))
        .route("/organizations/{id}/join", post(organizations::join))
        .route("/proposals", get(proposals::list))
        .route(
            "/proposals/new",
            get(proposals::new_form).post(proposals::create),
        )
        .route("/proposals/{code}", get(proposals::show))
        .route(
            "/proposals/{code}/edit",
            get(proposals::edit_form).post(proposals::edit),
        )
        .route(
            "/proposals/{code}/withdraw",
            get(proposals::withdraw_form).post(proposals::withdraw),
        )
}
