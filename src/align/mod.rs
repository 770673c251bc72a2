//! Sentence alignment of two documents by dynamic programming over bead shapes.
//!
//! In: the segments of two documents (length, block, block kind, numbers, names, Sino-Korean bigrams). Out:
//! [`PairBead`]s in order, every segment in exactly one bead (an empty side = no counterpart), each with a
//! confidence in [0, 1].
//!
//! How: the cost of a bead is its shape's prior cost ([`beads`], fitted on natural NTREX) minus the weighted
//! evidence of the [`score::Scorer`]s (length, numbers, names, structure, cognates: shared Sino-Korean
//! bigrams, which English brings through its glossary words, and any extra scorer plugged in with
//! [`Aligner::with_scorer`]) and, for ko-en, of a second length model on word counts
//! ([`LengthModel::words_for_pair`]), plus a cost for merging segments across
//! blocks; segments without letters are cheap to leave unaligned. The search ([`dp`]) runs in a band around a
//! centre line through number anchors ([`anchors`]); when the best path runs along the band's edge the band is
//! re-centred on that path and doubled, so a long insertion is crossed without a quadratic search. A first pass
//! with the length model re-estimated from the documents' totals is followed, for documents of 12 or more
//! segments, by a second pass whose length model is refitted on the first pass's 1-1 beads. Not done here:
//! three-way alignment ([`multi`]), refusing unrelated documents ([`refuse`]).

pub mod anchors;
pub mod beads;
pub mod dp;
pub mod length;
pub mod multi;
pub mod refuse;
pub mod score;
pub mod tribeads;

use crate::types::{BlockKind, Entity, Lang, NumExpr};
use length::LengthModel;
use score::cognates::CognateScorer;
use score::length::LengthScorer;
use score::names::NamesScorer;
use score::numbers::NumberScorer;
use score::structure::StructureScorer;
use score::{Group, Scorer, Side, MAX_WINDOW};
use std::ops::Range;
use std::sync::Arc;

/// What the aligner needs to know about one segment.
#[derive(Debug, Clone, Copy)]
pub struct Segment<'a> {
    /// Characters, whitespace excluded.
    pub chars: usize,
    /// Whitespace-separated words (0 when unknown; the word length model is then left out).
    pub words: usize,
    /// Block index in its document; merges across blocks cost extra.
    pub block: u32,
    /// The kind of its block (`None` when unknown, as for presplit input).
    pub kind: Option<BlockKind>,
    /// Whether it has a letter (segments without are cheap to leave unaligned).
    pub letters: bool,
    pub numbers: &'a [NumExpr],
    /// Name mentions (`normalize::entities`), matched by key.
    pub entities: &'a [Entity],
    /// Sino-Korean bigram codes (`normalize::cognates`), sorted.
    pub cognates: &'a [u32],
}

impl<'a> Segment<'a> {
    /// A segment of unknown block kind (presplit input); `letters` is assumed when it has characters.
    pub fn plain(chars: usize, block: u32, numbers: &'a [NumExpr]) -> Self {
        Segment {
            chars,
            words: 0,
            block,
            kind: None,
            letters: chars > 0,
            numbers,
            entities: &[],
            cognates: &[],
        }
    }
}

/// A two-language bead: segment index ranges of side `a` and side `b`.
#[derive(Debug, Clone, PartialEq)]
pub struct PairBead {
    pub a: Range<u32>,
    pub b: Range<u32>,
    /// Confidence in [0, 1] that this bead is right.
    pub score: f32,
}

