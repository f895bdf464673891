//! The released programme for everyone: `/agenda` (by day as a grid or as a
//! list, with filters and search), `/agenda/releases` and `/matrix`.

use super::timeline::{card_facts, colour_line, legend, timeline};
use crate::format::{datetime, language_name, long_day, time_range_view, urlencoding};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::{Programme, ProgrammeSession};
use std::sync::Arc;
use time::Date;

mod filters;
use filters::*;
pub(super) use filters::{line_field, select_field, stakeholder_field};

/// Filters of the public programme (from the query string).
#[derive(Debug, Clone, Default)]
pub struct ProgrammeFilter {
    /// Day shown (grid view needs one; the list shows all days without).
    pub day: Option<Date>,
    /// `grid` or `list`.
    pub view: String,
    /// Room id.
    pub room: Option<i64>,
    /// Action Line (sub-lines included).
    pub line: String,
    /// SDG number.
    pub sdg: String,
    /// Format code.
    pub format: String,
    /// Stakeholder type of an organizing organization.
    pub stakeholder: String,
    /// Session language.
    pub language: String,
    /// Participation mode.
    pub mode: String,
    /// Words in the code, title, abstract, organizations or speakers.
    pub q: String,
    /// An earlier release to show.
    pub release: Option<i64>,
}

impl ProgrammeFilter {
    /// Whether the session passes every filter but the day.
    pub fn matches(&self, s: &ProgrammeSession) -> bool {
        let q = self.q.trim().to_lowercase();
        let text = || {
            let mut all = format!("{} {} {}", s.code, s.title, s.abstract_text);
            for o in &s.organizations {
                all.push(' ');
                all.push_str(&o.name);
            }
            for p in &s.persons {
                all.push(' ');
                all.push_str(&p.name);
            }
            all.to_lowercase()
        };
        self.room.is_none_or(|r| s.room == r)
            && (self.line.is_empty()
                || s.action_lines
                    .iter()
                    .any(|l| l.code == self.line || l.code.starts_with(&format!("{}-", self.line))))
            && (self.sdg.is_empty() || s.sdgs.iter().any(|g| g.code == self.sdg))
            && (self.format.is_empty() || s.format == self.format)
            && (self.stakeholder.is_empty()
                || s.organizations
                    .iter()
                    .any(|o| o.stakeholder_type == self.stakeholder))
            && (self.language.is_empty() || s.languages.contains(&self.language))
            && (self.mode.is_empty() || s.participation_mode == self.mode)
            && (q.is_empty() || text().contains(&q))
    }

    /// The programme's days this filter shows: the chosen one, or all.
    pub fn days(&self, p: &Programme) -> Vec<Date> {
        p.days
            .iter()
            .copied()
            .filter(|d| self.day.is_none_or(|x| x == *d))
            .collect()
    }

    /// How many filters beyond the day, view and search are set.
    pub fn active_count(&self) -> usize {
        [
            &self.line,
            &self.sdg,
            &self.format,
            &self.stakeholder,
            &self.language,
            &self.mode,
        ]
        .iter()
        .filter(|v| !v.is_empty())
        .count()
            + usize::from(self.room.is_some())
    }

    /// The query string of these filters with another day and view.
    fn query(&self, day: Option<Date>, view: &str) -> String {
        let mut parts = vec![format!("view={view}")];
        if let Some(d) = day {
            parts.push(format!("day={d}"));
        }
        for (k, v) in [
            ("line", &self.line),
            ("sdg", &self.sdg),
            ("format", &self.format),
            ("stakeholder", &self.stakeholder),
            ("language", &self.language),
            ("mode", &self.mode),
            ("q", &self.q),
        ] {
            if !v.is_empty() {
                parts.push(format!("{k}={}", urlencoding(v)));
            }
        }
        if let Some(r) = self.room {
            parts.push(format!("room={r}"));
        }
        if let Some(r) = self.release {
            parts.push(format!("release={r}"));
        }
        format!("/agenda?{}", parts.join("&"))
    }
}

/// What `/agenda` shows.
#[derive(Debug, Clone)]
pub struct ProgrammeView {
    /// The release shown.
    pub programme: Arc<Programme>,
    /// The newest release number.
    pub latest: u32,
    /// Filters.
    pub filter: ProgrammeFilter,
    /// While the Forum runs: today and the minute of the day, in the
    /// programme's time zone (marks "now" and "next", picks today).
    pub now: Option<(Date, u16)>,
}

