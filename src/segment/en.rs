//! English: a boundary after a known abbreviation that precedes a name or number is vetoed (`Dr. Hartmann`,
//! `No. 3`, `U.S. Embassy`); `a.m.`/`p.m.` before a capitalised word end the sentence.
//!
//! In/out as [`super::Segmenter`]. Not done here: abbreviations at a sentence end followed by a capital (`Inc.
//! The`), which need a word list of sentence starters (segmentation issue).

use super::rules::{last_word, split_with};
use super::Segmenter;
use crate::types::Span;

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

/// Abbreviations that stand before a number (`p. 55`, `pp. 10–12`).
const NUMBER_ABBREVIATIONS: &[&str] = &["p", "pp", "para", "ch", "sec", "art", "N°"];

impl Segmenter for English {
    fn split(&self, text: &str, block: Span) -> Vec<Span> {
        split_with(text, block, veto)
    }
}

/// The English abbreviation rules; Korean and Japanese text uses them for Latin abbreviations too (`Dr. 존`).
pub(super) fn veto(before: &str, after: &str) -> bool {
    let word = last_word(before).trim_start_matches(['(', '"', '“', '\'']);
    let Some(stem) = word.strip_suffix('.') else {
        return false;
    };
    let next_word = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let starts_sentence = SENTENCE_STARTERS.contains(&next_word);
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
