//! `/sessions/{code}` and `/speakers/{id}`, from the released programme.

use crate::format::{country_name, language_list, long_day, time_range};
use crate::islands::LocalTime;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::{Programme, ProgrammePerson, ProgrammeSession, Span};
use portal::domain::geneva;
use std::sync::Arc;
use time::{PrimitiveDateTime, Time, UtcOffset};

/// The UTC instants of a span of Geneva time.
fn utc(span: &Span) -> (time::OffsetDateTime, time::OffsetDateTime) {
    let at = |m: u16| {
        let t = Time::from_hms((m / 60).min(23) as u8, (m % 60) as u8, 0).unwrap_or(Time::MIDNIGHT);
        geneva::from_local(PrimitiveDateTime::new(span.day, t))
    };
    (at(span.start), at(span.end))
}

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// The session page.
#[component]
pub fn SessionPage(
    programme: Arc<Programme>,
    code: String,
    description_html: String,
) -> impl IntoView {
    let Some(s) = programme.session(&code).cloned() else {
        return view! { <p>{t("errorpage-not-found-body")}</p> }.into_any();
    };
    let room = programme.room(s.room).cloned();
    let (start, end) = utc(&s.span);
    let offset = geneva::offset_at(start);
    let geneva_time = t_args(
        "session-when-geneva",
        &[
            ("day", long_day(s.span.day)),
            ("time", time_range(s.span.start, s.span.end)),
            ("offset", format!("{:+}", offset.whole_hours())),
        ],
    );
    let (us, ue) = (
        start.to_offset(UtcOffset::UTC),
        end.to_offset(UtcOffset::UTC),
    );
    let utc_time = t_args(
        "session-when-utc",
        &[(
            "time",
            format!(
                "{:02}:{:02}–{:02}:{:02}",
                us.hour(),
                us.minute(),
                ue.hour(),
                ue.minute()
            ),
        )],
    );
    let where_text = room.as_ref().map(|r| {
        t_args(
            "session-where",
            &[("room", r.name.clone()), ("building", r.building.clone())],
        )
    });
    let remote = room
        .as_ref()
        .filter(|r| !r.remote_url.is_empty() && s.participation_mode != "in-person")
        .map(|r| {
            view! {
                <p>
                    <a href=r.remote_url.clone() rel="noopener">
                        {t("session-remote-link")}
                    </a>
                </p>
            }
        });
    let interpretation = room
        .as_ref()
        .filter(|r| !r.interpretation.is_empty())
        .map(|r| {
            let langs = language_list(&r.interpretation);
            view! { <p>{t_args("session-interpretation", &[("languages", langs)])}</p> }
        });
    let orgs = s
        .organizations
        .iter()
        .map(|o| {
            let facts = format!(
                "{} · {}",
                t(&format!("stakeholder-{}", o.stakeholder_type)),
                country_name(&o.country)
            );
            view! {
                <li>
                    <bdi>{o.name.clone()}</bdi>
                    " ("
                    {facts}
                    ")"
                </li>
            }
        })
        .collect_view();
    let panel = s
        .persons
        .iter()
        .map(|p| {
            let href = format!("/speakers/{}", p.id);
            let role = t(&format!("panel-role-{}", p.role));
            let facts = person_facts(p);
            view! {
                <li class="panel-person">
                    {thumbnail(p)} <a href=href>
                        <bdi>{display_name(p)}</bdi>
                    </a> " – " {role} " · " <bdi>{facts}</bdi>
                    {p.remote.then(|| format!(" · {}", t("panel-remote")))}
                </li>
            }
        })
        .collect_view();
    let themes = |list: &[portal::domain::agenda::ThemeRef], prefix: &'static str| {
        list.iter()
            .map(|x| {
                let name = t(&format!("{prefix}{}", x.code));
                view! {
                    <dt>{x.code.clone()}" "{name}</dt>
                    <dd>
                        <bdi>{x.rationale.clone()}</bdi>
                    </dd>
                }
            })
            .collect_view()
    };
    let lines = themes(&s.action_lines, "al-");
    let goals = themes(&s.sdgs, "sdg-");
    let languages = language_list(&s.languages);
    let ics = format!("/sessions/{}.ics", s.code);
    let sign = format!("/sessions/{}/sign", s.code);
    let (desc_lang, desc_dir) = crate::format::lang_attrs(&s.text_language);
    view! {
        {super::release_marks(&programme)}
        <article class="session">
            <p class="agenda-meta">{s.code.clone()}" · "{t(&format!("format-{}", s.format))}</p>
            <h1>{crate::format::written(s.title.clone(), &s.text_language)}</h1>
            {super::star_form(&s.code, &s.title)}
            <p>
                <strong>{geneva_time}</strong>
            </p>
            <p>{utc_time}</p>
            <LocalTime start=rfc3339(start) end=rfc3339(end) label=t("session-when-local") />
            {where_text.map(|w| view! { <p>{w}</p> })}
            <p>
                {t(&format!("mode-{}", s.participation_mode))}
                {(!languages.is_empty()).then(|| format!(" · {languages}"))}
            </p>
            {remote}
            {interpretation}
            <p>
                <a href=ics>{t("session-add-calendar")}</a>
                " · "
                <a href=sign>{t("session-sign")}</a>
            </p>
            <h2>{t("session-abstract")}</h2>
            <p>{crate::format::written(s.abstract_text.clone(), &s.text_language)}</p>
            <h2>{t("session-description")}</h2>
            <div class="markdown" lang=desc_lang dir=desc_dir inner_html=description_html></div>
            <h2>{t("session-organizers")}</h2>
            <ul>{orgs}</ul>
            <h2>{t("session-panel")}</h2>
            <ul>{panel}</ul>
            <h2>{t("session-lines")}</h2>
            <dl>{lines}</dl>
            <h2>{t("session-sdgs")}</h2>
            <dl>{goals}</dl>
            <p>
                <a href="/agenda">{t("session-back")}</a>
            </p>
        </article>
    }
    .into_any()
}

