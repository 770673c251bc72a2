//! Normalisation: a sentence → its features (number, date and time mentions, name mentions, length).
//!
//! In: the language, the document text and a sentence span. Out: [`Features`], every mention with a byte span into
//! the document text. Dates and times are found first ([`dates`]); plain numbers ([`numbers`]) skip what they
//! cover; names ([`entities`]) are found independently (a name may hold digits: `C40`, `APUF-9`). Partial dates
//! are resolved from a release date by [`resolve_dates`] (the pipeline calls it when `release.toml` gives one).
//! Not done here: comparing mentions (align::score, qa).

pub mod cognates;
pub mod dates;
pub mod entities;
pub mod glossary;
pub mod length;
pub mod numbers;
pub mod units;
mod wordlist;

use crate::types::{Entity, Lang, NumExpr, Span};

/// What the aligner and QA know about one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// Number, date and time mentions in text order.
    pub numbers: Vec<NumExpr>,
    /// Name mentions (gazetteer names, Latin tokens, transliterations, Sino-Korean words) in text order.
    pub entities: Vec<Entity>,
    /// Length in characters, whitespace excluded (the length model's unit), without the Latin glosses of Korean
    /// and Japanese text ([`length::measure`]).
    pub chars: usize,
    /// Whitespace-separated words, counted the same way (the word-count model's unit).
    pub words: usize,
    /// Sino-Korean bigram codes ([`cognates::bigrams`]; for English, those of its glossary words'
    /// translations), sorted.
    pub cognates: Vec<u32>,
}

/// Extracts features from one sentence.
pub trait Extractor: Send + Sync {
    fn extract(&self, lang: Lang, text: &str, sentence: Span) -> Features;
}

/// The rule-based extractor of this module.
#[derive(Debug, Default, Clone, Copy)]
pub struct RuleExtractor;

impl Extractor for RuleExtractor {
    fn extract(&self, lang: Lang, text: &str, sentence: Span) -> Features {
        let slice = &text[sentence.range()];
        let mut found = dates::find(lang, slice);
        let taken: Vec<Span> = found.iter().map(|n| n.span).collect();
        found.extend(numbers::find(lang, slice, &taken));
        found.sort_by_key(|n| (n.span.start, n.span.end));
        drop_glosses(slice, &mut found);
        for n in &mut found {
            n.span = Span::new(n.span.start + sentence.start, n.span.end + sentence.start);
        }
        let mut entities = entities::find(lang, slice);
        for e in &mut entities {
            e.span = Span::new(e.span.start + sentence.start, e.span.end + sentence.start);
        }
        let (chars, words) = length::measure(lang, slice);
        Features {
            numbers: found,
            entities,
            chars,
            words,
            cognates: cognates::bigrams(lang, slice),
        }
    }
}

/// Resolves the partial dates (year unknown) of every sentence from the release date: see
/// [`dates::calendar::resolve`]. Full dates and fiscal years are left as they are.
pub fn resolve_dates(features: &mut [Features], release: (i32, u32, u32)) {
    for n in features.iter_mut().flat_map(|f| f.numbers.iter_mut()) {
        if let Some(d) = &n.date {
            n.resolved = dates::calendar::resolve(d, release);
        }
    }
}

/// Drops a mention that only glosses the one before it in brackets (`平成25年（2013年）`, `1万円(약 9만 원)` is
/// not a gloss since the values differ): it states no new fact and would count twice in QA.
fn drop_glosses(slice: &str, found: &mut Vec<NumExpr>) {
    let mut keep = vec![true; found.len()];
    for i in 1..found.len() {
        let (a, b) = (&found[i - 1], &found[i]);
        let between = slice.get(a.span.end..b.span.start).unwrap_or("");
        let after = slice.get(b.span.end..).unwrap_or("");
        let bracketed =
            matches!(between.trim(), "(" | "（") && after.trim_start().starts_with([')', '）']);
        if bracketed && crate::align::score::same_value(a, b) {
            keep[i] = false;
        }
    }
    let mut k = keep.into_iter();
    found.retain(|_| k.next().unwrap_or(true));
}

/// English month names, January first (dates, datelines, and words that are not names).
pub(crate) const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English weekday names, Monday first (ISO weekday 1 at index 0).
pub(crate) const ENGLISH_WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Maps full-width digits and separators to ASCII, so that one parser reads both.
pub(crate) fn ascii_digits(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            '．' => Some('.'),
            ',' | '，' | ' ' => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracketed_gloss_counts_once() {
        let text = "平成25年（2013年）に締結した。";
        let f = RuleExtractor.extract(Lang::Ja, text, Span::new(0, text.len()));
        assert_eq!(f.numbers.len(), 1, "{:?}", f.numbers);
    }

    #[test]
    fn spans_point_at_surfaces_in_document_text() {
        let text = "앞 문장. 115개국 3천여 명이 2024년 10월 7일(월) 오후 2시에 모였다.";
        let start = text.find("115").unwrap();
        let f = RuleExtractor.extract(Lang::Ko, text, Span::new(start, text.len()));
        let surfaces: Vec<&str> = f.numbers.iter().map(|n| &text[n.span.range()]).collect();
        assert_eq!(
            surfaces,
            ["115개국", "3천여 명", "2024년 10월 7일(월)", "오후 2시"]
        );
    }
}
