//! Three-way bead shapes and their prior costs.
//!
//! In: nothing (the shapes are fixed; the probabilities are committed constants). Out: the (ko, ja, en) segment
//! counts the joint search visits and, for shapes with all three languages present, the cost −ln p(shape).
//!
//! Why a prior of its own: a three-way bead is one event ("this Korean line was split in two, the Japanese and
//! English were not"), so pricing it as the sum of its three pairwise priors counts the same split twice (ko–en
//! and ko–ja) and makes the joint search shy of shapes the pairwise aligner takes freely; and shapes whose ko–ja
//! projection is no pairwise shape (4 Korean segments, 3 Japanese, 1 English: segmenters split the two Asian
//! languages where English keeps one sentence) were not searchable at all. The probabilities are posterior means
//! over the all-present shapes (each count 1–[`MAX`]), counted on the three-way gold of `ntrex-natural/tune`
//! (`pressalign eval align --fit` prints them) under a Dirichlet prior of strength [`DIRICHLET`] centred on a
//! product of per-language split rates ([`base_rate`]). Shapes with a language absent are priced by the pairwise
//! aligners' one-sided costs instead (see `multi.rs`): NTREX has no omissions to count. Not done here: the
//! search (multi.rs).

/// The largest number of segments of one language in a three-way bead.
pub const MAX: usize = 4;

/// Strength of the Dirichlet prior, in beads.
pub const DIRICHLET: f64 = 50.0;

/// (ko, ja, en) segment counts.
pub type Shape3 = [usize; 3];

/// The searched shapes: every all-present shape with counts up to [`MAX`], then the shapes with a language
/// absent whose present pairs are pairwise shapes (counts up to 3, as before).
pub fn shapes() -> Vec<Shape3> {
    let pair = |x: usize, y: usize| (x == 0 && y == 0) || super::beads::SHAPES.contains(&(x, y));
    let mut v = Vec::new();
    for ko in 0..=MAX {
        for ja in 0..=MAX {
            for en in 0..=MAX {
                let s = [ko, ja, en];
                let full = s.iter().all(|&c| c > 0);
                let partial = s.contains(&0)
                    && s.iter().all(|&c| c <= 3)
                    && ko + ja + en > 0
                    && pair(ko, en)
                    && pair(ja, en)
                    && pair(ko, ja);
                if full || partial {
                    v.push(s);
                }
            }
        }
    }
    v
}

/// Whether every language is present in a shape.
pub fn all_present(s: &Shape3) -> bool {
    s.iter().all(|&c| c > 0)
}

/// The centre of the Dirichlet prior for an all-present shape (unnormalised): a product over languages of the
/// rate at which one translated sentence comes out as `c` segments (1: 1, 2: 0.08, 3: 0.01, 4: 0.002), a rough
/// reading of Gale & Church's 2-1 and 3-1 rates per language. (The product of the pairwise aligners' ko–en and
/// ja–en probabilities was tried as the centre: worse on the tuning half.)
pub fn base_rate(s: &Shape3) -> f64 {
    s.iter()
        .map(|&c| match c {
            1 => 1.0,
            2 => 0.08,
            3 => 0.01,
            _ => 0.002,
        })
        .product()
}

/// Three-way gold shape counts on `ntrex-natural/tune` (`eval align --fit`), (ko, ja, en) → beads. Shapes not
/// listed were not seen.
const COUNTS: [(Shape3, usize); 23] = [
    ([1, 1, 1], 752),
    ([1, 1, 2], 1),
    ([1, 2, 1], 44),
    ([1, 2, 2], 3),
    ([1, 3, 1], 6),
    ([1, 3, 2], 1),
    ([1, 4, 1], 2),
    ([1, 4, 3], 1),
    ([2, 1, 1], 63),
    ([2, 1, 2], 4),
    ([2, 2, 1], 27),
    ([2, 2, 2], 2),
    ([2, 3, 1], 1),
    ([2, 3, 2], 1),
    ([2, 4, 1], 1),
    ([3, 1, 1], 14),
    ([3, 2, 1], 1),
    ([3, 3, 1], 2),
    ([4, 1, 1], 1),
    ([4, 1, 2], 1),
    ([4, 2, 2], 1),
    ([4, 3, 1], 2),
    ([4, 4, 1], 1),
];

/// Posterior-mean probabilities of the all-present shapes from `counts` (shape → beads; others ignored).
pub fn fit(counts: &[(Shape3, usize)]) -> Vec<(Shape3, f64)> {
    let full: Vec<Shape3> = shapes().into_iter().filter(all_present).collect();
    let z: f64 = full.iter().map(base_rate).sum();
    let count = |s: &Shape3| {
        counts
            .iter()
            .filter(|(t, _)| t == s)
            .map(|(_, n)| *n)
            .sum::<usize>() as f64
    };
    let n: f64 = full.iter().map(count).sum();
    full.iter()
        .map(|s| {
            (
                *s,
                (count(s) + DIRICHLET * base_rate(s) / z) / (n + DIRICHLET),
            )
        })
        .collect()
}

/// −ln p of each searched shape (in [`shapes`] order); `None` for shapes with a language absent.
pub fn costs() -> Vec<Option<f64>> {
    let p = fit(&COUNTS);
    shapes()
        .iter()
        .map(|s| {
            p.iter()
                .find(|(t, _)| t == s)
                .map(|(_, q)| -q.max(1e-7).ln())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities_sum_to_one() {
        let total: f64 = fit(&COUNTS).iter().map(|(_, p)| p).sum();
        assert!((total - 1.0).abs() < 1e-9, "{total}");
    }

    #[test]
    fn one_one_one_is_cheapest() {
        let (s, c) = (shapes(), costs());
        let k = s.iter().position(|x| *x == [1, 1, 1]).expect("searched");
        let best = c.iter().flatten().copied().fold(f64::INFINITY, f64::min);
        assert_eq!(c[k], Some(best));
        assert!(s.contains(&[4, 3, 1]) && s.contains(&[1, 0, 0]) && !s.contains(&[4, 0, 1]));
    }
}
