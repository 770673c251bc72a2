//! Invariants that hold for any input (proptest): segments cover the text, beads cover every segment once and in
//! order, every mention's span points into its sentence, presplit lines round-trip.

use pressalign::align::{Aligner, Segment};
use pressalign::ingest::{document_from_bytes, presplit_lines};
use pressalign::normalize::{Extractor, RuleExtractor};
use pressalign::segment::split_blocks;
use pressalign::{Lang, Span};
use proptest::prelude::*;
use std::path::Path;

/// Pieces of press-like text in the three scripts, with the punctuation the rules care about.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("서울시는".to_string()),
        Just("참석했다.".to_string()),
        Just("3천여 명".to_string()),
        Just("2억 4천만 원".to_string()),
        Just("2024. 10. 7.(월)".to_string()),
        Just("横浜市は".to_string()),
        Just("締結した。".to_string()),
        Just("３，０００人余り".to_string()),
        Just("令和6年10月7日".to_string()),
        Just("「協力する。」と述べた。".to_string()),
        Just("The Mayor".to_string()),
        Just("Dr.".to_string()),
        Just("U.S.".to_string()),
        Just("about 3,000 people".to_string()),
        Just("October 7, 2024".to_string()),
        Just("12.5%".to_string()),
        Just("2 p.m.".to_string()),
        Just("\"Yes,\" he said.".to_string()),
        Just("○".to_string()),
        Just("-".to_string()),
        Just("?".to_string()),
        Just("！".to_string()),
        Just("。".to_string()),
        Just(".".to_string()),
        Just("、".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        "\\PC{0,8}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Ko), Just(Lang::Ja), Just(Lang::En)]
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

proptest! {
    #[test]
    fn segments_cover_every_non_space_character_once_in_order(t in text(), lang in lang()) {
        let doc = document_from_bytes(Path::new("p.txt"), t.as_bytes()).unwrap();
        let langs = vec![lang; doc.blocks.len()];
        let sentences = split_blocks(&doc.text, &doc.blocks, &langs);
        let mut last_end = 0;
        let mut joined = String::new();
        for s in &sentences {
            let block = doc.blocks[s.block as usize].span;
            prop_assert!(block.start <= s.span.start && s.span.end <= block.end);
            prop_assert!(s.span.start >= last_end, "overlap or out of order");
            prop_assert!(!s.span.is_empty());
            let piece = &doc.text[s.span.range()];
            prop_assert_eq!(piece.trim(), piece);
            joined.push_str(piece);
            last_end = s.span.end;
        }
        prop_assert_eq!(squeeze(&joined), squeeze(&doc.text));
    }

    #[test]
    fn beads_are_monotone_and_cover_every_segment_once(
        a in prop::collection::vec((0usize..200, 0u32..3), 0..60),
        b in prop::collection::vec((0usize..200, 0u32..3), 0..60),
        pair in prop_oneof![Just((Lang::Ko, Lang::En)), Just((Lang::Ja, Lang::En)), Just((Lang::Ko, Lang::Ja))],
    ) {
        let segs = |v: &[(usize, u32)]| -> Vec<Segment<'static>> {
            let mut block = 0;
            v.iter().map(|&(chars, step)| { block += step / 2; Segment { chars, block, numbers: &[] } }).collect()
        };
        let (sa, sb) = (segs(&a), segs(&b));
        for (x, y, la, lb) in [(&sa, &sb, pair.0, pair.1), (&sb, &sa, pair.1, pair.0)] {
            let beads = Aligner::new(la, lb).align(x, y);
            let flat_a: Vec<u32> = beads.iter().flat_map(|b| b.a.clone()).collect();
            let flat_b: Vec<u32> = beads.iter().flat_map(|b| b.b.clone()).collect();
            prop_assert_eq!(flat_a, (0..x.len() as u32).collect::<Vec<_>>());
            prop_assert_eq!(flat_b, (0..y.len() as u32).collect::<Vec<_>>());
            for bead in &beads {
                prop_assert!(!(bead.a.is_empty() && bead.b.is_empty()));
                prop_assert!((0.0..=1.0).contains(&bead.score));
            }
        }
    }

    #[test]
    fn number_spans_point_into_the_sentence(t in text(), lang in lang()) {
        let f = RuleExtractor.extract(lang, &t, Span::new(0, t.len()));
        let mut last_end = 0;
        for n in &f.numbers {
            prop_assert!(n.span.start >= last_end, "mentions overlap: {:?}", f.numbers);
            prop_assert!(!n.span.is_empty() && n.span.end <= t.len());
            prop_assert!(t.is_char_boundary(n.span.start) && t.is_char_boundary(n.span.end));
            prop_assert!(n.value.lo.is_finite() && n.value.hi.is_finite());
            last_end = n.span.end;
        }
    }

    #[test]
    fn presplit_lines_round_trip(t in "[a-z가-힣 \\r\\n]{0,60}") {
        let spans = presplit_lines(&t);
        let lines: Vec<&str> = spans.iter().map(|s| &t[s.range()]).collect();
        for l in &lines {
            prop_assert!(!l.contains('\n'));
        }
        // Joining the lines with the line ends they had gives the text back (a final newline ends the last line).
        let expected: Vec<&str> = t.strip_suffix('\n').unwrap_or(&t).split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
        if t.is_empty() {
            prop_assert!(lines.is_empty());
        } else {
            prop_assert_eq!(lines, expected);
        }
    }
}
