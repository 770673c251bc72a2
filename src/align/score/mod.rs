//! Scorers: how much two candidate groups of segments look like translations of each other.
//!
//! In: two [`Group`]s (one side each of a candidate bead: consecutive segments of one document, with their
//! lengths, block structure and numbers). Out: a log-likelihood-like score, higher is better; the aligner
//! subtracts the weighted sum of all scorers from the bead type's prior cost. Every scorer implements the one
//! [`Scorer`] trait; the weights they are combined with are fitted (see `docs/ALIGNMENT.md`):
//!
//! - [`length::LengthScorer`]: Gaussian on the log length ratio, model per language pair, re-estimated from the
//!   document pair itself when it is long enough;
//! - [`numbers::NumberScorer`]: agreement of normalised number values (not digit strings), weighted by how rare the
//!   value is in the two documents;
//! - [`names::NamesScorer`]: names (`normalize::entities`: gazetteer ids, Latin tokens, phonetic and
//!   Sino-Korean keys) shared by both sides, weighted by rarity like numbers;
//! - [`structure::StructureScorer`]: titles with titles, list items with list items, block starts with block
//!   starts.
//!
//! Further evidence plugs in through [`super::Aligner::with_scorer`] (any extra `Scorer` with its weight) without
//! touching the DP.
//!
//! Groups are views into [`Side`]s prepared once per alignment, so scoring a DP cell allocates nothing.
//! Not done here: the DP (`dp.rs`), bead priors (`beads.rs`).

pub mod length;
pub mod names;
pub mod numbers;
pub mod structure;

pub use numbers::{pair_equal, same_value};

use crate::types::{BlockKind, Lang, NumExpr};
use std::collections::HashMap;
use std::ops::Range;

/// One segment as the scorers see it.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Characters, whitespace excluded.
    pub chars: u32,
    /// Whitespace-separated words (0 when unknown).
    pub words: u32,
    pub block: u32,
    /// The kind of the segment's block (`None` for presplit input, where blocks are unknown).
    pub kind: Option<BlockKind>,
    /// The segment opens / closes its block.
    pub starts_block: bool,
    pub ends_block: bool,
    /// The segment has at least one letter (a line without is a page number, a rule, a bare figure).
    pub letters: bool,
    /// Its numbers in [`Side::nums`].
    pub nums: Range<u32>,
    /// Its names in [`Side::ents`].
    pub ents: Range<u32>,
}

/// One name mention: its keys interned to ids shared by the two documents, and its rarity weight.
#[derive(Debug, Clone)]
pub struct Ent {
    pub keys: Vec<u32>,
    pub weight: f32,
    /// One bit per key (`1 << (key % 64)`): two mentions can share a key only if their signatures meet, which
    /// lets the names scorer skip most mention pairs without comparing key lists.
    pub sig: u64,
}

/// One number mention with what the number scorer needs precomputed.
#[derive(Debug, Clone)]
pub struct Num<'a> {
    pub expr: &'a NumExpr,
    /// Exact-value key (the date string for dates, else the value's bits); equal keys are the same value.
    pub key: u64,
    /// How informative an agreement on this value is, in (0, 1]: 1 / the larger number of segments holding the
    /// value in either document, times a lower base for small bare integers (see [`numbers`]).
    pub weight: f32,
    /// For a date: the part of it a bare number may state.
    pub date: Option<numbers::DatePart>,
}

/// One document prepared for scoring.
#[derive(Debug, Clone)]
pub struct Side<'a> {
    pub lang: Lang,
    pub units: Vec<Unit>,
    /// `prefix[i]`: characters of units `0..i` (so a group's length is one subtraction).
    pub prefix: Vec<u32>,
    pub nums: Vec<Num<'a>>,
    pub ents: Vec<Ent>,
}

/// One side of a candidate bead: consecutive segments, merged.
#[derive(Debug, Clone, Copy)]
pub struct Group<'g, 'a> {
    pub lang: Lang,
    pub chars: u32,
    pub units: &'g [Unit],
    pub nums: &'g [Num<'a>],
    pub ents: &'g [Ent],
}

impl<'a> Side<'a> {
    /// The group of segments `r` (non-empty).
    pub fn group(&self, r: Range<usize>) -> Group<'_, 'a> {
        let units = &self.units[r.clone()];
        let (nums, ents) = match (units.first(), units.last()) {
            (Some(f), Some(l)) => (
                &self.nums[f.nums.start as usize..l.nums.end as usize],
                &self.ents[f.ents.start as usize..l.ents.end as usize],
            ),
            _ => (&self.nums[..0], &self.ents[..0]),
        };
        Group {
            lang: self.lang,
            chars: self.chars(r),
            units,
            nums,
            ents,
        }
    }

