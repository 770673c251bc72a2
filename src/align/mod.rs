//! Sentence alignment of two documents by dynamic programming over bead types.
//!
//! In: the segments of two documents (length, block, numbers). Out: [`PairBead`]s in order, every segment in
//! exactly one bead (an empty side = no counterpart), each with a confidence in [0, 1]. The cost of a bead is its
//! type's prior (Gale & Church 1993's frequencies) minus the weighted [`score::Scorer`] evidence; the search runs in
//! a band around the diagonal, so time and memory grow linearly with document length. Not done here: 2-2 and
//! 1-3 beads, anchors, names, three-way alignment, refusing unrelated documents (the aligner issue).

pub mod length;
pub mod score;

use crate::types::{Lang, NumExpr};
use score::{Group, LengthScorer, NumberScorer, Scorer};
use std::ops::Range;

/// What the aligner needs to know about one segment.
#[derive(Debug, Clone, Copy)]
pub struct Segment<'a> {
    /// Characters, whitespace excluded.
    pub chars: usize,
    /// Block index in its document; merges across blocks cost extra.
    pub block: u32,
    pub numbers: &'a [NumExpr],
}

/// A two-language bead: segment index ranges of side `a` and side `b`.
#[derive(Debug, Clone, PartialEq)]
pub struct PairBead {
    pub a: Range<u32>,
    pub b: Range<u32>,
    pub score: f32,
}

/// Tunables of the aligner.
#[derive(Debug, Clone)]
pub struct AlignConfig {
    /// Half-width of the search band around the diagonal, in segments (widened by the length difference).
    /// Default: 64.
    pub band: usize,
    /// Extra cost for a group of two segments from different blocks. Default: 2.0.
    pub cross_block: f32,
    /// Weight of the length score. Default: 1.0.
    pub length_weight: f32,
    /// Weight of the number score. Default: 1.0.
    pub number_weight: f32,
}

impl Default for AlignConfig {
    fn default() -> Self {
        AlignConfig {
            band: 64,
            cross_block: 2.0,
            length_weight: 1.0,
            number_weight: 1.0,
        }
    }
}

/// Bead types searched, as (segments of a, segments of b, prior probability).
const BEAD_TYPES: &[(usize, usize, f64)] = &[
    (1, 1, 0.89),
    (1, 0, 0.005),
    (0, 1, 0.005),
    (2, 1, 0.0445),
    (1, 2, 0.0445),
];

/// Aligns documents of one language pair.
pub struct Aligner {
    length: LengthScorer,
    numbers: NumberScorer,
    config: AlignConfig,
}

struct Row {
    lo: usize,
    cost: Vec<f64>,
    back: Vec<u8>,
}

impl Aligner {
    /// An aligner for `a → b` with default settings.
    pub fn new(a: Lang, b: Lang) -> Self {
        Self::with_config(a, b, AlignConfig::default())
    }

    pub fn with_config(a: Lang, b: Lang, config: AlignConfig) -> Self {
        Aligner {
            length: LengthScorer(length::LengthModel::for_pair(a, b)),
            numbers: NumberScorer::default(),
            config,
        }
    }

    /// Aligns `a` with `b`.
    pub fn align(&self, a: &[Segment], b: &[Segment]) -> Vec<PairBead> {
        let (n, m) = (a.len(), b.len());
        let width = self.config.band + n.abs_diff(m);
        let bounds = |i: usize| -> (usize, usize) {
            let center = (i * m).checked_div(n).unwrap_or(m);
            (center.saturating_sub(width), (center + width).min(m))
        };
        let mut rows: Vec<Row> = Vec::with_capacity(n + 1);
        for i in 0..=n {
            let (lo, hi) = bounds(i);
            let mut row = Row {
                lo,
                cost: vec![f64::INFINITY; hi - lo + 1],
                back: vec![u8::MAX; hi - lo + 1],
            };
            for j in lo..=hi {
                if i == 0 && j == 0 {
                    row.cost[0] = 0.0;
                    continue;
                }
                for (t, &(di, dj, _)) in BEAD_TYPES.iter().enumerate() {
                    if di > i || dj > j {
                        continue;
                    }
                    let prev = if di == 0 {
                        cell(&row, j - dj)
                    } else {
                        cell(&rows[i - di], j - dj)
                    };
                    if !prev.is_finite() {
                        continue;
                    }
                    let c = prev + self.bead_cost(t, &a[i - di..i], &b[j - dj..j]);
                    if c < row.cost[j - lo] {
                        row.cost[j - lo] = c;
                        row.back[j - lo] = t as u8;
                    }
                }
            }
            rows.push(row);
        }
        self.backtrack(&rows, a, b)
    }

