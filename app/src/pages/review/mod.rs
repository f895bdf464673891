//! `/review` (a reviewer's queue) and `/review/{code}` (one proposal: its
//! content, blind when the edition says so, the review form, the other
//! reviews, the internal discussion; for organizers also assignment and the
//! decision).

use crate::format::country_name;
use crate::forms::{ErrorSummary, FormState, or_typed, select, textarea};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::review::{
    Aggregate, CONFIDENCE_LEVELS, Outcome, Recommendation, is_default_criterion,
};
use portal::services::{Criterion, QueueItem, ReviewPage, ReviewView, StaffMember};

mod cards;
mod content;
mod form;
use cards::*;
use content::*;
use form::*;

/// A criterion's name: the organizers' wording, or the translated default.
pub fn criterion_name(c: &Criterion) -> String {
    if c.name.is_empty() {
        t(&format!("criterion-{}", c.code))
    } else {
        c.name.clone()
    }
}

/// What one end of a criterion's scale means (`low` picks 1, else its
/// maximum) in the page's language: the organizers' text in this language,
/// else a default criterion's translated standard text, else the
/// organizers' first text. The language is given when it is not the
/// page's, for the `lang` attribute.
pub fn scale_text(c: &Criterion, low: bool) -> Option<(Option<&'static str>, String)> {
    let locale = crate::render::page_context().locale;
    let texts = if low { &c.scale_low } else { &c.scale_high };
    if let Some(text) = texts.exact(locale) {
        return Some((None, text.to_owned()));
    }
    if is_default_criterion(&c.code) {
        let end = if low { "low" } else { "high" };
        return Some((None, t(&format!("criterion-{}-{end}", c.code))));
    }
    texts
        .best(locale)
        .map(|(l, text)| (Some(l.tag()), text.to_owned()))
}

/// The meaning of a criterion's lowest and highest scores, as a short
/// definition list (`id` lets the score fieldset refer to it).
pub fn scale_ends(c: &Criterion, id: String) -> impl IntoView + use<> {
    let end = |low: bool, score: i64| {
        scale_text(c, low).map(|(lang, text)| {
            view! {
                <div>
                    <dt>{score}</dt>
                    <dd lang=lang>{text}</dd>
                </div>
            }
        })
    };
    let low = end(true, 1);
    let high = end(false, c.scale_max);
    view! {
        <dl class="scale-ends" id=id>
            {low}
            {high}
        </dl>
    }
}

/// A 0–100 score with one decimal, or a dash.
pub fn score(v: Option<f64>) -> String {
    v.map(|s| format!("{s:.1}")).unwrap_or_else(|| "–".into())
}

/// Mean, median, spread and count, with the disagreement flag as text.
pub fn aggregate_facts(a: &Aggregate) -> impl IntoView {
    view! {
        <dl class="facts facts-inline">
            <dt>{t("agg-count")}</dt>
            <dd>{a.count}</dd>
            <dt>{t("agg-mean")}</dt>
            <dd>{score(a.mean)}</dd>
            <dt>{t("agg-median")}</dt>
            <dd>{score(a.median)}</dd>
            <dt>{t("agg-spread")}</dt>
            <dd>{score(a.std_dev)}</dd>
        </dl>
        {a
            .disagreement
            .then(|| {
                view! {
                    <p>
                        <span class="badge badge-disagree">{t("agg-disagreement")}</span>
                    </p>
                }
            })}
    }
}

