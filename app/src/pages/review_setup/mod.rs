//! `/organize/review`: review settings, weighted criteria, dated phases,
//! teams, reviewers and facilitators, and automatic assignment.

use crate::format::datetime;
use crate::forms::{ErrorSummary, FormState, input, or_typed, textarea};
use crate::pages::review::{criterion_name, scale_ends};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::LocalizedText;
use portal::domain::review::{SCALE_FIELDS, is_default_criterion};
use portal::services::{Criterion, ReviewSetup};

mod criteria;
use criteria::*;

/// Which form on the page was posted, so its input and errors are shown.
#[derive(Debug, Clone, Default)]
pub struct SetupForms {
    /// `settings`, `criterion-new`, `criterion-<id>`, `phase`, `team`,
    /// `reviewer`, with the form's state.
    pub posted: Option<(String, FormState)>,
}

impl SetupForms {
    fn state(&self, key: &str) -> FormState {
        match &self.posted {
            Some((k, st)) if k == key => st.clone(),
            _ => FormState::default(),
        }
    }
}

fn checkbox(id: &str, name: &'static str, label: String, checked: bool) -> impl IntoView {
    view! {
        <div class="choice">
            <input type="checkbox" id=id.to_owned() name=name value="yes" checked=checked />
            <label for=id.to_owned()>{label}</label>
        </div>
    }
}

