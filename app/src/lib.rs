//! The portal's user interface.
//!
//! Pages are server-rendered Leptos components (`ssr` feature): every page is
//! complete HTML that works without JavaScript, and forms post to the server.
//! Interactive parts are islands (`#[island]`), the only code shipped to the
//! browser as WebAssembly (`hydrate` feature): small downloads for people on
//! slow links, and nothing breaks when the script never arrives.

pub mod islands;

#[cfg(feature = "ssr")]
pub mod format;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod layout;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod render;

/// Entry point of the browser build: wakes up the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
