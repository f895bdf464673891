//! `/speakers`: every speaker and moderator of the released programme, by
//! name, searchable and filtered by country, stakeholder type and Action
//! Line, a page of [`SPEAKERS_PER_PAGE`] at a time (a Forum has a thousand
//! and many readers are on slow links).

use super::public::{line_field, select_field, stakeholder_field};
use crate::format::{country_name, long_day, time_range, urlencoding};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::{Programme, SpeakerEntry, SpeakerFilter};
use std::sync::Arc;

/// Speakers on one page of the list.
pub const SPEAKERS_PER_PAGE: usize = 60;

/// What `/speakers` shows.
#[derive(Debug, Clone)]
pub struct SpeakersView {
    /// The latest release.
    pub programme: Arc<Programme>,
    /// The search and filters.
    pub filter: SpeakerFilter,
    /// The page asked for (1-based; out of range shows the nearest).
    pub page: usize,
}

/// `/speakers?q=&country=&stakeholder=&line=&page=` with these values.
fn address(f: &SpeakerFilter, page: usize) -> String {
    let mut parts: Vec<String> = [
        ("q", &f.q),
        ("country", &f.country),
        ("stakeholder", &f.stakeholder),
        ("line", &f.line),
    ]
    .iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| format!("{k}={}", urlencoding(v)))
    .collect();
    if page > 1 {
        parts.push(format!("page={page}"));
    }
    if parts.is_empty() {
        "/speakers".into()
    } else {
        format!("/speakers?{}", parts.join("&"))
    }
}

fn filter_form(
    p: &Programme,
    all: &[SpeakerEntry<'_>],
    f: &SpeakerFilter,
) -> impl IntoView + use<> {
    let mut countries: Vec<(String, String)> = all
        .iter()
        .map(|e| e.person.country.clone())
        .filter(|c| !c.is_empty())
        .map(|c| {
            let name = country_name(&c);
            (c, name)
        })
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    countries.dedup();
    view! {
        <form
            method="get"
            action="/speakers"
            class="form filter-form speaker-filters"
            role="search"
        >
            <div class="search-row">
                <div class="field">
                    <label for="sp-q">{t("speakers-search")}</label>
                    <input id="sp-q" name="q" type="search" value=f.q.clone() />
                </div>
            </div>
            <div class="filter-grid">
                {select_field(
                    "sp-country",
                    "country",
                    t("speakers-country"),
                    countries,
                    &f.country,
                )} {stakeholder_field("sp-stakeholder", p, &f.stakeholder)}
                {line_field("sp-line", p, &f.line)}
            </div>
            <button type="submit" class="button-secondary">
                {t("filter-apply")}
            </button>
        </form>
    }
}

/// One speaker: name (to their page), who they are, their sessions.
fn speaker_item(p: &Programme, e: &SpeakerEntry<'_>) -> impl IntoView + use<> {
    let person = e.person;
    let facts = super::session::person_facts(person);
    let sessions = e
        .sessions
        .iter()
        .map(|s| {
            let room = p.room(s.room).map(|r| r.name.clone()).unwrap_or_default();
            let when = format!(
                "{} {} · {room}",
                long_day(s.span.day),
                time_range(s.span.start, s.span.end)
            );
            view! {
                <li>
                    <a href=format!(
                        "/sessions/{}",
                        s.code,
                    )>{crate::format::written(s.title.clone(), &s.text_language)}</a>
                    " "
                    <span class="agenda-meta">{when}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="speaker-item">
            {super::session::thumbnail(person)} <h2 class="speaker-name">
                <a href=format!("/speakers/{}", person.id)>
                    <bdi>{super::session::display_name(person)}</bdi>
                </a>
            </h2>
            {(!facts.is_empty())
                .then(|| {
                    view! {
                        <p class="agenda-meta">
                            <bdi>{facts}</bdi>
                        </p>
                    }
                })} <ul class="plain-list speaker-sessions">{sessions}</ul>
        </li>
    }
}

/// `/speakers`.
#[component]
pub fn SpeakersPage(view: SpeakersView) -> impl IntoView {
    let p = view.programme;
    let f = view.filter;
    let all = p.speakers();
    let shown: Vec<&SpeakerEntry<'_>> = all.iter().filter(|e| f.matches(e)).collect();
    let pages = shown.len().div_ceil(SPEAKERS_PER_PAGE).max(1);
    let page = view.page.clamp(1, pages);
    let items = shown
        .iter()
        .skip((page - 1) * SPEAKERS_PER_PAGE)
        .take(SPEAKERS_PER_PAGE)
        .map(|e| speaker_item(&p, e))
        .collect_view();
    let count = if f.is_empty() {
        t_args("speakers-count", &[("n", all.len().to_string())])
    } else {
        t_args(
            "speakers-matching",
            &[
                ("shown", shown.len().to_string()),
                ("total", all.len().to_string()),
            ],
        )
    };
    let body = if shown.is_empty() {
        view! {
            <p>{t("speakers-none")}</p>
            <p>
                <a href="/speakers">{t("speakers-all")}</a>
            </p>
        }
        .into_any()
    } else {
        view! { <ul class="plain-list speaker-list">{items}</ul> }.into_any()
    };
    let pager = (pages > 1).then(|| {
        let previous = (page > 1).then(|| {
            view! {
                <li>
                    <a href=address(&f, page - 1) rel="prev">
                        {t("speakers-previous")}
                    </a>
                </li>
            }
        });
        let next = (page < pages).then(|| {
            view! {
                <li>
                    <a href=address(&f, page + 1) rel="next">
                        {t("speakers-next")}
                    </a>
                </li>
            }
        });
        view! {
            <nav aria-label=t("speakers-pages")>
                <ul class="inline-list">
                    {previous}
                    <li aria-current="page">
                        {t_args(
                            "speakers-page",
                            &[("page", page.to_string()), ("pages", pages.to_string())],
                        )}
                    </li> {next}
                </ul>
            </nav>
        }
    });
    view! {
        {super::release_marks(&p)}
        <h1>{t("speakers-title")}</h1>
        <p>
            <a href="/agenda">{t("session-back")}</a>
        </p>
        {filter_form(&p, &all, &f)}
        <p role="status">{count}</p>
        {body}
        {pager}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_keep_the_filters_and_leave_out_the_first_page() {
        let f = SpeakerFilter {
            q: "Amina D".into(),
            line: "C3".into(),
            ..SpeakerFilter::default()
        };
        assert_eq!(address(&f, 1), "/speakers?q=Amina%20D&line=C3");
        assert_eq!(address(&f, 3), "/speakers?q=Amina%20D&line=C3&page=3");
        assert_eq!(address(&SpeakerFilter::default(), 1), "/speakers");
        assert_eq!(address(&SpeakerFilter::default(), 2), "/speakers?page=2");
    }
}