/// The setup page.
#[component]
pub fn ReviewSetupPage(setup: ReviewSetup, forms: SetupForms) -> impl IntoView {
    let s = setup.settings.clone();
    let st = forms.state("settings");
    let blind = st
        .values
        .get("blind_review")
        .map(|v| !v.is_empty())
        .unwrap_or(s.blind_review);
    let total_weight: i64 = setup.criteria.iter().map(|c| c.weight).sum();
    let criteria = setup
        .criteria
        .iter()
        .cloned()
        .map(|c| {
            let key = format!("criterion-{}", c.id);
            criterion_row(c, forms.state(&key))
        })
        .collect_view();
    let cst = forms.state("criterion-new");
    let new_labels = criterion_labels(&or_typed(&cst, "scale_max", "5".into()));
    let new_scale = scale_fields(&cst, "cn-", None, false, &new_labels);
    let phases = setup
        .phases
        .iter()
        .map(|p| {
            let rights = [
                (p.reviewers_may_review, t("phase-may-review")),
                (p.reviewers_see_others, t("phase-see-others")),
                (p.proposers_may_edit, t("phase-proposers-edit")),
            ]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, l)| l)
            .collect::<Vec<_>>()
            .join(" · ");
            view! {
                <li>
                    <strong>
                        <bdi>{p.name.clone()}</bdi>
                    </strong>
                    ": "
                    {datetime(p.starts_at, "Europe/Zurich")}
                    " – "
                    {datetime(p.ends_at, "Europe/Zurich")}
                    <br />
                    <small>{if rights.is_empty() { t("phase-no-rights") } else { rights }}</small>
                    <form
                        method="post"
                        action=format!("/organize/review/phases/{}/remove", p.id)
                        class="inline-form"
                    >
                        <button type="submit" class="link-button">
                            {t_args("phase-remove", &[("name", p.name.clone())])}
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let pst = forms.state("phase");
    let teams = setup
        .teams
        .iter()
        .map(|team| {
            let scope = [
                (!team.action_lines.is_empty()).then(|| team.action_lines.join(", ")),
                (!team.formats.is_empty()).then(|| {
                    team.formats
                        .iter()
                        .map(|f| t(&format!("format-{f}")))
                        .collect::<Vec<_>>()
                        .join(", ")
                }),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            let members = team
                .members
                .iter()
                .map(|(_, n)| n.clone())
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li>
                    <strong>
                        <bdi>{team.name.clone()}</bdi>
                    </strong>
                    " – "
                    {if scope.is_empty() { t("team-any") } else { scope }}
                    <br />
                    <small>
                        <bdi>{members}</bdi>
                    </small>
                    <form
                        method="post"
                        action=format!("/organize/review/teams/{}/remove", team.id)
                        class="inline-form"
                    >
                        <button type="submit" class="link-button">
                            {t_args("team-remove", &[("name", team.name.clone())])}
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let tst = forms.state("team");
    let staff = setup
        .staff
        .iter()
        .map(|m| {
            let roles = [
                m.reviewer.then(|| t("role-reviewer")),
                (!m.lines.is_empty())
                    .then(|| t_args("facilitator-of", &[("lines", m.lines.join(", "))])),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            view! {
                <tr>
                    <td>
                        <bdi>{m.name.clone()}</bdi>
                        <br />
                        <small>{m.email.clone()}</small>
                    </td>
                    <td>{roles}</td>
                    <td class="num">{m.assigned}</td>
                    <td class="num">{m.reviewed}</td>
                </tr>
            }
        })
        .collect_view();
    let rst = forms.state("reviewer");
    view! {
        <h1>{t("review-setup-title")}</h1>
        <p>
            <a href="/organize">{t("organize-title")}</a>
        </p>
        <section aria-labelledby="assign-title" class="panel">
            <h2 id="assign-title">{t("auto-assign-title")}</h2>
            <p>{t_args("auto-assign-hint", &[("n", s.reviewers_per_proposal.to_string())])}</p>
            <form method="post" action="/organize/review/assign">
                <button type="submit" class="button">
                    {t("auto-assign-button")}
                </button>
            </form>
        </section>
        <form method="post" action="/organize/review" class="form" novalidate=true>
            <fieldset>
                <legend>{t("review-settings-title")}</legend>
                <ErrorSummary
                    form=st.clone()
                    labels=vec![
                        ("reviewers_per_proposal", t("review-per-proposal")),
                        ("disagreement_threshold", t("review-threshold")),
                    ]
                    prefix="s-".to_owned()
                />
                <input type="hidden" name="version" value=s.version.to_string() />
                {input(
                    &st,
                    "s-",
                    "reviewers_per_proposal",
                    t("review-per-proposal"),
                    "number",
                    or_typed(&st, "reviewers_per_proposal", s.reviewers_per_proposal.to_string()),
                    None,
                )}
                {input(
                    &st,
                    "s-",
                    "disagreement_threshold",
                    t("review-threshold"),
                    "number",
                    or_typed(&st, "disagreement_threshold", s.disagreement_threshold.to_string()),
                    Some(t("review-threshold-hint")),
                )}
                {checkbox("s-blind_review", "blind_review", t("review-blind"), blind)}
                <p class="hint">{t("review-blind-hint")}</p>
                <button type="submit" class="button">
                    {t("review-settings-save")}
                </button>
            </fieldset>
        </form>
        <section aria-labelledby="criteria-title">
            <h2 id="criteria-title">{t("criteria-title")}</h2>
            <p>{t_args("criteria-hint", &[("total", total_weight.to_string())])}</p>
            {criteria}
            <form method="post" action="/organize/review/criteria" class="form" novalidate=true>
                <fieldset>
                    <legend>{t("criterion-new")}</legend>
                    <ErrorSummary form=cst.clone() labels=new_labels prefix="cn-".to_owned() />
                    <div class="speaker-grid">
                        {input(
                            &cst,
                            "cn-",
                            "name",
                            t("criterion-name"),
                            "text",
                            or_typed(&cst, "name", String::new()),
                            None,
                        )}
                        {input(
                            &cst,
                            "cn-",
                            "weight",
                            t("criterion-weight-label"),
                            "number",
                            or_typed(&cst, "weight", "10".into()),
                            None,
                        )}
                        {input(
                            &cst,
                            "cn-",
                            "scale_max",
                            t("criterion-scale"),
                            "number",
                            or_typed(&cst, "scale_max", "5".into()),
                            None,
                        )}
                    </div>
                    {textarea(
                        &cst,
                        "cn-",
                        "description",
                        t("criterion-description"),
                        or_typed(&cst, "description", String::new()),
                        None,
                    )}
                    {new_scale}
                    <button type="submit" class="button-secondary">
                        {t("criterion-add")}
                    </button>
                </fieldset>
            </form>
        </section>
        <section aria-labelledby="phases-title">
            <h2 id="phases-title">{t("phases-title")}</h2>
            <p>{if setup.phases.is_empty() { t("phases-none") } else { String::new() }}</p>
            <ul class="plain-list">{phases}</ul>
            <form method="post" action="/organize/review/phases" class="form" novalidate=true>
                <fieldset>
                    <legend>{t("phase-new")}</legend>
                    <ErrorSummary
                        form=pst.clone()
                        labels=vec![
                            ("name", t("phase-name")),
                            ("starts_at", t("phase-starts")),
                            ("ends_at", t("phase-ends")),
                        ]
                        prefix="p-".to_owned()
                    />
                    {input(
                        &pst,
                        "p-",
                        "name",
                        t("phase-name"),
                        "text",
                        or_typed(&pst, "name", String::new()),
                        None,
                    )}
                    <div class="speaker-grid">
                        {input(
                            &pst,
                            "p-",
                            "starts_at",
                            t("phase-starts"),
                            "datetime-local",
                            or_typed(&pst, "starts_at", String::new()),
                            Some(t("hint-geneva-time")),
                        )}
                        {input(
                            &pst,
                            "p-",
                            "ends_at",
                            t("phase-ends"),
                            "datetime-local",
                            or_typed(&pst, "ends_at", String::new()),
                            Some(t("hint-geneva-time")),
                        )}
                    </div>
                    {checkbox(
                        "p-reviewers_may_review",
                        "reviewers_may_review",
                        t("phase-may-review"),
                        pst.values.get("reviewers_may_review").is_none_or(|v| !v.is_empty()),
                    )}
                    {checkbox(
                        "p-reviewers_see_others",
                        "reviewers_see_others",
                        t("phase-see-others"),
                        pst.values.get("reviewers_see_others").is_some_and(|v| !v.is_empty()),
                    )}
                    {checkbox(
                        "p-proposers_may_edit",
                        "proposers_may_edit",
                        t("phase-proposers-edit"),
                        pst.values.get("proposers_may_edit").is_some_and(|v| !v.is_empty()),
                    )}
                    <button type="submit" class="button-secondary">
                        {t("phase-add")}
                    </button>
                </fieldset>
            </form>
        </section>
        <section aria-labelledby="reviewers-title">
            <h2 id="reviewers-title">{t("reviewers-title")}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label=t("reviewers-title")>
                <table>
                    <caption class="visually-hidden">{t("reviewers-title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("reviewer-name")}</th>
                            <th scope="col">{t("reviewer-roles")}</th>
                            <th scope="col">{t("reviewer-assigned")}</th>
                            <th scope="col">{t("reviewer-reviewed")}</th>
                        </tr>
                    </thead>
                    <tbody>{staff}</tbody>
                </table>
            </div>
            <form method="post" action="/organize/review/reviewers" class="form" novalidate=true>
                <fieldset>
                    <legend>{t("reviewer-add-title")}</legend>
                    <ErrorSummary
                        form=rst.clone()
                        labels=vec![("email", t("field-email")), ("line", t("reviewer-line"))]
                        prefix="r-".to_owned()
                    />
                    {input(
                        &rst,
                        "r-",
                        "email",
                        t("field-email"),
                        "email",
                        or_typed(&rst, "email", String::new()),
                        Some(t("reviewer-email-hint")),
                    )}
                    {input(
                        &rst,
                        "r-",
                        "line",
                        t("reviewer-line"),
                        "text",
                        or_typed(&rst, "line", String::new()),
                        Some(t("reviewer-line-hint")),
                    )}
                    <button type="submit" class="button-secondary">
                        {t("reviewer-add")}
                    </button>
                </fieldset>
            </form>
        </section>
        <section aria-labelledby="teams-title">
            <h2 id="teams-title">{t("teams-title")}</h2>
            <p>{t("teams-hint")}</p>
            <ul class="plain-list">{teams}</ul>
            <form method="post" action="/organize/review/teams" class="form" novalidate=true>
                <fieldset>
                    <legend>{t("team-new")}</legend>
                    <ErrorSummary
                        form=tst.clone()
                        labels=vec![
                            ("name", t("team-name")),
                            ("action_lines", t("team-lines")),
                            ("formats", t("team-formats")),
                            ("members", t("team-members")),
                        ]
                        prefix="tm-".to_owned()
                    />
                    {input(
                        &tst,
                        "tm-",
                        "name",
                        t("team-name"),
                        "text",
                        or_typed(&tst, "name", String::new()),
                        None,
                    )}
                    {input(
                        &tst,
                        "tm-",
                        "action_lines",
                        t("team-lines"),
                        "text",
                        or_typed(&tst, "action_lines", String::new()),
                        Some(t("team-lines-hint")),
                    )}
                    {input(
                        &tst,
                        "tm-",
                        "formats",
                        t("team-formats"),
                        "text",
                        or_typed(&tst, "formats", String::new()),
                        Some(t("team-formats-hint")),
                    )}
                    {textarea(
                        &tst,
                        "tm-",
                        "members",
                        t("team-members"),
                        or_typed(&tst, "members", String::new()),
                        Some(t("team-members-hint")),
                    )}
                    <button type="submit" class="button-secondary">
                        {t("team-add")}
                    </button>
                </fieldset>
            </form>
        </section>
    }
}
