//! HTTP server and command line of the portal.
//!
//! `startup::build` assembles the application from a [`config::Config`] so
//! tests can start it on port 0; `cli` is what the `portal` binary runs.

pub mod api;
pub mod cli;
pub mod conditional;
pub mod config;
pub mod error;
pub mod fast_path;
pub mod form_post;
pub mod metrics;
pub mod middleware;
pub mod programme_cache;
pub mod progress;
pub mod render;
pub mod routes;
pub mod seed;
pub mod seed_agenda;
pub mod seed_submissions;
pub mod startup;
pub mod state;
pub mod transfer;
pub mod workers;
