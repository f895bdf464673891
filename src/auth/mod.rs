//! Password hashing and secret tokens.

mod password;
mod token;

pub use password::{PasswordHasher, default_threads as default_hash_threads};
pub use token::{SecretToken, hash_token};
