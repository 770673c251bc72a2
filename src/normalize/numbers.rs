//! Numbers written with digits: `1,234`, `12.5`, full-width `３，０００`, Korean/Japanese multipliers
//! (`3천`, `2억 4천만`, `9천 8백만`, `2億4千万`, `108万`), English scale words (`1.2 million`, `KRW 2.85 billion`),
//! and small English number words (`eight`, `twenty-five`, `nine-day`), each with its unit and qualifier.
//!
//! In: a sentence slice and the spans already taken by dates and times. Out: [`NumExpr`]s with spans relative to
//! the slice. Not done here: kanji numerals (`三千`), Sino-Korean and native Korean number words, ranges as one
//! value, ordinals as a kind of their own (the normaliser issue).

use super::{ascii_digits, units};
use crate::types::{Interval, Lang, NumExpr, Qualifier, Span};
use regex::Regex;
use std::sync::LazyLock;

/// A digit group, then any chain of CJK multipliers, optionally continued after one space by another digit group
/// with a multiplier (`2억 4천만`).
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let digits = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?";
    let mult = r"[백百천千만万억億조兆]";
    Regex::new(&format!(
        r"{digits}(?:{mult}+(?:[ ]?{digits}{mult}+)*)?(?:[ ](?:thousand|million|billion|trillion)\b)?"
    ))
    .expect("static regex")
});

/// English number words up to ninety-nine, optionally scaled (`two hundred`, `three million`).
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: (?:hundred|thousand|million|billion))?\b",
    )
    .expect("static regex")
});

/// Finds the numbers of `s` that do not overlap `taken`.
pub fn find(lang: Lang, s: &str, taken: &[Span]) -> Vec<NumExpr> {
    let mut out = Vec::new();
    for m in NUMBER.find_iter(s) {
        let span = Span::new(m.start(), m.end());
        if overlaps(span, taken) || is_identifier(s, span) {
            continue;
        }
        if let Some(value) = value_of(m.as_str()) {
            out.push(complete(s, span, value));
        }
    }
    if lang == Lang::En {
        for m in WORDS.find_iter(s) {
            let span = Span::new(m.start(), m.end());
            if overlaps(span, taken) {
                continue;
            }
            if let Some(value) = word_value(m.as_str()) {
                out.push(complete(s, span, value));
            }
        }
    }
    out
}

fn overlaps(span: Span, taken: &[Span]) -> bool {
    taken
        .iter()
        .any(|t| span.start < t.end && t.start < span.end)
}

/// Digits glued to Latin letters (`C40`, `APUF-9`, `FY2025`) or inside phone numbers (`02-123-4567`) are
/// identifiers, not quantities.
fn is_identifier(s: &str, span: Span) -> bool {
    let before = s[..span.start].chars().next_back();
    let after = s[span.end..].chars().next();
    let glued_letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    let hyphen_digits = |rest: &str| {
        rest.strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    };
    glued_letter(before)
        || (glued_letter(after) && units::suffix_unit(&s[span.end..]).is_none())
        || (before == Some('-')
            && s[..span.start - 1].ends_with(|c: char| c.is_ascii_alphanumeric()))
        || hyphen_digits(&s[span.end..])
}

/// Extends a bare number with its currency prefix, qualifiers and unit.
fn complete(s: &str, span: Span, value: f64) -> NumExpr {
    let (mut start, mut end) = (span.start, span.end);
    let mut qualifier = Qualifier::Exact;
    let mut unit = None;
    if let Some((u, len)) = units::prefix_unit(&s[..start]) {
        unit = Some(u);
        start -= len;
    }
    if let Some((q, len)) = units::prefix_qualifier(&s[..start]) {
        qualifier = q;
        start -= len;
    }
    if let Some((q, len)) = units::suffix_qualifier(&s[end..]) {
        qualifier = q;
        end += len;
    }
    if unit.is_none() {
        if let Some((u, len)) = units::suffix_unit(&s[end..]) {
            unit = Some(u);
            end += len;
        }
    }
    if let Some((q, len)) = units::suffix_qualifier(&s[end..]) {
        if q != Qualifier::About || qualifier == Qualifier::Exact {
            qualifier = q;
        }
        end += len;
    }
    NumExpr {
        span: Span::new(start, end),
        kind: units::kind_of(unit),
        value: Interval::exact(value),
        qualifier,
        unit,
        date: None,
    }
}

