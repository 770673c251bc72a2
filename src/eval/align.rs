//! `eval align`: the pairwise aligner against hand-made gold beads.
//!
//! Sets: `tests/gold` — each release's gold sentences in (as presplit input, so segmentation errors do not count),
//! aligned per language pair, compared with `align.<a>-<b>.jsonl`; the NTREX synthetic sets ([`super::synth`]), per
//! document and with all documents concatenated. Every set is a list of [`Case`]s, which can also be written out
//! ([`dump`]) for another aligner and its output scored back ([`score_dumped`]), so peers are measured with the
//! same metric code.

use super::metrics::{AlignCounts, Bead};
use super::{gold_releases, read_jsonl, read_lines};
use crate::error::{Error, Result};
use crate::ingest;
use crate::pipeline::{align_pair, analyse, PipelineConfig};
use crate::types::Lang;
use std::path::Path;

/// One line of the alignment table.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignRow {
    pub set: String,
    pub pair: (Lang, Lang),
    pub documents: usize,
    pub counts: AlignCounts,
}

/// The pairs evaluated, in table order.
pub const PAIRS: [(Lang, Lang); 3] = [
    (Lang::Ko, Lang::En),
    (Lang::Ja, Lang::En),
    (Lang::Ko, Lang::Ja),
];

/// Reads 2-way gold beads with keys `a` and `b`.
pub fn read_beads(path: &Path, a: Lang, b: Lang) -> Result<Vec<Bead>> {
    read_jsonl(path)?
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let side = |l: Lang| -> Result<Vec<u32>> {
                v[l.code()]
                    .as_array()
                    .ok_or_else(|| Error::Parse {
                        path: path.to_path_buf(),
                        line: i + 1,
                        column: 1,
                        message: format!("bead has no '{l}' list"),
                    })
                    .map(|x| {
                        x.iter()
                            .filter_map(|n| n.as_u64().map(|n| n as u32))
                            .collect()
                    })
            };
            Ok((side(a)?, side(b)?))
        })
        .collect()
}

/// One document pair to align, with its gold.
#[derive(Debug, Clone)]
pub struct Case {
    pub set: String,
    pub pair: (Lang, Lang),
    pub name: String,
    pub a: Vec<String>,
    pub b: Vec<String>,
    pub gold: Vec<Bead>,
    /// For a natural case: the two texts as laid out, which pressalign segments itself (`a`/`b` are then its
    /// segments, for peers). `None`: `a`/`b` are the input, presplit.
    pub raw: Option<(String, String)>,
}

/// Aligns two presplit segment lists and returns the beads as index lists.
pub fn align_segments(a: (&[String], Lang), b: (&[String], Lang)) -> Result<Vec<Bead>> {
    let cfg = PipelineConfig { presplit: true };
    let text = |v: &[String]| {
        v.iter()
            .map(|s| format!("{}\n", s.replace('\n', " ")))
            .collect::<String>()
    };
    let doc = |t: String| ingest::presplit_document_from_bytes(Path::new("<gold>"), t.as_bytes());
    let da = analyse(doc(text(a.0))?, Some(a.1), &cfg)?;
    let db = analyse(doc(text(b.0))?, Some(b.1), &cfg)?;
    Ok(align_pair(&da, &db)?
        .beads
        .into_iter()
        .map(|x| (x.a.collect(), x.b.collect()))
        .collect())
}

/// Segments and aligns two texts (as `align` without `--presplit` does) and returns the beads as index lists.
pub fn align_texts(a: (&str, Lang), b: (&str, Lang)) -> Result<Vec<Bead>> {
    let cfg = PipelineConfig::default();
    let doc = |t: &str| ingest::document_from_bytes(Path::new("<text>"), t.as_bytes());
    let da = analyse(doc(a.0)?, Some(a.1), &cfg)?;
    let db = analyse(doc(b.0)?, Some(b.1), &cfg)?;
    Ok(align_pair(&da, &db)?
        .beads
        .into_iter()
        .map(|x| (x.a.collect(), x.b.collect()))
        .collect())
}

