//! The public programme's day on a wide screen: a time-proportional grid.
//! Rooms are columns, five minutes a row, so a 90-minute session is twice
//! as tall as a 45-minute one; breaks and plenaries that cover every room
//! are one band across the rooms. Room headers and the time column stay in
//! view while the grid scrolls inside its box.
//!
//! The cards are in time order in the document (each says its time and
//! room), so a screen reader reads the day as a list; only their placement
//! on the grid comes from a small nonce'd style sheet, since the page's CSP
//! allows no inline `style` attributes.

use crate::format::{block_label, language_list, time_range_view};
use crate::render::t;
use leptos::prelude::*;
use portal::domain::agenda::{Programme, ProgrammeSession, clock};
use time::Date;

/// Minutes per grid row.
const ROW_MINUTES: u16 = 5;

/// The top-level Action Line a session is coloured by (`C7` for
/// `C7-EHEALTH`), if it has one.
pub fn colour_line(s: &ProgrammeSession) -> Option<String> {
    s.action_lines
        .first()
        .map(|l| l.code.split('-').next().unwrap_or_default().to_owned())
}

/// Time, room, format, Action Lines and languages of a session, as one
/// line. Each part is isolated (`<bdi>`), so a time range or a code such as
/// `C7-EAGRI` never reorders inside right-to-left text.
pub fn card_facts(p: &Programme, s: &ProgrammeSession) -> impl IntoView + use<> {
    let room = p.room(s.room).map(|r| r.name.clone()).unwrap_or_default();
    let lines = s
        .action_lines
        .iter()
        .map(|l| l.code.clone())
        .collect::<Vec<_>>()
        .join(" ");
    let languages = language_list(&s.languages);
    let parts = [room, t(&format!("format-{}", s.format)), lines, languages]
        .into_iter()
        .filter(|x| !x.is_empty())
        .map(|x| {
            view! {
                " · "
                <bdi>{x}</bdi>
            }
        })
        .collect_view();
    view! {
        {time_range_view(s.span.start, s.span.end)}
        {parts}
    }
}