/// Tunables of the aligner. The defaults are the values fitted on the tuning half of NTREX (natural and
/// synthetic sets; `pressalign eval align --fit`), recorded in `docs/ALIGNMENT.md`.
#[derive(Debug, Clone)]
pub struct AlignConfig {
    /// Half-width of the search band around the centre line, in segments. Default: 6 (24, 12, 10, 6 and 4 give
    /// the same alignments on every tuning set; 6 searches 13 columns a row instead of 49 at 24 and 21 at 10,
    /// and keeps a margin over 4; a path that touches the edge widens the band).
    pub band: usize,
    /// Extra cost for a group of segments from different blocks. Default: 2.0.
    pub cross_block: f32,
    /// Weight of the length score. Default: 1.470.
    pub length_weight: f32,
    /// Weight of the word-count length score ([`LengthModel::words_for_pair`]; ko-en only). Default: 0.344, from
    /// the `--fit` coordinate search (its other moves, one-sided bonus 5.467 -> 4.100 above all, were not taken:
    /// they cost `tests/gold` ko-en real omissions and dropped it below its floor; see `docs/ALIGNMENT.md`).
    pub word_weight: f32,
    /// Weight of the number score. Default: 4.004.
    pub number_weight: f32,
    /// Weight of the structure score. Default: 2.812.
    pub structure_weight: f32,
    /// Weight of the names score. Default: 3.132.
    pub names_weight: f32,
    /// Weight of the cognate score (shared Sino-Korean bigrams) for the Korean–Japanese pair. Default: 2.0 (the
    /// `--fit` coordinate search moved it 1.0 → 1.5 → 1.875 → 2.062 over three rounds; tuning half, natural
    /// ko-ja strict F1 0.963 without, 0.971 at 1.0, 0.974 at 2.0).
    pub cognate_weight: f32,
    /// Weight of the cognate score for a pair with English, whose bigrams come from the glossary translations
    /// of its words (`normalize::glossary`): fewer per sentence than Korean and Japanese share, each as telling.
    /// Default: 3.0 (grid on the tuning half at 1, 1.5, 2, 3, 4: synthetic ja-en strict F1 0.965, 0.973, 0.976,
    /// 0.980, 0.975; concatenated ko-en 0.947, 0.947, 0.953, 0.959, 0.967, but natural ja-en −0.002 and
    /// `tests/gold` three-way −0.02 at 4).
    pub glossary_weight: f32,
    /// Subtracted from the prior cost of a 1-0/0-1 bead: the generative balance between "a translated pair" and
    /// "two unrelated segments", which the prior alone does not carry. Default: 5.467.
    pub one_sided_bonus: f32,
    /// Cost (before `number_weight`) per specific number without a counterpart in its bead partner, times its
    /// rarity ([`NumberScorer::orphan`]). Default: 0.18.
    pub orphan_number: f32,
    /// Confidence = sigmoid(`confidence.0` − `confidence.1` × bead cost). Default: (2.636, 0.232).
    pub confidence: (f32, f32),
    /// Refit the length model on a first pass (documents of 12+ segments). Default: true.
    pub refit: bool,
}

impl Default for AlignConfig {
    fn default() -> Self {
        AlignConfig {
            band: 6,
            cross_block: 2.0,
            length_weight: 1.470,
            word_weight: 0.344,
            number_weight: 4.004,
            structure_weight: 2.812,
            names_weight: 3.132,
            cognate_weight: 2.0,
            glossary_weight: 3.0,
            one_sided_bonus: 5.467,
            orphan_number: 0.18,
            confidence: (2.636, 0.232),
            refit: true,
        }
    }
}

/// Aligns documents of one language pair.
#[derive(Clone)]
pub struct Aligner {
    a: Lang,
    b: Lang,
    priors: [f64; 10],
    model: LengthModel,
    /// The word-count model, for pairs that separate words with spaces.
    words: Option<LengthModel>,
    config: AlignConfig,
    extra: Vec<(f32, Arc<dyn Scorer>)>,
}

/// A finished pairwise alignment with what the refusal check and the three-way aligner need.
#[derive(Debug, Clone)]
pub struct Alignment {
    pub beads: Vec<PairBead>,
    /// Cost of each bead (same order).
    pub costs: Vec<f64>,
    /// The length model the final pass used.
    pub model: LengthModel,
    /// Per bead, the positive evidence of shared numbers and names (0 for one-sided beads).
    pub evidence: Vec<f32>,
}

/// The fixed part ([`Costing::fixed_cost`]) and whole cost of every candidate bead of one DP band, in the
/// layout of [`dp::band_cells`]; the fixed part is NaN where it was not computed.
struct FixedCosts {
    band: dp::Band,
    cells: Cells,
}

impl FixedCosts {
    /// The fixed cost of shape `t` ending at (i, j), when computed.
    fn get(&self, i: usize, j: usize, t: usize) -> Option<f64> {
        let (lo, hi) = (*self.band.lo.get(i)?, self.band.hi[i]);
        if j < lo || j > hi {
            return None;
        }
        let v = self.cells[i][(j - lo) * beads::SHAPES.len() + t].0;
        (!v.is_nan()).then_some(v)
    }
}