    fn backtrack(&self, rows: &[Row], a: &[Segment], b: &[Segment]) -> Vec<PairBead> {
        let (mut i, mut j) = (a.len(), b.len());
        let mut beads = Vec::new();
        while i > 0 || j > 0 {
            let row = &rows[i];
            let t = row.back[j - row.lo] as usize;
            let (di, dj, _) = BEAD_TYPES[t];
            let cost = self.bead_cost(t, &a[i - di..i], &b[j - dj..j]);
            beads.push(PairBead {
                a: (i - di) as u32..i as u32,
                b: (j - dj) as u32..j as u32,
                score: confidence(cost),
            });
            i -= di;
            j -= dj;
        }
        beads.reverse();
        beads
    }

    fn bead_cost(&self, t: usize, a: &[Segment], b: &[Segment]) -> f64 {
        let (_, _, prior) = BEAD_TYPES[t];
        let mut cost = -prior.ln();
        if a.is_empty() || b.is_empty() {
            // An empty segment (a blank presplit line) costs almost nothing to leave unaligned.
            if a.iter().chain(b).all(|s| s.chars == 0) {
                return 0.05;
            }
            return cost;
        }
        let ga = group(a);
        let gb = group(b);
        cost -= f64::from(self.config.length_weight * self.length.score(&ga, &gb));
        cost -= f64::from(self.config.number_weight * self.numbers.score(&ga, &gb));
        for side in [a, b] {
            if side.len() > 1 && side.windows(2).any(|w| w[0].block != w[1].block) {
                cost += f64::from(self.config.cross_block);
            }
        }
        cost
    }
}

fn cell(row: &Row, j: usize) -> f64 {
    if j < row.lo {
        return f64::INFINITY;
    }
    row.cost.get(j - row.lo).copied().unwrap_or(f64::INFINITY)
}

fn group<'a>(segments: &[Segment<'a>]) -> Group<'a> {
    Group {
        lang: None,
        chars: segments.iter().map(|s| s.chars).sum(),
        numbers: segments.iter().flat_map(|s| s.numbers.iter()).collect(),
    }
}

/// Maps a bead cost to a confidence in [0, 1]: a plain 1-1 bead with fitting lengths is near 0.95, a bead with
/// agreeing numbers higher, a 1-0 bead low.
fn confidence(cost: f64) -> f32 {
    let c = 1.0 / (1.0 + (cost - 3.0).exp());
    ((c * 1000.0).round() / 1000.0) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(lens: &[usize]) -> Vec<Segment<'static>> {
        lens.iter()
            .map(|&chars| Segment {
                chars,
                block: 0,
                numbers: &[],
            })
            .collect()
    }

    #[test]
    fn equal_ratio_documents_align_one_to_one() {
        let a = segs(&[20, 35, 12, 40]);
        let b = segs(&[40, 70, 24, 80]);
        let beads = Aligner::new(Lang::Ko, Lang::En).align(&a, &b);
        assert_eq!(beads.len(), 4);
        assert!(beads.iter().all(|x| x.a.len() == 1 && x.b.len() == 1));
    }

    #[test]
    fn a_split_sentence_becomes_one_to_two() {
        let a = segs(&[20, 60, 12]);
        let b = segs(&[40, 58, 62, 24]);
        let beads = Aligner::new(Lang::Ko, Lang::En).align(&a, &b);
        assert_eq!(beads[1].a, 1..2);
        assert_eq!(beads[1].b, 1..3);
    }

    #[test]
    fn empty_inputs() {
        let al = Aligner::new(Lang::Ko, Lang::En);
        assert!(al.align(&[], &[]).is_empty());
        let beads = al.align(&segs(&[5, 6]), &[]);
        assert_eq!(beads.len(), 2);
        assert!(beads.iter().all(|x| x.b.is_empty()));
    }
}
