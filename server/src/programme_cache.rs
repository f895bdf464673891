//! The latest released programme, kept in memory per instance. Each public
//! request through the routes asks the database one cheap question (the
//! latest release's id and revision; concurrent requests share it); while
//! the answer is unchanged, pages and exports are served from memory, and
//! each is rendered once per release. Several instances stay consistent
//! because the id, not a timer, decides when the copy is stale.
//!
//! The fast path ([`crate::fast_path`]) may skip the question for a short
//! window after an answer ([`ProgrammeCache::trusted`]), unless this
//! instance has handled a write since: a release published elsewhere shows
//! here within the window, one published here at once.

use axum::body::Bytes;
use axum::http::HeaderValue;
use portal::AppResult;
use portal::domain::Locale;
use portal::domain::agenda::Programme;
use portal::services::{Portal, ReleaseHead};
use sha2::Digest;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// An export rendered once, kept as text and gzip-compressed: most clients
/// accept gzip, and compressing a large schedule on every request would
/// cost more than rendering it.
#[derive(Debug)]
pub struct Export {
    /// The document (UTF-8).
    pub text: Bytes,
    /// The same bytes, gzip-compressed.
    pub gzip: Bytes,
    /// The entity tag of `text` (quoted), taken from its content: it changes
    /// whenever a byte does (a rewritten snapshot too, not only a new
    /// release), and every instance derives the same one.
    pub etag: String,
    /// The entity tag of `gzip`: another representation, another tag.
    pub etag_gzip: String,
}

impl Export {
    /// Renders the compressed copy of `text`.
    pub fn new(text: String) -> Export {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(
            Vec::with_capacity(text.len() / 4),
            flate2::Compression::default(),
        );
        // Writing to a Vec cannot fail; an empty copy would only cost speed.
        let gzip = enc
            .write_all(text.as_bytes())
            .and_then(|_| enc.finish())
            .unwrap_or_default();
        let digest = sha2::Sha256::digest(text.as_bytes());
        let hash: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
        Export {
            text: Bytes::from(text),
            gzip: Bytes::from(gzip),
            etag: format!("\"{hash}\""),
            etag_gzip: format!("\"{hash}-gz\""),
        }
    }
}

/// A release held in memory with the exports rendered so far.
#[derive(Debug)]
pub struct CachedRelease {
    /// Which release.
    pub head: ReleaseHead,
    /// Its programme.
    pub programme: Arc<Programme>,
    /// `head.last_modified()` as an HTTP date, formatted once.
    pub last_modified: String,
    exports: Mutex<HashMap<&'static str, Arc<Export>>>,
    pages: Mutex<PageShelf>,
}

/// A public page as a visitor who is not signed in sees it: the same for
/// every such visitor in one language, so it is rendered once per release
/// and kept compressed, with an entity tag.
#[derive(Debug)]
pub struct CachedPage {
    /// The document, plain and compressed.
    pub doc: Export,
    /// Its Content-Security-Policy, with the hashes of its inline scripts
    /// and styles (a nonce would make every response different); ready as
    /// a header, so no response parses it again.
    pub csp: HeaderValue,
}

impl CachedPage {
    /// Keeps `html`.
    pub fn new(html: String) -> CachedPage {
        // The policy is ASCII built from hashes: it is always a valid value.
        let csp = HeaderValue::from_str(&crate::conditional::hashed_csp(&html))
            .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"));
        CachedPage {
            doc: Export::new(html),
            csp,
        }
    }
}

/// Rendered pages of one release by language and path with query. Bounded
/// by bytes: searches and filters make many distinct addresses, and when
/// the shelf is full it is emptied rather than tracked entry by entry
/// (pages are re-rendered on the next request, as without a cache).
#[derive(Debug, Default)]
struct PageShelf {
    bytes: usize,
    pages: HashMap<Locale, HashMap<String, Arc<CachedPage>>>,
}

/// At most this many bytes of rendered pages per instance.
const PAGE_SHELF_BYTES: usize = 16 * 1024 * 1024;

impl CachedRelease {
    /// The export `kind`, rendered by `render` the first time only.
    pub fn export(
        &self,
        kind: &'static str,
        render: impl FnOnce(&Programme) -> String,
    ) -> Arc<Export> {
        let mut map = self.exports.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(kind)
            .or_insert_with(|| Arc::new(Export::new(render(&self.programme))))
            .clone()
    }

    /// The export `kind` if it has been rendered already.
    pub fn rendered_export(&self, kind: &str) -> Option<Arc<Export>> {
        let map = self.exports.lock().unwrap_or_else(|e| e.into_inner());
        map.get(kind).cloned()
    }

    /// The page kept under `key` in `locale`, if any.
    pub fn kept_page(&self, locale: Locale, key: &str) -> Option<Arc<CachedPage>> {
        self.shelf().pages.get(&locale)?.get(key).cloned()
    }

