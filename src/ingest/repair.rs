//! Repair of text extracted from PDF (or copied from a print layout): page-number lines and running headers are
//! dropped, hard-wrapped lines inside a paragraph are joined (Japanese/Korean without a space, English with one, a
//! word hyphenated across the break re-joined), and letter-spaced capitals are closed up (`E S C A P` → `ESCAP`,
//! `A P U F - 9` → `APUF-9`).
//!
//! In: decoded text. Out: `None` when nothing needed repair (the text stays the file itself), else the repaired
//! text with anchors mapping it back to the raw text and the number of bytes dropped. A line counts as wrapped
//! when it does not end a sentence, is at least 3/4 of the document's wrap width (the 90th percentile of line
//! widths, CJK characters counting double) and the next line of the same paragraph does not open a list item or a
//! numbered heading. Not done here: two-column layouts, tables laid out with spaces, hyphenation dictionaries.

use super::text::{ends_like_sentence, BULLETS};
use regex::Regex;
use std::sync::LazyLock;

/// Fewer non-blank lines than this: no wrap detection.
const MIN_LINES: usize = 6;
/// A wrap width (display columns) below this is not a page layout.
const MIN_WRAP_WIDTH: usize = 40;

/// The repaired text and its provenance.
pub(crate) struct Repaired {
    pub text: String,
    /// Anchors (offset in `text`, offset in the raw text): between anchors both advance together.
    pub starts: Vec<(usize, usize)>,
    pub dropped: usize,
}

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[-–—]\s*)?(?:[Pp]age\s*)?[0-9０-９]{1,4}(?:\s*/\s*[0-9]{1,4})?(?:\s*[-–—])?\s*$",
    )
    .expect("static regex")
});

static LETTER_SPACED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Z](?: [A-Z0-9-]){2,}").expect("static regex"));

static ENUMERATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[0-9０-９]{1,2}[.．)）]?\s|[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[．.]|[①-⑳]|[가-하]\.\s|[a-zA-Z][.)]\s|[ivx]{1,4}[.)]\s)",
    )
        .expect("static regex")
});

/// Builds text from raw pieces, recording an anchor wherever the raw position jumps.
struct Builder {
    text: String,
    starts: Vec<(usize, usize)>,
    raw_next: usize,
}

impl Builder {
    fn push_raw(&mut self, raw_at: usize, s: &str) {
        if self.starts.is_empty() || raw_at != self.raw_next {
            self.starts.push((self.text.len(), raw_at));
        }
        self.text.push_str(s);
        self.raw_next = raw_at + s.len();
    }

    /// Text with no raw counterpart (a joining space): it maps to where the next raw piece starts.
    fn push_synthetic(&mut self, s: &str) {
        self.text.push_str(s);
        self.raw_next = usize::MAX;
    }
}

fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if (c as u32) >= 0x1100 && !c.is_whitespace() {
                2
            } else {
                1
            }
        })
        .sum()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x3000..=0x9FFF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

struct Line<'a> {
    start: usize,
    text: &'a str,
}

