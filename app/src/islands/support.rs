//! What the islands share: the balance box's texts and markup, the
//! submit check's data, and reading the form on the page.

use super::*;

/// Translated texts of the balance box, handed to the browser with the
/// island (the WASM carries no translations).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BalanceLabels {
    /// Heading.
    pub title: String,
    /// Count line, with `{n}` where the number of panelists goes.
    pub count: String,
    /// Shown while the panel is empty.
    pub empty: String,
    /// Column headings: gender, region, stakeholder type.
    pub columns: [String; 3],
    /// Names of every gender, region and stakeholder code, keyed
    /// `gender-<code>`, `region-<code>`, `stakeholder-<code>`.
    pub names: std::collections::BTreeMap<String, String>,
    /// Note texts keyed by note code.
    pub notes: std::collections::BTreeMap<String, String>,
}

/// The balance box's markup, shared by the static page and the live island.
pub fn balance_view(
    balance: &portal::domain::proposal::PanelBalance,
    labels: &BalanceLabels,
) -> impl IntoView + use<> {
    let title = labels.title.clone();
    let count = labels.count.replace("{n}", &balance.size.to_string());
    if balance.size == 0 {
        let empty = labels.empty.clone();
        return view! {
            <h2 id="balance-title">{title}</h2>
            <p>{empty}</p>
        }
        .into_any();
    }
    let column = |heading: String, items: &[(String, usize)], key: &str| {
        let items = items
            .iter()
            .map(|(code, n)| {
                let name = labels
                    .names
                    .get(&format!("{key}-{code}"))
                    .cloned()
                    .unwrap_or_else(|| code.clone());
                view! { <li>{name}": "{*n}</li> }
            })
            .collect_view();
        view! {
            <div>
                <h3>{heading}</h3>
                <ul>{items}</ul>
            </div>
        }
    };
    let [g, r, s] = labels.columns.clone();
    let notes = balance
        .notes
        .iter()
        .map(|n| view! { <li>{labels.notes.get(n.code()).cloned().unwrap_or_default()}</li> })
        .collect_view();
    let has_notes = !balance.notes.is_empty();
    view! {
        <h2 id="balance-title">{title}</h2>
        <p class="balance-count">{count}</p>
        <div class="balance-grid">
            {column(g, &balance.genders, "gender")} {column(r, &balance.regions, "region")}
            {column(s, &balance.stakeholders, "stakeholder")}
        </div>
        {has_notes.then(|| view! { <ul class="balance-notes">{notes}</ul> })}
    }
    .into_any()
}

/// Reads the panel rows of the proposal form on this page.
#[cfg(feature = "hydrate")]
pub(super) fn panel_from_page() -> Vec<portal::domain::proposal::SpeakerInput> {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(nodes) = doc.query_selector_all("[name^='speaker-']") else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    for i in 0..nodes.length() {
        let Some(node) = nodes.item(i) else { continue };
        if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
            if input.type_() == "checkbox" && !input.checked() {
                continue;
            }
            pairs.push((input.name(), input.value()));
        } else if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
            pairs.push((select.name(), select.value()));
        }
    }
    portal::domain::proposal::ProposalForm::from_pairs(&pairs)
        .normalized()
        .speakers
}

/// Texts and limits the browser-side submission check needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SubmitCheckData {
    /// Panel limits (fewest, most) per format code.
    pub limits: std::collections::BTreeMap<String, (u32, u32)>,
    /// Message per error code, with `{limit}` where a number goes.
    pub messages: std::collections::BTreeMap<String, String>,
    /// Field labels for the summary, by field name (`speaker-N-…` fields use
    /// `panelist` with `{n}` and the label of the part after it).
    pub labels: std::collections::BTreeMap<String, String>,
    /// Summary heading.
    pub title: String,
    /// The themes the edition offers (and those the proposal already has).
    pub themes: portal::domain::taxonomy::Themes,
}

impl SubmitCheckData {
    /// The summary label of a field, e.g. "Panelist 2, E-mail address".
    pub fn label(&self, field: &str) -> String {
        if let Some(rest) = field.strip_prefix("speaker-")
            && let Some((n, part)) = rest.split_once('-')
        {
            let who = self
                .labels
                .get("panelist")
                .map(|p| p.replace("{n}", &(n.parse::<usize>().unwrap_or(0) + 1).to_string()))
                .unwrap_or_default();
            return format!(
                "{who}, {}",
                self.labels.get(part).cloned().unwrap_or_default()
            );
        }
        if let Some(code) = field
            .strip_prefix("al-rationale-")
            .or_else(|| field.strip_prefix("sdg-rationale-"))
        {
            return format!(
                "{} ({code})",
                self.labels.get("rationale").cloned().unwrap_or_default()
            );
        }
        self.labels
            .get(field)
            .cloned()
            .unwrap_or_else(|| field.to_owned())
    }

    /// The message of an error, with its limit filled in.
    pub fn message(&self, e: &portal::FieldError) -> String {
        let text = self
            .messages
            .get(&e.code)
            .cloned()
            .unwrap_or_else(|| e.code.clone());
        match e.limit {
            Some(l) => text.replace("{limit}", &l.to_string()),
            None => text,
        }
    }
}

/// The name/value pairs a form would send, read from its fields.
#[cfg(feature = "hydrate")]
pub(super) fn form_pairs(form: &web_sys::Element) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
    let mut pairs = Vec::new();
    let Ok(nodes) = form.query_selector_all("input[name], select[name], textarea[name]") else {
        return pairs;
    };
    for i in 0..nodes.length() {
        let Some(node) = nodes.item(i) else { continue };
        if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
            let kind = input.type_();
            if (kind == "checkbox" || kind == "radio") && !input.checked() {
                continue;
            }
            pairs.push((input.name(), input.value()));
        } else if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
            pairs.push((select.name(), select.value()));
        } else if let Some(area) = node.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            pairs.push((area.name(), area.value()));
        }
    }
    pairs
}
