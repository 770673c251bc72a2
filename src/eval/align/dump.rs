//! Cases written out for a peer aligner, and the peer's beads read back and scored with the same code.
//!
//! In: [`Case`]s and a folder. Out: `<dir>/<set>/<pair>/<name>/{a.txt,b.txt,gold.jsonl}` per case (and
//! pressalign's own beads beside them); a peer's `<peer>.jsonl` files scored as [`AlignRow`]s. Not done here:
//! running the peer (`scripts/peer_galechurch.py`).

use super::{rows, AlignRow, Case};
use crate::error::Result;
use crate::eval::metrics::Bead;
use crate::eval::read_jsonl;
use std::path::Path;

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
