//! The latest released programme, kept in memory per instance. Each public
//! request asks the database one cheap question (the latest release's id);
//! while it is unchanged, pages and exports are served from memory, and each
//! export is rendered once per release. Several instances stay consistent
//! because the id, not a timer, decides when the copy is stale.

use portal::AppResult;
use portal::domain::agenda::Programme;
use portal::services::{Portal, ReleaseHead};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

/// A release held in memory with the exports rendered so far.
#[derive(Debug)]
pub struct CachedRelease {
    /// Which release.
    pub head: ReleaseHead,
    /// Its programme.
    pub programme: Arc<Programme>,
    exports: Mutex<HashMap<&'static str, Arc<String>>>,
}

impl CachedRelease {
    /// The export `kind`, rendered by `render` the first time only.
    pub fn export(
        &self,
        kind: &'static str,
        render: impl FnOnce(&Programme) -> String,
    ) -> Arc<String> {
        let mut map = self.exports.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(kind)
            .or_insert_with(|| Arc::new(render(&self.programme)))
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
