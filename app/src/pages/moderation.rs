//! `/admin/moderation`: admins flag, hide, restore, edit (with a trace),
//! reassign, lock and unlock reviews, each with a reason.

use crate::format::datetime;
use crate::forms::{ErrorSummary, FormState, or_typed, select, textarea};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::review::Recommendation;
use portal::services::{ModerationAction, ModerationRow, StaffMember};

fn history(row: &ModerationRow) -> impl IntoView {
    let items = row
        .history
        .iter()
        .map(|h| {
            view! {
                <li>
                    <strong>{t(&format!("moderation-{}", h.action))}</strong>
                    " · "
                    <bdi>{h.actor.clone()}</bdi>
                    " · "
                    {datetime(h.at, "Europe/Zurich")}
                    <br />
                    {t("moderation-reason")}
                    ": "
                    {h.reason.clone()}
                    {(h.action == "edit")
                        .then(|| {
                            view! {
                                <details>
                                    <summary>{t("moderation-before-after")}</summary>
                                    <pre>{h.before.clone().unwrap_or_default()}</pre>
                                    <pre>{h.after.clone().unwrap_or_default()}</pre>
                                </details>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain-list">{items}</ul> }
}

fn card(row: ModerationRow, reviewers: &[StaffMember], state: FormState) -> impl IntoView {
    let prefix = format!("m{}-", row.id);
    let actions = ModerationAction::ALL
        .iter()
        .filter(|a| match a {
            ModerationAction::Flag => !row.flagged,
            ModerationAction::Unflag => row.flagged,
            ModerationAction::Hide | ModerationAction::Reassign => row.state != "hidden",
            ModerationAction::Restore => row.state == "hidden",
            ModerationAction::Lock => !row.locked,
            ModerationAction::Unlock => row.locked,
            ModerationAction::Edit => true,
        })
        .map(|a| (a.code().to_owned(), t(&format!("moderation-{}", a.code()))))
        .collect();
    let recs = Recommendation::ALL
        .iter()
        .map(|r| (r.code().to_owned(), t(&format!("rec-{}", r.code()))))
        .collect();
    let others = reviewers
        .iter()
        .map(|s| (s.id.to_string(), format!("{} ({})", s.name, s.assigned)))
        .collect();
    let labels = vec![
        ("action", t("moderation-action")),
        ("reason", t("moderation-reason")),
        ("comment", t("review-comment")),
        ("recommendation", t("review-recommendation")),
        ("reviewer", t("moderation-new-reviewer")),
    ];
    let heading_id = format!("mod-{}", row.id);
    view! {
        <article
            class="review-card"
            aria-labelledby=heading_id.clone()
            id=format!("review-{}", row.id)
        >
            <h2 id=heading_id.clone()>
                <a href=format!("/review/{}", row.code)>{row.code.clone()}</a>
                " · "
                <bdi>{row.title.clone()}</bdi>
            </h2>
            <p>
                {t_args("moderation-by", &[("name", row.reviewer.clone())])}" · "
                {t(&format!("rec-{}", row.recommendation))}" · "
                {datetime(row.updated_at, "Europe/Zurich")}
                {(row.state == "hidden")
                    .then(|| {
                        view! {
                            " "
                            <span class="badge badge-hidden">{t("review-state-hidden")}</span>
                        }
                    })}
                {row
                    .locked
                    .then(|| {
                        view! {
                            " "
                            <span class="badge">{t("review-state-locked")}</span>
                        }
                    })}
                {row
                    .flagged
                    .then(|| {
                        view! {
                            " "
                            <span class="badge badge-disagree">{t("review-state-flagged")}</span>
                        }
                    })}
            </p>
            {(!row.comment.is_empty())
                .then(|| view! { <p class="comment">{row.comment.clone()}</p> })}
            {(!row.history.is_empty()).then(|| history(&row))}
            <form
                method="post"
                action=format!("/admin/moderation/{}", row.id)
                class="form"
                novalidate=true
            >
                <fieldset>
                    <legend>{t("moderation-act")}</legend>
                    <ErrorSummary form=state.clone() labels=labels prefix=prefix.clone() />
                    {select(
                        &state,
                        &prefix,
                        "action",
                        t("moderation-action"),
                        actions,
                        or_typed(&state, "action", String::new()),
                        Some(t("choose")),
                    )}
                    {crate::forms::input(
                        &state,
                        &prefix,
                        "reason",
                        t("moderation-reason"),
                        "text",
                        or_typed(&state, "reason", String::new()),
                        Some(t("moderation-reason-hint")),
                    )}
                    <details open=state.has_errors()>
                        <summary>{t("moderation-edit-fields")}</summary>
                        {textarea(
                            &state,
                            &prefix,
                            "comment",
                            t("review-comment"),
                            or_typed(&state, "comment", row.comment.clone()),
                            None,
                        )}
                        {select(
                            &state,
                            &prefix,
                            "recommendation",
                            t("review-recommendation"),
                            recs,
                            or_typed(&state, "recommendation", row.recommendation.clone()),
                            None,
                        )}
                        {select(
                            &state,
                            &prefix,
                            "reviewer",
                            t("moderation-new-reviewer"),
                            others,
                            or_typed(&state, "reviewer", String::new()),
                            Some(t("choose")),
                        )}
                    </details>
                    <button type="submit" class="button">
                        {t("moderation-apply")}
                    </button>
                </fieldset>
            </form>
        </article>
    }
}

/// The moderation page.
#[component]
pub fn ModerationPage(
    rows: Vec<ModerationRow>,
    reviewers: Vec<StaffMember>,
    flagged_only: bool,
    /// This page's number, from 1.
    page: usize,
    /// How many pages there are.
    pages: usize,
    /// The review whose form was just posted, with its input and errors.
    posted: Option<(i64, FormState)>,
) -> impl IntoView {
    let base = if flagged_only {
        "/admin/moderation?flagged=yes&"
    } else {
        "/admin/moderation?"
    };
    let prev = (page > 1).then(|| format!("{base}page={}", page - 1));
    let next = (page < pages).then(|| format!("{base}page={}", page + 1));
    let empty = rows.is_empty();
    let cards = rows
        .into_iter()
        .map(|r| {
            let st = match &posted {
                Some((id, st)) if *id == r.id => st.clone(),
                _ => FormState::default(),
            };
            card(r, &reviewers, st)
        })
        .collect_view();
    view! {
        <h1>{t("moderation-title")}</h1>
        <p class="lead">
            {t("moderation-lead")}" "
            <a href="/admin/audit?action=review.">{t("moderation-audit-link")}</a>
        </p>
        <p>
            {if flagged_only {
                view! { <a href="/admin/moderation">{t("moderation-show-all")}</a> }.into_any()
            } else {
                view! { <a href="/admin/moderation?flagged=yes">{t("moderation-show-flagged")}</a> }
                    .into_any()
            }}
        </p>
        {empty.then(|| view! { <p>{t("moderation-none")}</p> })}
        {(pages > 1)
            .then(|| {
                view! {
                    <p>
                        {t_args(
                            "moderation-page",
                            &[("page", page.to_string()), ("pages", pages.to_string())],
                        )}
                    </p>
                }
            })}
        {cards}
        <nav class="pager" aria-label=t("pager-label")>
            {prev
                .map(|q| {
                    view! {
                        <a href=q rel="prev">
                            {t("pager-prev")}
                        </a>
                    }
                })}
            " "
            {next
                .map(|q| {
                    view! {
                        <a href=q rel="next">
                            {t("pager-next")}
                        </a>
                    }
                })}
        </nav>
    }
}
