//! argon2id password hashing with OWASP parameters (19 MiB, 2 passes, 1 lane).
//!
//! Hashing is deliberately slow, so it runs off the async runtime, on a few
//! dedicated threads (half the cores by default) fed by a queue. Dedicated
//! threads bound memory twice over: at most one 19 MiB block per thread is
//! in use at a time, and each thread reuses its allocator's memory for the
//! next hash.
//! (On tokio's blocking pool, every hash could land on another of up to 512
//! threads, each keeping its own glibc heap with a freed 19 MiB block in
//! it: a burst of sign-ins took the process past 500 MiB.)

use crate::domain::Password;
use crate::error::{AppError, AppResult};
use argon2::password_hash::{PasswordHash, PasswordHasher as _, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, LazyLock, Mutex};

/// Hashes and verifies passwords off the async runtime.
#[derive(Debug, Clone)]
pub struct PasswordHasher {
    workers: Arc<Workers>,
    params: Params,
}

type Job = Box<dyn FnOnce() + Send>;

/// The hashing threads and their queue; the threads end when the last
/// hasher holding the queue is dropped.
#[derive(Debug)]
struct Workers {
    queue: Mutex<Sender<Job>>,
}

impl Workers {
    fn start(threads: usize) -> Workers {
        let (queue, jobs) = channel::<Job>();
        let jobs = Arc::new(Mutex::new(jobs));
        for i in 0..threads {
            let jobs = jobs.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{i}"))
                .spawn(move || {
                    loop {
                        // Only the wait for a job holds the lock, not the job.
                        let job = match jobs.lock() {
                            Ok(rx) => rx.recv(),
                            Err(poisoned) => poisoned.into_inner().recv(),
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => break,
                        }
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "could not start a password hashing thread");
            }
        }
        Workers {
            queue: Mutex::new(queue),
        }
    }

    /// Runs `work` on a hashing thread and waits for its result.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> AppResult<T> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = tx.send(work());
        });
        self.queue
            .lock()
            .map_err(|_| AppError::internal(std::io::Error::other("hashing queue poisoned")))?
            .send(job)
            .map_err(|_| AppError::internal(std::io::Error::other("no hashing thread")))?;
        rx.await.map_err(AppError::internal)
    }
}

thread_local! {
    /// Each hashing thread's argon2 memory, allocated once and reused: a
    /// fresh 19 MiB per check was not given back by the allocator, and
    /// the process grew by that much with each of its first sign-ins.
    static MEMORY: std::cell::RefCell<Vec<argon2::Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Checks `password` against the PHC string `stored` (any argon2 variant
/// and cost), computing in `memory`; false for anything malformed.
fn verify_with_memory(stored: &str, password: &[u8], memory: &mut Vec<argon2::Block>) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let (Ok(algorithm), Ok(params)) = (
        Algorithm::try_from(parsed.algorithm),
        Params::try_from(&parsed),
    ) else {
        return false;
    };
    let version = parsed
        .version
        .map_or(Ok(Version::V0x13), Version::try_from)
        .unwrap_or(Version::V0x13);
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let blocks = params.block_count();
    if memory.len() < blocks {
        memory.resize(blocks, argon2::Block::default());
    }
    let mut out = vec![0u8; expected.len()];
    let argon = Argon2::new(algorithm, version, params);
    if argon
        .hash_password_into_with_memory(password, salt, &mut out, &mut memory[..blocks])
        .is_err()
    {
        return false;
    }
    // Output compares in constant time.
    argon2::password_hash::Output::new(&out).is_ok_and(|o| o == expected)
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

/// Half the CPU cores, at least one: a burst of sign-ins (each hash is
/// deliberately slow) then leaves the other half to pages and submissions,
/// and memory holds one 19 MiB block per thread. On two cores that is one
/// thread, about 60 sign-ins a second (two threads: 19 MiB more at peak,
/// and every page waited behind the hashes).
pub fn default_threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get() / 2)
        .unwrap_or(1)
        .max(1)
}

impl Default for PasswordHasher {
    fn default() -> Self {
        Self::new(owasp_params())
    }
}

impl PasswordHasher {
    /// A hasher with the given cost on [`default_threads`] threads.
    pub fn new(params: Params) -> Self {
        Self::with_threads(params, default_threads())
    }

    /// A hasher with the given cost, running at most `threads` hashes at a
    /// time (at least one). Each running hash holds 19 MiB at the OWASP
    /// cost, so this bounds both memory and the CPU sign-ins can take.
    pub fn with_threads(params: Params, threads: usize) -> Self {
        Self {
            workers: Arc::new(Workers::start(threads.max(1))),
            params,
        }
    }

    /// The OWASP-cost hasher on `threads` threads.
    pub fn owasp(threads: usize) -> Self {
        Self::with_threads(owasp_params(), threads)
    }

    /// A cheap hasher for tests (argon2id at minimum cost).
    pub fn fast_for_tests() -> Self {
        Self::new(Params::new(8, 1, 1, None).unwrap_or_default())
    }

    /// Hashes a new password into a PHC string.
    pub async fn hash(&self, password: &Password) -> AppResult<String> {
        let secret = password.expose().to_owned();
        let params = self.params.clone();
        self.workers
            .run(move || {
                let mut bytes = [0u8; 16];
                rand::Rng::fill(&mut rand::thread_rng(), &mut bytes);
                let salt = SaltString::encode_b64(&bytes)
                    .map_err(|e| AppError::internal(std::io::Error::other(e.to_string())))?;
                argon(params)
                    .hash_password(secret.as_bytes(), &salt)
                    .map(|h| h.to_string())
                    .map_err(|e| AppError::internal(std::io::Error::other(e.to_string())))
            })
            .await?
    }

    /// Checks `password` against `stored`; with no stored hash it still does
    /// the full work against a dummy hash and returns false.
    pub async fn verify(&self, stored: Option<String>, password: &str) -> AppResult<bool> {
        let exists = stored.is_some();
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        let secret = password.to_owned();
        let ok = self
            .workers
            .run(move || {
                MEMORY.with(|m| verify_with_memory(&stored, secret.as_bytes(), &mut m.borrow_mut()))
            })
            .await?;
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