/// The project-gold cases: every release and pair with a 2-way gold file.
pub fn project_cases(gold: &Path) -> Result<Vec<Case>> {
    let mut cases = Vec::new();
    for (a, b) in PAIRS {
        for id in gold_releases(gold)? {
            let dir = gold.join(&id);
            let beads = dir.join(format!("align.{a}-{b}.jsonl"));
            if !beads.is_file() {
                continue;
            }
            cases.push(Case {
                set: "tests/gold".into(),
                pair: (a, b),
                name: id.clone(),
                a: read_lines(&dir.join(format!("sentences.{a}.txt")))?,
                b: read_lines(&dir.join(format!("sentences.{b}.txt")))?,
                gold: read_beads(&beads, a, b)?,
                raw: None,
            });
        }
    }
    Ok(cases)
}

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

/// Lays out and segments every NTREX document ([`super::natural`]).
pub fn natural_docs(data: &Path) -> Result<Vec<NaturalDoc>> {
    let (lines, ids) = read_ntrex(data)?;
    let mut rng = super::synth::SplitMix64(NATURAL_SEED);
    let cfg = PipelineConfig::default();
    let mut out = Vec::new();
    for (k, range) in ntrex_documents(&ids).into_iter().enumerate() {
        let paras = super::natural::paragraphs(range.start, range.end, &mut rng);
        let mut doc = NaturalDoc {
            k,
            texts: Default::default(),
            segs: Default::default(),
            lines: Default::default(),
        };
        for lang in Lang::ALL {
            let l = lang.index();
            let layout = super::natural::layout(lang, &lines[l], &paras);
            let d = ingest::document_from_bytes(Path::new("<ntrex>"), layout.text.as_bytes())?;
            let a = analyse(d, Some(lang), &cfg)?;
            doc.segs[l] = (0..a.sentences.len()).map(|i| a.sentence_text(i)).collect();
            doc.lines[l] = a
                .sentences
                .iter()
                .map(|s| super::natural::lines_of(&layout, s.span.range()))
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
                let gold =
                    super::natural::beads_from_lines(&[d.lines[ia].clone(), d.lines[ib].clone()])
                        .into_iter()
                        .map(|mut s| {
                            let y = s.pop().unwrap_or_default();
                            let x = s.pop().unwrap_or_default();
                            (x, y)
                        })
                        .collect();
                cases.push(Case {
                    set: format!("ntrex-natural/{half}"),
                    pair: (a, b),
                    name: format!("doc{:03}", d.k),
                    a: d.segs[ia].clone(),
                    b: d.segs[ib].clone(),
                    gold,
                    raw: Some((d.texts[ia].clone(), d.texts[ib].clone())),
                });
            }
        }
    }
    cases
}

/// A synthetic document with its NTREX document number.
type Numbered<'a> = (usize, &'a super::synth::SynthDoc);

