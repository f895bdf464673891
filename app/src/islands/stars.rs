//! The island behind the star buttons. Visitors without an account keep
//! their stars in the browser (`localStorage`); when they sign in, the
//! browser's stars are merged into the account's and forgotten locally.
//! Signed-in users' buttons are plain forms and need no help.

use leptos::prelude::*;

/// The `localStorage` key: session codes, comma-separated.
#[cfg(feature = "hydrate")]
const KEY: &str = "wsis-stars";

/// Renders nothing; in the browser, takes over the star forms of visitors
/// without an account, sends the browser's stars to the account after
/// sign-in, and opens `/agenda/mine` on the browser's stars.
#[island]
pub fn StarSync(
    /// Whether the page is a signed-in user's.
    signed_in: bool,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        if signed_in {
            wasm_bindgen_futures::spawn_local(async {
                let _ = merge().await;
            });
        } else {
            let _ = take_over_forms();
            let _ = open_mine();
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = signed_in;
}

#[cfg(feature = "hydrate")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The browser's stars.
#[cfg(feature = "hydrate")]
fn stored() -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(KEY).ok()?)
        .map(|v| {
            v.split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(feature = "hydrate")]
fn store(codes: &[String]) {
    if let Some(s) = storage() {
        let _ = if codes.is_empty() {
            s.remove_item(KEY)
        } else {
            s.set_item(KEY, &codes.join(","))
        };
    }
}

/// The session code a star form is for.
#[cfg(feature = "hydrate")]
fn form_code(form: &web_sys::Element) -> Option<String> {
    use wasm_bindgen::JsCast;
    form.query_selector("input[name=code]")
        .ok()??
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
        .map(|i| i.value())
}

/// Shows each star form as the browser's stars say.
#[cfg(feature = "hydrate")]
fn mark_all() -> Option<()> {
    let stars = stored();
    let forms = web_sys::window()?
        .document()?
        .query_selector_all("form.star-form")
        .ok()?;
    for i in 0..forms.length() {
        let Some(form) = forms
            .item(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        else {
            continue;
        };
        let on = form_code(&form).is_some_and(|c| stars.contains(&c));
        let label = form
            .get_attribute(if on { "data-on" } else { "data-off" })
            .unwrap_or_default();
        if let Ok(Some(b)) = form.query_selector("button") {
            let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
        if let Ok(Some(icon)) = form.query_selector(".star-icon") {
            icon.set_text_content(Some(if on { "★" } else { "☆" }));
        }
        if let Ok(Some(text)) = form.query_selector(".star-label") {
            text.set_text_content(Some(&label));
        }
    }
    Some(())
}

/// Marks the forms, and answers their submits in the browser: one
/// listener on the document catches every star form's submit.
#[cfg(feature = "hydrate")]
fn take_over_forms() -> Option<()> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    mark_all();
    let document = web_sys::window()?.document()?;
    let on_submit = Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| {
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .filter(|f| f.class_list().contains("star-form"))
        else {
            return;
        };
        ev.prevent_default();
        let Some(code) = form_code(&form) else {
            return;
        };
        let mut stars = stored();
        match stars.iter().position(|c| *c == code) {
            Some(i) => {
                stars.remove(i);
            }
            None => stars.push(code),
        }
        store(&stars);
        mark_all();
        // On the visitor's own list, show the list as it is now.
        if on_mine() {
            go_to_mine(&stars);
        }
    });
    document
        .add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref())
        .ok()?;
    // The listener lives as long as the page.
    on_submit.forget();
    Some(())
}

#[cfg(feature = "hydrate")]
fn on_mine() -> bool {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .is_some_and(|p| p == "/agenda/mine")
}

/// Opens `/agenda/mine` on `stars` (the server renders any list it is
/// given in `?s=`; this visitor's list lives in the browser).
#[cfg(feature = "hydrate")]
fn go_to_mine(stars: &[String]) {
    if let Some(w) = web_sys::window() {
        let _ = w
            .location()
            .replace(&format!("/agenda/mine?s={}", stars.join(",")));
    }
}

/// On `/agenda/mine` without a list, shows the browser's.
#[cfg(feature = "hydrate")]
fn open_mine() -> Option<()> {
    let search = web_sys::window()?.location().search().ok()?;
    let stars = stored();
    if on_mine() && search.is_empty() && !stars.is_empty() {
        go_to_mine(&stars);
    }
    Some(())
}

/// Sends the browser's stars to the account, then forgets them here and
/// shows the page again with the account's stars.
#[cfg(feature = "hydrate")]
async fn merge() -> Option<()> {
    use wasm_bindgen::JsCast;
    let stars = stored();
    if stars.is_empty() {
        return Some(());
    }
    let window = web_sys::window()?;
    let body: String = stars
        .iter()
        .map(|c| format!("code={c}"))
        .collect::<Vec<_>>()
        .join("&");
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&wasm_bindgen::JsValue::from_str(&body));
    let headers = web_sys::Headers::new().ok()?;
    headers
        .set("content-type", "application/x-www-form-urlencoded")
        .ok()?;
    init.set_headers(&headers);
    let response = wasm_bindgen_futures::JsFuture::from(
        window.fetch_with_str_and_init("/agenda/stars/merge", &init),
    )
    .await
    .ok()?
    .dyn_into::<web_sys::Response>()
    .ok()?;
    if response.ok() {
        store(&[]);
        let _ = window.location().reload();
    }
    Some(())
}