/// (fixed part, whole cost) of every candidate bead of a band, row by row in the layout of [`dp::band_cells`].
type Cells = Vec<Vec<(f64, f64)>>;

/// Everything needed to cost a candidate bead of one document pair.
pub struct Costing<'s, 'a> {
    pub a: &'s Side<'a>,
    pub b: &'s Side<'a>,
    length: LengthScorer,
    numbers: NumberScorer,
    structure: StructureScorer,
    names: NamesScorer,
    cognates: CognateScorer,
    /// The word-count model for this document pair (`None`: a pair without spaces, or words unknown).
    words: Option<LengthModel>,
    aligner: &'s Aligner,
    /// The cognate scorer's weight for this pair: [`AlignConfig::glossary_weight`] when one side is English,
    /// else [`AlignConfig::cognate_weight`].
    cognate_weight: f32,
    /// Every group of 1 to [`MAX_WINDOW`] segments of `a` and of `b`, made once: the DP asks for each of them
    /// at every cell of its row or column ([`cached_groups`]).
    groups: [Vec<Group<'s, 'a>>; 2],
    /// [`Self::cost_bound`] holds: no extra scorers, and no negative evidence weight or number penalty.
    bounded: bool,
}

/// Every group of 1 to [`MAX_WINDOW`] segments of a side, at `[end * MAX_WINDOW + len - 1]` (an empty group
/// where `len > end`).
fn cached_groups<'s, 'a>(side: &'s Side<'a>) -> Vec<Group<'s, 'a>> {
    (0..=side.len())
        .flat_map(|end| {
            (1..=MAX_WINDOW).map(move |len| match end.checked_sub(len) {
                Some(start) => side.group(start..end),
                None => side.group(0..0),
            })
        })
        .collect()
}

impl<'s, 'a> Costing<'s, 'a> {
    /// The cached group of segments `r` of side `k` (0: a, 1: b), if it is short enough to be cached.
    fn cached(&self, k: usize, r: &Range<usize>) -> Option<&Group<'s, 'a>> {
        match r.len() {
            len @ 1..=MAX_WINDOW => self.groups[k].get(r.end * MAX_WINDOW + len - 1),
            _ => None,
        }
    }

    /// The cost of the bead `a[ra] ↔ b[rb]` (either side may be empty; both empty costs 0):
    /// [`Self::fixed_cost`] minus [`Self::length_cost`].
    pub fn cost(&self, ra: Range<usize>, rb: Range<usize>) -> f64 {
        self.fixed_cost(ra.clone(), rb.clone()) - self.length_cost(ra, rb)
    }

    /// The part of [`Self::cost`] that does not depend on the length model: the whole cost of a one-sided bead;
    /// for a two-sided one the shape's prior minus the weighted word-count, number, structure and name scores, plus the
    /// cross-block costs. The refined pass, which only changes the length model, reuses it.
    pub fn fixed_cost(&self, ra: Range<usize>, rb: Range<usize>) -> f64 {
        let shape = beads::SHAPES
            .iter()
            .position(|&s| s == (ra.len(), rb.len()));
        self.fixed_cost_of(shape, ra, rb)
    }

    /// [`Self::fixed_cost`] of a bead whose index in [`beads::SHAPES`] is known (`None`: not a listed shape).
    fn fixed_cost_of(&self, shape: Option<usize>, ra: Range<usize>, rb: Range<usize>) -> f64 {
        let (na, nb) = (ra.len(), rb.len());
        if na == 0 && nb == 0 {
            return 0.0;
        }
        let cfg = &self.aligner.config;
        if na == 0 || nb == 0 {
            let (side, r) = if na == 0 { (self.b, rb) } else { (self.a, ra) };
            let units = &side.units[r];
            if units.iter().all(|u| u.chars == 0) {
                return beads::EMPTY_COST * units.len() as f64;
            }
            if units.iter().all(|u| !u.letters) {
                return beads::LETTERLESS_COST * units.len() as f64;
            }
            let prior = shape.map_or(f64::INFINITY, |k| self.aligner.priors[k]);
            return prior - f64::from(cfg.one_sided_bonus);
        }
        let Some(k) = shape else {
            return f64::INFINITY;
        };
        self.fixed_from(self.aligner.priors[k], ra, rb)
    }

