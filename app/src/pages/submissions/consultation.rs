//! `/organize/consultation`: each submission kind's settings (open, own
//! deadline, limits), the consultation meetings, and `/organize/meetings/{id}`
//! where organizers change a meeting and record the inputs received there.

use crate::format::datetime;
use crate::forms::{ErrorSummary, FormState, input, or_typed, select};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::submission::{MEETING_MODES, SubmissionKind};
use portal::services::{KindSettings, KindSettingsForm, Meeting, MeetingForm, SubmissionSummary};

/// One kind's settings form (open when just posted with errors).
fn kind_form(s: &KindSettings, state: FormState) -> impl IntoView + use<> {
    let k = s.kind.code();
    let saved = KindSettingsForm::of(s);
    let prefix = format!("k-{k}-");
    let open = if state.values.is_empty() {
        s.is_open
    } else {
        state.values.contains_key("open")
    };
    let labels = vec![
        ("deadline", t("submission-kind-deadline")),
        ("max_per_organization", t("submission-kind-max-org")),
        ("max_chars", t("submission-kind-max-chars")),
    ];
    let open_id = format!("{prefix}open");
    view! {
        <li id=format!("kind-{k}")>
            <h3>{t(&format!("submission-kind-{k}"))}</h3>
            <form
                method="post"
                action=format!("/organize/consultation/kinds/{k}#kind-{k}")
                novalidate=true
                class="form form-narrow"
            >
                <ErrorSummary form=state.clone() labels=labels prefix=prefix.clone() />
                <input type="hidden" name="version" value=s.version.to_string() />
                <div class="choice">
                    <input
                        type="checkbox"
                        id=open_id.clone()
                        name="open"
                        value="yes"
                        checked=open
                    />
                    <label for=open_id>{t("submission-kind-open")}</label>
                </div>
                {input(
                    &state,
                    &prefix,
                    "deadline",
                    t("submission-kind-deadline"),
                    "datetime-local",
                    or_typed(&state, "deadline", saved.deadline),
                    Some(t("submission-kind-deadline-hint")),
                )}
                {input(
                    &state,
                    &prefix,
                    "max_per_organization",
                    t("submission-kind-max-org"),
                    "number",
                    or_typed(&state, "max_per_organization", saved.max_per_organization),
                    None,
                )}
                {input(
                    &state,
                    &prefix,
                    "max_chars",
                    t("submission-kind-max-chars"),
                    "number",
                    or_typed(&state, "max_chars", saved.max_chars),
                    None,
                )}
                <button type="submit" class="button-secondary">
                    {t_args(
                        "submission-kind-save",
                        &[("kind", t(&format!("submission-kind-{k}")))],
                    )}
                </button>
            </form>
        </li>
    }
}

/// The meeting form, new (`meeting` None) or filled.
pub fn meeting_form(
    action: String,
    saved: MeetingForm,
    state: &FormState,
) -> impl IntoView + use<> {
    let s = state;
    let modes: Vec<(String, String)> = MEETING_MODES
        .iter()
        .map(|m| ((*m).to_owned(), t(&format!("meeting-mode-{m}"))))
        .collect();
    let labels = vec![
        ("title", t("meeting-title")),
        ("mode", t("meeting-mode")),
        ("starts_at", t("meeting-starts")),
        ("ends_at", t("meeting-ends")),
        ("location", t("meeting-location")),
        ("remote_url", t("meeting-remote-url")),
    ];
    view! {
        <form
            method="post"
            action=action
            novalidate=true
            class="form form-narrow"
            id="meeting-form"
        >
            <ErrorSummary form=s.clone() labels=labels prefix="m-".to_owned() />
            <input type="hidden" name="version" value=saved.version.to_string() />
            {input(
                s,
                "m-",
                "title",
                t("meeting-title"),
                "text",
                or_typed(s, "title", saved.title),
                None,
            )}
            {select(
                s,
                "m-",
                "mode",
                t("meeting-mode"),
                modes,
                or_typed(s, "mode", saved.mode),
                Some(t("choose")),
            )}
            {input(
                s,
                "m-",
                "starts_at",
                t("meeting-starts"),
                "datetime-local",
                or_typed(s, "starts_at", saved.starts_at),
                Some(t("meeting-time-hint")),
            )}
            {input(
                s,
                "m-",
                "ends_at",
                t("meeting-ends"),
                "datetime-local",
                or_typed(s, "ends_at", saved.ends_at),
                None,
            )}
            {input(
                s,
                "m-",
                "location",
                t("meeting-location"),
                "text",
                or_typed(s, "location", saved.location),
                Some(t("meeting-location-hint")),
            )}
            {input(
                s,
                "m-",
                "remote_url",
                t("meeting-remote-url"),
                "url",
                or_typed(s, "remote_url", saved.remote_url),
                Some(t("meeting-remote-url-hint")),
            )}
            <button type="submit" class="button">
                {t("meeting-save")}
            </button>
        </form>
    }
}

