//! Exports of a realistic released programme, checked with the reference
//! validators: the c3voc XSD (xmllint), the c3voc JSON schema (Python
//! jsonschema) and an iCalendar parser (Python icalendar). Also checks that
//! every export describes the same sessions.

use crate::support::validators;

use portal::domain::agenda::exports::{
    calendar_ics, matrix, matrix_csv, schedule_json, schedule_xml, sessions_csv,
};
use portal::domain::agenda::{
    BlockKind, Programme, ProgrammeBlock, ProgrammeEdition, ProgrammeOrganization, ProgrammePerson,
    ProgrammeRoom, ProgrammeSession, Span, ThemeRef,
};
use serde_json::Value;
use std::collections::BTreeSet;
use time::Date;
use time::macros::{date, datetime};

const DAYS: [Date; 3] = [
    date!(2027 - 05 - 04),
    date!(2027 - 05 - 05),
    date!(2027 - 05 - 06),
];

fn theme(code: &str, title: &str) -> ThemeRef {
    ThemeRef {
        code: code.into(),
        title: title.into(),
        rationale: "Because.".into(),
    }
}

fn person(n: u32, role: &str, name: &str, remote: bool) -> ProgrammePerson {
    ProgrammePerson {
        id: format!("person-{n}"),
        guid: format!("5b0e7c1a-3f2d-4c8e-9a61-{n:012x}"),
        role: role.into(),
        name: name.into(),
        title: "Director".into(),
        organization: "ITU".into(),
        country: "CH".into(),
        remote,
        // One person with a public biography, photo and link, so the
        // exports' schemas see them.
        bio: if n % 10 == 1 {
            "Works on **community networks** & <open> data.".into()
        } else {
            String::new()
        },
        links: if n % 10 == 1 {
            vec!["https://example.org/people/1".into()]
        } else {
            Vec::new()
        },
        photo: if n % 10 == 1 {
            "0123456789abcdef0123".into()
        } else {
            String::new()
        },
        ..ProgrammePerson::default()
    }
}

fn room(id: i64, name: &str, building: &str) -> ProgrammeRoom {
    ProgrammeRoom {
        id,
        guid: format!("9d3c1e2f-7a4b-4c5d-8e6f-{id:012x}"),
        name: name.into(),
        building: building.into(),
        capacity: 120,
        hybrid: id != 3,
        interpretation: vec!["en".into(), "fr".into()],
        remote_url: String::new(),
    }
}

struct Spec<'a> {
    id: i64,
    title: &'a str,
    day: usize,
    room: i64,
    start: u16,
    minutes: u16,
    lines: &'a [(&'a str, &'a str)],
    sdgs: &'a [u8],
    languages: &'a [&'a str],
}

fn session(spec: Spec<'_>) -> ProgrammeSession {
    let id = spec.id;
    ProgrammeSession {
        text_language: "en".into(),
        id,
        code: format!("WF27-{id:04}"),
        guid: format!("c0ffee00-1234-4abc-8def-{id:012x}"),
        sequence: (id % 3) as u32,
        title: spec.title.into(),
        format: "thematic-workshop".into(),
        format_name: "Thematic workshop".into(),
        abstract_text: "Commas, semicolons; and\nnew lines\r\nin the abstract.".into(),
        description: "## Agenda\n\n- Opening; welcome\n- Panel, Q&A <live>".into(),
        room: spec.room,
        span: Span {
            day: DAYS[spec.day],
            start: spec.start,
            end: spec.start + spec.minutes,
        },
        organizations: vec![
            ProgrammeOrganization {
                name: "International Telecommunication Union".into(),
                stakeholder_type: "io".into(),
                country: "CH".into(),
            },
            ProgrammeOrganization {
                name: "Ministère du Numérique, France".into(),
                stakeholder_type: "government".into(),
                country: "FR".into(),
            },
        ],
        persons: vec![
            person(id as u32 * 10, "moderator", "Amina Diallo", false),
            person(id as u32 * 10 + 1, "speaker", "李明", false),
        ],
        action_lines: spec.lines.iter().map(|(c, t)| theme(c, t)).collect(),
        sdgs: spec
            .sdgs
            .iter()
            .map(|n| theme(&n.to_string(), &format!("SDG {n}")))
            .collect(),
        languages: spec.languages.iter().map(|l| l.to_string()).collect(),
        participation_mode: "in-person".into(),
    }
}

