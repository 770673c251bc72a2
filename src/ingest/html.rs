//! HTML → blocks: the release body of a city web page, without its navigation.
//!
//! In: decoded HTML. Out: the document text (one block per line: headings, paragraphs, list items, table rows
//! with their cells joined by a space, captions), the blocks, how many bytes of page text were dropped as
//! boilerplate, and where each block starts in the raw file (for line/column in messages). The content root is
//! the largest `<article>`, `<main>` or `#content`-like element (else `<body>`); inside it, scripts, styles,
//! forms, navigation, headers and footers outside the article, menus, breadcrumbs, share/print buttons, "back to
//! top" links and cookie banners are dropped by tag, role, id and class. Not done here: text inside images,
//! frames, or pages built by JavaScript.

use crate::types::{Block, BlockKind, Span};
use scraper::{ElementRef, Html, Node, Selector};

/// The extracted text with its blocks and provenance.
pub(crate) struct Extracted {
    pub text: String,
    pub blocks: Vec<Block>,
    /// Bytes of page text (text nodes) that were not kept.
    pub dropped: usize,
    /// For each block, (start in `text`, byte offset in the raw HTML where its text begins).
    pub origins: Vec<(usize, usize)>,
}

/// Tags whose whole subtree is never content.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "form", "button", "select", "iframe", "svg",
    "input", "textarea", "label", "head", "img",
];

/// Id/class/role words that mark navigation and page furniture.
const BOILERPLATE: &[&str] = &[
    "nav",
    "menu",
    "breadcrumb",
    "share",
    "sns",
    "social",
    "print",
    "cookie",
    "consent",
    "banner",
    "gnb",
    "lnb",
    "snb",
    "skip",
    "sidebar",
    "pagetop",
    "page-top",
    "backtotop",
    "back-to-top",
    "lang-switch",
    "language",
    "footer",
    "copyright",
    "search",
    "related",
    "pager",
    "pagination",
    "toolbar",
];

const BLOCK_TAGS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "tr",
    "caption",
    "figcaption",
    "dt",
    "dd",
    "blockquote",
    "address",
    "pre",
];

fn is_boilerplate(el: &ElementRef, inside_article: bool) -> bool {
    let v = el.value();
    let name = v.name();
    if SKIP_TAGS.contains(&name) {
        return true;
    }
    if (name == "header" || name == "footer" || name == "aside") && !inside_article {
        return true;
    }
    let words = [v.attr("id"), v.attr("class"), v.attr("role")]
        .into_iter()
        .flatten()
        .flat_map(|s| s.split_whitespace())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>();
    words.iter().any(|w| {
        BOILERPLATE
            .iter()
            .any(|b| w == b || w.starts_with(&format!("{b}-")) || w.ends_with(&format!("-{b}")))
            || w == "navigation"
    })
}

/// Collects the visible text of an element (inline content), skipping boilerplate and nested blocks of kind
/// `stop` (so a list item's text does not repeat its sub-list).
fn inline_text(el: ElementRef, out: &mut String, stop_at_lists: bool) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                if is_boilerplate(&c, true)
                    || (stop_at_lists && matches!(e.name(), "ul" | "ol" | "table"))
                {
                    continue;
                }
                if e.name() == "br" || e.name() == "td" || e.name() == "th" {
                    out.push(' ');
                }
                inline_text(c, out, stop_at_lists);
            }
            _ => {}
        }
    }
}

/// HTML whitespace (ASCII only: an ideographic space U+3000 is content) collapsed to one space, trimmed.
fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn kind_of(el: &ElementRef, text: &str) -> BlockKind {
    let v = el.value();
    let class = v.attr("class").unwrap_or("").to_ascii_lowercase();
    match v.name() {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "caption" => BlockKind::Title,
        "li" => BlockKind::ListItem,
        "tr" => BlockKind::TableCell,
        _ if class.contains("date") => BlockKind::Dateline,
        _ if class.contains("contact") || super::text::is_contact(text) => BlockKind::Contact,
        _ => BlockKind::Paragraph,
    }
}

fn text_len(el: ElementRef) -> usize {
    let mut s = String::new();
    inline_text(el, &mut s, false);
    s.split_whitespace().map(str::len).sum()
}

fn content_root(doc: &Html) -> Option<ElementRef<'_>> {
    let sel = Selector::parse(
        "article, main, [role=main], #content, #contents, #main, #main-content, .content, .contents, .article",
    )
    .expect("static selector");
    doc.select(&sel)
        .max_by_key(|e| text_len(*e))
        .filter(|e| text_len(*e) > 0)
        .or_else(|| {
            doc.select(&Selector::parse("body").expect("static selector"))
                .next()
        })
}

