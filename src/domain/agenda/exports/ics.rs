//! iCalendar (RFC 5545) files: the whole programme, one person's sessions,
//! or a personal selection. Calendar apps match events by UID and take the
//! highest SEQUENCE, so a later release updates the events already imported
//! instead of duplicating them.

use super::{GENERATOR, TIME_ZONE, is_http, session_url, wall_clock};
use crate::domain::agenda::{Programme, ProgrammeSession};
use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

/// Europe/Zurich since 1996 (EU rules): summer time from the last Sunday of
/// March 02:00 to the last Sunday of October 03:00, local time. Shipped in
/// the file because clients need the rules of every TZID they see.
const VTIMEZONE: [&str; 18] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Zurich",
    "X-LIC-LOCATION:Europe/Zurich",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// An iCalendar file named `name` with one event per session of `sessions`
/// (taken from `p`, whose release time is every event's DTSTAMP).
///
/// UIDs are `{session guid}@{portal host}`, stable across releases; the
/// SEQUENCE is the session's revision. Times are Geneva wall-clock times
/// with `TZID=Europe/Zurich`, whose rules the file carries.
pub fn calendar_ics(p: &Programme, sessions: &[&ProgrammeSession], name: &str) -> String {
    let host = uid_host(&p.edition.base_url);
    let stamp = utc_stamp(p.released_at);
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//WSIS Forum//{GENERATOR} {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", text(name)),
        format!("X-WR-TIMEZONE:{TIME_ZONE}"),
    ];
    lines.extend(VTIMEZONE.iter().map(|l| l.to_string()));
    for s in sessions {
        let url = session_url(p, &s.code);
        let location = match p.room(s.room) {
            Some(r) if r.building.is_empty() => r.name.clone(),
            Some(r) => format!("{}, {}", r.name, r.building),
            None => String::new(),
        };
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", text(&format!("{}@{host}", s.guid))));
        lines.push(format!("SEQUENCE:{}", s.sequence));
        lines.push(format!("DTSTAMP:{stamp}"));
        let at = |minute| local_stamp(wall_clock(s.span.day, minute));
        lines.push(format!("DTSTART;TZID={TIME_ZONE}:{}", at(s.span.start)));
        lines.push(format!("DTEND;TZID={TIME_ZONE}:{}", at(s.span.end)));
        lines.push(format!("SUMMARY:{}", text(&s.title)));
        lines.push(format!(
            "DESCRIPTION:{}",
            text(&format!("{}\n\n{url}", s.abstract_text))
        ));
        if !location.is_empty() {
            lines.push(format!("LOCATION:{}", text(&location)));
        }
        if is_http(&url) {
            lines.push(format!("URL:{url}"));
        }
        if !s.action_lines.is_empty() {
            let codes: Vec<String> = s.action_lines.iter().map(|l| text(&l.code)).collect();
            lines.push(format!("CATEGORIES:{}", codes.join(",")));
        }
        lines.push("STATUS:CONFIRMED".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

/// The host of `base_url` (`https://forum.example.org:8443/x` →
/// `forum.example.org`), or `wsis-portal` when it has none.
fn uid_host(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("").to_ascii_lowercase();
    if host.is_empty() {
        "wsis-portal".into()
    } else {
        host
    }
}

/// `YYYYMMDDTHHMMSSZ` in UTC.
fn utc_stamp(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{}Z",
        local_stamp(PrimitiveDateTime::new(t.date(), t.time()))
    )
}

/// `YYYYMMDDTHHMMSS` of a wall-clock time.
fn local_stamp(t: PrimitiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A TEXT value: backslash, semicolon and comma escaped, line breaks as
/// `\n`, other control characters (which TEXT forbids) dropped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF is one break.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (RFC 5545 §3.1), never inside a
/// UTF-8 sequence: each continuation starts with a space, which counts
/// towards its 75. Ends with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 74 * 3 + 2);
    let mut used = 0;
    for ch in line.chars() {
        let n = ch.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += n;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture::programme;
    use super::*;

    #[test]
    fn text_values_escape_backslashes_separators_and_line_breaks() {
        assert_eq!(text("a\\b; c, d\r\ne\nf"), "a\\\\b\\; c\\, d\\ne\\nf");
        assert_eq!(text("bell\u{7}"), "bell");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(100));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for (i, part) in folded.trim_end_matches("\r\n").split("\r\n").enumerate() {
            assert!(part.len() <= 75, "{} octets", part.len());
            assert_eq!(part.starts_with(' '), i > 0);
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
        // Exactly 75 octets stay on one line.
        assert_eq!(fold(&"x".repeat(75)).matches("\r\n").count(), 1);
    }

    #[test]
    fn events_have_stable_uids_sequences_and_geneva_times() {
        let mut p = programme();
        p.sessions[0].sequence = 3;
        p.sessions[0].abstract_text = "One; two, three\nfour".into();
        let chosen: Vec<&ProgrammeSession> = p.sessions.iter().take(2).collect();
        let ics = calendar_ics(&p, &chosen, "My, WSIS");
        assert_eq!(
            ics.matches('\n').count(),
            ics.matches("\r\n").count(),
            "CRLF only"
        );
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert!(ics.contains("UID:10000000-0000-4000-8000-000000000012@forum.example.org\r\n"));
        assert!(ics.contains("SEQUENCE:3\r\n"));
        assert!(ics.contains("DTSTAMP:20270401T100000Z\r\n"));
        assert!(ics.contains("DTSTART;TZID=Europe/Zurich:20270504T090000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Zurich:20270504T103000\r\n"));
        assert!(ics.contains("DESCRIPTION:One\\; two\\, three\\nfour\\n\\nhttps://"));
        assert!(ics.contains("LOCATION:Room A\\, CICG\r\n"));
        assert!(ics.contains("CATEGORIES:C7-EHEALTH,C1\r\n"));
        assert!(ics.contains("X-WR-CALNAME:My\\, WSIS\r\n"));
    }

    #[test]
    fn uid_hosts_come_from_the_base_url() {
        assert_eq!(
            uid_host("https://Forum.Example.org:8443/x?y"),
            "forum.example.org"
        );
        assert_eq!(uid_host("https://user@host.example/"), "host.example");
        assert_eq!(uid_host(""), "wsis-portal");
    }
}
