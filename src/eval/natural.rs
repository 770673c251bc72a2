//! The natural NTREX set: real translations re-split by our own segmenter, as real input would be.
//!
//! Each NTREX document's lines are laid out as a press text per language: the first line (the headline) alone,
//! then paragraphs of 1–4 consecutive lines (sizes drawn with a fixed seed, the same paragraphs in all three
//! languages, since translations keep paragraphs), lines joined by the language's joiner and paragraphs separated
//! by a blank line. That text goes through ingest and the segmenter like any input, so a line the segmenter splits
//! becomes several segments, two lines it fails to split one segment, and nothing in a segment betrays where a
//! line ended. The gold follows from the line ids: every segment is mapped to the lines its bytes overlap, and
//! segments (of any language) sharing a line form one bead ([`beads_from_lines`]).
//!
//! In: the NTREX line lists and document boundaries. Out: per document and language a text plus the line byte
//! ranges in it. Not done here: segmenting (the pipeline), aligning, scoring.

use super::synth::SplitMix64;
use crate::types::Lang;
use std::ops::Range;

/// A document laid out as text in one language, with where each original line sits in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub text: String,
    /// `(line id, byte range in text)` in order.
    pub lines: Vec<(usize, Range<usize>)>,
}

/// Groups lines `start..end` into paragraphs: the first line alone, then runs of 1–4 lines.
pub fn paragraphs(start: usize, end: usize, rng: &mut SplitMix64) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if start >= end {
        return out;
    }
    out.push(start..start + 1);
    let mut i = start + 1;
    while i < end {
        let n = (1 + rng.below(4)).min(end - i);
        out.push(i..i + n);
        i += n;
    }
    out
}

/// Lays out one language's lines as paragraphs separated by blank lines.
pub fn layout(lang: Lang, lines: &[String], paragraphs: &[Range<usize>]) -> Layout {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (k, p) in paragraphs.iter().enumerate() {
        if k > 0 {
            text.push_str("\n\n");
        }
        for (n, id) in p.clone().enumerate() {
            if n > 0 {
                text.push_str(lang.joiner());
            }
            let line = lines[id].trim();
            let at = text.len();
            text.push_str(line);
            spans.push((id, at..text.len()));
        }
    }
    text.push('\n');
    Layout { text, lines: spans }
}

/// The line ids a byte range of a layout overlaps (at least the nearest line, so no segment is lineless).
pub fn lines_of(layout: &Layout, span: Range<usize>) -> Vec<usize> {
    let hit: Vec<usize> = layout
        .lines
        .iter()
        .filter(|(_, r)| r.start < span.end && span.start < r.end)
        .map(|(id, _)| *id)
        .collect();
    if !hit.is_empty() {
        return hit;
    }
    let nearest = layout
        .lines
        .iter()
        .min_by_key(|(_, r)| r.start.abs_diff(span.start))
        .map(|(id, _)| *id);
    nearest.into_iter().collect()
}

/// One bead under construction: a segment range per side, `None` where the side is empty.
type Sides = Vec<Option<Range<u32>>>;

