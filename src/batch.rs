//! Batch: a corpus folder → one output folder, releases processed in parallel.
//!
//! In: `<CORPUS>/<release-id>/*.{txt,html,htm}` (plus an optional `release.toml`) and a [`BatchConfig`]. Out: per
//! release `<OUT>/<id>/<id>.<s>_<t>.tmx` for each language pair and `qa.json`; `<OUT>/summary.json`; a
//! [`BatchReport`] for `main` to print. Parallelism lives here only: rayon runs releases on a pool of
//! `threads`, each release single-threaded, and results are collected in release order, so the output bytes do not
//! depend on the thread count. A failing release is recorded and the others finish. Not done here: grouping loose
//! files into releases (`pair`), the incremental manifest, progress bars (the batch issue).

use crate::error::{Error, Result};
use crate::export::{self, report, tmx, Format};
use crate::pipeline::{self, PipelineConfig, ReleaseInput, ReleaseResult};
use crate::qa::Counts;
use crate::types::Lang;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Settings of a batch run.
#[derive(Debug, Clone)]
pub struct BatchConfig {
    /// Worker threads; 0 means one per core. Default: 0.
    pub threads: usize,
    /// What to write per release. Default: TMX and JSON.
    pub formats: Vec<Format>,
    /// TMX `creationdate`, if any. Default: none (no wall-clock time in outputs).
    pub creation_date: Option<String>,
    pub pipeline: PipelineConfig,
    /// Beads with a confidence below this are kept out of TMX and listed in `qa.json` (`low_score`). Default: none.
    pub min_score: Option<f32>,
}

impl Default for BatchConfig {
    fn default() -> Self {
        BatchConfig {
            threads: 0,
            formats: vec![Format::Tmx, Format::Json],
            creation_date: None,
            pipeline: PipelineConfig::default(),
            min_score: None,
        }
    }
}

/// What a batch run did, for `main` to print.
#[derive(Debug)]
pub struct BatchReport {
    pub summary: report::Summary,
    /// Warnings and failures, one line each, in release order.
    pub messages: Vec<String>,
    pub counts: Counts,
    pub failed: usize,
}

const EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// Finds the releases of a corpus: each subdirectory holding at least one input file. Loose files in the corpus
/// root are reported (grouping them comes with `pair`).
pub fn discover(corpus: &Path) -> Result<(Vec<ReleaseInput>, Vec<String>)> {
    let meta = std::fs::metadata(corpus).map_err(|e| Error::io(corpus, e))?;
    if !meta.is_dir() {
        return Err(Error::input(
            corpus,
            "not a directory (run takes a corpus folder)",
        ));
    }
    let mut releases = Vec::new();
    let mut notes = Vec::new();
    for entry in sorted_entries(corpus)? {
        if entry.is_dir() {
            let files: Vec<PathBuf> = sorted_entries(&entry)?
                .into_iter()
                .filter(|p| p.is_file() && is_input(p))
                .collect();
            if files.is_empty() {
                continue;
            }
            let id = entry
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let source = read_release_toml(&entry.join("release.toml"))?;
            let date = read_release_date(&entry.join("release.toml"))?;
            releases.push(ReleaseInput {
                id,
                files,
                source,
                date,
            });
        } else if is_input(&entry) {
            notes.push(format!(
                "{}: loose file in the corpus root skipped (put each release in its own folder; grouping loose files comes with `pair`)",
                entry.display()
            ));
        }
    }
    if releases.is_empty() {
        return Err(Error::input(
            corpus,
            "no releases found (expected <corpus>/<release-id>/ folders with .txt or .html files)",
        ));
    }
    Ok((releases, notes))
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    Ok(v)
}

