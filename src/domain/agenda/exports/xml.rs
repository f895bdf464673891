//! `schedule.xml` in the frab/c3voc format read by conference apps
//! (Giggity, EventFahrplan, …), valid against the c3voc `schedule.xml.xsd`.
//! Written by hand: the format is small and a writer crate would be a new
//! dependency.

use super::schedule::{Event, Plan, plan};
use super::{GENERATOR, TIME_ZONE, hours_minutes, is_http, iso_date, iso_datetime};
use crate::domain::agenda::{Programme, clock};
use std::fmt::Write;

/// The programme as a frab/c3voc `schedule.xml` document.
///
/// One `<day>` per programme day with every room (empty ones too); sessions
/// and plenaries are events (a plenary once, in the first room it covers),
/// breaks are not. Events carry no `code` attribute: the schema wants six
/// random characters and session codes look like `WF27-0012`.
pub fn schedule_xml(p: &Programme) -> String {
    let plan = plan(p);
    let mut x = String::with_capacity(4096 + 2048 * p.sessions.len());
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    let _ = writeln!(
        x,
        "  <generator name=\"{GENERATOR}\" version=\"{}\"/>",
        env!("CARGO_PKG_VERSION")
    );
    element(&mut x, 2, "version", &format!("release {}", p.release));
    conference(&mut x, p, &plan);
    for day in &plan.days {
        let _ = writeln!(
            x,
            "  <day index=\"{}\" date=\"{}\" start=\"{}\" end=\"{}\">",
            day.index,
            iso_date(day.date),
            iso_datetime(day.begins),
            iso_datetime(day.ends)
        );
        for (room, events) in &day.rooms {
            let _ = write!(x, "    <room name=\"{}\"", escape(&room.name));
            if is_uuid(&room.guid) {
                let _ = write!(x, " guid=\"{}\"", escape(&room.guid));
            }
            if events.is_empty() {
                x.push_str("/>\n");
                continue;
            }
            x.push_str(">\n");
            for e in events {
                event(&mut x, e);
            }
            x.push_str("    </room>\n");
        }
        x.push_str("  </day>\n");
    }
    x.push_str("</schedule>\n");
    x
}

fn conference(x: &mut String, p: &Programme, plan: &Plan<'_>) {
    x.push_str("  <conference>\n");
    element(x, 4, "acronym", &plan.acronym);
    element(x, 4, "title", &p.edition.title);
    if let (Some(first), Some(last)) = (plan.days.first(), plan.days.last()) {
        element(x, 4, "start", &iso_datetime(first.begins));
        element(x, 4, "end", &iso_datetime(last.ends));
    }
    element(x, 4, "days", &plan.days.len().to_string());
    element(x, 4, "timeslot_duration", &hours_minutes(p.step));
    if let Some(url) = plan.base_url {
        element(x, 4, "base_url", url);
        element(x, 4, "url", url);
    }
    element(x, 4, "time_zone_name", TIME_ZONE);
    for t in &plan.tracks {
        let _ = write!(
            x,
            "    <track name=\"{}\" color=\"{}\"",
            escape(&t.name),
            t.color
        );
        if let Some(slug) = &t.slug {
            let _ = write!(x, " slug=\"{slug}\"");
        }
        let _ = writeln!(x, ">{}</track>", escape(&t.name));
    }
    x.push_str("  </conference>\n");
}

