//! Three languages at once: Korean, Japanese and English versions aligned jointly.
//!
//! In: the segments of three documents (ko, ja, en). Out: [`TriBead`]s in order, every segment of every language in
//! exactly one bead, so the three pairwise alignments read off them are consistent by construction.
//!
//! How: the three pairwise alignments are computed first; they give each pair's refitted length model and a centre
//! line. The joint search runs over English rows k, visiting for each row the Korean positions i and Japanese
//! positions j in a small band around the pairwise paths (widened across jumps, so insertions are crossed). A bead
//! with all three languages costs its own three-way shape prior ([`tribeads`], fitted on the three-way gold of the
//! tuning half) plus the evidence of its three pairwise projections (length, numbers, names, structure, computed on
//! the merged groups whatever their sizes), so a ko–ja link is cheap when both sides also link to the same English
//! sentence: the third language is evidence. A bead with a language absent costs the sum of its projections'
//! pairwise costs (one-sided costs included). Shapes: every all-present (ko, ja, en) count up to 4, and the shapes
//! with a language absent whose present pairs are pairwise shapes.
//!
//! Why not the sum of the three pairwise costs for every bead (the first version): it charged one split twice
//! (ko–en and ko–ja each paid a 2-1 prior), and it could not express a bead such as 4 Korean, 3 Japanese, 1
//! English segments, whose ko–ja projection is no pairwise shape; on natural NTREX (tuning half) the joint
//! projections then lost 0.01–0.02 strict F1 to the pairwise aligner on every pair. [`project`] reads a pair off the
//! three-way beads; where the third language merged sentences the pair has a coarser bead, which is split again
//! by a pairwise search confined to that bead ([`refine`]), so pair beads always nest inside three-way beads.
//! Not done here: more than three languages.

use super::beads::SHAPES;
use super::dp::Band;
use super::{path_centre, tribeads, Aligner, Costing, PairBead, Segment};
use crate::types::Lang;
use std::ops::Range;

/// A three-way bead: segment ranges per language in [`Lang::index`] order (ko, ja, en); an empty range = absent.
#[derive(Debug, Clone, PartialEq)]
pub struct TriBead {
    pub sides: [Range<u32>; 3],
    /// Confidence in [0, 1]: the lowest confidence of its two-sided projections.
    pub score: f32,
}

/// Tunables of the joint search (fitted on the tuning half of natural NTREX, `eval align --fit`).
#[derive(Debug, Clone)]
pub struct JointConfig {
    /// Half-width of the joint band around each pairwise path, in segments. Default: 3.
    pub band: usize,
    /// Multiplies the three-way shape prior ([`tribeads`]) against the evidence, which is summed over the three
    /// projections (grid on the tuning half, `eval align --fit`; 2, "every language takes part in two
    /// projections", was clearly worse). Default: 0.5.
    pub prior_scale: f64,
    /// Multiplies the summed evidence of the three projections of an all-present bead: the three pairs are not
    /// independent (a long English sentence is compared with a Korean and a Japanese sentence of similar length),
    /// so their sum overstates the evidence against beads with a language absent (grid with `prior_scale`).
    /// Default: 0.5 (0.75 until Korean lengths left out Latin glosses, which moved the grid's best point).
    pub evidence_scale: f64,
    /// Multiplies the Korean–Japanese cognate weight ([`super::AlignConfig::cognate_weight`]) inside the joint
    /// search: summed over three projections, the pairwise weight made the Korean–Japanese link outweigh the two
    /// English ones (`--fit` grid on the tuning half before the English glossary, mean strict F1 of the
    /// projected pairs: 0.9802, 0.9807, 0.9762, 0.9744 at 0, 0.25, 0.5, 1; exact three-way beads 0.962 at 0,
    /// 0.963 at 0.25, 0.956 at 0.5). With the glossary the grid is flat (0.9820 at each). Default: 0.25.
    pub cognate_scale: f32,
}

impl Default for JointConfig {
    fn default() -> Self {
        JointConfig {
            band: 3,
            prior_scale: 0.5,
            evidence_scale: 0.5,
            cognate_scale: 0.25,
        }
    }
}

/// Aligns ko, ja and en segments jointly with the default settings.
pub fn align3(ko: &[Segment], ja: &[Segment], en: &[Segment]) -> Vec<TriBead> {
    align3_with(ko, ja, en, &JointConfig::default())
}

