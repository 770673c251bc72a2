//! `eval align --fit`: fits the aligner's priors, weights and confidence on the tuning half of NTREX only.
//!
//! - Bead-shape priors: counted on the gold of `ntrex-natural/tune` per canonical pair, smoothed with the
//!   Dirichlet prior of [`crate::align::beads`] (the synthetic generator's rates are never used).
//! - Weights ([`AlignConfig`]): coordinate search maximising the mean strict F1 over `ntrex-natural/tune` and
//!   `ntrex-synthetic/tune` (per document and concatenated), all pairs, scored as reported (natural beads at the gold's granularity,
//!   [`super::granularity`]).
//! - Confidence: a logistic fit of "bead is a gold bead" on the bead cost, over the same tuning beads.
//! - Joint aligner ([`fit3`]): three-way shape counts on the `ntrex-natural/tune` three-way gold, and the prior
//!   and evidence scales of [`JointConfig`] on a grid, then its cognate scale (mean strict F1 of the projected
//!   pairs on that half).
//!
//! In: the tuning cases. Out: a report to paste into `beads.rs` / `AlignConfig::default` and `docs/ALIGNMENT.md`.
//! Nothing here reads the reported half. Not done here: applying the values (they are committed constants, so a
//! run never depends on fitting).

use super::align::{Case, Case3};
use super::granularity::coarsen_pairs;
use super::metrics::{AlignCounts, Bead};
use crate::align::multi::{self, JointConfig};
use crate::align::{beads, AlignConfig, Aligner};
use crate::error::Result;
use crate::ingest;
use crate::pipeline::{analyse, Analysed, PipelineConfig};
use crate::types::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

struct Prepared {
    set: String,
    pair: (Lang, Lang),
    a: Analysed,
    b: Analysed,
    gold: Vec<Bead>,
    opaque: Vec<Bead>,
}

fn prepare(c: &Case) -> Result<Prepared> {
    let (da, db, presplit) = match &c.raw {
        Some((ta, tb)) => (
            ingest::document_from_bytes(Path::new("<a>"), ta.as_bytes())?,
            ingest::document_from_bytes(Path::new("<b>"), tb.as_bytes())?,
            false,
        ),
        None => {
            let lines = |v: &[String]| {
                v.iter()
                    .map(|s| format!("{}\n", s.replace('\n', " ")))
                    .collect::<String>()
            };
            (
                ingest::presplit_document_from_bytes(Path::new("<a>"), lines(&c.a).as_bytes())?,
                ingest::presplit_document_from_bytes(Path::new("<b>"), lines(&c.b).as_bytes())?,
                true,
            )
        }
    };
    let cfg = PipelineConfig { presplit };
    Ok(Prepared {
        set: c.set.clone(),
        pair: c.pair,
        a: analyse(da, Some(c.pair.0), &cfg)?,
        b: analyse(db, Some(c.pair.1), &cfg)?,
        gold: c.gold.clone(),
        opaque: c.opaque.clone(),
    })
}

/// A table row: set and pair.
type RowKey = (String, (Lang, Lang));

fn objective(cases: &[Prepared], cfg: &AlignConfig) -> f64 {
    let mut rows: Vec<(RowKey, AlignCounts)> = Vec::new();
    for c in cases {
        let al = Aligner::with_config(c.pair.0, c.pair.1, cfg.clone());
        let test: Vec<Bead> = al
            .align(&c.a.segments(), &c.b.segments())
            .into_iter()
            .map(|x| (x.a.collect(), x.b.collect()))
            .collect();
        let test = coarsen_pairs(&test, &c.opaque);
        let key = (c.set.clone(), c.pair);
        match rows.iter_mut().find(|r| r.0 == key) {
            Some(r) => r.1.add_document(&c.gold, &test),
            None => {
                let mut n = AlignCounts::default();
                n.add_document(&c.gold, &test);
                rows.push((key, n));
            }
        }
    }
    rows.iter().map(|r| r.1.scores().f1_strict).sum::<f64>() / rows.len().max(1) as f64
}

