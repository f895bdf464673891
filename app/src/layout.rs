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
    // Staff work screens (grids, long tables) use the whole window; reading
    // pages keep a comfortable line length.
    let wide = is_work_screen(&ctx.path);
    let signed_in = ctx.user.is_some();
    view! {
        <a class="skip-link" href="#main">
            {t("skip-to-content")}
        </a>
        <header class="site-header">
            <div class="header-inner" class:container=!wide class:container-wide=wide>
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">
                        "WSIS"
                    </span>
                    <span class="brand-name">{t("site-name")}</span>
                </a>
                <LanguageSwitcher />
                // Small screens: the same links behind one "Menu" disclosure,
                // which opens without JavaScript.
                <details class="nav-menu">
                    <summary>{t("nav-menu")}</summary>
                    <Nav />
                </details>
                <div class="nav-wide">
                    <Nav />
                </div>
            </div>
        </header>
        <main id="main" tabindex="-1" class:container=!wide class:container-wide=wide>
            {flash}
            {children()}
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>{t("footer-organizers")}</p>
                <p>{t("footer-process")}</p>
            </div>
        </footer>
        // Stars kept in the browser, and merged into the account on sign-in.
        <crate::islands::StarSync signed_in=signed_in />
    }
}

/// Pages with many items side by side (staff work screens and the public
/// programme's grid of rooms): they get the window's whole width instead of
/// the reading column.
pub fn is_work_screen(path: &str) -> bool {
    const WORK: [&str; 4] = ["/organize", "/admin", "/review", "/submissions/organize"];
    let path = path.split('?').next().unwrap_or_default();
    path == "/agenda"
        || WORK
            .iter()
            .any(|p| path == *p || path.starts_with(&format!("{p}/")))
}

/// One navigation link; marks the current page for assistive technology.
#[component]
fn NavLink(href: &'static str, label: String) -> impl IntoView {
    let path = page_context().path;
    let current = path == href || (href != "/" && path.starts_with(href));
    view! {
        <li>
            <a href=href aria-current=current.then_some("page")>
                {label}
            </a>
        </li>
    }
}

/// Navigation that shows what the reader's roles can use.
#[component]
fn Nav() -> impl IntoView {
    let ctx = page_context();
    let links = match &ctx.user {
        None => view! {
            <NavLink href="/agenda" label=t("nav-agenda") />
            <NavLink href="/login" label=t("nav-login") />
            <NavLink href="/register" label=t("nav-register") />
        }
        .into_any(),
        Some(user) => {
            use portal::domain::Role;
            let organizer = user.is_staff();
            let reviewer = organizer || user.has(Role::Reviewer) || user.has(Role::Facilitator);
            let admin = user.has(Role::Admin);
            view! {
                <NavLink href="/agenda" label=t("nav-agenda") />
                <NavLink href="/proposals" label=t("nav-proposals") />
                <NavLink href="/submissions" label=t("nav-submissions") />
                <NavLink href="/organization" label=t("nav-organization") />
                {reviewer.then(|| view! { <NavLink href="/review" label=t("nav-review") /> })}
                {organizer.then(|| view! { <NavLink href="/organize" label=t("nav-organize") /> })}
                {admin.then(|| view! { <NavLink href="/admin/users" label=t("nav-people") /> })}
                {admin
                    .then(|| {
                        view! { <NavLink href="/admin/moderation" label=t("nav-moderation") /> }
                    })}
                <NavLink href="/account" label=t("nav-account") />
                <li>
                    <form method="post" action="/logout" class="inline-form">
                        <button type="submit" class="link-button">
                            {t("nav-logout")}
                        </button>
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

/// The language choice: one disclosure showing the current language, with a
/// button per language inside a plain form, so it works without JavaScript.
/// The choice is remembered in a cookie (and on the account when signed in).
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let ctx = page_context();
    let current = ctx.locale;
    let buttons = Locale::ALL
        .into_iter()
        .map(|l| {
            view! {
                <li>
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
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="lang-menu">
            <summary>
                <span class="visually-hidden">{t("language-label")}": "</span>
                <span lang=current.tag() dir=current.dir()>
                    {current.native_name()}
                </span>
            </summary>
            <form method="post" action="/language" class="lang-switcher">
                <input type="hidden" name="next" value=ctx.path.clone() />
                <ul>{buttons}</ul>
            </form>
        </details>
    }
}
