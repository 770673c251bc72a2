//! Korean: a sentence that ends inside a quotation and goes on with a quotative (`…하겠다."라고 말했다.`) stays
//! one sentence; everything else follows the shared rules (`다.`, `?`, `!` end a sentence; dates `2024. 10. 7.`
//! never split).
//!
//! In/out as [`super::Segmenter`]. Not done here: sentences without final punctuation (`…했다 그리고`), nominal
//! endings `-함.`/`-음.` inside lists (segmentation issue).

use super::rules::{ends_in_quote, split_with_extra};
use super::Segmenter;
use crate::types::Span;
use regex::Regex;
use std::sync::LazyLock;

pub struct Korean;

/// Particles and verbs that continue a sentence right after a closing quote.
const QUOTATIVES: &[&str] = &[
    "라고",
    "이라고",
    "고 ",
    "며",
    "라며",
    "이라며",
    "라면서",
    "이라면서",
    "하며",
    "하면서",
    "하고",
    "라는",
    "는 ",
    "란",
    "면서",
];

impl Segmenter for Korean {
    fn split(&self, text: &str, block: Span) -> Vec<Span> {
        split_with_extra(text, block, veto, glued_endings)
    }
}

/// A final ending with its mark glued to the next sentence (`…넣었다.2월 10일…`, `…했다.이후…`), which UAX #29
/// does not break.
static GLUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:다|요|죠|까|니다|음|함|임)[.?!]([가-힣0-9])").expect("static regex")
});

fn glued_endings(block: &str) -> Vec<usize> {
    GLUED
        .captures_iter(block)
        .filter_map(|c| c.get(1).map(|m| m.start()))
        .collect()
}

/// A particle glued to what precedes it (`2025. 1. 1.부터`, `한빛시.)을`): no sentence opens with one.
static PARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:부터|까지|에서|으로|을|를|은|는|에|의|로|과|와|도)(?:\s|$|[,.])")
        .expect("static regex")
});

fn veto(before: &str, after: &str) -> bool {
    (ends_in_quote(before) && QUOTATIVES.iter().any(|q| after.starts_with(q)))
        || PARTICLE.is_match(after)
        || super::en::veto(before, after)
}
