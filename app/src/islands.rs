//! Islands: the interactive parts of otherwise static pages. Each one is
//! rendered on the server like any component (so the page works without
//! JavaScript) and hydrated in the browser when the WASM arrives.

use leptos::prelude::*;

/// A password input with a "show password" toggle. Without JavaScript the
/// toggle is hidden (`hidden` until hydrated) and the field works as usual.
#[island]
pub fn PasswordInput(
    /// `id` of the input (its label points at it).
    id: String,
    /// Form field name.
    name: String,
    /// `autocomplete` token: `current-password` or `new-password`.
    autocomplete: String,
    /// Ids of the hint and error texts.
    described_by: Option<String>,
    /// Whether the field currently has an error.
    invalid: bool,
    /// Label of the toggle when the password is hidden.
    show_label: String,
    /// Label of the toggle when the password is shown.
    hide_label: String,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    // The toggle only appears once this code runs in the browser.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! {
        <span class="password-input">
            <input
                id=id.clone()
                name=name
                type=move || if shown.get() { "text" } else { "password" }
                autocomplete=autocomplete
                required=true
                aria-invalid=invalid.then_some("true")
                aria-describedby=described_by
            />
            <button
                type="button"
                class="button-secondary password-toggle"
                hidden=move || !hydrated.get()
                aria-controls=id
                aria-pressed=move || if shown.get() { "true" } else { "false" }
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {move || if shown.get() { hide_label.clone() } else { show_label.clone() }}
            </button>
        </span>
    }
}

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
        view! { <div><h3>{heading}</h3><ul>{items}</ul></div> }
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
            {column(g, &balance.genders, "gender")}
            {column(r, &balance.regions, "region")}
            {column(s, &balance.stakeholders, "stakeholder")}
        </div>
        {has_notes.then(|| view! { <ul class="balance-notes">{notes}</ul> })}
    }
    .into_any()
}

/// Reads the panel rows of the proposal form on this page.
#[cfg(feature = "hydrate")]
fn panel_from_page() -> Vec<portal::domain::proposal::SpeakerInput> {
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

/// The panel balance, recomputed in the browser as the panel is typed, by
/// the same core function the server uses. Without JavaScript it shows the
/// balance of the last save.
#[island]
pub fn LiveBalance(
    /// The balance computed by the server.
    initial: portal::domain::proposal::PanelBalance,
    /// Translated texts.
    labels: BalanceLabels,
) -> impl IntoView {
    let balance = RwSignal::new(initial);
    #[cfg(feature = "hydrate")]
    {
        let recompute =
            move || balance.set(portal::domain::proposal::panel_balance(&panel_from_page()));
        let on_input = window_event_listener(leptos::ev::input, move |_| recompute());
        let on_change = window_event_listener(leptos::ev::change, move |_| recompute());
        on_cleanup(move || {
            on_input.remove();
            on_change.remove();
        });
    }
    view! {
        <section class="balance" aria-labelledby="balance-title" aria-live="polite">
            {move || balance_view(&balance.get(), &labels)}
        </section>
    }
}
