//! Written reviews as cards, and the organizers' box: assignment and the
//! decision.

use super::*;

/// One review as others read it.
pub(super) fn review_card(
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
pub(super) fn staff_box(
    page: &ReviewPage,
    reviewers: Vec<StaffMember>,
    state: FormState,
) -> impl IntoView {
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