/// Aligns ko, ja and en segments jointly.
pub fn align3_with(
    ko: &[Segment],
    ja: &[Segment],
    en: &[Segment],
    config: &JointConfig,
) -> Vec<TriBead> {
    let (al_ke, al_je, al_kj) = (
        Aligner::new(Lang::Ko, Lang::En),
        Aligner::new(Lang::Ja, Lang::En),
        Aligner::with_config(Lang::Ko, Lang::Ja, {
            let base = super::AlignConfig::default();
            super::AlignConfig {
                cognate_weight: base.cognate_weight * config.cognate_scale,
                ..base
            }
        }),
    );
    let (fke, fje, fkj) = (
        al_ke.align_full(ko, en),
        al_je.align_full(ja, en),
        al_kj.align_full(ko, ja),
    );
    let (ske, ene) = al_ke.prepare(ko, en);
    let (sje, enj) = al_je.prepare(ja, en);
    let (skj, sjk) = al_kj.prepare(ko, ja);
    let c_ke = al_ke.costing(&ske, &ene, fke.model);
    let c_je = al_je.costing(&sje, &enj, fje.model);
    let c_kj = al_kj.costing(&skj, &sjk, fkj.model);
    let (n_ko, n_ja, n_en) = (ko.len(), ja.len(), en.len());
    // Centre lines over English rows.
    let swap = |b: &[PairBead]| -> Vec<PairBead> {
        b.iter()
            .map(|x| PairBead {
                a: x.b.clone(),
                b: x.a.clone(),
                score: x.score,
            })
            .collect()
    };
    let band_ko = Band::around(&path_centre(&swap(&fke.beads), n_en), config.band, n_ko);
    let band_ja = Band::around(&path_centre(&swap(&fje.beads), n_en), config.band, n_ja);
    let shapes = tribeads::shapes();
    let priors: Vec<Option<f64>> = tribeads::costs()
        .into_iter()
        .map(|c| c.map(|c| c * config.prior_scale))
        .collect();
    // Every bead ending at (i, j, k) projects to pair beads ending at (i, k), (j, k) and (i, j): their costs are
    // computed once per end point for all start offsets, so a cell costs three look-ups, not 3 × shapes scorings.
    let mut memo_ke = PairMemo::default();
    let mut memo_je = PairMemo::default();
    let mut memo_kj = PairMemo::default();
    // rows[k]: cost and back-pointer over (i in band_ko[k]) × (j in band_ja[k]).
    let width = |k: usize| band_ja.hi[k] - band_ja.lo[k] + 1;
    let at = |k: usize, i: usize, j: usize| -> Option<usize> {
        if i < band_ko.lo[k] || i > band_ko.hi[k] || j < band_ja.lo[k] || j > band_ja.hi[k] {
            return None;
        }
        Some((i - band_ko.lo[k]) * width(k) + (j - band_ja.lo[k]))
    };
    let mut cost_rows: Vec<Vec<f64>> = Vec::with_capacity(n_en + 1);
    let mut back_rows: Vec<Vec<u16>> = Vec::with_capacity(n_en + 1);
    for k in 0..=n_en {
        let size = (band_ko.hi[k] - band_ko.lo[k] + 1) * width(k);
        let mut row = vec![f64::INFINITY; size];
        let mut back = vec![u16::MAX; size];
        for i in band_ko.lo[k]..=band_ko.hi[k] {
            for j in band_ja.lo[k]..=band_ja.hi[k] {
                let here = at(k, i, j).expect("in band");
                if i == 0 && j == 0 && k == 0 {
                    row[here] = 0.0;
                    continue;
                }
                let ke = memo_ke.get(&c_ke, i, k);
                let je = memo_je.get(&c_je, j, k);
                let kj = memo_kj.get(&c_kj, i, j);
                for (t, s) in shapes.iter().enumerate() {
                    if s[0] > i || s[1] > j || s[2] > k {
                        continue;
                    }
                    let (pk, pi, pj) = (k - s[2], i - s[0], j - s[1]);
                    let prev = match at(pk, pi, pj) {
                        Some(p) if pk == k => row[p],
                        Some(p) => cost_rows[pk][p],
                        None => continue,
                    };
                    if !prev.is_finite() {
                        continue;
                    }
                    let (x, y, z) = (
                        PairMemo::slot(s[0], s[2]),
                        PairMemo::slot(s[1], s[2]),
                        PairMemo::slot(s[0], s[1]),
                    );
                    let bead = match priors[t] {
                        Some(p) => p + config.evidence_scale * (ke.1[x] + je.1[y] + kj.1[z]),
                        None => partial_cost(s, (ke.0[x], je.0[y], kj.0[z]), (ke, je, kj)),
                    };
                    let c = prev + bead;
                    if c < row[here] {
                        row[here] = c;
                        back[here] = t as u16;
                    }
                }
            }
        }
        cost_rows.push(row);
        back_rows.push(back);
    }
    let (mut i, mut j, mut k) = (n_ko, n_ja, n_en);
    let mut out = Vec::new();
    while i > 0 || j > 0 || k > 0 {
        let t = at(k, i, j).map_or(u16::MAX, |p| back_rows[k][p]) as usize;
        // An unreachable corner (cannot happen with finite costs): fall back to one-sided steps.
        let s = shapes.get(t).copied().unwrap_or(if k > 0 {
            [0, 0, 1]
        } else if j > 0 {
            [0, 1, 0]
        } else {
            [1, 0, 0]
        });
        let (ri, rj, rk) = (i - s[0]..i, j - s[1]..j, k - s[2]..k);
        let mut score = 1.0f32;
        let mut two_sided = false;
        for (c, x, y) in [(&c_ke, &ri, &rk), (&c_je, &rj, &rk), (&c_kj, &ri, &rj)] {
            if !x.is_empty() && !y.is_empty() && SHAPES.contains(&(x.len(), y.len())) {
                two_sided = true;
                score = score.min(c.confidence(c.cost(x.clone(), y.clone())));
            }
        }
        if !two_sided {
            let one = c_ke.cost(ri.clone(), rk.clone())
                + c_je.cost(rj.clone(), rk.clone())
                + c_kj.cost(ri.clone(), rj.clone());
            score = c_ke.confidence(one);
        }
        out.push(TriBead {
            sides: [r32(&ri), r32(&rj), r32(&rk)],
            score,
        });
        i -= s[0];
        j -= s[1];
        k -= s[2];
    }
    out.reverse();
    out
}

