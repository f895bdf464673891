//! `/organize/agenda/venue`: the time grid, rooms, breaks and plenaries, and
//! panelists' unavailability. Each form posts on its own; a refused form
//! comes back with what was typed and a message next to each field.

use crate::format::{long_day, time_range};
use crate::forms::{ErrorSummary, FormState, input, or_typed, select};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::clock;
use portal::services::{AgendaData, RoomRow};

/// Which form was posted, with its state.
#[derive(Debug, Clone, Default)]
pub struct VenueForms {
    /// `grid`, `room-new`, `room-<id>`, `block`, `unavailable`.
    pub posted: Option<(String, FormState)>,
}

impl VenueForms {
    fn state(&self, key: &str) -> FormState {
        match &self.posted {
            Some((k, st)) if k == key => st.clone(),
            _ => FormState::default(),
        }
    }
}

fn room_labels() -> Vec<(&'static str, String)> {
    vec![
        ("name", t("room-name")),
        ("building", t("room-building")),
        ("capacity", t("room-capacity")),
        ("parallel", t("room-parallel")),
        ("interpretation", t("room-interpretation")),
        ("remote_url", t("room-remote-url")),
    ]
}

fn room_form(room: Option<&RoomRow>, st: FormState) -> impl IntoView + use<> {
    let (action, prefix, version) = match room {
        Some(r) => (
            format!("/organize/agenda/rooms/{}", r.id),
            format!("r{}-", r.id),
            r.version,
        ),
        None => ("/organize/agenda/rooms".to_owned(), "rn-".to_owned(), 0),
    };
    let saved = |f: fn(&RoomRow) -> String, default: &str| {
        room.map(f).unwrap_or_else(|| default.to_owned())
    };
    let name = or_typed(&st, "name", saved(|r| r.name.clone(), ""));
    let building = or_typed(&st, "building", saved(|r| r.building.clone(), ""));
    let capacity = or_typed(&st, "capacity", saved(|r| r.capacity.to_string(), ""));
    let parallel = or_typed(&st, "parallel", saved(|r| r.parallel.to_string(), "1"));
    let interpretation = or_typed(
        &st,
        "interpretation",
        saved(|r| r.interpretation.clone(), ""),
    );
    let remote_url = or_typed(&st, "remote_url", saved(|r| r.remote_url.clone(), ""));
    let hybrid = if st.values.is_empty() {
        room.is_some_and(|r| r.hybrid)
    } else {
        !st.value("hybrid").is_empty()
    };
    let hybrid_id = format!("{prefix}hybrid");
    let button = if room.is_some() {
        t("room-save")
    } else {
        t("room-add")
    };
    view! {
        <form method="post" action=action class="form" novalidate=true>
            <ErrorSummary form=st.clone() labels=room_labels() prefix=prefix.clone() />
            <input type="hidden" name="version" value=version.to_string() />
            {input(&st, &prefix, "name", t("room-name"), "text", name, None)}
            {input(
                &st,
                &prefix,
                "building",
                t("room-building"),
                "text",
                building,
                Some(t("room-building-hint")),
            )}
            {input(&st, &prefix, "capacity", t("room-capacity"), "text", capacity, None)}
            {input(
                &st,
                &prefix,
                "parallel",
                t("room-parallel"),
                "text",
                parallel,
                Some(t("room-parallel-hint")),
            )}
            {input(
                &st,
                &prefix,
                "interpretation",
                t("room-interpretation"),
                "text",
                interpretation,
                Some(t("room-interpretation-hint")),
            )}
            {input(&st, &prefix, "remote_url", t("room-remote-url"), "url", remote_url, None)}
            <div class="choice">
                <input
                    type="checkbox"
                    id=hybrid_id.clone()
                    name="hybrid"
                    value="on"
                    checked=hybrid
                />
                <label for=hybrid_id>{t("room-hybrid")}</label>
            </div>
            <button type="submit" class="button-secondary">
                {button}
            </button>
        </form>
    }
}