fn session_item(p: &Programme, s: &ProgrammeSession) -> impl IntoView + use<> {
    let room = p.room(s.room).map(|r| r.name.clone()).unwrap_or_default();
    let href = format!("/sessions/{}", s.code);
    let when = format!(
        "{} {} · {}",
        long_day(s.span.day),
        time_range(s.span.start, s.span.end),
        room
    );
    view! {
        <li>
            <a href=href>{crate::format::written(s.title.clone(), &s.text_language)}</a>
            <br />
            <span class="agenda-meta">{when}</span>
            {super::star_form(&s.code, &s.title)}
        </li>
    }
}

/// Who `person` is, in one line: job title, organization, country (those
/// given).
/// The name as printed, after the honorific when it is public.
pub(super) fn display_name(person: &ProgrammePerson) -> String {
    if person.honorific.is_empty() {
        person.name.clone()
    } else {
        format!("{} {}", person.honorific, person.name)
    }
}

/// The 96 px photo of a person (shown at 48 px), when public.
pub(super) fn thumbnail(person: &ProgrammePerson) -> Option<impl IntoView + use<>> {
    person.thumb_path().map(|src| {
        view! {
            <img
                class="person-thumb"
                src=src
                width="48"
                height="48"
                loading="lazy"
                alt=t_args("speaker-photo-alt", &[("name", person.name.clone())])
            />
        }
    })
}

pub(super) fn person_facts(person: &ProgrammePerson) -> String {
    [
        person.title.clone(),
        person.organization.clone(),
        country_name(&person.country),
    ]
    .into_iter()
    .filter(|x| !x.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// The speaker page: who they are and their sessions in the programme.
#[component]
pub fn SpeakerPage(programme: Arc<Programme>, id: String) -> impl IntoView {
    let sessions = programme.sessions_of(&id);
    let Some(person) = sessions
        .first()
        .and_then(|s| s.persons.iter().find(|p| p.id == id))
        .cloned()
    else {
        return view! { <p>{t("errorpage-not-found-body")}</p> }.into_any();
    };
    let facts = person_facts(&person);
    let items = sessions
        .iter()
        .map(|s| session_item(&programme, s))
        .collect_view();
    let photo = person.photo_path().map(|src| {
        view! {
            <img
                class="speaker-photo"
                src=src
                width="200"
                height="200"
                alt=t_args("speaker-photo-alt", &[("name", person.name.clone())])
            />
        }
    });
    let pronouns = (!person.pronouns.is_empty()).then(|| {
        view! {
            <p>
                <bdi>{t_args("speaker-pronouns", &[("pronouns", person.pronouns.clone())])}</bdi>
            </p>
        }
    });
    let bio = (!person.bio.is_empty()).then(|| {
        let html = portal::markdown::render_under(&person.bio, 2);
        view! { <div class="speaker-bio prose" inner_html=html></div> }
    });
    let links = (!person.links.is_empty()).then(|| {
        let items = person
            .links
            .iter()
            .map(|l| {
                let text = l
                    .trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_end_matches('/')
                    .to_owned();
                view! {
                    <li>
                        <a href=l.clone() rel="nofollow noopener">
                            <bdi dir="ltr">{text}</bdi>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{t("speaker-links")}</h2>
            <ul class="speaker-links">{items}</ul>
        }
    });
    view! {
        {super::release_marks(&programme)}
        <div class="speaker-head">
            {photo} <div>
                <h1>
                    <bdi>{display_name(&person)}</bdi>
                </h1>
                <p>
                    <bdi>{facts}</bdi>
                </p>
                {pronouns}
            </div>
        </div>
        {bio}
        {links}
        <h2>{t("speaker-sessions")}</h2>
        <ul>{items}</ul>
        <p>
            <a href="/speakers">{t("speakers-all")}</a>
            " · "
            <a href="/agenda">{t("session-back")}</a>
        </p>
    }
    .into_any()
}
