//! The structure scorer: translations keep a document's layout.
//!
//! In: two groups' block facts (block kind, whether the group opens and closes a block). Out: a score: a title
//! paired with a title, a list item with a list item (a contact line with a contact line, a dateline with a
//! dateline) earn; a title with anything else costs; a group that opens (or
//! closes) a block on one side but not on the other costs, since block boundaries are likely bead boundaries.
//! Presplit input has no blocks (kind `None`) and scores 0. Merging across blocks inside one side is charged by
//! the aligner's cross-block cost, not here. Not done here: reading layout (ingest decides block kinds).

use super::{Group, Scorer};
use crate::types::BlockKind;

/// Block kind and boundary agreement.
#[derive(Debug, Clone, Copy)]
pub struct StructureScorer {
    /// Reward when both groups open with the same kind of block, other than paragraph. Default: 1.0.
    pub same_kind: f32,
    /// Cost when one group is a title and the other is not. Default: 1.0.
    pub title_mismatch: f32,
    /// Cost per edge (start, end) where one group is on a block boundary and the other is not. Default: 1.0.
    pub boundary_mismatch: f32,
}

impl Default for StructureScorer {
    fn default() -> Self {
        StructureScorer {
            same_kind: 1.0,
            title_mismatch: 1.0,
            boundary_mismatch: 1.0,
        }
    }
}

impl Scorer for StructureScorer {
    fn score(&self, a: &Group, b: &Group) -> f32 {
        let (Some(fa), Some(fb)) = (a.units.first(), b.units.first()) else {
            return 0.0;
        };
        let (Some(ka), Some(kb)) = (fa.kind, fb.kind) else {
            return 0.0;
        };
        let (Some(la), Some(lb)) = (a.units.last(), b.units.last()) else {
            return 0.0;
        };
        let mut s = 0.0;
        let title = |k: BlockKind| k == BlockKind::Title;
        if ka == kb && ka != BlockKind::Paragraph {
            s += self.same_kind;
        } else if title(ka) != title(kb) {
            s -= self.title_mismatch;
        }
        if fa.starts_block != fb.starts_block {
            s -= self.boundary_mismatch;
        }
        if la.ends_block != lb.ends_block {
            s -= self.boundary_mismatch;
        }
        s
    }
}
