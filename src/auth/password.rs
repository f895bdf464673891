//! argon2id password hashing with OWASP parameters (19 MiB, 2 passes, 1 lane).
//!
//! Hashing is deliberately slow, so it runs on the blocking thread pool, and a
//! semaphore bounds how many hashes run at once: under a login storm memory
//! stays at (cores × 19 MiB) instead of growing with the number of requests.

use crate::domain::Password;
use crate::error::{AppError, AppResult};
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::{Arc, LazyLock};
use tokio::sync::Semaphore;

/// Hashes and verifies passwords off the async runtime.
#[derive(Debug, Clone)]
pub struct PasswordHasher {
    permits: Arc<Semaphore>,
    params: Params,
}

/// A hash of a random password, verified against when the account does not
/// exist so that unknown e-mails take as long as known ones.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    SaltString::encode_b64(b"portal-dummy-salt")
        .and_then(|salt| {
            argon(owasp_params())
                .hash_password(b"no account has this password, ever", &salt)
                .map(|h| h.to_string())
        })
        .unwrap_or_default()
});

/// OWASP Password Storage Cheat Sheet: argon2id, m=19456 KiB, t=2, p=1.
fn owasp_params() -> Params {
    Params::new(19_456, 2, 1, None).unwrap_or_default()
}

fn argon(params: Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

impl Default for PasswordHasher {
    fn default() -> Self {
        Self::new(owasp_params())
    }
}

impl PasswordHasher {
    /// A hasher with the given cost; at most one hash per CPU core at a time.
    pub fn new(params: Params) -> Self {
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        Self {
            permits: Arc::new(Semaphore::new(cores)),
            params,
        }
    }

    /// A cheap hasher for tests (argon2id at minimum cost).
    pub fn fast_for_tests() -> Self {
        Self::new(Params::new(8, 1, 1, None).unwrap_or_default())
    }

    /// Hashes a new password into a PHC string.
    pub async fn hash(&self, password: &Password) -> AppResult<String> {
        let _permit = self.permits.acquire().await.map_err(AppError::internal)?;
        let secret = password.expose().to_owned();
        let params = self.params.clone();
        tokio::task::spawn_blocking(move || {
            let mut bytes = [0u8; 16];
            rand::Rng::fill(&mut rand::thread_rng(), &mut bytes);
            let salt = SaltString::encode_b64(&bytes)
                .map_err(|e| AppError::internal(std::io::Error::other(e.to_string())))?;
            argon(params)
                .hash_password(secret.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| AppError::internal(std::io::Error::other(e.to_string())))
        })
        .await
        .map_err(AppError::internal)?
    }

    /// Checks `password` against `stored`; with no stored hash it still does
    /// the full work against a dummy hash and returns false.
    pub async fn verify(&self, stored: Option<String>, password: &str) -> AppResult<bool> {
        let _permit = self.permits.acquire().await.map_err(AppError::internal)?;
        let exists = stored.is_some();
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        let secret = password.to_owned();
        let ok = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&stored)
                .map(|parsed| {
                    argon(owasp_params())
                        .verify_password(secret.as_bytes(), &parsed)
                        .is_ok()
                })
                .unwrap_or(false)
        })
        .await
        .map_err(AppError::internal)?;
        Ok(ok && exists)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let h = PasswordHasher::fast_for_tests();
        let pw = Password::parse("correct horse battery").unwrap();
        let stored = h.hash(&pw).await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(
            h.verify(Some(stored.clone()), "correct horse battery")
                .await
                .unwrap()
        );
        assert!(
            !h.verify(Some(stored), "Correct horse battery")
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn an_unknown_account_never_verifies() {
        let h = PasswordHasher::fast_for_tests();
        assert!(
            !h.verify(None, "no account has this password, ever")
                .await
                .unwrap()
        );
    }

    #[test]
    fn the_default_cost_follows_owasp() {
        let p = owasp_params();
        assert_eq!((p.m_cost(), p.t_cost(), p.p_cost()), (19_456, 2, 1));
    }
}
