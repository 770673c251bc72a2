//! Cores made of words rather than a numeral: English number words, fractions, multipliers and ordinals, and
//! vague amounts (`수천`, `数千`, `thousands of`).
//!
//! In: the text and a position. Out: a [`Core`]. Not done here: reading the words (english.rs).

use super::shape::*;
use super::suffix::*;
use super::{cjk, english, script_of, units, Core};
use crate::types::{Interval, Lang, NumKind, Qualifier};

/// English words: cardinals, fractions, multipliers, ordinals (`first`/`second` only before an event noun).
pub(super) fn english_core(s: &str, i: usize) -> Option<Core> {
    if !english::word_start(s, i) || !english::may_start_number(s, i) {
        return None;
    }
    let mk = |end, v, kind| Core {
        start: i,
        end,
        value: Interval::exact(v),
        kind,
        qualifier: Qualifier::Exact,
        arabic: false,
    };
    if let Some((end, v)) = english::fraction(s, i) {
        return Some(mk(end, v, Some(NumKind::Ratio)));
    }
    if let Some((end, v)) = english::multiplier(s, i) {
        return Some(mk(end, v, Some(NumKind::Ratio)));
    }
    if let Some((end, v)) = english::ordinal(s, i) {
        let next = s[end..].trim_start();
        let event = [
            "session",
            "meeting",
            "forum",
            "conference",
            "edition",
            "round",
            "phase",
            "stage",
            "term",
            "place",
            "anniversary",
            "festival",
            "summit",
            "year",
            "day",
            "general",
            "annual",
            "plenary",
        ]
        .iter()
        .any(|w| {
            next.get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w))
        });
        let article = ends_with_ci(&s[..i], "a ") || ends_with_ci(&s[..i], "the ");
        let ranked = [
            "ranked ",
            "placed ",
            "came ",
            "finished ",
            "ranks ",
            "ranking ",
        ]
        .iter()
        .any(|w| ends_with_ci(&s[..i], w));
        let time_word = ["time", "half", "hand", "place"]
            .iter()
            .any(|w| next.starts_with(w));
        if v > 2.0 || event || ranked || (v == 2.0 && article && !time_word) {
            return Some(mk(end, v, Some(NumKind::Ordinal)));
        }
        return None;
    }
    // Idioms where `one` counts nothing (`46 one-on-one meetings`, `a one-stop shop`).
    const ONE_IDIOMS: &[&str] = &[
        "one-on-one",
        "one-to-one",
        "one-off",
        "one-way",
        "one-stop",
        "one-of-a-kind",
        "one-time",
        "one-shot",
        "one-sided",
    ];
    // The hyphenated word around `i`: both `one`s of `one-on-one` belong to the idiom.
    let token_start = s[..i]
        .char_indices()
        .rfind(|&(_, c)| !(c.is_ascii_alphabetic() || c == '-'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let token = s[token_start..]
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    if ONE_IDIOMS.iter().any(|w| {
        token
            .get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    }) {
        return None;
    }
    let c = english::cardinal(s, i)?;
    if c.lone_one {
        // `one` counts before a noun (`one member`), not in `one of`, `one another`, `no one`, `one day`.
        const FUNCTION: &[&str] = &[
            "of", "another", "by", "or", "and", "to", "in", "that", "which", "who", "is", "was",
            "will", "can", "the", "a", "an", "more", "such", "way", "day", "thing", "hand",
            "could", "would", "has", "had",
        ];
        let counted = units::suffix_unit(&s[c.end..]).is_some();
        let next: String = s[c.end..]
            .strip_prefix(' ')
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_lowercase())
            .collect();
        let from = (i.saturating_sub(8)..=i)
            .find(|&k| s.is_char_boundary(k))
            .unwrap_or(i);
        let before = s[from..i].to_ascii_lowercase();
        let pronoun = ["no ", "any", "every", "some", "each "]
            .iter()
            .any(|w| before.ends_with(w));
        let noun = !next.is_empty() && !FUNCTION.contains(&next.as_str()) && !pronoun;
        if !counted && !noun {
            return None;
        }
    }
    let mut core = mk(c.end, c.value, None);
    // `twenty-five`, `nine-day`: a hyphenated unit is read by the unit table (`-day`).
    if s[c.end..].starts_with(" times") {
        after_numeral(Lang::En, s, &mut core);
    }
    Some(core)
}

/// Vague amounts: `수천`, `수십만`, `数千`, `数百万`, `thousands of`, `tens of thousands of`, `dozens of`.
pub(super) fn vague(lang: Lang, s: &str, i: usize) -> Option<Core> {
    let rest = &s[i..];
    let prefix = match lang {
        Lang::Ko => "수",
        Lang::Ja => "数",
        Lang::En => {
            // Every phrase below starts with h, t, m or d: most words leave here.
            let first = rest.as_bytes().first().map(u8::to_ascii_lowercase);
            if !matches!(first, Some(b'h' | b't' | b'm' | b'd'))
                || !english::may_start_number(s, i)
                || !english::word_start(s, i)
            {
                return None;
            }
            // The phrases are ASCII: compare the same number of bytes, ignoring ASCII case.
            let starts = |w: &str| {
                rest.get(..w.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(w))
            };
            for (w, lo) in [
                ("hundreds of thousands of ", 1e5),
                ("tens of thousands of ", 1e4),
                ("thousands of ", 1e3),
                ("hundreds of ", 1e2),
                ("millions of ", 1e6),
                ("dozens of ", 10.0),
            ] {
                if starts(w) {
                    let end = i + w.len() - " of ".len();
                    return Some(vague_core(i, end, lo));
                }
            }
            return None;
        }
    };
    let after = rest.strip_prefix(prefix)?;
    if prev_char(s, i).is_some_and(|p| is_hangul(p) || is_kanji(p)) {
        return None;
    }
    let at = s.len() - after.len();
    let r = cjk::read(s, at, script_of(lang))?;
    let first = after.chars().next()?;
    if r.arabic
        || cjk::multiplier(first).is_none()
        || cjk::digit_value(first, script_of(lang)).is_some()
    {
        return None;
    }
    let ok = match lang {
        Lang::Ko => ko_word_end(s, r.end),
        _ => ja_word_end(s, r.end),
    };
    ok.then(|| vague_core(i, r.end, r.value))
}

pub(super) fn vague_core(start: usize, end: usize, magnitude: f64) -> Core {
    Core {
        start,
        end,
        value: Interval::new(2.0 * magnitude, 9.0 * magnitude),
        kind: None,
        qualifier: Qualifier::Vague,
        arabic: false,
    }
}