/// Repairs `raw`, or `None` when it has no page furniture, wraps or letter-spacing.
pub(crate) fn repair(raw: &str) -> Option<Repaired> {
    let mut lines: Vec<Line> = Vec::new();
    let mut pos = 0;
    for l in raw.split_inclusive('\n') {
        lines.push(Line {
            start: pos,
            text: l.trim_end_matches(['\n', '\r']),
        });
        pos += l.len();
    }
    let drop = furniture(&lines);
    let widths: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(i, l)| !drop[*i] && !l.text.trim().is_empty())
        .map(|(_, l)| width(l.text.trim()))
        .collect();
    let wrap_width = percentile(&widths, 0.9);
    let mut b = Builder {
        text: String::with_capacity(raw.len()),
        starts: Vec::new(),
        raw_next: 0,
    };
    // Too little text, or too narrow a layout, to tell wrapping from short lines (lists, verse, chat).
    let layout = widths.len() >= MIN_LINES && wrap_width >= MIN_WRAP_WIDTH;
    let wide = |t: &str| {
        layout && width(t.trim()) * 4 >= wrap_width * 3 && !ends_like_sentence(t.trim_end())
    };
    let para = paragraphs(&lines, &drop);
    // A paragraph is wrapped when one of its lines (not the last) is wide and breaks off mid-sentence; then every
    // line of it that breaks off mid-sentence continues on the next line.
    let mut wrapped_para = vec![false; lines.len()];
    for i in 0..lines.len() {
        let next = (i + 1..lines.len()).find(|&k| !drop[k]);
        if let (Some(p), Some(k)) = (para[i], next) {
            if para[k] == Some(p) && wide(lines[i].text) {
                wrapped_para[p] = true;
            }
        }
    }
    let mut changed = drop.iter().any(|&d| d);
    let mut dropped = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if drop[i] {
            dropped += line.text.len() + 1;
            i += 1;
            continue;
        }
        let mut content = line.text;
        let mut at = line.start;
        // Join following lines of the same paragraph while this one is wrapped.
        loop {
            let next = (i + 1..lines.len()).find(|&k| !drop[k]);
            let wrapped = next.is_some_and(|k| {
                let n = lines[k].text.trim();
                para[i].is_some_and(|p| wrapped_para[p])
                    && para[k] == para[i]
                    && !ends_like_sentence(content.trim_end())
                    && !n.starts_with(BULLETS)
                    && !ENUMERATION.is_match(n)
            });
            if !wrapped {
                changed |= push_line(&mut b, at, content);
                b.push_raw(line_end(raw, at + content.len()), "\n");
                break;
            }
            changed = true;
            let k = next.expect("checked");
            let n = &lines[k];
            let body = content.trim_end();
            let rest = n.text.trim_start();
            let rest_at = n.start + (n.text.len() - rest.len());
            let last = body.chars().next_back().unwrap_or(' ');
            let first = rest.chars().next().unwrap_or(' ');
            if last == '-'
                && body[..body.len() - 1].ends_with(|c: char| c.is_alphabetic())
                && first.is_lowercase()
            {
                push_line(&mut b, at, &body[..body.len() - 1]);
            } else {
                push_line(&mut b, at, body);
                if !(is_cjk(last) && is_cjk(first)) {
                    b.push_synthetic(" ");
                }
            }
            i = k;
            content = rest;
            at = rest_at;
        }
        i += 1;
    }
    if !changed {
        return None;
    }
    Some(Repaired {
        text: b.text,
        starts: b.starts,
        dropped,
    })
}

/// The paragraph of each line: runs of non-blank lines, skipping dropped ones; `None` for blank or dropped lines.
fn paragraphs(lines: &[Line], drop: &[bool]) -> Vec<Option<usize>> {
    let mut out = vec![None; lines.len()];
    let mut current = None;
    let mut count = 0;
    for (i, l) in lines.iter().enumerate() {
        if drop[i] {
            continue;
        }
        if l.text.trim().is_empty() {
            current = None;
            continue;
        }
        let p = *current.get_or_insert_with(|| {
            count += 1;
            count - 1
        });
        out[i] = Some(p);
    }
    out
}

fn line_end(raw: &str, at: usize) -> usize {
    raw[at..].find('\n').map_or(raw.len(), |k| at + k)
}

/// Capitals broken by one space right after Japanese or Korean text (`ソウルA I ハブ`, `するE SCAP の`), where
/// no English phrase can stand.
static CJK_SPACED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Z](?: [A-Z][A-Z0-9-]*)+").expect("static regex"));