fn is_input(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// What a release's `release.toml` may say. Unknown keys are accepted and ignored (later issues add some).
#[derive(Debug, Default, serde::Deserialize)]
struct ReleaseToml {
    /// The language the release was written in (`"ja"`, `"ko-KR"`).
    source: Option<String>,
    /// The release date (`"2024-10-07"`): partial dates in the text are resolved from it.
    date: Option<String>,
}

/// Reads `date` from a release's `release.toml` (absent file or key: `None`); a date that is not `YYYY-MM-DD`
/// is an error naming the file, line and column.
fn read_release_date(path: &Path) -> Result<Option<(i32, u32, u32)>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    let parsed: ReleaseToml = toml::from_str(&text).map_err(|e| {
        let (line, column) = crate::types::line_col(&text, e.span().map_or(0, |s| s.start));
        Error::Parse {
            path: path.to_path_buf(),
            line,
            column,
            message: e.message().to_string(),
        }
    })?;
    parsed
        .date
        .map(|d| {
            crate::normalize::dates::calendar::parse_release_date(&d).ok_or_else(|| {
                let (line, column) = crate::types::line_col(&text, text.find("date").unwrap_or(0));
                Error::Parse {
                    path: path.to_path_buf(),
                    line,
                    column,
                    message: format!("date '{d}' is not a calendar date YYYY-MM-DD"),
                }
            })
        })
        .transpose()
}

/// Reads `source` from a release's `release.toml` (absent file: `None`); a malformed file is an error naming its
/// line and column.
fn read_release_toml(path: &Path) -> Result<Option<Lang>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    let parse_err = |offset: usize, message: String| {
        let (line, column) = crate::types::line_col(&text, offset);
        Error::Parse {
            path: path.to_path_buf(),
            line,
            column,
            message,
        }
    };
    let parsed: ReleaseToml = toml::from_str(&text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        parse_err(at, e.message().to_string())
    })?;
    parsed
        .source
        .map(|s| {
            s.parse::<Lang>()
                .map_err(|e| parse_err(text.find("source").unwrap_or(0), e.to_string()))
        })
        .transpose()
}

/// Runs every release of `corpus` and writes the outputs under `out`.
pub fn run(corpus: &Path, out: &Path, config: &BatchConfig) -> Result<BatchReport> {
    let (inputs, mut messages) = discover(corpus)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .map_err(|e| Error::Usage(format!("cannot start {} threads: {e}", config.threads)))?;
    let outcomes: Vec<(String, Result<ReleaseResult>)> = pool.install(|| {
        inputs
            .par_iter()
            .map(|input| {
                let result = pipeline::process(input, &config.pipeline)
                    .and_then(|r| write_release(&r, out, config).map(|()| r));
                (input.id.clone(), result)
            })
            .collect()
    });
    let mut summaries = Vec::new();
    let mut counts = Counts::default();
    let mut failed = 0;
    for (id, outcome) in outcomes {
        match outcome {
            Ok(r) => {
                messages.extend(r.warnings.iter().cloned());
                counts.add(Counts::of(r.findings.iter().flatten()));
                summaries.push(report::ReleaseSummary::of(&r));
            }
            Err(e) => {
                failed += 1;
                messages.push(format!("release '{id}' failed: {e}"));
                summaries.push(report::ReleaseSummary::failed(&id, e.to_string()));
            }
        }
    }
    let summary = report::Summary::new(summaries);
    export::write_atomic(&out.join("summary.json"), &report::to_json(&summary))?;
    Ok(BatchReport {
        summary,
        messages,
        counts,
        failed,
    })
}

/// The file name of a pair's TMX: `<release>.<s>_<t>.tmx`.
pub fn tmx_name(release: &str, a: Lang, b: Lang) -> String {
    format!("{release}.{}_{}.tmx", a.default_tag(), b.default_tag())
}