/// The value of a digit expression with optional multipliers: `2억 4천만` = 240,000,000.
pub fn value_of(surface: &str) -> Option<f64> {
    let s = ascii_digits(surface);
    let (body, scale) = match s.find(|c: char| c.is_ascii_alphabetic()) {
        None => (s.as_str(), 1.0),
        Some(idx) => {
            let scale = match &s[idx..] {
                "thousand" => 1e3,
                "million" => 1e6,
                "billion" => 1e9,
                "trillion" => 1e12,
                _ => return None,
            };
            (&s[..idx], scale)
        }
    };
    let mut total = 0.0;
    let mut section = 0.0;
    let mut current: Option<f64> = None;
    let mut digits = String::new();
    let flush = |digits: &mut String, current: &mut Option<f64>| -> Option<()> {
        if !digits.is_empty() {
            *current = Some(digits.parse::<f64>().ok()?);
            digits.clear();
        }
        Some(())
    };
    for c in body.chars() {
        match c {
            '0'..='9' | '.' => digits.push(c),
            _ => {
                flush(&mut digits, &mut current)?;
                match c {
                    '백' | '百' => section += current.take().unwrap_or(1.0) * 100.0,
                    '천' | '千' => section += current.take().unwrap_or(1.0) * 1000.0,
                    '만' | '万' | '억' | '億' | '조' | '兆' => {
                        let big = match c {
                            '만' | '万' => 1e4,
                            '억' | '億' => 1e8,
                            _ => 1e12,
                        };
                        section += current.take().unwrap_or(0.0);
                        total += if section == 0.0 { 1.0 } else { section } * big;
                        section = 0.0;
                    }
                    _ => {}
                }
            }
        }
    }
    flush(&mut digits, &mut current)?;
    Some((total + section + current.unwrap_or(0.0)) * scale)
}

fn word_value(surface: &str) -> Option<f64> {
    let lower = surface.to_ascii_lowercase();
    let mut parts = lower.split(' ');
    let head = parts.next()?;
    let mut value = 0.0;
    for piece in head.split('-') {
        value += small_word(piece)?;
    }
    if let Some(scale) = parts.next() {
        value *= match scale {
            "hundred" => 1e2,
            "thousand" => 1e3,
            "million" => 1e6,
            _ => 1e9,
        };
    }
    Some(value)
}

