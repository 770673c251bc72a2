//! The NTREX-128 sets: reading the line-aligned files, the tune/report halves, and the natural and synthetic
//! 2-way cases.
//!
//! In: `data/ntrex` (ko/ja/en lines and document ids). Out: the natural documents laid out and segmented
//! ([`NaturalDoc`], [`super::super::natural`]), their 2-way cases with opaque gold beads
//! ([`super::super::granularity`]), and the synthetic cases per document and concatenated
//! ([`super::super::synth`]). Not done here: aligning, scoring, the three-way cases ([`super::three`]).

use super::{Case, PAIRS};
use crate::error::{Error, Result};
use crate::eval::metrics::Bead;
use crate::eval::read_lines;
use crate::ingest;
use crate::pipeline::{analyse, PipelineConfig};
use crate::types::Lang;
use std::path::Path;

/// The seed of the NTREX synthetic sets (fixed so every run and machine measures the same sets).
pub const NTREX_SEED: u64 = 20_241_007;

/// Reads NTREX-128 (ko/ja/en, line-aligned) and its document ids from `data/ntrex`.
pub fn read_ntrex(data: &Path) -> Result<([Vec<String>; 3], Vec<String>)> {
    let dir = data.join("ntrex");
    let lines = [
        read_lines(&dir.join("newstest2019-ref.kor.txt"))?,
        read_lines(&dir.join("newstest2019-ref.jpn.txt"))?,
        read_lines(&dir.join("newstest2019-src.eng.txt"))?,
    ];
    let ids = read_lines(&dir.join("DOCUMENT_IDS.tsv"))?;
    if lines.iter().any(|l| l.len() != ids.len()) {
        return Err(Error::input(
            &dir,
            "NTREX files do not have the same number of lines",
        ));
    }
    Ok((lines, ids))
}

/// Which half of NTREX a document belongs to: documents are numbered in file order, even numbers are the
/// tuning half (weights and priors may be fitted there), odd numbers the reported half (never fitted on).
pub fn half_name(k: usize) -> &'static str {
    if k % 2 == 0 {
        "tune"
    } else {
        "report"
    }
}

/// Whether a set name belongs to the reported half of NTREX (`<set>/report`, [`half_name`]).
pub fn is_reported(set: &str) -> bool {
    set.ends_with("/report")
}

/// The line ranges of NTREX's documents (consecutive lines with one id).
pub fn ntrex_documents(ids: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut docs = Vec::new();
    let mut start = 0;
    while start < ids.len() {
        let end = (start..ids.len())
            .find(|&i| ids[i] != ids[start])
            .unwrap_or(ids.len());
        docs.push(start..end);
        start = end;
    }
    docs
}

/// The seed of the natural set's paragraph sizes.
pub const NATURAL_SEED: u64 = 20_250_701;

/// One NTREX document laid out as text and split by our segmenter, in all three languages.
#[derive(Debug, Clone)]
pub struct NaturalDoc {
    pub k: usize,
    /// Per language (by [`Lang::index`]): the laid-out text, its segments as lines, each segment's line ids.
    pub texts: [String; 3],
    pub segs: [Vec<String>; 3],
    pub lines: [Vec<Vec<usize>>; 3],
}

/// Lays out and segments every NTREX document ([`crate::eval::natural`]).
pub fn natural_docs(data: &Path) -> Result<Vec<NaturalDoc>> {
    let (lines, ids) = read_ntrex(data)?;
    let mut rng = crate::eval::synth::SplitMix64(NATURAL_SEED);
    let cfg = PipelineConfig::default();
    let mut out = Vec::new();
    for (k, range) in ntrex_documents(&ids).into_iter().enumerate() {
        let paras = crate::eval::natural::paragraphs(range.start, range.end, &mut rng);
        let mut doc = NaturalDoc {
            k,
            texts: Default::default(),
            segs: Default::default(),
            lines: Default::default(),
        };
        for lang in Lang::ALL {
            let l = lang.index();
            let layout = crate::eval::natural::layout(lang, &lines[l], &paras);
            let d = ingest::document_from_bytes(Path::new("<ntrex>"), layout.text.as_bytes())?;
            let a = analyse(d, Some(lang), &cfg)?;
            doc.segs[l] = (0..a.sentences.len()).map(|i| a.sentence_text(i)).collect();
            doc.lines[l] = a
                .sentences
                .iter()
                .map(|s| crate::eval::natural::lines_of(&layout, s.span.range()))
                .collect();
            doc.texts[l] = layout.text;
        }
        out.push(doc);
    }
    Ok(out)
}

