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
//! - [`cognates::CognateScorer`]: Sino-Korean bigrams (`normalize::cognates`) shared by the two sides, weighted
//!   by rarity (現場 meets 현장 even where the words around differ; English brings those of its glossary words'
//!   translations, government → 정부);
//! - [`structure::StructureScorer`]: titles with titles, list items with list items, block starts with block
//!   starts.
//!
//! Further evidence plugs in through [`super::Aligner::with_scorer`] (any extra `Scorer` with its weight) without
//! touching the DP.
//!
//! Groups are views into [`Side`]s prepared once per alignment, so scoring a DP cell allocates nothing.
//! Not done here: the DP (`dp.rs`), bead priors (`beads.rs`).

pub mod cognates;
pub mod length;
pub mod names;
pub mod numbers;
pub mod structure;

pub use numbers::{pair_equal, same_value};

use crate::types::{BlockKind, Lang, NumExpr};
use rustc_hash::FxHashMap;
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
    /// The union of its names' [`Ent::sig`]s: groups whose unions do not meet share no name.
    pub ent_sig: u64,
    /// Its Sino-Korean bigram ids in [`Side::cogs`] (sorted once [`prepare`] has interned them).
    pub cogs: Range<u32>,
}

/// One name mention: its keys interned to ids shared by the two documents (in [`Side::keys`]), and its rarity
/// weight.
#[derive(Debug, Clone)]
pub struct Ent {
    /// Its key ids in [`Side::keys`]; the first is the primary key.
    pub keys: Range<u32>,
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
    /// A specific number ([`numbers::is_specific`]): an orphan costs.
    pub specific: bool,
}

/// One document prepared for scoring.
#[derive(Debug, Clone)]
pub struct Side<'a> {
    pub lang: Lang,
    pub units: Vec<Unit>,
    /// `prefix[i]`: characters of units `0..i` (so a group's length is one subtraction).
    pub prefix: Vec<u32>,
    /// `word_prefix[i]`: words of units `0..i`.
    pub word_prefix: Vec<u32>,
    pub nums: Vec<Num<'a>>,
    pub ents: Vec<Ent>,
    /// The key ids of all mentions, one run per mention ([`Ent::keys`]).
    pub keys: Vec<u32>,
    /// Sino-Korean bigram ids of all units, one run per unit ([`Unit::cogs`]); raw codes until [`prepare`]
    /// keeps the shared ones and interns them.
    pub cogs: Vec<u32>,
    /// The rarity weight of each bigram id (the same table on both sides).
    pub cog_weights: Vec<f32>,
    /// The sorted, distinct bigram ids of every run of 2 to [`MAX_WINDOW`] consecutive units, in
    /// [`Side::window_pool`]: `windows[k - 2][start]`. The cognate scorer then meets two groups by one merge.
    pub windows: Vec<Vec<Range<u32>>>,
    /// The ids of all windows, one run per window.
    pub window_pool: Vec<u32>,
}

/// The longest run of units whose bigram union [`Side::windows`] holds (the longest side of the usual bead
/// shapes); longer groups are scored from their units' runs.
pub const MAX_WINDOW: usize = 4;

/// One side of a candidate bead: consecutive segments, merged.
#[derive(Debug, Clone, Copy)]
pub struct Group<'g, 'a> {
    pub lang: Lang,
    pub chars: u32,
    /// Words of its segments (0 when unknown).
    pub words: u32,
    pub units: &'g [Unit],
    pub nums: &'g [Num<'a>],
    pub ents: &'g [Ent],
    /// The key pool of the group's side, which [`Ent::keys`] indexes.
    pub keys: &'g [u32],
    /// The Sino-Korean bigram ids of the group's units: sorted and distinct when `cogs_distinct`, else the
    /// units' runs one after another (a bigram repeats when several units hold it).
    pub cogs: &'g [u32],
    /// `cogs` is sorted and distinct (a group of one unit, or one of [`Side::windows`]).
    pub cogs_distinct: bool,
    /// One bit per bigram id (`1 << (id % 128)`): groups whose signatures do not meet share no bigram.
    pub cog_sig: u128,
    /// The weight of each bigram id.
    pub cog_weights: &'g [f32],
    /// What the aligner's cheap lower bound on a bead's cost needs ([`Bounds`]).
    pub bounds: Bounds,
}