/// Three days, three rooms in two buildings, an opening plenary over every
/// room, a coffee break, and six sessions with awkward text.
fn programme() -> Programme {
    const C1: (&str, &str) = ("C1", "The role of public governance authorities");
    let mut sessions = vec![
        session(Spec {
            id: 12,
            title: r#"Trust & safety: <AI> "quotes" 'single', commas; semicolons"#,
            day: 0,
            room: 1,
            start: 660,
            minutes: 90,
            lines: &[("C5", "Building confidence and security"), C1],
            sdgs: &[9, 16],
            languages: &["en"],
        }),
        session(Spec {
            id: 15,
            title: "الشمول الرقمي في المنطقة العربية",
            day: 0,
            room: 2,
            start: 660,
            minutes: 60,
            lines: &[("C2", "Information and communication infrastructure")],
            sdgs: &[9, 10],
            languages: &["ar", "en"],
        }),
        session(Spec {
            id: 21,
            title: "人工智能促进可持续发展",
            day: 1,
            room: 1,
            start: 540,
            minutes: 60,
            lines: &[("C4", "Capacity building")],
            sdgs: &[4],
            languages: &["zh"],
        }),
        session(Spec {
            id: 33,
            title: "E-santé : données, vie privée et équité",
            day: 1,
            room: 3,
            start: 840,
            minutes: 90,
            lines: &[("C7-EHEALTH", "E-health"), ("C10", "Ethical dimensions")],
            sdgs: &[3],
            languages: &["fr", "en"],
        }),
        session(Spec {
            id: 40,
            title: r#"=HYPERLINK("http://evil.example","click")"#,
            day: 2,
            room: 2,
            start: 600,
            minutes: 45,
            lines: &[("C11", "International and regional cooperation")],
            sdgs: &[17],
            languages: &["en"],
        }),
        session(Spec {
            id: 47,
            title: "Libraries as community anchors for meaningful connectivity, digital skills \
                    and access to information in rural areas",
            day: 2,
            room: 3,
            start: 900,
            minutes: 60,
            lines: &[("C3-LIB", "Libraries"), C1],
            sdgs: &[4, 16],
            languages: &["es", "en"],
        }),
    ];
    sessions[3]
        .persons
        .push(person(999, "speaker", "Zoë Remote-Participant", true));
    sessions[3].participation_mode = "hybrid".into();
    Programme {
        release: 3,
        released_at: datetime!(2027-04-20 08:30 UTC),
        edition: ProgrammeEdition {
            code: "WF27".into(),
            title: "WSIS Forum 2027".into(),
            venue: "CICG, Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            base_url: "https://forum.example.org".into(),
        },
        days: DAYS.to_vec(),
        day_start: 540,
        day_end: 1080,
        step: 15,
        rooms: vec![
            room(1, "Room 1 — Plenary hall", "CICG"),
            room(2, "Salle Genève", "CICG"),
            room(3, "Popov", "ITU Tower"),
        ],
        blocks: vec![
            ProgrammeBlock {
                id: 1,
                guid: "b10c0000-0000-4000-8000-000000000001".into(),
                kind: BlockKind::Plenary,
                title: "Opening ceremony & high-level dialogue".into(),
                span: Span {
                    day: DAYS[0],
                    start: 540,
                    end: 630,
                },
                rooms: vec![],
            },
            ProgrammeBlock {
                id: 2,
                guid: "b10c0000-0000-4000-8000-000000000002".into(),
                kind: BlockKind::Break,
                title: "Coffee break".into(),
                span: Span {
                    day: DAYS[0],
                    start: 630,
                    end: 660,
                },
                rooms: vec![],
            },
        ],
        sessions,
    }
}