/// The NTREX synthetic cases per pair and half: each document on its own (`ntrex-synthetic/<half>`), and all
/// documents of a half concatenated into one run, document boundaries unknown
/// (`ntrex-synthetic-concatenated/<half>`).
pub fn ntrex_cases(data: &Path) -> Result<Vec<Case>> {
    let (lines, ids) = read_ntrex(data)?;
    let docs = super::synth::generate(&lines, &ids, NTREX_SEED);
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
                    };
                    for (_, d) in group {
                        let (oa, ob) = (case.a.len() as u32, case.b.len() as u32);
                        let (da, db) = (&d.segs[a.index()], &d.segs[b.index()]);
                        for (x, y) in super::synth::pair_gold(da, db) {
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

/// Scores test beads against the cases' gold, one row per (set, pair) in first-seen order.
pub fn rows(cases: &[Case], tests: &[Vec<Bead>], label: &str) -> Vec<AlignRow> {
    let mut rows: Vec<AlignRow> = Vec::new();
    for (c, t) in cases.iter().zip(tests) {
        let set = if label.is_empty() {
            c.set.clone()
        } else {
            format!("{} ({label})", c.set)
        };
        let k = match rows.iter().position(|r| r.set == set && r.pair == c.pair) {
            Some(k) => k,
            None => {
                rows.push(AlignRow {
                    set,
                    pair: c.pair,
                    documents: 0,
                    counts: AlignCounts::default(),
                });
                rows.len() - 1
            }
        };
        rows[k].counts.add_document(&c.gold, t);
        rows[k].documents += 1;
    }
    rows
}

/// Aligns every case with pressalign and scores it.
pub fn evaluate(cases: &[Case]) -> Result<Vec<AlignRow>> {
    Ok(rows(cases, &align_cases(cases)?, ""))
}

/// Aligns every case with pressalign.
pub fn align_cases(cases: &[Case]) -> Result<Vec<Vec<Bead>>> {
    cases
        .iter()
        .map(|c| match &c.raw {
            Some((ta, tb)) => align_texts((ta, c.pair.0), (tb, c.pair.1)),
            None => align_segments((&c.a, c.pair.0), (&c.b, c.pair.1)),
        })
        .collect::<Result<Vec<_>>>()
}

/// Writes pressalign's own beads as `<case dir>/pressalign.jsonl` beside a dump (for reading errors).
pub fn dump_own(cases: &[Case], tests: &[Vec<Bead>], root: &Path) -> Result<()> {
    for (c, t) in cases.iter().zip(tests) {
        crate::export::write_atomic(
            &case_dir(root, c).join("pressalign.jsonl"),
            beads_jsonl(t).as_bytes(),
        )?;
    }
    Ok(())
}

fn case_dir(root: &Path, c: &Case) -> std::path::PathBuf {
    root.join(c.set.replace('/', "_"))
        .join(format!("{}-{}", c.pair.0, c.pair.1))
        .join(&c.name)
}

/// Writes each case as `<dir>/<set>/<pair>/<name>/{a.txt,b.txt,gold.jsonl}` (one segment per line) for a peer.
pub fn dump(cases: &[Case], root: &Path) -> Result<()> {
    for c in cases {
        let dir = case_dir(root, c);
        let lines = |v: &[String]| {
            v.iter()
                .map(|s| format!("{}\n", s.replace('\n', " ")))
                .collect::<String>()
        };
        crate::export::write_atomic(&dir.join("a.txt"), lines(&c.a).as_bytes())?;
        crate::export::write_atomic(&dir.join("b.txt"), lines(&c.b).as_bytes())?;
        crate::export::write_atomic(&dir.join("gold.jsonl"), beads_jsonl(&c.gold).as_bytes())?;
    }
    Ok(())
}

fn beads_jsonl(beads: &[Bead]) -> String {
    beads
        .iter()
        .map(|(a, b)| format!("{}\n", serde_json::json!({"a": a, "b": b})))
        .collect()
}

/// Scores a peer's `<case dir>/<peer>.jsonl` files (beads with keys `a`, `b`) for every dumped case.
pub fn score_dumped(cases: &[Case], root: &Path, peer: &str) -> Result<Vec<AlignRow>> {
    let tests = cases
        .iter()
        .map(|c| {
            let p = case_dir(root, c).join(format!("{peer}.jsonl"));
            read_jsonl(&p)?
                .iter()
                .map(|v| {
                    let side = |k: &str| -> Vec<u32> {
                        v[k].as_array()
                            .map(|x| {
                                x.iter()
                                    .filter_map(|n| n.as_u64().map(|n| n as u32))
                                    .collect()
                            })
                            .unwrap_or_default()
                    };
                    Ok((side("a"), side("b")))
                })
                .collect::<Result<Vec<Bead>>>()
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(rows(cases, &tests, peer))
}