fn event(x: &mut String, e: &Event<'_>) {
    let _ = writeln!(
        x,
        "      <event id=\"{}\" guid=\"{}\">",
        e.id,
        escape(e.guid)
    );
    let pad = 8;
    element(x, pad, "room", &e.room.name);
    element(x, pad, "title", e.title);
    element(x, pad, "subtitle", "");
    element(x, pad, "type", e.kind);
    element(x, pad, "date", &iso_datetime(e.begins));
    element(x, pad, "start", &clock(e.start));
    element(x, pad, "duration", &hours_minutes(e.minutes));
    element(x, pad, "abstract", e.abstract_text);
    element(x, pad, "slug", &e.slug);
    element(x, pad, "track", &e.track);
    if e.persons.is_empty() {
        x.push_str("        <persons/>\n");
    } else {
        x.push_str("        <persons>\n");
        for person in e.persons {
            x.push_str("          <person");
            if is_uuid(&person.guid) {
                let _ = write!(x, " guid=\"{}\"", escape(&person.guid));
            }
            let _ = writeln!(x, ">{}</person>", escape(&person.name));
        }
        x.push_str("        </persons>\n");
    }
    if let Some(language) = e.language {
        element(x, pad, "language", language);
    }
    element(x, pad, "description", e.description);
    x.push_str("        <links/>\n");
    if is_http(&e.url) {
        element(x, pad, "url", &e.url);
    }
    x.push_str("      </event>\n");
}

/// `<name>text</name>` on its own line, indented by `indent` spaces.
fn element(x: &mut String, indent: usize, name: &str, text: &str) {
    let _ = writeln!(x, "{:indent$}<{name}>{}</{name}>", "", escape(text));
}

/// `text` safe in XML content and in double- or single-quoted attributes.
/// Characters XML 1.0 forbids even as references (most C0 controls,
/// U+FFFE, U+FFFF) are dropped; tab and line breaks inside attributes are
/// written as references, or parsers would turn them into spaces.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether `text` has the UUID shape the schema's `guid` attributes need
/// (optional ones are left out rather than made invalid).
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::programme;
    use super::*;
    use time::macros::date;

    #[test]
    fn text_and_attributes_escape_markup_quotes_and_controls() {
        assert_eq!(
            escape(r#"<a & "b" 'c'>"#),
            "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;"
        );
        assert_eq!(escape("line\nbreak\u{0007}"), "line&#10;break");
        assert_eq!(escape("مرحبا 你好 été"), "مرحبا 你好 été");
    }

    #[test]
    fn titles_with_markup_are_escaped_in_the_document() {
        let mut p = programme();
        p.sessions[0].title = "Tags <b> & \"quotes\"".into();
        let xml = schedule_xml(&p);
        assert!(xml.contains("<title>Tags &lt;b&gt; &amp; &quot;quotes&quot;</title>"));
        assert!(!xml.contains("<b>"));
    }

    #[test]
    fn event_dates_take_the_offset_in_force_on_their_day() {
        // Summer time starts on Sunday 28 March 2027.
        let mut p = programme();
        p.days = vec![date!(2027 - 03 - 26), date!(2027 - 03 - 29)];
        p.sessions[0].span.day = date!(2027 - 03 - 26);
        p.sessions[1].span.day = date!(2027 - 03 - 29);
        p.blocks.clear();
        let xml = schedule_xml(&p);
        assert!(
            xml.contains("<date>2027-03-26T09:00:00+01:00</date>"),
            "{xml}"
        );
        assert!(
            xml.contains("<date>2027-03-29T11:00:00+02:00</date>"),
            "{xml}"
        );
        assert!(xml.contains("start=\"2027-03-26T09:00:00+01:00\""));
        assert!(xml.contains("end=\"2027-03-29T18:00:00+02:00\""));
    }

    #[test]
    fn every_room_is_listed_every_day_and_breaks_are_not_events() {
        let p = programme();
        let xml = schedule_xml(&p);
        assert_eq!(xml.matches("<day ").count(), p.days.len());
        assert_eq!(
            xml.matches("<room name=").count(),
            p.days.len() * p.rooms.len()
        );
        // The sessions plus the plenary, listed once.
        assert_eq!(xml.matches("<event ").count(), p.sessions.len() + 1);
        assert!(!xml.contains("Coffee"));
        assert!(!xml.contains(" code="));
    }

    #[test]
    fn only_uuid_shaped_guids_are_written_as_optional_attributes() {
        assert!(is_uuid("6f1c2a3b-0000-4000-8000-00000000abcd"));
        assert!(!is_uuid("6f1c2a3b-0000-4000-8000"));
        assert!(!is_uuid("not-a-guid"));
    }
}
