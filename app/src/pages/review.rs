//! `/review` (a reviewer's queue) and `/review/{code}` (one proposal: its
//! content, blind when the edition says so, the review form, the other
//! reviews, the internal discussion; for organizers also assignment and the
//! decision).

use crate::forms::{ErrorSummary, FormState, or_typed, select, textarea};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::review::{
    Aggregate, CONFIDENCE_LEVELS, Outcome, Recommendation, is_default_criterion,
};
use portal::services::{Criterion, QueueItem, ReviewPage, ReviewView, StaffMember};

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

fn fact(label: String, value: String) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd>{value}</dd>
    }
}

use crate::format::country_name;

/// The proposal as reviewers read it.
fn proposal_content(page: &ReviewPage, description_html: String) -> impl IntoView {
    let p = page.proposal.clone();
    let hidden = t("blind-hidden");
    let lead = p.organization.clone().unwrap_or_else(|| hidden.clone());
    let coorgs = match p.coorganizers.clone() {
        Some(c) if c.is_empty() => t("coorganizers-none-short"),
        Some(c) => c.join(", "),
        None => hidden.clone(),
    };
    let lines = p
        .action_lines
        .iter()
        .map(|(c, r)| {
            view! {
                <li>
                    <strong>{c.clone()}" – "{t(&format!("al-{c}"))}</strong>
                    <p>{r.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let goals = p
        .sdgs
        .iter()
        .map(|(n, r)| {
            view! {
                <li>
                    <strong>{t("sdg")}" "{*n}" – "{t(&format!("sdg-{n}"))}</strong>
                    <p>{r.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let panel = p
        .panel
        .iter()
        .map(|s| {
            let who = match (&s.name, &s.organization) {
                (Some(n), Some(o)) => format!("{n}, {o}"),
                _ => t("blind-panelist"),
            };
            let remote = if s.remote {
                format!(" · {}", t("panel-remote-short"))
            } else {
                String::new()
            };
            view! {
                <li>
                    <strong>
                        <bdi>{who}</bdi>
                    </strong>
                    " ("
                    {t(&format!("panel-role-{}", s.role))}
                    {remote}
                    ")"
                    <br />
                    {country_name(&s.country)}
                    " · "
                    {t(&format!("stakeholder-{}", s.stakeholder_type))}
                    " · "
                    {t(&format!("gender-{}", s.gender))}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="content-title">
            <h2 id="content-title">{t("proposal-section-content")}</h2>
            <dl class="facts">
                {fact(t("review-lead-organization"), lead)}
                {fact(t("review-lead-type"), t(&format!("stakeholder-{}", p.organization_type)))}
                {fact(t("review-lead-country"), country_name(&p.organization_country))}
                {fact(t("coorganizers-title"), coorgs)}
                {fact(t("proposal-field-format"), t(&format!("format-{}", p.format_code)))}
                {fact(
                    t("proposal-field-mode"),
                    if p.participation_mode.is_empty() {
                        String::new()
                    } else {
                        t(&format!("mode-{}", p.participation_mode))
                    },
                )} {fact(t("proposal-field-abstract"), p.abstract_text.clone())}
            </dl>
            <h3>{t("proposal-field-description")}</h3>
            <div class="markdown" inner_html=description_html></div>
            <dl class="facts">
                {fact(t("proposal-field-objectives"), p.objectives.clone())}
                {fact(t("proposal-field-outcomes"), p.outcomes.clone())}
            </dl>
            <h3>{t("proposal-field-action-lines")}</h3>
            <ul class="plain-list themes">{lines}</ul>
            <h3>{t("proposal-field-sdgs")}</h3>
            <ul class="plain-list themes">{goals}</ul>
            <h3>{t("proposal-field-panel")}</h3>
            <ul class="plain-list">{panel}</ul>
        </section>
    }
}

/// Radio buttons 1..=max for one criterion (a fieldset, so screen readers
/// announce the criterion with each choice).
fn score_radios(state: &FormState, c: &Criterion, current: String) -> impl IntoView + use<> {
    let name = format!("score-{}", c.id);
    let note = format!("note-{}", c.id);
    let error = state.error(&name);
    let err_id = format!("f-{name}-error");
    let scale_id = format!("f-{name}-scale");
    let described = match &error {
        Some(_) => format!("{scale_id} {err_id}"),
        None => scale_id.clone(),
    };
    let radios = (1..=c.scale_max)
        .map(|n| {
            let id = format!("f-{name}-{n}");
            let checked = current == n.to_string();
            view! {
                <span class="score-choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name.clone()
                        value=n.to_string()
                        checked=checked
                    />
                    <label for=id>{n}</label>
                </span>
            }
        })
        .collect_view();
    let note_value = or_typed(state, &note, String::new());
    let note_id = format!("f-{note}");
    let note_error = state.error(&note);
    let note_err_id = format!("{note_id}-error");
    let note_described = note_error.is_some().then(|| note_err_id.clone());
    view! {
        <fieldset class="criterion" id=format!("f-{name}") aria-describedby=described>
            <legend>{criterion_name(c)}</legend>
            <p class="hint">
                {t_args(
                    "criterion-weight",
                    &[("weight", c.weight.to_string()), ("max", c.scale_max.to_string())],
                )}
            </p>
            {(!c.description.is_empty())
                .then(|| view! { <p class="hint">{c.description.clone()}</p> })}
            {scale_ends(c, scale_id)}
            {error
                .map(|e| {
                    view! {
                        <p class="field-error" id=err_id>
                            {e}
                        </p>
                    }
                })}
            <div class="score-row">{radios}</div>
            <label for=note_id.clone() class="small-label">
                {t("review-note")}
            </label>
            {note_error
                .clone()
                .map(|e| {
                    view! {
                        <p class="field-error" id=note_err_id>
                            {e}
                        </p>
                    }
                })}
            <textarea
                id=note_id
                name=note
                rows="2"
                aria-invalid=note_error.is_some().then_some("true")
                aria-describedby=note_described
            >
                {crate::forms::textarea_text(&note_value)}
            </textarea>
        </fieldset>
    }
}

fn radio_group(
    state: &FormState,
    name: &'static str,
    legend: String,
    options: Vec<(String, String)>,
    current: String,
) -> impl IntoView + use<> {
    let error = state.error(name);
    let err_id = format!("f-{name}-error");
    let described = error.is_some().then(|| err_id.clone());
    let radios = options
        .into_iter()
        .map(|(v, label)| {
            let id = format!("f-{name}-{v}");
            let checked = v == current;
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=name value=v checked=checked />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset id=format!("f-{name}") aria-describedby=described>
            <legend>{legend}</legend>
            {error
                .map(|e| {
                    view! {
                        <p class="field-error" id=err_id>
                            {e}
                        </p>
                    }
                })}
            {radios}
        </fieldset>
    }
}

/// The reviewer's own review form, pre-filled with the saved review or
/// what was typed.
fn review_form(page: &ReviewPage, state: FormState) -> impl IntoView {
    let code = page.proposal.code.clone();
    let mine = page.mine.clone();
    let saved = |f: &dyn Fn(&ReviewView) -> String| mine.as_ref().map(f).unwrap_or_default();
    let criteria = page
        .criteria
        .iter()
        .map(|c| {
            let saved_score = mine
                .as_ref()
                .and_then(|m| m.scores.iter().find(|(id, ..)| *id == c.id))
                .map(|(_, s, _)| s.to_string())
                .unwrap_or_default();
            let saved_note = mine
                .as_ref()
                .and_then(|m| m.scores.iter().find(|(id, ..)| *id == c.id))
                .map(|(_, _, n)| n.clone())
                .unwrap_or_default();
            let mut st = state.clone();
            st.values
                .entry(format!("note-{}", c.id))
                .or_insert(saved_note);
            let current = or_typed(&state, &format!("score-{}", c.id), saved_score);
            score_radios(&st, c, current)
        })
        .collect_view();
    let labels: Vec<(&'static str, String)> = vec![
        ("confidence", t("review-confidence")),
        ("recommendation", t("review-recommendation")),
        ("comment", t("review-comment")),
    ];
    let more_labels: Vec<(String, String)> = page
        .criteria
        .iter()
        .flat_map(|c| {
            [
                (format!("score-{}", c.id), criterion_name(c)),
                (
                    format!("note-{}", c.id),
                    format!("{} – {}", criterion_name(c), t("review-note")),
                ),
            ]
        })
        .collect();
    let recs = Recommendation::ALL
        .iter()
        .map(|r| (r.code().to_owned(), t(&format!("rec-{}", r.code()))))
        .collect();
    let confs = CONFIDENCE_LEVELS
        .iter()
        .map(|c| (c.to_string(), t(&format!("confidence-{c}"))))
        .collect();
    let version = mine.as_ref().map(|m| m.version).unwrap_or(0).to_string();
    view! {
        <form
            method="post"
            action=format!("/review/{code}")
            novalidate=true
            class="form review-form"
        >
            <ErrorSummary form=state.clone() labels=labels more_labels=more_labels />
            <input type="hidden" name="version" value=version />
            {criteria}
            {radio_group(
                &state,
                "confidence",
                t("review-confidence"),
                confs,
                or_typed(&state, "confidence", saved(&|m| m.confidence.to_string())),
            )}
            {radio_group(
                &state,
                "recommendation",
                t("review-recommendation"),
                recs,
                or_typed(&state, "recommendation", saved(&|m| m.recommendation.code().to_owned())),
            )}
            {textarea(
                &state,
                "f-",
                "comment",
                t("review-comment"),
                or_typed(&state, "comment", saved(&|m| m.comment.clone())),
                Some(t("review-comment-hint")),
            )}
            <div class="actions">
                <button type="submit" name="intent" value="next" class="button">
                    {t("review-save-next")}
                </button>
                <button type="submit" name="intent" value="save" class="button-secondary">
                    {t("review-save")}
                </button>
            </div>
        </form>
    }
}

/// One review as others read it.
fn review_card(
    r: &ReviewView,
    criteria: &[Criterion],
    staff: bool,
    code: &str,
    own: bool,
) -> impl IntoView {
    let scores = r
        .scores
        .iter()
        .map(|(cid, s, note)| {
            let c = criteria.iter().find(|c| c.id == *cid);
            let name = c.map(criterion_name).unwrap_or_default();
            let max = c.map(|c| c.scale_max).unwrap_or(0);
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{format!("{s}/{max}")}</td>
                    <td>{note.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let flag_id = format!("flag-{}", r.id);
    view! {
        <article class="review-card" aria-labelledby=format!("review-{}", r.id)>
            <h3 id=format!("review-{}", r.id)>
                <bdi>{r.reviewer.clone()}</bdi>
                " · "
                {t(&format!("rec-{}", r.recommendation.code()))}
                " · "
                {score(r.weighted)}
                {(r.state == "hidden")
                    .then(|| {
                        view! {
                            " "
                            <span class="badge badge-hidden">{t("review-state-hidden")}</span>
                        }
                    })}
                {r
                    .locked
                    .then(|| {
                        view! {
                            " "
                            <span class="badge">{t("review-state-locked")}</span>
                        }
                    })}
                {r
                    .flagged
                    .then(|| {
                        view! {
                            " "
                            <span class="badge badge-disagree">{t("review-state-flagged")}</span>
                        }
                    })}
            </h3>
            <p>
                {t_args(
                    "review-confidence-line",
                    &[("level", t(&format!("confidence-{}", r.confidence)))],
                )}
            </p>
            <table class="scores">
                <caption class="visually-hidden">{t("review-scores")}</caption>
                <tbody>{scores}</tbody>
            </table>
            {(!r.comment.is_empty()).then(|| view! { <p class="comment">{r.comment.clone()}</p> })}
            {(!r.flagged && !own)
                .then(|| {
                    view! {
                        <form
                            method="post"
                            action=format!("/review/{code}/flag/{}", r.id)
                            class="inline-form flag-form"
                        >
                            <label for=flag_id.clone()>{t("review-flag-reason")}</label>
                            <input id=flag_id type="text" name="reason" required=true />
                            <button type="submit" class="button-secondary">
                                {t("review-flag")}
                            </button>
                        </form>
                    }
                })}
            {staff
                .then(|| {
                    view! {
                        <p>
                            <a href="/admin/moderation">{t("review-moderate-link")}</a>
                        </p>
                    }
                })}
        </article>
    }
}

/// Staff tools: reviewers assigned, manual assignment, conflicts, decision.
fn staff_box(page: &ReviewPage, reviewers: Vec<StaffMember>, state: FormState) -> impl IntoView {
    let code = page.proposal.code.clone();
    let assignees = page
        .assignees
        .iter()
        .map(|(id, name)| {
            let code = code.clone();
            view! {
                <li>
                    <bdi>{name.clone()}</bdi>
                    " "
                    <form
                        method="post"
                        action=format!("/review/{code}/unassign")
                        class="inline-form"
                    >
                        <input type="hidden" name="reviewer" value=id.to_string() />
                        <button type="submit" class="link-button">
                            {t_args("assign-remove", &[("name", name.clone())])}
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let conflicts = page
        .conflicts
        .iter()
        .map(|(n, r)| {
            view! {
                <li>
                    <bdi>{n.clone()}</bdi>
                    ": "
                    {r.clone()}
                </li>
            }
        })
        .collect_view();
    let options = reviewers
        .iter()
        .filter(|s| !page.assignees.iter().any(|(id, _)| *id == s.id))
        .map(|s| (s.id.to_string(), format!("{} ({})", s.name, s.assigned)))
        .collect();
    let (outcome, note, released) = page.decision.clone().unwrap_or_default();
    let outcomes = Outcome::DECIDABLE
        .iter()
        .map(|o| (o.code().to_owned(), t(&format!("outcome-{}", o.code()))))
        .collect();
    let decision_line = page.decision.as_ref().map(|(o, _, rel)| {
        let status = if *rel {
            t("decision-released")
        } else {
            t("decision-pending")
        };
        view! {
            <p>
                {t_args(
                    "decision-current",
                    &[("outcome", t(&format!("outcome-{o}"))), ("status", status)],
                )}
            </p>
        }
    });
    let _ = released;
    view! {
        <section aria-labelledby="staff-title" class="panel">
            <h2 id="staff-title">{t("review-staff-title")}</h2>
            {page.aggregate.as_ref().map(aggregate_facts)}
            <h3>{t("assign-title")}</h3>
            <ul class="plain-list">{assignees}</ul>
            <form
                method="post"
                action=format!("/review/{code}/assign")
                class="form form-inline"
                novalidate=true
            >
                {select(
                    &state,
                    "a-",
                    "reviewer",
                    t("assign-reviewer"),
                    options,
                    String::new(),
                    Some(t("choose")),
                )}
                <button type="submit" class="button-secondary">
                    {t("assign-add")}
                </button>
            </form>
            {(!page.conflicts.is_empty())
                .then(|| {
                    view! {
                        <h3>{t("conflicts-title")}</h3>
                        <ul class="plain-list">{conflicts}</ul>
                    }
                })}
            <h3>{t("decision-title")}</h3>
            {decision_line}
            <form
                method="post"
                action=format!("/review/{code}/decide")
                class="form"
                novalidate=true
            >
                {select(
                    &state,
                    "d-",
                    "outcome",
                    t("decision-outcome"),
                    outcomes,
                    or_typed(&state, "outcome", outcome),
                    Some(t("choose")),
                )}
                {textarea(
                    &state,
                    "d-",
                    "note",
                    t("decision-note"),
                    or_typed(&state, "note", note),
                    Some(t("decision-note-hint")),
                )}
                <button type="submit" class="button">
                    {t("decision-save")}
                </button>
            </form>
        </section>
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
        <h1>
            <bdi>{page.proposal.title.clone()}</bdi>
        </h1>
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
