//! Refusing documents that are not translations of each other.
//!
//! In: a finished pairwise [`Alignment`] and the two documents' segments. Out: a document score in [0, 1] and
//! whether `align` should refuse. Lengths alone can always be made to fit somewhere and unrelated texts share
//! years, small numbers and common names by chance, so no single signal separates translations from unrelated
//! pairs; the score combines the [`features()`] of the alignment in a logistic model:
//! score = sigmoid(w · [`inputs`]), inputs = (1, attested, ln(anchors + 0.02), on_path, length, one_sided, cost,
//! gain). The strongest input, `gain`, compares the path with the path found when one document's segments are
//! reversed: a translation loses its order and much of its cost advantage, an unrelated pair has none to lose.
//!
//! Fitted constants ([`WEIGHTS`], `pressalign eval align --fit-refusal`): a class-balanced logistic regression
//! with a small ridge penalty (`eval::refusal::RIDGE`) on the tuning half of natural NTREX only (even-numbered
//! documents; positives: a document with its own translation, 153 pairs; negatives: a document with each of the
//! next 12 of its half in another language, 1,836 pairs; all documents with at least [`MIN_SEGMENTS`]
//! segments): w = (2.894, 0.205, 1.869, 0.789, −0.617, −0.363, −2.540, 2.364), refitted for the aligner's band
//! of 10 (the null path searches the aligner's first band, with the five common bead shapes), and its ko-en
//! word-count length score. On the tuning half `gain` alone nearly separates the classes (true pairs ≥ 1.27,
//! crossed ≤ 0.99), the mean bead cost too (true ≤ 0.21, crossed ≥ 0.67). [`THRESHOLD`] 0.5 is the balanced
//! decision point; on the tuning half it refuses no true pair (lowest score 0.876) and 1,835 of the 1,836
//! crossed pairs (99.95%; the one kept, at 0.624, is a pair of BBC and Scotsman reports of one football match:
//! the same names and scores in different words). The report half's figures are in `docs/ALIGNMENT.md`.
//! Documents under [`MIN_SEGMENTS`] segments are never refused (too little evidence). Not done here: the exit
//! code (main).

pub mod features;

pub use features::{features, Features, EVIDENCE};

use super::{Aligner, Alignment, Segment};
use crate::types::Lang;

/// Documents with fewer segments than this are never refused.
pub const MIN_SEGMENTS: usize = 10;

/// Number of model inputs (the constant first).
pub const INPUTS: usize = 8;

/// Names of the model inputs, in order (for reports).
pub const INPUT_NAMES: [&str; INPUTS] = [
    "1",
    "attested",
    "ln(anchors+0.02)",
    "on_path",
    "length",
    "one_sided",
    "cost",
    "gain",
];

/// Fitted logistic weights over [`inputs`] (see the module header).
pub const WEIGHTS: [f32; INPUTS] = [2.894, 0.205, 1.869, 0.789, -0.617, -0.363, -2.540, 2.364];

/// Refuse below this document score (the balanced decision point of the logistic model).
pub const THRESHOLD: f32 = 0.5;

/// The model inputs of a pair's features.
pub fn inputs(f: &Features) -> [f32; INPUTS] {
    [
        1.0,
        f.attested,
        (f.anchors + 0.02).ln(),
        f.on_path,
        f.length,
        f.one_sided,
        f.cost,
        f.gain,
    ]
}

/// The document score of a pair's features: sigmoid of the weighted inputs.
pub fn score(f: &Features) -> f32 {
    let z: f32 = inputs(f).iter().zip(WEIGHTS).map(|(x, w)| x * w).sum();
    1.0 / (1.0 + (-z).exp())
}

/// The features and document score of an alignment of `a` with `b`.
pub fn doc_score(al: &Alignment, a: &[Segment], b: &[Segment], langs: (Lang, Lang)) -> f32 {
    score(&features(al, a, b, langs))
}

/// Aligns `a` with `b` and scores the pair. The alignment, the null path and the value occurrences the score
/// needs are computed at the same time (on as many threads as there are, up to three).
pub fn align_and_score(aligner: &Aligner, a: &[Segment], b: &[Segment]) -> (Alignment, f32) {
    let langs = aligner.langs();
    // The documents are prepared once for both.
    let (sa, sb) = aligner.prepare(a, b);
    let (al, known) = rayon::join(
        || aligner.align_sides(&sa, &sb),
        || {
            rayon::join(
                || features::null_cost_sides(&sa, &sb, langs),
                || features::occurrences(a, b),
            )
        },
    );
    let score = score(&features::features_with_null(&al, a, b, langs, known));
    (al, score)
}

/// Whether two documents look unrelated enough to refuse aligning them: both have at least [`MIN_SEGMENTS`]
/// segments and the document score is below [`THRESHOLD`].
pub fn refuse(al: &Alignment, a: &[Segment], b: &[Segment], langs: (Lang, Lang)) -> bool {
    refuses(a.len(), b.len(), doc_score(al, a, b, langs))
}

/// The decision for documents of `na` and `nb` segments and document score `score`.
pub fn refuses(na: usize, nb: usize, score: f32) -> bool {
    na >= MIN_SEGMENTS && nb >= MIN_SEGMENTS && score < THRESHOLD
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(
        attested: f32,
        anchors: f32,
        on_path: f32,
        length: f32,
        one_sided: f32,
        cost: f32,
        gain: f32,
    ) -> Features {
        Features {
            attested,
            anchors,
            on_path,
            length,
            one_sided,
            cost,
            gain,
        }
    }

    #[test]
    fn a_typical_translation_scores_high_and_a_typical_crossed_pair_low() {
        // Medians of the tuning half (true pairs, crossed pairs).
        let true_pair = features(0.6, 0.38, 0.77, 0.51, 0.0, -1.08, 2.13);
        let crossed = features(0.0, 0.0, 0.42, 0.85, 0.17, 1.24, 0.14);
        assert!(score(&true_pair) > 0.99, "{}", score(&true_pair));
        assert!(score(&crossed) < 0.01, "{}", score(&crossed));
    }

    #[test]
    fn each_signal_moves_the_score_the_right_way() {
        let base = features(0.3, 0.1, 0.6, 0.7, 0.05, 0.3, 0.8);
        let s = score(&base);
        assert!(
            score(&Features {
                anchors: 0.5,
                ..base
            }) > s
        );
        assert!(
            score(&Features {
                on_path: 0.9,
                ..base
            }) > s
        );
        assert!(
            score(&Features {
                attested: 0.8,
                ..base
            }) > s
        );
        assert!(
            score(&Features {
                length: 1.2,
                ..base
            }) < s
        );
        assert!(
            score(&Features {
                one_sided: 0.3,
                ..base
            }) < s
        );
        assert!(score(&Features { cost: 1.0, ..base }) < s);
        assert!(score(&Features { gain: 1.5, ..base }) > s);
    }

    #[test]
    fn short_documents_are_never_refused() {
        assert!(!refuses(MIN_SEGMENTS - 1, 40, 0.0));
        assert!(!refuses(40, MIN_SEGMENTS - 1, 0.0));
        assert!(refuses(MIN_SEGMENTS, MIN_SEGMENTS, 0.0));
        assert!(!refuses(MIN_SEGMENTS, MIN_SEGMENTS, THRESHOLD));
    }
}
