//! `schedule.json` (c3voc "schedule1-json"), the JSON twin of
//! `schedule.xml`, valid against the c3voc `schema.json`. Same plan, so the
//! same events, ids, guids and slugs as the XML.

use super::schedule::{Event, Plan, plan};
use super::{GENERATOR, TIME_ZONE, hours_minutes, iso_date, iso_datetime, slug};
use crate::domain::agenda::{Programme, ProgrammePerson, clock};
use serde_json::{Map, Value, json};

/// The programme as a c3voc `schedule.json` document (pretty-printed).
///
/// Persons are written in the pretalx form (`name`, `guid`): the schema
/// wants each person to match exactly one of the frab form (`public_name`
/// and a numeric `id`, which we do not have) and the pretalx form. Events
/// carry no `code`: the schema wants `[A-Z0-9]+` and session codes have a
/// dash.
pub fn schedule_json(p: &Programme) -> String {
    let plan = plan(p);
    let mut schedule = Map::new();
    schedule.insert("version".into(), json!(format!("release {}", p.release)));
    if let Some(url) = plan.base_url {
        schedule.insert("base_url".into(), json!(url));
    }
    schedule.insert("conference".into(), conference(p, &plan));
    let mut generator = Map::new();
    generator.insert("name".into(), json!(GENERATOR));
    generator.insert("version".into(), json!(env!("CARGO_PKG_VERSION")));
    let doc = json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": generator,
        "schedule": schedule,
    });
    // Serializing a `Value` cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// A person in the pretalx form, with what they made public: biography,
/// photo (`avatar`) and links. Addresses are absolute when the programme
/// knows its base URL; without one the photo is left out, since the
/// schema wants a URI.
fn person(p: &ProgrammePerson, base_url: Option<&str>) -> Value {
    let mut o = Map::new();
    o.insert("name".into(), json!(p.name));
    o.insert("guid".into(), json!(p.guid));
    if !p.bio.is_empty() {
        o.insert("biography".into(), json!(p.bio));
    }
    if let Some(base) = base_url {
        o.insert("url".into(), json!(format!("{base}/speakers/{}", p.id)));
        if let Some(path) = p.photo_path() {
            o.insert("avatar".into(), json!(format!("{base}{path}")));
        }
    }
    if !p.links.is_empty() {
        let links: Vec<Value> = p
            .links
            .iter()
            .map(|l| json!({ "type": "web", "url": l, "title": l }))
            .collect();
        o.insert("links".into(), Value::Array(links));
    }
    Value::Object(o)
}

fn conference(p: &Programme, plan: &Plan<'_>) -> Value {
    let mut c = Map::new();
    c.insert("acronym".into(), json!(plan.acronym));
    c.insert("title".into(), json!(p.edition.title));
    // The schema requires start and end even for a programme without days;
    // the release date stands in then.
    let fallback = iso_date(p.released_at.date());
    let start = plan.days.first().map(|d| iso_datetime(d.begins));
    let end = plan.days.last().map(|d| iso_datetime(d.ends));
    c.insert(
        "start".into(),
        json!(start.unwrap_or_else(|| fallback.clone())),
    );
    c.insert("end".into(), json!(end.unwrap_or(fallback)));
    c.insert("daysCount".into(), json!(plan.days.len()));
    c.insert("timeslot_duration".into(), json!(hours_minutes(p.step)));
    c.insert("time_zone_name".into(), json!(TIME_ZONE));
    if let Some(url) = plan.base_url {
        c.insert("url".into(), json!(url));
    }
    let tracks: Vec<Value> = plan
        .tracks
        .iter()
        .map(|t| {
            let mut track = Map::new();
            track.insert("name".into(), json!(t.name));
            if let Some(slug) = &t.slug {
                track.insert("slug".into(), json!(slug));
            }
            track.insert("color".into(), json!(t.color));
            Value::Object(track)
        })
        .collect();
    c.insert("tracks".into(), Value::Array(tracks));
    let rooms: Vec<Value> = p
        .rooms
        .iter()
        .map(|r| {
            let mut room = Map::new();
            room.insert("name".into(), json!(r.name));
            room.insert("guid".into(), json!(r.guid));
            // The room slug must end in a letter or digit: `slug` never
            // ends in a dash, but may be empty for a non-Latin name.
            let s = slug(&r.name);
            if !s.is_empty() {
                room.insert("slug".into(), json!(s));
            }
            room.insert("capacity".into(), json!(r.capacity));
            if !r.building.is_empty() {
                room.insert("description".into(), json!(r.building));
            }
            Value::Object(room)
        })
        .collect();
    c.insert("rooms".into(), Value::Array(rooms));
    let days: Vec<Value> = plan
        .days
        .iter()
        .map(|d| {
            let mut rooms = Map::new();
            for (room, events) in &d.rooms {
                // Two rooms with one name share the key, so append rather
                // than overwrite.
                let list = rooms.entry(room.name.clone()).or_insert_with(|| json!([]));
                if let Value::Array(list) = list {
                    list.extend(events.iter().map(|e| event(e, plan.base_url)));
                }
            }
            json!({
                "index": d.index,
                "date": iso_date(d.date),
                "day_start": iso_datetime(d.begins),
                "day_end": iso_datetime(d.ends),
                "rooms": rooms,
            })
        })
        .collect();
    c.insert("days".into(), Value::Array(days));
    Value::Object(c)
}

