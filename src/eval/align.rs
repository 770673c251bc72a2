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
    /// The gold beads the gold cannot see inside ([`super::granularity`]); test beads are coarsened to them
    /// before scoring. Empty except for natural cases.
    pub opaque: Vec<Bead>,
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
                opaque: Vec::new(),
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

/// The 2-way gold of a natural document for the pair `a`-`b`, and its opaque beads ([`super::granularity`]).
fn natural_pair_gold(d: &NaturalDoc, a: Lang, b: Lang) -> (Vec<Bead>, Vec<Bead>) {
    let lines = [&d.lines[a.index()][..], &d.lines[b.index()][..]];
    let sides = super::natural::beads_from_lines(&[lines[0].to_vec(), lines[1].to_vec()]);
    let pair = |v: Vec<Vec<Vec<u32>>>| -> Vec<Bead> {
        v.into_iter()
            .map(|mut s| {
                let y = s.pop().unwrap_or_default();
                let x = s.pop().unwrap_or_default();
                (x, y)
            })
            .collect()
    };
    let opaque = super::granularity::opaque(&sides, &lines);
    (pair(sides), pair(opaque))
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
                        opaque: Vec::new(),
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
        rows[k]
            .counts
            .add_document(&c.gold, &super::granularity::coarsen_pairs(t, &c.opaque));
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

/// A three-way bead of index lists (ko, ja, en).
pub type Bead3 = [Vec<u32>; 3];

/// One three-language document set with its three-way gold and the 2-way gold of each pair.
#[derive(Debug, Clone)]
pub struct Case3 {
    pub set: String,
    pub name: String,
    /// Segments per language (ko, ja, en), presplit input unless `raw` is given.
    pub segs: [Vec<String>; 3],
    pub raw: Option<[String; 3]>,
    pub gold: Vec<Bead3>,
    pub pair_gold: Vec<((Lang, Lang), Vec<Bead>)>,
    /// The opaque beads ([`super::granularity`]) of `gold`, and of each pair gold (same order as `pair_gold`).
    pub opaque: Vec<Bead3>,
    pub pair_opaque: Vec<Vec<Bead>>,
}

/// Counts of an exact three-way comparison (strict: the very bead; lax: overlapping a gold bead in ≥ 2 languages).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TriCounts {
    pub test: usize,
    pub gold: usize,
    pub test_hit_strict: usize,
    pub gold_hit_strict: usize,
    pub test_hit_lax: usize,
    pub gold_hit_lax: usize,
}

impl TriCounts {
    pub fn add(&mut self, gold: &[Bead3], test: &[Bead3]) {
        let overlap2 = |x: &Bead3, y: &Bead3| {
            (0..3)
                .filter(|&l| x[l].iter().any(|i| y[l].contains(i)))
                .count()
                >= 2
        };
        self.test += test.len();
        self.gold += gold.len();
        self.test_hit_strict += test.iter().filter(|t| gold.contains(t)).count();
        self.gold_hit_strict += gold.iter().filter(|g| test.contains(g)).count();
        self.test_hit_lax += test
            .iter()
            .filter(|t| gold.contains(t) || gold.iter().any(|g| overlap2(t, g)))
            .count();
        self.gold_hit_lax += gold
            .iter()
            .filter(|g| test.contains(g) || test.iter().any(|t| overlap2(g, t)))
            .count();
    }

    /// (precision, recall, F1) strict, then lax.
    pub fn scores(&self) -> [(f64, f64, f64); 2] {
        let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let f = |p: f64, q: f64| super::metrics::f1(p, q);
        let (ps, rs) = (
            r(self.test_hit_strict, self.test),
            r(self.gold_hit_strict, self.gold),
        );
        let (pl, rl) = (
            r(self.test_hit_lax, self.test),
            r(self.gold_hit_lax, self.gold),
        );
        [(ps, rs, f(ps, rs)), (pl, rl, f(pl, rl))]
    }
}

/// One row of the three-way table.
#[derive(Debug, Clone, PartialEq)]
pub struct TriRow {
    pub set: String,
    pub documents: usize,
    pub counts: TriCounts,
}

/// The three-language releases of the project gold (gold sentences in, presplit).
pub fn project_cases3(gold: &Path) -> Result<Vec<Case3>> {
    let mut out = Vec::new();
    for id in gold_releases(gold)? {
        let dir = gold.join(&id);
        if !Lang::ALL
            .iter()
            .all(|l| dir.join(format!("sentences.{l}.txt")).is_file())
        {
            continue;
        }
        let segs = [Lang::Ko, Lang::Ja, Lang::En]
            .map(|l| read_lines(&dir.join(format!("sentences.{l}.txt"))));
        let [ko, ja, en] = segs;
        let gold3 = read_jsonl(&dir.join("align.jsonl"))?
            .iter()
            .map(|v| {
                [Lang::Ko, Lang::Ja, Lang::En].map(|l| {
                    v[l.code()]
                        .as_array()
                        .map(|x| {
                            x.iter()
                                .filter_map(|n| n.as_u64().map(|n| n as u32))
                                .collect()
                        })
                        .unwrap_or_default()
                })
            })
            .collect();
        let mut pair_gold = Vec::new();
        for (a, b) in PAIRS {
            pair_gold.push((
                (a, b),
                read_beads(&dir.join(format!("align.{a}-{b}.jsonl")), a, b)?,
            ));
        }
        out.push(Case3 {
            set: "tests/gold".into(),
            name: id,
            segs: [ko?, ja?, en?],
            raw: None,
            gold: gold3,
            pair_gold,
            opaque: Vec::new(),
            pair_opaque: vec![Vec::new(); PAIRS.len()],
        });
    }
    Ok(out)
}