/// The natural NTREX cases per pair and half (`ntrex-natural/tune`, `ntrex-natural/report`): the laid-out texts
/// are what pressalign aligns (segmented, with their paragraphs), the segments what a peer gets.
pub fn natural_cases(docs: &[NaturalDoc]) -> Vec<Case> {
    let mut cases = Vec::new();
    for half in ["tune", "report"] {
        for (a, b) in PAIRS {
            for d in docs.iter().filter(|d| half_name(d.k) == half) {
                let (ia, ib) = (a.index(), b.index());
                let (gold, opaque) = natural_pair_gold(d, a, b);
                cases.push(Case {
                    set: format!("ntrex-natural/{half}"),
                    pair: (a, b),
                    name: format!("doc{:03}", d.k),
                    a: d.segs[ia].clone(),
                    b: d.segs[ib].clone(),
                    gold,
                    raw: Some((d.texts[ia].clone(), d.texts[ib].clone())),
                    opaque,
                });
            }
        }
    }
    cases
}

/// The 2-way gold of a natural document for the pair `a`-`b`, and its opaque beads ([`crate::eval::granularity`]).
pub(crate) fn natural_pair_gold(d: &NaturalDoc, a: Lang, b: Lang) -> (Vec<Bead>, Vec<Bead>) {
    let lines = [&d.lines[a.index()][..], &d.lines[b.index()][..]];
    let sides = crate::eval::natural::beads_from_lines(&[lines[0].to_vec(), lines[1].to_vec()]);
    let pair = |v: Vec<Vec<Vec<u32>>>| -> Vec<Bead> {
        v.into_iter()
            .map(|mut s| {
                let y = s.pop().unwrap_or_default();
                let x = s.pop().unwrap_or_default();
                (x, y)
            })
            .collect()
    };
    let opaque = crate::eval::granularity::opaque(&sides, &lines);
    (pair(sides), pair(opaque))
}

/// A synthetic document with its NTREX document number.
type Numbered<'a> = (usize, &'a crate::eval::synth::SynthDoc);

/// The NTREX synthetic cases per pair and half: each document on its own (`ntrex-synthetic/<half>`), and all
/// documents of a half concatenated into one run, document boundaries unknown
/// (`ntrex-synthetic-concatenated/<half>`).
pub fn ntrex_cases(data: &Path) -> Result<Vec<Case>> {
    let (lines, ids) = read_ntrex(data)?;
    let docs = crate::eval::synth::generate(&lines, &ids, NTREX_SEED);
    let mut cases = Vec::new();
    for concat in [false, true] {
        for half in ["tune", "report"] {
            let mine: Vec<Numbered> = docs
                .iter()
                .enumerate()
                .filter(|(k, _)| half_name(*k) == half)
                .collect();
            for (a, b) in PAIRS {
                let set = if concat {
                    format!("ntrex-synthetic-concatenated/{half}")
                } else {
                    format!("ntrex-synthetic/{half}")
                };
                let groups: Vec<(String, &[Numbered])> = if concat {
                    vec![("all".into(), &mine[..])]
                } else {
                    mine.chunks(1)
                        .map(|c| (format!("doc{:03}", c[0].0), c))
                        .collect()
                };
                for (name, group) in groups {
                    let mut case = Case {
                        set: set.clone(),
                        pair: (a, b),
                        name,
                        a: Vec::new(),
                        b: Vec::new(),
                        gold: Vec::new(),
                        raw: None,
                        opaque: Vec::new(),
                    };
                    for (_, d) in group {
                        let (oa, ob) = (case.a.len() as u32, case.b.len() as u32);
                        let (da, db) = (&d.segs[a.index()], &d.segs[b.index()]);
                        for (x, y) in crate::eval::synth::pair_gold(da, db) {
                            case.gold.push((
                                x.iter().map(|i| i + oa).collect(),
                                y.iter().map(|j| j + ob).collect(),
                            ));
                        }
                        case.a.extend(da.iter().map(|s| s.text.clone()));
                        case.b.extend(db.iter().map(|s| s.text.clone()));
                    }
                    cases.push(case);
                }
            }
        }
    }
    Ok(cases)
}
