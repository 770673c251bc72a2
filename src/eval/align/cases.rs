//! The 2-way alignment cases: one document pair per case with its gold beads, and the project-gold cases.
//!
//! In: `tests/gold` (each release's gold sentences and `align.<a>-<b>.jsonl`). Out: [`Case`]s, the unit every set
//! is made of (the NTREX cases are built in [`super::ntrex`]). Not done here: aligning, scoring, dumping.

use crate::error::{Error, Result};
use crate::eval::metrics::Bead;
use crate::eval::{gold_releases, read_jsonl, read_lines};
use crate::types::Lang;
use std::path::Path;

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
    /// The gold beads the gold cannot see inside ([`crate::eval::granularity`]); test beads are coarsened to them
    /// before scoring. Empty except for natural cases.
    pub opaque: Vec<Bead>,
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
