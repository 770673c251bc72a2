//! Plain text → blocks. Every non-blank line is a block (a line break is always a boundary); its kind is guessed
//! from its shape: the first line is the title, a line opening with a bullet is a list item, a line naming a phone
//! number (marked `Tel.`, `電話`, … or just shaped like one: `045-000-1234`) or contact is a contact line, a short date line near the top is a dateline, a short line without
//! sentence-final punctuation is a heading (title kind), anything else a paragraph.
//!
//! A line that stops on a particle or comma (`これは父の` / `家です。`) continues on the next line: one block.
//!
//! In: decoded text. Out: blocks with spans trimmed of surrounding whitespace. Not done here: joining hard-wrapped
//! paragraphs, dropping page numbers and running headers (`repair.rs`).

use crate::types::{Block, BlockKind, Span};

/// Characters that open a list item when they start a line.
pub(crate) const BULLETS: &[char] = &[
    '■', '□', '○', '●', '◆', '◇', '※', '-', '・', '•', '▶', '▷', '◎', '*', '–', '·', '◦', '▪',
];

pub(crate) fn blocks(text: &str) -> Vec<Block> {
    let mut spans: Vec<Span> = Vec::new();
    let mut pos = 0;
    let mut open_line = false; // the previous line stopped where no sentence or heading can end
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        if content.is_empty() {
            open_line = false;
            continue;
        }
        let s = start + trimmed_start;
        let span = Span::new(s, s + content.len());
        let bullet = content.starts_with(BULLETS);
        match spans.last_mut() {
            Some(last) if open_line && !bullet => last.end = span.end,
            _ => spans.push(span),
        }
        open_line = ends_mid_sentence(content);
    }
    spans
        .into_iter()
        .enumerate()
        .map(|(i, span)| Block {
            kind: kind_of(&text[span.range()], i),
            span,
        })
        .collect()
}

/// True when a line stops on a Japanese or Korean particle or a comma (`これは父の`, `…하고,`): neither a
/// sentence nor a heading ends there, so the next line continues it (an errant line break).
fn ends_mid_sentence(line: &str) -> bool {
    const OPEN_ENDS: &[char] = &[
        'の', 'を', 'に', 'が', 'へ', 'や', '、', '，', '의', '을', '를',
    ];
    line.ends_with(OPEN_ENDS) || (line.ends_with(',') && !line.is_ascii())
}

fn kind_of(line: &str, index: usize) -> BlockKind {
    let first = line.chars().next().unwrap_or(' ');
    if BULLETS.contains(&first) {
        return BlockKind::ListItem;
    }
    if index == 0 {
        return BlockKind::Title;
    }
    if is_contact(line) {
        return BlockKind::Contact;
    }
    let short = line.chars().count() <= 80;
    if short && index <= 3 && looks_like_dateline(line) {
        return BlockKind::Dateline;
    }
    if short && !ends_like_sentence(line) {
        return BlockKind::Title;
    }
    BlockKind::Paragraph
}

pub(crate) fn is_contact(line: &str) -> bool {
    const MARKS: &[&str] = &[
        "Tel.",
        "TEL",
        "Tel:",
        "☎",
        "電話",
        "문의",
        "問い合わせ",
        "問合せ",
        "Contact:",
        "E-mail",
        "Email:",
    ];
    // One automaton for all the marks: this runs on every line of every document.
    static ANY_MARK: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new(MARKS).expect("the contact marks fit an automaton")
        });
    ANY_MARK.is_match(line) || has_phone_number(line)
}

