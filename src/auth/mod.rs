//! Password hashing and secret tokens.

mod password;
mod token;

pub use password::PasswordHasher;
pub use token::{SecretToken, hash_token};
