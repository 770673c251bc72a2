//! The cognate scorer: Korean and Japanese sentences that translate each other share Sino-Korean words, and an
//! English sentence shares them through the glossary translations of its words (`normalize::glossary`).
//!
//! In: two groups' Sino-Korean bigrams (`normalize::cognates`), kept only when both documents have them and
//! interned to ids with one rarity weight each (1 / the larger number of segments holding the bigram in either
//! document) when the documents are prepared. Out: the summed weights of the distinct bigrams the two groups
//! share (0 when either holds none).
//! Not done here: finding bigrams, whole-word readings (the names scorer's `sk:` keys).

use super::{Group, Scorer};

/// Shared Sino-Korean bigrams.
#[derive(Debug, Clone, Copy, Default)]
pub struct CognateScorer;

impl Scorer for CognateScorer {
    fn score(&self, a: &Group, b: &Group) -> f32 {
        let (x, y) = (a.cogs, b.cogs);
        if a.cog_sig & b.cog_sig == 0 {
            return 0.0;
        }
        if a.cogs_distinct && b.cogs_distinct {
            return merged(x, y, a.cog_weights);
        }
        let mut s = 0.0;
        for (i, c) in x.iter().enumerate() {
            // Each distinct bigram once: a group longer than the windows may hold it in several segments.
            if !x[..i].contains(c) && y.contains(c) {
                s += a.cog_weights[*c as usize];
            }
        }
        s
    }
}

/// The summed weights of the ids two sorted, distinct lists share.
fn merged(x: &[u32], y: &[u32], weights: &[f32]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += weights[x[i] as usize];
                i += 1;
                j += 1;
            }
        }
    }
    s
}
