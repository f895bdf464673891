//! A small released programme for the exports' unit tests.

use crate::domain::agenda::{
    BlockKind, Programme, ProgrammeBlock, ProgrammeEdition, ProgrammeOrganization, ProgrammePerson,
    ProgrammeRoom, ProgrammeSession, Span, ThemeRef,
};
use time::macros::{date, datetime};

fn theme(code: &str, title: &str) -> ThemeRef {
    ThemeRef {
        code: code.into(),
        title: title.into(),
        rationale: String::new(),
    }
}

fn room(id: i64, name: &str) -> ProgrammeRoom {
    ProgrammeRoom {
        id,
        guid: format!("00000000-0000-4000-8000-0000000000{id:02}"),
        name: name.into(),
        building: "CICG".into(),
        capacity: 100,
        hybrid: true,
        interpretation: vec![],
        remote_url: String::new(),
    }
}

/// A session `id` in `room` on 4 May 2027 from `start` for `minutes`.
pub(crate) fn session(id: i64, room: i64, start: u16, minutes: u16) -> ProgrammeSession {
    ProgrammeSession {
        text_language: "en".into(),
        id,
        code: format!("WF27-{id:04}"),
        guid: format!("10000000-0000-4000-8000-{id:012}"),
        sequence: 0,
        title: format!("Session {id}"),
        format: "thematic-workshop".into(),
        format_name: "Thematic workshop".into(),
        abstract_text: "What it is about.".into(),
        description: "More *detail*.".into(),
        room,
        span: Span {
            day: date!(2027 - 05 - 04),
            start,
            end: start + minutes,
        },
        organizations: vec![ProgrammeOrganization {
            name: "ITU".into(),
            stakeholder_type: "io".into(),
            country: "CH".into(),
        }],
        persons: vec![ProgrammePerson {
            id: format!("p{id}"),
            guid: format!("20000000-0000-4000-8000-{id:012}"),
            role: "speaker".into(),
            name: format!("Speaker {id}"),
            title: String::new(),
            organization: "ITU".into(),
            country: "CH".into(),
            remote: false,
            ..ProgrammePerson::default()
        }],
        action_lines: vec![theme("C1", "The role of public governance authorities")],
        sdgs: vec![theme("16", "Peace, Justice and Strong Institutions")],
        languages: vec!["en".into()],
        participation_mode: "in-person".into(),
    }
}

/// Three days, three rooms, a plenary over every room and a coffee break on
/// the first day, and three sessions.
pub(crate) fn programme() -> Programme {
    let mut ehealth = session(12, 1, 540, 90);
    ehealth.action_lines = vec![theme("C7-EHEALTH", "E-health"), theme("C1", "Governance")];
    ehealth.sdgs = vec![
        theme("3", "Good Health and Well-being"),
        theme("16", "Peace"),
    ];
    let mut second = session(15, 2, 660, 60);
    second.span.day = date!(2027 - 05 - 05);
    let mut arabic = session(20, 2, 540, 60);
    arabic.title = "الذكاء الاصطناعي".into();
    arabic.languages = vec!["ar".into(), "en".into()];
    Programme {
        release: 2,
        released_at: datetime!(2027-04-01 10:00 UTC),
        edition: ProgrammeEdition {
            code: "WF27".into(),
            title: "WSIS Forum 2027".into(),
            venue: "Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            base_url: "https://forum.example.org".into(),
        },
        days: vec![
            date!(2027 - 05 - 04),
            date!(2027 - 05 - 05),
            date!(2027 - 05 - 06),
        ],
        day_start: 540,
        day_end: 1080,
        step: 15,
        rooms: vec![room(1, "Room A"), room(2, "Room B"), room(3, "Room C")],
        blocks: vec![
            ProgrammeBlock {
                id: 1,
                guid: "30000000-0000-4000-8000-000000000001".into(),
                kind: BlockKind::Break,
                title: "Coffee".into(),
                span: Span {
                    day: date!(2027 - 05 - 04),
                    start: 630,
                    end: 660,
                },
                rooms: vec![],
            },
            ProgrammeBlock {
                id: 2,
                guid: "30000000-0000-4000-8000-000000000002".into(),
                kind: BlockKind::Plenary,
                title: "Opening plenary".into(),
                span: Span {
                    day: date!(2027 - 05 - 04),
                    start: 780,
                    end: 840,
                },
                rooms: vec![],
            },
        ],
        sessions: vec![ehealth, second, arabic],
    }
}
