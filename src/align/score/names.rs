//! The names scorer: translations name the same people, places and organisations.
//!
//! In: two groups' name mentions from `normalize::entities` (each with script-independent keys: gazetteer ids,
//! Latin tokens, phonetic skeletons, Sino-Korean readings), interned to ids when the documents are prepared.
//! Out: the summed rarity weights of mentions matched one-to-one by a shared key (an exact key agreement, the
//! 1.0 case of `entities::score`; the partial agreements it also grades are not used here, since they cost a
//! string comparison per candidate pair in every DP cell). Base weights: gazetteer ids and Latin tokens 1.0,
//! phonetic keys 0.8, Sino-Korean readings 0.5 (common words such as 市長/시장 agree by chance more often); each
//! is divided by how many segments hold the key in the busier document. Not done here: finding names.

use super::{Ent, Group, Scorer};

/// Shared-name agreement.
#[derive(Debug, Clone, Copy, Default)]
pub struct NamesScorer;

impl Scorer for NamesScorer {
    fn score(&self, a: &Group, b: &Group) -> f32 {
        if a.ents.is_empty() || b.ents.is_empty() || a.bounds.ent_sig & b.bounds.ent_sig == 0 {
            // No key in common (most candidate beads).
            return 0.0;
        }
        let mut used: u64 = 0;
        let mut s = 0.0;
        let any_b = b.ents.iter().take(64).fold(0, |m, y| m | y.sig);
        for x in a.ents {
            if x.sig & any_b == 0 {
                continue;
            }
            let hit = b.ents.iter().enumerate().take(64).find(|(j, y)| {
                used & (1 << j) == 0
                    && x.sig & y.sig != 0
                    && keys(a, x).iter().any(|k| keys(b, y).contains(k))
            });
            if let Some((j, y)) = hit {
                used |= 1 << j;
                s += x.weight.max(y.weight);
            }
        }
        s
    }
}

/// The key ids of a mention of a group.
fn keys<'g>(g: &Group<'g, '_>, e: &Ent) -> &'g [u32] {
    &g.keys[e.keys.start as usize..e.keys.end as usize]
}

/// The base weight of a mention by the kind of its primary key.
pub fn base_weight(key: &str) -> f32 {
    match key.split_once(':').map_or("", |p| p.0) {
        "gz" | "lat" => 1.0,
        "ph" => 0.8,
        "sk" => 0.5,
        _ => 0.0,
    }
}
