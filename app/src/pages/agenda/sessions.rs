//! `/organize/agenda/sessions`: every session of the programme with its
//! place, length and expected audience (set here, matched against seats).

use crate::format::{long_day, time_range};
use crate::forms::FormState;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::AgendaData;

/// The sessions page; `posted` is a refused audience form (session id, state).
#[component]
pub fn AgendaSessionsPage(data: AgendaData, posted: Option<(i64, FormState)>) -> impl IntoView {
    let room = |id: i64| {
        data.rooms
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.name.clone())
            .unwrap_or_default()
    };
    let rows = data
        .sessions
        .iter()
        .map(|s| {
            let place = match s.placed {
                Some(p) => format!(
                    "{} {} · {}",
                    long_day(p.span.day),
                    time_range(p.span.start, p.span.end),
                    room(p.room)
                ),
                None => t("agenda-not-placed"),
            };
            let st = posted
                .as_ref()
                .filter(|(id, _)| *id == s.id)
                .map(|(_, st)| st.clone())
                .unwrap_or_default();
            let err = st.error("audience");
            let value = if st.values.is_empty() {
                s.audience.to_string()
            } else {
                st.value("audience")
            };
            let id = format!("aud-{}", s.id);
            let err_id = format!("aud-{}-error", s.id);
            let label = t_args("agenda-audience-for", &[("code", s.code.clone())]);
            let action = format!("/organize/agenda/sessions/{}/audience", s.id);
            view! {
                <tr>
                    <th scope="row">{s.code.clone()}</th>
                    <td>
                        <bdi>{s.title.clone()}</bdi>
                    </td>
                    <td>
                        {t(&format!("format-{}", s.format))}" · "{s.minutes}" min"
                        {s.remote.then(|| format!(" · {}", t("agenda-remote-panel")))}
                    </td>
                    <td>{place}</td>
                    <td>
                        <form method="post" action=action class="inline-form">
                            <label for=id.clone() class="visually-hidden">
                                {label}
                            </label>
                            {err
                                .clone()
                                .map(|m| {
                                    view! {
                                        <p class="field-error" id=err_id.clone()>
                                            {m}
                                        </p>
                                    }
                                })}
                            <input
                                id=id
                                name="audience"
                                type="text"
                                inputmode="numeric"
                                size="5"
                                value=value
                                aria-invalid=err.is_some().then_some("true")
                                aria-describedby=err.is_some().then_some(err_id.clone())
                            />
                            <button type="submit" class="button-secondary">
                                {t("agenda-audience-save")}
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>{t("agenda-sessions-title")}</h1>
        <p>
            <a href="/organize/agenda">{t("agenda-back-to-builder")}</a>
        </p>
        <p>{t("agenda-sessions-hint")}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t("agenda-sessions-title")>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t("agenda-col-code")}</th>
                        <th scope="col">{t("agenda-col-title")}</th>
                        <th scope="col">{t("agenda-col-format")}</th>
                        <th scope="col">{t("agenda-col-place")}</th>
                        <th scope="col">{t("agenda-col-audience")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