    /// The weighted length score of a two-sided bead under this costing's length model (0 for a one-sided one).
    pub fn length_cost(&self, ra: Range<usize>, rb: Range<usize>) -> f64 {
        if ra.is_empty() || rb.is_empty() {
            return 0.0;
        }
        let (la, lb) = (self.a.chars(ra) as usize, self.b.chars(rb) as usize);
        let score = self.length.0.log_likelihood(la, lb) as f32;
        f64::from(self.aligner.config.length_weight * score)
    }

    /// The evidence part of a two-sided bead's cost, any group sizes: minus the weighted scores, plus the
    /// cross-block cost of each side (the prior of the shape is not included; the three-way aligner adds its own).
    pub fn evidence_cost(&self, ra: Range<usize>, rb: Range<usize>) -> f64 {
        self.fixed_from(0.0, ra.clone(), rb.clone()) - self.length_cost(ra, rb)
    }

    /// `start` minus the weighted word-count, number, structure, name (and extra) scores, plus the cross-block
    /// costs.
    fn fixed_from(&self, start: f64, ra: Range<usize>, rb: Range<usize>) -> f64 {
        let cfg = &self.aligner.config;
        let (own_a, own_b);
        let ga = match self.cached(0, &ra) {
            Some(g) => g,
            None => {
                own_a = self.a.group(ra.clone());
                &own_a
            }
        };
        let gb = match self.cached(1, &rb) {
            Some(g) => g,
            None => {
                own_b = self.b.group(rb.clone());
                &own_b
            }
        };
        let mut cost = self.plain_part(start, ga, gb);
        cost -= f64::from(cfg.number_weight * self.numbers.score(ga, gb));
        cost -= f64::from(cfg.names_weight * self.names.score(ga, gb));
        // A side holds no bigrams when the two documents share none; checked here, the call is left out of
        // such a pair's DP cells.
        if !self.a.cogs.is_empty() {
            cost -= f64::from(self.cognate_weight * self.cognates.score(ga, gb));
        }
        for (w, s) in &self.aligner.extra {
            cost -= f64::from(w * s.score(ga, gb));
        }
        cost
    }

    /// The cheap terms of [`Self::fixed_from`]: `start` minus the weighted word-count and structure scores, plus
    /// the cross-block costs.
    fn plain_part(&self, start: f64, ga: &Group, gb: &Group) -> f64 {
        let cfg = &self.aligner.config;
        let mut cost = start;
        if let Some(m) = &self.words {
            cost -=
                f64::from(cfg.word_weight) * m.log_likelihood(ga.words as usize, gb.words as usize);
        }
        cost -= f64::from(cfg.structure_weight * self.structure.score(ga, gb));
        for g in [ga, gb] {
            if g.bounds.crosses_block {
                cost += f64::from(cfg.cross_block);
            }
        }
        cost
    }

    /// A lower bound of [`Self::cost`] for the two-sided bead `a[ra] ↔ b[rb]` of shape `SHAPES[t]` (both sides at
    /// most [`MAX_WINDOW`] segments): the prior, length, word-count, structure and cross-block terms exactly, and
    /// the number, name and cognate scores replaced by upper bounds from the groups' [`score::Bounds`] (how many
    /// mentions could pair, at their largest weight; 0 when signatures do not meet). −∞ where no bound is
    /// known: extra scorers, or a configuration with a negative weight or penalty.
    pub fn cost_bound(&self, t: usize, ra: Range<usize>, rb: Range<usize>) -> f64 {
        let (Some(ga), Some(gb)) = (self.cached(0, &ra), self.cached(1, &rb)) else {
            return f64::NEG_INFINITY;
        };
        if !self.bounded {
            return f64::NEG_INFINITY;
        }
        let cfg = &self.aligner.config;
        let (a, b) = (&ga.bounds, &gb.bounds);
        let pairs = |x: usize, y: usize| x.min(y).min(64) as f32;
        let numbers = pairs(ga.nums.len(), gb.nums.len()) * a.num_max.max(b.num_max);
        let names = if a.ent_sig & b.ent_sig == 0 {
            0.0
        } else {
            pairs(ga.ents.len(), gb.ents.len()) * a.ent_max.max(b.ent_max)
        };
        let cognates = if ga.cog_sig & gb.cog_sig == 0 || self.a.cogs.is_empty() {
            0.0
        } else {
            a.cog_total.min(b.cog_total)
        };
        let bound = self.plain_part(self.aligner.priors[t], ga, gb)
            - self.length_cost(ra, rb)
            - f64::from(cfg.number_weight * numbers)
            - f64::from(cfg.names_weight * names)
            - f64::from(self.cognate_weight * cognates);
        // Margin for the rounding of the f32 sums the scorers add up in another order.
        bound - 1e-3 - 1e-6 * bound.abs()
    }