fn event(e: &Event<'_>, base_url: Option<&str>) -> Value {
    let persons: Vec<Value> = e.persons.iter().map(|p| person(p, base_url)).collect();
    let text = |s: &str| if s.is_empty() { Value::Null } else { json!(s) };
    json!({
        "id": e.id,
        "guid": e.guid,
        "date": iso_datetime(e.begins),
        "start": clock(e.start),
        "end": iso_datetime(e.ends),
        "duration": hours_minutes(e.minutes),
        "room": e.room.name,
        "slug": e.slug,
        "url": e.url,
        "title": e.title,
        "subtitle": "",
        "track": text(&e.track),
        "type": e.kind,
        "language": e.language,
        "abstract": e.abstract_text,
        "description": e.description,
        "persons": persons,
        "links": [],
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixture::programme;
    use super::*;

    fn parsed() -> Value {
        serde_json::from_str(&schedule_json(&programme())).unwrap_or_default()
    }

    #[test]
    fn the_document_names_its_schema_generator_and_conference() {
        let doc = parsed();
        assert_eq!(doc["$schema"], "https://c3voc.de/schedule/schema.json");
        assert_eq!(doc["generator"]["name"], "wsis-portal");
        let c = &doc["schedule"]["conference"];
        assert_eq!(c["acronym"], "wf27");
        assert_eq!(c["daysCount"], 3);
        assert_eq!(c["start"], "2027-05-04T09:00:00+02:00");
        assert_eq!(c["end"], "2027-05-06T18:00:00+02:00");
        assert_eq!(c["rooms"].as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn events_carry_pretalx_persons_and_no_code() {
        let doc = parsed();
        let day = &doc["schedule"]["conference"]["days"][0];
        let event = &day["rooms"]["Room A"][0];
        assert_eq!(event["id"], 12);
        assert_eq!(event["slug"], "wf27-wf27-0012-session-12");
        assert_eq!(event["url"], "https://forum.example.org/sessions/WF27-0012");
        assert_eq!(event["persons"][0]["name"], "Speaker 12");
        assert!(event["persons"][0].get("public_name").is_none());
        assert!(event.get("code").is_none());
        assert_eq!(event["track"], "E-health");
        assert_eq!(day["rooms"]["Room C"], json!([]));
    }

    #[test]
    fn xml_and_json_give_each_event_the_same_slug() {
        let p = programme();
        let xml = super::super::schedule_xml(&p);
        let doc: Value = serde_json::from_str(&schedule_json(&p)).unwrap_or_default();
        let mut slugs = Vec::new();
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
                    slugs.push(e["slug"].as_str().unwrap_or_default().to_string());
                }
            }
        }
        assert_eq!(slugs.len(), 4);
        for s in slugs {
            assert!(xml.contains(&format!("<slug>{s}</slug>")), "{s}");
        }
    }
}
