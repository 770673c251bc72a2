//! `eval align`: the pairwise and joint aligners against hand-made and NTREX gold beads.
//!
//! Sets: `tests/gold` — each release's gold sentences in (as presplit input, so segmentation errors do not count),
//! aligned per language pair, compared with `align.<a>-<b>.jsonl`; natural NTREX (re-split by our segmenter) and
//! the NTREX synthetic sets ([`super::synth`]), per document and with all documents concatenated. Every set is a
//! list of [`Case`]s ([`cases`], [`ntrex`]), aligned and scored in [`run`], which can also be written out
//! ([`dump`]) for another aligner and its output scored back ([`score_dumped`]), so peers are measured with the
//! same metric code; three-language cases in [`three`]. This file keeps the refusal calibration. In: the gold
//! folders and data. Out: table rows. Not done here: printing (main), the metric ([`super::metrics`]).

pub mod cases;
pub mod dump;
pub mod ntrex;
pub mod run;
pub mod three;

pub use cases::{project_cases, read_beads, Case, PAIRS};
pub use dump::{dump, dump_own, score_dumped};
pub(crate) use ntrex::natural_pair_gold;
pub use ntrex::{
    half_name, natural_cases, natural_docs, ntrex_cases, ntrex_documents, read_ntrex, NaturalDoc,
    NATURAL_SEED, NTREX_SEED,
};
pub use run::{align_cases, align_segments, align_texts, evaluate, rows, AlignRow};
pub use three::{
    evaluate3, natural_cases3, project_cases3, synthetic_cases3, Bead3, Case3, TriCounts, TriRow,
};

use crate::error::Result;
use crate::ingest;
use crate::pipeline::{analyse, PipelineConfig};
use crate::types::Lang;
use std::path::Path;

/// Refusal calibration on natural NTREX: per half, document scores of true pairs (positives) and of different
/// documents in different languages (negatives), both with at least `refuse::MIN_SEGMENTS` segments.
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

/// Scores every true and crossed document pair of each half with the committed threshold.
pub fn refusal_calibration(docs: &[NaturalDoc]) -> Result<Vec<RefusalRow>> {
    use crate::align::refuse;
    let cfg = PipelineConfig::default();
    let mut analysed: Vec<[crate::pipeline::Analysed; 3]> = Vec::new();
    for d in docs {
        let one = |l: Lang| -> Result<crate::pipeline::Analysed> {
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
        let mut row = RefusalRow {
            half,
            positives: 0,
            positives_refused: 0,
            negatives: 0,
            negatives_refused: 0,
            min_positive: f32::INFINITY,
            max_negative: f32::NEG_INFINITY,
        };
        for (a, b) in PAIRS {
            // Each document against itself and the next 12 of its half (a fixed, bounded set of crossed pairs).
            for (p, &x) in mine.iter().enumerate() {
                for &y in mine.iter().cycle().skip(p).take(13.min(mine.len())) {
                    let (da, db) = (&analysed[x][a.index()], &analysed[y][b.index()]);
                    let al =
                        crate::align::Aligner::new(a, b).align_full(&da.segments(), &db.segments());
                    let (na, nb) = (da.sentences.len(), db.sentences.len());
                    let s = refuse::doc_score(&al, na, nb);
                    let refused = refuse::refuse(&al, na, nb);
                    if x == y {
                        row.positives += 1;
                        row.positives_refused += usize::from(refused);
                        row.min_positive = row.min_positive.min(s);
                    } else {
                        row.negatives += 1;
                        row.negatives_refused += usize::from(refused);
                        row.max_negative = row.max_negative.max(s);
                    }
                }
            }
        }
        out.push(row);
    }
    Ok(out)
}