/// The grid of `day`, with the sessions that pass `keep`.
pub fn timeline(
    p: &Programme,
    day: Date,
    rooms: &[i64],
    keep: &dyn Fn(&ProgrammeSession) -> bool,
    now: Option<(Date, u16)>,
) -> impl IntoView + use<> {
    // On the day `now` falls in: which sessions run, and when the next start.
    let minute = now.filter(|(d, _)| *d == day).map(|(_, m)| m);
    let next_start = minute.and_then(|m| {
        p.sessions
            .iter()
            .filter(|s| s.span.day == day && s.span.start > m && keep(s))
            .map(|s| s.span.start)
            .min()
    });
    let row = |minute: u16| 2 + (minute.saturating_sub(p.day_start) / ROW_MINUTES) as usize;
    let rows = row(p.day_end).saturating_sub(2).max(1);
    let column = |room: i64| rooms.iter().position(|r| *r == room).map(|i| i + 2);
    let mut placement = format!(
        ".tl-grid {{ grid-template-columns: 4.5rem repeat({}, minmax(8rem, 1fr)); grid-template-rows: auto repeat({rows}, .6rem); }}\n",
        rooms.len().max(1)
    );
    let place = |css: &mut String, id: &str, from: u16, to: u16, cols: String| {
        css.push_str(&format!(
            "#{id} {{ grid-row: {} / {}; grid-column: {cols}; }}\n",
            row(from),
            row(to).max(row(from) + 1)
        ));
    };
    let headers = rooms
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let name = p.room(*id).map(|r| r.name.clone()).unwrap_or_default();
            placement.push_str(&format!("#tl-room-{id} {{ grid-column: {}; }}\n", i + 2));
            view! {
                <div class="tl-room" id=format!("tl-room-{id}") aria-hidden="true">
                    <bdi>{name}</bdi>
                </div>
            }
        })
        .collect_view();
    // A time label every half hour.
    let times = (p.day_start..p.day_end)
        .filter(|m| m % 30 == 0)
        .map(|m| {
            let id = format!("tl-t-{m}");
            placement.push_str(&format!("#{id} {{ grid-row: {} / span 6; }}\n", row(m)));
            view! {
                <div class="tl-time" id=id aria-hidden="true">
                    {clock(m)}
                </div>
            }
        })
        .collect_view();
    let mut items: Vec<(u16, u16, AnyView)> = Vec::new();
    for b in p.blocks.iter().filter(|b| b.span.day == day) {
        // One band per run of neighbouring rooms it covers (all rooms: one).
        let spans: Vec<String> = if b.rooms.is_empty() {
            vec!["2 / -1".to_owned()]
        } else {
            let mut covered: Vec<usize> = b.rooms.iter().filter_map(|r| column(*r)).collect();
            covered.sort_unstable();
            covered.dedup();
            let mut runs: Vec<(usize, usize)> = Vec::new();
            for c in covered {
                match runs.last_mut() {
                    Some((_, end)) if *end + 1 == c => *end = c,
                    _ => runs.push((c, c)),
                }
            }
            runs.into_iter()
                .map(|(a, z)| format!("{a} / {}", z + 1))
                .collect()
        };
        for (i, cols) in spans.into_iter().enumerate() {
            let id = format!("tl-b-{}-{i}", b.id);
            place(&mut placement, &id, b.span.start, b.span.end, cols);
            let label = block_label(b.span.start, b.span.end, b.title.clone());
            items.push((
                b.span.start,
                0,
                view! {
                    <p class="tl-band" id=id>
                        {label}
                    </p>
                }
                .into_any(),
            ));
        }
    }
    for s in p.sessions.iter().filter(|s| s.span.day == day && keep(s)) {
        let Some(col) = column(s.room) else { continue };
        let id = format!("tl-{}", s.code);
        place(
            &mut placement,
            &id,
            s.span.start,
            s.span.end,
            col.to_string(),
        );
        let href = format!("/sessions/{}", s.code);
        let line = colour_line(s)
            .map(|l| format!("line-{l}"))
            .unwrap_or_default();
        let facts = card_facts(p, s);
        let badge = match minute {
            Some(m) if s.span.start <= m && m < s.span.end => {
                Some(("badge badge-now", t("programme-now")))
            }
            Some(_) if Some(s.span.start) == next_start => {
                Some(("badge badge-next", t("programme-next")))
            }
            _ => None,
        }
        .map(|(class, text)| {
            view! {
                <span class=class>{text}</span>
                " "
            }
        });
        items.push((
            s.span.start,
            col as u16,
            view! {
                <article class=format!("programme-card tl-session {line}") id=id>
                    <h3>
                        <a href=href>{crate::format::written(s.title.clone(), &s.text_language)}</a>
                    </h3>
                    <p class="agenda-meta">{badge}{facts}</p>
                    {super::star_form(&s.code, &s.title)}
                </article>
            }
            .into_any(),
        ));
    }
    // Reading order: by time, then by room.
    items.sort_by_key(|(start, col, _)| (*start, *col));
    let items = items.into_iter().map(|(_, _, v)| v).collect_view();
    let nonce = use_context::<leptos::nonce::Nonce>().map(|n| n.to_string());
    view! {
        <div class="tl-scroll" tabindex="0" role="region" aria-labelledby="programme-day">
            // HTML allows a <style> in the body as its parent's first child.
            <style nonce=nonce>{placement}</style>
            <div class="tl-grid">
                <div class="tl-corner" aria-hidden="true">
                    {t("agenda-time")}
                </div>
                {headers}
                {times}
                {items}
            </div>
        </div>
    }
}

/// The Action Lines the day's colours stand for, in words.
pub fn legend(lines: &[String]) -> impl IntoView + use<> {
    let items = lines
        .iter()
        .map(|l| {
            view! {
                <li>
                    <span class=format!("swatch line-{l}") aria-hidden="true"></span>
                    {format!("{l} – {}", t(&format!("al-{l}")))}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="tl-legend">
            <summary>{t("programme-legend")}</summary>
            <ul class="plain-list">{items}</ul>
        </details>
    }
}