fn walk(el: ElementRef, inside_article: bool, found: &mut Vec<(BlockKind, String)>) {
    for child in el.children() {
        let Some(c) = ElementRef::wrap(child) else {
            if let Node::Text(t) = child.value() {
                let t = collapse(t);
                if !t.is_empty() {
                    found.push((BlockKind::Paragraph, t));
                }
            }
            continue;
        };
        if is_boilerplate(&c, inside_article) {
            continue;
        }
        let name = c.value().name();
        if BLOCK_TAGS.contains(&name) {
            let mut raw = String::new();
            inline_text(c, &mut raw, name == "li");
            let text = collapse(&raw);
            if !text.is_empty() {
                found.push((kind_of(&c, &text), text));
            }
            if name == "li" {
                walk_lists(c, inside_article, found);
            }
        } else {
            walk(
                c,
                inside_article || matches!(name, "article" | "main"),
                found,
            );
        }
    }
}

/// Nested lists inside a list item become their own items.
fn walk_lists(li: ElementRef, inside_article: bool, found: &mut Vec<(BlockKind, String)>) {
    for child in li.children().filter_map(ElementRef::wrap) {
        if matches!(child.value().name(), "ul" | "ol") {
            walk(child, inside_article, found);
        }
    }
}

/// Extracts the release body of an HTML page.
pub(crate) fn extract(html: &str) -> Extracted {
    let doc = Html::parse_document(html);
    let mut found = Vec::new();
    if let Some(root) = content_root(&doc) {
        let inside = matches!(root.value().name(), "article" | "main");
        if !root
            .children()
            .filter_map(ElementRef::wrap)
            .any(|c| c.value().name() == "h1")
            && root
                .select(&Selector::parse("h1").expect("static selector"))
                .next()
                .is_none()
        {
            if let Some(t) = doc
                .select(&Selector::parse("title").expect("static selector"))
                .next()
            {
                let t = collapse(&t.text().collect::<String>());
                if !t.is_empty() {
                    found.push((BlockKind::Title, t));
                }
            }
        }
        walk(root, inside, &mut found);
    }
    let total_text: usize = doc
        .select(&Selector::parse("body").expect("static selector"))
        .next()
        .map_or(0, |b| {
            b.text()
                .map(|t| t.split_whitespace().map(str::len).sum::<usize>())
                .sum()
        });
    let mut text = String::new();
    let mut blocks = Vec::new();
    let mut origins = Vec::new();
    // Blocks are located in document order, starting at the body (the <title> often repeats the <h1>).
    let mut raw_pos = html.find("<body").unwrap_or(0);
    for (kind, t) in found {
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(&t);
        blocks.push(Block {
            kind,
            span: Span::new(start, text.len()),
        });
        raw_pos = locate(html, raw_pos, &t);
        origins.push((start, raw_pos));
    }
    let kept: usize = blocks
        .iter()
        .map(|b| {
            text[b.span.range()]
                .split_whitespace()
                .map(str::len)
                .sum::<usize>()
        })
        .sum();
    Extracted {
        text,
        blocks,
        dropped: total_text.saturating_sub(kept),
        origins,
    }
}

/// Where a block's text begins in the raw HTML: the first occurrence, at or after `from`, of its first word
/// (cut before any character that HTML may have escaped); `from` itself when it cannot be found.
fn locate(html: &str, from: usize, text: &str) -> usize {
    let probe: String = text
        .chars()
        .take_while(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '&' | '<' | '>' | '"' | '\'' | '“' | '”' | '‘' | '’' | '—' | '–'
                )
        })
        .take(12)
        .collect();
    if probe.is_empty() {
        return from;
    }
    html[from..].find(&probe).map_or(from, |i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<html><head><title>T | City</title><script>var x = "no";</script></head><body>
<header id="header"><ul class="lang-switch"><li>English</li></ul></header>
<nav><ul><li><a href="/">Home</a></li></ul></nav>
<div id="content"><article>
<h1>Festival opens</h1>
<p class="date">July 1, 2025</p>
<p>About 680,000 people came &amp; enjoyed it.</p>
<ul><li><strong>Fireworks:</strong> 6,000 shots</li></ul>
<table><tr><th>Date</th><th>Time</th></tr><tr><td>July 19</td><td>5 p.m.</td></tr></table>
</article><div class="share"><a>Share on X</a></div></div>
<p class="pagetop"><a href="#top">Back to top</a></p>
<footer><p>Copyright</p></footer>
<div id="cookie-banner"><p>We use cookies.</p></div>
</body></html>"##;

    #[test]
    fn body_blocks_without_boilerplate() {
        let e = extract(PAGE);
        let got: Vec<(BlockKind, &str)> = e
            .blocks
            .iter()
            .map(|b| (b.kind, &e.text[b.span.range()]))
            .collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Title, "Festival opens"),
                (BlockKind::Dateline, "July 1, 2025"),
                (
                    BlockKind::Paragraph,
                    "About 680,000 people came & enjoyed it."
                ),
                (BlockKind::ListItem, "Fireworks: 6,000 shots"),
                (BlockKind::TableCell, "Date Time"),
                (BlockKind::TableCell, "July 19 5 p.m."),
            ]
        );
        assert!(e.dropped > 0);
        let raw = e.origins[2].1;
        assert!(PAGE[raw..].starts_with("About"));
    }
}
