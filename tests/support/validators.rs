//! Checks exports with the reference tools instead of our own reading of
//! the formats: `xmllint` for the c3voc XSD, Python's `jsonschema` for the
//! c3voc JSON schema, Python's `icalendar` for iCalendar files.
//!
//! The service tests reach it as `support::validators`; the HTTP tests
//! include it with `#[path]`.
//! A missing tool is an error that says how to install it
//! (`scripts/test.sh` installs them), not a silent pass.
#![allow(dead_code)] // Each test crate uses only some of the checks.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const XMLLINT_HINT: &str = "xmllint is missing: apt-get install libxml2-utils";
const PYTHON_HINT: &str = "python3 is missing: apt-get install python3";
const MODULES_HINT: &str = "pip install jsonschema icalendar";

/// The c3voc schemas (`xsd/schedule.xml.xsd`, `json/schema.json`) copied
/// into `shared/schemas/voc-schedule` beside the workspace. Looked up from
/// the including crate's manifest directory and its parent, so the root
/// crate's tests and `server/tests` both find it. `None` when absent: the
/// caller prints `skipped: ../shared/schemas not found` and returns.
pub fn schemas_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .take(2)
        .map(|dir| dir.join("../shared/schemas/voc-schedule"))
        .find(|dir| dir.is_dir())
}

/// Validates `xml` against the XSD at `xsd` with
/// `xmllint --noout --schema XSD FILE`.
pub fn xml_against_xsd(xml: &str, xsd: &Path) -> Result<(), String> {
    let file = TempFile::new("xml", xml)?;
    let out = run(
        Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(xsd)
            .arg(&file.0),
        XMLLINT_HINT,
    )?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("xmllint rejected the document:\n{}", text(&out)))
    }
}

/// Validates `json` against the draft-06 JSON schema at `schema`, formats
/// included, and lists every error.
pub fn json_against_schema(json: &str, schema: &Path) -> Result<(), String> {
    const SCRIPT: &str = r#"
import json, sys
try:
    from jsonschema import Draft6Validator
except ImportError:
    sys.exit(3)
schema = json.load(open(sys.argv[1], encoding="utf-8"))
doc = json.load(open(sys.argv[2], encoding="utf-8"))
v = Draft6Validator(schema, format_checker=Draft6Validator.FORMAT_CHECKER)
errors = sorted(v.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
for e in errors:
    print("/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message)
sys.exit(1 if errors else 0)
"#;
    let file = TempFile::new("json", json)?;
    let out = python(SCRIPT, &[schema, &file.0])?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "the JSON schema rejected the document:\n{}",
            text(&out)
        ))
    }
}

/// Parses `ics` with Python's `icalendar`, checks that every VEVENT has a
/// UID, DTSTART, DTEND and SEQUENCE and that no component had parse errors,
/// and returns the number of events.
pub fn ics_parses(ics: &str) -> Result<usize, String> {
    const SCRIPT: &str = r#"
import sys
try:
    from icalendar import Calendar
except ImportError:
    sys.exit(3)
cal = Calendar.from_ical(open(sys.argv[1], "rb").read())
problems = []
for c in cal.walk():
    for prop, err in getattr(c, "errors", []):
        problems.append(f"{c.name} {prop}: {err}")
events = cal.walk("VEVENT")
for i, e in enumerate(events, 1):
    for key in ("UID", "DTSTART", "DTEND", "SEQUENCE"):
        if key not in e:
            problems.append(f"event {i} has no {key}")
    e.decoded("DTSTART"), e.decoded("DTEND")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(len(events))
"#;
    let file = TempFile::new("ics", ics)?;
    let out = python(SCRIPT, &[&file.0])?;
    if !out.status.success() {
        return Err(format!("icalendar rejected the calendar:\n{}", text(&out)));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .trim()
        .parse()
        .map_err(|_| format!("unexpected icalendar output: {stdout}"))
}

/// Runs a Python script with `args`; exit status 3 means a module is
/// missing.
fn python(script: &str, args: &[&Path]) -> Result<Output, String> {
    let out = run(
        Command::new("python3").arg("-c").arg(script).args(args),
        PYTHON_HINT,
    )?;
    if out.status.code() == Some(3) {
        return Err(format!("Python modules are missing: {MODULES_HINT}"));
    }
    Ok(out)
}

fn run(command: &mut Command, hint: &str) -> Result<Output, String> {
    command.output().map_err(|e| match e.kind() {
        ErrorKind::NotFound => hint.to_string(),
        _ => format!("{hint} ({e})"),
    })
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A file under the temporary directory, named uniquely (process id and a
/// counter: tests run in parallel threads and processes), removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(extension: &str, content: &str) -> Result<TempFile, String> {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let name = format!("wsis-portal-export-{}-{n}.{extension}", std::process::id());
        let path = std::env::temp_dir().join(name);
        std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(TempFile(path))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
