//! `/embed/agenda`: the programme, filtered, for a partner's page to frame
//! (an agency's page for its Action Line, say). No menus, no scripts; each
//! session links to its page on the portal in a new tab.

use super::public::ProgrammeFilter;
use crate::format::{language_list, long_day, time_range_view, written};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::Programme;
use std::sync::Arc;

/// The framed programme. `base_url` makes the links absolute, so they lead
/// to the portal whatever page frames this one.
#[component]
pub fn EmbedAgenda(
    programme: Arc<Programme>,
    filter: ProgrammeFilter,
    base_url: String,
) -> impl IntoView {
    let p = programme;
    let days = filter.days(&p);
    let mut count = 0;
    let sections = days
        .into_iter()
        .filter_map(|day| {
            let mut sessions: Vec<_> = p
                .sessions
                .iter()
                .filter(|s| s.span.day == day && filter.matches(s))
                .collect();
            if sessions.is_empty() {
                return None;
            }
            sessions.sort_by_key(|s| (s.span.start, s.code.clone()));
            count += sessions.len();
            let items = sessions
                .into_iter()
                .map(|s| {
                    let room = p.room(s.room).map(|r| r.name.clone()).unwrap_or_default();
                    let facts = [
                        room,
                        t(&format!("format-{}", s.format)),
                        language_list(&s.languages),
                    ]
                    .into_iter()
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                    let href = format!("{base_url}/sessions/{}", s.code);
                    view! {
                        <li>
                            <span class="embed-time">
                                {time_range_view(s.span.start, s.span.end)}
                            </span>
                            " "
                            <a href=href target="_blank" rel="noopener">
                                {written(s.title.clone(), &s.text_language)}
                            </a>
                            <br />
                            <bdi class="agenda-meta">{facts}</bdi>
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <section>
                    <h2>{long_day(day)}</h2>
                    <ul class="plain-list embed-list">{items}</ul>
                </section>
            })
        })
        .collect_view();
    let empty = (count == 0).then(|| view! { <p>{t("programme-none")}</p> });
    let full = format!("{base_url}/agenda");
    let release = t_args("print-release", &[("number", p.release.to_string())]);
    view! {
        <h1>{p.edition.title.clone()}" – "{t("programme-title")}</h1>
        <p class="agenda-meta">{release}" · "{t("print-geneva-time")}</p>
        {empty}
        {sections}
        <p>
            <a href=full target="_blank" rel="noopener">
                {t("embed-full-programme")}
            </a>
        </p>
    }
}
