//! `/organize/submissions`: every submission of every kind in one list,
//! filtered by kind, stakeholder type, region, country, Action Line, SDG,
//! how it was received and tag (a GET form, so filters are links).

use crate::format::{country_name, datetime};
use crate::render::{page_context, t, t_args};
use leptos::prelude::*;
use portal::domain::submission::SubmissionKind;
use portal::domain::{StakeholderType, countries};
use portal::services::{Meeting, SubmissionFilter, SubmissionSummary};

/// The list's data.
#[derive(Debug, Clone)]
pub struct SubmissionListData {
    /// Rows passing the filter.
    pub rows: Vec<SubmissionSummary>,
    /// Every tag in use.
    pub tags: Vec<String>,
    /// The edition's meetings.
    pub meetings: Vec<Meeting>,
    /// The filter applied.
    pub filter: SubmissionFilter,
    /// The edition's Action Line codes, in order.
    pub lines: Vec<String>,
    /// The edition's SDG numbers.
    pub sdgs: Vec<String>,
    /// The edition's time zone.
    pub time_zone: String,
}

/// One filter: a labelled `<select>` whose first choice is "any".
fn pick(
    name: &'static str,
    label: String,
    opts: Vec<(String, String)>,
    selected: &str,
    any: String,
) -> impl IntoView + use<> {
    let id = format!("filter-{name}");
    let options = opts
        .into_iter()
        .map(|(value, text)| {
            let is = value == selected;
            view! {
                <option value=value selected=is>
                    {text}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="">{any}</option>
                {options}
            </select>
        </div>
    }
}

/// The page.
#[component]
pub fn SubmissionListPage(data: SubmissionListData) -> impl IntoView {
    let SubmissionListData {
        rows,
        tags,
        meetings,
        filter: f,
        lines,
        sdgs,
        time_zone,
    } = data;
    let lang = page_context().locale.tag();
    let kinds: Vec<(String, String)> = SubmissionKind::ALL
        .iter()
        .map(|k| {
            (
                k.code().to_owned(),
                t(&format!("submission-kind-{}", k.code())),
            )
        })
        .collect();
    let stakeholders: Vec<(String, String)> = StakeholderType::ALL
        .iter()
        .map(|s| (s.code().to_owned(), t(&format!("stakeholder-{}", s.code()))))
        .collect();
    let regions: Vec<(String, String)> = ['A', 'B', 'C', 'D', 'E']
        .iter()
        .map(|r| (r.to_string(), t(&format!("region-{r}"))))
        .collect();
    let mut country_opts: Vec<(String, String)> = countries()
        .iter()
        .map(|c| (c.code.clone(), c.name(lang).to_owned()))
        .collect();
    country_opts.sort_by(|a, b| a.1.cmp(&b.1));
    let line_opts: Vec<(String, String)> = lines
        .iter()
        .map(|c| {
            (
                c.clone(),
                format!("{c} – {}", crate::render::t_or(&format!("al-{c}"), c)),
            )
        })
        .collect();
    let sdg_opts: Vec<(String, String)> = sdgs
        .iter()
        .map(|n| (n.clone(), format!("{} {n}", t("sdg"))))
        .collect();
    let mut received: Vec<(String, String)> =
        vec![("online".into(), t("submission-received-online"))];
    received.extend(
        meetings
            .iter()
            .map(|m| (format!("meeting-{}", m.id), m.title.clone())),
    );
    let tag_opts: Vec<(String, String)> = tags.iter().map(|x| (x.clone(), x.clone())).collect();
    let status_opts = vec![("withdrawn".to_owned(), t("submission-status-withdrawn"))];
    let count = rows.len();
    let body = rows
        .into_iter()
        .map(|s| {
            let k = s.kind.code();
            let country = if s.country_code.is_empty() {
                String::new()
            } else {
                country_name(&s.country_code)
            };
            let when = s
                .submitted_at
                .map(|at| datetime(at, &time_zone))
                .unwrap_or_default();
            let from_meeting = s.meeting_id.is_some();
            view! {
                <tr>
                    <td>
                        <a href=format!("/submissions/{}", s.code)>
                            <bdi>{s.title.clone()}</bdi>
                        </a>
                        <br />
                        <span class="code">{s.code.clone()}</span>
                    </td>
                    <td>{t(&format!("submission-kind-{k}"))}</td>
                    <td>
                        <bdi>{s.from.clone()}</bdi>
                        {from_meeting
                            .then(|| {
                                view! {
                                    <br />
                                    <small>
                                        {t_args(
                                            "submission-at-meeting",
                                            &[("meeting", s.meeting.clone())],
                                        )}
                                    </small>
                                }
                            })}
                    </td>
                    <td>
                        {t(&format!("stakeholder-{}", s.stakeholder_type))}<br />
                        <small>{country}</small>
                    </td>
                    <td>
                        {s.action_lines.join(", ")}
                        {(!s.sdgs.is_empty())
                            .then(|| {
                                view! {
                                    <br />
                                    <small>{format!("{} {}", t("sdg"), s.sdgs.join(", "))}</small>
                                }
                            })}
                    </td>
                    <td>{s.tags.join(", ")}</td>
                    <td>{when}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p>
            <a href="/organize">{t("organize-title")}</a>
        </p>
        <h1>{t("organize-submissions-title")}</h1>
        <p class="lead">{t("organize-submissions-lead")}</p>
        <ul class="inline-list tools">
            <li>
                <a href="/organize/consultation">{t("consultation-settings-title")}</a>
            </li>
            <li>
                <a href="/organize/outcomes">{t("outcomes-edit-title")}</a>
            </li>
        </ul>
        <form
            method="get"
            action="/organize/submissions"
            class="form filters"
            aria-label=t("filter-submissions")
        >
            <div class="filter-grid">
                {pick("kind", t("submission-col-kind"), kinds, &f.kind, t("filter-any"))}
                {pick(
                    "stakeholder",
                    t("field-stakeholder-type"),
                    stakeholders,
                    &f.stakeholder,
                    t("filter-any"),
                )} {pick("region", t("submission-region"), regions, &f.region, t("filter-any"))}
                {pick("country", t("field-country"), country_opts, &f.country, t("filter-any"))}
                {pick(
                    "line",
                    t("proposal-field-action-lines"),
                    line_opts,
                    &f.line,
                    t("filter-any"),
                )} {pick("sdg", t("proposal-field-sdgs"), sdg_opts, &f.sdg, t("filter-any"))}
                {pick(
                    "received",
                    t("submission-received-how"),
                    received,
                    &f.received,
                    t("filter-any"),
                )} {pick("tag", t("submission-tags"), tag_opts, &f.tag, t("filter-any"))}
                {pick(
                    "status",
                    t("proposal-status"),
                    status_opts,
                    &f.status,
                    t("submission-status-submitted"),
                )} <div class="field">
                    <label for="filter-q">{t("filter-search")}</label>
                    <input id="filter-q" name="q" type="search" value=f.q.clone() />
                </div>
            </div>
            <button type="submit" class="button-secondary">
                {t("filter-apply")}
            </button>
            " "
            <a href="/organize/submissions">{t("filter-clear")}</a>
        </form>
        <p role="status">{t_args("submission-count", &[("count", count.to_string())])}</p>
        <div
            class="table-wrap"
            tabindex="0"
            role="region"
            aria-label=t("organize-submissions-title")
        >
            <table>
                <caption class="visually-hidden">{t("organize-submissions-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("submission-col-title")}</th>
                        <th scope="col">{t("submission-col-kind")}</th>
                        <th scope="col">{t("submission-from")}</th>
                        <th scope="col">{t("field-stakeholder-type")}</th>
                        <th scope="col">{t("submission-col-themes")}</th>
                        <th scope="col">{t("submission-tags")}</th>
                        <th scope="col">{t("submission-sent-at")}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
