//! Writing an [`EditionFile`] into a database, in one transaction.

use super::tables::{Kind, TABLES, Table};
use super::{EditionFile, FORMAT, FORMAT_VERSION, TransferError, parse_date, parse_time};
use crate::db::Db;
use crate::services::Audit;
use serde_json::{Map, Value};
use std::collections::HashMap;
use time::{Date, OffsetDateTime};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// The edition's code.
    pub edition: String,
    /// Rows written.
    pub rows: usize,
    /// People already in the target (same e-mail address), reused.
    pub people_reused: usize,
    /// Organizations already in the target (same name and country), reused.
    pub organizations_reused: usize,
    /// Whether an empty edition of the same code (as a new installation
    /// creates on its first start) was replaced.
    pub replaced_empty: bool,
}

/// One typed value, checked against the column before anything is written.
#[derive(Debug, Clone)]
enum Cell {
    Int(Option<i64>),
    Text(Option<String>),
    Bool(Option<bool>),
    Time(Option<OffsetDateTime>),
    Date(Option<Date>),
}

/// A row of the file, typed: its id in the exporting database, if the
/// table has ids, and one cell per column of the table.
struct TypedRow {
    id: Option<i64>,
    cells: Vec<Cell>,
}

fn bad(table: &str, index: usize, column: &str, what: &str) -> TransferError {
    TransferError::File(format!("{table}, row {}: {column} {what}", index + 1))
}

fn typed_row(
    table: &Table,
    index: usize,
    row: &Map<String, Value>,
) -> Result<TypedRow, TransferError> {
    let id = if table.has_id {
        Some(
            row.get("id")
                .and_then(Value::as_i64)
                .ok_or_else(|| bad(table.name, index, "id", "is missing or not a whole number"))?,
        )
    } else {
        None
    };
    let mut cells = Vec::with_capacity(table.columns.len());
    for c in table.columns {
        let v = row
            .get(c.name)
            .ok_or_else(|| bad(table.name, index, c.name, "is missing"))?;
        if v.is_null() && !c.nullable {
            return Err(bad(table.name, index, c.name, "is empty but required"));
        }
        let wrong = |what: &str| bad(table.name, index, c.name, &format!("is not {what}"));
        let cell = match c.kind {
            Kind::Int => Cell::Int(if v.is_null() {
                None
            } else {
                Some(v.as_i64().ok_or_else(|| wrong("a whole number"))?)
            }),
            Kind::Text => Cell::Text(if v.is_null() {
                None
            } else {
                Some(v.as_str().ok_or_else(|| wrong("text"))?.to_owned())
            }),
            Kind::Bool => Cell::Bool(if v.is_null() {
                None
            } else {
                Some(v.as_bool().ok_or_else(|| wrong("true or false"))?)
            }),
            Kind::Time => Cell::Time(if v.is_null() {
                None
            } else {
                Some(
                    v.as_str()
                        .and_then(parse_time)
                        .ok_or_else(|| wrong("an RFC 3339 time"))?,
                )
            }),
            Kind::Date => Cell::Date(if v.is_null() {
                None
            } else {
                Some(
                    v.as_str()
                        .and_then(parse_date)
                        .ok_or_else(|| wrong("a YYYY-MM-DD date"))?,
                )
            }),
        };
        cells.push(cell);
    }
    Ok(TypedRow { id, cells })
}

/// Checks the whole file before the database is touched.
fn typed(file: &EditionFile) -> Result<Vec<(&'static Table, Vec<TypedRow>)>, TransferError> {
    if file.format != FORMAT {
        return Err(TransferError::File(format!(
            "this is not an edition file (format \"{}\", expected \"{FORMAT}\")",
            file.format
        )));
    }
    if file.version != FORMAT_VERSION {
        return Err(TransferError::File(format!(
            "edition file version {} cannot be read by this portal (it reads version \
             {FORMAT_VERSION})",
            file.version
        )));
    }
    if let Some(t) = file
        .tables
        .iter()
        .find(|t| super::tables::table(&t.table).is_none())
    {
        return Err(TransferError::File(format!(
            "unknown table \"{}\" in the file",
            t.table
        )));
    }
    let mut out = Vec::with_capacity(TABLES.len());
    for t in TABLES {
        let rows = file
            .rows(t.name)
            .iter()
            .enumerate()
            .map(|(i, r)| typed_row(t, i, r))
            .collect::<Result<Vec<_>, _>>()?;
        out.push((t, rows));
    }
    let editions = &out
        .iter()
        .find(|(t, _)| t.name == "editions")
        .map(|(_, r)| r.len())
        .unwrap_or(0);
    if *editions != 1 {
        return Err(TransferError::File(format!(
            "the file holds {editions} editions; it must hold exactly one"
        )));
    }
    Ok(out)
}

