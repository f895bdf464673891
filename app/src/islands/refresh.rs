//! The island that keeps a board (`/agenda/now`) current: every minute it
//! fetches the page again and swaps the board's content in place.

use leptos::prelude::*;

/// With JavaScript, refreshes the board every minute in place: fetches the
/// same address and swaps the board's content, so a lobby screen never
/// flashes white. Without it, the page's `<noscript>` refresh reloads.
#[island]
pub fn NowRefresh() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        use wasm_bindgen::prelude::Closure;
        let swap = Closure::<dyn FnMut()>::new(|| {
            wasm_bindgen_futures::spawn_local(async {
                let _ = refresh().await;
            });
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(
                swap.as_ref().unchecked_ref(),
                60_000,
            );
        }
        // The interval lives as long as the page.
        swap.forget();
    }
}

/// Fetches the page again and replaces the board with the new one.
#[cfg(feature = "hydrate")]
async fn refresh() -> Option<()> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let href = window.location().href().ok()?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&href))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let parsed = web_sys::DomParser::new()
        .ok()?
        .parse_from_string(&text, web_sys::SupportedType::TextHtml)
        .ok()?;
    let fresh = parsed.get_element_by_id("now-board")?;
    let board = window.document()?.get_element_by_id("now-board")?;
    board.set_inner_html(&fresh.inner_html());
    Some(())
}
