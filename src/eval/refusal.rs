//! Refusal calibration on natural NTREX (`eval align`, `eval align --fit-refusal`).
//!
//! In: the laid-out NTREX documents ([`NaturalDoc`]). Out: per half, the document features and scores of true
//! pairs (positives: a document with its own translation) and of crossed pairs (negatives: a document with each
//! of the next 12 documents of its half, in another language), both documents with at least
//! `refuse::MIN_SEGMENTS` segments; the refusal table ([`rows`]); and the fit of the refusal model
//! ([`fit`]: a logistic regression over `refuse::inputs`, fitted on the tuning half only, with its threshold).
//! Not done here: the model itself (`align::refuse`).

use super::align::{half_name, NaturalDoc, PAIRS};
use crate::align::refuse::{self, Features, INPUTS, INPUT_NAMES};
use crate::align::Aligner;
use crate::error::Result;
use crate::ingest;
use crate::pipeline::{analyse, Analysed, PipelineConfig};
use crate::types::Lang;
use std::fmt::Write;
use std::path::Path;

/// One scored document pair.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredPair {
    pub half: &'static str,
    pub pair: (Lang, Lang),
    /// NTREX document numbers of side a and side b (equal for a true pair).
    pub docs: (usize, usize),
    pub features: Features,
}

impl ScoredPair {
    pub fn positive(&self) -> bool {
        self.docs.0 == self.docs.1
    }
}

/// One row of the refusal table.
#[derive(Debug, Clone, PartialEq)]
pub struct RefusalRow {
    pub half: &'static str,
    pub positives: usize,
    pub positives_refused: usize,
    pub negatives: usize,
    pub negatives_refused: usize,
    /// Lowest positive and highest negative score.
    pub min_positive: f32,
    pub max_negative: f32,
}

/// Aligns and featurises every true and crossed pair of both halves.
pub fn pairs(docs: &[NaturalDoc]) -> Result<Vec<ScoredPair>> {
    let cfg = PipelineConfig::default();
    let mut analysed: Vec<[Analysed; 3]> = Vec::new();
    for d in docs {
        let one = |l: Lang| -> Result<Analysed> {
            let doc =
                ingest::document_from_bytes(Path::new("<ntrex>"), d.texts[l.index()].as_bytes())?;
            analyse(doc, Some(l), &cfg)
        };
        analysed.push([one(Lang::Ko)?, one(Lang::Ja)?, one(Lang::En)?]);
    }
    let mut out = Vec::new();
    for half in ["tune", "report"] {
        let mine: Vec<usize> = (0..docs.len())
            .filter(|&k| half_name(docs[k].k) == half)
            .filter(|&k| {
                analysed[k]
                    .iter()
                    .all(|a| a.sentences.len() >= refuse::MIN_SEGMENTS)
            })
            .collect();
        for (a, b) in PAIRS {
            // Each document against itself and the next 12 of its half (a fixed, bounded set of crossed pairs).
            for (p, &x) in mine.iter().enumerate() {
                for &y in mine.iter().cycle().skip(p).take(13.min(mine.len())) {
                    let (da, db) = (&analysed[x][a.index()], &analysed[y][b.index()]);
                    let (sa, sb) = (da.segments(), db.segments());
                    let al = Aligner::new(a, b).align_full(&sa, &sb);
                    out.push(ScoredPair {
                        half,
                        pair: (a, b),
                        docs: (docs[x].k, docs[y].k),
                        features: refuse::features(&al, &sa, &sb, (a, b)),
                    });
                }
            }
        }
    }
    Ok(out)
}

/// The refusal table: per half, how many positives and negatives the committed model refuses.
pub fn rows(pairs: &[ScoredPair]) -> Vec<RefusalRow> {
    ["tune", "report"]
        .into_iter()
        .map(|half| {
            let mut row = RefusalRow {
                half,
                positives: 0,
                positives_refused: 0,
                negatives: 0,
                negatives_refused: 0,
                min_positive: f32::INFINITY,
                max_negative: f32::NEG_INFINITY,
            };
            for p in pairs.iter().filter(|p| p.half == half) {
                let s = refuse::score(&p.features);
                let refused = s < refuse::THRESHOLD;
                if p.positive() {
                    row.positives += 1;
                    row.positives_refused += usize::from(refused);
                    row.min_positive = row.min_positive.min(s);
                } else {
                    row.negatives += 1;
                    row.negatives_refused += usize::from(refused);
                    row.max_negative = row.max_negative.max(s);
                }
            }
            row
        })
        .collect()
}

