//! Metrics with public definitions.
//!
//! - Segmentation: a gold sentence is found when the system produced exactly that segment at the same place.
//!   Both sides are located in the text with all whitespace removed, so spacing differences do not count; a gold
//!   sentence that cannot be located in order is never found. Precision = found / produced, recall = found / gold.
//! - Alignment: strict and lax precision/recall as defined by Vecalign's `score.py` (Thompson & Koehn 2019, after
//!   Véronis & Langlais 2000): precision is computed over test beads (1-0/0-1 included), a bead is a strict hit when
//!   it is a gold bead and a lax hit when its target overlaps the gold targets of its source sentences; recall is
//!   the same computation with gold and test swapped after dropping every bead with an empty side.
//!
//! In: segment strings or bead lists. Out: counts that add up over documents, and ratios. Not done here: reading
//! gold files (see `eval::gold`).

use std::collections::{BTreeSet, HashMap, HashSet};

/// Counts of a segmentation comparison; they add up over records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SegCounts {
    pub found: usize,
    pub produced: usize,
    pub gold: usize,
    /// Records whose every sentence was found and nothing else produced.
    pub exact_records: usize,
    pub records: usize,
}

impl SegCounts {
    pub fn add(&mut self, o: SegCounts) {
        self.found += o.found;
        self.produced += o.produced;
        self.gold += o.gold;
        self.exact_records += o.exact_records;
        self.records += o.records;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.found, self.produced)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }

    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    pub fn exact_match(&self) -> f64 {
        ratio(self.exact_records, self.records)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Locates each piece, in order, in `text` with whitespace removed: `(start, end)` char-free byte offsets, or
/// `None` when a piece is not found after the previous one.
fn locate(text: &str, pieces: &[String]) -> Vec<Option<(usize, usize)>> {
    let mut pos = 0;
    pieces
        .iter()
        .map(|p| {
            let p = squeeze(p);
            if p.is_empty() {
                return None;
            }
            let at = text[pos..].find(&p)? + pos;
            pos = at + p.len();
            Some((at, pos))
        })
        .collect()
}

/// Compares one record: the system's segments against the gold sentences of `text`.
pub fn compare_segments(text: &str, system: &[String], gold: &[String]) -> SegCounts {
    let t = squeeze(text);
    let sys: HashSet<(usize, usize)> = locate(&t, system).into_iter().flatten().collect();
    let produced = system.iter().filter(|s| !squeeze(s).is_empty()).count();
    let gold_pos = locate(&t, gold);
    let found = gold_pos
        .iter()
        .flatten()
        .filter(|g| sys.contains(g))
        .count();
    let gold_n = gold.iter().filter(|s| !squeeze(s).is_empty()).count();
    SegCounts {
        found,
        produced,
        gold: gold_n,
        exact_records: usize::from(found == gold_n && produced == gold_n),
        records: 1,
    }
}

/// A bead as two sorted index lists (source side, target side).
pub type Bead = (Vec<u32>, Vec<u32>);

/// Strict/lax counts of alignment precision (`p*`) and recall (`r*`), as in Vecalign's `score_multiple`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AlignCounts {
    pub p_tp_strict: usize,
    pub p_fp_strict: usize,
    pub p_tp_lax: usize,
    pub p_fp_lax: usize,
    pub r_tp_strict: usize,
    pub r_fp_strict: usize,
    pub r_tp_lax: usize,
    pub r_fp_lax: usize,
}

/// Precision and recall, strict and lax, with their F1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AlignScores {
    pub precision_strict: f64,
    pub recall_strict: f64,
    pub f1_strict: f64,
    pub precision_lax: f64,
    pub recall_lax: f64,
    pub f1_lax: f64,
}

impl AlignCounts {
    /// Adds one document's comparison.
    pub fn add_document(&mut self, gold: &[Bead], test: &[Bead]) {
        let p = precision_counts(gold, test);
        let both = |v: &[Bead]| -> Vec<Bead> {
            v.iter()
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                .cloned()
                .collect()
        };
        let r = precision_counts(&both(test), &both(gold));
        self.p_tp_strict += p[0];
        self.p_fp_strict += p[1];
        self.p_tp_lax += p[2];
        self.p_fp_lax += p[3];
        self.r_tp_strict += r[0];
        self.r_fp_strict += r[1];
        self.r_tp_lax += r[2];
        self.r_fp_lax += r[3];
    }

