//! The structure scorer: translations keep a document's layout.
//!
//! In: two groups' block facts (block kind, whether the group opens and closes a block). Out: a score: a title
//! paired with a title, a list item with a list item (a contact line with a contact line, a dateline with a
//! dateline) earn; a title with a paragraph costs; a group that opens (or
//! closes) a block on one side but not on the other costs, since block boundaries are likely bead boundaries.
//!
//! Only title and paragraph say what shape a line has (ingest gives a short line without sentence-final
//! punctuation the title kind, a sentence the paragraph kind). List item, contact, dateline and table cell are
//! read from a line's content or markup before its shape (a bullet, a contact word, a date, a `<tr>`), so such a
//! line may be a heading as well: `お問合せ先` is a contact line by its word, its translation `Contact` a heading
//! by its shape. Pairing one of those kinds with a title is therefore no evidence either way.
//! Presplit input has no blocks (kind `None`) and scores 0. Merging across blocks inside one side is charged by
//! the aligner's cross-block cost, not here. Not done here: reading layout (ingest decides block kinds).

use super::{Group, Scorer};
use crate::types::BlockKind;

/// Block kind and boundary agreement.
#[derive(Debug, Clone, Copy)]
pub struct StructureScorer {
    /// Reward when both groups open with the same kind of block, other than paragraph. Default: 1.0.
    pub same_kind: f32,
    /// Cost when one group is a title and the other a paragraph. Default: 1.0.
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
        if ka == kb && ka != BlockKind::Paragraph {
            s += self.same_kind;
        } else if shape_conflict(ka, kb) {
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

/// One kind says heading and the other says sentence: the only pair of kinds that both describe a line's shape.
fn shape_conflict(a: BlockKind, b: BlockKind) -> bool {
    use BlockKind::{Paragraph, Title};
    matches!((a, b), (Title, Paragraph) | (Paragraph, Title))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::score::Unit;
    use crate::types::Lang;

    fn unit(kind: BlockKind) -> Unit {
        Unit {
            chars: 10,
            words: 2,
            block: 0,
            kind: Some(kind),
            starts_block: true,
            ends_block: true,
            letters: true,
            nums: 0..0,
            ents: 0..0,
            ent_sig: 0,
            cogs: 0..0,
        }
    }

    fn score(a: BlockKind, b: BlockKind) -> f32 {
        let (ua, ub) = ([unit(a)], [unit(b)]);
        let group = |units| Group {
            lang: Lang::En,
            chars: 10,
            words: 2,
            units,
            nums: &[],
            ents: &[],
            keys: &[],
            cogs: &[],
            cogs_distinct: true,
            cog_sig: 0,
            cog_weights: &[],
            bounds: Default::default(),
        };
        StructureScorer::default().score(&group(&ua), &group(&ub))
    }

    #[test]
    fn a_title_costs_only_against_a_paragraph() {
        use BlockKind::*;
        assert_eq!(score(Title, Title), 1.0);
        assert_eq!(score(Contact, Contact), 1.0);
        assert_eq!(score(Title, Paragraph), -1.0);
        assert_eq!(score(Paragraph, Title), -1.0);
        // A contact heading (`お問合せ先`) and its translation read as a heading (`Contact`).
        for other in [Contact, Dateline, ListItem, TableCell] {
            assert_eq!(score(Title, other), 0.0, "{other:?}");
            assert_eq!(score(other, Title), 0.0, "{other:?}");
        }
        assert_eq!(score(Paragraph, Contact), 0.0);
    }
}
