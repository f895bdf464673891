//! A proposal as its organizers (and the Secretariat) read it.

use crate::format::{datetime, status_badge};
use crate::islands::{BalanceLabels, balance_view};
use crate::render::{t, t_args, t_or};
use leptos::prelude::*;
use portal::domain::proposal::PanelBalance;
use portal::services::ProposalView;

mod coorganizers;
pub use coorganizers::*;

/// The balance box's texts in the page's language.
pub fn balance_labels() -> BalanceLabels {
    use portal::domain::proposal::{BalanceNote, Gender};
    use portal::domain::{Region, StakeholderType};
    let mut names = std::collections::BTreeMap::new();
    for g in Gender::ALL {
        names.insert(
            format!("gender-{}", g.code()),
            t(&format!("gender-{}", g.code())),
        );
    }
    for r in [Region::A, Region::B, Region::C, Region::D, Region::E] {
        names.insert(
            format!("region-{}", r.code()),
            t(&format!("region-{}", r.code())),
        );
    }
    for s in StakeholderType::ALL {
        names.insert(
            format!("stakeholder-{}", s.code()),
            t(&format!("stakeholder-{}", s.code())),
        );
    }
    let notes = [
        BalanceNote::SingleGender,
        BalanceNote::SingleRegion,
        BalanceNote::SingleStakeholder,
    ]
    .into_iter()
    .map(|n| {
        (
            n.code().to_owned(),
            t(&format!("balance-note-{}", n.code())),
        )
    })
    .collect();
    BalanceLabels {
        title: t("balance-title"),
        count: t_args("balance-count", &[("n", "{n}".to_owned())]),
        empty: t("balance-empty"),
        columns: [
            t("balance-gender"),
            t("balance-region"),
            t("balance-stakeholder"),
        ],
        names,
        notes,
    }
}

/// The gender, region and stakeholder mix of a panel, with gentle notes.
#[component]
pub fn BalanceBox(balance: PanelBalance) -> impl IntoView {
    let labels = balance_labels();
    view! {
        <section class="balance" aria-labelledby="balance-title">
            {balance_view(&balance, &labels)}
        </section>
    }
}

fn block(label: String, value: String) -> impl IntoView {
    let empty = value.trim().is_empty();
    view! {
        <dt>{label}</dt>
        <dd>{if empty { t("not-provided") } else { value }}</dd>
    }
}

