//! Synthetic alignment gold from line-aligned parallel text (NTREX-128): real translations, with non-1:1
//! structure made by joining lines, and omissions made by dropping them.
//!
//! For each document, beads are drawn in order with a fixed-seed generator (SplitMix64, so the sets are the same
//! on every machine and every version): 3% deletion (a line present in the "source" language only), 3% insertion
//! (present in the other two only), 10% 1:2, 10% 2:1, 3% 1:3, 2% 2:2, otherwise 1:1. Each bead picks which of the
//! three languages plays the source role, and the same bead applies to all three languages, so one 3-way
//! structure serves every pair. A join turns the inner sentence end into a clause mark (`。`→`、`, `다.`→`다,`,
//! `.`→`;`) so the joined segment does not betray itself. The gold of a pair is derived from which original lines
//! each segment holds: segments sharing a line form one bead, a segment sharing none is 1-0/0-1.
//!
//! In: the three line lists and document ids. Out: [`SynthDoc`]s (segments per language + line ids). Not done
//! here: reading files, aligning, scoring.

use super::metrics::Bead;
use crate::types::Lang;

/// SplitMix64: tiny, fast and fully specified, so a seed gives the same sets everywhere.
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform draw in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// One segment of a synthetic document: its text and the original lines it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct SynthSeg {
    pub text: String,
    pub lines: Vec<usize>,
}

/// A synthetic document: segments per language (indexed by [`Lang::index`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SynthDoc {
    pub segs: [Vec<SynthSeg>; 3],
}

/// How each bead groups the original lines, for the source language and for the other two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Deletion,
    Insertion,
    OneTwo,
    TwoOne,
    OneThree,
    TwoTwo,
    OneOne,
}

fn draw_shape(rng: &mut SplitMix64) -> Shape {
    let x = rng.unit();
    let table = [
        (0.03, Shape::Deletion),
        (0.03, Shape::Insertion),
        (0.10, Shape::OneTwo),
        (0.10, Shape::TwoOne),
        (0.03, Shape::OneThree),
        (0.02, Shape::TwoTwo),
    ];
    let mut acc = 0.0;
    for (p, s) in table {
        acc += p;
        if x < acc {
            return s;
        }
    }
    Shape::OneOne
}

/// Joins lines into one segment, turning each inner sentence end into a clause mark.
pub fn join(lang: Lang, parts: &[&str]) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        let p = p.trim();
        if i + 1 == parts.len() {
            out.push_str(p);
            break;
        }
        let (body, mark) = match p.char_indices().next_back() {
            Some((k, '。' | '．')) => (&p[..k], "、"),
            Some((k, '.' | '!' | '?')) if lang == Lang::Ko => (&p[..k], ","),
            Some((k, '.' | '!' | '?')) => (&p[..k], ";"),
            _ if lang == Lang::Ja => (p, "、"),
            _ => (p, if lang == Lang::Ko { "," } else { ";" }),
        };
        out.push_str(body);
        out.push_str(mark);
        out.push_str(lang.joiner());
    }
    out
}

/// Builds synthetic documents from line-aligned text. `lines[l][i]` is line `i` in language `l`; `doc_ids[i]` the
/// document of line `i` (consecutive lines with the same id form a document).
pub fn generate(lines: &[Vec<String>; 3], doc_ids: &[String], seed: u64) -> Vec<SynthDoc> {
    let mut rng = SplitMix64(seed);
    let mut docs = Vec::new();
    let mut start = 0;
    while start < doc_ids.len() {
        let end = (start..doc_ids.len())
            .find(|&i| doc_ids[i] != doc_ids[start])
            .unwrap_or(doc_ids.len());
        docs.push(one_doc(lines, start, end, &mut rng));
        start = end;
    }
    docs
}

fn one_doc(lines: &[Vec<String>; 3], start: usize, end: usize, rng: &mut SplitMix64) -> SynthDoc {
    let mut doc = SynthDoc::default();
    let mut i = start;
    while i < end {
        let shape = draw_shape(rng);
        let need = match shape {
            Shape::OneTwo | Shape::TwoOne => 2,
            Shape::OneThree | Shape::TwoTwo => 3,
            _ => 1,
        };
        let shape = if i + need > end { Shape::OneOne } else { shape };
        let source = rng.below(3);
        let n = match shape {
            Shape::OneTwo | Shape::TwoOne => 2,
            Shape::OneThree | Shape::TwoTwo => 3,
            _ => 1,
        };
        let ids: Vec<usize> = (i..i + n).collect();
        for (l, lang) in Lang::ALL.iter().enumerate() {
            let is_source = l == source;
            // Groups of original lines, as segments of this language.
            let groups: Vec<Vec<usize>> = match (shape, is_source) {
                (Shape::Deletion, false) | (Shape::Insertion, true) => vec![],
                (Shape::OneTwo | Shape::OneThree, true) => vec![ids.clone()],
                (Shape::TwoOne, false) => vec![ids.clone()],
                (Shape::TwoTwo, true) => vec![ids[..2].to_vec(), ids[2..].to_vec()],
                (Shape::TwoTwo, false) => vec![ids[..1].to_vec(), ids[1..].to_vec()],
                _ => ids.iter().map(|&x| vec![x]).collect(),
            };
            for g in groups {
                let parts: Vec<&str> = g.iter().map(|&x| lines[l][x].as_str()).collect();
                doc.segs[l].push(SynthSeg {
                    text: join(*lang, &parts),
                    lines: g,
                });
            }
        }
        i += n;
    }
    doc
}