fn insert_sql(table: &Table, returning: bool, ignore_conflict: bool) -> String {
    let cols: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    let params: Vec<String> = (1..=cols.len()).map(|i| format!("${i}")).collect();
    format!(
        "INSERT INTO {} ({}) VALUES ({}){}{}",
        table.name,
        cols.join(", "),
        params.join(", "),
        if ignore_conflict {
            " ON CONFLICT DO NOTHING"
        } else {
            ""
        },
        if returning { " RETURNING id" } else { "" },
    )
}

/// Ids in the file → ids in the target, per table.
type IdMaps = HashMap<&'static str, HashMap<i64, i64>>;

/// Translates the row's references into the target's ids. A reference of
/// `proposals` to its own table is left empty and returned, to be set once
/// every proposal exists.
fn remap(
    table: &Table,
    index: usize,
    row: &mut TypedRow,
    maps: &IdMaps,
) -> Result<Option<i64>, TransferError> {
    let mut deferred = None;
    for (c, cell) in table.columns.iter().zip(row.cells.iter_mut()) {
        let (Some(target), Cell::Int(Some(old))) = (c.refs, &*cell) else {
            continue;
        };
        let old = *old;
        if target == table.name {
            deferred = Some(old);
            *cell = Cell::Int(None);
            continue;
        }
        let new = maps
            .get(target)
            .and_then(|m| m.get(&old))
            .copied()
            .ok_or_else(|| {
                bad(
                    table.name,
                    index,
                    c.name,
                    &format!("refers to {target} id {old}, which the file does not hold"),
                )
            })?;
        *cell = Cell::Int(Some(new));
    }
    Ok(deferred)
}

/// Binds every cell of a row, in column order.
macro_rules! bind_cells {
    ($q:expr, $cells:expr) => {{
        let mut q = $q;
        for cell in $cells {
            q = match cell {
                Cell::Int(v) => q.bind(*v),
                Cell::Text(v) => q.bind(v.clone()),
                Cell::Bool(v) => q.bind(*v),
                Cell::Time(v) => q.bind(*v),
                Cell::Date(v) => q.bind(*v),
            };
        }
        q
    }};
}

fn text_at(row: &TypedRow, table: &Table, column: &str) -> Option<String> {
    let i = table.columns.iter().position(|c| c.name == column)?;
    match &row.cells[i] {
        Cell::Text(v) => v.clone(),
        _ => None,
    }
}

fn bool_at(row: &TypedRow, table: &Table, column: &str) -> bool {
    let Some(i) = table.columns.iter().position(|c| c.name == column) else {
        return false;
    };
    matches!(row.cells[i], Cell::Bool(Some(true)))
}

