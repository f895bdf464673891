//! Formatting shared by pages: times in the venue's time zone, status badges.

use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::proposal::ProposalStatus;
use time::{OffsetDateTime, UtcOffset};

/// A date and time in words with its zone named, in the page's language,
/// e.g. `15 February 2027, 23:59 Geneva time (UTC+1)`; never an ISO date in
/// running text. Times of a Europe/Zurich edition are shown in Geneva time;
/// any other zone is shown in UTC.
pub fn datetime(at: OffsetDateTime, zone: &str) -> String {
    let (local, label) = if zone == "Europe/Zurich" {
        let off = portal::domain::geneva::offset_at(at);
        (
            at.to_offset(off),
            t_args(
                "tz-geneva",
                &[("offset", format!("{:+}", off.whole_hours()))],
            ),
        )
    } else {
        (at.to_offset(UtcOffset::UTC), t("tz-utc"))
    };
    t_args(
        "datetime-long",
        &[
            ("date", long_date(local.date())),
            ("time", format!("{:02}:{:02}", local.hour(), local.minute())),
            ("zone", label),
        ],
    )
}

/// A date in words without the weekday, e.g. `7 March 2027` (translated).
pub fn long_date(day: time::Date) -> String {
    t_args(
        "date-long",
        &[
            ("day", day.day().to_string()),
            ("month", t(&format!("month-{}", u8::from(day.month())))),
            ("year", day.year().to_string()),
        ],
    )
}

/// A status as a labelled badge (text, not colour alone).
pub fn status_badge(s: ProposalStatus) -> impl IntoView {
    let class = format!("badge badge-{}", s.code());
    view! { <span class=class>{t(&format!("status-{}", s.code()))}</span> }
}

/// Percent-encodes a query value (enough for codes and search words).
pub fn urlencoding(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A forum day in words, e.g. `Tuesday 4 May 2027` (translated).
pub fn long_day(day: time::Date) -> String {
    t_args(
        "day-long",
        &[
            (
                "weekday",
                t(&format!("weekday-{}", day.weekday().number_from_monday())),
            ),
            ("day", day.day().to_string()),
            ("month", t(&format!("month-{}", u8::from(day.month())))),
            ("year", day.year().to_string()),
        ],
    )
}

/// `09:00–10:30` for a span of minutes.
pub fn time_range(start: u16, end: u16) -> String {
    format!(
        "{}–{}",
        portal::domain::agenda::clock(start),
        portal::domain::agenda::clock(end)
    )
}

/// A time range isolated for right-to-left pages: `09:00–10:30` never
/// reads backwards in Arabic.
pub fn time_range_view(start: u16, end: u16) -> impl IntoView {
    view! { <bdi dir="ltr">{time_range(start, end)}</bdi> }
}

/// A break's or plenary's time and title, each isolated.
pub fn block_label(start: u16, end: u16, title: String) -> impl IntoView {
    view! {
        {time_range_view(start, end)}
        " "
        <bdi>{title}</bdi>
    }
}

/// Language codes as names in the page's language, comma-separated.
pub fn language_list(codes: &[String]) -> String {
    codes
        .iter()
        .map(|l| language_name(l))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A country's name in the page's language (the code when unknown).
pub fn country_name(code: &str) -> String {
    let lang = crate::render::page_context().locale.tag();
    portal::domain::country(code)
        .map(|c| c.name(lang).to_owned())
        .unwrap_or_else(|| code.to_owned())
}

/// A UN language's own name (the code when unknown).
pub fn language_name(code: &str) -> String {
    portal::domain::taxonomy::un_languages()
        .iter()
        .find(|l| l.code == code)
        .map(|l| l.name.clone())
        .unwrap_or_else(|| code.to_owned())
}

/// The `lang` and `dir` attributes of text written in `code` (ISO 639);
/// none when the language is unknown (empty).
pub fn lang_attrs(code: &str) -> (Option<String>, Option<&'static str>) {
    if code.is_empty() {
        return (None, None);
    }
    (
        Some(code.to_owned()),
        Some(portal::domain::text_language::dir(code)),
    )
}

/// Text written in the language `code` (ISO 639; empty when unknown),
/// isolated, with `lang` and `dir` so screen readers pronounce it and
/// scripts shape right whatever the page's language.
pub fn written(text: String, code: &str) -> impl IntoView + use<> {
    let (lang, dir) = lang_attrs(code);
    view! {
        <bdi lang=lang dir=dir>
            {text}
        </bdi>
    }
}
