//! The search: dynamic programming over bead shapes inside a band.
//!
//! In: the two document lengths, a [`Band`] (for each row i of side a, the columns j of side b that may be
//! visited), the shapes, and a cost function for "shape t ending at (i, j)". Out: the cheapest monotone path
//! from (0, 0) to (n, m) as beads, and whether it touched the band's edge (then the caller re-centres the band
//! and widens it). Time and memory are linear in the number of band cells, so in n for a fixed width. Not done
//! here: what a cost means (mod.rs, score/), where the band lies (anchors.rs).

use super::beads::Shape;

/// For each row `i` in `0..=n`, the visited columns `lo[i]..=hi[i]` (so `lo[0] = 0`, `hi[n] = m`).
#[derive(Debug, Clone)]
pub struct Band {
    pub lo: Vec<usize>,
    pub hi: Vec<usize>,
}

impl Band {
    /// The band of half-width `w` around a monotone centre line `centre[i]` (i in `0..=n`, `centre[n] = m`),
    /// widened so that consecutive rows always overlap (a jump of the centre is crossed by 0-1 steps).
    pub fn around(centre: &[usize], w: usize, m: usize) -> Band {
        let n = centre.len() - 1;
        let mut lo = Vec::with_capacity(n + 1);
        let mut hi = Vec::with_capacity(n + 1);
        for i in 0..=n {
            let prev = centre[i.saturating_sub(1)];
            let next = centre[(i + 1).min(n)];
            lo.push(prev.min(centre[i]).saturating_sub(w));
            hi.push((next.max(centre[i]) + w).min(m));
        }
        lo[0] = 0;
        hi[n] = m;
        Band { lo, hi }
    }

    /// The diagonal band of half-width `w`.
    pub fn diagonal(n: usize, m: usize, w: usize) -> Band {
        let centre: Vec<usize> = (0..=n)
            .map(|i| (i * m).checked_div(n).unwrap_or(m))
            .collect();
        Band::around(&centre, w, m)
    }
}

/// One step of the best path: shape index and where it ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    pub shape: usize,
    pub i: usize,
    pub j: usize,
    pub cost: f64,
}

/// A value for every shape ending at every cell of the band whose start cell lies in the band too (`empty`
/// elsewhere), row by row: `[row][(j - lo) * shapes.len() + t]`. Costs do not depend on the path, so the rows
/// are computed in parallel, before the (sequential) search; the values are the same for any number of threads.
pub fn band_cells<T: Copy + Send + Sync>(
    n: usize,
    band: &Band,
    shapes: &[Shape],
    empty: T,
    f: impl Fn(usize, usize, usize) -> T + Sync,
) -> Vec<Vec<T>> {
    use rayon::prelude::*;
    (0..n + 1)
        .into_par_iter()
        .with_min_len(8)
        .map(|i| {
            let (lo, hi) = (band.lo[i], band.hi[i]);
            let mut row = vec![empty; (hi - lo + 1) * shapes.len()];
            for j in lo..=hi {
                for (t, &(di, dj)) in shapes.iter().enumerate() {
                    if di > i || dj > j {
                        continue;
                    }
                    let (pi, pj) = (i - di, j - dj);
                    if pj >= band.lo[pi] && pj <= band.hi[pi] {
                        row[(j - lo) * shapes.len() + t] = f(t, i, j);
                    }
                }
            }
            row
        })
        .collect()
}

/// Finds the cheapest path. `cost(t, i, j)` is the cost of shape `shapes[t]` ending at (i, j) (it may be
/// infinite). Returns the steps in order and whether the path ran along the band's edge.
pub fn search(
    n: usize,
    m: usize,
    band: &Band,
    shapes: &[Shape],
    cost: impl Fn(usize, usize, usize) -> f64 + Sync,
) -> (Vec<Step>, bool) {
    let costs = band_cells(n, band, shapes, f64::INFINITY, cost);
    search_cells(n, m, band, shapes, |i, k, _| costs[i][k])
}

