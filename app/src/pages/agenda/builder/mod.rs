//! `/organize/agenda`: the builder. One form holds the whole board: pick a
//! session (radio), then press a cell of the grid, or choose a room and time
//! below and press "Place". This works without JavaScript and with the
//! keyboard alone; with JavaScript, dragging a card onto a cell does the
//! same two steps. Conflicts are listed under the grid and marked on cards.

use super::conflict_text;
use crate::format::{block_label, long_day, time_range_view, urlencoding};
use crate::islands::AgendaDragDrop;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::conflicts::{Conflict, Severity};
use portal::domain::agenda::{Span, clock};
use portal::services::{AgendaData, SessionInfo};
use time::Date;

mod unscheduled;
pub use unscheduled::*;

/// The builder's data.
#[derive(Debug, Clone)]
pub struct BuilderView {
    /// Board and sessions.
    pub data: AgendaData,
    /// Conflicts on the whole board.
    pub conflicts: Vec<Conflict>,
    /// The day shown.
    pub day: Date,
    /// Unscheduled list filters.
    pub filter: UnscheduledFilter,
    /// A refusal to show above the board (stale move, bad cell).
    pub notice: Option<String>,
    /// The session picked in the refused move, picked again.
    pub picked: Option<i64>,
}

/// The builder page.
#[component]
pub fn AgendaBuilderPage(view: BuilderView) -> impl IntoView {
    let BuilderView {
        data,
        conflicts,
        day,
        filter,
        notice,
        picked,
    } = view;
    // Cards are marked for errors only; warnings stay in the list below.
    let flagged: Vec<i64> = conflicts
        .iter()
        .filter(|c| c.severity() == Severity::Error)
        .flat_map(|c| c.sessions())
        .collect();
    let board = &data.board;
    // The organizer's grid step, never finer than the venue's.
    let step = filter.step.max(board.step).max(5);
    let rows: Vec<u16> = (board.day_start..board.day_end)
        .step_by(step as usize)
        .collect();
    // Rooms shown: the ones ticked, or every room when none of those exists.
    let mut rooms: Vec<&portal::services::RoomRow> = data
        .rooms
        .iter()
        .filter(|r| filter.rooms.contains(&r.id))
        .collect();
    if rooms.is_empty() {
        rooms = data.rooms.iter().collect();
    }

    let day_links = board
        .days
        .iter()
        .map(|d| {
            let current = *d == day;
            // Another day keeps the filters, rooms and step.
            let href = format!("/organize/agenda?day={d}{}", filter.query());
            view! {
                <li>
                    <a href=href aria-current=current.then_some("page")>
                        {long_day(*d)}
                    </a>
                </li>
            }
        })
        .collect_view();

    let unscheduled: Vec<&SessionInfo> = data
        .sessions
        .iter()
        .filter(|s| s.placed.is_none() && filter.matches(s))
        .collect();
    let unscheduled_total = data.sessions.iter().filter(|s| s.placed.is_none()).count();
    let unscheduled_view = if unscheduled.is_empty() {
        view! { <p>{t("agenda-unscheduled-none")}</p> }.into_any()
    } else {
        unscheduled
            .iter()
            .map(|s| pick(s, picked, false))
            .collect_view()
            .into_any()
    };

    let header = rooms
        .iter()
        .map(|r| {
            let facts = t_args(
                "agenda-room-facts",
                &[
                    ("building", r.building.clone()),
                    ("capacity", r.capacity.to_string()),
                ],
            );
            view! {
                <th scope="col">
                    <bdi>{r.name.clone()}</bdi>
                    <span class="agenda-meta">
                        {facts} {r.hybrid.then(|| format!(" · {}", t("agenda-hybrid")))}
                    </span>
                </th>
            }
        })
        .collect_view();

    let body = rows
        .iter()
        .map(|&m| {
            // A break or plenary over every room shown and the whole row is
            // one band, unless a session starts in the row (a coarse step
            // can hold both): then every cell is drawn and shows both.
            let starts_here = data.sessions.iter().any(|s| {
                s.placed.is_some_and(|p| {
                    p.span.day == day
                        && p.span.start >= m
                        && p.span.start < m + step
                        && rooms.iter().any(|r| r.id == p.room)
                })
            });
            let band = data.blocks.iter().find(|b| {
                b.span.day == day
                    && b.span.start <= m
                    && b.span.end >= m + step
                    && !starts_here
                    && rooms.iter().all(|r| b.rooms.is_empty() || b.rooms.contains(&r.id))
            });
            if let Some(b) = band {
                let first = b.span.start + step > m || rows.first() == Some(&m);
                let label = first.then(|| {
                    view! { <p class="agenda-block">{block_label(b.span.start, b.span.end, b.title.clone())}</p> }
                });
                return view! {
                    <tr>
                        <th scope="row">{clock(m)}</th>
                        <td class="agenda-closed agenda-band" colspan=rooms.len().to_string()>
                            {label}
                        </td>
                    </tr>
                }
                .into_any();
            }
            let cells = rooms
                .iter()
                .map(|r| {
                    let here = Span { day, start: m, end: m + step };
                    let block = data.blocks.iter().find(|b| b.span.day == day && (b.rooms.is_empty() || b.rooms.contains(&r.id)) && b.span.overlaps(&here));
                    let starting: Vec<&SessionInfo> = data
                        .sessions
                        .iter()
                        .filter(|s| s.placed.is_some_and(|p| p.room == r.id && p.span.day == day && p.span.start >= m && p.span.start < m + step))
                        .collect();
                    let running = data.sessions.iter().any(|s| {
                        s.placed.is_some_and(|p| p.room == r.id && p.span.day == day && p.span.start < m && p.span.end > m)
                    });
                    let cards = starting.iter().map(|s| pick(s, picked, flagged.contains(&s.id))).collect_view();
                    let block_view = block.filter(|b| (b.span.start >= m && b.span.start < m + step) || rows.first() == Some(&m)).map(|b| {
                        view! { <p class="agenda-block">{block_label(b.span.start, b.span.end, b.title.clone())}</p> }
                    });
                    // A cell that a running session already covers offers no "+".
                    let button = (block.is_none() && !running).then(|| {
                        let value = format!("{}|{}|{}", r.id, day, m);
                        let label = t_args("agenda-place-here", &[("room", r.name.clone()), ("time", clock(m))]);
                        view! {
                            <button type="submit" name="cell" value=value class="agenda-drop">
                                <span aria-hidden="true">"+"</span>
                                <span class="visually-hidden">{label}</span>
                            </button>
                        }
                    });
                    view! {
                        <td
                            class="drop-cell"
                            class:agenda-busy=running
                            class:agenda-closed=block.is_some()
                        >
                            {block_view}
                            {cards}
                            {button}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{clock(m)}</th>
                    {cells}
                </tr>
            }.into_any()
        })
        .collect_view();

    let room_options = data
        .rooms
        .iter()
        .map(|r| view! { <option value=r.id.to_string()>{r.name.clone()}</option> })
        .collect_view();
    // Placing by the form keeps the venue's own step.
    let time_options = board
        .rows()
        .into_iter()
        .map(|m| view! { <option value=m.to_string()>{clock(m)}</option> })
        .collect_view();
    let room_filter = data
        .rooms
        .iter()
        .map(|r| {
            let id = format!("uf-room-{}", r.id);
            let checked = filter.rooms.contains(&r.id);
            view! {
                <div class="choice">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name="room"
                        value=r.id.to_string()
                        checked=checked
                    />
                    <label for=id>
                        <bdi>{r.name.clone()}</bdi>
                    </label>
                </div>
            }
        })
        .collect_view();
    let step_options = [0u16, 15, 30, 60]
        .into_iter()
        .filter(|s| *s == 0 || *s > board.step)
        .map(|s| {
            let label = if s == 0 {
                t_args("agenda-step-venue", &[("minutes", board.step.to_string())])
            } else {
                t_args("agenda-step-minutes", &[("minutes", s.to_string())])
            };
            view! {
                <option value=s.to_string() selected=filter.step == s>
                    {label}
                </option>
            }
        })
        .collect_view();

    let conflict_items = conflicts
        .iter()
        .map(|c| {
            let class = if c.severity() == Severity::Error {
                "conflict-error"
            } else {
                "conflict-warning"
            };
            let label = if c.severity() == Severity::Error {
                t("agenda-conflict-error")
            } else {
                t("agenda-conflict-warning")
            };
            view! {
                <li class=class>
                    <strong>{label}": "</strong>
                    {conflict_text(c, &data)}
                </li>
            }
        })
        .collect_view();
    let errors = conflicts
        .iter()
        .filter(|c| c.severity() == Severity::Error)
        .count();
    let summary = t_args(
        "agenda-conflict-summary",
        &[
            ("errors", errors.to_string()),
            ("warnings", (conflicts.len() - errors).to_string()),
        ],
    );

    let formats: Vec<String> = {
        let mut f: Vec<String> = data.sessions.iter().map(|s| s.format.clone()).collect();
        f.sort();
        f.dedup();
        f
    };
    let format_options = formats
        .into_iter()
        .map(|f| {
            let sel = f == filter.format;
            view! {
                <option value=f.clone() selected=sel>
                    {t(&format!("format-{f}"))}
                </option>
            }
        })
        .collect_view();
    let day_value = day.to_string();
    let back = format!("/organize/agenda?day={day}{}", filter.query());
    let counts = t_args(
        "agenda-unscheduled-count",
        &[
            ("shown", unscheduled.len().to_string()),
            ("total", unscheduled_total.to_string()),
        ],
    );

    view! {
        <h1>{t("agenda-builder-title")}</h1>
        <nav aria-label=t("agenda-tools")>
            <ul class="inline-list">
                <li>
                    <a href="/organize/agenda/venue">{t("agenda-venue-title")}</a>
                </li>
                <li>
                    <a href="/organize/agenda/sessions">{t("agenda-sessions-title")}</a>
                </li>
                <li>
                    <a href="/organize/agenda/schedule">{t("agenda-schedule-title")}</a>
                </li>
                <li>
                    <a href="/organize/agenda/release">{t("agenda-release-title")}</a>
                </li>
            </ul>
        </nav>
        {notice
            .map(|n| {
                view! {
                    <div class="error-summary" role="alert" tabindex="-1" id="agenda-notice">
                        <p>{n}</p>
                    </div>
                }
            })}
        <nav aria-label=t("agenda-days")>
            <ul class="inline-list">{day_links}</ul>
        </nav>
        <p class="hint">{t("agenda-how")}</p>
        <AgendaDragDrop hint=t("agenda-drag-hint") />
        <form method="get" action="/organize/agenda" class="form filter-form">
            <fieldset>
                <legend>{t("programme-filter")}</legend>
                <input type="hidden" name="day" value=day_value.clone() />
                <div class="filter-grid">
                    <div class="field">
                        <label for="uf-q">{t("agenda-filter-q")}</label>
                        <input id="uf-q" name="q" type="search" value=filter.q.clone() />
                    </div>
                    <div class="field">
                        <label for="uf-format">{t("agenda-filter-format")}</label>
                        <select id="uf-format" name="format">
                            <option value="">{t("filter-any")}</option>
                            {format_options}
                        </select>
                    </div>
                    <div class="field">
                        <label for="uf-line">{t("agenda-filter-line")}</label>
                        <input id="uf-line" name="line" type="text" value=filter.line.clone() />
                    </div>
                    <div class="field">
                        <label for="uf-step">{t("agenda-step")}</label>
                        <select id="uf-step" name="step">
                            {step_options}
                        </select>
                    </div>
                </div>
                <details class="room-filter" open=!filter.rooms.is_empty()>
                    <summary>
                        {t_args(
                            "agenda-rooms-shown",
                            &[
                                ("shown", rooms.len().to_string()),
                                ("total", data.rooms.len().to_string()),
                            ],
                        )}
                    </summary>
                    <div class="choices-inline">{room_filter}</div>
                </details>
                <button type="submit" class="button-secondary">
                    {t("filter-apply")}
                </button>
            </fieldset>
        </form>
        <form method="post" action="/organize/agenda/place" id="agenda-form" class="agenda-form">
            <input type="hidden" name="back" value=back />
            // Beside the grid on wide screens, in view while the grid scrolls,
            // so a drag never needs the page to move.
            <div class="agenda-side">
                <section aria-labelledby="unscheduled-title" class="agenda-unscheduled">
                    <h2 id="unscheduled-title">{t("agenda-unscheduled")}</h2>
                    <p>{counts}</p>
                    <div class="agenda-list">{unscheduled_view}</div>
                </section>
                <fieldset class="agenda-place">
                    <legend>{t("agenda-place-legend")}</legend>
                    <input type="hidden" name="day" value=day_value />
                    <div class="field">
                        <label for="pl-room">{t("agenda-room")}</label>
                        <select id="pl-room" name="room">
                            {room_options}
                        </select>
                    </div>
                    <div class="field">
                        <label for="pl-time">{t("agenda-start")}</label>
                        <select id="pl-time" name="time">
                            {time_options}
                        </select>
                    </div>
                    <button type="submit" class="button" name="intent" value="place">
                        {t("agenda-place")}
                    </button>
                    <button
                        type="submit"
                        name="intent"
                        value="unschedule"
                        class="button-secondary"
                        formaction="/organize/agenda/unschedule"
                    >
                        {t("agenda-unschedule")}
                    </button>
                </fieldset>
            </div>
            <section aria-labelledby="grid-title" class="agenda-board">
                <h2 id="grid-title">{long_day(day)}</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="grid-title">
                    <table class="agenda-grid">
                        <thead>
                            <tr>
                                <th scope="col">{t("agenda-time")}</th>
                                {header}
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </section>
        </form>
        <section aria-labelledby="conflicts-title">
            <h2 id="conflicts-title">{t("agenda-conflicts")}</h2>
            <p>{summary}</p>
            <ul class="conflict-list">{conflict_items}</ul>
        </section>
    }
}
