//! Japanese: `。！？` end a sentence (UAX #29 already breaks there without spaces); a sentence that ends inside
//! 「…。」 and goes on with a quotative (`と述べた`, `との`, `って`) stays one sentence; a particle right after a
//! mark continues the sentence (`組織？に属して`, `免許。の若者`); an emoticon (`(^o^)`) or `♪`/`☆` glued to
//! the text ends one in informal text.
//!
//! In/out as [`super::Segmenter`]. Not done here: sentence ends without any mark, line-final sentences in
//! PDF text (ingest).

use super::rules::{ends_in_quote, split_with_forced};
use super::Segmenter;
use crate::types::Span;
use regex::Regex;
use std::sync::LazyLock;

pub struct Japanese;

const QUOTATIVES: &[&str] = &["と", "って", "という", "など", "は", "が", "を", "に", "の"];

/// Particles no sentence opens with: after a mark they continue the sentence.
const PARTICLES: &[char] = &['の', 'を', 'に'];

/// Sentence openers that begin with `も` (`もちろん`, `もし`), unlike the particle `も`.
const MO_WORDS: &[&str] = &["もちろん", "もし", "もっと", "もう", "もっとも", "もともと"];

impl Segmenter for Japanese {
    fn split(&self, text: &str, block: Span) -> Vec<Span> {
        split_with_forced(text, block, veto, super::rules::no_extra, informal_ends)
    }
}

/// An emoticon in brackets (`(^o^)`, `(;_;)`, `(*_*)`) or `♪ ☆ ★` glued after text and followed by more text.
static INFORMAL_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[^\s(（][(（][^()（）\s\p{Han}\p{Hiragana}\p{Katakana}]{0,4}[\^_;*][^()（）\s\p{Han}\p{Hiragana}\p{Katakana}]{0,4}[)）]|[\p{Han}\p{Hiragana}\p{Katakana}][♪☆★]")
        .expect("static regex")
});

fn informal_ends(block: &str) -> Vec<usize> {
    INFORMAL_END
        .find_iter(block)
        .map(|m| m.end())
        .filter(|&e| {
            block[e..].starts_with(|c: char| !c.is_whitespace() && !"、。！？)）」』".contains(c))
        })
        .collect()
}

fn veto(before: &str, after: &str) -> bool {
    let particle = after.starts_with(PARTICLES)
        || (after.starts_with('も') && !MO_WORDS.iter().any(|w| after.starts_with(w)));
    particle
        || (ends_in_quote(before) && QUOTATIVES.iter().any(|q| after.starts_with(q)))
        || super::en::veto(before, after)
}
