//! Refusing documents that are not translations of each other.
//!
//! In: a finished pairwise [`Alignment`] and the two documents' segment counts. Out: a document score in [0, 1]
//! and whether `align` should refuse. The score is the share of segments (of both documents) that sit in
//! two-sided beads attested by shared numbers or names (evidence ≥ [`EVIDENCE`]): lengths alone can always be
//! made to fit somewhere, but translations share figures and names bead after bead, while unrelated documents
//! share them only by chance. The threshold is calibrated on NTREX (`eval align`:
//! true document pairs positive, different documents in different languages negative, both with at least
//! [`MIN_SEGMENTS`] segments): fitted on the tuning half, refusal rates reported on the other. Documents under
//! [`MIN_SEGMENTS`] segments are never refused (too little evidence). Not done here: the exit code (main).

use super::Alignment;

/// The shared-number-and-name evidence a bead needs to count as attested.
pub const EVIDENCE: f32 = 0.3;

/// Documents with fewer segments than this are never refused.
pub const MIN_SEGMENTS: usize = 10;

/// Refuse below this document score (fitted on the tuning half of NTREX: half the lowest true-pair score, a
/// margin for real releases, which align less cleanly than NTREX).
pub const THRESHOLD: f32 = 0.1;

/// The document score of an alignment of `n_a` and `n_b` segments.
pub fn doc_score(al: &Alignment, n_a: usize, n_b: usize) -> f32 {
    let total = (n_a + n_b) as f32;
    if total == 0.0 {
        return 1.0;
    }
    let aligned: f32 = al
        .beads
        .iter()
        .zip(&al.evidence)
        .filter(|(b, &e)| !b.a.is_empty() && !b.b.is_empty() && e >= EVIDENCE)
        .map(|(b, _)| (b.a.len() + b.b.len()) as f32)
        .sum();
    aligned / total
}

/// Whether two documents look unrelated enough to refuse aligning them.
pub fn refuse(al: &Alignment, n_a: usize, n_b: usize) -> bool {
    n_a >= MIN_SEGMENTS && n_b >= MIN_SEGMENTS && doc_score(al, n_a, n_b) < THRESHOLD
}