    pub fn scores(&self) -> AlignScores {
        let ps = ratio(self.p_tp_strict, self.p_tp_strict + self.p_fp_strict);
        let pl = ratio(self.p_tp_lax, self.p_tp_lax + self.p_fp_lax);
        let rs = ratio(self.r_tp_strict, self.r_tp_strict + self.r_fp_strict);
        let rl = ratio(self.r_tp_lax, self.r_tp_lax + self.r_fp_lax);
        AlignScores {
            precision_strict: ps,
            recall_strict: rs,
            f1_strict: f1(ps, rs),
            precision_lax: pl,
            recall_lax: rl,
            f1_lax: f1(pl, rl),
        }
    }
}

/// `[tp_strict, fp_strict, tp_lax, fp_lax]` of `test` against `gold` (beads empty on both sides ignored,
/// duplicates counted once).
fn precision_counts(gold: &[Bead], test: &[Bead]) -> [usize; 4] {
    let norm = |v: &[Bead]| -> BTreeSet<Bead> {
        v.iter()
            .filter(|(a, b)| !a.is_empty() || !b.is_empty())
            .cloned()
            .collect()
    };
    let (gold, test) = (norm(gold), norm(test));
    let mut gold_targets: HashMap<u32, HashSet<u32>> = HashMap::new();
    for (s, t) in &gold {
        for &i in s {
            gold_targets.entry(i).or_default().extend(t.iter().copied());
        }
    }
    let mut c = [0usize; 4];
    for bead in &test {
        if gold.contains(bead) {
            c[0] += 1;
            c[2] += 1;
            continue;
        }
        c[1] += 1;
        let lax = bead.0.iter().any(|i| {
            gold_targets
                .get(i)
                .is_some_and(|t| bead.1.iter().any(|j| t.contains(j)))
        });
        if lax {
            c[2] += 1;
        } else {
            c[3] += 1;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(a: &[u32], t: &[u32]) -> Bead {
        (a.to_vec(), t.to_vec())
    }

    #[test]
    fn perfect_alignment_scores_one() {
        let g = vec![b(&[0], &[0]), b(&[1, 2], &[1]), b(&[3], &[])];
        let mut c = AlignCounts::default();
        c.add_document(&g, &g);
        let s = c.scores();
        assert_eq!((s.f1_strict, s.f1_lax), (1.0, 1.0));
    }

    #[test]
    fn split_merge_is_lax_but_not_strict() {
        let gold = vec![b(&[0], &[0]), b(&[1, 2], &[1])];
        let test = vec![b(&[0], &[0]), b(&[1], &[1]), b(&[2], &[])];
        let mut c = AlignCounts::default();
        c.add_document(&gold, &test);
        // precision: (0,0) strict hit; (1,1) lax hit; (2,) deletion: no lax overlap possible.
        assert_eq!(
            (c.p_tp_strict, c.p_fp_strict, c.p_tp_lax, c.p_fp_lax),
            (1, 2, 2, 1)
        );
        // recall: gold (0,0) strict; gold (1,2)-(1) overlaps test (1)-(1): lax.
        assert_eq!(
            (c.r_tp_strict, c.r_fp_strict, c.r_tp_lax, c.r_fp_lax),
            (1, 1, 2, 0)
        );
    }

    #[test]
    fn segments_found_by_position_ignoring_whitespace() {
        let text = "A b. C d. E f.";
        let gold = vec!["A b.".to_string(), "C d.".to_string(), "E f.".to_string()];
        let sys = vec!["A b. C d.".to_string(), "E  f.".to_string()];
        let c = compare_segments(text, &sys, &gold);
        assert_eq!((c.found, c.produced, c.gold, c.exact_records), (1, 2, 3, 0));
    }
}