/// The letter-spaced runs of a line to close up, in order and not overlapping.
fn spaced_runs(s: &str) -> Vec<std::ops::Range<usize>> {
    // Every run has a capital followed by a space: most lines have none, and skip both regexes.
    let b = s.as_bytes();
    if !b
        .windows(2)
        .any(|w| w[0].is_ascii_uppercase() && w[1] == b' ')
    {
        return Vec::new();
    }
    // Word edges by ASCII only: `U R A를` is spaced letters before a Korean particle.
    let ascii_edge = |r: &std::ops::Range<usize>| {
        !s[..r.start].ends_with(|c: char| c.is_ascii_alphanumeric())
            && !s[r.end..].starts_with(|c: char| c.is_ascii_alphanumeric())
    };
    let mut runs: Vec<std::ops::Range<usize>> = LETTER_SPACED
        .find_iter(s)
        .map(|m| m.range())
        .filter(ascii_edge)
        .collect();
    for m in CJK_SPACED.find_iter(s) {
        let prev = s[..m.start()].chars().next_back();
        let next = s[m.end()..].chars().next();
        if prev.is_some_and(is_cjk)
            && !next.is_some_and(|c| c.is_ascii_alphanumeric())
            && !runs.iter().any(|r| r.start < m.end() && m.start() < r.end)
        {
            runs.push(m.range());
        }
    }
    runs.sort_by_key(|r| r.start);
    runs
}

/// Pushes a line, closing up letter-spaced capitals; true when it closed any.
fn push_line(b: &mut Builder, at: usize, s: &str) -> bool {
    let mut last = 0;
    let runs = spaced_runs(s);
    for r in &runs {
        b.push_raw(at + last, &s[last..r.start]);
        for (k, c) in s[r.clone()].char_indices() {
            if c != ' ' {
                b.push_raw(
                    at + r.start + k,
                    &s[r.start + k..r.start + k + c.len_utf8()],
                );
            }
        }
        last = r.end;
    }
    b.push_raw(at + last, &s[last..]);
    !runs.is_empty()
}

fn percentile(v: &[usize], q: f64) -> usize {
    if v.is_empty() {
        return 0;
    }
    let mut s = v.to_vec();
    s.sort_unstable();
    s[((s.len() - 1) as f64 * q).round() as usize]
}

/// Page-number lines, and running headers: a line repeated at least twice that stands at the top of the text or
/// right after a page-number line.
fn furniture(lines: &[Line]) -> Vec<bool> {
    let mut drop: Vec<bool> = lines
        .iter()
        .map(|l| {
            let t = l.text.trim();
            !t.is_empty() && (PAGE_NUMBER.is_match(t) || is_navigation(t))
        })
        .collect();
    let page_lines = lines
        .iter()
        .filter(|l| PAGE_NUMBER.is_match(l.text) && !l.text.trim().is_empty())
        .count();
    if page_lines == 0 {
        return drop;
    }
    let mut counts = std::collections::HashMap::new();
    for l in lines {
        let t = l.text.trim();
        if !t.is_empty() {
            *counts.entry(t).or_insert(0) += 1;
        }
    }
    for i in 0..lines.len() {
        let t = lines[i].text.trim();
        if t.is_empty() || counts.get(t).copied().unwrap_or(0) < 2 || drop[i] {
            continue;
        }
        let before = (0..i).rev().find(|&k| !lines[k].text.trim().is_empty());
        if before.map_or(true, |k| drop[k] && PAGE_NUMBER.is_match(lines[k].text)) {
            for (k, l) in lines.iter().enumerate() {
                if l.text.trim() == t {
                    drop[k] = true;
                }
            }
        }
    }
    drop
}

/// Whole lines of web-page furniture copied along with a release: skip links, menus, share and print buttons.
const NAVIGATION: &[&str] = &[
    "본문 바로가기",
    "본문으로 바로가기",
    "주메뉴 바로가기",
    "메뉴 바로가기",
    "전체메뉴",
    "맨 위로",
    "맨위로",
    "목록",
    "이전글",
    "다음글",
    "인쇄",
    "인쇄하기",
    "공유하기",
    "사이트맵",
    "로그인",
    "メインコンテンツに移動",
    "本文へ",
    "本文へ移動",
    "本文へスキップ",
    "ページの先頭へ",
    "ページの先頭へ戻る",
    "このページの先頭へ",
    "ページトップへ",
    "前のページへ戻る",
    "サイトマップ",
    "印刷",
    "印刷する",
    "シェア",
    "ツイート",
    "メニュー",
    "閉じる",
    "Skip to main content",
    "Skip to content",
    "Back to top",
    "Top of page",
    "Print",
    "Share",
    "Menu",
    "Sitemap",
];

