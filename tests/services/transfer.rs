//! The edition file format keeps up with the schema: every column of every
//! table is either exported with its type or the table is excluded on
//! purpose, on both databases.

use crate::support;

use portal::db::schema::columns;
use portal::db::transfer::tables::{EXCLUDED, TABLES};
use std::collections::BTreeSet;

#[tokio::test]
async fn every_table_and_column_is_exported_or_excluded_on_purpose() {
    for t in support::databases().await {
        let live = columns(&t.portal.db).await.unwrap();
        let excluded: BTreeSet<&str> = EXCLUDED.iter().map(|(name, _)| *name).collect();
        let mut listed: BTreeSet<(String, String)> = BTreeSet::new();
        for table in TABLES {
            if table.has_id {
                listed.insert((table.name.into(), "id".into()));
            }
            for c in table.columns {
                listed.insert((table.name.into(), c.name.into()));
            }
        }
        let live_exported: BTreeSet<(String, String)> = live
            .iter()
            .filter(|(table, _)| !excluded.contains(table.as_str()))
            // The web session store's own table, if the backend made one.
            .filter(|(table, _)| !table.starts_with("tower_sessions"))
            .cloned()
            .collect();
        let missing: Vec<_> = live_exported.difference(&listed).collect();
        let stale: Vec<_> = listed.difference(&live_exported).collect();
        assert!(
            missing.is_empty(),
            "{}: columns neither exported nor excluded: {missing:?}",
            t.kind
        );
        assert!(
            stale.is_empty(),
            "{}: exported columns the schema lacks: {stale:?}",
            t.kind
        );
        for name in excluded {
            assert!(
                live.iter().any(|(table, _)| table == name),
                "{}: excluded table {name} does not exist",
                t.kind
            );
        }
    }
}
