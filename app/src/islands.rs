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