/// The proposal page: status, timeline, content, panel, and actions.
#[component]
pub fn ProposalViewPage(
    p: ProposalView,
    /// The proposal's format questions (to label its answers).
    questions: Vec<portal::domain::question::Question>,
    zone: String,
    description_html: String,
    /// Input and errors of the co-organizer invitation form, after a post.
    invite: crate::forms::FormState,
    /// Notes organizers attached from the consultation (staff only).
    #[prop(optional)]
    notes: Vec<portal::services::ProgrammeNote>,
) -> impl IntoView {
    let f = p.form.clone();
    let answers: Vec<_> = questions
        .iter()
        .filter_map(|q| {
            let v = f.answers.iter().find(|(id, _)| *id == q.id)?.1.clone();
            let v = match (q.kind, v.as_str()) {
                (portal::domain::question::QuestionKind::YesNo, "yes") => t("answer-yes"),
                (portal::domain::question::QuestionKind::YesNo, "no") => t("answer-no"),
                _ => v,
            };
            Some(view! {
                <dt>{q.label.clone()}</dt>
                <dd>{v}</dd>
            })
        })
        .collect();
    let timeline = p
        .timeline
        .iter()
        .map(|(s, at)| view! { <li>{status_badge(*s)}" "{datetime(*at, &zone)}</li> })
        .collect_view();
    let themes = f
        .action_lines
        .iter()
        .map(|a| {
            view! {
                <li>
                    <strong>
                        {a.code.clone()}" – "{t_or(&format!("al-{}", a.code), &a.code)}
                    </strong>
                    <p>{a.rationale.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let goals = f
        .sdgs
        .iter()
        .map(|g| view! {
            <li>
                <strong>{t("sdg")}" "{g.code.clone()}" – "{t(&format!("sdg-{}", g.code))}</strong>
                <p>{g.rationale.clone()}</p>
            </li>
        })
        .collect_view();
    let panel = f
        .speakers
        .iter()
        .map(|s| {
            let role = t(&format!(
                "panel-role-{}",
                if s.role == "moderator" {
                    "moderator"
                } else {
                    "speaker"
                }
            ));
            let remote = s.remote.then(|| format!(" · {}", t("panel-remote-short")));
            let lang = crate::render::page_context().locale.tag();
            let answer = p.panel_answers.get(&s.email.to_lowercase()).map(|a| {
                let class = format!("badge badge-{a}");
                view! {
                    " "
                    <span class=class>{t(&format!("speaker-answer-{a}"))}</span>
                }
            });
            let country = portal::domain::country(&s.country)
                .map(|c| c.name(lang).to_owned())
                .unwrap_or_else(|| s.country.clone());
            view! {
                <li>
                    <strong>
                        <bdi>{s.name.clone()}</bdi>
                    </strong>
                    " ("
                    {role}
                    {remote}
                    ")"
                    {answer}
                    <br />
                    <bdi>{s.title.clone()}</bdi>
                    " "
                    <bdi>{s.organization.clone()}</bdi>
                    " · "
                    {country}
                </li>
            }
        })
        .collect_view();
    let languages = f
        .languages
        .iter()
        .map(|code| {
            portal::domain::taxonomy::un_languages()
                .iter()
                .find(|l| &l.code == code)
                .map(|l| l.name.clone())
                .unwrap_or_else(|| code.clone())
        })
        .collect::<Vec<_>>()
        .join(", ");
    // A placeholder title is in the page's language, not the proposal's.
    let title_lang = if f.title.trim().is_empty() {
        String::new()
    } else {
        f.text_language.clone()
    };
    let title = if f.title.trim().is_empty() {
        t("proposal-untitled")
    } else {
        f.title.clone()
    };
    let balance = portal::domain::proposal::panel_balance(&f.speakers);
    let code = p.code.clone();
    let withdrawable = p.can_edit
        || matches!(
            p.status,
            portal::domain::proposal::ProposalStatus::UnderReview
        );
    view! {
        <p class="code">{p.code.clone()}" · "<bdi>{p.organization.clone()}</bdi></p>
        <h1>{crate::format::written(title, &title_lang)}</h1>
        <p>
            {status_badge(p.status)}" "
            {t_args("proposal-deadline-line", &[("deadline", datetime(p.deadline, &zone))])}
        </p>
        <div class="actions">
            {p
                .can_edit
                .then(|| {
                    view! {
                        <a class="button" href=format!("/proposals/{code}/edit")>
                            {t("proposal-edit")}
                        </a>
                    }
                })}
            {withdrawable
                .then(|| {
                    view! {
                        <a
                            class="button button-secondary"
                            href=format!("/proposals/{}/withdraw", p.code)
                        >
                            {t("proposal-withdraw")}
                        </a>
                    }
                })}
        </div>
        {(p.is_owner && p.status == portal::domain::proposal::ProposalStatus::Accepted)
            .then(|| {
                view! {
                    <section id="confirm" aria-labelledby="confirm-title" class="panel">
                        <h2 id="confirm-title">{t("confirm-title")}</h2>
                        <p>{t("confirm-text")}</p>
                        <form method="post" action=format!("/proposals/{}/confirm", p.code)>
                            <button type="submit" class="button">
                                {t("confirm-button")}
                            </button>
                        </form>
                    </section>
                }
            })}
        {provenance(p.merged_from.clone(), p.merged_into.clone(), "/proposals")}
        <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t("proposal-timeline")}</h2>
            <ol class="timeline">{timeline}</ol>
        </section>
        <section aria-labelledby="content-title">
            <h2 id="content-title">{t("proposal-section-content")}</h2>
            <dl class="facts">
                {block(
                    t("proposal-field-format"),
                    if f.format.is_empty() {
                        String::new()
                    } else {
                        t(&format!("format-{}", f.format))
                    },
                )}
                {block(
                    t("proposal-field-mode"),
                    if f.participation_mode.is_empty() {
                        String::new()
                    } else {
                        t(&format!("mode-{}", f.participation_mode))
                    },
                )} {block(t("proposal-field-languages"), languages)}
                {block(
                    t("proposal-field-text-language"),
                    crate::format::language_name(&f.text_language),
                )} {block(t("proposal-field-abstract"), f.abstract_text.clone())}
            </dl>
            <h3>{t("proposal-field-description")}</h3>
            <div class="markdown" inner_html=description_html></div>
            <dl class="facts">
                {block(t("proposal-field-objectives"), f.objectives.clone())}
                {block(t("proposal-field-outcomes"), f.outcomes.clone())}
                {block(t("proposal-field-preferred-days"), f.preferred_days.clone())}
                {block(t("proposal-field-requirements"), f.special_requirements.clone())}
            </dl>
        </section>
        {(!answers.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="answers-title">
                        <h2 id="answers-title">{t("questions-title")}</h2>
                        <dl class="facts">{answers}</dl>
                    </section>
                }
            })}
        <section aria-labelledby="themes-title">
            <h2 id="themes-title">{t("proposal-field-action-lines")}</h2>
            <ul class="plain-list themes">{themes}</ul>
            <h2>{t("proposal-field-sdgs")}</h2>
            <ul class="plain-list themes">{goals}</ul>
        </section>
        <Coorganizers p=p.clone() invite=invite />
        <section aria-labelledby="panel-title">
            <h2 id="panel-title">{t("proposal-field-panel")}</h2>
            <ul class="plain-list">{panel}</ul>
            <BalanceBox balance=balance />
        </section>
        <crate::pages::ConsultationNotes notes=notes />
    }
}

/// Asks for confirmation before withdrawing.
#[component]
pub fn WithdrawPage(code: String, title: String) -> impl IntoView {
    view! {
        <h1>{t("withdraw-title")}</h1>
        <p class="lead">{t_args("withdraw-lead", &[("code", code.clone()), ("title", title)])}</p>
        <form method="post" action=format!("/proposals/{code}/withdraw") class="form form-narrow">
            <div class="actions">
                <button type="submit" class="button">
                    {t("withdraw-confirm")}
                </button>
                <a href=format!("/proposals/{code}")>{t("cancel")}</a>
            </div>
        </form>
    }
}
