//! The vocabulary of the table list in `tables.rs`: column kinds, columns,
//! tables, the helpers that build them and the row scopes.

/// How a column is read, written and represented in the JSON file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `BIGINT`, a JSON number.
    Int,
    /// `TEXT`, a JSON string.
    Text,
    /// `BOOLEAN`, a JSON boolean.
    Bool,
    /// `TIMESTAMPTZ`, an RFC 3339 string in UTC with microseconds.
    Time,
    /// `DATE`, `YYYY-MM-DD`.
    Date,
}

/// One column of an exported table.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Column name.
    pub name: &'static str,
    /// Type.
    pub kind: Kind,
    /// Whether NULL is allowed.
    pub nullable: bool,
    /// The table whose `id` this column holds, remapped on import.
    pub refs: Option<&'static str>,
}

/// One exported table.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// Table name.
    pub name: &'static str,
    /// Whether the table has a generated `id` (exported, then replaced by
    /// the target's own on import).
    pub has_id: bool,
    /// Which rows belong to the edition whose id is `$1`; `None` for the
    /// people tables, which are chosen by what the edition refers to.
    pub scope: Option<&'static str>,
    /// The columns other than `id`.
    pub columns: &'static [Column],
}

pub(super) const fn col(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        nullable: false,
        refs: None,
    }
}
pub(super) const fn opt(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        nullable: true,
        refs: None,
    }
}
pub(super) const fn fk(name: &'static str, table: &'static str) -> Column {
    Column {
        name,
        kind: Kind::Int,
        nullable: false,
        refs: Some(table),
    }
}
pub(super) const fn opt_fk(name: &'static str, table: &'static str) -> Column {
    Column {
        name,
        kind: Kind::Int,
        nullable: true,
        refs: Some(table),
    }
}

pub(super) const OF_EDITION: &str = "edition_id = $1";
pub(super) const OF_PROPOSALS: &str = "proposal_id IN (SELECT id FROM proposals WHERE edition_id \
    = $1)";
pub(super) const OF_SUBMISSIONS: &str = "submission_id IN (SELECT id FROM submissions WHERE \
    edition_id = $1)";
pub(super) const OF_REVIEWS: &str = "review_id IN (SELECT r.id FROM reviews r JOIN proposals p \
    ON p.id = r.proposal_id WHERE p.edition_id = $1)";
