//! `/organize/agenda/schedule`: what the automatic scheduler proposes, for
//! the organizer to review before anything changes.

use crate::format::{long_day, time_range};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::{AgendaData, SchedulePreview};

/// The preview page; `notice` is a refusal to show (the board changed).
#[component]
pub fn SchedulePreviewPage(
    data: AgendaData,
    preview: SchedulePreview,
    notice: Option<String>,
) -> impl IntoView {
    let room = |id: i64| {
        data.rooms
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.name.clone())
            .unwrap_or_default()
    };
    let mut moves = preview.moves.clone();
    moves.sort_by_key(|m| {
        (
            m.placement.span.day,
            m.placement.span.start,
            m.placement.room,
        )
    });
    let rows = moves
        .iter()
        .map(|m| {
            let s = data.session(m.placement.session);
            let p = m.placement;
            let end = p.span.start + s.map(|s| s.minutes).unwrap_or(0);
            view! {
                <tr>
                    <th scope="row">{s.map(|s| s.code.clone())}</th>
                    <td>
                        <bdi>{s.map(|s| s.title.clone())}</bdi>
                    </td>
                    <td>{long_day(p.span.day)}</td>
                    <td>{time_range(p.span.start, end)}</td>
                    <td>{room(p.room)}</td>
                </tr>
            }
        })
        .collect_view();
    let hidden = preview
        .moves
        .iter()
        .map(|m| view! { <input type="hidden" name="m" value=m.encode() /> })
        .collect_view();
    let unplaced = preview
        .unplaced
        .iter()
        .filter_map(|id| data.session(*id))
        .map(|s| view! { <li>{s.code.clone()}" "<bdi>{s.title.clone()}</bdi></li> })
        .collect_view();
    let summary = t_args(
        "schedule-summary",
        &[
            ("placed", preview.moves.len().to_string()),
            ("unplaced", preview.unplaced.len().to_string()),
            ("pairs", preview.same_line_pairs.to_string()),
            ("millis", preview.millis.to_string()),
        ],
    );
    let empty = preview.moves.is_empty();
    view! {
        <h1>{t("agenda-schedule-title")}</h1>
        <p>
            <a href="/organize/agenda">{t("agenda-back-to-builder")}</a>
        </p>
        {notice
            .map(|n| {
                view! {
                    <div class="error-summary" role="alert" tabindex="-1">
                        <p>{n}</p>
                    </div>
                }
            })}
        <p>{t("schedule-hint")}</p>
        <p>{summary}</p>
        {(!empty)
            .then(|| {
                view! {
                    <form method="post" action="/organize/agenda/schedule">
                        {hidden}
                        <button type="submit" class="button">
                            {t("schedule-apply")}
                        </button>
                    </form>
                    <div
                        class="table-scroll"
                        tabindex="0"
                        role="region"
                        aria-label=t("schedule-proposed")
                    >
                        <table>
                            <caption>{t("schedule-proposed")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("agenda-col-code")}</th>
                                    <th scope="col">{t("agenda-col-title")}</th>
                                    <th scope="col">{t("block-day")}</th>
                                    <th scope="col">{t("agenda-time")}</th>
                                    <th scope="col">{t("agenda-room")}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
            })}
        {empty.then(|| view! { <p>{t("schedule-nothing")}</p> })}
        {(!preview.unplaced.is_empty())
            .then(|| {
                view! {
                    <h2>{t("schedule-unplaced")}</h2>
                    <p>{t("schedule-unplaced-hint")}</p>
                    <ul>{unplaced}</ul>
                }
            })}
    }
}
