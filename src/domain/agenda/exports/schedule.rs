//! The plan behind `schedule.xml` and `schedule.json`: days, rooms and
//! events with their ids, guids, slugs and tracks, worked out once so both
//! formats describe exactly the same events.
//!
//! Sessions are events. A plenary is one event too, in the first room (in
//! display order) it covers: the schema wants unique event ids and guids,
//! so it cannot repeat in every room. Breaks are not events.

use super::{is_http, local, parent_line, session_url, slug};
use crate::domain::agenda::{
    BlockKind, Programme, ProgrammeBlock, ProgrammePerson, ProgrammeRoom, ProgrammeSession,
};
use crate::domain::taxonomy;
use std::collections::HashSet;
use time::{Date, OffsetDateTime};

/// Added to a block id to make a plenary's event id: sessions keep their
/// proposal ids, which stay far below it.
pub(super) const PLENARY_ID_BASE: i64 = 1_000_000;

/// Track of the plenary events.
pub(super) const PLENARY_TRACK: &str = "Plenary";

/// One colour per top-level Action Line C1 … C11 (sub-lines share their
/// parent's), then the plenary grey.
const COLOURS: [&str; 12] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#7f7f7f", "#393b79", "#5a5a5a",
];

/// A track: an Action Line that is the main line of at least one session.
pub(super) struct Track {
    /// Title shown by apps; events name their track by it.
    pub name: String,
    /// `c7-ehealth`, when the code gives one the XML schema takes
    /// (`[a-z][a-z0-9-]+`).
    pub slug: Option<String>,
    /// `#rrggbb`.
    pub color: &'static str,
}

/// An event of the schedule.
pub(super) struct Event<'a> {
    /// Positive, unique in the document.
    pub id: i64,
    /// Unique in the document.
    pub guid: &'a str,
    /// `[a-z0-9_]{4,}-[a-z0-9-_]{4,}`, ends with a letter or digit, unique.
    pub slug: String,
    /// Format name, or `plenary`.
    pub kind: &'a str,
    /// Title.
    pub title: &'a str,
    /// Room it is listed in.
    pub room: &'a ProgrammeRoom,
    /// Start minute (Geneva time).
    pub start: u16,
    /// Length in minutes.
    pub minutes: u16,
    /// Start, with Geneva's offset.
    pub begins: OffsetDateTime,
    /// End, with Geneva's offset.
    pub ends: OffsetDateTime,
    /// Plain-text abstract (empty for a plenary).
    pub abstract_text: &'a str,
    /// Markdown description (empty for a plenary).
    pub description: &'a str,
    /// Track name (empty when the session has no Action Line).
    pub track: String,
    /// Moderators and speakers.
    pub persons: &'a [ProgrammePerson],
    /// First language of the session.
    pub language: Option<&'a str>,
    /// Public page (the portal's home for a plenary).
    pub url: String,
}

/// A day of the schedule.
pub(super) struct Day<'a> {
    /// From 1.
    pub index: usize,
    /// Calendar date.
    pub date: Date,
    /// Start of the day's grid, with Geneva's offset.
    pub begins: OffsetDateTime,
    /// End of the day's grid, with Geneva's offset.
    pub ends: OffsetDateTime,
    /// Every room in display order, with its events by start time.
    pub rooms: Vec<(&'a ProgrammeRoom, Vec<Event<'a>>)>,
}

/// The whole schedule.
pub(super) struct Plan<'a> {
    /// `[a-z0-9_]{4,}`: fits both schemas' acronym patterns and the first
    /// part of a slug.
    pub acronym: String,
    /// Tracks in taxonomy order.
    pub tracks: Vec<Track>,
    /// One per day of the programme.
    pub days: Vec<Day<'a>>,
    /// The portal's base URL when it is absolute http(s).
    pub base_url: Option<&'a str>,
}

/// The edition code as `[a-z0-9_]{4,}`: `WF27` → `wf27`, `WF-7` → `wf_7`.
pub(super) fn acronym(code: &str) -> String {
    let mut out: String = code
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() {
        out.push_str("wsis");
    }
    while out.len() < 4 {
        out.push('_');
    }
    out
}

