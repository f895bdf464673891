//! HTTP tests: the real router and binary, one module per area. One binary,
//! so CI links once instead of once per file.

mod common;
#[path = "../../../tests/support/postgres.rs"]
mod postgres;
#[path = "../../../tests/support/validators.rs"]
mod validators;

mod access_matrix;
mod admin_http;
mod agenda_http;
mod api_http;
mod attendee_http;
mod durability;
mod erasure_http;
mod fast_path_http;
mod hostile_input;
mod http;
mod log_secrets;
mod metrics_http;
mod review_http;
mod speaker_profile_http;
mod submissions_http;
mod taxonomy_http;
mod transfer_http;
