//! JSON reports: `qa.json` per release and `summary.json` for the output folder (DESIGN.md §4 schemas).
//!
//! In: release results or failures. Out: pretty-printed JSON bytes with a final newline, keys in a fixed order,
//! releases sorted by id, no timings: the same input gives the same bytes. Not done here: writing (see
//! [`super::write_atomic`]), the HTML report.

use crate::pipeline::ReleaseResult;
use crate::qa::{Counts, Finding};
use crate::types::Lang;
use serde::Serialize;
use std::collections::BTreeMap;

/// `qa.json` and `qa --format json`.
#[derive(Debug, Serialize)]
pub struct QaReport<'a> {
    pub release: &'a str,
    pub findings: Vec<&'a Finding>,
    /// Beads kept out of TMX by `run --min-score` (absent from the JSON when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub low_score: Vec<LowScore>,
}

/// A bead whose confidence is below `--min-score`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LowScore {
    /// `ko-en`, … or `ko-ja-en` for a three-way bead.
    pub pair: String,
    pub bead: u32,
    pub score: f32,
}

/// What happened to a release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// At least two languages were aligned.
    Ok,
    /// Only one supported language: nothing to align.
    Unpaired,
    /// No document in a supported language.
    Unsupported,
    /// An error stopped the release (see `error`).
    Failed,
}

/// One release's line in `summary.json`.
#[derive(Debug, Clone, Serialize)]
pub struct ReleaseSummary {
    pub id: String,
    pub languages: Vec<Lang>,
    pub sentences: BTreeMap<Lang, usize>,
    pub beads: BTreeMap<String, usize>,
    pub findings: Counts,
    pub status: Status,
    pub error: Option<String>,
}

impl ReleaseSummary {
    pub fn of(r: &ReleaseResult) -> Self {
        let languages = r.languages();
        let status = match languages.len() {
            0 => Status::Unsupported,
            1 => Status::Unpaired,
            _ => Status::Ok,
        };
        ReleaseSummary {
            id: r.id.clone(),
            sentences: r
                .docs
                .iter()
                .filter_map(|d| Some((d.lang()?, d.sentences.len())))
                .collect(),
            languages,
            beads: r
                .pairs
                .iter()
                .map(|p| (format!("{}-{}", p.a, p.b), p.beads.len()))
                .collect(),
            findings: Counts::of(r.findings.iter().flatten()),
            status,
            error: None,
        }
    }

    pub fn failed(id: &str, error: String) -> Self {
        ReleaseSummary {
            id: id.to_string(),
            languages: Vec::new(),
            sentences: BTreeMap::new(),
            beads: BTreeMap::new(),
            findings: Counts::default(),
            status: Status::Failed,
            error: Some(error),
        }
    }
}

/// Totals over all releases of a summary.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    pub releases: usize,
    pub ok: usize,
    pub unpaired: usize,
    pub unsupported: usize,
    pub failed: usize,
    pub sentences: usize,
    pub beads: usize,
    pub findings: Counts,
}

/// `summary.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub version: &'static str,
    pub releases: Vec<ReleaseSummary>,
    pub totals: Totals,
}

impl Summary {
    /// Sorts the releases by id and adds them up.
    pub fn new(mut releases: Vec<ReleaseSummary>) -> Self {
        releases.sort_by(|a, b| a.id.cmp(&b.id));
        let mut t = Totals {
            releases: releases.len(),
            ..Totals::default()
        };
        for r in &releases {
            match r.status {
                Status::Ok => t.ok += 1,
                Status::Unpaired => t.unpaired += 1,
                Status::Unsupported => t.unsupported += 1,
                Status::Failed => t.failed += 1,
            }
            t.sentences += r.sentences.values().sum::<usize>();
            t.beads += r.beads.values().sum::<usize>();
            t.findings.add(r.findings);
        }
        Summary {
            version: env!("CARGO_PKG_VERSION"),
            releases,
            totals: t,
        }
    }
}

/// Pretty JSON with a final newline.
pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).expect("report types always serialise");
    bytes.push(b'\n');
    bytes
}