/// Builds the plan of `p`. Sessions on a date outside `p.days` or in a
/// room missing from `p.rooms` have no place in a schedule and are left
/// out; a release never holds such sessions.
pub(super) fn plan(p: &Programme) -> Plan<'_> {
    let acronym = acronym(&p.edition.code);
    let tracks = tracks(p);
    let mut slugs = Slugs {
        prefix: acronym.clone(),
        taken: HashSet::new(),
    };
    let days = p
        .days
        .iter()
        .enumerate()
        .map(|(i, &date)| {
            let rooms = p
                .rooms
                .iter()
                .map(|room| {
                    let mut events: Vec<Event<'_>> = Vec::new();
                    for b in &p.blocks {
                        if b.span.day == date && first_room(p, b) == Some(room.id) {
                            events.push(plenary(p, b, room, &mut slugs));
                        }
                    }
                    for s in &p.sessions {
                        if s.span.day == date && s.room == room.id {
                            events.push(session(p, s, room, &mut slugs));
                        }
                    }
                    events.sort_by_key(|e| (e.start, e.id));
                    (room, events)
                })
                .collect();
            Day {
                index: i + 1,
                date,
                begins: local(date, p.day_start),
                ends: local(date, p.day_end),
                rooms,
            }
        })
        .collect();
    Plan {
        acronym,
        tracks,
        days,
        base_url: is_http(&p.edition.base_url).then_some(p.edition.base_url.as_str()),
    }
}

/// The room a plenary is listed in: the first it covers, in display order.
/// Breaks have none.
fn first_room(p: &Programme, b: &ProgrammeBlock) -> Option<i64> {
    if b.kind != BlockKind::Plenary {
        return None;
    }
    p.rooms
        .iter()
        .find(|r| b.rooms.is_empty() || b.rooms.contains(&r.id))
        .map(|r| r.id)
}

fn session<'a>(
    p: &'a Programme,
    s: &'a ProgrammeSession,
    room: &'a ProgrammeRoom,
    slugs: &mut Slugs,
) -> Event<'a> {
    let code = slug(&s.code);
    Event {
        id: s.id,
        guid: &s.guid,
        slug: slugs.take(&code, &s.title, s.id),
        kind: &s.format_name,
        title: &s.title,
        room,
        start: s.span.start,
        minutes: s.span.minutes(),
        begins: local(s.span.day, s.span.start),
        ends: local(s.span.day, s.span.end),
        abstract_text: &s.abstract_text,
        description: &s.description,
        track: s
            .action_lines
            .first()
            .map(|l| l.title.clone())
            .unwrap_or_default(),
        persons: &s.persons,
        language: s.languages.first().map(String::as_str),
        url: session_url(p, &s.code),
    }
}

fn plenary<'a>(
    p: &'a Programme,
    b: &'a ProgrammeBlock,
    room: &'a ProgrammeRoom,
    slugs: &mut Slugs,
) -> Event<'a> {
    let id = PLENARY_ID_BASE + b.id;
    Event {
        id,
        guid: &b.guid,
        slug: slugs.take(&format!("plenary-{}", b.id), &b.title, id),
        kind: BlockKind::Plenary.code(),
        title: &b.title,
        room,
        start: b.span.start,
        minutes: b.span.minutes(),
        begins: local(b.span.day, b.span.start),
        ends: local(b.span.day, b.span.end),
        abstract_text: "",
        description: "",
        track: PLENARY_TRACK.to_string(),
        persons: &[],
        language: None,
        url: p.edition.base_url.clone(),
    }
}

/// Hands out unique slugs `<acronym>-<code>-<title>`.
struct Slugs {
    prefix: String,
    taken: HashSet<String>,
}

