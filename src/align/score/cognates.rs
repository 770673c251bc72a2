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
        let sig = |g: &Group| g.units.iter().fold(0, |m, u| m | u.cog_sig);
        if a.cogs.is_empty() || b.cogs.is_empty() || sig(a) & sig(b) == 0 {
            return 0.0;
        }
        let mut s = 0.0;
        for (i, x) in a.cogs.iter().enumerate() {
            // Each distinct bigram once: a merged group may hold it in several of its segments.
            if !a.cogs[..i].contains(x) && b.cogs.contains(x) {
                s += a.cog_weights[*x as usize];
            }
        }
        s
    }
}