fn write_release(r: &ReleaseResult, out: &Path, config: &BatchConfig) -> Result<()> {
    let dir = out.join(&r.id);
    let keep = |score: f32| config.min_score.is_none_or_le(score);
    if config.formats.contains(&Format::Tmx) {
        for pair in &r.pairs {
            let (a, b) = (
                r.doc(pair.a).expect("aligned"),
                r.doc(pair.b).expect("aligned"),
            );
            let kept: Vec<_> = pair
                .beads
                .iter()
                .filter(|x| keep(x.score))
                .cloned()
                .collect();
            let units = tmx::units_for_pair(a, b, &kept);
            let header = tmx::Header {
                source_tag: pair.a.default_tag().into(),
                target_tag: pair.b.default_tag().into(),
                creation_date: config.creation_date.clone(),
            };
            export::write_atomic(
                &dir.join(tmx_name(&r.id, pair.a, pair.b)),
                &tmx::write(&header, &units),
            )?;
        }
        if let Some(tri) = &r.tri {
            let docs = [Lang::Ko, Lang::Ja, Lang::En].map(|l| r.doc(l).expect("three languages"));
            let tags: Vec<String> = Lang::ALL
                .iter()
                .map(|l| l.default_tag().to_string())
                .collect();
            let source = r.pairs.first().map_or(Lang::Ko, |p| p.a);
            let bytes = tmx::write_multi(
                source.default_tag(),
                &tags,
                config.creation_date.as_deref(),
                &tmx::units_for_three(
                    docs,
                    &tri.iter()
                        .filter(|t| keep(t.score))
                        .cloned()
                        .collect::<Vec<_>>(),
                ),
            );
            export::write_atomic(
                &dir.join(format!("{}.{}.tmx", r.id, tags.join("_"))),
                &bytes,
            )?;
        }
    }
    if config.formats.contains(&Format::Json) {
        let qa = report::QaReport {
            release: &r.id,
            findings: r.findings.iter().flatten().collect(),
            low_score: low_scores(r, config.min_score),
        };
        export::write_atomic(&dir.join("qa.json"), &report::to_json(&qa))?;
    }
    Ok(())
}

/// The beads below `min` (pairs, then three-way beads), for `qa.json`.
fn low_scores(r: &ReleaseResult, min: Option<f32>) -> Vec<report::LowScore> {
    let Some(min) = min else { return Vec::new() };
    let mut out = Vec::new();
    for p in &r.pairs {
        for (i, b) in p.beads.iter().enumerate() {
            if b.score < min && !b.a.is_empty() && !b.b.is_empty() {
                out.push(report::LowScore {
                    pair: format!("{}-{}", p.a, p.b),
                    bead: i as u32,
                    score: b.score,
                });
            }
        }
    }
    for (i, t) in r.tri.iter().flatten().enumerate() {
        if t.score < min && t.sides.iter().all(|s| !s.is_empty()) {
            out.push(report::LowScore {
                pair: "ko-ja-en".into(),
                bead: i as u32,
                score: t.score,
            });
        }
    }
    out
}

/// `x ≥ min`, or true without a minimum (a trait so the MSRV-1.80 `Option` needs no `is_none_or`).
trait AtLeast {
    fn is_none_or_le(&self, x: f32) -> bool;
}

impl AtLeast for Option<f32> {
    fn is_none_or_le(&self, x: f32) -> bool {
        match self {
            Some(m) => x >= *m,
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toml_file(content: &str) -> (std::path::PathBuf, Result<Option<Lang>>) {
        let dir = std::env::temp_dir().join(format!(
            "pressalign-toml-{}-{}",
            std::process::id(),
            content.len()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("release.toml");
        std::fs::write(&p, content).unwrap();
        let r = read_release_toml(&p);
        std::fs::remove_dir_all(&dir).unwrap();
        (p, r)
    }

    #[test]
    fn release_toml_date_is_read_and_checked() {
        let dir = std::env::temp_dir().join(format!("pressalign-date-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("release.toml");
        std::fs::write(&p, "source = \"ko\"\ndate = \"2024-10-07\"\n").unwrap();
        assert_eq!(read_release_date(&p).unwrap(), Some((2024, 10, 7)));
        std::fs::write(&p, "date = \"2024-02-30\"\n").unwrap();
        let e = read_release_date(&p).unwrap_err().to_string();
        assert!(e.contains("release.toml:1:1: date '2024-02-30'"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn release_toml_source_and_errors() {
        assert_eq!(
            toml_file("source = \"ja\"  # written in Japanese\ndate = \"2024-10-07\"\n")
                .1
                .unwrap(),
            Some(Lang::Ja)
        );
        let (_, bad_lang) = toml_file("\nsource = \"fr\"\n");
        assert!(bad_lang
            .unwrap_err()
            .to_string()
            .contains(":2:1: unknown language 'fr'"));
        let (_, bad_syntax) = toml_file("source = ja\n");
        assert!(bad_syntax
            .unwrap_err()
            .to_string()
            .contains("release.toml:1:"));
    }
}
