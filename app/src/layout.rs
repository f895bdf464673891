//! The site frame around every page: skip link, header with navigation and
//! language switcher, main region, footer.

use crate::render::{page_context, t};
use leptos::prelude::*;
use portal::domain::Locale;

/// Header, navigation, `<main>` and footer around `children`.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let ctx = page_context();
    let flash = ctx.flash.clone().map(|code| {
        view! {
            <div class="flash" role="status">
                <p>{t(&format!("flash-{code}"))}</p>
            </div>
        }
    });
    view! {
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"WSIS"</span>
                    <span class="brand-name">{t("site-name")}</span>
                </a>
                <Nav/>
                <LanguageSwitcher/>
            </div>
        </header>
        <main id="main" tabindex="-1" class="container">
            {flash}
            {children()}
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>{t("footer-organizers")}</p>
                <p>{t("footer-process")}</p>
            </div>
        </footer>
    }
}

/// One navigation link; marks the current page for assistive technology.
#[component]
fn NavLink(href: &'static str, label: String) -> impl IntoView {
    let path = page_context().path;
    let current = path == href || (href != "/" && path.starts_with(href));
    view! {
        <li>
            <a href=href aria-current=current.then_some("page")>{label}</a>
        </li>
    }
}

/// Navigation that shows what the reader's roles can use.
#[component]
fn Nav() -> impl IntoView {
    let ctx = page_context();
    let links = match &ctx.user {
        None => view! {
            <NavLink href="/" label=t("nav-home")/>
            <NavLink href="/agenda" label=t("nav-agenda")/>
            <NavLink href="/login" label=t("nav-login")/>
            <NavLink href="/register" label=t("nav-register")/>
        }
        .into_any(),
        Some(user) => {
            use portal::domain::Role;
            let organizer = user.has(Role::Organizer) || user.has(Role::Admin);
            let reviewer = organizer || user.has(Role::Reviewer) || user.has(Role::Facilitator);
            let admin = user.has(Role::Admin);
            view! {
            <NavLink href="/" label=t("nav-home")/>
            <NavLink href="/agenda" label=t("nav-agenda")/>
            <NavLink href="/proposals" label=t("nav-proposals")/>
            <NavLink href="/submissions" label=t("nav-submissions")/>
            <NavLink href="/organization" label=t("nav-organization")/>
            {reviewer.then(|| view! { <NavLink href="/review" label=t("nav-review")/> })}
            {organizer.then(|| view! { <NavLink href="/organize" label=t("nav-organize")/> })}
            {admin.then(|| view! { <NavLink href="/admin/users" label=t("nav-people")/> })}
            {admin.then(|| view! { <NavLink href="/admin/moderation" label=t("nav-moderation")/> })}
            <NavLink href="/account" label=t("nav-account")/>
            <li>
                <form method="post" action="/logout" class="inline-form">
                    <button type="submit" class="link-button">{t("nav-logout")}</button>
                </form>
            </li>
            }
            .into_any()
        }
    };
    view! {
        <nav class="site-nav" aria-label=t("nav-label")>
            <ul>{links}</ul>
        </nav>
    }
}

/// Buttons for each language; a plain form, so it works without JavaScript.
/// The choice is remembered in a cookie (and on the account when signed in).
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let ctx = page_context();
    let current = ctx.locale;
    let buttons = Locale::ALL
        .into_iter()
        .map(|l| {
            view! {
                <button
                    type="submit"
                    name="lang"
                    value=l.tag()
                    lang=l.tag()
                    dir=l.dir()
                    class="lang-button"
                    aria-pressed=if l == current { "true" } else { "false" }
                >
                    {l.native_name()}
                </button>
            }
        })
        .collect_view();
    view! {
        <form method="post" action="/language" class="lang-switcher">
            <input type="hidden" name="next" value=ctx.path.clone()/>
            <fieldset>
                <legend class="visually-hidden">{t("language-label")}</legend>
                {buttons}
            </fieldset>
        </form>
    }
}