/// True for a navigation line: a known furniture phrase (after any bullet), one capital repeated (`T T`,
/// icon-font residue) or a line without a letter or digit (`-`, `・・・`, rules).
fn is_navigation(t: &str) -> bool {
    if !t.chars().any(char::is_alphanumeric) {
        return true;
    }
    // Every furniture phrase and residue line is short; prose lines leave here.
    if t.len() > 40 {
        return false;
    }
    let body = t.trim_start_matches(BULLETS).trim();
    if NAVIGATION.iter().any(|n| body.eq_ignore_ascii_case(n)) {
        return true;
    }
    let tokens: Vec<&str> = body.split_whitespace().collect();
    // Icon-font residue repeats one capital (`T T`); letter-spaced words (`E S C A P`) are closed up elsewhere.
    let letter_residue = tokens.len() >= 2
        && tokens[0].len() == 1
        && tokens[0].chars().all(|c| c.is_ascii_uppercase())
        && tokens.iter().all(|w| *w == tokens[0]);
    letter_residue
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(raw: &str) -> String {
        repair(raw).map_or(raw.to_string(), |r| r.text)
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "ja_wrap_joined_without_space",
                "本市は、令和8年に開催されるフォーラムの共催都市に決定しており、開催に\n向けた準備が急務となっている。\n\n一。\n\n二。\n\n三。\n\n四。\n",
                "本市は、令和8年に開催されるフォーラムの共催都市に決定しており、開催に向けた準備が急務となっている。\n\n一。\n\n二。\n\n三。\n\n四。\n",
            ),
            (
                "en_hyphen_rejoined",
                "building a framework for international coope-\nration have become urgent tasks today.\n\nx.\n\nx.\n\nx.\n\nx.\n",
                "building a framework for international cooperation have become urgent tasks today.\n\nx.\n\nx.\n\nx.\n\nx.\n",
            ),
            ("short_text_not_joined", "改行は\nデフォルトでは常に文末とします\n良いですか？\n", "改行は\nデフォルトでは常に文末とします\n良いですか？\n"),
            ("letter_spaced", "E S C A P 本部と A P U F - 9 について。\n", "ESCAP 本部と APUF-9 について。\n"),
            ("spaced_before_korean_particle", "U R A를 방문했다.\n", "URA를 방문했다.\n"),
            ("partly_spaced_after_cjk", "ソウルA I ハブとE SCAP の知見。\n", "ソウルAI ハブとESCAP の知見。\n"),
            ("navigation_lines", "メインコンテンツに移動\nT T\n本文です。\n・ 印刷\n-\n", "本文です。\n"),
            ("english_capitals_kept", "A BOOK FAIR opens. I AM here.\n", "A BOOK FAIR opens. I AM here.\n"),
            ("comma_list_kept", "Options A, B, C are open.\n", "Options A, B, C are open.\n"),
            (
                "page_furniture_dropped",
                "Report Header\n\nFirst page text ends here.\n\n- 1 -\n\nReport Header\n\nSecond page.\n",
                "\nFirst page text ends here.\n\n\n\nSecond page.\n",
            ),
            ("heading_not_joined", "1 Purpose\n2 Members\n", "1 Purpose\n2 Members\n"),
        ];
        for (name, raw, want) in cases {
            assert_eq!(fixed(raw), *want, "case {name}");
        }
    }

    #[test]
    fn anchors_map_back_to_the_raw_text() {
        let raw = "xx\n- 1 -\nE S C A P was founded in 1947 and works across the whole region of Asia\nand the Pacific.\n";
        let r = repair(raw).unwrap();
        let at = r.text.find("1947").unwrap();
        let k = r.starts.partition_point(|&(d, _)| d <= at) - 1;
        let (d, w) = r.starts[k];
        assert_eq!(&raw[w + (at - d)..w + (at - d) + 4], "1947");
    }
}
