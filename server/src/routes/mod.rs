//! URL routes. Handlers are thin: read the request, call one service, render
//! a page or redirect.

mod accounts;
mod agenda;
mod consultation;
mod coorganizers;
mod embed;
mod erasure;
pub(crate) mod exports;
mod forms;
mod health;
mod language;
mod moderation;
mod now;
mod offline;
mod organizations;
mod organize;
mod outbox;
mod pages;
mod people;
mod print;
pub(crate) mod programme;
mod proposals;
mod review;
mod settings;
mod speaker_profile;
mod speakers;
mod stars;
mod submissions;
mod taxonomy;
mod tokens;

pub use pages::not_found;

use crate::state::AppState;
use axum::Router;

/// Declares every page route once: `"path" => get(handler).post(handler)`.
/// Builds the router and [`ROUTES`], the list the access-matrix test reads.
macro_rules! page_routes {
    ($($path:literal => $m1:ident($h1:path) $(. $m:ident($h:path))* $(; $layer:expr)?),* $(,)?) => {
        /// Every page route as (method, path), as the router serves them.
        pub const ROUTES: &[(&str, &str)] = &[
            $((stringify!($m1), $path), $((stringify!($m), $path),)*)*
        ];

        /// Every route of the site (static files and middleware are added
        /// by `startup`).
        pub fn routes() -> Router<AppState> {
            Router::new()
                $(.route($path, axum::routing::$m1($h1)$(.$m($h))*$(.layer($layer))?))*
        }
    };
}