/// The venue page.
#[component]
pub fn VenuePage(data: AgendaData, forms: VenueForms) -> impl IntoView {
    let g = &data.grid;
    let gst = forms.state("grid");
    let grid_labels = vec![
        ("day_start", t("grid-day-start")),
        ("day_end", t("grid-day-end")),
        ("step", t("grid-step")),
        ("travel_minutes", t("grid-travel")),
        ("max_parallel", t("grid-max-parallel")),
    ];
    let rooms = data
        .rooms
        .iter()
        .map(|r| {
            let st = forms.state(&format!("room-{}", r.id));
            let open = st.has_errors();
            let summary = t_args(
                "room-summary",
                &[
                    ("name", r.name.clone()),
                    ("building", r.building.clone()),
                    ("capacity", r.capacity.to_string()),
                ],
            );
            let remove = format!("/organize/agenda/rooms/{}/remove", r.id);
            view! {
                <li>
                    <details open=open>
                        <summary>
                            <bdi>{summary}</bdi>
                            {r.hybrid.then(|| format!(" · {}", t("agenda-hybrid")))}
                        </summary>
                        {room_form(Some(r), st)}
                        <form method="post" action=remove class="inline-form">
                            <button type="submit" class="link-button">
                                {t_args("room-remove", &[("name", r.name.clone())])}
                            </button>
                        </form>
                    </details>
                </li>
            }
        })
        .collect_view();

    let room_name = |id: &i64| {
        data.rooms
            .iter()
            .find(|r| r.id == *id)
            .map(|r| r.name.clone())
            .unwrap_or_default()
    };
    let blocks = data
        .blocks
        .iter()
        .map(|b| {
            let rooms = if b.rooms.is_empty() {
                t("block-all-rooms")
            } else {
                b.rooms.iter().map(room_name).collect::<Vec<_>>().join(", ")
            };
            let text = format!(
                "{} {} · {} · {} ({})",
                long_day(b.span.day),
                time_range(b.span.start, b.span.end),
                t(&format!("block-kind-{}", b.kind.code())),
                b.title,
                rooms
            );
            let remove = format!("/organize/agenda/blocks/{}/remove", b.id);
            view! {
                <li>
                    <bdi>{text}</bdi>
                    " "
                    <form method="post" action=remove class="inline-form">
                        <button type="submit" class="link-button">
                            {t_args("block-remove", &[("title", b.title.clone())])}
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let bst = forms.state("block");
    let day_options: Vec<(String, String)> = data
        .board
        .days
        .iter()
        .map(|d| (d.to_string(), long_day(*d)))
        .collect();
    let block_rooms = data
        .rooms
        .iter()
        .map(|r| {
            let id = format!("bk-room-{}", r.id);
            let ticked = bst.value("rooms").split(',').any(|v| v == r.id.to_string());
            view! {
                <div class="choice">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name="rooms"
                        value=r.id.to_string()
                        checked=ticked
                    />
                    <label for=id>{r.name.clone()}</label>
                </div>
            }
        })
        .collect_view();
    let block_labels = vec![
        ("kind", t("block-kind")),
        ("title", t("block-title")),
        ("day", t("block-day")),
        ("start", t("block-start")),
        ("end", t("block-end")),
        ("rooms", t("block-rooms")),
    ];
    let kinds = vec![
        ("break".to_owned(), t("block-kind-break")),
        ("plenary".to_owned(), t("block-kind-plenary")),
    ];

    let ust = forms.state("unavailable");
    let unavailable = data
        .unavailable
        .iter()
        .map(|u| {
            let text = format!(
                "{} · {} {}–{}{}{}",
                u.email,
                long_day(u.day),
                clock(u.start_minute as u16),
                clock(u.end_minute as u16),
                if u.note.is_empty() {
                    String::new()
                } else {
                    format!(" · {}", u.note)
                },
                if u.by_speaker {
                    format!(" · {}", t("unavailable-by-speaker"))
                } else {
                    String::new()
                }
            );
            let profile = format!(
                "/organize/speakers/profile?email={}",
                crate::format::urlencoding(&u.email)
            );
            let remove = format!("/organize/agenda/unavailable/{}/remove", u.id);
            view! {
                <li>
                    <bdi>{text}</bdi>
                    " "
                    <a href=profile>
                        {t_args("venue-profile-edit", &[("email", u.email.clone())])}
                    </a>
                    " "
                    <form method="post" action=remove class="inline-form">
                        <button type="submit" class="link-button">
                            {t_args("unavailable-remove", &[("email", u.email.clone())])}
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let un_labels = vec![
        ("email", t("unavailable-email")),
        ("day", t("block-day")),
        ("start", t("block-start")),
        ("end", t("block-end")),
        ("note", t("unavailable-note")),
    ];

    view! {
        <h1>{t("agenda-venue-title")}</h1>
        <p>
            <a href="/organize/agenda">{t("agenda-back-to-builder")}</a>
        </p>
        <section aria-labelledby="grid-settings-title">
            <h2 id="grid-settings-title">{t("grid-title")}</h2>
            <form method="post" action="/organize/agenda/grid" class="form" novalidate=true>
                <ErrorSummary form=gst.clone() labels=grid_labels prefix="gr-".to_owned() />
                <input type="hidden" name="version" value=g.version.to_string() />
                {input(
                    &gst,
                    "gr-",
                    "day_start",
                    t("grid-day-start"),
                    "text",
                    or_typed(&gst, "day_start", clock(g.agenda_day_start as u16)),
                    Some(t("grid-time-hint")),
                )}
                {input(
                    &gst,
                    "gr-",
                    "day_end",
                    t("grid-day-end"),
                    "text",
                    or_typed(&gst, "day_end", clock(g.agenda_day_end as u16)),
                    Some(t("grid-time-hint")),
                )}
                {input(
                    &gst,
                    "gr-",
                    "step",
                    t("grid-step"),
                    "text",
                    or_typed(&gst, "step", g.agenda_step.to_string()),
                    None,
                )}
                {input(
                    &gst,
                    "gr-",
                    "travel_minutes",
                    t("grid-travel"),
                    "text",
                    or_typed(&gst, "travel_minutes", g.travel_minutes.to_string()),
                    Some(t("grid-travel-hint")),
                )}
                {input(
                    &gst,
                    "gr-",
                    "max_parallel",
                    t("grid-max-parallel"),
                    "text",
                    or_typed(&gst, "max_parallel", g.max_parallel.to_string()),
                    Some(t("grid-max-parallel-hint")),
                )}
                <button type="submit" class="button-secondary">
                    {t("grid-save")}
                </button>
            </form>
        </section>
        <section aria-labelledby="rooms-title">
            <h2 id="rooms-title">{t("rooms-title")}</h2>
            <ul class="plain-list">{rooms}</ul>
            <h3>{t("room-new")}</h3>
            {room_form(None, forms.state("room-new"))}
        </section>
        <section aria-labelledby="blocks-title">
            <h2 id="blocks-title">{t("blocks-title")}</h2>
            <p>{t("blocks-hint")}</p>
            <ul class="plain-list">{blocks}</ul>
            <form method="post" action="/organize/agenda/blocks" class="form" novalidate=true>
                <fieldset>
                    <legend>{t("block-new")}</legend>
                    <ErrorSummary form=bst.clone() labels=block_labels prefix="bk-".to_owned() />
                    {select(&bst, "bk-", "kind", t("block-kind"), kinds, bst.value("kind"), None)}
                    {input(
                        &bst,
                        "bk-",
                        "title",
                        t("block-title"),
                        "text",
                        bst.value("title"),
                        None,
                    )}
                    {select(
                        &bst,
                        "bk-",
                        "day",
                        t("block-day"),
                        day_options.clone(),
                        bst.value("day"),
                        None,
                    )}
                    {input(
                        &bst,
                        "bk-",
                        "start",
                        t("block-start"),
                        "text",
                        bst.value("start"),
                        Some(t("grid-time-hint")),
                    )}
                    {input(
                        &bst,
                        "bk-",
                        "end",
                        t("block-end"),
                        "text",
                        bst.value("end"),
                        Some(t("grid-time-hint")),
                    )}
                    <fieldset id="bk-rooms">
                        <legend>{t("block-rooms")}</legend>
                        <p class="hint">{t("block-rooms-hint")}</p>
                        {block_rooms}
                    </fieldset>
                    <button type="submit" class="button-secondary">
                        {t("block-add")}
                    </button>
                </fieldset>
            </form>
        </section>
        <section aria-labelledby="unavailable-title">
            <h2 id="unavailable-title">{t("unavailable-title")}</h2>
            <p>{t("unavailable-hint")}</p>
            <ul class="plain-list">{unavailable}</ul>
            <form method="get" action="/organize/speakers/profile" class="form">
                <fieldset>
                    <legend>{t("venue-profile-lookup")}</legend>
                    <div class="field">
                        <label for="sp-email">{t("venue-profile-email")}</label>
                        <input id="sp-email" name="email" type="email" autocomplete="off" />
                    </div>
                    <button type="submit" class="button-secondary">
                        {t("venue-profile-open")}
                    </button>
                </fieldset>
            </form>
            <form method="post" action="/organize/agenda/unavailable" class="form" novalidate=true>
                <fieldset>
                    <legend>{t("unavailable-new")}</legend>
                    <ErrorSummary form=ust.clone() labels=un_labels prefix="un-".to_owned() />
                    {input(
                        &ust,
                        "un-",
                        "email",
                        t("unavailable-email"),
                        "email",
                        ust.value("email"),
                        None,
                    )}
                    {select(
                        &ust,
                        "un-",
                        "day",
                        t("block-day"),
                        day_options,
                        ust.value("day"),
                        None,
                    )}
                    {input(
                        &ust,
                        "un-",
                        "start",
                        t("block-start"),
                        "text",
                        ust.value("start"),
                        Some(t("grid-time-hint")),
                    )}
                    {input(
                        &ust,
                        "un-",
                        "end",
                        t("block-end"),
                        "text",
                        ust.value("end"),
                        Some(t("grid-time-hint")),
                    )}
                    {input(
                        &ust,
                        "un-",
                        "note",
                        t("unavailable-note"),
                        "text",
                        ust.value("note"),
                        None,
                    )}
                    <button type="submit" class="button-secondary">
                        {t("unavailable-add")}
                    </button>
                </fieldset>
            </form>
        </section>
    }
}