/// Fits on the tuning cases (those whose set ends in `/tune`) and reports the values.
pub fn fit(cases: &[Case]) -> Result<String> {
    let mut out = String::new();
    // Priors from natural gold.
    let _ = writeln!(
        out,
        "Bead-shape probabilities (ntrex-natural/tune gold, Dirichlet {} on Gale-Church):",
        beads::DIRICHLET
    );
    let _ = writeln!(out, "shapes: {:?}", beads::SHAPES);
    for (a, b) in super::align::PAIRS {
        let mut counts = [0usize; 10];
        let mut other = 0;
        for c in cases
            .iter()
            .filter(|c| c.set == "ntrex-natural/tune" && c.pair == (a, b))
        {
            for (x, y) in &c.gold {
                match beads::SHAPES.iter().position(|&s| s == (x.len(), y.len())) {
                    Some(k) => counts[k] += 1,
                    None => other += 1,
                }
            }
        }
        let p = beads::fit(&counts);
        let _ = writeln!(
            out,
            "{a}-{b}: counts {counts:?} (+{other} other) -> [{}]",
            p.iter()
                .map(|x| format!("{x:.4}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let tune: Vec<Prepared> = cases
        .iter()
        .filter(|c| {
            c.set == "ntrex-natural/tune"
                || c.set == "ntrex-synthetic/tune"
                || c.set == "ntrex-synthetic-concatenated/tune"
        })
        .map(prepare)
        .collect::<Result<_>>()?;
    let mut cfg = AlignConfig::default();
    let mut best = objective(&tune, &cfg);
    let _ = writeln!(
        out,
        "\nWeights (coordinate search, mean strict F1 over tune sets and pairs): start {best:.4}"
    );
    type Knob = (&'static str, fn(&mut AlignConfig) -> &mut f32);
    let knobs: [Knob; 10] = [
        ("names_weight", |c| &mut c.names_weight),
        ("cognate_weight", |c| &mut c.cognate_weight),
        ("glossary_weight", |c| &mut c.glossary_weight),
        ("length_weight", |c| &mut c.length_weight),
        ("word_weight", |c| &mut c.word_weight),
        ("number_weight", |c| &mut c.number_weight),
        ("structure_weight", |c| &mut c.structure_weight),
        ("cross_block", |c| &mut c.cross_block),
        ("one_sided_bonus", |c| &mut c.one_sided_bonus),
        ("orphan_number", |c| &mut c.orphan_number),
    ];
    for round in 0..3 {
        let step = [0.5f32, 0.25, 0.1][round];
        for (name, knob) in &knobs {
            loop {
                let mut improved = false;
                for dir in [1.0 + step, 1.0 - step] {
                    let mut t = cfg.clone();
                    *knob(&mut t) *= dir;
                    let v = objective(&tune, &t);
                    if v > best + 1e-5 {
                        best = v;
                        cfg = t;
                        improved = true;
                        break;
                    }
                }
                if !improved {
                    break;
                }
            }
            let mut c = cfg.clone();
            let _ = writeln!(
                out,
                "  round {round} {name} = {:.3} -> {best:.4}",
                *knob(&mut c)
            );
        }
    }
    // Confidence: logistic regression of "gold bead" on bead cost.
    let mut data: Vec<(f64, f64)> = Vec::new();
    for c in &tune {
        let al = Aligner::with_config(c.pair.0, c.pair.1, cfg.clone());
        let full = al.align_full(&c.a.segments(), &c.b.segments());
        let gold: BTreeSet<&Bead> = c.gold.iter().collect();
        for (x, cost) in full.beads.iter().zip(&full.costs) {
            let bead: Bead = (x.a.clone().collect(), x.b.clone().collect());
            data.push((*cost, if gold.contains(&bead) { 1.0 } else { 0.0 }));
        }
    }
    let (mut w0, mut w1) = (0.0f64, 0.0f64);
    for _ in 0..3000 {
        let (mut g0, mut g1) = (0.0, 0.0);
        for &(x, y) in &data {
            let p = 1.0 / (1.0 + (-(w0 - w1 * x)).exp());
            g0 += y - p;
            g1 -= (y - p) * x;
        }
        let n = data.len().max(1) as f64;
        w0 += 0.5 * g0 / n;
        w1 += 0.5 * g1 / n;
    }
    let _ = writeln!(
        out,
        "\nFitted: band {} cross_block {:.3} length_weight {:.3} word_weight {:.3} number_weight {:.3} structure_weight {:.3} names_weight {:.3} one_sided_bonus {:.3} orphan_number {:.3} confidence ({w0:.3}, {w1:.3}) over {} beads",
        cfg.band, cfg.cross_block, cfg.length_weight, cfg.word_weight, cfg.number_weight, cfg.structure_weight, cfg.names_weight, cfg.one_sided_bonus, cfg.orphan_number, data.len()
    );
    Ok(out)
}

/// Fits the joint aligner on the three-language tuning cases (`ntrex-natural/tune`): counts the three-way gold
/// shapes (paste into `align/tribeads.rs`) and picks the prior and evidence scales of [`JointConfig`] on a grid by the mean
/// strict F1 of the projected pairs.
pub fn fit3(cases: &[Case3]) -> Result<String> {
    let mut out = String::new();
    let tune: Vec<&Case3> = cases
        .iter()
        .filter(|c| c.set == "ntrex-natural/tune")
        .collect();
    let mut counts: BTreeMap<[usize; 3], usize> = BTreeMap::new();
    for c in &tune {
        for g in &c.gold {
            *counts
                .entry([g[0].len(), g[1].len(), g[2].len()])
                .or_default() += 1;
        }
    }
    let _ = writeln!(
        out,
        "\nThree-way shape counts (ko, ja, en; ntrex-natural/tune gold): {counts:?}"
    );
    let cfg = PipelineConfig::default();
    let mut prepared = Vec::new();
    for c in &tune {
        let raw = c.raw.as_ref().map_or([""; 3], |r| [&r[0], &r[1], &r[2]]);
        let mut docs = Vec::new();
        for l in [Lang::Ko, Lang::Ja, Lang::En] {
            let d = ingest::document_from_bytes(Path::new("<ntrex>"), raw[l.index()].as_bytes())?;
            docs.push(analyse(d, Some(l), &cfg)?);
        }
        prepared.push((docs, &c.pair_gold, &c.pair_opaque));
    }
    // Mean strict F1 of the projected pairs under one joint configuration.
    let projected = |jc: &JointConfig| -> Vec<f64> {
        let mut per_pair = vec![AlignCounts::default(); super::align::PAIRS.len()];
        for (docs, pair_gold, pair_opaque) in &prepared {
            let segs: Vec<_> = docs.iter().map(Analysed::segments).collect();
            let tri = multi::align3_with(&segs[0], &segs[1], &segs[2], jc);
            let by = [&segs[0][..], &segs[1][..], &segs[2][..]];
            for (n, (((a, b), gold), opaque)) in pair_gold.iter().zip(*pair_opaque).enumerate() {
                let test: Vec<Bead> = multi::pair_of(&tri, by, *a, *b)
                    .into_iter()
                    .map(|x| (x.a.collect(), x.b.collect()))
                    .collect();
                let test = coarsen_pairs(&test, opaque);
                per_pair[n].add_document(gold, &test);
            }
        }
        per_pair.iter().map(|c| c.scores().f1_strict).collect()
    };
    let line = |f: &[f64]| {
        format!(
            "strict F1 per pair {:?} mean {:.4}",
            f.iter().map(|x| format!("{x:.4}")).collect::<Vec<_>>(),
            f.iter().sum::<f64>() / f.len().max(1) as f64
        )
    };
    for (scale, evidence) in [0.5, 1.0, 2.0]
        .iter()
        .flat_map(|&p| [0.5, 0.75, 1.0].map(|e| (p, e)))
    {
        let jc = JointConfig {
            prior_scale: scale,
            evidence_scale: evidence,
            ..JointConfig::default()
        };
        let f = projected(&jc);
        let _ = writeln!(
            out,
            "  prior_scale {scale} evidence_scale {evidence}: {}",
            line(&f)
        );
    }
    // The share of the Korean–Japanese cognate weight inside the joint search, at the committed scales.
    for cognate_scale in [0.0, 0.25, 0.5, 1.0] {
        let jc = JointConfig {
            cognate_scale,
            ..JointConfig::default()
        };
        let f = projected(&jc);
        let _ = writeln!(out, "  cognate_scale {cognate_scale}: {}", line(&f));
    }
    Ok(out)
}