fn session_guids(p: &Programme) -> BTreeSet<String> {
    p.sessions.iter().map(|s| s.guid.clone()).collect()
}

/// `(id, guid, type)` of every event in `schedule.xml`.
fn xml_events(xml: &str) -> Vec<(i64, String, String)> {
    xml.split("<event ")
        .skip(1)
        .map(|chunk| {
            let attr = |name: &str| {
                let start = chunk
                    .find(&format!("{name}=\""))
                    .map(|i| i + name.len() + 2);
                start.map_or(String::new(), |s| {
                    chunk[s..].split('"').next().unwrap_or("").into()
                })
            };
            let kind = chunk
                .split("<type>")
                .nth(1)
                .and_then(|t| t.split("</type>").next());
            (
                attr("id").parse().unwrap_or(0),
                attr("guid"),
                kind.unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// `(id, guid, type)` of every event in `schedule.json`.
fn json_events(json: &str) -> Vec<(i64, String, String)> {
    let doc: Value = serde_json::from_str(json).expect("schedule.json parses");
    let mut out = Vec::new();
    for day in doc["schedule"]["conference"]["days"]
        .as_array()
        .into_iter()
        .flatten()
    {
        for events in day["rooms"]
            .as_object()
            .into_iter()
            .flat_map(|m| m.values())
        {
            for e in events.as_array().into_iter().flatten() {
                let text = |k: &str| e[k].as_str().unwrap_or_default().to_string();
                out.push((e["id"].as_i64().unwrap_or(0), text("guid"), text("type")));
            }
        }
    }
    out
}

/// UIDs of an iCalendar file (after unfolding).
fn ics_uids(ics: &str) -> BTreeSet<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(str::to_string)
        .collect()
}

/// Records of an RFC 4180 document (quoted cells may hold CRLF).
fn csv_records(csv: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, csv.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => cell.push(c),
        }
    }
    records
}

#[test]
fn schedule_xml_is_valid_against_the_c3voc_xsd() {
    let Some(dir) = validators::schemas_dir() else {
        println!("skipped: ../shared/schemas not found");
        return;
    };
    let xml = schedule_xml(&programme());
    if let Err(e) = validators::xml_against_xsd(&xml, &dir.join("xsd/schedule.xml.xsd")) {
        panic!("{e}\n{xml}");
    }
}

#[test]
fn schedule_json_is_valid_against_the_c3voc_schema() {
    let Some(dir) = validators::schemas_dir() else {
        println!("skipped: ../shared/schemas not found");
        return;
    };
    let json = schedule_json(&programme());
    if let Err(e) = validators::json_against_schema(&json, &dir.join("json/schema.json")) {
        panic!("{e}\n{json}");
    }
}

#[test]
fn the_calendar_parses_with_one_event_per_session_and_folded_lines() {
    let p = programme();
    let all: Vec<&ProgrammeSession> = p.sessions.iter().collect();
    let ics = calendar_ics(
        &p,
        &all,
        "WSIS Forum 2027 — full programme, all rooms; all days",
    );
    let count = validators::ics_parses(&ics).unwrap_or_else(|e| panic!("{e}\n{ics}"));
    assert_eq!(count, p.sessions.len());
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
    }
    let mine: Vec<&ProgrammeSession> = p.sessions.iter().filter(|s| s.id == 33).collect();
    let personal = calendar_ics(&p, &mine, "Zoë's sessions");
    assert_eq!(validators::ics_parses(&personal), Ok(1));
}

