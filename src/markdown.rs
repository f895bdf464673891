//! Markdown written by proposers, rendered to HTML that is safe to embed:
//! pulldown-cmark renders, ammonia removes anything executable (scripts,
//! event handlers, `javascript:` links, raw HTML beyond a small allow-list).

/// Renders `md` to sanitized HTML placed under a heading of level
/// `parent` (2 for `<h2>`): the text's highest heading becomes the next
/// level and the others follow it, so a proposer's headings never compete
/// with the page's own and never skip a level (`##` used as the top level
/// is as good as `#`).
pub fn render_under(md: &str, parent: u8) -> String {
    use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};
    let options = pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
    let events: Vec<Event> = pulldown_cmark::Parser::new_ext(md, options).collect();
    let top = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as u8),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let shift = |l: HeadingLevel| {
        let n = (l as u8 + parent + 1).saturating_sub(top).clamp(1, 6);
        HeadingLevel::try_from(usize::from(n)).unwrap_or(HeadingLevel::H6)
    };
    let parser = events.into_iter().map(|e| match e {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: shift(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
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
    use super::render_under;

    fn render(md: &str) -> String {
        render_under(md, 2)
    }

    #[test]
    fn markdown_renders_headings_lists_and_links() {
        let html = render("## Goals\n\n- one\n- two\n\n[ITU](https://www.itu.int)");
        assert!(
            html.contains("<h3>Goals</h3>"),
            "the text's top heading sits just below the page's: {html}"
        );
        assert!(html.contains("<li>one</li>"));
        assert!(html.contains(r#"href="https://www.itu.int""#));
    }

    #[test]
    fn heading_levels_follow_the_page_and_never_skip() {
        let html = render_under("# A\n\n### B\n\n## C", 3);
        assert!(
            html.contains("<h4>A</h4>")
                && html.contains("<h6>B</h6>")
                && html.contains("<h5>C</h5>"),
            "{html}"
        );
        let html = render_under("#### Deep", 2);
        assert!(html.contains("<h3>Deep</h3>"), "{html}");
        let html = render_under("# Top\n\n###### Bottom", 4);
        assert!(
            html.contains("<h5>Top</h5>") && html.contains("<h6>Bottom</h6>"),
            "{html}"
        );
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
