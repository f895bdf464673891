//! `/organize/proposals` (every submitted proposal with its review
//! aggregates; filter, sort, search, decide in bulk) and
//! `/organize/decisions` (release pending decisions; decision e-mail
//! templates with a preview).

use crate::format::urlencoding;
use crate::forms::{ErrorSummary, FormState, input, or_typed, select, textarea};
use crate::pages::review::score;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::Locale;
use portal::domain::review::Outcome;
use portal::services::{DecisionTemplate, OrganizerFilter, OrganizerRow, TemplatePreview};

mod decisions;
mod filters;
pub use decisions::*;
use filters::*;

/// Options for the list's filters.
#[derive(Debug, Clone, Default)]
pub struct FilterChoices {
    /// Format codes of the edition.
    pub formats: Vec<String>,
}

fn row_view(r: OrganizerRow, ticked: bool) -> impl IntoView {
    let id = format!("sel-{}", r.code);
    let decision = r.decision.clone().map(|d| {
        let state = if r.released {
            t("decision-released")
        } else {
            t("decision-pending")
        };
        view! {
            <span class=format!("badge badge-{d}")>{t(&format!("outcome-{d}"))}</span>
            " "
            <small>{state}</small>
        }
    });
    let status = portal::domain::proposal::ProposalStatus::from_code(&r.status)
        .unwrap_or(portal::domain::proposal::ProposalStatus::Submitted);
    view! {
        <tr>
            <td>
                <input
                    type="checkbox"
                    id=id.clone()
                    name="code"
                    value=r.code.clone()
                    checked=ticked
                />
                <label for=id class="visually-hidden">
                    {t_args("select-proposal", &[("code", r.code.clone())])}
                </label>
            </td>
            <td class="sel-title">
                <a href=format!("/review/{}", r.code) title=r.title.clone()>
                    <bdi>{r.title.clone()}</bdi>
                </a>
                <br />
                <span class="code">{r.code.clone()}</span>
            </td>
            <td class="sel-org">
                <bdi title=r.organization.clone()>{r.organization.clone()}</bdi>
                <br />
                <small>
                    {t(&format!("stakeholder-{}", r.stakeholder_type))}" · "{r.region.clone()}
                </small>
            </td>
            <td class="col-md">
                {
                    let name = t(&format!("format-{}", r.format_code));
                    let full = name.clone();
                    view! {
                        <span class="sel-clip" title=full>
                            {name}
                        </span>
                    }
                }<br /><small>{r.action_lines.join(", ")}</small>
            </td>
            <td class="num">{format!("{}/{}", r.aggregate.count, r.assigned)}</td>
            // The disagreement flag sits with the mean, which every width shows.
            <td class="num">
                {score(r.aggregate.mean)}
                {r
                    .aggregate
                    .disagreement
                    .then(|| {
                        view! {
                            " "
                            <span class="badge badge-disagree">{t("agg-disagreement")}</span>
                        }
                    })}
            </td>
            <td class="num col-lg">{score(r.aggregate.median)}</td>
            <td class="num col-lg">{score(r.aggregate.std_dev)}</td>
            <td>{decision}</td>
            <td class="col-md">{crate::format::status_badge(status)}</td>
        </tr>
    }
}

/// `/organize/proposals`.
#[component]
pub fn OrganizerProposalsPage(
    rows: Vec<OrganizerRow>,
    total: usize,
    filter: OrganizerFilter,
    choices: FilterChoices,
    /// The bulk decision form's input and errors after a post.
    state: FormState,
) -> impl IntoView {
    let page = filter.page.unwrap_or(1).max(1);
    let pages = total.div_ceil(50).max(1);
    let shown = rows.len();
    // After a refused decision, what was ticked stays ticked.
    let ticked: Vec<String> = state
        .values
        .get("ticked")
        .map(|v| v.split(',').map(str::to_owned).collect())
        .unwrap_or_default();
    let body = rows
        .into_iter()
        .map(|r| {
            let on = ticked.contains(&r.code);
            row_view(r, on)
        })
        .collect_view();
    let back = filter_query(&filter, page);
    let outcomes = Outcome::DECIDABLE
        .iter()
        .map(|o| (o.code().to_owned(), t(&format!("outcome-{}", o.code()))))
        .collect();
    let labels = vec![
        ("outcome", t("decision-outcome")),
        ("note", t("decision-note")),
        ("codes", t("select-proposals")),
    ];
    let prev = (page > 1).then(|| filter_query(&filter, page - 1));
    let next = (page < pages).then(|| filter_query(&filter, page + 1));
    view! {
        <h1>{t("selection-title")}</h1>
        <p class="lead">
            {t_args(
                "selection-count",
                &[
                    ("total", total.to_string()),
                    ("page", page.to_string()),
                    ("pages", pages.to_string()),
                ],
            )}
        </p>
        {filter_form(&filter, &choices)}
        <form
            method="post"
            action="/organize/proposals/decide"
            class="form form-table"
            novalidate=true
        >
            <ErrorSummary form=state.clone() labels=labels prefix="b-".to_owned() />
            <input type="hidden" name="back" value=back />
            <div
                class="table-wrap selection-wrap"
                tabindex="0"
                role="region"
                aria-label=t("selection-title")
            >
                <table class="selection">
                    <caption class="visually-hidden">{t("selection-title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">
                                <span class="visually-hidden">{t("select-proposals")}</span>
                            </th>
                            <th scope="col">{t("proposal-field-title")}</th>
                            <th scope="col">{t("review-lead-organization")}</th>
                            <th scope="col" class="col-md">
                                {t("proposal-field-format")}
                            </th>
                            <th scope="col">{t("agg-reviews-assigned")}</th>
                            <th scope="col">{t("agg-mean")}</th>
                            <th scope="col" class="col-lg">
                                {t("agg-median")}
                            </th>
                            <th scope="col" class="col-lg">
                                {t("agg-spread")}
                            </th>
                            <th scope="col">{t("decision-title")}</th>
                            <th scope="col" class="col-md">
                                {t("proposal-status")}
                            </th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {(shown == 0).then(|| view! { <p>{t("selection-none")}</p> })}
            <fieldset class="bulk" id="b-codes">
                <legend>{t("bulk-title")}</legend>
                {select(
                    &state,
                    "b-",
                    "outcome",
                    t("decision-outcome"),
                    outcomes,
                    or_typed(&state, "outcome", String::new()),
                    Some(t("choose")),
                )}
                {textarea(
                    &state,
                    "b-",
                    "note",
                    t("decision-note"),
                    or_typed(&state, "note", String::new()),
                    Some(t("decision-note-hint")),
                )}
                <button type="submit" class="button">
                    {t("bulk-decide")}
                </button>
                <p class="hint">{t("bulk-merge-hint")}</p>
                <button type="submit" name="intent" value="merge" class="button-secondary">
                    {t("bulk-merge")}
                </button>
            </fieldset>
        </form>
        <nav class="pager" aria-label=t("pager-label")>
            {prev
                .map(|q| {
                    view! {
                        <a href=format!("/organize/proposals{q}") rel="prev">
                            {t("pager-prev")}
                        </a>
                    }
                })}
            " "
            {next
                .map(|q| {
                    view! {
                        <a href=format!("/organize/proposals{q}") rel="next">
                            {t("pager-next")}
                        </a>
                    }
                })}
        </nav>
    }
}