    pub fn len(&self) -> usize {
        self.units.len()
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Total characters of segments `r`.
    pub fn chars(&self, r: Range<usize>) -> u32 {
        self.prefix[r.end] - self.prefix[r.start]
    }

    /// Total words of segments `r` (a bead holds at most four segments, so a sum is as quick as a prefix).
    pub fn words(&self, r: Range<usize>) -> u32 {
        self.units[r].iter().map(|u| u.words).sum()
    }
}

/// Scores a candidate pairing of two non-empty groups; higher is better, 0 is "no evidence either way".
pub trait Scorer: Send + Sync {
    fn score(&self, a: &Group, b: &Group) -> f32;
}

/// Prepares two documents for scoring: units, number keys, and rarity weights counted over both documents.
pub fn prepare<'a>(
    a: (&[super::Segment<'a>], Lang),
    b: (&[super::Segment<'a>], Lang),
) -> (Side<'a>, Side<'a>) {
    let mut interner: HashMap<&str, u32> = HashMap::new();
    let (mut sa, mut sb) = (side(a.0, a.1, &mut interner), side(b.0, b.1, &mut interner));
    let (da, db) = (doc_freq(&sa), doc_freq(&sb));
    for (s, own, other) in [(&mut sa, &da, &db), (&mut sb, &db, &da)] {
        for n in &mut s.nums {
            let df = own
                .get(&n.key)
                .copied()
                .unwrap_or(1)
                .max(other.get(&n.key).copied().unwrap_or(1));
            n.weight = numbers::base_weight(n.expr) / df as f32;
        }
    }
    let (ea, eb) = (ent_freq(&sa), ent_freq(&sb));
    for (s, own, other) in [(&mut sa, &ea, &eb), (&mut sb, &eb, &ea)] {
        for e in &mut s.ents {
            let Some(&k) = e.keys.first() else { continue };
            let df = own
                .get(&k)
                .copied()
                .unwrap_or(1)
                .max(other.get(&k).copied().unwrap_or(1));
            e.weight /= df as f32;
        }
    }
    let (ka, kb) = (key_set(&sa), key_set(&sb));
    keep_shared(&mut sa, &kb);
    keep_shared(&mut sb, &ka);
    (sa, sb)
}

/// Every name key of a side.
fn key_set(s: &Side) -> std::collections::HashSet<u32> {
    s.ents.iter().flat_map(|e| e.keys.iter().copied()).collect()
}

/// Keeps only the name keys the other document has, and only mentions left with a key. A key found in one
/// document only can never match, so the names scorer gives the same scores, but a Korean document carries
/// about 14 mentions per segment (Sino-Korean readings of most words) and the scorer runs in every DP cell:
/// this is most of the aligner's time on long documents otherwise. Rarity weights are computed before.
fn keep_shared(s: &mut Side, other: &std::collections::HashSet<u32>) {
    let mut ents = Vec::with_capacity(s.ents.len());
    for u in &mut s.units {
        let start = ents.len() as u32;
        for e in &s.ents[u.ents.start as usize..u.ents.end as usize] {
            let keys: Vec<u32> = e
                .keys
                .iter()
                .copied()
                .filter(|k| other.contains(k))
                .collect();
            if !keys.is_empty() {
                ents.push(Ent {
                    sig: keys.iter().fold(0, |m, k| m | 1 << (k % 64)),
                    keys,
                    weight: e.weight,
                });
            }
        }
        u.ents = start..ents.len() as u32;
    }
    s.ents = ents;
}

/// In how many segments of a side each primary name key occurs.
fn ent_freq(s: &Side) -> HashMap<u32, u32> {
    let mut df: HashMap<u32, u32> = HashMap::new();
    for u in &s.units {
        let ents = &s.ents[u.ents.start as usize..u.ents.end as usize];
        for (k, e) in ents.iter().enumerate() {
            let Some(&key) = e.keys.first() else { continue };
            if ents[..k].iter().all(|f| f.keys.first() != Some(&key)) {
                *df.entry(key).or_default() += 1;
            }
        }
    }
    df
}

fn side<'a>(
    segs: &[super::Segment<'a>],
    lang: Lang,
    interner: &mut HashMap<&'a str, u32>,
) -> Side<'a> {
    let mut units = Vec::with_capacity(segs.len());
    let mut nums = Vec::new();
    let mut ents = Vec::new();
    for (i, s) in segs.iter().enumerate() {
        let start = nums.len() as u32;
        let ent_start = ents.len() as u32;
        for e in s.entities {
            let keys: Vec<u32> = e
                .keys()
                .filter(|k| !k.is_empty())
                .map(|k| {
                    let next = interner.len() as u32;
                    *interner.entry(k).or_insert(next)
                })
                .collect();
            ents.push(Ent {
                weight: names::base_weight(e.key.as_str()),
                sig: keys.iter().fold(0, |m, k| m | 1 << (k % 64)),
                keys,
            });
        }
        nums.extend(s.numbers.iter().map(|e| Num {
            expr: e,
            key: numbers::key(e),
            weight: 1.0,
            date: e.date.as_deref().map(numbers::DatePart::of),
        }));
        units.push(Unit {
            chars: s.chars as u32,
            words: s.words as u32,
            block: s.block,
            kind: s.kind,
            starts_block: i == 0 || segs[i - 1].block != s.block,
            ends_block: i + 1 == segs.len() || segs[i + 1].block != s.block,
            letters: s.letters,
            nums: start..nums.len() as u32,
            ents: ent_start..ents.len() as u32,
        });
    }
    let prefix = std::iter::once(0)
        .chain(units.iter().scan(0u32, |sum, u| {
            *sum += u.chars;
            Some(*sum)
        }))
        .collect();
    Side {
        lang,
        units,
        prefix,
        nums,
        ents,
    }
}

/// In how many segments of a side each value key occurs.
fn doc_freq(s: &Side) -> HashMap<u64, u32> {
    let mut df: HashMap<u64, u32> = HashMap::new();
    for u in &s.units {
        let keys = &s.nums[u.nums.start as usize..u.nums.end as usize];
        for (k, n) in keys.iter().enumerate() {
            if keys[..k].iter().all(|m| m.key != n.key) {
                *df.entry(n.key).or_default() += 1;
            }
        }
    }
    df
}