/// Writes the edition in `file` into `db`. Refused, with nothing written,
/// when the file is malformed, comes from another schema version, or the
/// target already holds an edition of that code with proposals, rooms or
/// releases in it (an empty one, as a first start creates, is replaced).
/// `progress` hears each table's name, rows done and rows in all.
pub async fn import_edition(
    db: &Db,
    file: &EditionFile,
    progress: &mut (dyn FnMut(&str, usize, usize) + Send),
) -> Result<ImportSummary, TransferError> {
    let mut tables = typed(file)?;
    let schema = crate::db::schema::migration_version(db).await?;
    if schema != file.schema {
        return Err(TransferError::File(format!(
            "the file was written at schema version {} and this database is at {schema}; export \
             and import with the same portal version",
            file.schema
        )));
    }
    let code = file.edition.clone();
    let mut summary = ImportSummary {
        edition: code.clone(),
        ..ImportSummary::default()
    };
    let now = OffsetDateTime::now_utc();
    crate::dispatch!(db, |pool| {
        async {
            let mut tx = pool.begin().await?;
            let existing: Option<i64> =
                sqlx::query_scalar("SELECT id FROM editions WHERE code = $1")
                    .bind(&code)
                    .fetch_optional(&mut *tx)
                    .await?;
            if let Some(id) = existing {
                let used: i64 = sqlx::query_scalar(
                    "SELECT (SELECT COUNT(*) FROM proposals WHERE edition_id = $1) + (SELECT \
                     COUNT(*) FROM rooms WHERE edition_id = $1) + (SELECT COUNT(*) FROM \
                     agenda_releases WHERE edition_id = $1) + (SELECT COUNT(*) FROM submissions \
                     WHERE edition_id = $1)",
                )
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
                if used > 0 {
                    return Err(TransferError::Refused(format!(
                        "this database already holds edition {code} with proposals, rooms, \
                         releases or submissions in it; nothing was imported"
                    )));
                }
                sqlx::query("DELETE FROM editions WHERE id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                summary.replaced_empty = true;
            }
            let mut maps: IdMaps = HashMap::new();
            let mut deferred: Vec<(i64, i64)> = Vec::new();
            for (table, rows) in tables.iter_mut() {
                let total = rows.len();
                let mut map: HashMap<i64, i64> = HashMap::new();
                for (i, row) in rows.iter_mut().enumerate() {
                    let self_ref = remap(table, i, row, &maps)?;
                    // People and organizations already in the target are reused.
                    let reuse: Option<i64> = match table.name {
                        "users" => {
                            let email = text_at(row, table, "email").unwrap_or_default();
                            sqlx::query_scalar(
                                "SELECT id FROM users WHERE lower(email) = lower($1)",
                            )
                            .bind(email)
                            .fetch_optional(&mut *tx)
                            .await?
                        }
                        "organizations" => {
                            let key = text_at(row, table, "name_key").unwrap_or_default();
                            let country = text_at(row, table, "country_code").unwrap_or_default();
                            sqlx::query_scalar(
                                "SELECT MIN(id) FROM organizations WHERE name_key = $1 AND \
                                 country_code = $2",
                            )
                            .bind(key)
                            .bind(country)
                            .fetch_one(&mut *tx)
                            .await?
                        }
                        "editions" => {
                            if bool_at(row, table, "is_current") {
                                sqlx::query(
                                    "UPDATE editions SET is_current = FALSE WHERE is_current = \
                                     TRUE",
                                )
                                .execute(&mut *tx)
                                .await?;
                            }
                            None
                        }
                        _ => None,
                    };
                    let new_id = if let Some(id) = reuse {
                        if table.name == "users" {
                            summary.people_reused += 1
                        } else {
                            summary.organizations_reused += 1
                        }
                        Some(id)
                    } else if table.has_id {
                        // A role the person already holds in the target is kept as it is.
                        let sql = insert_sql(table, true, table.name == "role_grants");
                        let id: Option<i64> = bind_cells!(sqlx::query_scalar(&sql), &row.cells)
                            .fetch_optional(&mut *tx)
                            .await?;
                        summary.rows += usize::from(id.is_some());
                        id
                    } else {
                        let sql = insert_sql(table, false, false);
                        bind_cells!(sqlx::query(&sql), &row.cells)
                            .execute(&mut *tx)
                            .await?;
                        summary.rows += 1;
                        None
                    };
                    if let (Some(old), Some(new)) = (row.id, new_id) {
                        map.insert(old, new);
                        if let Some(target) = self_ref {
                            deferred.push((new, target));
                        }
                    }
                    if (i + 1) % 500 == 0 {
                        progress(table.name, i + 1, total);
                    }
                }
                maps.insert(table.name, map);
                progress(table.name, total, total);
            }
            for (id, old_target) in deferred {
                let target = maps
                    .get("proposals")
                    .and_then(|m| m.get(&old_target))
                    .copied()
                    .ok_or_else(|| {
                        TransferError::File(format!(
                            "proposals: merged_into refers to proposal id {old_target}, which \
                             the file does not hold"
                        ))
                    })?;
                sqlx::query("UPDATE proposals SET merged_into = $1 WHERE id = $2")
                    .bind(target)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            let after = serde_json::json!({
                "rows": summary.rows,
                "people_reused": summary.people_reused,
            });
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor: None::<crate::domain::UserId>,
                    action: "edition.import",
                    target_kind: "edition",
                    target: code.to_string(),
                    before: None::<Value>,
                    after: Some(after),
                    client_addr: ""
                }
            )?;
            tx.commit().await?;
            Ok::<_, TransferError>(())
        }
        .await
    })?;
    Ok(summary)
}

#[cfg(test)]
mod tests;