    /// The cheapest path through `band` over the first `shapes` of [`beads::SHAPES`], whether it runs along the
    /// band's edge, and the (fixed part, whole cost) of every candidate bead in the band (fixed part NaN where
    /// only a lower bound was needed). Fixed parts in `carried` are reused. The candidates' costs are computed
    /// on every thread before the (sequential) search, except that a bead of a rarer shape first gets only its
    /// [`Self::cost_bound`]; the search evaluates it when the bound could beat the best candidate of its cell
    /// so far (most cannot). The path is the one of a search that evaluates everything.
    fn search(
        &self,
        band: &dp::Band,
        shapes: usize,
        carried: Option<&FixedCosts>,
    ) -> (Vec<dp::Step>, bool, Cells) {
        let (n, m) = (self.a.len(), self.b.len());
        let shapes = &beads::SHAPES[..shapes];
        let exact = |t: usize, i: usize, j: usize| {
            let (di, dj) = shapes[t];
            let (ra, rb) = (i - di..i, j - dj..j);
            let fixed = carried
                .and_then(|c| c.get(i, j, t))
                .unwrap_or_else(|| self.fixed_cost_of(Some(t), ra.clone(), rb.clone()));
            (fixed, fixed - self.length_cost(ra, rb))
        };
        let mut cells = dp::band_cells(n, band, shapes, (f64::NAN, f64::INFINITY), |t, i, j| {
            let (di, dj) = shapes[t];
            // 1-1 sets each cell's first best; one-sided beads cost next to nothing.
            if t > 0 && di > 0 && dj > 0 && carried.and_then(|c| c.get(i, j, t)).is_none() {
                let bound = self.cost_bound(t, i - di..i, j - dj..j);
                if bound > f64::NEG_INFINITY {
                    return (f64::NAN, bound);
                }
            }
            exact(t, i, j)
        });
        let width = shapes.len();
        let (steps, edge) = dp::search_cells(n, m, band, shapes, |i, k, limit| {
            let (fixed, whole) = cells[i][k];
            if !fixed.is_nan() {
                return whole;
            }
            // `whole` is a bound: a candidate that cannot beat the cell's best (or cannot be taken at all).
            if whole > limit || whole == f64::INFINITY {
                return f64::INFINITY;
            }
            cells[i][k] = exact(k % width, i, band.lo[i] + k / width);
            cells[i][k].1
        });
        (steps, edge, cells)
    }

    /// Shared numbers and names of a two-sided bead (positive part of their scores).
    pub fn evidence(&self, ra: Range<usize>, rb: Range<usize>) -> f32 {
        if ra.is_empty() || rb.is_empty() {
            return 0.0;
        }
        let (ga, gb) = (self.a.group(ra), self.b.group(rb));
        self.numbers.score(&ga, &gb).max(0.0) + self.names.score(&ga, &gb)
    }

    /// Confidence of a bead of cost `c`.
    pub fn confidence(&self, c: f64) -> f32 {
        self.aligner.confidence(c)
    }
}

impl Aligner {
    /// An aligner for `a → b` with default settings.
    pub fn new(a: Lang, b: Lang) -> Self {
        Self::with_config(a, b, AlignConfig::default())
    }

    pub fn with_config(a: Lang, b: Lang, config: AlignConfig) -> Self {
        Aligner {
            a,
            b,
            priors: beads::costs(a, b),
            model: LengthModel::for_pair(a, b),
            words: LengthModel::words_for_pair(a, b),
            config,
            extra: Vec::new(),
        }
    }

    /// Adds a scorer (with its weight) to the built-in ones: the seam for names and any later evidence.
    pub fn with_scorer(mut self, weight: f32, scorer: Arc<dyn Scorer>) -> Self {
        self.extra.push((weight, scorer));
        self
    }

    pub fn config(&self) -> &AlignConfig {
        &self.config
    }

    pub fn langs(&self) -> (Lang, Lang) {
        (self.a, self.b)
    }

