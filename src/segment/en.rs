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
    "U.S", "U.K", "U.N",
];

impl Segmenter for English {
    fn split(&self, text: &str, block: Span) -> Vec<Span> {
        split_with(text, block, veto)
    }
}

fn veto(before: &str, _after: &str) -> bool {
    let word = last_word(before).trim_start_matches(['(', '"', '“', '\'']);
    let Some(stem) = word.strip_suffix('.') else {
        return false;
    };
    if PREFIX_ABBREVIATIONS.contains(&stem) {
        return true;
    }
    // A single capital initial (`J. Smith`).
    stem.len() == 1 && stem.chars().all(|c| c.is_ascii_uppercase())
}