/// [`search`] on costs given cell by cell: `cost(i, k, limit)` is the cost at index `k` of row `i` in the
/// layout of [`band_cells`], or infinity when it is sure to be above `limit` (the candidate cannot beat the best
/// one of its cell so far, so a costly evaluation may be skipped; a cost equal to `limit` must be returned).
pub fn search_cells(
    n: usize,
    m: usize,
    band: &Band,
    shapes: &[Shape],
    mut cost: impl FnMut(usize, usize, f64) -> f64,
) -> (Vec<Step>, bool) {
    let mut rows_cost: Vec<Vec<f64>> = Vec::with_capacity(n + 1);
    let mut rows_back: Vec<Vec<u8>> = Vec::with_capacity(n + 1);
    let width = shapes.len();
    for i in 0..=n {
        let (lo, hi) = (band.lo[i], band.hi[i]);
        let mut row = vec![f64::INFINITY; hi - lo + 1];
        let mut back = vec![u8::MAX; hi - lo + 1];
        // Shapes that start in an earlier row, one at a time over the whole row (their previous cells are
        // final); in shape order, so that of equal costs the first shape wins, as in a cell-by-cell search.
        for (t, &(di, dj)) in shapes.iter().enumerate() {
            if di == 0 || di > i {
                continue;
            }
            let p = i - di;
            let (plo, phi, prev_row) = (band.lo[p], band.hi[p], &rows_cost[p]);
            for j in lo.max(plo + dj)..=hi.min(phi + dj) {
                let prev = prev_row[j - dj - plo];
                if !prev.is_finite() {
                    continue;
                }
                let k = j - lo;
                let c = prev + cost(i, k * width + t, row[k] - prev);
                if c < row[k] {
                    row[k] = c;
                    back[k] = t as u8;
                }
            }
        }
        if i == 0 && lo == 0 {
            row[0] = 0.0;
        }
        // Shapes within the row (0-k) depend on cells to their left: one pass from left to right, where of
        // equal costs the shape listed first keeps the cell.
        for j in lo..=hi {
            let k = j - lo;
            for (t, &(di, dj)) in shapes.iter().enumerate() {
                if di != 0 || dj == 0 || j < lo + dj || (i == 0 && j == 0) {
                    continue;
                }
                let prev = row[k - dj];
                if !prev.is_finite() {
                    continue;
                }
                let c = prev + cost(i, k * width + t, row[k] - prev);
                if c < row[k] || (c == row[k] && c < f64::INFINITY && (t as u8) < back[k]) {
                    row[k] = c;
                    back[k] = t as u8;
                }
            }
        }
        rows_cost.push(row);
        rows_back.push(back);
    }
    // Backtrack.
    let (mut i, mut j) = (n, m);
    let mut steps = Vec::new();
    let mut edge = false;
    while i > 0 || j > 0 {
        let (lo, hi) = (band.lo[i], band.hi[i]);
        let t = rows_back[i].get(j - lo).map_or(u8::MAX, |&t| t) as usize;
        if t >= shapes.len() {
            // An unreachable cell (only with infinite costs): leave the segment unaligned. Stepping left stays
            // inside the row; from the row's first column, the cell above is inside the band.
            let (di, dj) = if j > lo || i == 0 { (0, 1) } else { (1, 0) };
            let s = shapes.iter().position(|&x| x == (di, dj)).unwrap_or(0);
            steps.push(Step {
                shape: s,
                i,
                j,
                cost: f64::INFINITY,
            });
            i -= di;
            j -= dj;
            edge = true;
            continue;
        }
        if (j == lo && lo > 0) || (j == hi && hi < m) {
            edge = true;
        }
        let (di, dj) = shapes[t];
        let (pi, pj) = (i - di, j - dj);
        let c = rows_cost[i][j - lo] - rows_cost[pi][pj - band.lo[pi]];
        steps.push(Step {
            shape: t,
            i,
            j,
            cost: c,
        });
        i -= di;
        j -= dj;
    }
    steps.reverse();
    (steps, edge)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search cell by cell, every shape at each cell in order (the plain form of [`search_cells`]).
    /// Returns each cell's cost and chosen shape (the first of equal costs).
    fn reference(
        n: usize,
        band: &Band,
        shapes: &[Shape],
        cost: &dyn Fn(usize, usize) -> f64,
    ) -> (Vec<Vec<f64>>, Vec<Vec<usize>>) {
        let mut rows: Vec<Vec<f64>> = Vec::new();
        let mut backs: Vec<Vec<usize>> = Vec::new();
        for i in 0..=n {
            let (lo, hi) = (band.lo[i], band.hi[i]);
            let mut row = vec![f64::INFINITY; hi - lo + 1];
            let mut back = vec![usize::MAX; hi - lo + 1];
            for j in lo..=hi {
                if i == 0 && j == 0 {
                    row[0] = 0.0;
                    continue;
                }
                for (t, &(di, dj)) in shapes.iter().enumerate() {
                    if di > i || dj > j {
                        continue;
                    }
                    let (pi, pj) = (i - di, j - dj);
                    if pj < band.lo[pi] || pj > band.hi[pi] {
                        continue;
                    }
                    let prev = if di == 0 {
                        row[pj - lo]
                    } else {
                        rows[pi][pj - band.lo[pi]]
                    };
                    let c = prev + cost(i, (j - lo) * shapes.len() + t);
                    if c < row[j - lo] {
                        row[j - lo] = c;
                        back[j - lo] = t;
                    }
                }
            }
            rows.push(row);
            backs.push(back);
        }
        (rows, backs)
    }

    #[test]
    fn row_wise_search_finds_the_cell_by_cell_optimum_and_path() {
        let shapes: Vec<Shape> = crate::align::beads::SHAPES.to_vec();
        let mut seed = 0x9e37_79b9_u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize
        };
        for case in 0..300 {
            let (n, m) = (1 + next() % 12, 1 + next() % 12);
            let centre: Vec<usize> = (0..=n).map(|i| i * m / n).collect();
            let band = Band::around(&centre, 1 + case % 3, m);
            // Small integer costs, so that ties are common, and some cells unusable.
            let table: Vec<Vec<f64>> = (0..=n)
                .map(|i| {
                    (0..(band.hi[i] - band.lo[i] + 1) * shapes.len())
                        .map(|_| match next() % 8 {
                            0 => f64::INFINITY,
                            k => k as f64,
                        })
                        .collect()
                })
                .collect();
            let cost = |i: usize, k: usize| table[i][k];
            let (steps, _) = search_cells(n, m, &band, &shapes, |i, k, _| cost(i, k));
            let (best, backs) = reference(n, &band, &shapes, &cost);
            let optimum = best[n][m - band.lo[n]];
            if optimum.is_finite() {
                // The same path as the cell-by-cell search, ties included.
                let (mut i, mut j, mut path) = (n, m, Vec::new());
                while i > 0 || j > 0 {
                    let t = backs[i][j - band.lo[i]];
                    path.push(t);
                    (i, j) = (i - shapes[t].0, j - shapes[t].1);
                }
                path.reverse();
                let got: Vec<usize> = steps.iter().map(|s| s.shape).collect();
                assert_eq!(got, path, "case {case}");
                let total: f64 = steps.iter().map(|s| s.cost).sum();
                assert_eq!(total, optimum, "case {case}");
            }
            // The path is a chain of listed shapes from (0, 0) to (n, m).
            let (mut i, mut j) = (0, 0);
            for s in &steps {
                let (di, dj) = shapes[s.shape];
                assert_eq!((s.i, s.j), (i + di, j + dj), "case {case}");
                (i, j) = (s.i, s.j);
            }
            assert_eq!((i, j), (n, m), "case {case}");
        }
    }
}
