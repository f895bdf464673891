//! The programme's filter panel.

use super::*;

pub(super) fn options(items: Vec<(String, String)>, selected: &str) -> impl IntoView + use<> {
    let selected = selected.to_owned();
    items
        .into_iter()
        .map(|(v, label)| {
            let sel = v == selected;
            view! {
                <option value=v selected=sel>
                    {label}
                </option>
            }
        })
        .collect_view()
}

pub(in crate::pages::agenda) fn select_field(
    id: &'static str,
    name: &'static str,
    label: String,
    items: Vec<(String, String)>,
    selected: &str,
) -> impl IntoView + use<> {
    let opts = options(items, selected);
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=name>
                <option value="">{t("filter-any")}</option>
                {opts}
            </select>
        </div>
    }
}

/// The Action Line select (`name="line"`) over the lines of `p`'s
/// sessions, in the Plan of Action's order.
pub(in crate::pages::agenda) fn line_field(
    id: &'static str,
    p: &Programme,
    selected: &str,
) -> impl IntoView + use<> {
    let lines = in_line_order(
        p.sessions
            .iter()
            .flat_map(|s| s.action_lines.iter().map(|l| l.code.clone())),
    );
    select_field(
        id,
        "line",
        t("agenda-filter-line"),
        lines
            .into_iter()
            .map(|c| (c.clone(), format!("{c} {}", t(&format!("al-{c}")))))
            .collect(),
        selected,
    )
}

/// The stakeholder type select (`name="stakeholder"`) over the types of
/// the organizations of `p`'s sessions.
pub(in crate::pages::agenda) fn stakeholder_field(
    id: &'static str,
    p: &Programme,
    selected: &str,
) -> impl IntoView + use<> {
    let mut stakeholders: Vec<String> = p
        .sessions
        .iter()
        .flat_map(|s| s.organizations.iter().map(|o| o.stakeholder_type.clone()))
        .collect();
    stakeholders.sort();
    stakeholders.dedup();
    select_field(
        id,
        "stakeholder",
        t("field-stakeholder-type"),
        stakeholders
            .into_iter()
            .map(|c| (c.clone(), t(&format!("stakeholder-{c}"))))
            .collect(),
        selected,
    )
}

pub(super) fn filter_form(p: &Programme, f: &ProgrammeFilter, view: &str) -> impl IntoView + use<> {
    let mut formats: Vec<String> = p.sessions.iter().map(|s| s.format.clone()).collect();
    formats.sort();
    formats.dedup();
    let mut languages: Vec<String> = p
        .sessions
        .iter()
        .flat_map(|s| s.languages.clone())
        .collect();
    languages.sort();
    languages.dedup();
    let days: Vec<(String, String)> = p
        .days
        .iter()
        .map(|d| (d.to_string(), long_day(*d)))
        .collect();
    let day = f.day.map(|d| d.to_string()).unwrap_or_default();
    let rooms: Vec<(String, String)> = p
        .rooms
        .iter()
        .map(|r| (r.id.to_string(), r.name.clone()))
        .collect();
    let room = f.room.map(|r| r.to_string()).unwrap_or_default();
    let views = vec![
        ("grid".to_owned(), t("programme-view-grid")),
        ("list".to_owned(), t("programme-view-list")),
    ];
    let view_opts = options(views, view);
    let release = f
        .release
        .map(|r| view! { <input type="hidden" name="release" value=r.to_string() /> });
    let active = f.active_count();
    let summary = if active == 0 {
        t("programme-filters")
    } else {
        t_args("programme-filters-active", &[("n", active.to_string())])
    };
    // The search is always in view; the other filters wait in a panel that
    // says how many are set, so on a phone the programme comes first.
    view! {
        <form
            method="get"
            action="/agenda"
            class="form filter-form programme-filters"
            role="search"
        >
            {release}
            <div class="search-row">
                <div class="field">
                    <label for="pf-q">{t("programme-search")}</label>
                    <input id="pf-q" name="q" type="search" value=f.q.clone() />
                </div>
                <button type="submit" class="button-secondary">
                    {t("filter-apply")}
                </button>
            </div>
            <details class="filter-panel">
                <summary>{summary}</summary>
                <div class="filter-grid">
                    <div class="field">
                        <label for="pf-view">{t("programme-view")}</label>
                        <select id="pf-view" name="view">
                            {view_opts}
                        </select>
                    </div>
                    {select_field("pf-day", "day", t("programme-day"), days, &day)}
                    {select_field("pf-room", "room", t("agenda-room"), rooms, &room)}
                    {line_field("pf-line", p, &f.line)}
                    {select_field(
                        "pf-sdg",
                        "sdg",
                        t("sdg"),
                        (1..=17)
                            .map(|n| (n.to_string(), format!("{n} {}", t(&format!("sdg-{n}")))))
                            .collect(),
                        &f.sdg,
                    )}
                    {select_field(
                        "pf-format",
                        "format",
                        t("agenda-filter-format"),
                        formats
                            .into_iter()
                            .map(|c| (c.clone(), t(&format!("format-{c}"))))
                            .collect(),
                        &f.format,
                    )}
                    {stakeholder_field("pf-stakeholder", p, &f.stakeholder)}
                    {select_field(
                        "pf-language",
                        "language",
                        t("language-label"),
                        languages.into_iter().map(|c| (c.clone(), language_name(&c))).collect(),
                        &f.language,
                    )}
                    {select_field(
                        "pf-mode",
                        "mode",
                        t("programme-mode"),
                        ["in-person", "hybrid", "remote"]
                            .iter()
                            .map(|m| (m.to_string(), t(&format!("mode-{m}"))))
                            .collect(),
                        &f.mode,
                    )}
                </div>
                <button type="submit" class="button-secondary">
                    {t("filter-apply")}
                </button>
            </details>
        </form>
    }
}
