//! Bead types and their prior costs.
//!
//! In: a language pair. Out: the bead types the DP searches (segments of side a, segments of side b) with the
//! cost −ln p(type). The probabilities are fitted on the tuning half of natural NTREX (`pressalign eval align
//! --fit` prints them; `docs/ALIGNMENT.md` records the run), as posterior means under a Dirichlet prior of
//! strength [`DIRICHLET`] centred on Gale & Church's (1993) frequencies (1-1 0.89, 1-0/0-1 0.0099, 2-1/1-2 0.089,
//! 2-2 0.011; 0.001 each for 3-1, 1-3, 4-1, 1-4). The Dirichlet part matters for 1-0/0-1: every NTREX line is
//! translated, so its counts are zero there, while real press translations drop and add paragraphs. They are
//! not the synthetic generator's rates. Not done here: scoring (score/), search (dp.rs).

use crate::types::Lang;

/// (segments of a, segments of b).
pub type Shape = (usize, usize);

/// The shapes searched, in a fixed order (the index is the DP's back-pointer).
pub const SHAPES: [Shape; 10] = [
    (1, 1),
    (1, 0),
    (0, 1),
    (2, 1),
    (1, 2),
    (2, 2),
    (3, 1),
    (1, 3),
    (4, 1),
    (1, 4),
];

/// The null path of the refusal check ([`super::Aligner::banded_cost`]) searches only the first `NULL_SHAPES`
/// shapes (1-1, 1-0, 0-1, 2-1, 1-2): it is a cost baseline for a reversed document, where the rare shapes add
/// little but half of the cells (at a band of 12, the tuning-half separation of `gain` was about the same with
/// all ten shapes, true pairs ≥ 1.21 and crossed ≤ 0.91, as with five, ≥ 1.23 and ≤ 0.91).
pub const NULL_SHAPES: usize = 5;

/// The centre of the Dirichlet prior (Gale & Church 1993, extended), in [`SHAPES`] order.
pub const BASE_RATES: [f64; 10] = [
    0.89, 0.00495, 0.00495, 0.0445, 0.0445, 0.011, 0.001, 0.001, 0.001, 0.001,
];

/// Strength of the Dirichlet prior, in beads.
pub const DIRICHLET: f64 = 50.0;

/// Fitted probabilities per canonical pair (ko-en, ja-en, ko-ja), in [`SHAPES`] order, from
/// `pressalign eval align --fit` on `ntrex-natural/tune`.
const FITTED: [[f64; 10]; 3] = [
    // ko-en
    [
        0.8605, 0.0002, 0.0002, 0.1063, 0.0060, 0.0044, 0.0145, 0.0020, 0.0058, 0.0000,
    ],
    // ja-en
    [
        0.8872, 0.0002, 0.0002, 0.0736, 0.0171, 0.0045, 0.0080, 0.0080, 0.0010, 0.0000,
    ],
    // ko-ja
    [
        0.8150, 0.0002, 0.0002, 0.0844, 0.0478, 0.0243, 0.0159, 0.0060, 0.0050, 0.0010,
    ],
];

/// Cost of leaving a segment without letters (a page number, a rule line, a bare figure) unaligned.
pub const LETTERLESS_COST: f64 = 0.5;

/// Cost of leaving an empty segment (a blank presplit line) unaligned.
pub const EMPTY_COST: f64 = 0.05;

/// −ln p of each shape for `a → b`.
pub fn costs(a: Lang, b: Lang) -> [f64; 10] {
    let (row, flip) = match (a, b) {
        (Lang::Ko, Lang::En) => (0, false),
        (Lang::En, Lang::Ko) => (0, true),
        (Lang::Ja, Lang::En) => (1, false),
        (Lang::En, Lang::Ja) => (1, true),
        (Lang::Ko, Lang::Ja) => (2, false),
        (Lang::Ja, Lang::Ko) => (2, true),
        _ => (usize::MAX, false),
    };
    let p: [f64; 10] = match FITTED.get(row) {
        Some(r) => *r,
        None => BASE_RATES,
    };
    let mut out = [0.0; 10];
    for (k, &(x, y)) in SHAPES.iter().enumerate() {
        let src = if flip { index((y, x)) } else { k };
        out[k] = -p[src].max(1e-5).ln();
    }
    out
}

/// The index of a shape in [`SHAPES`].
pub fn index(s: Shape) -> usize {
    SHAPES
        .iter()
        .position(|&t| t == s)
        .expect("a searched shape")
}

/// Posterior-mean probabilities from counts per shape (in [`SHAPES`] order; beads of other shapes are ignored).
pub fn fit(counts: &[usize; 10]) -> [f64; 10] {
    let n: usize = counts.iter().sum();
    let mut p = [0.0; 10];
    for k in 0..10 {
        p[k] = (counts[k] as f64 + DIRICHLET * BASE_RATES[k])
            / (n as f64 + DIRICHLET * BASE_RATES.iter().sum::<f64>());
    }
    p
}
