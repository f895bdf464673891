//! What a reviewer reads: the proposal's facts and content.

use super::*;

pub(super) fn fact(label: String, value: String) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd>{value}</dd>
    }
}

/// The proposal as reviewers read it.
pub(super) fn proposal_content(page: &ReviewPage, description_html: String) -> impl IntoView {
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
    let (desc_lang, desc_dir) = crate::format::lang_attrs(&p.text_language);
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
                )}
                {fact(
                    t("proposal-field-text-language"),
                    crate::format::language_name(&p.text_language),
                )} <dt>{t("proposal-field-abstract")}</dt>
                <dd>{crate::format::written(p.abstract_text.clone(), &p.text_language)}</dd>
            </dl>
            <h3>{t("proposal-field-description")}</h3>
            <div class="markdown" lang=desc_lang dir=desc_dir inner_html=description_html></div>
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
