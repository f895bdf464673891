//! The themes part of the proposal form: Action Lines (sub-themes in a
//! disclosure under their line) and SDGs, each with its "why" box.

use super::*;

/// The Action Line groups and the SDG rows offered by the edition, plus
/// any this proposal already has, with what was ticked and typed.
pub(super) fn theme_rows(
    themes: &[ThemeEntry],
    form: &ProposalForm,
    state: &FormState,
) -> (Vec<AnyView>, Vec<AnyView>) {
    let theme_row = |key: &'static str,
                     code: String,
                     label: String,
                     chosen: Option<String>,
                     state: &FormState| {
        let id = format!("f-{key}-{code}");
        let rid = format!("f-{key}-rationale-{code}");
        let rname = format!("{key}-rationale-{code}");
        let e = state.error(&rname);
        let checked = chosen.is_some();
        // The "why" box shows only under a ticked theme: CSS (`:has`)
        // shows it the moment the box is ticked, with or without JavaScript.
        view! {
            <div class="theme" class:field-invalid=e.is_some()>
                <div class="choice">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name=key
                        value=code.clone()
                        checked=checked
                    />
                    <label for=id>{label.clone()}</label>
                </div>
                <div class="rationale">
                    <label for=rid.clone() class="rationale-label">
                        {t_args("theme-rationale", &[("theme", label)])}
                    </label>
                    {error_text(format!("{rid}-error"), e.clone())}
                    <textarea
                        id=rid.clone()
                        name=rname
                        rows="2"
                        aria-invalid=e.is_some().then_some("true")
                        aria-describedby=e.is_some().then(|| format!("{rid}-error"))
                    >
                        {textarea_text(&chosen.unwrap_or_default())}
                    </textarea>
                </div>
            </div>
        }
    };
    // Offered: what the edition offers, and what this proposal already has.
    let shown = |e: &&ThemeEntry| {
        e.active
            || form
                .action_lines
                .iter()
                .any(|c| c.code == e.code && e.kind == KIND_ACTION_LINE)
            || form
                .sdgs
                .iter()
                .any(|c| c.code == e.code && e.kind == KIND_SDG)
    };
    // Action Lines at the top; each line's sub-lines and sub-themes in a
    // disclosure of their own, open when one of them is chosen.
    let al_label = |line: &ThemeEntry| {
        let mut label = format!("{} – {}", line.code, theme_name(line));
        if !line.moderator.is_empty() {
            label = format!(
                "{label} ({})",
                t_args("theme-moderated-by", &[("org", line.moderator.clone())])
            );
        }
        label
    };
    let al_chosen = |code: &str| {
        form.action_lines
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.rationale.clone())
    };
    let offered_lines: Vec<&ThemeEntry> = reading_order(themes, KIND_ACTION_LINE)
        .into_iter()
        .filter(shown)
        .collect();
    // A sub-theme whose line is not offered stands on its own.
    let is_top =
        |l: &&&ThemeEntry| l.parent.is_empty() || !offered_lines.iter().any(|p| p.code == l.parent);
    let mut al_rows = Vec::new();
    for line in offered_lines.iter().filter(is_top) {
        let row = theme_row(
            "al",
            line.code.clone(),
            al_label(line),
            al_chosen(&line.code),
            state,
        );
        let children: Vec<&&ThemeEntry> = offered_lines
            .iter()
            .filter(|c| c.parent == line.code)
            .collect();
        let group = (!children.is_empty()).then(|| {
            let open = children.iter().any(|c| al_chosen(&c.code).is_some());
            let summary = t_args(
                "theme-children",
                &[
                    ("code", line.code.clone()),
                    ("count", children.len().to_string()),
                ],
            );
            let rows = children
                .iter()
                .map(|c| theme_row("al", c.code.clone(), al_label(c), al_chosen(&c.code), state))
                .collect_view();
            view! {
                <details class="theme-children" open=open>
                    <summary>{summary}</summary>
                    <div class="theme-grid">{rows}</div>
                </details>
            }
        });
        al_rows.push(view! { <div class="theme-group">{row}{group}</div> }.into_any());
    }
    let sdg_rows = reading_order(themes, KIND_SDG)
        .into_iter()
        .filter(shown)
        .map(|g| {
            let chosen = form
                .sdgs
                .iter()
                .find(|c| c.code == g.code)
                .map(|c| c.rationale.clone());
            let label = format!("{} {} – {}", t("sdg"), g.code, theme_name(g));
            theme_row("sdg", g.code.clone(), label, chosen, state).into_any()
        })
        .collect::<Vec<_>>();
    (al_rows, sdg_rows)
}
