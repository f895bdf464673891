//! Reading an edition out of a database into an [`EditionFile`].

use super::tables::{Kind, TABLES, Table};
use super::{
    EditionFile, FORMAT, FORMAT_VERSION, TableRows, TransferError, format_date, format_time,
};
use crate::db::Db;
use serde_json::{Map, Value};
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use time::{Date, OffsetDateTime};

type Rows = Vec<Map<String, Value>>;

/// The `SELECT` that reads `table`: the edition's rows (or, for the people
/// tables, all of them; they are filtered afterwards), in a stable order.
fn select_sql(table: &Table) -> String {
    let mut cols: Vec<&str> = Vec::with_capacity(table.columns.len() + 1);
    if table.has_id {
        cols.push("id");
    }
    cols.extend(table.columns.iter().map(|c| c.name));
    let order = if table.has_id {
        "1".to_owned()
    } else {
        (1..=table.columns.len().min(3))
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let filter = table
        .scope
        .map(|s| format!(" WHERE {s}"))
        .unwrap_or_default();
    format!(
        "SELECT {} FROM {}{filter} ORDER BY {order}",
        cols.join(", "),
        table.name
    )
}

/// Reads one row into a JSON object, each column by its declared type.
macro_rules! read_row {
    ($row:expr, $table:expr) => {{
        let row = $row;
        let mut obj = Map::new();
        if $table.has_id {
            obj.insert("id".into(), Value::from(row.try_get::<i64, _>("id")?));
        }
        for c in $table.columns {
            let v = match c.kind {
                Kind::Int => row.try_get::<Option<i64>, _>(c.name)?.map(Value::from),
                Kind::Text => row.try_get::<Option<String>, _>(c.name)?.map(Value::from),
                Kind::Bool => row.try_get::<Option<bool>, _>(c.name)?.map(Value::from),
                Kind::Time => row
                    .try_get::<Option<OffsetDateTime>, _>(c.name)?
                    .map(|t| Value::from(format_time(t))),
                Kind::Date => row
                    .try_get::<Option<Date>, _>(c.name)?
                    .map(|d| Value::from(format_date(d))),
            };
            obj.insert(c.name.into(), v.unwrap_or(Value::Null));
        }
        obj
    }};
}

async fn read_table(db: &Db, table: &Table, edition: i64) -> Result<Rows, TransferError> {
    let sql = select_sql(table);
    let rows = crate::dispatch!(db, |pool| async {
        let mut q = sqlx::query(&sql);
        if table.scope.is_some() {
            q = q.bind(edition);
        }
        let mut out = Vec::new();
        for row in q.fetch_all(pool).await? {
            out.push(read_row!(&row, table));
        }
        Ok::<_, sqlx::Error>(out)
    }
    .await)?;
    Ok(rows)
}

fn id_of(row: &Map<String, Value>, column: &str) -> Option<i64> {
    row.get(column).and_then(Value::as_i64)
}

/// Every id that the rows of `tables` hold in a column referring to `target`.
fn referenced(tables: &BTreeMap<&str, Rows>, target: &str) -> BTreeSet<i64> {
    let mut ids = BTreeSet::new();
    for t in TABLES {
        let Some(rows) = tables.get(t.name) else {
            continue;
        };
        for c in t.columns.iter().filter(|c| c.refs == Some(target)) {
            ids.extend(rows.iter().filter_map(|r| id_of(r, c.name)));
        }
    }
    ids
}

/// Reads the edition `code` (the current one when `None`) with the people
/// and organizations it refers to. `progress` hears each table's name and
/// row count as it is read.
pub async fn export_edition(
    db: &Db,
    code: Option<&str>,
    progress: &mut (dyn FnMut(&str, usize) + Send),
) -> Result<EditionFile, TransferError> {
    let found: Option<(i64, String)> = crate::dispatch!(db, |pool| match code {
        Some(c) =>
            sqlx::query_as("SELECT id, code FROM editions WHERE code = $1")
                .bind(c)
                .fetch_optional(pool)
                .await,
        None =>
            sqlx::query_as("SELECT id, code FROM editions WHERE is_current = TRUE")
                .fetch_optional(pool)
                .await,
    })?;
    let Some((edition, code)) = found else {
        return Err(TransferError::Refused(match code {
            Some(c) => format!("there is no edition {c} in this database"),
            None => "this database has no current edition".into(),
        }));
    };
    let schema = crate::db::schema::migration_version(db).await?;

    let mut tables: BTreeMap<&str, Rows> = BTreeMap::new();
    for t in TABLES.iter().filter(|t| t.scope.is_some()) {
        let rows = read_table(db, t, edition).await?;
        progress(t.name, rows.len());
        tables.insert(t.name, rows);
    }

    // The staff (everyone holding a role) and everyone the edition names.
    let grants = read_table(db, table("role_grants")?, edition).await?;
    let mut people = referenced(&tables, "users");
    for g in &grants {
        people.extend(id_of(g, "user_id"));
        people.extend(id_of(g, "granted_by"));
    }
    let mut users = read_table(db, table("users")?, edition).await?;
    users.retain(|u| id_of(u, "id").is_some_and(|id| people.contains(&id)));
    tables.insert("users", users);
    tables.insert("role_grants", grants);

    let orgs_named = referenced(&tables, "organizations");
    let mut orgs = read_table(db, table("organizations")?, edition).await?;
    orgs.retain(|o| id_of(o, "id").is_some_and(|id| orgs_named.contains(&id)));
    tables.insert("organizations", orgs);
    for name in ["organizations", "users", "role_grants"] {
        progress(name, tables[name].len());
    }

    let tables = TABLES
        .iter()
        .map(|t| TableRows {
            table: t.name.to_owned(),
            rows: tables.remove(t.name).unwrap_or_default(),
        })
        .collect();
    Ok(EditionFile {
        format: FORMAT.to_owned(),
        version: FORMAT_VERSION,
        schema,
        edition: code,
        exported_at: format_time(OffsetDateTime::now_utc()),
        tables,
    })
}

fn table(name: &str) -> Result<&'static Table, TransferError> {
    super::tables::table(name)
        .ok_or_else(|| TransferError::File(format!("{name} is not a table of the edition file")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selects_are_scoped_and_ordered() {
        let table = |name| super::table(name).unwrap();
        assert_eq!(
            select_sql(table("proposal_languages")),
            "SELECT proposal_id, language FROM proposal_languages WHERE proposal_id IN (SELECT \
             id FROM proposals WHERE edition_id = $1) ORDER BY 1, 2"
        );
        assert!(select_sql(table("users")).starts_with("SELECT id, email, name"));
        assert!(select_sql(table("users")).ends_with("FROM users ORDER BY 1"));
    }
}
