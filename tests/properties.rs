//! Invariants that hold for any input (proptest): segments cover the text once and in order, beads cover every
//! segment once and in order, every mention's span points into its sentence, presplit lines round-trip.
//!
//! Inputs are built from pieces of press-release text in the three scripts (words, digits, the punctuation the
//! segmentation rules look at, spaces and line breaks), with fully arbitrary strings mixed in.

use pressalign::align::{Aligner, Segment};
use pressalign::ingest::{document_from_bytes, presplit_lines};
use pressalign::normalize::{Extractor, RuleExtractor};
use pressalign::segment::split_blocks;
use pressalign::{Lang, Span};
use proptest::prelude::*;
use std::path::Path;

/// Sentence-final, quoting, bracketing and listing punctuation the segmenters care about.
const PUNCT: &[&str] = &[
    ".", "。", "!", "?", "！", "？", "\"", "」", "「", "(", ")", ",", "、", "．", "…", "”", "“",
];

/// Fixed pieces that exercise particular rules (abbreviations, quotatives, Korean dotted dates, bullets,
/// enumerators, citation marks, Korean endings glued to the next sentence).
const RULE_PIECES: &[&str] = &[
    "서울시는",
    "참석했다.",
    "말했다.",
    "\"함께 하겠다.\"라고",
    "2024. 10. 7.(월)",
    "横浜市は",
    "締結した。",
    "「協力する。」と述べた。",
    "The Mayor",
    "Dr.",
    "Mr.",
    "U.S.",
    "2 p.m.",
    "e.g.",
    "\"Yes,\" he said.",
    "○",
    "-",
    "■",
    "1.",
    "가.",
    "iv.",
    "[2]",
    "[*]",
    "[",
    "]",
    "했다.2월",
    "넣었다.이후",
    "합니다?네",
];

/// Number-ish pieces the normaliser reads.
const NUMBER_PIECES: &[&str] = &[
    "3천여 명",
    "三千五百人",
    "삼천 명",
    "스무 개",
    "3분의 1",
    "3分の1",
    "one third",
    "3∼5일",
    "10月3〜5日",
    "3割5分",
    "제3회",
    "第3回",
    "マイナス一と二分の一",
    "-1 4/5",
    "1.1^23",
    "二〇二四年",
    "四・八〇〇",
    "삼점사",
    "수천 명",
    "between 3 and 5",
    "7박 9일",
    "7月24日（水）",
    "2억 4천만 원",
    "３，０００人余り",
    "about 3,000 people",
    "12.5%",
    "10월 7일(월)",
    "令和6年10月7日",
    "October 7, 2024",
    "오후 2시",
    "平成25年（2013年）",
    "1万円(약 9만 원)",
    "KRW 2.85 billion",
    "twenty-five",
    "午後2時",
    "9천 8백만",
];

fn one_of(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(list).prop_map(str::to_string)
}

/// One piece of the mixed alphabet: a word of one script, digits, punctuation, spacing or a rule piece.
fn piece() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "[가-힣]{1,6}",
        3 => "[ぁ-んァ-ン一-龥]{1,6}",
        3 => "[A-Za-z]{1,8}",
        2 => "[0-9]{1,4}",
        4 => one_of(PUNCT),
        4 => prop_oneof![Just(" "), Just("  "), Just("\t"), Just("\u{3000}"), Just("\u{a0}")]
            .prop_map(str::to_string),
        2 => prop_oneof![Just("\n"), Just("\n\n"), Just("\r\n"), Just(" \n ")].prop_map(str::to_string),
        2 => one_of(RULE_PIECES),
        1 => "\\PC{0,8}",
    ]
    .boxed()
}

/// Concatenated pieces most of the time, a fully arbitrary printable string sometimes.
fn mixed_text(piece: BoxedStrategy<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::collection::vec(piece, 0..40).prop_map(|v| v.concat()),
        1 => "\\PC*",
    ]
}

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(&Lang::ALL[..])
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Segments of one side: (length 0..200, starts a new block), block ids non-decreasing from 0.
fn segments() -> impl Strategy<Value = Vec<Segment<'static>>> {
    prop::collection::vec((0usize..200, prop::bool::weighted(0.3)), 0..60).prop_map(|v| {
        let mut block = 0;
        v.into_iter()
            .enumerate()
            .map(|(i, (chars, new_block))| {
                if new_block && i > 0 {
                    block += 1;
                }
                Segment::plain(chars, block, &[])
            })
            .collect()
    })
}