    /// Aligns `a` with `b`.
    pub fn align(&self, a: &[Segment], b: &[Segment]) -> Vec<PairBead> {
        self.align_full(a, b).beads
    }

    /// Aligns `a` with `b` and keeps the bead costs and the length model used.
    pub fn align_full(&self, a: &[Segment], b: &[Segment]) -> Alignment {
        let (sa, sb) = self.prepare(a, b);
        self.align_sides(&sa, &sb)
    }

    /// [`Self::align_full`] on prepared documents.
    pub fn align_sides(&self, sa: &Side, sb: &Side) -> Alignment {
        let (model, centre) = self.start(sa, sb);
        let (first, fixed) = self.pass(sa, sb, model, &centre, self.config.band, None);
        if !self.config.refit || sa.len().min(sb.len()) < 12 {
            return first;
        }
        let mut xs: Vec<f64> = first
            .beads
            .iter()
            .filter(|x| x.a.len() == 1 && x.b.len() == 1)
            .map(|x| {
                LengthModel::log_ratio(
                    sa.units[x.a.start as usize].chars as usize,
                    sb.units[x.b.start as usize].chars as usize,
                )
            })
            .collect();
        let refit = self.model.refit(&mut xs);
        // The first path is close: the refined pass searches a narrower band around it (widened if needed).
        let centre = path_centre(&first.beads, sa.len());
        let width = (self.config.band / 2).max(4);
        self.pass(sa, sb, refit, &centre, width, Some(fixed)).0
    }

    /// The length model for two prepared documents' sizes and the centre line through their number anchors.
    fn start(&self, sa: &Side, sb: &Side) -> (LengthModel, Vec<usize>) {
        let model = self.model.for_documents(
            (sa.len(), sa.chars(0..sa.len()) as usize),
            (sb.len(), sb.chars(0..sb.len()) as usize),
        );
        let centre = anchors::centre(
            sa.len(),
            sb.len(),
            &anchors::chain(anchors::candidates(sa, sb)),
        );
        (model, centre)
    }

    /// The total (finite) cost of the cheapest path inside the first band only, over the first
    /// [`beads::NULL_SHAPES`] shapes: no widening, no length refit. A bounded-time estimate for null models such
    /// as the refusal check's reversed document, whose path wanders and would otherwise widen the band to the
    /// whole document.
    pub fn banded_cost(&self, a: &[Segment], b: &[Segment]) -> f64 {
        let (sa, sb) = self.prepare(a, b);
        self.banded_cost_sides(&sa, &sb)
    }

    /// [`Self::banded_cost`] on prepared documents.
    pub fn banded_cost_sides(&self, sa: &Side, sb: &Side) -> f64 {
        let (model, centre) = self.start(sa, sb);
        let costing = self.costing(sa, sb, model);
        let band = dp::Band::around(&centre, self.config.band, sb.len());
        let (steps, _, _) = costing.search(&band, beads::NULL_SHAPES, None);
        steps.iter().map(|s| s.cost).filter(|c| c.is_finite()).sum()
    }

    /// The costing of a prepared document pair under a length model.
    pub fn costing<'s, 'a>(
        &'s self,
        a: &'s Side<'a>,
        b: &'s Side<'a>,
        model: LengthModel,
    ) -> Costing<'s, 'a> {
        let cfg = &self.config;
        let numbers = NumberScorer {
            orphan: cfg.orphan_number,
            ..NumberScorer::default()
        };
        let cognate_weight = if a.lang == Lang::En || b.lang == Lang::En {
            cfg.glossary_weight
        } else {
            cfg.cognate_weight
        };
        // The bound takes the evidence scores at their largest and the number penalties at 0: it holds when
        // every weight and penalty it leaves out is non-negative.
        let signs = [
            cfg.number_weight,
            cfg.names_weight,
            cognate_weight,
            numbers.orphan,
            numbers.conflict,
        ];
        Costing {
            a,
            b,
            length: LengthScorer(model),
            numbers,
            structure: StructureScorer::default(),
            names: NamesScorer,
            cognates: CognateScorer,
            words: self.word_model(a, b),
            aligner: self,
            cognate_weight,
            groups: [cached_groups(a), cached_groups(b)],
            bounded: self.extra.is_empty() && signs.iter().all(|&w| w >= 0.0),
        }
    }

