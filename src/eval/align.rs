//! `eval align`: the pairwise and joint aligners against hand-made and NTREX gold beads.
//!
//! Sets: `tests/gold` — each release's gold sentences in (as presplit input, so segmentation errors do not count),
//! aligned per language pair, compared with `align.<a>-<b>.jsonl`; natural NTREX (re-split by our segmenter) and
//! the NTREX synthetic sets ([`super::synth`]), per document and with all documents concatenated. Every set is a
//! list of [`Case`]s ([`cases`], [`ntrex`]), aligned and scored in [`run`], which can also be written out
//! ([`mod@dump`]) for another aligner and its output scored back ([`score_dumped`]), so peers are measured with the
//! same metric code; three-language cases in [`three`]; the refusal calibration is in [`super::refusal`]. In: the gold
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
    half_name, is_reported, natural_cases, natural_docs, ntrex_cases, ntrex_documents, read_ntrex,
    NaturalDoc, NATURAL_SEED, NTREX_SEED,
};
pub use run::{align_cases, align_segments, align_texts, evaluate, rows, AlignRow};
pub use three::{
    evaluate3, natural_cases3, project_cases3, synthetic_cases3, Bead3, Case3, TriCounts, TriRow,
};
