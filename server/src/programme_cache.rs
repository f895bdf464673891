//! The latest released programme, kept in memory per instance. Each public
//! request asks the database one cheap question (the latest release's id);
//! while it is unchanged, pages and exports are served from memory, and each
//! export is rendered once per release. Several instances stay consistent
//! because the id, not a timer, decides when the copy is stale.

use axum::body::Bytes;
use axum::http::HeaderValue;
use portal::AppResult;
use portal::domain::Locale;
use portal::domain::agenda::Programme;
use portal::services::{Portal, ReleaseHead};
use sha2::Digest;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

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
    pages: HashMap<(Locale, String), Arc<CachedPage>>,
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

    /// The page at `path` in `locale`, rendered by `render` when it is not
    /// on the shelf. Rendering happens outside the lock, so a slow render
    /// never holds up pages already rendered.
    pub fn page(
        &self,
        locale: Locale,
        path: &str,
        render: impl FnOnce() -> CachedPage,
    ) -> Arc<CachedPage> {
        let key = (locale, path.to_owned());
        if let Some(p) = self.shelf().pages.get(&key) {
            return p.clone();
        }
        let fresh = Arc::new(render());
        let mut shelf = self.shelf();
        let size = fresh.doc.text.len() + fresh.doc.gzip.len() + key.1.len();
        if shelf.bytes + size > PAGE_SHELF_BYTES {
            shelf.pages.clear();
            shelf.bytes = 0;
        }
        if size <= PAGE_SHELF_BYTES && !shelf.pages.contains_key(&key) {
            shelf.bytes += size;
            shelf.pages.insert(key, fresh.clone());
        }
        fresh
    }

    fn shelf(&self) -> std::sync::MutexGuard<'_, PageShelf> {
        self.pages.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The per-instance cache.
#[derive(Debug, Default)]
pub struct ProgrammeCache {
    current: RwLock<Option<Arc<CachedRelease>>>,
    /// The last question to the database and when it was asked.
    check: tokio::sync::Mutex<Option<(Instant, Option<ReleaseHead>)>>,
}

impl ProgrammeCache {
    /// The latest release's head, as the database says after this call
    /// began. Requests ask one at a time, and a request takes the answer
    /// of a question asked after it arrived: under load, the requests that
    /// arrive while one question runs share the next, so the database sees
    /// a question or two per round trip instead of one per request, and no
    /// answer is older than its request.
    async fn head(&self, portal: &Portal) -> AppResult<Option<ReleaseHead>> {
        let arrived = Instant::now();
        let mut last = self.check.lock().await;
        if let Some((asked, head)) = *last
            && asked >= arrived
        {
            return Ok(head);
        }
        let asked = Instant::now();
        let head = portal.latest_release().await?;
        *last = Some((asked, head));
        Ok(head)
    }

    /// The latest release, or `None` before the first one.
    pub async fn latest(&self, portal: &Portal) -> AppResult<Option<Arc<CachedRelease>>> {
        let Some(head) = self.head(portal).await? else {
            return Ok(None);
        };
        if let Some(c) = self
            .current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            && c.head.id == head.id
            && c.head.revision == head.revision
        {
            return Ok(Some(c.clone()));
        }
        let Some(programme) = portal.programme(Some(head.number)).await? else {
            return Ok(None);
        };
        let fresh = Arc::new(CachedRelease {
            head,
            programme: Arc::new(programme),
            exports: Mutex::default(),
            pages: Mutex::default(),
        });
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(fresh.clone());
        Ok(Some(fresh))
    }
}
