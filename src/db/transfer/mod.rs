//! Moving one edition between installations: `portal export-edition` writes
//! it as one JSON document, `portal import-edition` reads it into another
//! database (SQLite or PostgreSQL, either way round).
//!
//! The file holds the edition's rows table by table ([`tables::TABLES`]),
//! with every column typed and every foreign key named, plus the people and
//! organizations the edition refers to and the staff accounts with their
//! roles. Row ids are kept in the file but not in the target: each row gets
//! the target's own id and every reference is translated, so an edition can
//! join a database that already holds others. People already in the target
//! (same e-mail address) and organizations already there (same name and
//! country) are reused rather than duplicated.

mod columns;
mod export;
mod import;
pub mod tables;

pub use export::export_edition;
pub use import::{ImportSummary, import_edition};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime, UtcOffset};

/// The `format` field of every edition file.
pub const FORMAT: &str = "wsis-portal-edition";
/// The version of the file layout this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// An exported edition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditionFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`FORMAT_VERSION`].
    pub version: u32,
    /// The migration the exporting database was at; the importing one must
    /// be at the same.
    pub schema: i64,
    /// The edition's code (e.g. `WF27`).
    pub edition: String,
    /// When the file was written (RFC 3339).
    pub exported_at: String,
    /// Rows, table by table, in insertion order.
    pub tables: Vec<TableRows>,
}

/// The rows of one table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableRows {
    /// Table name.
    pub table: String,
    /// One object per row, keyed by column name.
    pub rows: Vec<Map<String, Value>>,
}

impl EditionFile {
    /// The rows of `table` (empty when the file has none).
    pub fn rows(&self, table: &str) -> &[Map<String, Value>] {
        self.tables
            .iter()
            .find(|t| t.table == table)
            .map(|t| t.rows.as_slice())
            .unwrap_or(&[])
    }

    /// How many rows the file holds in all.
    pub fn row_count(&self) -> usize {
        self.tables.iter().map(|t| t.rows.len()).sum()
    }
}

/// Why an export or an import did not happen. Nothing is written to the
/// target database when an import fails: it runs in one transaction.
#[derive(Debug, thiserror::Error)]
pub enum TransferError {
    /// The file is not an edition file this build can read.
    #[error("{0}")]
    File(String),
    /// The target cannot take the edition (say, it already has it).
    #[error("{0}")]
    Refused(String),
    /// The database failed.
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    /// The service layer failed.
    #[error("{0}")]
    App(#[from] crate::AppError),
}

/// Timestamps are written in UTC with microseconds, the precision both
/// databases keep, so an export of an import equals the original.
pub(crate) fn format_time(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    let t = t
        .replace_nanosecond(t.nanosecond() / 1_000 * 1_000)
        .unwrap_or(t);
    t.format(&Rfc3339).unwrap_or_default()
}

pub(crate) fn parse_time(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

pub(crate) fn format_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, &fmt).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_keep_microseconds_in_utc() {
        let t = time::macros::datetime!(2027-07-06 09:30:15.123_456_789 +02:00);
        let s = format_time(t);
        assert_eq!(s, "2027-07-06T07:30:15.123456Z");
        assert_eq!(
            parse_time(&s),
            Some(time::macros::datetime!(2027-07-06 07:30:15.123_456 UTC))
        );
        assert_eq!(parse_time("yesterday"), None);
    }

    #[test]
    fn dates_round_trip() {
        let d = time::macros::date!(2027 - 07 - 06);
        assert_eq!(format_date(d), "2027-07-06");
        assert_eq!(parse_date("2027-07-06"), Some(d));
        assert_eq!(parse_date("2027-13-06"), None);
    }

    #[test]
    fn every_reference_points_to_an_earlier_table_or_its_own() {
        for (i, t) in tables::TABLES.iter().enumerate() {
            for c in t.columns {
                if let Some(target) = c.refs {
                    let j = tables::TABLES
                        .iter()
                        .position(|x| x.name == target)
                        .unwrap_or_else(|| {
                            panic!("{}.{} refers to unknown {target}", t.name, c.name)
                        });
                    assert!(
                        j <= i,
                        "{}.{} refers to {target}, which comes later",
                        t.name,
                        c.name
                    );
                    assert!(tables::TABLES[j].has_id, "{target} has no id to refer to");
                }
            }
        }
    }
}
