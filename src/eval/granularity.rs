//! Scoring at the gold's granularity: the natural NTREX gold cannot see inside a line that every side split.
//!
//! The natural gold ([`super::natural`]) knows which source line each segment came from, nothing finer. When a
//! line comes out as k ≥ 2 segments on one side and m ≥ 2 on the other, the gold bead is one k-m bead: whether
//! the true alignment inside it is 1-1 + 1-1 or 2-2 is unknown, so a correct 1-1 + 1-1 would count as a miss.
//! Such a bead is *opaque* ([`opaque`]: every segment of the bead, on every side, holds that one line and no
//! other, and every side has at least two segments). Before scoring, [`coarsen`] replaces a run of consecutive
//! test beads by the opaque gold bead they make up, when every bead of the run is non-empty on every side, lies
//! inside the gold bead on every side, and together they cover it exactly. Nothing else is merged: where one
//! side has a single segment (k = 1 or m = 1) the gold does know the structure, and such a bead is never
//! opaque; a run with a one-sided bead, or one reaching outside the gold bead, stays as it is, so the correction
//! can turn a miss into a hit only for a prediction that is right at the gold's granularity.
//!
//! In: gold beads with their segments' line ids (to find the opaque ones); test beads and the opaque gold beads
//! (to coarsen). Works for any number of sides (pairs and three-way). Out: the opaque beads; the coarsened test
//! beads. Not done here: the metric itself ([`super::metrics`]), the synthetic sets (their gold is exact).

use std::collections::HashMap;

/// A bead as one index list per side.
pub type Sides = Vec<Vec<u32>>;

/// The gold beads (each as index lists per side) that are opaque, given each side's segment line ids.
pub fn opaque(beads: &[Sides], lines: &[&[Vec<usize>]]) -> Vec<Sides> {
    beads
        .iter()
        .filter(|bead| {
            let mut line: Option<usize> = None;
            bead.len() == lines.len()
                && bead.iter().all(|side| side.len() >= 2)
                && bead.iter().zip(lines).all(|(side, ids)| {
                    side.iter()
                        .all(|&i| match ids.get(i as usize).map(Vec::as_slice) {
                            Some([l]) => *line.get_or_insert(*l) == *l,
                            _ => false,
                        })
                })
        })
        .cloned()
        .collect()
}

/// The test beads with every run that exactly makes up an opaque gold bead (all beads of the run non-empty on
/// every side and inside it) replaced by that bead. Linear in the number of beads.
pub fn coarsen(test: &[Sides], opaque: &[Sides]) -> Vec<Sides> {
    if opaque.is_empty() {
        return test.to_vec();
    }
    // Which test bead holds each segment of side 0.
    let mut at: HashMap<u32, usize> = HashMap::new();
    for (k, t) in test.iter().enumerate() {
        for &i in t.first().into_iter().flatten() {
            at.insert(i, k);
        }
    }
    // Runs to replace: start index → (end index, gold bead).
    let mut runs: HashMap<usize, (usize, &Sides)> = HashMap::new();
    for g in opaque {
        let Some(&start) = g.first().and_then(|s| s.first()).and_then(|i| at.get(i)) else {
            continue;
        };
        let inside = |t: &Sides| {
            t.len() == g.len()
                && t.iter()
                    .zip(g)
                    .all(|(x, y)| !x.is_empty() && x.iter().all(|i| y.contains(i)))
        };
        let want: usize = g.iter().map(Vec::len).sum();
        let mut covered = 0;
        let mut end = start;
        while end < test.len() && covered < want && inside(&test[end]) {
            covered += test[end].iter().map(Vec::len).sum::<usize>();
            end += 1;
        }
        if covered == want && end - start >= 2 {
            runs.insert(start, (end, g));
        }
    }
    let mut out = Vec::with_capacity(test.len());
    let mut k = 0;
    while k < test.len() {
        match runs.get(&k) {
            Some(&(end, g)) => {
                out.push(g.clone());
                k = end;
            }
            None => {
                out.push(test[k].clone());
                k += 1;
            }
        }
    }
    out
}

/// [`coarsen`] for two-sided beads.
pub fn coarsen_pairs(
    test: &[super::metrics::Bead],
    opaque: &[super::metrics::Bead],
) -> Vec<super::metrics::Bead> {
    let to = |v: &[super::metrics::Bead]| -> Vec<Sides> {
        v.iter().map(|(a, b)| vec![a.clone(), b.clone()]).collect()
    };
    coarsen(&to(test), &to(opaque))
        .into_iter()
        .map(|mut s| {
            let b = s.pop().unwrap_or_default();
            let a = s.pop().unwrap_or_default();
            (a, b)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&[u32]]) -> Sides {
        v.iter().map(|x| x.to_vec()).collect()
    }

    #[test]
    fn only_beads_of_one_line_split_on_every_side_are_opaque() {
        // a: line 0 | line 1 in two | line 2 in two; b: line 0 | line 1 in two | line 2 whole.
        let la = vec![vec![0], vec![1], vec![1], vec![2], vec![2]];
        let lb = vec![vec![0], vec![1], vec![1], vec![2]];
        let gold = vec![
            s(&[&[0], &[0]]),
            s(&[&[1, 2], &[1, 2]]),
            s(&[&[3, 4], &[3]]),
        ];
        assert_eq!(opaque(&gold, &[&la, &lb]), vec![s(&[&[1, 2], &[1, 2]])]);
        // A 2-2 bead made by a segment spanning two lines is not opaque: the gold knows its structure.
        let la = vec![vec![0], vec![0, 1]];
        let lb = vec![vec![0], vec![1]];
        assert!(opaque(&[s(&[&[0, 1], &[0, 1]])], &[&la, &lb]).is_empty());
    }

    #[test]
    fn a_run_of_two_sided_beads_inside_an_opaque_bead_is_merged() {
        let g = vec![s(&[&[1, 2], &[1, 2]])];
        let test = vec![
            s(&[&[0], &[0]]),
            s(&[&[1], &[1]]),
            s(&[&[2], &[2]]),
            s(&[&[3], &[3]]),
        ];
        let want = vec![s(&[&[0], &[0]]), s(&[&[1, 2], &[1, 2]]), s(&[&[3], &[3]])];
        assert_eq!(coarsen(&test, &g), want);
    }

    #[test]
    fn one_sided_or_overreaching_runs_are_left_alone() {
        let g = vec![s(&[&[1, 2], &[1, 2]])];
        let one_sided = vec![s(&[&[1], &[1, 2]]), s(&[&[2], &[]])];
        assert_eq!(coarsen(&one_sided, &g), one_sided);
        let outside = vec![s(&[&[1], &[1]]), s(&[&[2, 3], &[2]])];
        assert_eq!(coarsen(&outside, &g), outside);
        let partial = vec![s(&[&[1], &[1]]), s(&[&[2], &[3]])];
        assert_eq!(coarsen(&partial, &g), partial);
    }

    #[test]
    fn three_sided_beads_coarsen_the_same_way() {
        let g = vec![s(&[&[0, 1], &[0, 1], &[0, 1]])];
        let test = vec![s(&[&[0], &[0], &[0]]), s(&[&[1], &[1], &[1]])];
        assert_eq!(coarsen(&test, &g), g);
    }
}
