//! The latest released programme, kept in memory per instance. Each public
//! request asks the database one cheap question (the latest release's id);
//! while it is unchanged, pages and exports are served from memory, and each
//! export is rendered once per release. Several instances stay consistent
//! because the id, not a timer, decides when the copy is stale.

use axum::body::Bytes;
use portal::AppResult;
use portal::domain::agenda::Programme;
use portal::services::{Portal, ReleaseHead};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

/// An export rendered once, kept as text and gzip-compressed: most clients
/// accept gzip, and compressing a large schedule on every request would
/// cost more than rendering it.
#[derive(Debug)]
pub struct Export {
    /// The document (UTF-8).
    pub text: Bytes,
    /// The same bytes, gzip-compressed.
    pub gzip: Bytes,
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
        Export {
            text: Bytes::from(text),
            gzip: Bytes::from(gzip),
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
}

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
}

/// The per-instance cache.
#[derive(Debug, Default)]
pub struct ProgrammeCache {
    current: RwLock<Option<Arc<CachedRelease>>>,
}

impl ProgrammeCache {
    /// The latest release, or `None` before the first one.
    pub async fn latest(&self, portal: &Portal) -> AppResult<Option<Arc<CachedRelease>>> {
        let Some(head) = portal.latest_release().await? else {
            return Ok(None);
        };
        if let Some(c) = self
            .current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            && c.head.id == head.id
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
        });
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(fresh.clone());
        Ok(Some(fresh))
    }
}
