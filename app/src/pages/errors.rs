//! Error pages (not found, forbidden, too many requests, server error).

use crate::render::t;
use leptos::prelude::*;

/// A page explaining an error; `kind` is `not-found`, `forbidden`,
/// `rate-limited`, `bad-request` or `internal`. A specific `message`
/// (already translated) replaces the generic explanation.
#[component]
pub fn ErrorPage(
    kind: &'static str,
    #[prop(default = None)] message: Option<String>,
) -> impl IntoView {
    view! {
        <h1>{t(&format!("errorpage-{kind}-title"))}</h1>
        <p class="lead">{message.unwrap_or_else(|| t(&format!("errorpage-{kind}-body")))}</p>
        <p>
            <a href="/">{t("errorpage-home")}</a>
        </p>
    }
}
