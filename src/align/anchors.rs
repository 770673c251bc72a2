//! Anchors: where the search band goes.
//!
//! In: two prepared documents. Out: a monotone centre line for the DP band. Anchors are segment pairs that share a
//! specific number (a date, an amount, a value ≥ 13) occurring in exactly one segment of each document; the
//! longest chain of anchors increasing on both sides is kept (so an anchor out of order is dropped), and the
//! centre line runs piecewise linearly through (0, 0), the chain and (n, m). Anchors only steer the band: the DP
//! still decides every bead, so a wrong anchor that survives the chain moves the band by a little and costs
//! nothing once the band is re-centred on the path (see `Aligner::align`). With long insertions (a release
//! present in one file only of a day's concatenation) the chain carries the band across the gap, where a diagonal
//! band would lose the path. Not done here: the DP (dp.rs).

use super::score::Side;
use std::collections::HashMap;

/// Segment pairs sharing a number that is unique in both documents.
pub fn candidates(a: &Side, b: &Side) -> Vec<(usize, usize)> {
    let unique = |s: &Side| -> HashMap<u64, Option<usize>> {
        let mut m: HashMap<u64, Option<usize>> = HashMap::new();
        for (i, u) in s.units.iter().enumerate() {
            for n in &s.nums[u.nums.start as usize..u.nums.end as usize] {
                if super::score::numbers::base_weight(n.expr) < 1.0 {
                    continue;
                }
                m.entry(n.key)
                    .and_modify(|e| {
                        if *e != Some(i) {
                            *e = None
                        }
                    })
                    .or_insert(Some(i));
            }
        }
        m
    };
    let (ua, ub) = (unique(a), unique(b));
    let mut out: Vec<(usize, usize)> = ua
        .iter()
        .filter_map(|(k, i)| Some(((*i)?, ub.get(k).copied().flatten()?)))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The longest chain strictly increasing in both coordinates (patience sorting on j, ties on i broken so equal
/// i never chain).
pub fn chain(mut pts: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    pts.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    let mut tails: Vec<usize> = Vec::new(); // index into pts of the smallest tail of each length
    let mut prev: Vec<Option<usize>> = vec![None; pts.len()];
    for (k, p) in pts.iter().enumerate() {
        let pos = tails.partition_point(|&t| pts[t].1 < p.1);
        // Strict in i too: a chain member with the same i has a larger j (sorted), so it sits at pos or later.
        if pos > 0 {
            prev[k] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut out = Vec::new();
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        out.push(pts[k]);
        cur = prev[k];
    }
    out.reverse();
    out
}

/// The centre line `centre[i]` for i in `0..=n` through the anchor chain.
pub fn centre(n: usize, m: usize, anchors: &[(usize, usize)]) -> Vec<usize> {
    let mut knots: Vec<(f64, f64)> = vec![(0.0, 0.0)];
    knots.extend(
        anchors
            .iter()
            .map(|&(i, j)| (i as f64 + 0.5, j as f64 + 0.5)),
    );
    knots.push((n as f64, m as f64));
    let mut out = Vec::with_capacity(n + 1);
    let mut k = 0;
    for i in 0..=n {
        let x = i as f64;
        while k + 2 < knots.len() && knots[k + 1].0 <= x {
            k += 1;
        }
        let (x0, y0) = knots[k];
        let (x1, y1) = knots[k + 1];
        let y = if x1 > x0 {
            y0 + (y1 - y0) * ((x - x0) / (x1 - x0)).clamp(0.0, 1.0)
        } else {
            y1
        };
        out.push((y.round() as usize).min(m));
    }
    // Monotone by construction up to rounding; enforce it.
    for i in 1..out.len() {
        out[i] = out[i].max(out[i - 1]);
    }
    if let Some(last) = out.last_mut() {
        *last = m;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_drops_an_anchor_out_of_order() {
        let pts = vec![(1, 1), (5, 6), (6, 7), (7, 2), (9, 10), (12, 14)];
        assert_eq!(chain(pts), vec![(1, 1), (5, 6), (6, 7), (9, 10), (12, 14)]);
    }

    #[test]
    fn chain_is_strict_in_both_coordinates() {
        let pts = vec![(1, 1), (1, 2), (2, 2), (3, 3)];
        let c = chain(pts);
        assert!(
            c.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1),
            "{c:?}"
        );
        assert_eq!(c.len(), 3);
    }

    #[test]
    fn centre_follows_a_long_insertion() {
        // b has 100 extra segments after a's segment 10.
        let c = centre(20, 120, &[(5, 5), (15, 115)]);
        assert_eq!(c[0], 0);
        assert!(c[5].abs_diff(5) <= 1 && c[16].abs_diff(116) <= 1, "{c:?}");
        assert_eq!(c[20], 120);
    }
}
