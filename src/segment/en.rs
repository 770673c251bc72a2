//! English: a boundary after a known abbreviation that precedes a name or number is vetoed (`Dr. Hartmann`,
//! `No. 3`, `U.S. Embassy`); `a.m.`/`p.m.`/`B.C.` before a capitalised word end the sentence unless the clause
//! opened with a preposition (`At 5 a.m. Mr. Smith went…`); a missing space after a full stop (`world.Today`)
//! is a break.
//!
//! In/out as [`super::Segmenter`]. Not done here: abbreviations at a sentence end followed by a capital (`Inc.
//! The`), which need a word list of sentence starters (segmentation issue).

use super::rules::{last_word, split_with_extra};
use super::Segmenter;
use crate::types::Span;
use regex::Regex;
use std::sync::LazyLock;

pub struct English;

/// Abbreviations that are almost never the last word of a sentence (titles, `No.`, months, `vs.`).
const PREFIX_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gov", "Sen", "Rep", "Gen", "Col",
    "Lt", "Capt", "Hon", "No", "Nos", "Vol", "Fig", "Art", "vs", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Tel", "ca", "cf", "e.g", "i.e",
];

/// Abbreviations that end sentences as often as they sit inside them: a boundary stands only before a word that
/// typically opens a sentence (`…in the U.S. How about you?` vs `the U.S. Embassy`).
const AMBIGUOUS_ABBREVIATIONS: &[&str] = &["U.S", "U.K", "U.N", "E.U"];

/// Closed-class words that open sentences (pronouns, determiners, conjunctions, question words).
const SENTENCE_STARTERS: &[&str] = &[
    "I",
    "We",
    "You",
    "He",
    "She",
    "It",
    "They",
    "This",
    "That",
    "These",
    "Those",
    "The",
    "A",
    "An",
    "There",
    "Here",
    "How",
    "What",
    "Why",
    "When",
    "Where",
    "Who",
    "Which",
    "Did",
    "Do",
    "Does",
    "Is",
    "Are",
    "Was",
    "Were",
    "But",
    "And",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "For",
    "If",
    "As",
    "Its",
    "Their",
    "Our",
    "My",
    "His",
    "Her",
    "Then",
    "Also",
    "However",
    "Meanwhile",
];

/// Time and era abbreviations: they end a sentence (`…left at 6 p.m. Mr. Smith…`) unless the clause opened with
/// a preposition, making the time a fronted adverbial (`At 5 a.m. Mr. Smith went…`, `In 44 B.C. Caesar died.`).
const TIME_ABBREVIATIONS: &[&str] = &["a.m", "p.m", "A.M", "P.M", "B.C", "A.D", "a.d", "b.c"];

/// Prepositions that open a fronted time adverbial.
const PREPOSITIONS: &[&str] = &[
    "At", "On", "In", "By", "Around", "About", "Until", "Till", "Before", "After", "From", "Since",
    "During", "Circa", "Between", "Towards", "Toward",
];

/// Abbreviations that stand before a number (`p. 55`, `pp. 10–12`).
const NUMBER_ABBREVIATIONS: &[&str] = &["p", "pp", "para", "ch", "sec", "art", "N°"];

impl Segmenter for English {
    fn split(&self, text: &str, block: Span) -> Vec<Span> {
        split_with_extra(text, block, veto, missing_space)
    }
}

/// A sentence end with no space before the next sentence (`Hello world.Today is…`), which UAX #29 does not break;
/// not inside a URL, an e-mail address or a file name.
static MISSING_SPACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[a-z]{2}[.!?]([A-Z][a-z])").expect("static regex"));

fn missing_space(block: &str) -> Vec<usize> {
    MISSING_SPACE
        .captures_iter(block)
        .filter_map(|c| c.get(1).map(|m| m.start()))
        .filter(|&i| {
            let token_start = block[..i]
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())
                .map_or(0, |(j, c)| j + c.len_utf8());
            let token_end = block[i..]
                .find(char::is_whitespace)
                .map_or(block.len(), |j| i + j);
            let token = &block[token_start..token_end];
            !token.contains(['/', '@', ':']) && !token.starts_with("www")
        })
        .collect()
}

/// True when `before` ends with a three-dot ellipsis (`...`, `. . .`, `…`), not a four-dot one (`....`, which
/// is an ellipsis after a full stop).
fn ends_with_ellipsis(before: &str) -> bool {
    (before.ends_with("...") && !before.ends_with("....") && !before.ends_with(". ..."))
        || (before.ends_with(". . .") && !before.ends_with(". . . ."))
        || before.ends_with('…')
}

/// The clause of `before` the candidate ends: after its last `; ` or `: ` (not the colon of `11:58`).
fn last_clause(before: &str) -> &str {
    let cut = [before.rfind("; "), before.rfind(": ")]
        .into_iter()
        .flatten()
        .max()
        .map_or(0, |i| i + 2);
    before[cut..].trim_start()
}

/// The English abbreviation rules; Korean and Japanese text uses them for Latin abbreviations too (`Dr. 존`).
pub(super) fn veto(before: &str, after: &str) -> bool {
    let next_word = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // `I thought... I would go.`: the pronoun after a trailing-off ellipsis goes on with the sentence.
    if next_word == "I" && ends_with_ellipsis(before) {
        return true;
    }
    // Tokenised text puts a space before the period (`Mr . Robinson`, `U.S . Highway`).
    let spaced = before
        .strip_suffix(" .")
        .map(|b| format!("{}.", last_word(b)));
    let word = match &spaced {
        Some(w) => w.as_str(),
        None => last_word(before),
    };
    let word = word.rsplit('/').next().unwrap_or(word);
    let word = word.trim_start_matches(['(', '"', '“', '\'']);
    let Some(stem) = word.strip_suffix('.') else {
        return false;
    };
    let starts_sentence = SENTENCE_STARTERS.contains(&next_word);
    if TIME_ABBREVIATIONS.contains(&stem) {
        let opener = last_clause(before).split_whitespace().next().unwrap_or("");
        let fronted = PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(opener));
        return fronted && !starts_sentence;
    }
    if PREFIX_ABBREVIATIONS.contains(&stem) {
        return true;
    }
    if NUMBER_ABBREVIATIONS.contains(&stem) && after.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if AMBIGUOUS_ABBREVIATIONS.contains(&stem) {
        return !starts_sentence;
    }
    // A single capital initial (`J. Smith`), unless a sentence plainly starts after it (`you and I. Did…`).
    stem.len() == 1 && stem.chars().all(|c| c.is_ascii_uppercase()) && !starts_sentence
}