/// Facts of a group from which upper bounds of its number, name and cognate scores follow without pairing
/// mentions (the aligner skips the full scoring of a candidate bead that cannot beat the best one so far).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Bounds {
    /// The largest rarity weight of its numbers (0 without).
    pub num_max: f32,
    /// The union of its names' signatures ([`Ent::sig`]): groups whose unions do not meet share no name.
    pub ent_sig: u64,
    /// The largest rarity weight of its names (0 without).
    pub ent_max: f32,
    /// The summed weights of its bigram ids, repeats included (at least what any group can share with it).
    pub cog_total: f32,
    /// Two consecutive segments of the group are from different blocks.
    pub crosses_block: bool,
}

impl<'a> Side<'a> {
    /// The group of segments `r` (an empty range gives an empty group).
    pub fn group(&self, r: Range<usize>) -> Group<'_, 'a> {
        let units = &self.units[r.clone()];
        let (nums, ents, mut cogs) = match (units.first(), units.last()) {
            (Some(f), Some(l)) => (
                &self.nums[f.nums.start as usize..l.nums.end as usize],
                &self.ents[f.ents.start as usize..l.ents.end as usize],
                &self.cogs[f.cogs.start as usize..l.cogs.end as usize],
            ),
            _ => (&self.nums[..0], &self.ents[..0], &self.cogs[..0]),
        };
        let len = r.len();
        let window = self.windows.get(len.wrapping_sub(2)).map(|w| &w[r.start]);
        if let Some(w) = window {
            cogs = &self.window_pool[w.start as usize..w.end as usize];
        }
        let max = |ws: &mut dyn Iterator<Item = f32>| ws.fold(0.0f32, f32::max);
        let bounds = Bounds {
            num_max: max(&mut nums.iter().map(|n| n.weight)),
            ent_sig: units.iter().fold(0, |m, u| m | u.ent_sig),
            ent_max: max(&mut ents.iter().map(|e| e.weight)),
            cog_total: cogs
                .iter()
                .map(|&c| self.cog_weights.get(c as usize).copied().unwrap_or(0.0))
                .sum(),
            crosses_block: units.windows(2).any(|w| w[0].block != w[1].block),
        };
        Group {
            lang: self.lang,
            chars: self.chars(r.clone()),
            words: self.words(r),
            units,
            nums,
            ents,
            keys: &self.keys,
            cogs,
            cogs_distinct: len == 1 || window.is_some(),
            cog_sig: cogs.iter().fold(0, |m, &c| m | 1 << (c % 128)),
            cog_weights: &self.cog_weights,
            bounds,
        }
    }

    /// Fills [`Side::windows`] from the units' sorted runs: the window of `k` units at `start` is the window
    /// of `k - 1` units there merged with unit `start + k - 1`.
    fn build_windows(&mut self) {
        let mut windows: Vec<Vec<Range<u32>>> = Vec::new();
        let mut pool = Vec::new();
        if !self.cogs.is_empty() {
            let run = |r: &Range<u32>| r.start as usize..r.end as usize;
            for k in 2..=MAX_WINDOW.min(self.units.len()) {
                let mut runs = Vec::with_capacity(self.units.len() + 1 - k);
                for start in 0..=self.units.len() - k {
                    let shorter = match windows.last() {
                        Some(w) => run(&w[start]),
                        None => run(&self.units[start].cogs),
                    };
                    let from = pool.len();
                    let (x, y) = (shorter, run(&self.units[start + k - 1].cogs));
                    let (mut i, mut j) = (x.start, y.start);
                    loop {
                        let p = (i < x.end).then(|| if k > 2 { pool[i] } else { self.cogs[i] });
                        let q = (j < y.end).then(|| self.cogs[j]);
                        let next = match (p, q) {
                            (None, None) => break,
                            (Some(p), Some(q)) => {
                                i += usize::from(p <= q);
                                j += usize::from(q <= p);
                                p.min(q)
                            }
                            (Some(p), None) => {
                                i += 1;
                                p
                            }
                            (None, Some(q)) => {
                                j += 1;
                                q
                            }
                        };
                        pool.push(next);
                    }
                    runs.push(from as u32..pool.len() as u32);
                }
                windows.push(runs);
            }
        }
        self.windows = windows;
        self.window_pool = pool;
    }

