//! Random secrets for session cookies and e-mailed links. Only the SHA-256 of
//! a token is stored, so reading the database does not let anyone use one.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// A fresh random token and its stored hash.
#[derive(Clone)]
pub struct SecretToken {
    /// The value given to the user (cookie or link), URL-safe.
    pub token: String,
    /// The value stored in the database.
    pub hash: String,
}

impl std::fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretToken(hash={})", self.hash)
    }
}

impl SecretToken {
    /// 256 random bits from the OS generator.
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::Rng::fill(&mut rand::rngs::OsRng, &mut bytes);
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let hash = hash_token(&token);
        Self { token, hash }
    }
}

/// Hex SHA-256 of a token as presented by a user.
pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_url_safe_and_hashed() {
        let a = SecretToken::generate();
        let b = SecretToken::generate();
        assert_ne!(a.token, b.token);
        assert_eq!(a.token.len(), 43);
        assert!(
            a.token
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_eq!(a.hash, hash_token(&a.token));
        assert_eq!(a.hash.len(), 64);
        assert!(!format!("{a:?}").contains(&a.token));
    }
}
