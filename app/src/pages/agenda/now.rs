//! `/agenda/now`: every room's session under way and the next one, for
//! phones in the corridors and lobby screens; `?room=` is the screen at one
//! room's door, in large type. Without JavaScript the page reloads itself
//! every minute; with it, the [`NowRefresh`] island swaps in fresh content
//! without a reload.

use crate::format::{long_day, time_range_view, written};
use crate::islands::NowRefresh;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::{ForumMoment, ProgrammeSession, RoomNow, clock};

/// What the page shows.
#[derive(Debug, Clone)]
pub struct NowView {
    /// Where the clock stands in the Forum.
    pub moment: ForumMoment,
    /// The rooms shown (one on a door screen).
    pub rooms: Vec<RoomNow>,
    /// A room's door screen rather than the overview.
    pub door: bool,
}

/// The now-and-next page.
#[component]
pub fn NowPage(view: NowView) -> impl IntoView {
    let NowView {
        moment,
        rooms,
        door,
    } = view;
    let heading = match rooms.first() {
        Some(r) if door => r.room.name.clone(),
        _ => t("now-title"),
    };
    let when = match moment {
        ForumMoment::During(day, minute) => {
            t_args("now-at", &[("day", long_day(day)), ("time", clock(minute))])
        }
        ForumMoment::Before(day) => t_args("now-before", &[("day", long_day(day))]),
        ForumMoment::Over => t("now-over"),
    };
    // Before a Forum day only "next" means something; after the Forum,
    // nothing does.
    let before = matches!(moment, ForumMoment::Before(_));
    let cards = (moment != ForumMoment::Over).then(|| {
        rooms
            .into_iter()
            .map(|r| room_card(r, door, before))
            .collect_view()
    });
    let class = if door { "now-page door" } else { "now-page" };
    view! {
        // A page left open on a screen follows the clock: every minute.
        <noscript>
            <meta http-equiv="refresh" content="60" />
        </noscript>
        <div class=class id="now-board">
            <h1>{heading}</h1>
            <p class="now-when">{when}</p>
            <ul class="plain-list now-rooms">{cards}</ul>
            <p class="now-more">
                <a href="/agenda">{t("now-full-programme")}</a>
            </p>
        </div>
        <NowRefresh />
    }
}

/// One room: its name (a link to its door screen), what runs now (not
/// before the Forum day) and what comes next.
fn room_card(r: RoomNow, door: bool, before: bool) -> impl IntoView {
    let name = (!door).then(|| {
        view! {
            <h2>
                <a href=format!("/agenda/now?room={}", r.room.id)>{r.room.name.clone()}</a>
            </h2>
        }
    });
    let now = (!before).then(|| {
        view! {
            <dt>{t("programme-now")}</dt>
            <dd>{slot(r.current, "now-free")}</dd>
        }
    });
    let later = if before {
        "now-nothing-that-day"
    } else {
        "now-nothing-later"
    };
    view! {
        <li class="now-room">
            {name}
            <dl class="now-slots">
                {now} <dt>{t("programme-next")}</dt> <dd>{slot(r.next, later)}</dd>
            </dl>
        </li>
    }
}

/// A session's time and linked title, or `empty` when there is none.
fn slot(s: Option<ProgrammeSession>, empty: &str) -> AnyView {
    match s {
        Some(s) => view! {
            <span class="now-time">{time_range_view(s.span.start, s.span.end)}</span>
            " "
            <a href=format!("/sessions/{}", s.code)>{written(s.title, &s.text_language)}</a>
        }
        .into_any(),
        None => view! { <span class="now-empty">{t(empty)}</span> }.into_any(),
    }
}