    /// The key ids of a mention of this side.
    pub fn keys_of(&self, e: &Ent) -> &[u32] {
        &self.keys[e.keys.start as usize..e.keys.end as usize]
    }

    /// The same document with its segments in reverse order (the refusal check's null model): what
    /// [`prepare`] gives for the reversed segments, without preparing them again (rarity weights and the kept
    /// name keys do not depend on order; a segment's own numbers and names keep their order).
    pub fn reversed(&self) -> Side<'a> {
        let mut units = Vec::with_capacity(self.units.len());
        let (mut nums, mut ents) = (Vec::with_capacity(self.nums.len()), Vec::new());
        let mut keys = Vec::with_capacity(self.keys.len());
        let mut cogs = Vec::with_capacity(self.cogs.len());
        for u in self.units.iter().rev() {
            let (n0, e0, c0) = (nums.len() as u32, ents.len() as u32, cogs.len() as u32);
            cogs.extend_from_slice(&self.cogs[u.cogs.start as usize..u.cogs.end as usize]);
            nums.extend_from_slice(&self.nums[u.nums.start as usize..u.nums.end as usize]);
            for e in &self.ents[u.ents.start as usize..u.ents.end as usize] {
                let k0 = keys.len() as u32;
                keys.extend_from_slice(self.keys_of(e));
                ents.push(Ent {
                    keys: k0..keys.len() as u32,
                    ..e.clone()
                });
            }
            units.push(Unit {
                starts_block: u.ends_block,
                ends_block: u.starts_block,
                nums: n0..nums.len() as u32,
                ents: e0..ents.len() as u32,
                cogs: c0..cogs.len() as u32,
                ..u.clone()
            });
        }
        let mut side = Side::new(self.lang, units, nums, ents, keys, cogs);
        side.cog_weights = self.cog_weights.clone();
        side.build_windows();
        side
    }

    /// A side from its parts, with the prefix sums of characters and words.
    fn new(
        lang: Lang,
        units: Vec<Unit>,
        nums: Vec<Num<'a>>,
        ents: Vec<Ent>,
        keys: Vec<u32>,
        cogs: Vec<u32>,
    ) -> Self {
        Side {
            lang,
            prefix: prefix_sums(&units, |u| u.chars),
            word_prefix: prefix_sums(&units, |u| u.words),
            units,
            nums,
            ents,
            keys,
            cogs,
            cog_weights: Vec::new(),
            windows: Vec::new(),
            window_pool: Vec::new(),
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

    /// Total words of segments `r`.
    pub fn words(&self, r: Range<usize>) -> u32 {
        self.word_prefix[r.end] - self.word_prefix[r.start]
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
    // Each side interns its own keys (the two in parallel); b's ids are then moved into a's id space, new keys
    // numbered in b's order after a's: the ids one shared interner would give.
    let ((mut sa, mut interner), (mut sb, b_keys)) = rayon::join(
        || {
            let mut interner = FxHashMap::default();
            (side(a.0, a.1, &mut interner), interner)
        },
        || {
            let mut own = FxHashMap::default();
            let sb = side(b.0, b.1, &mut own);
            let mut keys = vec![""; own.len()];
            for (k, id) in own {
                keys[id as usize] = k;
            }
            (sb, keys)
        },
    );
    let to_shared: Vec<u32> = b_keys
        .iter()
        .map(|k| {
            let next = interner.len() as u32;
            *interner.entry(k).or_insert(next)
        })
        .collect();
    for k in &mut sb.keys {
        *k = to_shared[*k as usize];
    }
    for e in &mut sb.ents {
        e.sig = signature(&sb.keys[e.keys.start as usize..e.keys.end as usize]);
    }
    let ids = interner.len();
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
    let (ea, eb) = (ent_freq(&sa, ids), ent_freq(&sb, ids));
    for (s, own, other) in [(&mut sa, &ea, &eb), (&mut sb, &eb, &ea)] {
        for k in 0..s.ents.len() {
            let Some(&key) = s.keys_of(&s.ents[k]).first() else {
                continue;
            };
            let df = own[key as usize].max(other[key as usize]).max(1);
            s.ents[k].weight /= df as f32;
        }
    }
    let (ka, kb) = (key_set(&sa, ids), key_set(&sb, ids));
    keep_shared(&mut sa, &kb);
    keep_shared(&mut sb, &ka);
    intern_cognates(&mut sa, &mut sb);
    (sa, sb)
}

/// Which of the `ids` interned name keys a side has.
fn key_set(s: &Side, ids: usize) -> Vec<bool> {
    let mut has = vec![false; ids];
    for &k in &s.keys {
        has[k as usize] = true;
    }
    has
}

/// Keeps only the name keys the other document has, and only mentions left with a key. A key found in one
/// document only can never match, so the names scorer gives the same scores, but a Korean document carries
/// about 14 mentions per segment (Sino-Korean readings of most words) and the scorer runs in every DP cell:
/// this is most of the aligner's time on long documents otherwise. Rarity weights are computed before.
fn keep_shared(s: &mut Side, other: &[bool]) {
    let mut ents = Vec::with_capacity(s.ents.len());
    let mut keys = Vec::with_capacity(s.keys.len());
    for u in &mut s.units {
        let start = ents.len() as u32;
        for e in &s.ents[u.ents.start as usize..u.ents.end as usize] {
            let k0 = keys.len();
            keys.extend(
                s.keys[e.keys.start as usize..e.keys.end as usize]
                    .iter()
                    .filter(|&&k| other[k as usize]),
            );
            if keys.len() > k0 {
                ents.push(Ent {
                    sig: signature(&keys[k0..]),
                    keys: k0 as u32..keys.len() as u32,
                    weight: e.weight,
                });
            }
        }
        u.ents = start..ents.len() as u32;
        u.ent_sig = ents[start as usize..].iter().fold(0, |m, e| m | e.sig);
    }
    s.ents = ents;
    s.keys = keys;
}

/// Keeps the Sino-Korean bigrams both documents have, as ids numbered in order of first occurrence in `a`, each
/// weighted 1 / the larger number of segments holding it in either document.
fn intern_cognates<'a>(a: &mut Side<'a>, b: &mut Side<'a>) {
    if a.cogs.is_empty() || b.cogs.is_empty() {
        a.cogs.clear();
        b.cogs.clear();
        for u in a.units.iter_mut().chain(b.units.iter_mut()) {
            u.cogs = 0..0;
        }
        return;
    }
    // Codes are distinct within a unit, so counting occurrences counts segments.
    let count = |s: &Side| {
        let mut df: FxHashMap<u32, u32> = FxHashMap::default();
        for &c in &s.cogs {
            *df.entry(c).or_default() += 1;
        }
        df
    };
    let (da, db) = (count(a), count(b));
    let mut ids: FxHashMap<u32, u32> = FxHashMap::default();
    let mut weights = Vec::new();
    for &c in &a.cogs {
        if let (Some(x), Some(y)) = (da.get(&c), db.get(&c)) {
            ids.entry(c).or_insert_with(|| {
                weights.push(1.0 / (*x).max(*y) as f32);
                weights.len() as u32 - 1
            });
        }
    }
    for s in [&mut *a, &mut *b] {
        let mut kept = Vec::with_capacity(s.cogs.len());
        for u in &mut s.units {
            let start = kept.len();
            kept.extend(
                s.cogs[u.cogs.start as usize..u.cogs.end as usize]
                    .iter()
                    .filter_map(|c| ids.get(c).copied()),
            );
            kept[start..].sort_unstable();
            u.cogs = start as u32..kept.len() as u32;
        }
        s.cogs = kept;
        s.cog_weights = weights.clone();
        s.build_windows();
    }
}

/// One bit per key (see [`Ent::sig`]).
fn signature(keys: &[u32]) -> u64 {
    keys.iter().fold(0, |m, k| m | 1 << (k % 64))
}

/// In how many segments of a side each primary name key (of `ids` interned keys) occurs.
fn ent_freq(s: &Side, ids: usize) -> Vec<u32> {
    let mut df = vec![0u32; ids];
    let primary = |e: &Ent| s.keys_of(e).first().copied();
    for u in &s.units {
        let ents = &s.ents[u.ents.start as usize..u.ents.end as usize];
        for (k, e) in ents.iter().enumerate() {
            let Some(key) = primary(e) else { continue };
            if ents[..k].iter().all(|f| primary(f) != Some(key)) {
                df[key as usize] += 1;
            }
        }
    }
    df
}

fn side<'a>(
    segs: &[super::Segment<'a>],
    lang: Lang,
    interner: &mut FxHashMap<&'a str, u32>,
) -> Side<'a> {
    let mut units = Vec::with_capacity(segs.len());
    let mut nums = Vec::new();
    let mut ents = Vec::new();
    let mut keys = Vec::new();
    let mut cogs = Vec::new();
    for (i, s) in segs.iter().enumerate() {
        let start = nums.len() as u32;
        let cog_start = cogs.len() as u32;
        cogs.extend_from_slice(s.cognates);
        let ent_start = ents.len() as u32;
        for e in s.entities {
            let k0 = keys.len();
            keys.extend(e.keys().filter(|k| !k.is_empty()).map(|k| {
                let next = interner.len() as u32;
                *interner.entry(k).or_insert(next)
            }));
            ents.push(Ent {
                weight: names::base_weight(e.key.as_str()),
                sig: signature(&keys[k0..]),
                keys: k0 as u32..keys.len() as u32,
            });
        }
        nums.extend(s.numbers.iter().map(|e| Num {
            expr: e,
            key: numbers::key(e),
            weight: 1.0,
            date: e.date.as_deref().map(numbers::DatePart::of),
            specific: numbers::is_specific(e),
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
            ent_sig: 0,
            cogs: cog_start..cogs.len() as u32,
        });
    }
    Side::new(lang, units, nums, ents, keys, cogs)
}

/// `prefix[i]`: the sum of `of` over `units[..i]`.
fn prefix_sums(units: &[Unit], of: impl Fn(&Unit) -> u32) -> Vec<u32> {
    std::iter::once(0)
        .chain(units.iter().scan(0u32, |sum, u| {
            *sum += of(u);
            Some(*sum)
        }))
        .collect()
}

/// In how many segments of a side each value key occurs.
fn doc_freq(s: &Side) -> FxHashMap<u64, u32> {
    let mut df: FxHashMap<u64, u32> = FxHashMap::default();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::Segment;
    use crate::normalize::{Extractor, RuleExtractor};
    use crate::types::Span;

    /// Segments of `texts` in `lang`, two to a block, with their numbers and names.
    fn segments(
        lang: Lang,
        texts: &[&str],
    ) -> Vec<(usize, u32, usize, crate::normalize::Features)> {
        texts
            .iter()
            .enumerate()
            .map(|(k, t)| {
                let span = Span {
                    start: 0,
                    end: t.len(),
                };
                let f = RuleExtractor.extract(lang, t, span);
                (f.chars, k as u32 / 2, f.words, f)
            })
            .collect()
    }

    fn view(f: &[(usize, u32, usize, crate::normalize::Features)]) -> Vec<Segment<'_>> {
        f.iter()
            .map(|(chars, block, words, x)| Segment {
                entities: &x.entities,
                cognates: &x.cognates,
                words: *words,
                ..Segment::plain(*chars, *block, &x.numbers)
            })
            .collect()
    }

    /// A side as the scorers see it, with name keys spelled out (interned ids depend on the order of preparing).
    fn spelled(s: &Side, names: &[String]) -> Vec<String> {
        s.units
            .iter()
            .map(|u| {
                let nums: Vec<String> = s.nums[u.nums.start as usize..u.nums.end as usize]
                    .iter()
                    .map(|n| format!("{}:{}", n.key, n.weight))
                    .collect();
                let ents: Vec<String> = s.ents[u.ents.start as usize..u.ents.end as usize]
                    .iter()
                    .map(|e| {
                        let keys: Vec<&String> =
                            s.keys_of(e).iter().map(|&k| &names[k as usize]).collect();
                        format!("{keys:?}:{}", e.weight)
                    })
                    .collect();
                format!(
                    "{} {} {} {} {nums:?} {ents:?}",
                    u.chars, u.block, u.starts_block, u.ends_block
                )
            })
            .collect()
    }

    #[test]
    fn a_reversed_side_is_the_side_of_the_reversed_document() {
        let ko = segments(
            Lang::Ko,
            &[
                "서울시는 10월 7일 광화문광장에서 행사를 연다.",
                "참가자는 3천여 명이다.",
                "오세훈 서울시장이 참석한다.",
                "문의는 02-120으로 하면 된다.",
                "행사는 10월 15일까지 이어진다.",
            ],
        );
        let en = segments(
            Lang::En,
            &[
                "Seoul will hold the event at Gwanghwamun Square on October 7.",
                "Some 3,000 people will take part.",
                "Mayor Oh Se-hoon will attend.",
                "The event runs until October 15.",
            ],
        );
        let (a, b) = (view(&ko), view(&en));
        let reversed_b: Vec<Segment> = b.iter().rev().copied().collect();
        let (sa, sb) = prepare((&a, Lang::Ko), (&b, Lang::En));
        let (ra, rb) = prepare((&a, Lang::Ko), (&reversed_b, Lang::En));
        // Interned names, in the order each preparation met them.
        let names = |segs: &[&[Segment]]| -> Vec<String> {
            let mut seen: Vec<String> = Vec::new();
            for s in segs.iter().flat_map(|d| d.iter()) {
                for k in s.entities.iter().flat_map(|e| e.keys()) {
                    if !k.is_empty() && !seen.iter().any(|x| x == k) {
                        seen.push(k.to_string());
                    }
                }
            }
            seen
        };
        let forward = names(&[&a, &b]);
        let backward = names(&[&a, &reversed_b]);
        let (f, r) = (&forward, &backward);
        // The ids are those of one interner over a then b: every key id of a side names a key of that side.
        for (side, segs) in [(&sa, &a), (&sb, &b)] {
            let own: Vec<&str> = segs
                .iter()
                .flat_map(|s| s.entities.iter().flat_map(|e| e.keys()))
                .collect();
            for &k in &side.keys {
                assert!(own.contains(&f[k as usize].as_str()), "{}", f[k as usize]);
            }
        }
        assert!(
            sb.ents.len() >= 2,
            "the test needs shared names: {:?}",
            spelled(&sb, f)
        );
        assert!(
            sb.nums.len() > 2,
            "the test needs numbers: {:?}",
            spelled(&sb, f)
        );
        assert_eq!(spelled(&sb.reversed(), f), spelled(&rb, r));
        assert_eq!(spelled(&sa, f), spelled(&ra, r));
        assert_eq!(sb.reversed().prefix, rb.prefix);
        assert_eq!(sb.reversed().word_prefix, rb.word_prefix);
    }

    #[test]
    fn korean_and_japanese_translations_share_weighted_sino_korean_bigrams() {
        use super::cognates::CognateScorer;
        let ko = segments(
            Lang::Ko,
            &[
                "차량 운전자가 현장에서 멈췄다.",
                "날씨가 맑았다.",
                "현장 조사는 내일 이어진다.",
            ],
        );
        let ja = segments(
            Lang::Ja,
            &[
                "車の運転手は現場で止まった。",
                "天気は晴れだった。",
                "現場の調査は明日続く。",
            ],
        );
        let (a, b) = (view(&ko), view(&ja));
        let (sa, sb) = prepare((&a, Lang::Ko), (&b, Lang::Ja));
        let s =
            |ra: Range<usize>, rb: Range<usize>| CognateScorer.score(&sa.group(ra), &sb.group(rb));
        // 운전 (weight 1) and 현장 (in two segments of each document: 1/2).
        assert_eq!(s(0..1, 0..1), 1.5);
        // 현장 1/2, 조사 1.
        assert_eq!(s(2..3, 2..3), 1.5);
        assert_eq!(s(1..2, 0..1), 0.0);
        assert_eq!(s(0..1, 2..3), 0.5);
        // A bigram held by two segments of a merged group counts once.
        assert_eq!(s(0..3, 0..1), 1.5);
        // Merged groups read the precomputed window unions: the same as the units' runs taken together.
        let naive = |ra: Range<usize>, rb: Range<usize>| -> f32 {
            let ids = |side: &Side, r: Range<usize>| -> std::collections::BTreeSet<u32> {
                side.units[r]
                    .iter()
                    .flat_map(|u| {
                        side.cogs[u.cogs.start as usize..u.cogs.end as usize]
                            .iter()
                            .copied()
                    })
                    .collect()
            };
            let (x, y) = (ids(&sa, ra), ids(&sb, rb));
            x.intersection(&y)
                .map(|&c| sa.cog_weights[c as usize])
                .sum()
        };
        for (ra, rb) in [(0..2, 1..3), (1..3, 0..3), (0..3, 0..2), (2..3, 1..3)] {
            assert!(sb.group(rb.clone()).cogs_distinct && sa.group(ra.clone()).cogs_distinct);
            assert_eq!(s(ra.clone(), rb.clone()), naive(ra, rb));
        }
        // Reversing a side keeps its bigrams and weights, as preparing the reversed document does.
        let reversed: Vec<Segment> = b.iter().rev().copied().collect();
        let (_, rb) = prepare((&a, Lang::Ko), (&reversed, Lang::Ja));
        let runs = |s: &Side| -> Vec<Vec<f32>> {
            s.units
                .iter()
                .map(|u| {
                    s.cogs[u.cogs.start as usize..u.cogs.end as usize]
                        .iter()
                        .map(|&c| s.cog_weights[c as usize])
                        .collect()
                })
                .collect()
        };
        assert_eq!(runs(&sb.reversed()), runs(&rb));
        // English shares those of its glossary words' translations (scene 현장), nothing else.
        let en = segments(Lang::En, &["They stopped at the scene.", "It was sunny."]);
        let e = view(&en);
        let (ka, kb) = prepare((&a, Lang::Ko), (&e, Lang::En));
        let s =
            |ra: Range<usize>, rb: Range<usize>| CognateScorer.score(&ka.group(ra), &kb.group(rb));
        assert_eq!(s(0..1, 0..1), 0.5);
        assert_eq!(s(2..3, 0..1), 0.5);
        assert_eq!(s(1..2, 0..1) + s(0..3, 1..2), 0.0);
    }
}
