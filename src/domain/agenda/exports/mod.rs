//! Exports of a released [`Programme`]: the frab/c3voc `schedule.xml` and
//! `schedule.json` read by conference apps, iCalendar files, CSV sheets and
//! the WSIS–SDG matrix. Every function is pure: it takes the snapshot stored
//! with a release and returns text, so a release always exports the same
//! bytes and the exports are tested without a server.
//!
//! The XML and JSON schedules are built from one plan (`schedule.rs`), so
//! they carry the same events, ids, guids and slugs.

mod csv;
#[cfg(test)]
pub(crate) mod fixture;
mod ics;
mod json;
mod matrix;
mod schedule;
mod xml;

pub use csv::{cell as csv_cell, matrix_csv, sessions_csv};
pub use ics::calendar_ics;
pub use json::schedule_json;
pub use matrix::{Matrix, MatrixLine, matrix};
pub use xml::schedule_xml;

use super::Programme;
use crate::domain::{geneva, taxonomy};
use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime};

/// The time zone of every time in a programme. The Geneva rules in
/// [`geneva`] are written for it, so exports name it rather than trusting
/// [`super::ProgrammeEdition::time_zone`] to agree.
pub const TIME_ZONE: &str = "Europe/Zurich";

/// Name and version announced by the exports.
pub const GENERATOR: &str = "wsis-portal";

/// URL-safe form of `text`: lower-case ASCII letters and digits, everything
/// else turned into single `-`, none at either end. Common accented Latin
/// letters lose their accent first (`Société` → `societe`); other scripts
/// vanish, so the result may be empty.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
            continue;
        }
        match fold_latin(ch) {
            // A separator, or a letter with no ASCII form: one dash, never
            // at the start.
            "" if out.is_empty() || out.ends_with('-') => {}
            "" => out.push('-'),
            folded => out.push_str(folded),
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Lower-case ASCII letters for an accented Latin letter, empty for
/// anything else. Only the letters of French, Spanish and Portuguese titles
/// are folded: enough for readable slugs without a transliteration table.
fn fold_latin(ch: char) -> &'static str {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        _ => "",
    }
}

/// The top-level Action Line (`C1` … `C11`) a code belongs to: itself, or
/// the parent of a sub-line (`C7-EHEALTH` → `C7`) or sub-theme (`C3-LIB` →
/// `C3`). Codes unknown to the taxonomy fall back to the part before `-`.
pub fn parent_line(code: &str) -> String {
    for line in taxonomy::action_lines() {
        let child = |l: &taxonomy::ActionLine| l.code == code;
        if line.code == code
            || line.sub_lines.iter().any(child)
            || line.sub_themes.iter().any(child)
        {
            return line.code.clone();
        }
    }
    code.split('-').next().unwrap_or(code).to_string()
}

/// Geneva wall-clock `minute` (may pass 24:00) of `day`.
fn wall_clock(day: Date, minute: u16) -> PrimitiveDateTime {
    day.midnight() + Duration::minutes(minute.into())
}

/// The instant Geneva clocks show `minute` of `day`, carrying Geneva's
/// offset (+01:00 or +02:00) so it prints as local time.
fn local(day: Date, minute: u16) -> OffsetDateTime {
    let utc = geneva::from_local(wall_clock(day, minute));
    utc.to_offset(geneva::offset_at(utc))
}

/// `YYYY-MM-DD`.
fn iso_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// RFC 3339 / `xs:dateTime` with its offset: `2027-05-04T09:00:00+02:00`.
fn iso_datetime(t: OffsetDateTime) -> String {
    let o = t.offset();
    let sign = if o.is_negative() { '-' } else { '+' };
    format!(
        "{}T{:02}:{:02}:{:02}{}{:02}:{:02}",
        iso_date(t.date()),
        t.hour(),
        t.minute(),
        t.second(),
        sign,
        o.whole_hours().unsigned_abs(),
        o.minutes_past_hour().unsigned_abs()
    )
}

/// `HH:MM` of a length in minutes.
fn hours_minutes(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Whether `url` is absolute http(s): the XML schema only takes those.
fn is_http(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// Public page of a session.
fn session_url(p: &Programme, code: &str) -> String {
    format!(
        "{}/sessions/{}",
        p.edition.base_url.trim_end_matches('/'),
        code
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn slugs_are_lower_case_ascii_with_single_dashes() {
        assert_eq!(slug("  Hello, World!  "), "hello-world");
        assert_eq!(slug("WF27-0012"), "wf27-0012");
        assert_eq!(
            slug("Société numérique — l'œuvre"),
            "societe-numerique-l-oeuvre"
        );
        assert_eq!(slug("الذكاء الاصطناعي"), "");
        assert_eq!(slug("AI 人工智能 for all"), "ai-for-all");
    }

    #[test]
    fn sub_lines_and_sub_themes_belong_to_their_parent_line() {
        assert_eq!(parent_line("C7-EHEALTH"), "C7");
        assert_eq!(parent_line("C3-LIB"), "C3");
        assert_eq!(parent_line("C11"), "C11");
        assert_eq!(parent_line("C12-NEW"), "C12");
    }

    #[test]
    fn local_times_carry_the_geneva_offset_of_their_date() {
        // 2027 switches to summer time on Sunday 28 March.
        assert_eq!(
            iso_datetime(local(date!(2027 - 03 - 26), 540)),
            "2027-03-26T09:00:00+01:00"
        );
        assert_eq!(
            iso_datetime(local(date!(2027 - 03 - 29), 540)),
            "2027-03-29T09:00:00+02:00"
        );
        assert_eq!(
            iso_datetime(local(date!(2027 - 05 - 04), 1440)),
            "2027-05-05T00:00:00+02:00"
        );
    }
}
