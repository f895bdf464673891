//! Turning a page component into a complete HTML document.

use crate::layout::Layout;
use leptos::config::LeptosOptions;
use leptos::nonce::Nonce;
use leptos::prelude::*;
use portal::domain::Locale;
use portal::services::CurrentUser;

/// What every page knows about the request: who is reading, in which
/// language, at which path. Provided as context while rendering.
#[derive(Debug, Clone)]
pub struct PageContext {
    /// Language of the page.
    pub locale: Locale,
    /// The signed-in user, if any.
    pub user: Option<CurrentUser>,
    /// Path (and query) of the page, for the language switcher and sign-in
    /// redirects.
    pub path: String,
    /// A one-time notice to show (code of a `flash-<code>` message).
    pub flash: Option<String>,
    /// Where the compiled WASM, JS and CSS are served from.
    pub options: LeptosOptions,
}

/// A rendered page, and the nonce its inline script carries (the server puts
/// it in the Content-Security-Policy header).
#[derive(Debug, Clone)]
pub struct RenderedPage {
    /// The complete HTML document.
    pub html: String,
    /// CSP nonce for this response.
    pub nonce: String,
}

/// The current page context. Panics only when called outside rendering,
/// which is a programming error caught by every page test.
pub fn page_context() -> PageContext {
    expect_context::<PageContext>()
}

/// Translates `key` into the page's language.
pub fn t(key: &str) -> String {
    portal::i18n::tr(page_context().locale, key)
}

/// Translates `key` into the page's language, or gives `fallback` when
/// there is no such message.
pub fn t_or(key: &str, fallback: &str) -> String {
    portal::i18n::tr_or(page_context().locale, key, fallback)
}

/// Translates `key` with arguments into the page's language.
pub fn t_args(key: &str, args: &[(&'static str, String)]) -> String {
    let args: Vec<_> = args
        .iter()
        .map(|(k, v)| (*k, portal::i18n::FluentValue::from(v.clone())))
        .collect();
    portal::i18n::tr_args(page_context().locale, key, &args)
}

/// Renders a full document: `<head>` with title, stylesheet and the islands
/// loader, the site layout, and `body` as the main content.
/// Two fixes so the markup passes the Nu HTML Checker, neither changing
/// the DOM a browser builds: hydration markers `<!>` (a "bogus comment" in
/// the HTML syntax) become the empty comment `<!---->`, and the preload links
/// of the hydration scripts, which Leptos gives `crossorigin="<nonce>"` (an
/// invalid value, read as `anonymous`), say `anonymous`. Text content never
/// contains `<!>`: it is escaped.
fn conforming(html: String, nonce: &str) -> String {
    html.replace("<!>", "<!---->").replace(
        &format!("crossorigin=\"{nonce}\""),
        "crossorigin=\"anonymous\"",
    )
}

pub fn render_document<V>(ctx: PageContext, title: String, body: impl FnOnce() -> V) -> RenderedPage
where
    V: IntoView + 'static,
{
    let owner = Owner::new();
    owner.with(|| {
        let nonce = Nonce::new();
        provide_context(nonce.clone());
        provide_context(ctx.clone());
        let locale = ctx.locale;
        let site = portal::i18n::tr(locale, "site-name");
        let full_title = if title.is_empty() {
            site
        } else {
            format!("{title} – {site}")
        };
        // Set as markup, escaped here: a text child would carry a hydration
        // marker (`<!>`), which a <title> shows literally.
        let full_title = full_title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        let css = format!(
            "/{}/{}.css",
            ctx.options.site_pkg_dir, ctx.options.output_name
        );
        let options = ctx.options.clone();
        let content = body();
        let html = view! {
            <!DOCTYPE html>
            <html
                lang=locale.tag()
                dir=locale.dir()
                data-signed-in=ctx.user.is_some().then_some("")
            >
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <title inner_html=full_title></title>
                    <link rel="stylesheet" href=css />
                    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                    <link rel="manifest" href="/manifest.webmanifest" />
                    <script src="/offline.js" defer></script>
                    <HydrationScripts options=options islands=true />
                </head>
                <body>
                    <Layout>{content}</Layout>
                </body>
            </html>
        }
        .to_html();
        let nonce = nonce.to_string();
        RenderedPage {
            html: conforming(html, &nonce),
            nonce,
        }
    })
}

/// Renders a document without the site's header, menus, footer or scripts:
/// the programme framed on a partner's site. Links in it open the portal in
/// a new tab (`target="_blank"` is set by the page).
pub fn render_bare_document<V>(ctx: PageContext, title: String, body: impl FnOnce() -> V) -> String
where
    V: IntoView + 'static,
{
    let owner = Owner::new();
    owner.with(|| {
        provide_context(ctx.clone());
        let locale = ctx.locale;
        let title = title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        let css = format!(
            "/{}/{}.css",
            ctx.options.site_pkg_dir, ctx.options.output_name
        );
        let content = body();
        let html = view! {
            <!DOCTYPE html>
            <html lang=locale.tag() dir=locale.dir()>
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <title inner_html=title></title>
                    <link rel="stylesheet" href=css />
                </head>
                <body class="embed">
                    <main>{content}</main>
                </body>
            </html>
        }
        .to_html();
        html.replace("<!>", "<!---->")
    })
}
