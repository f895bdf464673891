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

/// Options for the list's filters.
#[derive(Debug, Clone, Default)]
pub struct FilterChoices {
    /// Format codes of the edition.
    pub formats: Vec<String>,
}

fn filter_query(f: &OrganizerFilter, page: usize) -> String {
    let sort = f.sort.code().to_owned();
    let pairs = [
        ("q", f.q.as_str()),
        ("status", &f.status),
        ("format", &f.format),
        ("line", &f.line),
        ("sdg", &f.sdg),
        ("region", &f.region),
        ("stakeholder", &f.stakeholder),
        ("decision", &f.decision),
        ("disagreement", &f.disagreement),
        ("sort", &sort),
        ("dir", &f.dir),
    ];
    let mut q: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", urlencoding(v)))
        .collect();
    q.push(format!("page={page}"));
    format!("?{}", q.join("&"))
}

fn options(items: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
    items.into_iter().collect()
}

/// The filter form (GET, so filtered views can be bookmarked and shared).
fn filter_form(f: &OrganizerFilter, choices: &FilterChoices) -> impl IntoView {
    let st = FormState::default();
    let any = Some(t("filter-any"));
    let statuses = options(
        portal::domain::proposal::ProposalStatus::ALL
            .iter()
            .filter(|s| s.code() != "draft")
            .map(|s| (s.code().to_owned(), t(&format!("status-{}", s.code())))),
    );
    let formats = options(
        choices
            .formats
            .iter()
            .map(|c| (c.clone(), t(&format!("format-{c}")))),
    );
    let lines = options(
        portal::domain::taxonomy::action_line_codes()
            .into_iter()
            .map(|c| (c.to_owned(), format!("{c} – {}", t(&format!("al-{c}"))))),
    );
    let sdgs =
        options((1..=17).map(|n| (n.to_string(), format!("{n} – {}", t(&format!("sdg-{n}"))))));
    let regions = options(
        ["A", "B", "C", "D", "E"]
            .iter()
            .map(|r| (r.to_string(), t(&format!("region-{r}")))),
    );
    let kinds = options(
        [
            "government",
            "private-sector",
            "civil-society",
            "academia",
            "technical-community",
            "international-organization",
        ]
        .iter()
        .map(|k| (k.to_string(), t(&format!("stakeholder-{k}")))),
    );
    let mut decisions = vec![
        ("none".to_owned(), t("decision-none")),
        ("pending".to_owned(), t("decision-pending")),
    ];
    decisions.extend(
        Outcome::ALL
            .iter()
            .map(|o| (o.code().to_owned(), t(&format!("outcome-{}", o.code())))),
    );
    let sorts = options(
        portal::services::OrganizerSort::ALL
            .iter()
            .map(|s| (s.code().to_owned(), t(&format!("sort-{}", s.code())))),
    );
    let sort = f.sort.code().to_owned();
    let dirs = vec![
        ("asc".to_owned(), t("sort-asc")),
        ("desc".to_owned(), t("sort-desc")),
    ];
    view! {
        <form method="get" action="/organize/proposals" class="form filter-form">
            <fieldset>
                <legend>{t("filter-title")}</legend>
                <div class="filter-grid">
                    {input(&st, "q-", "q", t("filter-search"), "search", f.q.clone(), None)}
                    {select(
                        &st,
                        "q-",
                        "status",
                        t("proposal-status"),
                        statuses,
                        f.status.clone(),
                        any.clone(),
                    )}
                    {select(
                        &st,
                        "q-",
                        "format",
                        t("proposal-field-format"),
                        formats,
                        f.format.clone(),
                        any.clone(),
                    )}
                    {select(
                        &st,
                        "q-",
                        "line",
                        t("filter-line"),
                        lines,
                        f.line.clone(),
                        any.clone(),
                    )} {select(&st, "q-", "sdg", t("filter-sdg"), sdgs, f.sdg.clone(), any.clone())}
                    {select(
                        &st,
                        "q-",
                        "region",
                        t("filter-region"),
                        regions,
                        f.region.clone(),
                        any.clone(),
                    )}
                    {select(
                        &st,
                        "q-",
                        "stakeholder",
                        t("filter-stakeholder"),
                        kinds,
                        f.stakeholder.clone(),
                        any.clone(),
                    )}
                    {select(
                        &st,
                        "q-",
                        "decision",
                        t("decision-title"),
                        decisions,
                        f.decision.clone(),
                        any.clone(),
                    )} {select(&st, "q-", "sort", t("sort-by"), sorts, sort, None)}
                    {select(
                        &st,
                        "q-",
                        "dir",
                        t("sort-direction"),
                        dirs,
                        if f.dir.is_empty() { "asc".into() } else { f.dir.clone() },
                        None,
                    )}
                </div>
                <div class="choice">
                    <input
                        type="checkbox"
                        id="q-disagreement"
                        name="disagreement"
                        value="yes"
                        checked=f.disagreement == "yes"
                    />
                    <label for="q-disagreement">{t("filter-disagreement")}</label>
                </div>
                <button type="submit" class="button-secondary">
                    {t("filter-apply")}
                </button>
                " "
                <a href="/organize/proposals">{t("filter-clear")}</a>
            </fieldset>
        </form>
    }
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

/// One template's editor, with its preview when one was asked for.
fn template_form(
    tpl: DecisionTemplate,
    state: FormState,
    preview: Option<TemplatePreview>,
) -> impl IntoView {
    let prefix = format!("t-{}-", tpl.outcome);
    let labels = vec![
        ("subject", t("template-subject")),
        ("body", t("template-body")),
    ];
    let action = format!(
        "/organize/decisions/templates/{}?lang={}",
        tpl.outcome, tpl.locale
    );
    view! {
        <form
            method="post"
            action=action
            class="form template-form"
            novalidate=true
            id=format!("template-{}", tpl.outcome)
        >
            <fieldset>
                <legend>
                    {t(&format!("outcome-{}", tpl.outcome))}
                    {tpl.custom.then(|| format!(" · {}", t("template-custom")))}
                </legend>
                <ErrorSummary form=state.clone() labels=labels prefix=prefix.clone() />
                {input(
                    &state,
                    &prefix,
                    "subject",
                    t("template-subject"),
                    "text",
                    or_typed(&state, "subject", tpl.subject.clone()),
                    None,
                )}
                {textarea(
                    &state,
                    &prefix,
                    "body",
                    t("template-body"),
                    or_typed(&state, "body", tpl.body.clone()),
                    Some(t("template-placeholders")),
                )}
                <div class="actions">
                    <button type="submit" name="intent" value="preview" class="button-secondary">
                        {t("template-preview")}
                    </button>
                    <button type="submit" name="intent" value="save" class="button">
                        {t("template-save")}
                    </button>
                </div>
            </fieldset>
            {preview
                .map(|p| {
                    view! {
                        <section class="preview" aria-label=t("template-preview")>
                            <h3>{t("template-preview")}</h3>
                            <p>
                                <strong>{p.subject}</strong>
                            </p>
                            <pre class="email-preview">{p.body}</pre>
                        </section>
                    }
                })}
        </form>
    }
}

/// `/organize/decisions`.
#[component]
pub fn DecisionsPage(
    pending: Vec<(String, i64)>,
    templates: Vec<DecisionTemplate>,
    template_locale: Locale,
    /// Which template was just posted, with its input, errors and preview.
    posted: Option<(String, FormState, Option<TemplatePreview>)>,
) -> impl IntoView {
    let total: i64 = pending.iter().map(|(_, n)| n).sum();
    let counts = pending
        .iter()
        .map(|(o, n)| view! { <li>{t(&format!("outcome-{o}"))}": "{*n}</li> })
        .collect_view();
    let langs = Locale::ALL
        .into_iter()
        .map(|l| {
            let current = l == template_locale;
            view! {
                <li>
                    <a
                        href=format!("/organize/decisions?lang={}", l.tag())
                        aria-current=current.then_some("true")
                        lang=l.tag()
                    >
                        {l.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let forms = templates
        .into_iter()
        .map(|tpl| {
            let (st, pv) = match &posted {
                Some((o, st, pv)) if *o == tpl.outcome => (st.clone(), pv.clone()),
                _ => (FormState::default(), None),
            };
            template_form(tpl, st, pv)
        })
        .collect_view();
    view! {
        <h1>{t("decisions-title")}</h1>
        <section aria-labelledby="release-title" class="panel">
            <h2 id="release-title">{t("release-title")}</h2>
            {if total == 0 {
                view! { <p>{t("release-nothing")}</p> }.into_any()
            } else {
                view! {
                    <p>{t_args("release-pending", &[("count", total.to_string())])}</p>
                    <ul>{counts}</ul>
                    <form method="post" action="/organize/decisions/release">
                        <p class="hint">{t("release-hint")}</p>
                        <button type="submit" class="button">
                            {t("release-button")}
                        </button>
                    </form>
                }
                    .into_any()
            }}
            <p>
                <a href="/organize/proposals?decision=pending">{t("release-review-pending")}</a>
            </p>
        </section>
        <section aria-labelledby="templates-title">
            <h2 id="templates-title">{t("templates-title")}</h2>
            <p>{t("templates-hint")}</p>
            <nav aria-label=t("templates-language")>
                <ul class="inline-list">{langs}</ul>
            </nav>
            {forms}
        </section>
    }
}

/// `/organize/merge?code=…&code=…`: choose the session that stays and its
/// title, then merge.
#[component]
pub fn MergePage(candidates: Vec<OrganizerRow>, state: FormState) -> impl IntoView {
    let chosen = or_typed(
        &state,
        "primary",
        candidates
            .first()
            .map(|c| c.code.clone())
            .unwrap_or_default(),
    );
    let title = or_typed(
        &state,
        "title",
        candidates
            .iter()
            .find(|c| c.code == chosen)
            .map(|c| c.title.clone())
            .unwrap_or_default(),
    );
    let hidden = candidates
        .iter()
        .map(|c| view! { <input type="hidden" name="code" value=c.code.clone() /> })
        .collect_view();
    let radios = candidates
        .iter()
        .map(|c| {
            let id = format!("m-primary-{}", c.code);
            let checked = c.code == chosen;
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name="primary"
                        value=c.code.clone()
                        checked=checked
                    />
                    <label for=id>
                        <strong>{c.code.clone()}</strong>
                        " – "
                        <bdi>{c.title.clone()}</bdi>
                        " · "
                        <bdi>{c.organization.clone()}</bdi>
                        " · "
                        {t("agg-mean")}
                        " "
                        {score(c.aggregate.mean)}
                    </label>
                </div>
            }
        })
        .collect_view();
    let labels = vec![
        ("primary", t("merge-primary")),
        ("title", t("merge-title-label")),
    ];
    let primary_error = state.error("primary");
    view! {
        <h1>{t("merge-title")}</h1>
        <p class="lead">{t("merge-lead")}</p>
        <form method="post" action="/organize/merge" class="form" novalidate=true>
            <ErrorSummary form=state.clone() labels=labels prefix="m-".to_owned() />
            {hidden}
            <fieldset
                id="m-primary"
                aria-describedby=primary_error.is_some().then_some("m-primary-error")
            >
                <legend>{t("merge-primary")}</legend>
                <p class="hint">{t("merge-primary-hint")}</p>
                {primary_error
                    .clone()
                    .map(|e| {
                        view! {
                            <p class="field-error" id="m-primary-error">
                                {e}
                            </p>
                        }
                    })}
                {radios}
            </fieldset>
            {input(
                &state,
                "m-",
                "title",
                t("merge-title-label"),
                "text",
                title,
                Some(t("merge-title-hint")),
            )}
            <button type="submit" class="button">
                {t("merge-button")}
            </button>
            " "
            <a href="/organize/proposals">{t("merge-cancel")}</a>
        </form>
    }
}