/// Arbitrary strings for the presplit reader: printable text, any chars at all, and line-break soup.
fn presplit_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC*",
        any::<String>(),
        "[a-z가-힣 \\r\\n]{0,60}",
        prop::collection::vec(
            prop_oneof![
                Just("\n".to_string()),
                Just("\r".to_string()),
                Just("\r\n".to_string()),
                Just("a".to_string()),
                Just("가".to_string()),
                Just(" ".to_string()),
                "\\PC{0,3}",
            ],
            0..20
        )
        .prop_map(|v| v.concat()),
    ]
}

/// What joining `presplit_lines`'s lines with '\n' must give: the text without its final line end (`\r\n`, `\n`,
/// or a bare `\r` — see the `presplit_last_line_drops_a_trailing_cr` unit test), every other `\r\n` read as `\n`.
/// A CR not followed by LF inside the text stays part of its line.
fn presplit_expected(t: &str) -> String {
    let body = t
        .strip_suffix("\r\n")
        .or_else(|| t.strip_suffix('\n'))
        .or_else(|| t.strip_suffix('\r'))
        .unwrap_or(t);
    body.replace("\r\n", "\n")
}

proptest! {
    #[test]
    fn segments_cover_every_non_space_character_once_in_order(
        t in mixed_text(piece()),
        lang in lang(),
    ) {
        let doc = document_from_bytes(Path::new("p.txt"), t.as_bytes()).unwrap();
        let langs = vec![lang; doc.blocks.len()];
        let sentences = split_blocks(&doc.text, &doc.blocks, &langs);
        let mut last_end = 0;
        let mut last_block = 0;
        let mut joined = String::new();
        for (k, s) in sentences.iter().enumerate() {
            prop_assert!((s.block as usize) < doc.blocks.len(), "sentence {} has no block: {:?}", k, s);
            prop_assert!(s.block >= last_block, "block ids go back at sentence {}: {:?}", k, sentences);
            let block = doc.blocks[s.block as usize].span;
            prop_assert!(
                block.start <= s.span.start && s.span.end <= block.end,
                "sentence {:?} outside its block {:?}", s.span, block
            );
            prop_assert!(s.span.start < s.span.end, "empty sentence {}: {:?}", k, s);
            prop_assert!(
                doc.text.is_char_boundary(s.span.start) && doc.text.is_char_boundary(s.span.end),
                "sentence {:?} not on char boundaries", s.span
            );
            prop_assert!(
                k == 0 || s.span.start >= last_end,
                "sentence {} overlaps or precedes the one before: {:?}", k, sentences
            );
            let text = &doc.text[s.span.range()];
            prop_assert_eq!(text.trim(), text, "sentence {} has surrounding whitespace", k);
            joined.push_str(text);
            last_end = s.span.end;
            last_block = s.block;
        }
        prop_assert_eq!(squeeze(&joined), squeeze(&doc.text));
    }

    #[test]
    fn beads_are_monotone_and_cover_every_segment_once(a in segments(), b in segments()) {
        for la in Lang::ALL {
            for lb in Lang::ALL {
                if la == lb {
                    continue;
                }
                let beads = Aligner::new(la, lb).align(&a, &b);
                let (mut i, mut j) = (0u32, 0u32);
                for bead in &beads {
                    prop_assert_eq!(bead.a.start, i, "{}-{}: gap or overlap on side a in {:?}", la, lb, beads);
                    prop_assert_eq!(bead.b.start, j, "{}-{}: gap or overlap on side b in {:?}", la, lb, beads);
                    prop_assert!(bead.a.start <= bead.a.end && bead.b.start <= bead.b.end, "{}-{}: reversed range {:?}", la, lb, bead);
                    prop_assert!(!(bead.a.is_empty() && bead.b.is_empty()), "{}-{}: empty bead {:?}", la, lb, bead);
                    prop_assert!((0.0..=1.0).contains(&bead.score), "{}-{}: score out of [0, 1]: {:?}", la, lb, bead);
                    i = bead.a.end;
                    j = bead.b.end;
                }
                prop_assert_eq!(i as usize, a.len(), "{}-{}: side a not covered", la, lb);
                prop_assert_eq!(j as usize, b.len(), "{}-{}: side b not covered", la, lb);
            }
        }
    }

    #[test]
    fn number_spans_point_into_the_sentence(
        t in mixed_text(prop_oneof![3 => piece(), 2 => one_of(NUMBER_PIECES)].boxed()),
        lang in lang(),
        cut in (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
    ) {
        // The whole text as one sentence, and a sub-span cut on char boundaries (offsets must shift with it).
        let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        let (x, y) = (cut.0.get(&bounds), cut.1.get(&bounds));
        for sentence in [Span::new(0, t.len()), Span::new(*x.min(y), *x.max(y))] {
            let f = RuleExtractor.extract(lang, &t, sentence);
            let mut last_end = sentence.start;
            for n in &f.numbers {
                prop_assert!(n.span.start < n.span.end, "empty mention {:?}", n);
                prop_assert!(
                    sentence.start <= n.span.start && n.span.end <= sentence.end,
                    "mention {:?} outside the sentence {:?}", n.span, sentence
                );
                prop_assert!(
                    t.is_char_boundary(n.span.start) && t.is_char_boundary(n.span.end),
                    "mention {:?} not on char boundaries", n.span
                );
                prop_assert!(n.span.start >= last_end, "mentions overlap or are out of order: {:?}", f.numbers);
                prop_assert!(n.value.lo.is_finite() && n.value.hi.is_finite(), "value not finite: {:?}", n);
                prop_assert!(n.value.lo <= n.value.hi, "interval reversed: {:?}", n);
                last_end = n.span.end;
            }
        }
    }

    #[test]
    fn presplit_lines_round_trip(t in presplit_text()) {
        let spans = presplit_lines(&t);
        let lines: Vec<&str> = spans.iter().map(|s| &t[s.range()]).collect();
        let mut last_end = 0;
        for (k, s) in spans.iter().enumerate() {
            prop_assert!(s.start <= s.end && s.end <= t.len(), "bad span {:?}", s);
            // Consecutive lines are separated by exactly one line end; the first starts the text.
            let gap = &t[last_end..s.start];
            if k == 0 {
                prop_assert_eq!(gap, "", "first line does not start the text");
            } else {
                prop_assert!(gap == "\n" || gap == "\r\n", "lines {} and {} separated by {:?}", k - 1, k, gap);
            }
            prop_assert!(!lines[k].contains('\n'), "line {} contains a newline: {:?}", k, lines[k]);
            last_end = s.end;
        }
        prop_assert!(
            matches!(&t[last_end..], "" | "\n" | "\r\n" | "\r"),
            "text after the last line: {:?}", &t[last_end..]
        );
        // One line per '\n', plus the last line when text follows the last '\n'.
        let tail = t.rsplit('\n').next().unwrap_or("");
        let want = t.matches('\n').count() + usize::from(!tail.is_empty());
        prop_assert_eq!(lines.len(), want);
        prop_assert_eq!(lines.join("\n"), presplit_expected(&t));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Three-way beads cover every segment of every language exactly once, in order, and are deterministic.
    #[test]
    fn three_way_beads_cover_every_segment_in_order(ko in segments(), ja in segments(), en in segments()) {
        let tri = pressalign::align::multi::align3(&ko, &ja, &en);
        prop_assert_eq!(&tri, &pressalign::align::multi::align3(&ko, &ja, &en));
        for (l, n) in [(0, ko.len()), (1, ja.len()), (2, en.len())] {
            let mut next = 0u32;
            for t in &tri {
                prop_assert_eq!(t.sides[l].start, next);
                prop_assert!(t.sides[l].start <= t.sides[l].end);
                next = t.sides[l].end;
                prop_assert!((0.0..=1.0).contains(&t.score));
            }
            prop_assert_eq!(next as usize, n);
        }
        prop_assert!(tri.iter().all(|t| t.sides.iter().any(|r| !r.is_empty())));
    }

    /// Identical inputs align one to one.
    #[test]
    fn identical_inputs_align_one_to_one(a in segments()) {
        let beads = Aligner::new(Lang::Ko, Lang::Ja).align(&a, &a);
        let nonempty = a.iter().all(|s| s.chars > 0);
        if nonempty {
            prop_assert!(beads.iter().all(|b| b.a == b.b), "{:?}", beads);
        }
    }
}
