//! The project's hand-written number gold (`tests/numbers/`): equivalence triples (the same facts said in ko, ja
//! and en: every pair must compare equal, i.e. the numeric QA check raises no error or warning) and near-miss
//! pairs (texts that look alike but state different facts: the check must raise a finding).
//!
//! Both go through the real QA comparison ([`crate::qa::check_row`]) on the real extractor, so a pass means the
//! pipeline would behave that way on a bead. In: the two JSON Lines files. Out: per-suite counts and the failing
//! cases by name. Not done here: printing, floors (tests/numbers.rs, tests/floors.rs).

use crate::error::{Error, Result};
use crate::qa::{check_row, QaRow, QaSide};
use crate::types::{Lang, Severity};
use std::path::Path;

/// A triple of `equivalent.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Triple {
    pub name: String,
    pub texts: [String; 3],
}

/// A pair of `near_miss.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    pub name: String,
    pub a: (Lang, String),
    pub b: (Lang, String),
    pub kind: String,
}

/// How a suite did: cases, passes, and each failure as `name: why`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SuiteResult {
    pub cases: usize,
    pub passed: usize,
    pub failures: Vec<String>,
}

impl SuiteResult {
    pub fn rate(&self) -> f64 {
        if self.cases == 0 {
            1.0
        } else {
            self.passed as f64 / self.cases as f64
        }
    }
}

fn bad(path: &Path, line: usize, message: impl Into<String>) -> Error {
    Error::Parse {
        path: path.to_path_buf(),
        line,
        column: 1,
        message: message.into(),
    }
}

fn field(v: &serde_json::Value, key: &str, path: &Path, line: usize) -> Result<String> {
    v[key]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| bad(path, line, format!("missing string field \"{key}\"")))
}

/// The non-blank lines of a JSON-lines file, parsed, with their 0-based line index; a line that is not JSON is an
/// error naming file, line and column.
fn numbered_records(path: &Path) -> Result<Vec<(usize, serde_json::Value)>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map(|v| (i, v))
                .map_err(|e| Error::Parse {
                    path: path.to_path_buf(),
                    line: i + 1,
                    column: e.column(),
                    message: e.to_string(),
                })
        })
        .collect()
}

/// Reads `equivalent.jsonl`; a record without `name`, `ko`, `ja` or `en` is an error naming file and line.
pub fn read_triples(path: &Path) -> Result<Vec<Triple>> {
    let mut out = Vec::new();
    for (i, v) in numbered_records(path)? {
        out.push(Triple {
            name: field(&v, "name", path, i + 1)?,
            texts: [
                field(&v, "ko", path, i + 1)?,
                field(&v, "ja", path, i + 1)?,
                field(&v, "en", path, i + 1)?,
            ],
        });
    }
    Ok(out)
}

/// Reads `near_miss.jsonl`; each side needs a known `lang` and a `text`.
pub fn read_near_misses(path: &Path) -> Result<Vec<NearMiss>> {
    let mut out = Vec::new();
    for (i, v) in numbered_records(path)? {
        let side = |k: &str| -> Result<(Lang, String)> {
            let lang = field(&v[k], "lang", path, i + 1)?
                .parse::<Lang>()
                .map_err(|e| bad(path, i + 1, format!("\"{k}\": {e}")))?;
            Ok((lang, field(&v[k], "text", path, i + 1)?))
        };
        out.push(NearMiss {
            name: field(&v, "name", path, i + 1)?,
            a: side("a")?,
            b: side("b")?,
            kind: v["kind"].as_str().unwrap_or("").to_string(),
        });
    }
    Ok(out)
}

fn side(lang: Lang, text: &str) -> QaSide {
    QaSide::from_text(lang, text, String::new(), 1, 1)
}

/// Every pair of a triple must compare equal: no error or warning finding on the three-language row.
pub fn check_triples(triples: &[Triple]) -> SuiteResult {
    let mut r = SuiteResult::default();
    for t in triples {
        r.cases += 1;
        let mut row = QaRow::default();
        for (lang, text) in Lang::ALL.iter().zip(&t.texts) {
            row.sides.insert(*lang, side(*lang, text));
        }
        let bad: Vec<String> = check_row(0, &row)
            .into_iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| f.message)
            .collect();
        if bad.is_empty() {
            r.passed += 1;
        } else {
            r.failures.push(format!("{}: {}", t.name, bad.join("; ")));
        }
    }
    r
}

/// Each near miss must raise a finding (of any kind, warning or error).
pub fn check_near_misses(pairs: &[NearMiss]) -> SuiteResult {
    let mut r = SuiteResult::default();
    for p in pairs {
        r.cases += 1;
        let mut row = QaRow::default();
        row.sides.insert(p.a.0, side(p.a.0, &p.a.1));
        if p.b.0 == p.a.0 {
            r.failures
                .push(format!("{}: both sides are {}", p.name, p.a.0));
            continue;
        }
        row.sides.insert(p.b.0, side(p.b.0, &p.b.1));
        let flagged = check_row(0, &row)
            .iter()
            .any(|f| f.severity >= Severity::Warning);
        if flagged {
            r.passed += 1;
        } else {
            let nums = |l: Lang| {
                row.sides[&l]
                    .numbers
                    .iter()
                    .map(|(s, n)| {
                        format!(
                            "{s}={}{}",
                            n.value.lo,
                            if n.value.is_range() {
                                format!("..{}", n.value.hi)
                            } else {
                                String::new()
                            }
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            r.failures.push(format!(
                "{} ({}): not flagged; {} [{}] vs {} [{}]",
                p.name,
                p.kind,
                p.a.0,
                nums(p.a.0),
                p.b.0,
                nums(p.b.0)
            ));
        }
    }
    r
}

/// Runs both suites from `dir` (`equivalent.jsonl`, `near_miss.jsonl`); a missing file gives no result.
pub fn evaluate(dir: &Path) -> Result<Vec<(&'static str, SuiteResult)>> {
    let mut out = Vec::new();
    let eq = dir.join("equivalent.jsonl");
    if eq.is_file() {
        out.push(("equivalent", check_triples(&read_triples(&eq)?)));
    }
    let nm = dir.join("near_miss.jsonl");
    if nm.is_file() {
        out.push(("near_miss", check_near_misses(&read_near_misses(&nm)?)));
    }
    Ok(out)
}