/// Three-way gold beads (ko, ja, en segment indices) from the source-line ids of each language's segments.
fn three_way_gold(lines: &[Vec<Vec<usize>>]) -> Vec<Bead3> {
    super::natural::beads_from_lines(lines)
        .into_iter()
        .map(to_bead3)
        .collect()
}

fn to_bead3(mut v: Vec<Vec<u32>>) -> Bead3 {
    let en = v.pop().unwrap_or_default();
    let ja = v.pop().unwrap_or_default();
    let ko = v.pop().unwrap_or_default();
    [ko, ja, en]
}

/// The natural NTREX documents as three-language cases, per half.
pub fn natural_cases3(docs: &[NaturalDoc]) -> Vec<Case3> {
    let mut out = Vec::new();
    for half in ["tune", "report"] {
        for d in docs.iter().filter(|d| half_name(d.k) == half) {
            let gold = three_way_gold(&d.lines);
            let sides: Vec<Vec<Vec<u32>>> = gold.iter().map(|g| g.to_vec()).collect();
            let lines: Vec<&[Vec<usize>]> = d.lines.iter().map(Vec::as_slice).collect();
            let opaque = super::granularity::opaque(&sides, &lines)
                .into_iter()
                .map(to_bead3)
                .collect();
            let (pair_gold, pair_opaque) = PAIRS
                .iter()
                .map(|&(a, b)| {
                    let (g, o) = natural_pair_gold(d, a, b);
                    (((a, b), g), o)
                })
                .unzip();
            out.push(Case3 {
                set: format!("ntrex-natural/{half}"),
                name: format!("doc{:03}", d.k),
                segs: d.segs.clone(),
                raw: Some(d.texts.clone()),
                gold,
                pair_gold,
                opaque,
                pair_opaque,
            });
        }
    }
    out
}

/// The NTREX synthetic documents as three-language cases, per half (`ntrex-synthetic/<half>`, presplit): the
/// three-way gold from the line ids, as for the natural set.
pub fn synthetic_cases3(data: &Path) -> Result<Vec<Case3>> {
    let (lines, ids) = read_ntrex(data)?;
    let docs = super::synth::generate(&lines, &ids, NTREX_SEED);
    let mut out = Vec::new();
    for half in ["tune", "report"] {
        for (k, d) in docs
            .iter()
            .enumerate()
            .filter(|(k, _)| half_name(*k) == half)
        {
            let line_ids = |l: usize| -> Vec<Vec<usize>> {
                d.segs[l].iter().map(|s| s.lines.clone()).collect()
            };
            let gold = three_way_gold(&[line_ids(0), line_ids(1), line_ids(2)]);
            let pair_gold = PAIRS
                .iter()
                .map(|&(a, b)| {
                    (
                        (a, b),
                        super::synth::pair_gold(&d.segs[a.index()], &d.segs[b.index()]),
                    )
                })
                .collect();
            out.push(Case3 {
                set: format!("ntrex-synthetic/{half}"),
                name: format!("doc{k:03}"),
                segs: [0, 1, 2].map(|l| d.segs[l].iter().map(|s| s.text.clone()).collect()),
                raw: None,
                gold,
                pair_gold,
                opaque: Vec::new(),
                pair_opaque: vec![Vec::new(); PAIRS.len()],
            });
        }
    }
    Ok(out)
}