/// The cost of a bead with a language absent, from its projections' pairwise costs `c` (ko–en, ja–en, ko–ja)
/// and the memo rows they come from. One language alone: the sum of its two one-sided costs, as two pairwise
/// alignments would charge. Two languages: their pair's cost plus one omission, the mean of the two one-sided
/// costs the absent language causes (one event, not two: the English left out a sentence that Korean and
/// Japanese both have).
fn partial_cost(s: &[usize; 3], c: (f64, f64, f64), memo: Memos) -> f64 {
    let (ke, je, kj) = memo;
    let slot = PairMemo::slot;
    match (s[0] > 0, s[1] > 0, s[2] > 0) {
        (true, true, false) => c.2 + 0.5 * (ke.0[slot(s[0], 0)] + je.0[slot(s[1], 0)]),
        (true, false, true) => c.0 + 0.5 * (kj.0[slot(s[0], 0)] + je.0[slot(0, s[2])]),
        (false, true, true) => c.1 + 0.5 * (kj.0[slot(0, s[1])] + ke.0[slot(0, s[2])]),
        _ => c.0 + c.1 + c.2,
    }
}

/// The memo rows of one cell: ko–en, ja–en, ko–ja.
type Memos<'m> = (
    &'m (Offsets, Offsets),
    &'m (Offsets, Offsets),
    &'m (Offsets, Offsets),
);

/// Pair costs of beads ending at one point, for every start offset up to [`tribeads::MAX`] on either side.
type Offsets = [f64; (tribeads::MAX + 1) * (tribeads::MAX + 1)];

/// Costs of the pair beads ending at (a, b), computed on first use: full pairwise costs (`.0`, for beads with a
/// language absent) and evidence costs without the prior (`.1`, for all-present beads).
#[derive(Default)]
struct PairMemo(std::collections::HashMap<(usize, usize), Box<(Offsets, Offsets)>>);

impl PairMemo {
    fn slot(da: usize, db: usize) -> usize {
        da * (tribeads::MAX + 1) + db
    }

