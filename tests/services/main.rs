//! Service tests: the core crate's services on SQLite and PostgreSQL, one
//! module per area. One binary, so CI links once instead of once per file.

#[path = "../support/mod.rs"]
mod support;

mod accounts;
mod agenda;
mod api_tokens;
mod concurrency;
mod erasure;
mod exports;
mod organizations;
mod outbox_instances;
mod people;
mod proposals;
mod review;
mod schema;
mod smtp;
mod speaker_profiles;
mod stars;
mod submissions;
mod taxonomy;
mod transfer;