/// The reviewer's queue.
#[component]
pub fn ReviewQueuePage(items: Vec<QueueItem>, next: Option<String>) -> impl IntoView {
    let done = items.iter().filter(|i| i.my_review.is_some()).count();
    let total = items.len();
    let rows = items
        .into_iter()
        .map(|i| {
            let state = match i.my_review.as_deref() {
                None => view! { <span class="badge badge-todo">{t("queue-to-review")}</span> }
                    .into_any(),
                Some("hidden") => {
                    view! { <span class="badge badge-hidden">{t("review-state-hidden")}</span> }
                        .into_any()
                }
                Some(_) => {
                    view! { <span class="badge badge-done">{t("queue-reviewed")}</span> }.into_any()
                }
            };
            let lines = i.action_lines.join(", ");
            view! {
                <tr>
                    <td>
                        <a href=format!("/review/{}", i.code)>
                            <bdi>{i.title.clone()}</bdi>
                        </a>
                        <br />
                        <span class="code">{i.code.clone()}</span>
                    </td>
                    <td>{t(&format!("format-{}", i.format_code))}</td>
                    <td>{lines}</td>
                    <td>{if i.assigned { t("queue-assigned") } else { t("queue-in-line") }}</td>
                    <td>{i.review_count}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>{t("queue-title")}</h1>
        <p class="lead">
            {t_args("queue-progress", &[("done", done.to_string()), ("total", total.to_string())])}
        </p>
        {match next {
            Some(code) => {
                view! {
                    <p>
                        <a class="button" href=format!("/review/{code}")>
                            {t("queue-start-next")}
                        </a>
                    </p>
                }
                    .into_any()
            }
            None => view! { <p>{t("queue-nothing-next")}</p> }.into_any(),
        }}
        {(total > 0)
            .then(|| {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t("queue-title")>
                        <table>
                            <caption class="visually-hidden">{t("queue-title")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("proposal-field-title")}</th>
                                    <th scope="col">{t("proposal-field-format")}</th>
                                    <th scope="col">{t("proposal-field-action-lines")}</th>
                                    <th scope="col">{t("queue-why")}</th>
                                    <th scope="col">{t("agg-count")}</th>
                                    <th scope="col">{t("queue-your-review")}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
            })}
    }
}

/// `/review/{code}`.
#[component]
pub fn ReviewProposalPage(
    page: ReviewPage,
    description_html: String,
    /// Reviewers to offer for manual assignment (organizers only).
    reviewers: Vec<StaffMember>,
    /// The review form's input and errors after a post.
    review_state: FormState,
    /// Other forms' input and errors (discussion, conflict, staff tools).
    other_state: FormState,
) -> impl IntoView {
    let code = page.proposal.code.clone();
    let status = portal::domain::proposal::ProposalStatus::from_code(&page.proposal.status)
        .unwrap_or(portal::domain::proposal::ProposalStatus::Submitted);
    let content = proposal_content(&page, description_html);
    let criteria = page.criteria.clone();
    let others = page
        .others
        .iter()
        .map(|r| review_card(r, &criteria, page.staff, &code, false))
        .collect_view();
    let discussion = page
        .discussion
        .iter()
        .map(|d| {
            view! {
                <li>
                    <strong>
                        <bdi>{d.author.clone()}</bdi>
                    </strong>
                    " · "
                    {crate::format::datetime(d.at, "Europe/Zurich")}
                    <p>{d.body.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let moderation = page
        .mine
        .as_ref()
        .map(|m| m.moderation.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|n| {
            view! {
                <li>
                    {t(&format!("moderation-{}", n.action))}" · "
                    {crate::format::datetime(n.at, "Europe/Zurich")}": "{n.reason}
                </li>
            }
        })
        .collect_view();
    let has_moderation = page.mine.as_ref().is_some_and(|m| !m.moderation.is_empty());
    let reviewer_view = page.can_review || page.mine.is_some() || page.cannot_review.is_some();
    view! {
        <p class="code">
            <a href="/review">{t("queue-title")}</a>
            " · "
            {code.clone()}
        </p>
        <h1>{crate::format::written(page.proposal.title.clone(), &page.proposal.text_language)}</h1>
        <p>{crate::format::status_badge(status)}</p>
        {page.blind.then(|| view! { <p class="notice">{t("blind-notice")}</p> })}
        {crate::pages::proposal_view::provenance(
            page.merged_from.clone(),
            page.merged_into.clone(),
            "/review",
        )}
        {other_state
            .form_error
            .clone()
            .map(|m| {
                view! {
                    <div class="error-summary" role="alert" tabindex="-1">
                        <p>{m}</p>
                    </div>
                }
            })}
        {page.staff.then(|| staff_box(&page, reviewers, other_state.clone()))}
        {content}
        {reviewer_view
            .then(|| {
                view! {
                    <section aria-labelledby="my-review-title">
                        <h2 id="my-review-title">{t("review-yours")}</h2>
                        {page
                            .cannot_review
                            .map(|c| view! { <p class="notice">{t(&format!("error-{c}"))}</p> })}
                        {has_moderation
                            .then(|| {
                                view! {
                                    <h3>{t("review-moderation-history")}</h3>
                                    <ul class="plain-list">{moderation}</ul>
                                }
                            })}
                        {if page.can_review {
                            review_form(&page, review_state.clone()).into_any()
                        } else {
                            page.mine
                                .as_ref()
                                .map(|m| review_card(m, &criteria, false, &code, true))
                                .into_any()
                        }}
                        {page
                            .next
                            .clone()
                            .map(|n| {
                                view! {
                                    <p>
                                        <a href=format!("/review/{n}")>{t("review-skip-next")}</a>
                                    </p>
                                }
                            })}
                    </section>
                }
            })}
        {(!page.others.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="others-title">
                        <h2 id="others-title">{t("review-others")}</h2>
                        {(!page.staff).then(|| page.aggregate.as_ref().map(aggregate_facts))}
                        {others}
                    </section>
                }
            })}
        <section aria-labelledby="discussion-title">
            <h2 id="discussion-title">{t("discussion-title")}</h2>
            <p class="hint">{t("discussion-hint")}</p>
            <ul class="plain-list discussion">{discussion}</ul>
            <form
                method="post"
                action=format!("/review/{code}/comments")
                class="form"
                novalidate=true
            >
                {textarea(
                    &other_state,
                    "c-",
                    "body",
                    t("discussion-new"),
                    or_typed(&other_state, "body", String::new()),
                    None,
                )}
                <button type="submit" class="button-secondary">
                    {t("discussion-post")}
                </button>
            </form>
        </section>
        {(!page.staff)
            .then(|| {
                view! {
                    <section aria-labelledby="conflict-title">
                        <h2 id="conflict-title">{t("conflict-declare-title")}</h2>
                        <p>{t("conflict-declare-hint")}</p>
                        <form
                            method="post"
                            action=format!("/review/{code}/conflict")
                            class="form"
                            novalidate=true
                        >
                            {crate::forms::input(
                                &other_state,
                                "x-",
                                "reason",
                                t("conflict-reason"),
                                "text",
                                or_typed(&other_state, "reason", String::new()),
                                None,
                            )}
                            <button type="submit" class="button-secondary">
                                {t("conflict-declare")}
                            </button>
                        </form>
                    </section>
                }
            })}
    }
}
