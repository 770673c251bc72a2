//! Number mentions in running text, each with its kind, value interval, qualifier and unit: digits (`1,234.5`,
//! `３，０００`), kanji and Sino-Korean numerals and their mixes with digits (`三千五百`, `삼천`, `2億4千万円`,
//! `1만 2천`), native Korean numerals before counters (`한 명`, `스무 개`), English words (`twenty-five`, `a dozen`,
//! `three million`), fractions (`3분의 1`, `3分の1`, `one third`, `1/3`), multiples (`두 배`, `2倍`, `twice`),
//! `3할`/`3割5分`, ordinals (`제3회`, `第3回`, `3rd`, `third`, `1위`), age brackets (`10대`, `20s`), vague
//! amounts (`수천`, `数千`, `thousands of`), ranges (`3~5`, `3∼5일`, `3-5`, `3 to 5`, `between 3 and 5`) and the
//! units and qualifiers around them ([`super::units`]).
//!
//! In: a sentence slice and the spans already taken by dates and times. Out: [`NumExpr`]s with spans relative to
//! the slice, in text order. The readers ([`cjk`], [`korean`], [`english`]) only read; this module decides whether
//! a reading is a number *here*: a numeral made of words must stand as a word of its own (`삼성`, `千葉`, `一方`
//! are not numbers), and a single-syllable or attributive one needs a counter after it (`세 차례`, but not
//! `세계`). Not done here: dates and times ([`super::dates`]).

pub mod cjk;
pub mod english;
mod fraction;
pub mod korean;
mod range;
mod shape;
mod suffix;
#[cfg(test)]
mod tests;
mod words;

use super::units;
use crate::types::{Interval, Lang, NumExpr, NumKind, Qualifier, Span, Unit};
use cjk::Script;

/// Finds the numbers of `s` that do not overlap `taken`.
pub fn find(lang: Lang, s: &str, taken: &[Span]) -> Vec<NumExpr> {
    let mut taken = taken.to_vec();
    taken.sort();
    let mut out: Vec<NumExpr> = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    let mut next_taken = 0;
    let mut prev: Option<char> = None;
    while i < s.len() {
        // Taken spans are walked in order, so the scan stays linear in the text.
        while next_taken < taken.len() && taken[next_taken].end <= i {
            next_taken += 1;
        }
        if let Some(t) = taken.get(next_taken).filter(|t| t.start <= i) {
            i = t.end;
            floor = floor.max(i);
            prev = None;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        // English words start only at a word start.
        let word_start = !(lang == Lang::En
            && c.is_ascii_alphabetic()
            && prev.is_some_and(|p| p.is_alphanumeric()));
        prev = Some(c);
        if word_start && could_start(lang, c) {
            if let Some(m) = mention_at(lang, s, i, floor) {
                if !overlaps(m.span, &taken) && m.span.end > i {
                    i = m.span.end;
                    floor = i;
                    out.push(m);
                    continue;
                }
            }
        }
        i += c.len_utf8();
    }
    out
}

/// True when `span` overlaps one of the sorted, disjoint `taken` spans.
fn overlaps(span: Span, taken: &[Span]) -> bool {
    let k = taken.partition_point(|t| t.end <= span.start);
    taken.get(k).is_some_and(|t| t.start < span.end)
}

/// The first syllables of Korean numerals (see [`could_start`]): Sino-Korean digits and multipliers, native
/// numerals (`한`, `스무`, `열`), `수천` (vague), `첫째` and `절반`. A slice of chars, not a string: a string search
/// per character would cost more than the numeral readers it saves. Sorted, for a binary search.
const KO_STARTS: [char; 37] = [
    '구', '네', '넷', '다', '두', '둘', '륙', '마', '만', '백', '사', '삼', '서', '세', '셋', '수',
    '쉰', '스', '십', '아', '억', '여', '열', '영', '예', '오', '육', '이', '일', '절', '조', '천',
    '첫', '칠', '팔', '하', '한',
];

/// A cheap filter on the first character of a mention's core.
fn could_start(lang: Lang, c: char) -> bool {
    if cjk::is_digit(c) || c == '.' {
        return true;
    }
    match lang {
        // Every other syllable is skipped unread.
        Lang::Ko => KO_STARTS.binary_search(&c).is_ok(),
        Lang::Ja => {
            cjk::digit_value(c, Script::Kanji).is_some()
                || matches!(c, '十' | '百' | '千' | '万' | '億' | '兆' | '数' | '半')
        }
        Lang::En => c.is_ascii_alphabetic(),
    }
}

pub(crate) fn script_of(lang: Lang) -> Script {
    match lang {
        Lang::Ko => Script::Hangul,
        Lang::Ja => Script::Kanji,
        Lang::En => Script::Digits,
    }
}

/// The core of a mention: a numeral (or number word) and what its reader already knows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Core {
    pub start: usize,
    pub end: usize,
    pub value: Interval,
    pub kind: Option<NumKind>,
    pub qualifier: Qualifier,
    /// Written with digits only (identifier checks apply).
    pub arabic: bool,
}

/// Reads the mention whose core starts at `i` (prefixes may extend it back to `floor`).
fn mention_at(lang: Lang, s: &str, i: usize, floor: usize) -> Option<NumExpr> {
    let core = shape::core_at(lang, s, i, floor)?;
    let mut m = complete(lang, s, core, floor)?;
    range::range(lang, s, &mut m);
    Some(m)
}

