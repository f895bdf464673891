//! Paper: `/agenda/print`, the programme on A4 with one day per page, and
//! `/sessions/{code}/sign`, the sign on a room's door with a QR code to the
//! session's page.

use super::public::ProgrammeFilter;
use crate::format::{language_list, long_day, time_range_view, written};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::{Programme, ProgrammeSession};
use std::sync::Arc;

/// Speakers' names, moderators first, comma-separated.
fn panel_names(s: &ProgrammeSession) -> String {
    s.persons
        .iter()
        .map(|p| p.name.clone())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sessions of `day` that pass `filter`, by start time then in the
/// venue's room order.
fn day_sessions<'a>(
    p: &'a Programme,
    filter: &ProgrammeFilter,
    day: time::Date,
) -> Vec<&'a ProgrammeSession> {
    let room_order = |id: i64| p.rooms.iter().position(|r| r.id == id);
    let mut list: Vec<&ProgrammeSession> = p
        .sessions
        .iter()
        .filter(|s| s.span.day == day && filter.matches(s))
        .collect();
    list.sort_by_key(|s| (s.span.start, room_order(s.room), s.code.clone()));
    list
}

/// `/agenda/print`: every day (or the chosen one) as a table, each day on a
/// page of its own when printed.
#[component]
pub fn PrintPage(programme: Arc<Programme>, filter: ProgrammeFilter) -> impl IntoView {
    let p = programme;
    let days = filter.days(&p);
    let sections = days
        .into_iter()
        .map(|day| {
            let rows = day_sessions(&p, &filter, day)
                .into_iter()
                .map(|s| {
                    let room = p.room(s.room).map(|r| r.name.clone()).unwrap_or_default();
                    let facts = [
                        t(&format!("format-{}", s.format)),
                        language_list(&s.languages),
                    ]
                    .into_iter()
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                    let names = panel_names(s);
                    view! {
                        <tr>
                            <td class="print-time">{time_range_view(s.span.start, s.span.end)}</td>
                            <td>
                                <bdi>{room}</bdi>
                            </td>
                            <td>
                                <strong>{written(s.title.clone(), &s.text_language)}</strong>
                                <span class="agenda-meta">
                                    {s.code.clone()}" · "{facts}
                                    {(!names.is_empty())
                                        .then(|| {
                                            view! {
                                                " · "
                                                <bdi>{names}</bdi>
                                            }
                                        })}
                                </span>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section class="print-day">
                    <h2>{long_day(day)}</h2>
                    <table class="print-table">
                        <thead>
                            <tr>
                                <th scope="col">{t("print-time")}</th>
                                <th scope="col">{t("print-room")}</th>
                                <th scope="col">{t("print-session")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </section>
            }
        })
        .collect_view();
    let release = t_args("print-release", &[("number", p.release.to_string())]);
    view! {
        <div class="print-programme">
            <h1>{p.edition.title.clone()}" – "{t("programme-title")}</h1>
            <p class="agenda-meta">
                {release}" · "<bdi>{p.edition.venue.clone()}</bdi>" · "{t("print-geneva-time")}
            </p>
            <p class="no-print">{t("print-hint")}" "<a href="/agenda">{t("session-back")}</a></p>
            {sections}
        </div>
    }
}

/// `/sessions/{code}/sign`: what the session is, when and where, in type
/// large enough to read from across a corridor, and a QR code to its page.
/// `qr_svg` is the code drawn on the server (markup of an `<svg>`);
/// `url` is the address it holds.
#[component]
pub fn RoomSignPage(
    programme: Arc<Programme>,
    code: String,
    qr_svg: String,
    url: String,
) -> impl IntoView {
    let Some(s) = programme.session(&code).cloned() else {
        return view! { <p>{t("errorpage-not-found-body")}</p> }.into_any();
    };
    let room = programme
        .room(s.room)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let orgs = s
        .organizations
        .iter()
        .map(|o| o.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let names = panel_names(&s);
    let qr_label = t_args("sign-qr", &[("url", url.clone())]);
    view! {
        <article class="room-sign">
            <p class="sign-room">
                <bdi>{room}</bdi>
            </p>
            <p class="sign-when">
                {long_day(s.span.day)}" · "{time_range_view(s.span.start, s.span.end)}
            </p>
            <h1 class="sign-title">{written(s.title.clone(), &s.text_language)}</h1>
            <p class="sign-facts">
                {s.code.clone()}" · "{t(&format!("format-{}", s.format))}" · "
                {language_list(&s.languages)}
            </p>
            <p>
                <bdi>{orgs}</bdi>
            </p>
            {(!names.is_empty())
                .then(|| {
                    view! {
                        <p>
                            <bdi>{names}</bdi>
                        </p>
                    }
                })}
            <figure class="sign-qr">
                <div role="img" aria-label=qr_label inner_html=qr_svg></div>
                <figcaption>
                    <bdi dir="ltr">{url}</bdi>
                </figcaption>
            </figure>
            <p class="no-print">
                {t("print-hint-sign")}" "
                <a href=format!("/sessions/{}", s.code)>{t("sign-back")}</a>
            </p>
        </article>
    }
    .into_any()
}
