//! Korean: a sentence that ends inside a quotation and goes on with a quotative (`…하겠다."라고 말했다.`) stays
//! one sentence; everything else follows the shared rules (`다.`, `?`, `!` end a sentence; dates `2024. 10. 7.`
//! never split).
//!
//! In/out as [`super::Segmenter`]. Not done here: sentences without final punctuation (`…했다 그리고`), nominal
//! endings `-함.`/`-음.` inside lists (segmentation issue).

use super::rules::{ends_in_quote, split_with};
use super::Segmenter;
use crate::types::Span;

pub struct Korean;

/// Particles and verbs that continue a sentence right after a closing quote.
const QUOTATIVES: &[&str] = &[
    "라고",
    "이라고",
    "고 ",
    "며",
    "라며",
    "이라며",
    "하고",
    "라는",
    "는 ",
    "란",
    "면서",
];

impl Segmenter for Korean {
    fn split(&self, text: &str, block: Span) -> Vec<Span> {
        split_with(text, block, veto)
    }
}

fn veto(before: &str, after: &str) -> bool {
    ends_in_quote(before) && QUOTATIVES.iter().any(|q| after.starts_with(q))
}
