//! Japanese: `。！？` end a sentence (UAX #29 already breaks there without spaces); a sentence that ends inside
//! 「…。」 and goes on with a quotative (`と述べた`, `との`, `って`) stays one sentence.
//!
//! In/out as [`super::Segmenter`]. Not done here: sentence ends without punctuation, line-final sentences in
//! PDF text (ingest issue).

use super::rules::{ends_in_quote, split_with};
use super::Segmenter;
use crate::types::Span;

pub struct Japanese;

const QUOTATIVES: &[&str] = &["と", "って", "という", "など", "は", "が", "を", "に", "の"];

impl Segmenter for Japanese {
    fn split(&self, text: &str, block: Span) -> Vec<Span> {
        split_with(text, block, veto)
    }
}

fn veto(before: &str, after: &str) -> bool {
    (ends_in_quote(before) && QUOTATIVES.iter().any(|q| after.starts_with(q)))
        || super::en::veto(before, after)
}
