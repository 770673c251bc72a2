//! Running pressalign on 2-way cases and scoring the beads: one table row per set and pair.
//!
//! In: [`Case`]s (presplit segments, or raw texts that pressalign segments itself) and test beads. Out: the
//! beads pressalign produces, and [`AlignRow`]s of the public metric ([`super::super::metrics`]), natural beads
//! first coarsened to the gold's granularity ([`super::super::granularity`]). Not done here: building cases,
//! peers' output (read in [`mod@super::dump`]), three-way alignment ([`super::three`]).

use super::Case;
use crate::error::Result;
use crate::eval::metrics::{AlignCounts, Bead};
use crate::ingest;
use crate::pipeline::{align_pair, analyse, PipelineConfig};
use crate::types::Lang;
use std::path::Path;

/// One line of the alignment table.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignRow {
    pub set: String,
    pub pair: (Lang, Lang),
    pub documents: usize,
    pub counts: AlignCounts,
}

/// Aligns two presplit segment lists and returns the beads as index lists.
pub fn align_segments(a: (&[String], Lang), b: (&[String], Lang)) -> Result<Vec<Bead>> {
    let cfg = PipelineConfig { presplit: true };
    let text = |v: &[String]| {
        v.iter()
            .map(|s| format!("{}\n", s.replace('\n', " ")))
            .collect::<String>()
    };
    let doc = |t: String| ingest::presplit_document_from_bytes(Path::new("<gold>"), t.as_bytes());
    let da = analyse(doc(text(a.0))?, Some(a.1), &cfg)?;
    let db = analyse(doc(text(b.0))?, Some(b.1), &cfg)?;
    Ok(align_pair(&da, &db)?
        .beads
        .into_iter()
        .map(|x| (x.a.collect(), x.b.collect()))
        .collect())
}

/// Segments and aligns two texts (as `align` without `--presplit` does) and returns the beads as index lists.
pub fn align_texts(a: (&str, Lang), b: (&str, Lang)) -> Result<Vec<Bead>> {
    let cfg = PipelineConfig::default();
    let doc = |t: &str| ingest::document_from_bytes(Path::new("<text>"), t.as_bytes());
    let da = analyse(doc(a.0)?, Some(a.1), &cfg)?;
    let db = analyse(doc(b.0)?, Some(b.1), &cfg)?;
    Ok(align_pair(&da, &db)?
        .beads
        .into_iter()
        .map(|x| (x.a.collect(), x.b.collect()))
        .collect())
}

/// Scores test beads against the cases' gold, one row per (set, pair) in first-seen order.
pub fn rows(cases: &[Case], tests: &[Vec<Bead>], label: &str) -> Vec<AlignRow> {
    let mut rows: Vec<AlignRow> = Vec::new();
    for (c, t) in cases.iter().zip(tests) {
        let set = if label.is_empty() {
            c.set.clone()
        } else {
            format!("{} ({label})", c.set)
        };
        let k = match rows.iter().position(|r| r.set == set && r.pair == c.pair) {
            Some(k) => k,
            None => {
                rows.push(AlignRow {
                    set,
                    pair: c.pair,
                    documents: 0,
                    counts: AlignCounts::default(),
                });
                rows.len() - 1
            }
        };
        rows[k].counts.add_document(
            &c.gold,
            &crate::eval::granularity::coarsen_pairs(t, &c.opaque),
        );
        rows[k].documents += 1;
    }
    rows
}

/// Aligns every case with pressalign and scores it.
pub fn evaluate(cases: &[Case]) -> Result<Vec<AlignRow>> {
    Ok(rows(cases, &align_cases(cases)?, ""))
}

/// Aligns every case with pressalign.
pub fn align_cases(cases: &[Case]) -> Result<Vec<Vec<Bead>>> {
    cases
        .iter()
        .map(|c| match &c.raw {
            Some((ta, tb)) => align_texts((ta, c.pair.0), (tb, c.pair.1)),
            None => align_segments((&c.a, c.pair.0), (&c.b, c.pair.1)),
        })
        .collect::<Result<Vec<_>>>()
}
