//! URL routes. Handlers are thin: read the request, call one service, render
//! a page or redirect.

/// The signed-in user of `$req`, or return the redirect to sign in.
macro_rules! signed_in {
    ($req:expr) => {
        match $req.user.clone() {
            Some(u) => u,
            None => return crate::render::sign_in_first(&$req),
        }
    };
}

mod accounts;
mod agenda;
mod consultation;
mod coorganizers;
mod erasure;
mod forms;
mod health;
mod language;
mod moderation;
mod organizations;
mod organize;
mod outbox;
mod pages;
mod people;
mod programme;
mod proposals;
mod review;
mod settings;
mod speakers;
mod submissions;
mod taxonomy;
mod tokens;

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
        .route("/submissions", get(submissions::list))
        .route(
            "/submissions/new/{kind}",
            get(submissions::new_form).post(submissions::create),
        )
        .route("/submissions/{code}", get(submissions::show))
        .route(
            "/submissions/{code}/edit",
            get(submissions::edit_form).post(submissions::save),
        )
        .route("/submissions/{code}/withdraw", post(submissions::withdraw))
        .route("/organize/submissions", get(consultation::list))
        .route("/organize/submissions/{code}/tags", post(consultation::tag))
        .route(
            "/organize/submissions/{code}/tags/remove",
            post(consultation::untag),
        )
        .route(
            "/organize/submissions/{code}/use",
            post(consultation::use_it),
        )
        .route("/organize/consultation", get(consultation::settings))
        .route(
            "/organize/consultation/kinds/{kind}",
            post(consultation::save_kind),
        )
        .route("/organize/meetings", post(consultation::add_meeting))
        .route(
            "/organize/meetings/{id}",
            get(consultation::show_meeting).post(consultation::save_meeting),
        )
        .route(
            "/organize/meetings/{id}/inputs/{kind}",
            get(consultation::input_form).post(consultation::record_input),
        )
        .route(
            "/organize/outcomes",
            get(consultation::edit_outcomes).post(consultation::save_outcomes),
        )
        .route("/consultation/outcomes", get(consultation::outcomes))
        .route(
            "/consultation/outcomes.csv",
            get(consultation::outcomes_counts),
        )
        .route(
            "/consultation/outcomes-submissions.csv",
            get(consultation::outcomes_list),
        )
        .route("/account", get(accounts::account))
        .route("/account/password", post(accounts::change_password))
        .route("/account/erase", post(erasure::erase_own))
        .route("/admin/users/{id}/erase", post(erasure::erase_person))
        .route("/account/tokens", get(tokens::list).post(tokens::create))
        .route("/account/data.json", get(tokens::my_data))
        .route("/account/tokens/{id}/revoke", post(tokens::revoke))
        .route("/review", get(review::queue))
        .route("/review/next", get(review::next))
        .route("/review/lines", get(review::lines))
        .route("/review/lines/{code}", get(review::line_report))
        .route("/review/lines/{code}/report.csv", get(review::line_csv))
        .route("/review/{code}", get(review::show).post(review::save))
        .route("/review/{code}/comments", post(review::comment))
        .route("/review/{code}/conflict", post(review::conflict))
        .route("/review/{code}/flag/{id}", post(review::flag))
        .route("/review/{code}/assign", post(review::assign))
        .route("/review/{code}/unassign", post(review::unassign))
        .route("/review/{code}/decide", post(review::decide))
        .route("/organize", get(organize::dashboard))
        .route("/organize/agenda", get(agenda::builder))
        .route("/organize/agenda/place", post(agenda::place))
        .route("/organize/agenda/unschedule", post(agenda::unschedule))
        .route("/organize/agenda/venue", get(agenda::venue))
        .route("/organize/agenda/grid", post(agenda::save_grid))
        .route("/organize/agenda/rooms", post(agenda::add_room))
        .route("/organize/agenda/rooms/{id}", post(agenda::edit_room))
        .route(
            "/organize/agenda/rooms/{id}/remove",
            post(agenda::remove_room),
        )
        .route("/organize/agenda/blocks", post(agenda::add_block))
        .route(
            "/organize/agenda/blocks/{id}/remove",
            post(agenda::remove_block),
        )
        .route(
            "/organize/agenda/unavailable",
            post(agenda::add_unavailable),
        )
        .route(
            "/organize/agenda/unavailable/{id}/remove",
            post(agenda::remove_unavailable),
        )
        .route("/organize/agenda/sessions", get(agenda::sessions))
        .route(
            "/organize/agenda/sessions/{id}/audience",
            post(agenda::set_audience),
        )
        .route(
            "/organize/agenda/schedule",
            get(agenda::schedule).post(agenda::apply_schedule),
        )
        .route(
            "/organize/agenda/release",
            get(agenda::release_form).post(agenda::release),
        )
        .route("/agenda", get(programme::agenda))
        .route("/agenda/releases", get(programme::releases))
        .route("/agenda/schedule.xml", get(programme::schedule_xml_export))
        .route(
            "/agenda/schedule.json",
            get(programme::schedule_json_export),
        )
        .route("/agenda/agenda.ics", get(programme::agenda_ics))
        .route("/agenda/sessions.csv", get(programme::sessions_csv_export))
        .route("/agenda/matrix.csv", get(programme::matrix_csv_export))
        .route("/sessions/{code}", get(programme::session))
        .route("/speakers/{id}", get(programme::speaker))
        .route("/matrix", get(programme::matrix_page))
        .route("/organize/proposals", get(organize::proposals))
        .route("/organize/proposals/decide", post(organize::bulk_decide))
        .route(
            "/organize/merge",
            get(organize::merge_form).post(organize::merge),
        )
        .route("/organize/decisions", get(organize::decisions))
        .route("/organize/decisions/release", post(organize::release))
        .route(
            "/organize/decisions/templates/{outcome}",
            post(organize::template),
        )
        .route(
            "/organize/review",
            get(organize::setup).post(organize::save_settings),
        )
        .route("/organize/review/criteria", post(organize::add_criterion))
        .route(
            "/organize/review/criteria/{id}",
            post(organize::save_criterion),
        )
        .route("/organize/review/phases", post(organize::add_phase))
        .route(
            "/organize/review/phases/{id}/remove",
            post(organize::remove_phase),
        )
        .route("/organize/review/teams", post(organize::add_team))
        .route(
            "/organize/review/teams/{id}/remove",
            post(organize::remove_team),
        )
        .route("/organize/review/reviewers", post(organize::add_reviewer))
        .route("/organize/review/assign", post(organize::auto_assign))
        .route("/admin/outbox", get(outbox::list))
        .route("/admin/outbox/templates", get(outbox::templates))
        .route("/admin/outbox/{id}/retry", post(outbox::retry))
        .route("/admin/users", get(people::list))
        .route("/admin/users/invite", post(people::invite))
        .route("/admin/users/{id}/roles", post(people::roles))
        .route("/admin/users/{id}/active", post(people::active))
        .route("/admin/moderation", get(moderation::show))
        .route("/admin/audit", get(moderation::audit))
        .route("/admin/audit.csv", get(moderation::audit_csv))
        .route("/admin/moderation/{id}", post(moderation::act))
        .route(
            "/organize/settings",
            get(settings::show).post(settings::save_edition),
        )
        .route(
            "/organize/taxonomy",
            get(taxonomy::show).post(taxonomy::add),
        )
        .route("/organize/taxonomy/{kind}/{code}", post(taxonomy::update))
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
            "/proposals/{code}/confirm",
            get(proposals::confirm_form).post(proposals::confirm),
        )
        .route(
            "/proposals/{code}/withdraw",
            get(proposals::withdraw_form).post(proposals::withdraw),
        )
}