page_routes! {
    "/" => get(pages::home),
    "/healthz" => get(health::healthz),
    "/language" => post(language::switch),
    "/register" => get(accounts::register_form).post(accounts::register),
    "/register/check-email" => get(accounts::register_done),
    "/verify-email" => get(accounts::verify_form).post(accounts::verify),
    "/login" => get(accounts::login_form).post(accounts::login),
    "/logout" => post(accounts::logout),
    "/forgot-password" => get(accounts::forgot_form).post(accounts::forgot),
    "/reset-password" => get(accounts::reset_form).post(accounts::reset),
    "/submissions" => get(submissions::list),
    "/submissions/new/{kind}" => get(submissions::new_form).post(submissions::create),
    "/submissions/{code}" => get(submissions::show),
    "/submissions/{code}/edit" => get(submissions::edit_form).post(submissions::save),
    "/submissions/{code}/withdraw" => post(submissions::withdraw),
    "/organize/submissions" => get(consultation::list),
    "/organize/submissions/{code}/tags" => post(consultation::tag),
    "/organize/submissions/{code}/tags/remove" => post(consultation::untag),
    "/organize/submissions/{code}/use" => post(consultation::use_it),
    "/organize/consultation" => get(consultation::settings),
    "/organize/consultation/kinds/{kind}" => post(consultation::save_kind),
    "/organize/meetings" => post(consultation::add_meeting),
    "/organize/meetings/{id}" => get(consultation::show_meeting).post(consultation::save_meeting),
    "/organize/meetings/{id}/inputs/{kind}" => get(consultation::input_form).post(consultation::record_input),
    "/organize/outcomes" => get(consultation::edit_outcomes).post(consultation::save_outcomes),
    "/consultation/outcomes" => get(consultation::outcomes),
    "/consultation/outcomes.csv" => get(consultation::outcomes_counts),
    "/consultation/outcomes-submissions.csv" => get(consultation::outcomes_list),
    "/account" => get(accounts::account),
    "/account/password" => post(accounts::change_password),
    "/account/erase" => post(erasure::erase_own),
    "/admin/users/{id}/erase" => post(erasure::erase_person),
    "/account/tokens" => get(tokens::list).post(tokens::create),
    "/account/data.json" => get(tokens::my_data),
    "/account/tokens/{id}/revoke" => post(tokens::revoke),
    "/review" => get(review::queue),
    "/review/next" => get(review::next),
    "/review/lines" => get(review::lines),
    "/review/lines/{code}" => get(review::line_report),
    "/review/lines/{code}/report.csv" => get(review::line_csv),
    "/review/{code}" => get(review::show).post(review::save),
    "/review/{code}/comments" => post(review::comment),
    "/review/{code}/conflict" => post(review::conflict),
    "/review/{code}/flag/{id}" => post(review::flag),
    "/review/{code}/assign" => post(review::assign),
    "/review/{code}/unassign" => post(review::unassign),
    "/review/{code}/decide" => post(review::decide),
    "/organize" => get(organize::dashboard),
    "/organize/agenda" => get(agenda::builder),
    "/organize/agenda/place" => post(agenda::place),
    "/organize/agenda/unschedule" => post(agenda::unschedule),
    "/organize/agenda/venue" => get(agenda::venue),
    "/organize/agenda/grid" => post(agenda::save_grid),
    "/organize/agenda/rooms" => post(agenda::add_room),
    "/organize/agenda/rooms/{id}" => post(agenda::edit_room),
    "/organize/agenda/rooms/{id}/remove" => post(agenda::remove_room),
    "/organize/agenda/blocks" => post(agenda::add_block),
    "/organize/agenda/blocks/{id}/remove" => post(agenda::remove_block),
    "/organize/agenda/unavailable" => post(agenda::add_unavailable),
    "/organize/agenda/unavailable/{id}/remove" => post(agenda::remove_unavailable),
    "/organize/agenda/sessions" => get(agenda::sessions),
    "/organize/agenda/sessions/{id}/audience" => post(agenda::set_audience),
    "/organize/agenda/schedule" => get(agenda::schedule).post(agenda::apply_schedule),
    "/organize/agenda/release" => get(agenda::release_form).post(agenda::release),
    "/agenda" => get(programme::agenda),
    "/agenda/now" => get(now::now),
    "/agenda/print" => get(print::print),
    "/embed/agenda" => get(embed::agenda),
    "/agenda/star" => post(stars::star),
    "/agenda/offline.json" => get(offline::offline_list),
    "/agenda/release.json" => get(offline::release),
    "/sw.js" => get(offline::worker),
    "/manifest.webmanifest" => get(offline::manifest),
    "/agenda/stars/merge" => post(stars::merge),
    "/agenda/mine" => get(stars::mine),
    "/agenda/mine/feed" => post(stars::renew_feed),
    "/agenda/mine/feed/revoke" => post(stars::revoke_feed),
    "/agenda/feed/{file}" => get(stars::feed),
    "/agenda/releases" => get(programme::releases),
    "/agenda/schedule.xml" => get(exports::schedule_xml_export),
    "/agenda/schedule.json" => get(exports::schedule_json_export),
    "/agenda/agenda.ics" => get(exports::agenda_ics),
    "/agenda/sessions.csv" => get(exports::sessions_csv_export),
    "/agenda/matrix.csv" => get(exports::matrix_csv_export),
    "/sessions/{code}" => get(programme::session),
    "/sessions/{code}/sign" => get(print::sign),
    "/speakers" => get(programme::speakers),
    "/speakers/{id}" => get(programme::speaker),
    "/matrix" => get(programme::matrix_page),
    "/organize/proposals" => get(organize::proposals),
    "/organize/proposals/decide" => post(organize::bulk_decide),
    "/organize/merge" => get(organize::merge_form).post(organize::merge),
    "/organize/decisions" => get(organize::decisions),
    "/organize/decisions/release" => post(organize::release),
    "/organize/decisions/templates/{outcome}" => post(organize::template),
    "/organize/review" => get(organize::setup).post(organize::save_settings),
    "/organize/review/criteria" => post(organize::add_criterion),
    "/organize/review/criteria/{id}" => post(organize::save_criterion),
    "/organize/review/phases" => post(organize::add_phase),
    "/organize/review/phases/{id}/remove" => post(organize::remove_phase),
    "/organize/review/teams" => post(organize::add_team),
    "/organize/review/teams/{id}/remove" => post(organize::remove_team),
    "/organize/review/reviewers" => post(organize::add_reviewer),
    "/organize/review/assign" => post(organize::auto_assign),
    "/admin/outbox" => get(outbox::list),
    "/admin/outbox/templates" => get(outbox::templates),
    "/admin/outbox/{id}/retry" => post(outbox::retry),
    "/admin/users" => get(people::list),
    "/admin/users/invite" => post(people::invite),
    "/admin/users/{id}/roles" => post(people::roles),
    "/admin/users/{id}/active" => post(people::active),
    "/admin/moderation" => get(moderation::show),
    "/admin/audit" => get(moderation::audit),
    "/admin/audit.csv" => get(moderation::audit_csv),
    "/admin/moderation/{id}" => post(moderation::act),
    "/organize/settings" => get(settings::show).post(settings::save_edition),
    "/organize/taxonomy" => get(taxonomy::show).post(taxonomy::add),
    "/organize/taxonomy/{kind}/{code}" => post(taxonomy::update),
    "/organize/settings/formats/{code}" => post(settings::save_format),
    "/organize/settings/formats/{code}/questions" => post(settings::add_question),
    "/organize/settings/questions/{id}/remove" => post(settings::remove_question),
    "/organize/settings/access-codes" => post(settings::create_code),
    "/speakers/confirm" => get(speakers::show).post(speakers::answer),
    "/speakers/profile" => get(speaker_profile::show).post(speaker_profile::save);
        speaker_profile::upload_limit(),
    "/speakers/profile/unavailable" => post(speaker_profile::declare),
    "/speakers/profile/unavailable/{id}/remove" => post(speaker_profile::withdraw),
    "/organize/speakers/profile" => get(speaker_profile::staff_show)
        .post(speaker_profile::staff_save);
        speaker_profile::upload_limit(),
    "/account/speaker-profile" => get(speaker_profile::account_show)
        .post(speaker_profile::account_save);
        speaker_profile::upload_limit(),
    "/account/speaker-profile/unavailable" => post(speaker_profile::account_declare),
    "/account/speaker-profile/unavailable/{id}/remove" => post(speaker_profile::account_withdraw),
    "/speaker-photos/{file}" => get(speaker_profile::photo),
    "/coorganize" => get(coorganizers::show).post(coorganizers::answer),
    "/proposals/{code}/coorganizers" => post(coorganizers::invite),
    "/proposals/{code}/coorganizers/{id}/remove" => post(coorganizers::remove),
    "/organization" => get(organizations::show).post(organizations::save),
    "/organization/requests/{id}" => post(organizations::answer),
    "/organizations/join" => get(organizations::search),
    "/organizations/{id}/join" => post(organizations::join),
    "/proposals" => get(proposals::list),
    "/proposals/new" => get(proposals::new_form).post(proposals::create),
    "/proposals/{code}" => get(proposals::show),
    "/proposals/{code}/edit" => get(proposals::edit_form).post(proposals::edit),
    "/proposals/{code}/confirm" => get(proposals::confirm_form).post(proposals::confirm),
    "/proposals/{code}/withdraw" => get(proposals::withdraw_form).post(proposals::withdraw),
}