fn small_word(w: &str) -> Option<f64> {
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = WORDS.iter().position(|&x| x == w) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|&x| x == w)
        .map(|i| (i as f64 + 2.0) * 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Unit;

    fn one(lang: Lang, s: &str) -> (String, f64, Qualifier, Option<Unit>) {
        let found = find(lang, s, &[]);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        let n = &found[0];
        (
            s[n.span.range()].to_string(),
            n.value.lo,
            n.qualifier,
            n.unit,
        )
    }

    #[test]
    fn table() {
        use Qualifier::*;
        /// (name, language, text, surface, value, qualifier, unit)
        type Case<'a> = (
            &'a str,
            Lang,
            &'a str,
            &'a str,
            f64,
            Qualifier,
            Option<Unit>,
        );
        let cases: &[Case] = &[
            (
                "ko_thousand_about",
                Lang::Ko,
                "3천여 명이 왔다",
                "3천여 명",
                3000.0,
                About,
                Some(Unit::Person),
            ),
            (
                "ko_eok_cheonman",
                Lang::Ko,
                "2억 4천만 원을",
                "2억 4천만 원",
                2.4e8,
                Exact,
                Some(Unit::Krw),
            ),
            (
                "ko_cheon_baekman",
                Lang::Ko,
                "9천 8백만 원이다",
                "9천 8백만 원",
                9.8e7,
                Exact,
                Some(Unit::Krw),
            ),
            (
                "ko_man_cheon_glued",
                Lang::Ko,
                "1만2천 명",
                "1만2천 명",
                12000.0,
                Exact,
                Some(Unit::Person),
            ),
            (
                "ko_percent",
                Lang::Ko,
                "12.5% 감축",
                "12.5%",
                12.5,
                Exact,
                Some(Unit::Percent),
            ),
            (
                "ko_countries",
                Lang::Ko,
                "115개국 대표",
                "115개국",
                115.0,
                Exact,
                Some(Unit::Country),
            ),
            (
                "ko_about_prefix",
                Lang::Ko,
                "약 520만 엔",
                "약 520만 엔",
                5.2e6,
                About,
                Some(Unit::Jpy),
            ),
            (
                "ko_at_least",
                Lang::Ko,
                "100명 이상",
                "100명 이상",
                100.0,
                AtLeast,
                Some(Unit::Person),
            ),
            (
                "ja_amari",
                Lang::Ja,
                "3,000人余りが",
                "3,000人余り",
                3000.0,
                About,
                Some(Unit::Person),
            ),
            (
                "ja_oku_senman",
                Lang::Ja,
                "2億4千万ウォン",
                "2億4千万ウォン",
                2.4e8,
                Exact,
                Some(Unit::Krw),
            ),
            (
                "ja_fullwidth",
                Lang::Ja,
                "１万２千人",
                "１万２千人",
                12000.0,
                Exact,
                Some(Unit::Person),
            ),
            (
                "ja_fullwidth_comma",
                Lang::Ja,
                "３，０００人",
                "３，０００人",
                3000.0,
                Exact,
                Some(Unit::Person),
            ),
            (
                "ja_percent_fw",
                Lang::Ja,
                "50％を",
                "50％",
                50.0,
                Exact,
                Some(Unit::Percent),
            ),
            (
                "en_about",
                Lang::En,
                "about 3,000 people",
                "about 3,000 people",
                3000.0,
                About,
                Some(Unit::Person),
            ),
            (
                "en_krw_million",
                Lang::En,
                "KRW 240 million a year",
                "KRW 240 million",
                2.4e8,
                Exact,
                Some(Unit::Krw),
            ),
            (
                "en_decimal_billion",
                Lang::En,
                "KRW 2.85 billion",
                "KRW 2.85 billion",
                2.85e9,
                Exact,
                Some(Unit::Krw),
            ),
            (
                "en_million_plain",
                Lang::En,
                "1.08 million visitors",
                "1.08 million visitors",
                1.08e6,
                Exact,
                Some(Unit::Person),
            ),
            (
                "en_word",
                Lang::En,
                "a delegation of eight",
                "eight",
                8.0,
                Exact,
                None,
            ),
            (
                "en_word_hyphen_unit",
                Lang::En,
                "a nine-day trip",
                "nine-day",
                9.0,
                Exact,
                Some(Unit::Day),
            ),
            (
                "en_compound_word",
                Lang::En,
                "twenty-five cities",
                "twenty-five",
                25.0,
                Exact,
                None,
            ),
            (
                "ko_meter_glued",
                Lang::Ko,
                "가로 12m 규모",
                "12m",
                12.0,
                Exact,
                Some(Unit::Meter),
            ),
            (
                "ko_per_person",
                Lang::Ko,
                "1인당",
                "1인",
                1.0,
                Exact,
                Some(Unit::Person),
            ),
            (
                "en_km",
                Lang::En,
                "a 390 km network",
                "390 km",
                390.0,
                Exact,
                Some(Unit::Km),
            ),
            (
                "en_more_than",
                Lang::En,
                "more than 40 cities",
                "more than 40",
                40.0,
                Over,
                None,
            ),
        ];
        for (name, lang, text, surface, value, q, unit) in cases {
            let got = one(*lang, text);
            assert_eq!(got.0, *surface, "case {name}");
            assert!(
                (got.1 - value).abs() < 1e-6 * value.max(1.0),
                "case {name}: {}",
                got.1
            );
            assert_eq!(got.2, *q, "case {name}");
            assert_eq!(got.3, *unit, "case {name}");
        }
    }

    #[test]
    fn identifiers_are_not_numbers() {
        for s in ["C40 회의", "APUF-9 포럼", "전화 02-123-4567", "FY2025"] {
            assert!(find(Lang::Ko, s, &[]).is_empty(), "{s}");
        }
    }
}
