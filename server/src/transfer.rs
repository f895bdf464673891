//! `portal export-edition` and `portal import-edition`: an edition as one
//! JSON file, to move it between installations (say, from the embedded
//! SQLite file to PostgreSQL when the forum grows to several instances).
//! The work is in [`portal::db::transfer`]; this shows progress on a
//! terminal and ends with a summary.

use portal::db::Db;
use portal::db::transfer::{EditionFile, export_edition, import_edition};
use std::io::Write;
use std::path::Path;

/// Writes edition `code` (the current one when `None`) to `file`, which must
/// not exist yet.
pub async fn export(db: &Db, code: Option<&str>, file: &Path) -> Result<(), String> {
    if file.exists() {
        return Err(format!(
            "{} already exists; choose a new file",
            file.display()
        ));
    }
    let started = std::time::Instant::now();
    let spinner = crate::progress::spinner("export");
    let mut on_table =
        |table: &str, rows: usize| spinner.set_message(format!("export {table} ({rows} rows)"));
    let exported = export_edition(db, code, &mut on_table).await;
    spinner.finish_and_clear();
    let exported = exported.map_err(|e| e.to_string())?;
    let json = serde_json::to_vec_pretty(&exported).map_err(|e| e.to_string())?;
    // Written beside the target and renamed, so a failed export never
    // leaves half a file under the name asked for.
    let partial = file.with_extension("partial");
    let written = std::fs::File::create(&partial)
        .and_then(|mut f| f.write_all(&json).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&partial, file));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(format!("cannot write {}: {e}", file.display()));
    }
    println!(
        "edition {} exported to {}: {} rows in {} tables ({} people, {} proposals), {} KiB in \
         {:.1} s",
        exported.edition,
        file.display(),
        exported.row_count(),
        exported
            .tables
            .iter()
            .filter(|t| !t.rows.is_empty())
            .count(),
        exported.rows("users").len(),
        exported.rows("proposals").len(),
        json.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Reads `file` into the database, in one transaction.
pub async fn import(db: &Db, file: &Path) -> Result<(), String> {
    let started = std::time::Instant::now();
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let parsed: EditionFile = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{} is not an edition file: {e}", file.display()))?;
    let bar = crate::progress::bar("import", parsed.row_count() as u64);
    let mut done_before = 0u64;
    let mut current = String::new();
    let mut on_rows = |table: &str, done: usize, total: usize| {
        if table != current {
            current = table.to_owned();
            bar.set_message(table.to_owned());
        }
        bar.set_position(done_before + done as u64);
        if done == total {
            done_before += total as u64;
        }
    };
    let result = import_edition(db, &parsed, &mut on_rows).await;
    bar.finish_and_clear();
    let summary = result.map_err(|e| e.to_string())?;
    println!(
        "edition {} imported: {} rows written, {} people and {} organizations already here were \
         reused{} ({:.1} s)",
        summary.edition,
        summary.rows,
        summary.people_reused,
        summary.organizations_reused,
        if summary.replaced_empty {
            "; the empty edition of that code was replaced"
        } else {
            ""
        },
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
