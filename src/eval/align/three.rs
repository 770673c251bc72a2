//! Three-way evaluation: ko, ja and en aligned jointly, scored as exact three-way beads and as the pairs
//! projected from them.
//!
//! In: the project gold's three-language releases and the natural (and synthetic) NTREX documents. Out:
//! [`Case3`]s with three-way and pair gold (and their opaque beads, [`super::super::granularity`]), and the
//! three-way table rows ([`TriRow`]) with the joint pair rows (`<set> (joint)`). Not done here: the pairwise
//! aligner's own rows ([`super::run`]).

use super::{
    half_name, natural_pair_gold, read_beads, read_ntrex, rows, AlignRow, Case, NaturalDoc,
};
use super::{NTREX_SEED, PAIRS};
use crate::error::Result;
use crate::eval::metrics::Bead;
use crate::eval::{gold_releases, read_jsonl, read_lines};
use crate::ingest;
use crate::pipeline::{analyse, PipelineConfig};
use crate::types::Lang;
use std::path::Path;

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
    /// The opaque beads ([`crate::eval::granularity`]) of `gold`, and of each pair gold (same order as `pair_gold`).
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
        let f = |p: f64, q: f64| crate::eval::metrics::f1(p, q);
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
    crate::eval::natural::beads_from_lines(lines)
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
            let opaque = crate::eval::granularity::opaque(&sides, &lines)
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
    let docs = crate::eval::synth::generate(&lines, &ids, NTREX_SEED);
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
                        crate::eval::synth::pair_gold(&d.segs[a.index()], &d.segs[b.index()]),
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
        let test: Vec<Bead3> = crate::eval::granularity::coarsen(&test, &opaque)
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
