//! Theme names, and what the in-browser submit check needs to know about
//! the edition.

use super::*;

/// An Action Line's or SDG's name: the organizers' own, or the shipped one
/// in the reader's language.
pub fn theme_name(e: &ThemeEntry) -> String {
    if !e.name.is_empty() {
        return e.name.clone();
    }
    let key = if e.kind == KIND_SDG { "sdg" } else { "al" };
    t(&format!("{key}-{}", e.code))
}

/// What the browser-side check needs: the formats' panel limits and the
/// messages and labels in the page's language.
pub(super) fn submit_check_data(
    edition: &Edition,
    themes: Themes,
) -> crate::islands::SubmitCheckData {
    let limits = edition
        .formats
        .iter()
        .map(|f| {
            (
                f.code.clone(),
                (f.min_panel.max(0) as u32, f.max_panel.max(0) as u32),
            )
        })
        .collect();
    let messages = [
        "required",
        "too-long",
        "too-short",
        "bad-characters",
        "email-invalid",
        "choose-from-list",
        "choose-at-least-one",
        "panel-too-small",
        "panel-too-large",
        "one-moderator",
        "duplicate-speaker",
    ]
    .into_iter()
    .map(|code| {
        (
            code.to_owned(),
            t_args(&format!("error-{code}"), &[("limit", "{limit}".to_owned())]),
        )
    })
    .collect();
    let labels = [
        ("title", "proposal-field-title"),
        ("format", "proposal-field-format"),
        ("participation_mode", "proposal-field-mode"),
        ("text_language", "proposal-field-text-language"),
        ("languages", "proposal-field-languages"),
        ("abstract", "proposal-field-abstract"),
        ("description", "proposal-field-description"),
        ("objectives", "proposal-field-objectives"),
        ("outcomes", "proposal-field-outcomes"),
        ("action_lines", "proposal-field-action-lines"),
        ("sdgs", "proposal-field-sdgs"),
        ("speakers", "proposal-field-panel"),
        ("preferred_days", "proposal-field-preferred-days"),
        ("special_requirements", "proposal-field-requirements"),
        ("role", "panel-role"),
        ("name", "field-name"),
        ("organization", "field-organization"),
        ("email", "field-email"),
        ("country", "field-country"),
        ("stakeholder_type", "field-stakeholder-type"),
        ("gender", "panel-gender"),
        ("rationale", "rationale-label"),
    ]
    .into_iter()
    .map(|(field, key)| (field.to_owned(), t(key)))
    .chain(std::iter::once((
        "panelist".to_owned(),
        t_args("panel-member", &[("n", "{n}".to_owned())]),
    )))
    .collect();
    crate::islands::SubmitCheckData {
        limits,
        messages,
        labels,
        title: t("form-has-errors"),
        themes,
    }
}