/// Quantiles `qs` of `xs`.
fn quantiles(mut xs: Vec<f32>, qs: &[f64]) -> Vec<f32> {
    xs.sort_by(f32::total_cmp);
    qs.iter()
        .map(|q| {
            if xs.is_empty() {
                f32::NAN
            } else {
                xs[((xs.len() - 1) as f64 * q).round() as usize]
            }
        })
        .collect()
}

/// Solves `m x = v` (small, symmetric positive definite) by Gaussian elimination with partial pivoting.
fn solve(mut m: [[f64; INPUTS]; INPUTS], mut v: [f64; INPUTS]) -> [f64; INPUTS] {
    for c in 0..INPUTS {
        let p = (c..INPUTS)
            .max_by(|&x, &y| m[x][c].abs().total_cmp(&m[y][c].abs()))
            .unwrap_or(c);
        m.swap(c, p);
        v.swap(c, p);
        let (pivot, pv) = (m[c], v[c]);
        for (row, rv) in m.iter_mut().zip(v.iter_mut()).skip(c + 1) {
            let f = row[c] / pivot[c];
            for (x, p) in row.iter_mut().zip(&pivot).skip(c) {
                *x -= f * p;
            }
            *rv -= f * pv;
        }
    }
    let mut x = [0.0; INPUTS];
    for c in (0..INPUTS).rev() {
        let s: f64 = (c + 1..INPUTS).map(|k| m[c][k] * x[k]).sum();
        x[c] = (v[c] - s) / m[c][c];
    }
    x
}

/// L2 penalty of the logistic fit (not on the constant).
pub const RIDGE: f64 = 1.0;