/// A heading of `level` (3 to 5) around `inner`.
fn heading(level: u8, inner: impl IntoView + 'static) -> AnyView {
    match level {
        ..=3 => view! { <h3>{inner}</h3> }.into_any(),
        4 => view! { <h4>{inner}</h4> }.into_any(),
        _ => view! { <h5>{inner}</h5> }.into_any(),
    }
}

/// A session's card; its title is a heading one level below `parent`
/// (the day's heading in the grid, the time's in the list).
fn card(p: &Programme, s: &ProgrammeSession, parent: u8) -> impl IntoView + use<> {
    let href = format!("/sessions/{}", s.code);
    let orgs = s
        .organizations
        .iter()
        .map(|o| o.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let line = colour_line(s)
        .map(|l| format!("line-{l}"))
        .unwrap_or_default();
    view! {
        <article class=format!(
            "programme-card {line}",
        )>
            {heading(
                parent + 1,
                view! {
                    <a href=href>{crate::format::written(s.title.clone(), &s.text_language)}</a>
                },
            )} <p class="agenda-meta">{card_facts(p, s)}</p> <p class="agenda-meta">
                <bdi>{orgs}</bdi>
            </p> {faces(s)} {super::star_form(&s.code, &s.title)}
        </article>
    }
}

/// The thumbnails of the panel's members who made their photo public.
fn faces(s: &ProgrammeSession) -> Option<impl IntoView + use<>> {
    let faces: Vec<_> = s
        .persons
        .iter()
        .filter_map(super::session::thumbnail)
        .collect();
    (!faces.is_empty()).then(|| view! { <p class="card-faces">{faces}</p> })
}

/// Action Line codes once each, in the Plan of Action's order.
fn in_line_order(codes: impl Iterator<Item = String>) -> Vec<String> {
    let mut lines: Vec<String> = codes.collect();
    lines.sort_by_key(|c| {
        portal::domain::taxonomy::action_line_codes()
            .iter()
            .position(|x| x == c)
    });
    lines.dedup();
    lines
}

/// One day's sessions that pass the filters, grouped by time slot; on the
/// day `now` falls in, the running slots say "Now" and the next one "Next".
fn day_groups(
    p: &Programme,
    f: &ProgrammeFilter,
    day: Date,
    now: Option<(Date, u16)>,
) -> impl IntoView + use<> {
    let minute = now.filter(|(d, _)| *d == day).map(|(_, m)| m);
    let sessions: Vec<&ProgrammeSession> = p
        .sessions
        .iter()
        .filter(|s| s.span.day == day && f.matches(s))
        .collect();
    let mut starts: Vec<(u16, u16)> = sessions
        .iter()
        .map(|s| (s.span.start, s.span.end))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let next_start = minute.and_then(|m| starts.iter().map(|(a, _)| *a).find(|a| *a > m));
    let groups = starts
        .into_iter()
        .map(|(a, b)| {
            let badge = match minute {
                Some(m) if a <= m && m < b => Some(("badge badge-now", t("programme-now"))),
                Some(_) if Some(a) == next_start => Some(("badge badge-next", t("programme-next"))),
                _ => None,
            }
            .map(|(class, text)| {
                view! {
                    " "
                    <span class=class>{text}</span>
                }
            });
            let items = sessions
                .iter()
                .filter(|s| s.span.start == a && s.span.end == b)
                .map(|s| view! { <li>{card(p, s, 3)}</li> })
                .collect_view();
            // Isolated, so the range never reverses in right-to-left text.
            view! {
                <h3>{time_range_view(a, b)}{badge}</h3>
                <ul class="plain-list programme-list">{items}</ul>
            }
        })
        .collect_view();
    let empty = sessions
        .is_empty()
        .then(|| view! { <p>{t("programme-none")}</p> });
    view! {
        {empty}
        {groups}
    }
}

fn list(
    p: &Programme,
    f: &ProgrammeFilter,
    days: Vec<Date>,
    now: Option<(Date, u16)>,
) -> impl IntoView + use<> {
    days.into_iter()
        .map(|day| {
            view! {
                <section>
                    <h2>{long_day(day)}</h2>
                    {day_groups(p, f, day, now)}
                </section>
            }
        })
        .collect_view()
}

/// `/agenda`.
#[component]
pub fn ProgrammePage(view: ProgrammeView) -> impl IntoView {
    let ProgrammeView {
        programme: p,
        latest,
        filter,
        now,
    } = view;
    let mode = if filter.view == "list" {
        "list"
    } else {
        "grid"
    };
    let count = p
        .sessions
        .iter()
        .filter(|s| filter.matches(s) && filter.day.is_none_or(|d| d == s.span.day))
        .count();
    let heading = t_args(
        "programme-release",
        &[
            ("number", p.release.to_string()),
            ("when", datetime(p.released_at, &p.edition.time_zone)),
        ],
    );
    let old = (p.release < latest).then(|| {
        view! {
            <p class="notice" role="status">
                {t_args("programme-old-release", &[("latest", latest.to_string())])}
                " "
                <a href="/agenda">{t("programme-see-latest")}</a>
            </p>
        }
    });
    // While the Forum runs, today; otherwise its first day.
    let day = filter
        .day
        .filter(|d| p.days.contains(d))
        .or(now.map(|(d, _)| d))
        .or_else(|| p.days.first().copied());
    let day_links = p
        .days
        .iter()
        .map(|d| {
            let href = filter.query(Some(*d), mode);
            let current = Some(*d) == filter.day
                || (mode == "grid" && Some(*d) == day && filter.day.is_none());
            view! {
                <li>
                    <a href=href aria-current=current.then_some("page")>
                        {long_day(*d)}
                    </a>
                </li>
            }
        })
        .collect_view();
    let other_view = if mode == "grid" {
        ("list", t("programme-view-list"))
    } else {
        ("grid", t("programme-view-grid"))
    };
    let other_href = filter.query(filter.day, other_view.0);
    let body = if mode == "grid" {
        // Wide screens get the time-proportional grid, phones the same day
        // as a list (CSS shows one of the two).
        let d = day.unwrap_or(Date::MIN);
        let rooms: Vec<i64> = p
            .rooms
            .iter()
            .filter(|r| filter.room.is_none_or(|id| id == r.id))
            .map(|r| r.id)
            .collect();
        let lines = in_line_order(
            p.sessions
                .iter()
                .filter(|s| s.span.day == d && filter.matches(s))
                .filter_map(colour_line),
        );
        view! {
            <h2 id="programme-day">{long_day(d)}</h2>
            <div class="day-wide">
                {legend(&lines)} {timeline(&p, d, &rooms, &|s| filter.matches(s), now)}
            </div>
            <div class="day-narrow">{day_groups(&p, &filter, d, now)}</div>
        }
        .into_any()
    } else {
        let days = match filter.day {
            Some(d) => vec![d],
            None => p.days.clone(),
        };
        list(&p, &filter, days, now).into_any()
    };
    let count_text = t_args("programme-count", &[("n", count.to_string())]);
    let marks = super::release_marks(&p);
    view! {
        {marks}
        <h1>{p.edition.title.clone()}" – "{t("programme-title")}</h1>
        <p>{heading}" · "<a href="/agenda/releases">{t("programme-releases")}</a></p>
        {old}
        <nav aria-label=t("programme-exports")>
            <ul class="inline-list">
                <li>
                    <a href="/agenda/agenda.ics">{t("export-ics")}</a>
                </li>
                <li>
                    <a href="/agenda/schedule.xml">{t("export-xml")}</a>
                </li>
                <li>
                    <a href="/agenda/schedule.json">{t("export-json")}</a>
                </li>
                <li>
                    <a href="/agenda/sessions.csv">{t("export-csv")}</a>
                </li>
                <li>
                    <a href="/matrix">{t("matrix-title")}</a>
                </li>
                <li>
                    <a href="/speakers">{t("speakers-title")}</a>
                </li>
                <li>
                    <a href="/agenda/mine">{t("mine-title")}</a>
                </li>
                <li>
                    <a href="/agenda/print">{t("print-link")}</a>
                </li>
            </ul>
        </nav>
        {filter_form(&p, &filter, mode)}
        <nav aria-label=t("agenda-days")>
            <ul class="inline-list">{day_links}</ul>
        </nav>
        <p>
            <a href=other_href>{other_view.1}</a>
            " · "
            <span role="status">{count_text}</span>
        </p>
        {body}
    }
}