/// `/organize/consultation`.
#[component]
pub fn ConsultationPage(
    kinds: Vec<KindSettings>,
    meetings: Vec<Meeting>,
    /// The kind form just posted with errors, and its state.
    kind_state: Option<(SubmissionKind, FormState)>,
    /// The new-meeting form's state.
    meeting_state: FormState,
    time_zone: String,
) -> impl IntoView {
    let forms = kinds
        .iter()
        .map(|s| {
            let st = match &kind_state {
                Some((k, st)) if *k == s.kind => st.clone(),
                _ => FormState::default(),
            };
            kind_form(s, st)
        })
        .collect_view();
    let list = meetings
        .iter()
        .map(|m| {
            let when = format!(
                "{} – {}",
                datetime(m.starts_at, &time_zone),
                datetime(m.ends_at, &time_zone)
            );
            view! {
                <tr>
                    <td>
                        <a href=format!("/organize/meetings/{}", m.id)>
                            <bdi>{m.title.clone()}</bdi>
                        </a>
                    </td>
                    <td>{t(&format!("meeting-mode-{}", m.mode))}</td>
                    <td>{when}</td>
                    <td class="num">{m.inputs}</td>
                </tr>
            }
        })
        .collect_view();
    let none = meetings.is_empty();
    view! {
        <p>
            <a href="/organize/submissions">{t("organize-submissions-title")}</a>
        </p>
        <h1>{t("consultation-settings-title")}</h1>
        <p class="lead">{t("consultation-settings-lead")}</p>
        <h2 id="meetings">{t("meetings-title")}</h2>
        {if none {
            view! { <p>{t("meetings-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=t("meetings-title")>
                    <table>
                        <caption class="visually-hidden">{t("meetings-title")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("meeting-title")}</th>
                                <th scope="col">{t("meeting-mode")}</th>
                                <th scope="col">{t("meeting-when")}</th>
                                <th scope="col" class="num">
                                    {t("meeting-inputs")}
                                </th>
                            </tr>
                        </thead>
                        <tbody>{list}</tbody>
                    </table>
                </div>
            }
                .into_any()
        }}
        <details open=meeting_state.has_errors()>
            <summary>{t("meeting-add")}</summary>
            {meeting_form(
                "/organize/meetings#meeting-form".to_owned(),
                MeetingForm::default(),
                &meeting_state,
            )}
        </details>
        <h2>{t("submission-kinds-title")}</h2>
        <ul class="plain-list">{forms}</ul>
    }
}

/// `/organize/meetings/{id}`.
#[component]
pub fn MeetingPage(
    meeting: Meeting,
    inputs: Vec<SubmissionSummary>,
    state: FormState,
    time_zone: String,
) -> impl IntoView {
    let id = meeting.id;
    let links = SubmissionKind::ALL
        .iter()
        .map(|k| {
            let name = t(&format!("submission-kind-{}", k.code()));
            view! {
                <li>
                    <a
                        class="button-secondary"
                        href=format!("/organize/meetings/{id}/inputs/{}", k.code())
                    >
                        {t_args("meeting-record", &[("kind", name)])}
                    </a>
                </li>
            }
        })
        .collect_view();
    let rows = inputs
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <td>
                        <a href=format!("/submissions/{}", s.code)>
                            <bdi>{s.title.clone()}</bdi>
                        </a>
                        <br />
                        <span class="code">{s.code.clone()}</span>
                    </td>
                    <td>{t(&format!("submission-kind-{}", s.kind.code()))}</td>
                    <td>
                        <bdi>{s.from.clone()}</bdi>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let when = format!(
        "{} – {}",
        datetime(meeting.starts_at, &time_zone),
        datetime(meeting.ends_at, &time_zone)
    );
    let remote = meeting.remote_url.clone();
    view! {
        <p>
            <a href="/organize/consultation#meetings">{t("meetings-title")}</a>
        </p>
        <h1>
            <bdi>{meeting.title.clone()}</bdi>
        </h1>
        <p class="lead">{t(&format!("meeting-mode-{}", meeting.mode))}" · "{when}</p>
        {(!meeting.location.is_empty())
            .then(|| {
                view! { <p>{t("meeting-location")}": "<bdi>{meeting.location.clone()}</bdi></p> }
            })}
        {(!remote.is_empty())
            .then(|| {
                view! {
                    <p>
                        {t("meeting-remote-url")}": "
                        <a href=remote.clone() rel="noopener noreferrer">
                            {remote.clone()}
                        </a>
                    </p>
                }
            })}
        <h2>{t("meeting-inputs-title")}</h2>
        <p>{t("meeting-inputs-lead")}</p>
        <ul class="inline-list tools">{links}</ul>
        {if inputs.is_empty() {
            view! { <p>{t("meeting-no-inputs")}</p> }.into_any()
        } else {
            view! {
                <div
                    class="table-wrap"
                    tabindex="0"
                    role="region"
                    aria-label=t("meeting-inputs-title")
                >
                    <table>
                        <caption class="visually-hidden">{t("meeting-inputs-title")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("submission-col-title")}</th>
                                <th scope="col">{t("submission-col-kind")}</th>
                                <th scope="col">{t("submission-on-behalf-name")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
                .into_any()
        }}
        <details open=state.has_errors()>
            <summary>{t("meeting-change")}</summary>
            {meeting_form(
                format!("/organize/meetings/{id}#meeting-form"),
                MeetingForm::of(&meeting),
                &state,
            )}
        </details>
    }
}
