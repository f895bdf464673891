//! Core of the WSIS Forum Consultation Portal.
//!
//! Domain types, validation and business rules live here without any UI
//! framework, so they are tested quickly and reused by the Leptos views
//! (`app/`) and the HTTP server (`server/`). Everything that touches the
//! database, hashes passwords, sends email or translates text sits behind the
//! `server` feature; without it the crate compiles to wasm32 so the browser
//! runs the same validation as the server.

pub mod clock;
pub mod domain;
pub mod error;
pub mod validation;

#[cfg(feature = "server")]
pub mod auth;
#[cfg(feature = "server")]
pub mod db;
#[cfg(feature = "server")]
pub mod i18n;
#[cfg(feature = "server")]
pub mod mail;
#[cfg(feature = "server")]
pub mod markdown;
#[cfg(feature = "photo")]
pub mod photo;
#[cfg(feature = "server")]
pub mod services;

pub use error::{AppError, AppResult};
pub use validation::{FieldError, FieldErrors};
