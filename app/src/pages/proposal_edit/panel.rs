//! The panel part of the proposal form: one row per moderator or speaker.

use super::*;

/// One fieldset per panelist row, each with its fields, errors and
/// (except for a lone empty row) a "Remove" button.
pub(super) fn speaker_rows(
    speakers: &[SpeakerInput],
    state: &FormState,
    lang: &str,
) -> impl IntoView + use<> {
    let mut country_opts: Vec<(String, String)> = countries()
        .iter()
        .map(|c| (c.code.clone(), c.name(lang).to_owned()))
        .collect();
    country_opts.sort_by(|a, b| a.1.cmp(&b.1));
    let stakeholder_opts: Vec<(String, String)> = StakeholderType::ALL
        .iter()
        .map(|s| (s.code().to_owned(), t(&format!("stakeholder-{}", s.code()))))
        .collect();
    let gender_opts: Vec<(String, String)> = Gender::ALL
        .iter()
        .map(|g| (g.code().to_owned(), t(&format!("gender-{}", g.code()))))
        .collect();
    // Removing the only, empty row would change nothing: offer it no button.
    let lone_blank = speakers.len() == 1 && speakers[0].is_blank();
    speakers
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let f = |n: &str| format!("speaker-{i}-{n}");
            let id = |n: &str| format!("f-speaker-{i}-{n}");
            let field = |n: &'static str,
                         label: String,
                         value: String,
                         kind: &'static str,
                         auto: &'static str| {
                let e = state.error(&f(n));
                view! {
                    <div class="field" class:field-invalid=e.is_some()>
                        <label for=id(n)>{label}</label>
                        {error_text(format!("{}-error", id(n)), e.clone())}
                        <input
                            id=id(n)
                            name=f(n)
                            type=kind
                            value=value
                            autocomplete=auto
                            aria-invalid=e.is_some().then_some("true")
                            aria-describedby=e.is_some().then(|| format!("{}-error", id(n)))
                        />
                    </div>
                }
            };
            let select =
                |n: &'static str, label: String, items: Vec<(String, String)>, value: String| {
                    let e = state.error(&f(n));
                    view! {
                        <div class="field" class:field-invalid=e.is_some()>
                            <label for=id(n)>{label}</label>
                            {error_text(format!("{}-error", id(n)), e.clone())}
                            <select
                                id=id(n)
                                name=f(n)
                                aria-invalid=e.is_some().then_some("true")
                                aria-describedby=e.is_some().then(|| format!("{}-error", id(n)))
                            >
                                {options(items, &value, t("select-placeholder"))}
                            </select>
                        </div>
                    }
                };
            let role_opts = vec![
                ("moderator".to_owned(), t("panel-role-moderator")),
                ("speaker".to_owned(), t("panel-role-speaker")),
            ];
            let legend = t_args("panel-member", &[("n", (i + 1).to_string())]);
            view! {
                <fieldset class="speaker" id=format!("speaker-{i}")>
                    <legend>{legend}</legend>
                    <div class="speaker-grid">
                        {select("role", t("panel-role"), role_opts, s.role.clone())}
                        {field("name", t("field-name"), s.name.clone(), "text", "off")}
                        {field("title", t("panel-job-title"), s.title.clone(), "text", "off")}
                        {field(
                            "organization",
                            t("field-organization"),
                            s.organization.clone(),
                            "text",
                            "off",
                        )} {field("email", t("field-email"), s.email.clone(), "email", "off")}
                        {select(
                            "country",
                            t("field-country"),
                            country_opts.clone(),
                            s.country.clone(),
                        )}
                        {select(
                            "stakeholder_type",
                            t("field-stakeholder-type"),
                            stakeholder_opts.clone(),
                            s.stakeholder_type.clone(),
                        )}
                        {select("gender", t("panel-gender"), gender_opts.clone(), s.gender.clone())}
                    </div>
                    <div class="choice">
                        <input
                            type="checkbox"
                            id=id("remote")
                            name=f("remote")
                            value="yes"
                            checked=s.remote
                        />
                        <label for=id("remote")>{t("panel-remote")}</label>
                    </div>
                    {(!lone_blank)
                        .then(|| {
                            view! {
                                <button
                                    type="submit"
                                    name="action"
                                    value=format!("remove-speaker-{i}")
                                    class="button-secondary"
                                >
                                    {t_args("panel-remove", &[("n", (i + 1).to_string())])}
                                </button>
                            }
                        })}
                </fieldset>
            }
        })
        .collect_view()
}
