//! Stars on the public programme, and `/agenda/mine`, the starred sessions
//! by day with overlaps marked and the private calendar feed.

use crate::format::{long_day, time_range_view, written};
use crate::render::{page_context, t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::{Programme, ProgrammeSession};
use std::sync::Arc;

/// The signed-in reader's starred session codes, provided as context by
/// the route while a page renders (absent for visitors without an account,
/// whose stars live in their browser).
#[derive(Debug, Clone, Default)]
pub struct Starred(pub Arc<Vec<String>>);

/// The star toggle of session `code`: a plain form posting to
/// `/agenda/star` (works without JavaScript when signed in). With
/// JavaScript and no account, the `StarSync` island keeps the star in the
/// browser instead and updates the button. Whether it shows as starred
/// comes from [`Starred`].
pub fn star_form(code: &str, title: &str) -> impl IntoView + use<> {
    let back = page_context().path;
    let starred = use_context::<Starred>().is_some_and(|s| s.0.iter().any(|c| c == code));
    let (icon, label) = if starred {
        ("★", t("star-on"))
    } else {
        ("☆", t("star-off"))
    };
    view! {
        <form
            method="post"
            action="/agenda/star"
            class="star-form"
            data-on=t("star-on")
            data-off=t("star-off")
        >
            <input type="hidden" name="code" value=code.to_owned() />
            <input type="hidden" name="back" value=back />
            <input type="hidden" name="star" value=if starred { "0" } else { "1" } />
            <button type="submit" class="star-button" aria-pressed=starred.to_string()>
                <span class="star-icon" aria-hidden="true">
                    {icon}
                </span>
                " "
                <span class="star-label">{label}</span>
                <span class="visually-hidden">": "<bdi>{title.to_owned()}</bdi></span>
            </button>
        </form>
    }
}

/// What `/agenda/mine` shows.
#[derive(Debug, Clone)]
pub struct MineView {
    /// The latest release.
    pub programme: Arc<Programme>,
    /// Codes starred: the account's, or the browser's (`?s=`).
    pub stars: Vec<String>,
    /// Whether the stars are the account's (else the browser's).
    pub signed_in: bool,
    /// The private feed's address, when the account made one.
    pub feed_url: Option<String>,
}

/// Pairs of starred sessions that overlap, as `(code, codes it overlaps)`.
fn overlaps<'a>(sessions: &[&'a ProgrammeSession]) -> Vec<(&'a str, Vec<&'a ProgrammeSession>)> {
    sessions
        .iter()
        .map(|s| {
            let others = sessions
                .iter()
                .filter(|o| {
                    o.code != s.code
                        && o.span.day == s.span.day
                        && o.span.start < s.span.end
                        && s.span.start < o.span.end
                })
                .copied()
                .collect();
            (s.code.as_str(), others)
        })
        .collect()
}

/// `/agenda/mine`.
#[component]
pub fn MinePage(view: MineView) -> impl IntoView {
    let MineView {
        programme: p,
        stars,
        signed_in,
        feed_url,
    } = view;
    // The list's own buttons show its stars as set.
    provide_context(Starred(Arc::new(stars.clone())));
    let mut sessions: Vec<&ProgrammeSession> = stars.iter().filter_map(|c| p.session(c)).collect();
    sessions.sort_by_key(|s| (s.span.day, s.span.start, s.code.clone()));
    let dropped: Vec<String> = stars
        .iter()
        .filter(|c| p.session(c).is_none())
        .cloned()
        .collect();
    let clashes = overlaps(&sessions);
    let mut days: Vec<time::Date> = sessions.iter().map(|s| s.span.day).collect();
    days.dedup();
    let by_day = days
        .into_iter()
        .map(|day| {
            let items = sessions
                .iter()
                .filter(|s| s.span.day == day)
                .map(|s| {
                    let room = p.room(s.room).map(|r| r.name.clone()).unwrap_or_default();
                    let others = clashes
                        .iter()
                        .find(|(c, _)| *c == s.code)
                        .map(|(_, o)| o.clone())
                        .unwrap_or_default();
                    let overlap = (!others.is_empty()).then(|| {
                        let names = others
                            .iter()
                            .map(|o| format!("{} ({})", o.title, o.code))
                            .collect::<Vec<_>>()
                            .join("; ");
                        view! {
                            <p class="overlap">
                                <strong class="badge badge-overlap">{t("mine-overlap")}</strong>
                                " "
                                <bdi>{t_args("mine-overlaps-with", &[("sessions", names)])}</bdi>
                            </p>
                        }
                    });
                    let href = format!("/sessions/{}", s.code);
                    view! {
                        <li class="mine-item" class:mine-clash=!others.is_empty()>
                            <p class="agenda-meta">
                                {time_range_view(s.span.start, s.span.end)} " · " <bdi>{room}</bdi>
                            </p>
                            <p class="mine-title">
                                <a href=href>{written(s.title.clone(), &s.text_language)}</a>
                            </p>
                            {overlap}
                            {star_form(&s.code, &s.title)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section>
                    <h2>{long_day(day)}</h2>
                    <ul class="plain-list mine-list">{items}</ul>
                </section>
            }
        })
        .collect_view();
    let dropped_view = (!dropped.is_empty()).then(|| {
        let items = dropped
            .iter()
            .map(|c| {
                view! { <li>{c.clone()} " " {star_form(c, c)}</li> }
            })
            .collect_view();
        view! {
            <h2>{t("mine-dropped")}</h2>
            <p>{t("mine-dropped-hint")}</p>
            <ul class="plain-list mine-list">{items}</ul>
        }
    });
    let empty = sessions
        .is_empty()
        .then(|| view! { <p>{t("mine-empty")}</p> });
    let whose = if signed_in {
        view! { <p>{t("mine-account")}</p> }.into_any()
    } else {
        view! {
            <p>
                {t("mine-browser")} " " <a href="/login?next=/agenda/mine">{t("mine-sign-in")}</a>
            </p>
            <noscript>
                <p class="notice">{t("mine-no-js")}</p>
            </noscript>
        }
        .into_any()
    };
    let feed = signed_in.then(|| feed_section(feed_url));
    let marks = super::release_marks(&p);
    view! {
        {marks}
        <h1>{t("mine-title")}</h1>
        {whose}
        <p>
            <a href="/agenda">{t("now-full-programme")}</a>
        </p>
        {empty}
        {by_day}
        {dropped_view}
        {feed}
    }
}

/// The private calendar feed: its address and the forms that renew or
/// revoke it, or the form that makes one.
fn feed_section(url: Option<String>) -> impl IntoView {
    let body = match url {
        Some(url) => view! {
            <p>{t("feed-hint")}</p>
            <div class="field">
                <label for="feed-url">{t("feed-address")}</label>
                <input id="feed-url" type="text" readonly value=url dir="ltr" class="feed-url" />
            </div>
            <div class="actions">
                <form method="post" action="/agenda/mine/feed">
                    <button type="submit" class="button-secondary">
                        {t("feed-renew")}
                    </button>
                </form>
                <form method="post" action="/agenda/mine/feed/revoke">
                    <button type="submit" class="button-secondary">
                        {t("feed-revoke")}
                    </button>
                </form>
            </div>
            <p class="hint">{t("feed-renew-hint")}</p>
        }
        .into_any(),
        None => view! {
            <p>{t("feed-none")}</p>
            <form method="post" action="/agenda/mine/feed">
                <button type="submit" class="button">
                    {t("feed-create")}
                </button>
            </form>
        }
        .into_any(),
    };
    view! {
        <section class="feed">
            <h2>{t("feed-title")}</h2>
            {body}
        </section>
    }
}