/// Extends a core with its currency prefix, qualifiers and unit, and reads what the unit says about the kind.
fn complete(lang: Lang, s: &str, core: Core, floor: usize) -> Option<NumExpr> {
    let (mut start, mut end) = (core.start, core.end);
    let mut qualifier = core.qualifier;
    let mut unit = None;
    let mut kind = core.kind;
    let mut value = core.value;
    let mut prefixed = false;
    let before = |start: usize| &s[floor.min(start)..start];
    if kind.is_none() || kind == Some(NumKind::Quantity) {
        if let Some((u, len)) = units::prefix_unit(before(start)) {
            unit = Some(u);
            start -= len;
            prefixed = true;
        } else if before(start).ends_with('\\') && lang != Lang::En {
            // Legacy Japanese and Korean code pages put ¥ and ₩ where ASCII has the backslash, and text converted
            // from them keeps it (`1個\100`).
            unit = Some(if lang == Lang::Ja {
                Unit::Jpy
            } else {
                Unit::Krw
            });
            start -= 1;
            prefixed = true;
        }
    }
    if let Some((q, len)) = units::prefix_qualifier(before(start)) {
        if qualifier == Qualifier::Exact {
            qualifier = q;
        }
        start -= len;
    }
    if let Some((q, len)) = units::suffix_qualifier(&s[end..]).filter(|_| lang != Lang::En) {
        // `3천여 명`, `3千余人`: the qualifier sits between number and unit.
        if matches!(q, Qualifier::About) && !s[end..].starts_with(' ') {
            qualifier = q;
            end += len;
        }
    }
    if unit.is_none() && matches!(kind, None | Some(NumKind::Quantity)) {
        if let Some((u, len)) = units::suffix_unit(&s[end..]) {
            if !(lang == Lang::En && core.arabic && s[end..].starts_with('-') && u == Unit::Ton) {
                unit = Some(u);
                end += len;
            }
        }
    }
    if let Some((q, len)) = units::suffix_qualifier(&s[end..]) {
        if q != Qualifier::About || qualifier == Qualifier::Exact {
            qualifier = q;
        }
        end += len;
    }
    if core.arabic
        && kind.is_none()
        && !prefixed
        && is_identifier(s, Span::new(core.start, core.end), unit)
    {
        return None;
    }
    if kind.is_none() {
        kind = Some(units::kind_of(unit));
    }
    if kind == Some(NumKind::Percent) && unit.is_none() {
        // `3할`, `3割5分` are percents written another way.
        unit = Some(Unit::Percent);
    }
    if unit.is_some_and(|u| matches!(u, Unit::Usd | Unit::Eur | Unit::Jpy)) {
        end = minor_currency(lang, s, end, &mut value, unit);
    }
    if value.lo > value.hi {
        value = Interval::new(value.hi, value.lo);
    }
    let mut m = NumExpr::new(
        Span::new(start, end),
        kind.unwrap_or(NumKind::Quantity),
        value,
    );
    m.qualifier = qualifier;
    m.unit = unit;
    Some(m)
}

/// `3 달러 50 센트`, `64달러 45센트`, `2222円13銭`: the minor unit after an amount adds its hundredths.
fn minor_currency(
    lang: Lang,
    s: &str,
    end: usize,
    value: &mut Interval,
    unit: Option<Unit>,
) -> usize {
    let rest = &s[end..];
    let r = rest.trim_start_matches(' ');
    // `545ドルと5セント`: Japanese joins the two amounts with と.
    let r = r.strip_prefix('と').unwrap_or(r);
    let at = s.len() - r.len();
    let Some((e, cents)) = cjk::digit_run(s, at) else {
        return end;
    };
    let tail = s[e..].trim_start_matches(' ');
    let minor: &[&str] = match unit {
        Some(Unit::Jpy) => &["銭"],
        _ => &["센트", "セント", "cents"],
    };
    let Some(w) = minor.iter().find(|w| tail.starts_with(*w)) else {
        return end;
    };
    if cents >= 100.0 || cents.fract() != 0.0 || value.is_range() || lang == Lang::En {
        return end;
    }
    *value = Interval::exact(value.lo + cents / 100.0);
    s.len() - tail.len() + w.len()
}

/// Digits glued to Latin letters (`C40`, `APUF-9`, `FY2025`) or inside phone numbers (`02-123-4567`) are
/// identifiers, not quantities.
fn is_identifier(s: &str, span: Span, unit: Option<Unit>) -> bool {
    let before = s[..span.start].chars().next_back();
    let after = s[span.end..].chars().next();
    let glued_letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    let hyphen_digits = |rest: &str| {
        rest.strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()) && phone_like(r))
    };
    // Letters after the digits are mostly a unit (`2,417.8MWh`, `5mm`); an identifier when a single capital
    // (`5G`, `3D`, `4K`) or when digits follow the letters (`3D4`).
    let rest = &s[span.end..];
    let letters = rest.chars().take_while(|c| c.is_ascii_alphabetic()).count();
    let code_after = glued_letter(after)
        && ((letters == 1 && after.is_some_and(|c| c.is_ascii_uppercase()))
            || rest[letters..].starts_with(|c: char| c.is_ascii_digit()));
    glued_letter(before)
        || (code_after && unit.is_none())
        || (before == Some('-')
            && s[..span.start - 1].ends_with(|c: char| c.is_ascii_alphanumeric()))
        || hyphen_digits(&s[span.end..])
}

/// `123-4567`, `2222-2222`: a hyphenated digit group that continues with another hyphen or has four digits.
fn phone_like(rest: &str) -> bool {
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    let after = &rest[digits..];
    digits >= 4 || after.starts_with('-')
}
