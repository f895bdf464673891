//! Islands: the interactive parts of otherwise static pages. Each one is
//! rendered on the server like any component (so the page works without
//! JavaScript) and hydrated in the browser when the WASM arrives.

use leptos::prelude::*;

mod refresh;
mod stars;
mod support;
pub use refresh::NowRefresh;
pub use stars::StarSync;
pub use support::*;

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

/// Runs the submission rules of the core crate in the browser when the
/// proposal is submitted, so a proposer on a slow link learns what is
/// missing without a round trip. The server checks again, and it alone
/// decides; without JavaScript the form simply posts.
#[island]
pub fn SubmitCheck(
    /// Limits, messages and labels.
    data: SubmitCheckData,
) -> impl IntoView {
    let problems = RwSignal::new(Vec::<(String, String)>::new());
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let data = data.clone();
        let handle = window_event_listener(leptos::ev::submit, move |ev| {
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            if form.id() != "proposal-form" {
                return;
            }
            let pressed = ev
                .submitter()
                .and_then(|b| b.dyn_into::<web_sys::HtmlButtonElement>().ok())
                .map(|b| b.value());
            if pressed.as_deref() != Some("submit") {
                problems.set(Vec::new());
                return;
            }
            let proposal =
                portal::domain::proposal::ProposalForm::from_pairs(&form_pairs(&form)).normalized();
            let (min, max) = data
                .limits
                .get(&proposal.format)
                .copied()
                .unwrap_or((1, 30));
            match proposal.check_submission(
                portal::domain::proposal::PanelLimits { min, max },
                &data.themes,
            ) {
                Ok(()) => problems.set(Vec::new()),
                Err(errors) => {
                    ev.prevent_default();
                    problems.set(
                        errors
                            .0
                            .iter()
                            .map(|e| {
                                (
                                    e.field.clone(),
                                    format!("{}: {}", data.label(&e.field), data.message(e)),
                                )
                            })
                            .collect(),
                    );
                    // Focus once the summary is rendered (and no longer hidden).
                    request_animation_frame(|| {
                        if let Some(summary) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id("client-error-summary"))
                            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            let _ = summary.focus();
                        }
                    });
                }
            }
        });
        on_cleanup(move || handle.remove());
    }
    let title = data.title.clone();
    view! {
        <div
            id="client-error-summary"
            class="error-summary"
            role="alert"
            tabindex="-1"
            hidden=move || problems.with(Vec::is_empty)
        >
            <h2>{title}</h2>
            <ul>
                {move || {
                    problems
                        .get()
                        .into_iter()
                        .map(|(field, text)| {
                            let href = format!("#f-{field}");
                            view! {
                                <li>
                                    <a href=href>{text}</a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests;

/// Shows the chosen format's extra questions the moment the format changes.
/// The server renders every open format's set (`data-questions-for`) and
/// shows the saved format's; without JavaScript, "Continue" saves the draft
/// and comes back with the right set. With it, that button is not needed.
#[island]
pub fn FormatQuestions() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let show = move || {
            let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let chosen = doc
                .get_element_by_id("f-format")
                .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            if let Ok(sets) = doc.query_selector_all("[data-questions-for]") {
                for i in 0..sets.length() {
                    let Some(set) = sets
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    else {
                        continue;
                    };
                    let _ = if set.get_attribute("data-questions-for").unwrap_or_default() == chosen
                    {
                        set.remove_attribute("hidden")
                    } else {
                        set.set_attribute("hidden", "")
                    };
                }
            }
            if let Ok(Some(button)) = doc.query_selector(".format-continue") {
                let _ = button.set_attribute("hidden", "");
            }
        };
        Effect::new(move |_| show());
        let on_change = window_event_listener(leptos::ev::change, move |_| show());
        on_cleanup(move || on_change.remove());
    }
}

/// The session's time in the reader's own time zone, as their browser
/// knows it. Without JavaScript nothing shows; the page already gives the
/// time in Geneva and in UTC.
#[island]
pub fn LocalTime(
    /// Start (RFC 3339, UTC).
    start: String,
    /// End (RFC 3339, UTC).
    end: String,
    /// Label before the time, e.g. "Your time".
    label: String,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let date = |iso: &str| js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
        let (a, b) = (date(&start), date(&end));
        if a.get_time().is_nan() || b.get_time().is_nan() {
            return;
        }
        let lang = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .unwrap_or_else(|| "en".into());
        let from: String = a
            .to_locale_string(&lang, &wasm_bindgen::JsValue::UNDEFINED)
            .into();
        let until: String = b.to_locale_time_string(&lang).into();
        text.set(format!("{from} – {until}"));
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (start, end);
    view! { <p hidden=move || text.with(String::is_empty)>{label}": "{move || text.get()}</p> }
}

/// Drag and drop on the agenda builder. Dropping a session card on a grid
/// cell does what the keyboard and no-JavaScript path does: pick the
/// session's radio button, then press the cell's "place here" button.
#[island]
pub fn AgendaDragDrop(
    /// Shown once drag and drop works.
    hint: String,
) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        fn element(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
            ev.target()?
                .dyn_into::<web_sys::Element>()
                .ok()?
                .closest(selector)
                .ok()?
        }
        let start = window_event_listener(leptos::ev::dragstart, |ev| {
            let (Some(card), Some(dt)) = (element(&ev, "[data-session]"), ev.data_transfer())
            else {
                return;
            };
            if let Some(id) = card.get_attribute("data-session") {
                let _ = dt.set_data("text/plain", &id);
                dt.set_effect_allowed("move");
            }
        });
        let over = window_event_listener(leptos::ev::dragover, |ev| {
            if element(&ev, ".drop-cell").is_some_and(|c| {
                c.query_selector("button[name=cell]")
                    .ok()
                    .flatten()
                    .is_some()
            }) {
                ev.prevent_default();
            }
        });
        let drop = window_event_listener(leptos::ev::drop, |ev| {
            let (Some(cell), Some(dt)) = (element(&ev, ".drop-cell"), ev.data_transfer()) else {
                return;
            };
            ev.prevent_default();
            let Ok(id) = dt.get_data("text/plain") else {
                return;
            };
            let doc = match web_sys::window().and_then(|w| w.document()) {
                Some(d) => d,
                None => return,
            };
            let radio = doc
                .get_element_by_id(&format!("pick-{id}"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
            let button = cell
                .query_selector("button[name=cell]")
                .ok()
                .flatten()
                .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
            let form = doc
                .get_element_by_id("agenda-form")
                .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok());
            if let (Some(radio), Some(button), Some(form)) = (radio, button, form) {
                radio.set_checked(true);
                let _ = form.request_submit_with_submitter(Some(&button));
            }
        });
        on_cleanup(move || {
            start.remove();
            over.remove();
            drop.remove();
        });
    }
    view! {
        <p class="hint" hidden=move || !hydrated.get()>
            {hint}
        </p>
    }
}