    fn get(&mut self, c: &Costing, a: usize, b: usize) -> &(Offsets, Offsets) {
        self.0.entry((a, b)).or_insert_with(|| {
            let none: Offsets = [f64::INFINITY; (tribeads::MAX + 1) * (tribeads::MAX + 1)];
            let mut v = Box::new((none, none));
            for da in 0..=tribeads::MAX.min(a) {
                for db in 0..=tribeads::MAX.min(b) {
                    let (ra, rb) = (a - da..a, b - db..b);
                    let k = Self::slot(da, db);
                    v.0[k] = c.cost(ra.clone(), rb.clone());
                    if da > 0 && db > 0 {
                        v.1[k] = c.evidence_cost(ra, rb);
                    }
                }
            }
            v
        })
    }
}

fn r32(r: &Range<usize>) -> Range<u32> {
    r.start as u32..r.end as u32
}

/// The pair `a`–`b` read off three-way beads: beads empty on both sides dropped, coarse beads split again by
/// `refine` (a pairwise search inside the bead), so every pair bead nests inside one three-way bead.
pub fn project(
    beads: &[TriBead],
    a: Lang,
    b: Lang,
    refine: &dyn Fn(Range<u32>, Range<u32>) -> Vec<PairBead>,
) -> Vec<PairBead> {
    let mut out = Vec::new();
    for t in beads {
        let (ra, rb) = (t.sides[a.index()].clone(), t.sides[b.index()].clone());
        if ra.is_empty() && rb.is_empty() {
            continue;
        }
        if ra.len() > 1 && rb.len() > 1
            || !SHAPES.contains(&(ra.len(), rb.len())) && !ra.is_empty() && !rb.is_empty()
        {
            out.extend(refine(ra, rb));
        } else {
            out.push(PairBead {
                a: ra,
                b: rb,
                score: t.score,
            });
        }
    }
    out
}

/// Splits the box `a[ra] × b[rb]` by a pairwise search confined to it (the beads of the cheapest path).
pub fn refine(costing: &Costing, ra: Range<u32>, rb: Range<u32>) -> Vec<PairBead> {
    let (n, m) = (ra.len(), rb.len());
    let band = Band::diagonal(n, m, n.max(m));
    let (a0, b0) = (ra.start as usize, rb.start as usize);
    let (steps, _) = super::dp::search(n, m, &band, &SHAPES, |t, i, j| {
        let (di, dj) = SHAPES[t];
        costing.cost(a0 + i - di..a0 + i, b0 + j - dj..b0 + j)
    });
    steps
        .iter()
        .map(|s| {
            let (di, dj) = SHAPES[s.shape];
            PairBead {
                a: (a0 + s.i - di) as u32..(a0 + s.i) as u32,
                b: (b0 + s.j - dj) as u32..(b0 + s.j) as u32,
                score: costing.confidence(s.cost),
            }
        })
        .collect()
}

/// Aligns three documents jointly and returns the three-way beads with the pair `a`–`b` (any two of ko, ja, en, in
/// the order asked) projected from them.
pub fn pair_of(tri: &[TriBead], segs: [&[Segment]; 3], a: Lang, b: Lang) -> Vec<PairBead> {
    let al = Aligner::new(a, b);
    let full = al.align_full(segs[a.index()], segs[b.index()]);
    let (sa, sb) = al.prepare(segs[a.index()], segs[b.index()]);
    let costing = al.costing(&sa, &sb, full.model);
    project(tri, a, b, &|x, y| refine(&costing, x, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(lens: &[usize]) -> Vec<Segment<'static>> {
        lens.iter().map(|&c| Segment::plain(c, 0, &[])).collect()
    }

    #[test]
    fn three_way_covers_every_segment_once() {
        let (ko, ja, en) = (
            segs(&[20, 30, 15, 40]),
            segs(&[21, 31, 16, 20, 22]),
            segs(&[40, 60, 30, 80]),
        );
        let tri = align3(&ko, &ja, &en);
        for (l, n) in [(0, 4u32), (1, 5), (2, 4)] {
            let mut next = 0;
            for t in &tri {
                assert_eq!(t.sides[l].start, next);
                next = t.sides[l].end;
            }
            assert_eq!(next, n);
        }
        assert!(tri.iter().all(|t| (0.0..=1.0).contains(&t.score)));
    }
}