/// Aligns every three-language case jointly: the three-way table, and each pair projected from the three-way
/// beads scored against the pair gold (set name `<set> (joint)`).
pub fn evaluate3(cases: &[Case3]) -> Result<(Vec<TriRow>, Vec<AlignRow>)> {
    let mut tri_rows: Vec<TriRow> = Vec::new();
    let mut pair_cases: Vec<Case> = Vec::new();
    let mut pair_tests: Vec<Vec<Bead>> = Vec::new();
    for c in cases {
        let presplit = c.raw.is_none();
        let cfg = PipelineConfig { presplit };
        let docs = [Lang::Ko, Lang::Ja, Lang::En]
            .iter()
            .map(|&l| {
                let i = l.index();
                let doc = match &c.raw {
                    Some(t) => ingest::document_from_bytes(Path::new("<text>"), t[i].as_bytes())?,
                    None => {
                        let text: String = c.segs[i]
                            .iter()
                            .map(|s| format!("{}\n", s.replace('\n', " ")))
                            .collect();
                        ingest::presplit_document_from_bytes(Path::new("<gold>"), text.as_bytes())?
                    }
                };
                analyse(doc, Some(l), &cfg)
            })
            .collect::<Result<Vec<_>>>()?;
        let (tri, pairs) = crate::pipeline::align_three([&docs[0], &docs[1], &docs[2]], &PAIRS);
        let test: Vec<Vec<Vec<u32>>> = tri
            .iter()
            .map(|t| t.sides.clone().map(|r| r.collect()).to_vec())
            .collect();
        let opaque: Vec<Vec<Vec<u32>>> = c.opaque.iter().map(|g| g.to_vec()).collect();
        let test: Vec<Bead3> = super::granularity::coarsen(&test, &opaque)
            .into_iter()
            .map(to_bead3)
            .collect();
        match tri_rows.iter_mut().find(|r| r.set == c.set) {
            Some(r) => {
                r.counts.add(&c.gold, &test);
                r.documents += 1;
            }
            None => {
                let mut counts = TriCounts::default();
                counts.add(&c.gold, &test);
                tri_rows.push(TriRow {
                    set: c.set.clone(),
                    documents: 1,
                    counts,
                });
            }
        }
        for ((p, (pair, gold)), opaque) in pairs.iter().zip(&c.pair_gold).zip(&c.pair_opaque) {
            pair_cases.push(Case {
                set: format!("{} (joint)", c.set),
                pair: *pair,
                name: c.name.clone(),
                a: Vec::new(),
                b: Vec::new(),
                gold: gold.clone(),
                raw: None,
                opaque: opaque.clone(),
            });
            pair_tests.push(
                p.beads
                    .iter()
                    .map(|x| (x.a.clone().collect(), x.b.clone().collect()))
                    .collect(),
            );
        }
    }
    let mut pair_rows = rows(&pair_cases, &pair_tests, "");
    pair_rows.sort_by_key(|r| (r.set.clone(), PAIRS.iter().position(|p| *p == r.pair)));
    Ok((tri_rows, pair_rows))
}

/// Refusal calibration on natural NTREX: per half, document scores of true pairs (positives) and of different
/// documents in different languages (negatives), both with at least `refuse::MIN_SEGMENTS` segments.
#[derive(Debug, Clone, PartialEq)]
pub struct RefusalRow {
    pub half: &'static str,
    pub positives: usize,
    pub positives_refused: usize,
    pub negatives: usize,
    pub negatives_refused: usize,
    /// Lowest positive and highest negative score.
    pub min_positive: f32,
    pub max_negative: f32,
}

/// Scores every true and crossed document pair of each half with the committed threshold.
pub fn refusal_calibration(docs: &[NaturalDoc]) -> Result<Vec<RefusalRow>> {
    use crate::align::refuse;
    let cfg = PipelineConfig::default();
    let mut analysed: Vec<[crate::pipeline::Analysed; 3]> = Vec::new();
    for d in docs {
        let one = |l: Lang| -> Result<crate::pipeline::Analysed> {
            let doc =
                ingest::document_from_bytes(Path::new("<ntrex>"), d.texts[l.index()].as_bytes())?;
            analyse(doc, Some(l), &cfg)
        };
        analysed.push([one(Lang::Ko)?, one(Lang::Ja)?, one(Lang::En)?]);
    }
    let mut out = Vec::new();
    for half in ["tune", "report"] {
        let mine: Vec<usize> = (0..docs.len())
            .filter(|&k| half_name(docs[k].k) == half)
            .filter(|&k| {
                analysed[k]
                    .iter()
                    .all(|a| a.sentences.len() >= refuse::MIN_SEGMENTS)
            })
            .collect();
        let mut row = RefusalRow {
            half,
            positives: 0,
            positives_refused: 0,
            negatives: 0,
            negatives_refused: 0,
            min_positive: f32::INFINITY,
            max_negative: f32::NEG_INFINITY,
        };
        for (a, b) in PAIRS {
            // Each document against itself and the next 12 of its half (a fixed, bounded set of crossed pairs).
            for (p, &x) in mine.iter().enumerate() {
                for &y in mine.iter().cycle().skip(p).take(13.min(mine.len())) {
                    let (da, db) = (&analysed[x][a.index()], &analysed[y][b.index()]);
                    let al =
                        crate::align::Aligner::new(a, b).align_full(&da.segments(), &db.segments());
                    let (na, nb) = (da.sentences.len(), db.sentences.len());
                    let s = refuse::doc_score(&al, na, nb);
                    let refused = refuse::refuse(&al, na, nb);
                    if x == y {
                        row.positives += 1;
                        row.positives_refused += usize::from(refused);
                        row.min_positive = row.min_positive.min(s);
                    } else {
                        row.negatives += 1;
                        row.negatives_refused += usize::from(refused);
                        row.max_negative = row.max_negative.max(s);
                    }
                }
            }
        }
        out.push(row);
    }
    Ok(out)
}