/// The minimal gold beads of n sides given each segment's line ids: segments sharing a line (directly or through
/// other segments) form one bead, a segment sharing none stands alone with the other sides empty. Each bead's
/// sides are closed to contiguous ranges, and beads whose ranges overlap are merged, so the result is a monotone
/// partition of every side. Beads come out in document order.
pub fn beads_from_lines(sides: &[Vec<Vec<usize>>]) -> Vec<Vec<Vec<u32>>> {
    // Union-find over (side, segment) nodes.
    let offsets: Vec<usize> = sides
        .iter()
        .scan(0, |acc, s| {
            let o = *acc;
            *acc += s.len();
            Some(o)
        })
        .collect();
    let total: usize = sides.iter().map(Vec::len).sum();
    let mut parent: Vec<usize> = (0..total).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut first_owner: std::collections::HashMap<usize, usize> = Default::default();
    for (s, segs) in sides.iter().enumerate() {
        for (i, lines) in segs.iter().enumerate() {
            let node = offsets[s] + i;
            for &l in lines {
                match first_owner.get(&l) {
                    Some(&other) => {
                        let (x, y) = (find(&mut parent, node), find(&mut parent, other));
                        parent[x] = y;
                    }
                    None => {
                        first_owner.insert(l, node);
                    }
                }
            }
        }
    }
    // Components as per-side index ranges, keyed by their smallest line id.
    let mut comps: std::collections::BTreeMap<usize, (usize, Sides)> = Default::default();
    for (s, segs) in sides.iter().enumerate() {
        for (i, lines) in segs.iter().enumerate() {
            let root = find(&mut parent, offsets[s] + i);
            let min_line = lines.iter().copied().min().unwrap_or(usize::MAX);
            let entry = comps
                .entry(root)
                .or_insert_with(|| (usize::MAX, vec![None; sides.len()]));
            entry.0 = entry.0.min(min_line);
            let i = i as u32;
            entry.1[s] = Some(match entry.1[s].take() {
                Some(r) => r.start.min(i)..r.end.max(i + 1),
                None => i..i + 1,
            });
        }
    }
    let mut ordered: Vec<(usize, Sides)> = comps.into_values().collect();
    ordered.sort_by_key(|c| c.0);
    // Merge beads whose ranges overlap on some side (keeps the partition monotone).
    let mut merged: Vec<Sides> = Vec::new();
    for (_, c) in ordered {
        let overlaps = merged.last().is_some_and(|last: &Sides| {
            last.iter().zip(&c).any(|(x, y)| match (x, y) {
                (Some(x), Some(y)) => y.start < x.end,
                _ => false,
            })
        });
        if overlaps {
            let last = merged.last_mut().expect("checked");
            for (x, y) in last.iter_mut().zip(c) {
                *x = match (x.take(), y) {
                    (Some(a), Some(b)) => Some(a.start.min(b.start)..a.end.max(b.end)),
                    (a, b) => a.or(b),
                };
            }
        } else {
            merged.push(c);
        }
    }
    merged
        .into_iter()
        .map(|c| {
            c.into_iter()
                .map(|r| r.map(|r| r.collect()).unwrap_or_default())
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_unsplit_lines_give_minimal_beads() {
        // a: line 0 | line 1 split in two | lines 2+3 in one segment; b: one segment per line.
        let a = vec![vec![0], vec![1], vec![1], vec![2, 3]];
        let b = vec![vec![0], vec![1], vec![2], vec![3]];
        let beads = beads_from_lines(&[a, b]);
        let want: Vec<Vec<Vec<u32>>> = vec![
            vec![vec![0], vec![0]],
            vec![vec![1, 2], vec![1]],
            vec![vec![3], vec![2, 3]],
        ];
        assert_eq!(beads, want);
    }

    #[test]
    fn a_line_missing_on_one_side_is_one_sided() {
        let a = vec![vec![0], vec![1], vec![2]];
        let b = vec![vec![0], vec![2]];
        let beads = beads_from_lines(&[a, b]);
        assert_eq!(beads[1], vec![vec![1], vec![]]);
        assert_eq!(beads.len(), 3);
    }

    #[test]
    fn layout_records_line_ranges() {
        let lines: Vec<String> = ["Title", "One.", "Two."].map(String::from).to_vec();
        let l = layout(Lang::En, &lines, &[0..1, 1..3]);
        assert_eq!(l.text, "Title\n\nOne. Two.\n");
        assert_eq!(&l.text[l.lines[2].1.clone()], "Two.");
        assert_eq!(lines_of(&l, 7..16), vec![1, 2]);
    }

    #[test]
    fn paragraphs_cover_the_document() {
        let mut rng = SplitMix64(1);
        let p = paragraphs(10, 30, &mut rng);
        assert_eq!(p[0], 10..11);
        assert_eq!(p.last().unwrap().end, 30);
        assert!(p.windows(2).all(|w| w[0].end == w[1].start));
    }
}