#[test]
fn the_sessions_sheet_has_one_row_per_session_and_no_live_formulas() {
    let p = programme();
    let records = csv_records(&sessions_csv(&p));
    assert_eq!(records.len(), 1 + p.sessions.len());
    assert_eq!(records[0][0], "code");
    assert!(records.iter().all(|r| r.len() == 15));
    let evil = records
        .iter()
        .find(|r| r[0] == "WF27-0040")
        .expect("row of WF27-0040");
    assert_eq!(evil[1], r#"'=HYPERLINK("http://evil.example","click")"#);
    for cell in records.iter().flatten() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{cell}"
        );
    }
    let health = records
        .iter()
        .find(|r| r[0] == "WF27-0033")
        .expect("row of WF27-0033");
    assert_eq!(health[1], "E-santé : données, vie privée et équité");
    assert!(health[11].contains("Zoë Remote-Participant (remote)"));
}

#[test]
fn the_matrix_counts_sub_lines_under_their_parent() {
    let p = programme();
    let m = matrix(&p);
    let c7 = m.lines.iter().find(|l| l.code == "C7").expect("C7 row");
    assert_eq!(c7.cells[2], vec!["WF27-0033".to_string()]);
    let c3 = m.lines.iter().find(|l| l.code == "C3").expect("C3 row");
    assert_eq!(c3.cells[3], vec!["WF27-0047".to_string()]);
    assert_eq!(m.total(), p.sessions.len());
    assert_eq!(csv_records(&matrix_csv(&m)).len(), 1 + 11 + 1);
}

#[test]
fn every_export_describes_the_same_sessions() {
    let p = programme();
    let expected = session_guids(&p);
    let ids: BTreeSet<i64> = p.sessions.iter().map(|s| s.id).collect();

    let sessions_only = |events: Vec<(i64, String, String)>| {
        let plenaries: Vec<_> = events
            .iter()
            .filter(|e| e.2 == "plenary")
            .cloned()
            .collect();
        assert_eq!(plenaries.len(), 1, "the plenary is listed once");
        let rest: Vec<_> = events.into_iter().filter(|e| e.2 != "plenary").collect();
        let guids: BTreeSet<String> = rest.iter().map(|e| e.1.clone()).collect();
        let ids: BTreeSet<i64> = rest.iter().map(|e| e.0).collect();
        assert_eq!(guids.len(), rest.len(), "guids are unique");
        (guids, ids, plenaries)
    };
    let (xml_guids, xml_ids, xml_plenary) = sessions_only(xml_events(&schedule_xml(&p)));
    let (json_guids, json_ids, json_plenary) = sessions_only(json_events(&schedule_json(&p)));
    assert_eq!(xml_guids, expected);
    assert_eq!(json_guids, expected);
    assert_eq!(xml_ids, ids);
    assert_eq!(json_ids, ids);
    assert_eq!(xml_plenary, json_plenary);

    let all: Vec<&ProgrammeSession> = p.sessions.iter().collect();
    let uids = ics_uids(&calendar_ics(&p, &all, "All"));
    let expected_uids: BTreeSet<String> = expected
        .iter()
        .map(|g| format!("{g}@forum.example.org"))
        .collect();
    assert_eq!(uids, expected_uids);

    let csv_codes: BTreeSet<String> = csv_records(&sessions_csv(&p))
        .into_iter()
        .skip(1)
        .map(|r| r[0].clone())
        .collect();
    let codes: BTreeSet<String> = p.sessions.iter().map(|s| s.code.clone()).collect();
    assert_eq!(csv_codes, codes);
}

#[test]
fn the_validators_reject_broken_documents() {
    let Some(dir) = validators::schemas_dir() else {
        println!("skipped: ../shared/schemas not found");
        return;
    };
    let xml =
        schedule_xml(&programme()).replace("<acronym>wf27</acronym>", "<acronym>WF</acronym>");
    assert!(validators::xml_against_xsd(&xml, &dir.join("xsd/schedule.xml.xsd")).is_err());
    let json = schedule_json(&programme()).replace("\"links\": []", "\"links\": [{}]");
    assert!(validators::json_against_schema(&json, &dir.join("json/schema.json")).is_err());
    assert!(
        validators::ics_parses(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        .is_err()
    );
}