/// The minimal gold beads of a pair: segments that share an original line are one bead; a segment sharing none
/// is a 1-0 (or 0-1) bead. Beads come out in document order.
pub fn pair_gold(a: &[SynthSeg], b: &[SynthSeg]) -> Vec<Bead> {
    let mut beads: Vec<Bead> = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    let owner_b = |line: usize| b.iter().position(|s| s.lines.contains(&line));
    let owner_a = |line: usize| a.iter().position(|s| s.lines.contains(&line));
    while i < a.len() || j < b.len() {
        let first_a = a.get(i).map(|s| s.lines[0]).unwrap_or(usize::MAX);
        let first_b = b.get(j).map(|s| s.lines[0]).unwrap_or(usize::MAX);
        if first_a <= first_b && i < a.len() && owner_b_any(&a[i], b).is_none() {
            beads.push((vec![i as u32], vec![]));
            i += 1;
            continue;
        }
        if first_b < first_a && j < b.len() && owner_a_any(&b[j], a).is_none() {
            beads.push((vec![], vec![j as u32]));
            j += 1;
            continue;
        }
        // Grow a component from the earlier segment until it closes.
        let (mut ea, mut eb) = (i, j);
        loop {
            let mut grew = false;
            for s in &a[i..=ea.min(a.len() - 1)] {
                for &l in &s.lines {
                    if let Some(k) = owner_b(l) {
                        if k >= eb {
                            eb = k + 1;
                            grew = true;
                        }
                    }
                }
            }
            for s in &b[j..eb.min(b.len())] {
                for &l in &s.lines {
                    if let Some(k) = owner_a(l) {
                        if k > ea {
                            ea = k;
                            grew = true;
                        }
                    }
                }
            }
            if !grew {
                break;
            }
        }
        beads.push((
            (i as u32..=ea as u32).collect(),
            (j as u32..eb as u32).collect(),
        ));
        i = ea + 1;
        j = eb;
    }
    beads
}

fn owner_b_any(s: &SynthSeg, b: &[SynthSeg]) -> Option<usize> {
    b.iter()
        .position(|t| t.lines.iter().any(|l| s.lines.contains(l)))
}

fn owner_a_any(s: &SynthSeg, a: &[SynthSeg]) -> Option<usize> {
    owner_b_any(s, a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_hides_inner_sentence_ends() {
        assert_eq!(join(Lang::Ja, &["晴れた。", "暑い。"]), "晴れた、暑い。");
        assert_eq!(join(Lang::Ko, &["맑았다.", "더웠다."]), "맑았다, 더웠다.");
        assert_eq!(
            join(Lang::En, &["It was sunny.", "It was hot."]),
            "It was sunny; It was hot."
        );
    }

    fn seg(lines: &[usize]) -> SynthSeg {
        SynthSeg {
            text: String::new(),
            lines: lines.to_vec(),
        }
    }

    #[test]
    fn pair_gold_from_shared_lines() {
        // a: [0] [1,2] [3] [5];  b: [0] [1] [2] [4] [5]  (line 3 deleted in b, 4 inserted in b)
        let a = vec![seg(&[0]), seg(&[1, 2]), seg(&[3]), seg(&[5])];
        let b = vec![seg(&[0]), seg(&[1]), seg(&[2]), seg(&[4]), seg(&[5])];
        let g = pair_gold(&a, &b);
        let want: Vec<Bead> = vec![
            (vec![0], vec![0]),
            (vec![1], vec![1, 2]),
            (vec![2], vec![]),
            (vec![], vec![3]),
            (vec![3], vec![4]),
        ];
        assert_eq!(g, want);
    }

    #[test]
    fn two_two_is_one_bead() {
        let a = vec![seg(&[0, 1]), seg(&[2])];
        let b = vec![seg(&[0]), seg(&[1, 2])];
        assert_eq!(pair_gold(&a, &b), vec![(vec![0, 1], vec![0, 1])]);
    }

    #[test]
    fn generation_is_deterministic_and_covers_every_line_once_per_language_or_drops_it() {
        let mk = |p: &str| {
            (0..40)
                .map(|i| format!("{p} line {i}."))
                .collect::<Vec<_>>()
        };
        let lines = [mk("ko"), mk("ja"), mk("en")];
        let ids: Vec<String> = (0..40).map(|i| format!("d{}", i / 20)).collect();
        let a = generate(&lines, &ids, 7);
        assert_eq!(a, generate(&lines, &ids, 7));
        assert_eq!(a.len(), 2);
        for d in &a {
            for l in 0..3 {
                let flat: Vec<usize> = d.segs[l].iter().flat_map(|s| s.lines.clone()).collect();
                assert!(flat.windows(2).all(|w| w[0] < w[1]), "lines in order");
            }
        }
    }
}