impl Slugs {
    /// The slug of an event with slugged `code`, `title` and `id`. The title
    /// part is cut to 50 characters at a dash so URLs stay short; a title
    /// with no Latin letters adds nothing. The part after the prefix is at
    /// least 4 characters and ends with a letter or digit (JSON schema);
    /// a clash gets the id appended.
    fn take(&mut self, code: &str, title: &str, id: i64) -> String {
        let mut title = slug(title);
        if title.len() > 50 {
            let cut = title[..=50].rfind('-').unwrap_or(50);
            title.truncate(cut);
        }
        let mut rest: String = [code, title.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("-");
        if rest.len() < 4 {
            rest = format!("event-{}", id.unsigned_abs());
        }
        let base = format!("{}-{}", self.prefix, rest);
        let mut candidate = base.clone();
        let mut n = 1;
        while self.taken.contains(&candidate) {
            candidate = if n == 1 {
                format!("{base}-{}", id.unsigned_abs())
            } else {
                format!("{base}-{}-{n}", id.unsigned_abs())
            };
            n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// One track per distinct main Action Line, in taxonomy order, then the
/// plenary track when there are plenaries.
fn tracks(p: &Programme) -> Vec<Track> {
    let order = taxonomy::action_line_codes();
    let tops: Vec<&str> = taxonomy::action_lines()
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let mut mains: Vec<(usize, &str, &str)> = Vec::new();
    for s in &p.sessions {
        if let Some(main) = s.action_lines.first()
            && !mains.iter().any(|(_, _, name)| *name == main.title)
        {
            let rank = order
                .iter()
                .position(|c| *c == main.code)
                .unwrap_or(order.len());
            mains.push((rank, &main.code, &main.title));
        }
    }
    mains.sort_by_key(|(rank, _, _)| *rank);
    let mut out: Vec<Track> = mains
        .into_iter()
        .map(|(_, code, name)| {
            let parent = parent_line(code);
            let i = tops
                .iter()
                .position(|c| *c == parent)
                .unwrap_or(COLOURS.len() - 2);
            let slug = slug(code);
            let fits = slug.len() >= 2 && slug.starts_with(|c: char| c.is_ascii_lowercase());
            Track {
                name: name.to_string(),
                slug: fits.then_some(slug),
                color: COLOURS[i.min(COLOURS.len() - 2)],
            }
        })
        .collect();
    if p.blocks.iter().any(|b| b.kind == BlockKind::Plenary) {
        out.push(Track {
            name: PLENARY_TRACK.to_string(),
            slug: Some("plenary".to_string()),
            color: COLOURS[COLOURS.len() - 1],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{programme, session};
    use super::*;

    /// The XSD's `voc-slug-new` (`[a-z0-9_]{4,}-[a-z0-9\-_]{4,}`) and the
    /// JSON schema's `^[a-z0-9_-]+[a-z0-9]$`.
    fn valid(slug: &str) -> bool {
        let Some((head, rest)) = slug.split_once('-') else {
            return false;
        };
        head.len() >= 4
            && head
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && rest.len() >= 4
            && rest
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_".contains(c))
            && slug.ends_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
    }

    fn slugs(p: &Programme) -> Vec<String> {
        plan(p)
            .days
            .into_iter()
            .flat_map(|d| d.rooms)
            .flat_map(|(_, events)| events)
            .map(|e| e.slug)
            .collect()
    }

    #[test]
    fn slugs_are_unique_even_when_codes_and_titles_slug_alike() {
        let mut p = programme();
        let mut twin = session(13, 3, 540, 60);
        // Slugs to the same text as WF27-0012 "Session 12".
        twin.code = "wf27_0012".into();
        twin.title = "Session-12!".into();
        p.sessions.push(twin);
        let all = slugs(&p);
        let unique: HashSet<&String> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "{all:?}");
        assert!(all.contains(&"wf27-wf27-0012-session-12".to_string()));
        assert!(all.contains(&"wf27-wf27-0012-session-12-13".to_string()));
    }

    #[test]
    fn every_slug_fits_both_schemas() {
        let mut p = programme();
        p.edition.code = "W".into();
        let mut long = session(30, 3, 600, 30);
        long.title = "A very long title about digital public infrastructure, artificial \
            intelligence and the future of cooperation"
            .into();
        long.code = "Σ".into();
        p.sessions.push(long);
        let all = slugs(&p);
        assert_eq!(all.len(), 5);
        for s in &all {
            assert!(valid(s), "{s}");
            assert!(s.len() <= 5 + 10 + 51, "{s}");
        }
        // A title with no Latin letters leaves the code alone.
        assert!(all.contains(&"w___-wf27-0020".to_string()), "{all:?}");
        assert!(all.contains(&"w___-plenary-2-opening-plenary".to_string()));
    }

    #[test]
    fn acronyms_are_lower_case_and_at_least_four_characters() {
        assert_eq!(acronym("WF27"), "wf27");
        assert_eq!(acronym("WF-7"), "wf_7");
        assert_eq!(acronym("W"), "w___");
        assert_eq!(acronym(""), "wsis");
    }

    #[test]
    fn tracks_follow_the_taxonomy_and_plenaries_get_their_own() {
        let names: Vec<String> = tracks(&programme()).into_iter().map(|t| t.name).collect();
        assert_eq!(
            names,
            [
                "The role of public governance authorities",
                "E-health",
                "Plenary"
            ]
        );
    }
}
