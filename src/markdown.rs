//! Markdown written by proposers, rendered to HTML that is safe to embed:
//! pulldown-cmark renders, ammonia removes anything executable (scripts,
//! event handlers, `javascript:` links, raw HTML beyond a small allow-list).

/// Renders `md` to sanitized HTML. Headings are moved down two levels (`#`
/// becomes `<h3>`), so a proposer's text never competes with the page's own
/// heading structure.
pub fn render(md: &str) -> String {
    use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};
    let demote = |l: HeadingLevel| match l {
        HeadingLevel::H1 => HeadingLevel::H3,
        HeadingLevel::H2 => HeadingLevel::H4,
        HeadingLevel::H3 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    };
    let parser = pulldown_cmark::Parser::new_ext(md, pulldown_cmark::Options::ENABLE_STRIKETHROUGH)
        .map(|e| match e {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: demote(level),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(demote(level))),
            other => other,
        });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn markdown_renders_headings_lists_and_links() {
        let html = render("## Goals\n\n- one\n- two\n\n[ITU](https://www.itu.int)");
        assert!(
            html.contains("<h4>Goals</h4>"),
            "headings sit below the page's own: {html}"
        );
        assert!(html.contains("<li>one</li>"));
        assert!(html.contains(r#"href="https://www.itu.int""#));
    }

    #[test]
    fn scripts_handlers_and_javascript_links_are_removed() {
        let html =
            render("<script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1))");
        assert!(!html.contains("<script"));
        assert!(!html.contains("onerror"));
        assert!(!html.contains("href=\"javascript:"), "{html}");
    }
}