/// True when the line holds a token shaped like a telephone number, whatever word (or none) announces it
/// (`Tel 045-000-1234`, `☏ 02-123-4567`, `+81-45-000-1234`): three or more groups of ASCII or full-width digits
/// joined by hyphens, 9 to 13 digits in all, the last group of 3 or 4, no group over 4, and a first group that
/// only a dialling code has (a leading `+`, a trunk `0`, or 2–3 digits). A date (`2024-11-25`: a last group of
/// 2) or a run of years (`2024-2025-2026`) is not one.
fn has_phone_number(line: &str) -> bool {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let hyphen = |c: char| matches!(c, '-' | '－' | '‐');
    // Most lines have no two hyphens: they leave before their tokens are looked at (this runs on every line).
    if line.chars().filter(|&c| hyphen(c)).take(2).count() < 2 {
        return false;
    }
    line.split(|c: char| !(digit(c) || hyphen(c) || c == '+' || c == '＋'))
        .filter(|token| token.chars().filter(|&c| hyphen(c)).take(2).count() == 2)
        .any(|token| {
            let (plus, body) = match token.strip_prefix(['+', '＋']) {
                Some(rest) => (true, rest),
                None => (false, token),
            };
            let groups: Vec<usize> = body.split(hyphen).map(|g| g.chars().count()).collect();
            let (Some(&first), Some(&last)) = (groups.first(), groups.last()) else {
                return false;
            };
            let total: usize = groups.iter().sum();
            groups.len() >= 3
                && body.chars().all(|c| digit(c) || hyphen(c))
                && groups.iter().all(|&n| (1..=4).contains(&n))
                && (3..=4).contains(&last)
                && (9..=13).contains(&total)
                && (plus || body.starts_with(['0', '０']) || (2..=3).contains(&first))
        })
}

fn looks_like_dateline(line: &str) -> bool {
    let first = line.chars().next().unwrap_or(' ');
    first.is_ascii_digit()
        || ('０'..='９').contains(&first)
        || line.starts_with("令和")
        || line.starts_with("平成")
        || crate::normalize::ENGLISH_MONTHS
            .iter()
            .any(|m| line.starts_with(m))
}

pub(crate) fn ends_like_sentence(line: &str) -> bool {
    let last = line
        .trim_end_matches(['"', '\'', '”', '’', '」', '』', ')', '）'])
        .chars()
        .last();
    matches!(last, Some('.' | '。' | '!' | '?' | '！' | '？' | '．'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
        blocks(text)
            .into_iter()
            .map(|b| (b.kind, &text[b.span.range()]))
            .collect()
    }

    #[test]
    fn lines_become_typed_blocks() {
        let text = "서울시, 축제 개최\n\n2024. 10. 7.(월)\n\n○ 3천여 명 참석\n본문 문장이다. 두 번째 문장이다.\n문의: 02-123-4567\n";
        assert_eq!(
            kinds(text),
            vec![
                (BlockKind::Title, "서울시, 축제 개최"),
                (BlockKind::Dateline, "2024. 10. 7.(월)"),
                (BlockKind::ListItem, "○ 3천여 명 참석"),
                (BlockKind::Paragraph, "본문 문장이다. 두 번째 문장이다."),
                (BlockKind::Contact, "문의: 02-123-4567"),
            ]
        );
    }

    #[test]
    fn a_telephone_number_makes_a_contact_line() {
        for line in [
            "国際局国際協力課長　田中 健一　Tel 045-000-1234",
            "국제협력과 02-123-4567",
            "Kenichi Tanaka, +81-45-000-1234",
            "フリーダイヤル ０１２０－１２３－４５６",
        ] {
            assert_eq!(kind_of(line, 5), BlockKind::Contact, "{line}");
        }
        for line in [
            "2024-11-25 更新",
            "2024-2025-2026 計画",
            "ISBN 978-4-00-000000-0",
        ] {
            assert_ne!(kind_of(line, 5), BlockKind::Contact, "{line}");
        }
    }

    #[test]
    fn line_stopping_on_a_particle_continues() {
        let text = "これは父の\n家です。\n次の行です\n・項目の\n・次の項目";
        let got: Vec<&str> = blocks(text).iter().map(|b| &text[b.span.range()]).collect();
        assert_eq!(
            got,
            [
                "これは父の\n家です。",
                "次の行です",
                "・項目の",
                "・次の項目"
            ]
        );
    }

    #[test]
    fn spans_are_trimmed_and_cover_only_content() {
        let text = "  Title  \r\n\n\tBody text.\n";
        let b = blocks(text);
        assert_eq!(&text[b[0].span.range()], "Title");
        assert_eq!(&text[b[1].span.range()], "Body text.");
    }
}