/// Logistic regression of "true pair" on `refuse::inputs`, classes weighted to equal total weight, by Newton's
/// method (a few iterations from zero converge).
pub fn logistic(xs: &[[f32; INPUTS]], ys: &[bool]) -> [f64; INPUTS] {
    let npos = ys.iter().filter(|&&y| y).count().max(1) as f64;
    let nneg = ys.iter().filter(|&&y| !y).count().max(1) as f64;
    let mut w = [0.0f64; INPUTS];
    for _ in 0..50 {
        let mut h = [[0.0f64; INPUTS]; INPUTS];
        let mut g = [0.0f64; INPUTS];
        for (x, &y) in xs.iter().zip(ys) {
            let cw = if y { 0.5 / npos } else { 0.5 / nneg };
            let z: f64 = x.iter().zip(&w).map(|(a, b)| f64::from(*a) * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let t = if y { 1.0 } else { 0.0 };
            for r in 0..INPUTS {
                g[r] += cw * (t - p) * f64::from(x[r]);
                for c in 0..INPUTS {
                    h[r][c] += cw * p * (1.0 - p) * f64::from(x[r]) * f64::from(x[c]);
                }
            }
        }
        let n = xs.len().max(1) as f64;
        for r in 1..INPUTS {
            g[r] -= RIDGE / n * w[r];
            h[r][r] += RIDGE / n;
        }
        let step = solve(h, g);
        let mut change = 0.0f64;
        for r in 0..INPUTS {
            w[r] += step[r];
            change = change.max(step[r].abs());
        }
        if change < 1e-9 {
            break;
        }
    }
    w
}

/// Fits the refusal model on the tuning pairs only and reports the weights, a threshold, and the feature
/// distributions of both classes (the report half is not read).
pub fn fit(pairs: &[ScoredPair]) -> String {
    let tune: Vec<&ScoredPair> = pairs.iter().filter(|p| p.half == "tune").collect();
    let xs: Vec<[f32; INPUTS]> = tune.iter().map(|p| refuse::inputs(&p.features)).collect();
    let ys: Vec<bool> = tune.iter().map(|p| p.positive()).collect();
    let mut s = String::new();
    let qs = [0.0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1.0];
    let _ = writeln!(s, "Refusal inputs on ntrex-natural/tune, quantiles {qs:?}:");
    for (k, name) in INPUT_NAMES.iter().enumerate().skip(1) {
        for (label, want) in [("true", true), ("crossed", false)] {
            let v: Vec<f32> = xs
                .iter()
                .zip(&ys)
                .filter(|(_, &y)| y == want)
                .map(|(x, _)| x[k])
                .collect();
            let _ = writeln!(s, "  {name:>18} {label:>8}: {:.3?}", quantiles(v, &qs));
        }
    }
    let w = logistic(&xs, &ys);
    let _ = writeln!(s, "Logistic weights (refuse::WEIGHTS): {w:.3?}");
    let z = |x: &[f32; INPUTS]| -> f64 { x.iter().zip(&w).map(|(a, b)| f64::from(*a) * b).sum() };
    let score = |x: &[f32; INPUTS]| 1.0 / (1.0 + (-z(x)).exp());
    let min_pos = xs
        .iter()
        .zip(&ys)
        .filter(|(_, &y)| y)
        .map(|(x, _)| score(x))
        .fold(f64::INFINITY, f64::min);
    let mut neg: Vec<f64> = xs
        .iter()
        .zip(&ys)
        .filter(|(_, &y)| !y)
        .map(|(x, _)| score(x))
        .collect();
    neg.sort_by(f64::total_cmp);
    let below = |t: f64| neg.iter().filter(|&&x| x < t).count();
    let t = f64::from(refuse::THRESHOLD);
    let _ = writeln!(
        s,
        "At the threshold {t}: true pairs refused {}/{}, crossed refused {}/{}",
        xs.iter()
            .zip(&ys)
            .filter(|(x, &y)| y && score(x) < t)
            .count(),
        ys.iter().filter(|&&y| y).count(),
        below(t),
        neg.len()
    );
    let _ = writeln!(
        s,
        "Lowest true-pair score {min_pos:.4}; crossed refused below it: {}/{}; highest crossed {:.4}",
        below(min_pos),
        neg.len(),
        neg.last().copied().unwrap_or(f64::NAN)
    );
    let mut worst: Vec<(f64, &ScoredPair)> =
        xs.iter().zip(&tune).map(|(x, p)| (score(x), *p)).collect();
    worst.sort_by(|a, b| a.0.total_cmp(&b.0));
    let _ = writeln!(s, "Lowest true pairs:");
    for (sc, p) in worst.iter().filter(|(_, p)| p.positive()).take(8) {
        let _ = writeln!(
            s,
            "  {sc:.4} {}-{} {:?} {:?}",
            p.pair.0, p.pair.1, p.docs, p.features
        );
    }
    let _ = writeln!(s, "Highest crossed pairs:");
    for (sc, p) in worst.iter().rev().filter(|(_, p)| !p.positive()).take(12) {
        let _ = writeln!(
            s,
            "  {sc:.4} {}-{} {:?} {:?}",
            p.pair.0, p.pair.1, p.docs, p.features
        );
    }
    s.push_str(&cross_validate(pairs));
    s
}

/// A check of the fit inside the tuning half: fitted on the documents numbered 0 mod 4, scored on those
/// numbered 2 mod 4 and the reverse; reports the held-out logits (lowest true pair, 99th percentile and highest
/// crossed pair).
fn cross_validate(pairs: &[ScoredPair]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Two-fold check inside the tuning half (by document number mod 4):"
    );
    for (fa, fb) in [(0usize, 2usize), (2, 0)] {
        let fold = |f: usize| -> Vec<&ScoredPair> {
            pairs
                .iter()
                .filter(|p| p.half == "tune" && p.docs.0 % 4 == f)
                .collect()
        };
        let (tr, te) = (fold(fa), fold(fb));
        let xs: Vec<[f32; INPUTS]> = tr.iter().map(|p| refuse::inputs(&p.features)).collect();
        let ys: Vec<bool> = tr.iter().map(|p| p.positive()).collect();
        let w = logistic(&xs, &ys);
        let z = |p: &ScoredPair| -> f64 {
            refuse::inputs(&p.features)
                .iter()
                .zip(&w)
                .map(|(a, b)| f64::from(*a) * b)
                .sum()
        };
        let minp = te
            .iter()
            .filter(|p| p.positive())
            .map(|p| z(p))
            .fold(f64::INFINITY, f64::min);
        let mut negs: Vec<f64> = te.iter().filter(|p| !p.positive()).map(|p| z(p)).collect();
        negs.sort_by(f64::total_cmp);
        let q99 = negs.get(negs.len() * 99 / 100).copied().unwrap_or(f64::NAN);
        let _ = writeln!(
            s,
            "  fit {fa} mod 4, score {fb} mod 4: lowest true {minp:.2}, crossed 99th percentile {q99:.2}, highest crossed {:.2}",
            negs.last().copied().unwrap_or(f64::NAN)
        );
    }
    s
}