    /// The word-count model re-estimated from the two documents' totals, when the pair has one and both
    /// documents have words.
    fn word_model(&self, a: &Side, b: &Side) -> Option<LengthModel> {
        let (wa, wb) = (a.words(0..a.len()), b.words(0..b.len()));
        if wa == 0 || wb == 0 {
            return None;
        }
        let m = self.words?;
        Some(m.for_documents((a.len(), wa as usize), (b.len(), wb as usize)))
    }

    /// Prepares two documents for [`Self::costing`].
    pub fn prepare<'a>(&self, a: &[Segment<'a>], b: &[Segment<'a>]) -> (Side<'a>, Side<'a>) {
        score::prepare((a, self.a), (b, self.b))
    }

    /// One DP pass. When the path runs along the band's edge, the band is re-centred on the path; if the edge is
    /// touched again right after a re-centring, the band is also doubled. The fixed part of the costs of cells
    /// an earlier pass or round already visited (`carried`) is reused; the pass returns its own.
    fn pass(
        &self,
        sa: &Side,
        sb: &Side,
        model: LengthModel,
        centre: &[usize],
        width: usize,
        carried: Option<FixedCosts>,
    ) -> (Alignment, FixedCosts) {
        let (n, m) = (sa.len(), sb.len());
        let costing = self.costing(sa, sb, model);
        let mut width = width;
        let mut centre = centre.to_vec();
        let mut recentred = false;
        let mut carried = carried;
        loop {
            let band = dp::Band::around(&centre, width, m);
            let (steps, edge, cells) = costing.search(&band, beads::SHAPES.len(), carried.as_ref());
            let fixed = FixedCosts { band, cells };
            let beads: Vec<PairBead> = steps
                .iter()
                .map(|s| {
                    let (di, dj) = beads::SHAPES[s.shape];
                    PairBead {
                        a: (s.i - di) as u32..s.i as u32,
                        b: (s.j - dj) as u32..s.j as u32,
                        score: self.confidence(s.cost),
                    }
                })
                .collect();
            // The band doubles after every second re-centring, so it reaches the whole document in a bounded
            // number of rounds (about 2 log2(n / band)).
            let wide = width >= n.max(m);
            if !edge || wide {
                let evidence = beads
                    .iter()
                    .map(|x| {
                        costing.evidence(
                            x.a.start as usize..x.a.end as usize,
                            x.b.start as usize..x.b.end as usize,
                        )
                    })
                    .collect();
                let al = Alignment {
                    costs: steps.iter().map(|s| s.cost).collect(),
                    beads,
                    model,
                    evidence,
                };
                return (al, fixed);
            }
            centre = path_centre(&beads, n);
            if recentred {
                width = (width * 2).max(1);
            }
            recentred = true;
            carried = Some(fixed);
        }
    }

    fn confidence(&self, cost: f64) -> f32 {
        let (c0, c1) = self.config.confidence;
        let z = f64::from(c0) - f64::from(c1) * cost;
        let c = 1.0 / (1.0 + (-z).exp());
        ((c * 1000.0).round() / 1000.0) as f32
    }
}

/// A centre line through an alignment path: at row i, the middle of the columns the path visits there.
pub fn path_centre(beads: &[PairBead], n: usize) -> Vec<usize> {
    let mut centre = vec![0usize; n + 1];
    let mut lo = vec![usize::MAX; n + 1];
    let mut hi = vec![0usize; n + 1];
    for x in beads {
        for (i, j) in [(x.a.start, x.b.start), (x.a.end, x.b.end)] {
            let (i, j) = (i as usize, j as usize);
            lo[i] = lo[i].min(j);
            hi[i] = hi[i].max(j);
        }
    }
    let mut last = 0;
    for i in 0..=n {
        if lo[i] != usize::MAX {
            last = (lo[i] + hi[i]) / 2;
        }
        centre[i] = last.max(if i > 0 { centre[i - 1] } else { 0 });
    }
    centre
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(lens: &[usize]) -> Vec<Segment<'static>> {
        lens.iter()
            .map(|&chars| Segment::plain(chars, 0, &[]))
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

    #[test]
    fn confidence_is_in_unit_interval() {
        let al = Aligner::new(Lang::Ko, Lang::En);
        for c in [-50.0, -1.0, 0.0, 3.0, 100.0] {
            let x = al.confidence(c);
            assert!((0.0..=1.0).contains(&x));
        }
    }
}
