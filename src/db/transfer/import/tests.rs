use super::*;
use crate::db::transfer::TableRows;

fn file(tables: Vec<TableRows>) -> EditionFile {
    EditionFile {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        schema: 1,
        edition: "WF27".into(),
        exported_at: "2027-01-01T00:00:00Z".into(),
        tables,
    }
}

fn rows(table: &str, rows: Vec<Value>) -> TableRows {
    TableRows {
        table: table.into(),
        rows: rows
            .into_iter()
            .map(|v| v.as_object().cloned().unwrap_or_default())
            .collect(),
    }
}

fn message(r: Result<Vec<(&'static Table, Vec<TypedRow>)>, TransferError>) -> String {
    match r {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_file_of_another_kind_is_refused() {
    let mut f = file(vec![]);
    f.format = "something-else".into();
    assert!(message(typed(&f)).contains("not an edition file"));
    let mut f = file(vec![]);
    f.version = 99;
    assert!(message(typed(&f)).contains("version 99"));
    let f = file(vec![rows("passwords", vec![])]);
    assert!(message(typed(&f)).contains("unknown table \"passwords\""));
    assert!(message(typed(&file(vec![]))).contains("holds 0 editions"));
}

#[test]
fn a_bad_cell_is_named_by_table_row_and_column() {
    let org = serde_json::json!({
        "id": 1,
        "name": "ITU",
        "name_key": "itu",
        "stakeholder_type": "io",
        "country_code": "CH",
        "website": null,
        "created_at": "2027-01-01T00:00:00Z",
        "updated_at": "not a time",
        "version": 1,
    });
    let f = file(vec![rows("organizations", vec![org.clone()])]);
    assert_eq!(
        message(typed(&f)),
        "organizations, row 1: updated_at is not an RFC 3339 time"
    );
    let mut missing = org.clone();
    missing.as_object_mut().map(|o| o.remove("name"));
    let f = file(vec![rows("organizations", vec![missing])]);
    assert_eq!(message(typed(&f)), "organizations, row 1: name is missing");
    let mut empty = org;
    empty["country_code"] = Value::Null;
    let f = file(vec![rows("organizations", vec![empty])]);
    assert_eq!(
        message(typed(&f)),
        "organizations, row 1: country_code is empty but required"
    );
}

#[test]
fn references_are_translated_and_unknown_ones_refused() {
    let table = super::super::tables::table("review_team_members").unwrap_or(&TABLES[0]);
    let mut maps: IdMaps = HashMap::new();
    maps.entry("review_teams").or_default().insert(7, 70);
    maps.entry("users").or_default().insert(3, 30);
    let mut row = TypedRow {
        id: None,
        cells: vec![Cell::Int(Some(7)), Cell::Int(Some(3))],
    };
    assert!(matches!(remap(table, 0, &mut row, &maps), Ok(None)));
    assert!(matches!(
        row.cells[..],
        [Cell::Int(Some(70)), Cell::Int(Some(30))]
    ));
    let mut row = TypedRow {
        id: None,
        cells: vec![Cell::Int(Some(7)), Cell::Int(Some(4))],
    };
    let err = remap(table, 2, &mut row, &maps)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert_eq!(
        err,
        "review_team_members, row 3: user_id refers to users id 4, which the file does not hold"
    );
}

#[test]
fn inserts_list_every_column() {
    let t = super::super::tables::table("proposal_languages").unwrap_or(&TABLES[0]);
    assert_eq!(
        insert_sql(t, false, false),
        "INSERT INTO proposal_languages (proposal_id, language) VALUES ($1, $2)"
    );
    let t = super::super::tables::table("role_grants").unwrap_or(&TABLES[0]);
    assert!(insert_sql(t, true, true).ends_with("ON CONFLICT DO NOTHING RETURNING id"));
}
