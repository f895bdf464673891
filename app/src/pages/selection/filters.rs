//! The selection list's filter form and its query string.

use super::*;

pub(super) fn filter_query(f: &OrganizerFilter, page: usize) -> String {
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

pub(super) fn options(items: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
    items.into_iter().collect()
}

/// The filter form (GET, so filtered views can be bookmarked and shared).
pub(super) fn filter_form(f: &OrganizerFilter, choices: &FilterChoices) -> impl IntoView {
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