    /// The page under `key` in `locale`, rendered by `render` when it is
    /// not on the shelf. Rendering happens outside the lock, so a slow
    /// render never holds up pages already rendered.
    pub fn page(
        &self,
        locale: Locale,
        key: &str,
        render: impl FnOnce() -> CachedPage,
    ) -> Arc<CachedPage> {
        if let Some(p) = self.kept_page(locale, key) {
            return p;
        }
        let fresh = Arc::new(render());
        let mut shelf = self.shelf();
        let size = fresh.doc.text.len() + fresh.doc.gzip.len() + key.len();
        if shelf.bytes + size > PAGE_SHELF_BYTES {
            shelf.pages.clear();
            shelf.bytes = 0;
        }
        let shelf = &mut *shelf;
        let pages = shelf.pages.entry(locale).or_default();
        if size <= PAGE_SHELF_BYTES && !pages.contains_key(key) {
            shelf.bytes += size;
            pages.insert(key.to_owned(), fresh.clone());
        }
        fresh
    }

    fn shelf(&self) -> std::sync::MutexGuard<'_, PageShelf> {
        self.pages.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The database's answer to "which release is the latest?".
#[derive(Debug, Clone, Copy)]
struct Answer {
    /// When the question was asked.
    asked: Instant,
    /// [`ProgrammeCache::writes`] just before it was asked.
    writes: u64,
    head: Option<ReleaseHead>,
}

/// The release in memory and when the database last confirmed it latest.
#[derive(Debug)]
struct Current {
    release: Arc<CachedRelease>,
    confirmed: Answer,
}

/// The per-instance cache.
#[derive(Debug, Default)]
pub struct ProgrammeCache {
    current: RwLock<Option<Current>>,
    /// The last question to the database.
    check: tokio::sync::Mutex<Option<Answer>>,
    /// Writes this instance has begun or finished (each counts twice): any
    /// of them may have published a release or rewritten one, so an answer
    /// from before one is no longer trusted without asking again.
    writes: AtomicU64,
}

impl ProgrammeCache {
    /// Notes that a request that may change data begins or has ended.
    pub fn note_write(&self) {
        self.writes.fetch_add(1, Ordering::AcqRel);
    }

    /// The latest release as last confirmed, if that was less than `window`
    /// ago and this instance has handled no write since; else `None`, and
    /// the caller asks through [`ProgrammeCache::latest`].
    pub fn trusted(&self, window: Duration) -> Option<Arc<CachedRelease>> {
        let current = self.current.read().unwrap_or_else(|e| e.into_inner());
        let c = current.as_ref()?;
        let fresh = c.confirmed.asked.elapsed() < window
            && c.confirmed.writes == self.writes.load(Ordering::Acquire);
        fresh.then(|| c.release.clone())
    }

    /// The latest release's head, as the database says after this call
    /// began. Requests ask one at a time, and a request takes the answer
    /// of a question asked after it arrived: under load, the requests that
    /// arrive while one question runs share the next, so the database sees
    /// a question or two per round trip instead of one per request, and no
    /// answer is older than its request.
    async fn head(&self, portal: &Portal) -> AppResult<Answer> {
        let arrived = Instant::now();
        let mut last = self.check.lock().await;
        if let Some(answer) = *last
            && answer.asked >= arrived
        {
            return Ok(answer);
        }
        let writes = self.writes.load(Ordering::Acquire);
        let asked = Instant::now();
        let head = portal.latest_release().await?;
        let answer = Answer {
            asked,
            writes,
            head,
        };
        *last = Some(answer);
        Ok(answer)
    }

    /// The latest release, or `None` before the first one.
    pub async fn latest(&self, portal: &Portal) -> AppResult<Option<Arc<CachedRelease>>> {
        let answer = self.head(portal).await?;
        let Some(head) = answer.head else {
            *self.current.write().unwrap_or_else(|e| e.into_inner()) = None;
            return Ok(None);
        };
        {
            let mut current = self.current.write().unwrap_or_else(|e| e.into_inner());
            if let Some(c) = current.as_mut()
                && c.release.head.id == head.id
                && c.release.head.revision == head.revision
            {
                // A later answer may have been stored while this one waited.
                if answer.asked > c.confirmed.asked {
                    c.confirmed = answer;
                }
                return Ok(Some(c.release.clone()));
            }
        }
        let Some(programme) = portal.programme(Some(head.number)).await? else {
            return Ok(None);
        };
        let fresh = Arc::new(CachedRelease {
            head,
            programme: Arc::new(programme),
            last_modified: http_date(head.last_modified()),
            exports: Mutex::default(),
            pages: Mutex::default(),
        });
        let mut current = self.current.write().unwrap_or_else(|e| e.into_inner());
        // Two requests may load a new release at once: the later answer wins.
        if current
            .as_ref()
            .is_none_or(|c| c.confirmed.asked <= answer.asked)
        {
            *current = Some(Current {
                release: fresh.clone(),
                confirmed: answer,
            });
        }
        Ok(Some(fresh))
    }
}

/// `Sat, 01 May 2027 10:00:00 GMT`.
pub fn http_date(t: time::OffsetDateTime) -> String {
    let f = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    t.to_offset(time::UtcOffset::UTC)
        .format(f)
        .unwrap_or_default()
}
