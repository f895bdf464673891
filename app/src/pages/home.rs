//! The landing page.

use crate::render::{page_context, t};
use leptos::prelude::*;

/// What the forum and its consultation are, and where to start.
#[component]
pub fn HomePage() -> impl IntoView {
    let user = page_context().user;
    let actions = match user {
        None => view! {
            <a class="button" href="/register">
                {t("home-cta-register")}
            </a>
            <a class="button button-secondary" href="/login">
                {t("home-cta-login")}
            </a>
        }
        .into_any(),
        Some(u) => view! {
            <p>{crate::render::t_args("home-welcome-back", &[("name", u.name.clone())])}</p>
            <a class="button" href="/proposals/new">
                {t("proposals-new")}
            </a>
            <a class="button button-secondary" href="/proposals">
                {t("nav-proposals")}
            </a>
        }
        .into_any(),
    };
    view! {
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <div class="actions">{actions}</div>
        </section>
        <section class="cards" aria-label=t("home-steps-label")>
            <article class="card">
                <h2>{t("home-step-propose-title")}</h2>
                <p>{t("home-step-propose-body")}</p>
            </article>
            <article class="card">
                <h2>{t("home-step-review-title")}</h2>
                <p>{t("home-step-review-body")}</p>
            </article>
            <article class="card">
                <h2>{t("home-step-agenda-title")}</h2>
                <p>{t("home-step-agenda-body")}</p>
            </article>
        </section>
    }
}
