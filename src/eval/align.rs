//! `eval align`: the pairwise aligner against hand-made gold beads.
//!
//! Set so far: `tests/gold` — each release's gold sentences in (as presplit input, so segmentation errors do not
//! count), aligned per language pair, compared with `align.<a>-<b>.jsonl` by the Vecalign metrics. Not done here:
//! the NTREX synthetic sets, concatenated documents and the galechurch peer (the evaluation issue).

use super::metrics::{AlignCounts, Bead};
use super::{gold_releases, read_jsonl};
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

/// Aligns two presplit documents given as text and returns the beads as index lists.
pub fn align_presplit(a: (&str, Lang), b: (&str, Lang)) -> Result<Vec<Bead>> {
    let cfg = PipelineConfig { presplit: true };
    let doc = |t: &str| ingest::document_from_bytes(Path::new("<gold>"), t.as_bytes());
    let da = analyse(doc(a.0)?, Some(a.1), &cfg)?;
    let db = analyse(doc(b.0)?, Some(b.1), &cfg)?;
    Ok(align_pair(&da, &db)?
        .beads
        .into_iter()
        .map(|x| (x.a.collect(), x.b.collect()))
        .collect())
}

/// Evaluates the project gold per pair.
pub fn project_gold(gold: &Path) -> Result<Vec<AlignRow>> {
    let ids = gold_releases(gold)?;
    let mut rows = Vec::new();
    for (a, b) in PAIRS {
        let mut row = AlignRow {
            set: "tests/gold".into(),
            pair: (a, b),
            documents: 0,
            counts: AlignCounts::default(),
        };
        for id in &ids {
            let dir = gold.join(id);
            let beads = dir.join(format!("align.{a}-{b}.jsonl"));
            if !beads.is_file() {
                continue;
            }
            let read = |l: Lang| {
                let p = dir.join(format!("sentences.{l}.txt"));
                std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))
            };
            let test = align_presplit((&read(a)?, a), (&read(b)?, b))?;
            row.counts.add_document(&read_beads(&beads, a, b)?, &test);
            row.documents += 1;
        }
        rows.push(row);
    }
    Ok(rows)
}

/// The seed of the NTREX synthetic sets (fixed so every run and machine measures the same sets).
pub const NTREX_SEED: u64 = 20_241_007;

/// Reads NTREX-128 (en/ko/ja, line-aligned) and its document ids from `data/ntrex`.
pub fn read_ntrex(data: &Path) -> Result<([Vec<String>; 3], Vec<String>)> {
    let dir = data.join("ntrex");
    let read = |name: &str| -> Result<Vec<String>> {
        let p = dir.join(name);
        Ok(std::fs::read_to_string(&p)
            .map_err(|e| Error::io(&p, e))?
            .lines()
            .map(str::to_string)
            .collect())
    };
    let lines = [
        read("newstest2019-ref.kor.txt")?,
        read("newstest2019-ref.jpn.txt")?,
        read("newstest2019-src.eng.txt")?,
    ];
    let ids = read("DOCUMENT_IDS.tsv")?;
    if lines.iter().any(|l| l.len() != ids.len()) {
        return Err(Error::input(
            &dir,
            "NTREX files do not have the same number of lines",
        ));
    }
    Ok((lines, ids))
}

/// Evaluates the NTREX synthetic sets per pair: each document on its own, and all documents concatenated into one
/// run (document boundaries unknown).
pub fn ntrex(data: &Path) -> Result<Vec<AlignRow>> {
    let (lines, ids) = read_ntrex(data)?;
    let docs = super::synth::generate(&lines, &ids, NTREX_SEED);
    let mut rows = Vec::new();
    for concat in [false, true] {
        for (a, b) in PAIRS {
            let mut row = AlignRow {
                set: if concat {
                    "ntrex-synthetic-concatenated"
                } else {
                    "ntrex-synthetic"
                }
                .into(),
                pair: (a, b),
                documents: 0,
                counts: AlignCounts::default(),
            };
            let units: Vec<Vec<&super::synth::SynthDoc>> = if concat {
                vec![docs.iter().collect()]
            } else {
                docs.iter().map(|d| vec![d]).collect()
            };
            for unit in units {
                let (mut sa, mut sb) = (Vec::new(), Vec::new());
                let mut gold: Vec<Bead> = Vec::new();
                for d in unit {
                    let (oa, ob) = (sa.len() as u32, sb.len() as u32);
                    let (da, db) = (&d.segs[a.index()], &d.segs[b.index()]);
                    for (x, y) in super::synth::pair_gold(da, db) {
                        gold.push((
                            x.iter().map(|i| i + oa).collect(),
                            y.iter().map(|j| j + ob).collect(),
                        ));
                    }
                    sa.extend(da.iter().map(|s| s.text.replace('\n', " ")));
                    sb.extend(db.iter().map(|s| s.text.replace('\n', " ")));
                }
                let text = |v: &[String]| v.iter().map(|s| format!("{s}\n")).collect::<String>();
                let test = align_presplit((&text(&sa), a), (&text(&sb), b))?;
                row.counts.add_document(&gold, &test);
                row.documents += 1;
            }
            rows.push(row);
        }
    }
    Ok(rows)
}
