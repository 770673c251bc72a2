//! Evaluation on gold data: `pressalign eval segment`, `eval align` and `eval numbers`.
//!
//! In: the project's hand-made gold (`tests/gold/`, the raw releases in `corpus/`) and third-party gold under a
//! data folder (normally `../shared/data`). Out: table rows with public metrics ([`metrics`]), for `main` to print
//! as Markdown or JSON. Not done here: the NTREX synthetic sets and peers (galechurch), number and QA evaluation
//! (the evaluation and QA issues).

pub mod align;
pub mod equivalence;
pub mod fit;
pub mod granularity;
pub mod metrics;
pub mod natural;
pub mod numbers;
pub mod refusal;
pub mod render;
pub mod segment;
pub mod synth;

use crate::error::{Error, Result};
use align::AlignRow;
use segment::SegRow;
use serde_json::json;
use std::fmt::Write;
use std::path::Path;

/// The segmentation table as Markdown.
pub fn segment_markdown(rows: &[SegRow]) -> String {
    let mut s = String::from(
        "| set | lang | records | gold sentences | produced | found | precision | recall | F1 | exact match |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for r in rows {
        let c = &r.counts;
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
            r.set,
            r.lang,
            c.records,
            c.gold,
            c.produced,
            c.found,
            c.precision(),
            c.recall(),
            c.f1(),
            c.exact_match()
        );
    }
    s
}

/// Summary lines under the segmentation table: the KSS sets macro-averaged (F1 and exact match over the seven
/// sets, each set counting once) and the Japanese bunkai + pragmatic_segmenter cases pooled.
pub fn segment_summary(rows: &[SegRow]) -> String {
    let mut s = String::new();
    let kss: Vec<&SegRow> = rows.iter().filter(|r| r.set.starts_with("kss-")).collect();
    if !kss.is_empty() {
        let n = kss.len() as f64;
        let f1 = kss.iter().map(|r| r.counts.f1()).sum::<f64>() / n;
        let em = kss.iter().map(|r| r.counts.exact_match()).sum::<f64>() / n;
        let _ = writeln!(
            s,
            "KSS, average of the {} sets: F1 {f1:.3}, exact match {em:.3}.",
            kss.len()
        );
    }
    let mut ja = metrics::SegCounts::default();
    for r in rows
        .iter()
        .filter(|r| r.set == "bunkai" || r.set == "pragmatic-ja")
    {
        ja.add(r.counts);
    }
    if ja.records > 0 {
        let _ = writeln!(
            s,
            "Japanese bunkai + pragmatic cases pooled: {} of {} records exact ({:.3}), F1 {:.3}.",
            ja.exact_records,
            ja.records,
            ja.exact_match(),
            ja.f1()
        );
    }
    s
}

/// Lines under the segmentation table for the gold errata that the segmenter does not reproduce: the record,
/// why its gold is defective, and its set's exact match without it.
pub fn errata_summary(
    rows: &[SegRow],
    failures: &[segment::SegFailure],
    errata: &[segment::Erratum],
) -> String {
    let mut s = String::new();
    for e in errata {
        if !failures.iter().any(|f| f.set == e.set && f.id == e.id) {
            continue;
        }
        let Some(row) = rows.iter().find(|r| r.set == e.set) else {
            continue;
        };
        // Every erratum of the set that the segmenter misses is left out of "without it".
        let missed = errata
            .iter()
            .filter(|x| x.set == e.set)
            .filter(|x| failures.iter().any(|f| f.set == x.set && f.id == x.id))
            .count();
        let (exact, records) = (
            row.counts.exact_records,
            row.counts.records.saturating_sub(missed),
        );
        let _ = writeln!(
            s,
            "Gold erratum, {} {}: {}. {} without its errata: {exact} of {records} records exact ({:.3}).",
            e.set,
            e.id,
            e.reason,
            e.set,
            exact as f64 / records.max(1) as f64
        );
    }
    s
}

/// The segmentation table as JSON.
pub fn segment_json(rows: &[SegRow]) -> serde_json::Value {
    json!({"rows": rows.iter().map(|r| {
        let c = &r.counts;
        json!({"set": r.set, "lang": r.lang, "records": c.records, "gold": c.gold, "produced": c.produced,
               "found": c.found, "precision": round(c.precision()), "recall": round(c.recall()),
               "f1": round(c.f1()), "exact_match": round(c.exact_match())})
    }).collect::<Vec<_>>()})
}

/// The alignment table as Markdown.
pub fn align_markdown(rows: &[AlignRow]) -> String {
    let mut s = String::from(
        "| set | pair | documents | P strict | R strict | F1 strict | P lax | R lax | F1 lax |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for r in rows {
        let x = r.counts.scores();
        let _ = writeln!(
            s,
            "| {} | {}-{} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
            r.set,
            r.pair.0,
            r.pair.1,
            r.documents,
            x.precision_strict,
            x.recall_strict,
            x.f1_strict,
            x.precision_lax,
            x.recall_lax,
            x.f1_lax
        );
    }
    s
}

/// The alignment table as JSON.
pub fn align_json(rows: &[AlignRow]) -> serde_json::Value {
    json!({"rows": rows.iter().map(|r| {
        let x = r.counts.scores();
        json!({"set": r.set, "pair": format!("{}-{}", r.pair.0, r.pair.1), "documents": r.documents,
               "precision_strict": round(x.precision_strict), "recall_strict": round(x.recall_strict),
               "f1_strict": round(x.f1_strict), "precision_lax": round(x.precision_lax),
               "recall_lax": round(x.recall_lax), "f1_lax": round(x.f1_lax)})
    }).collect::<Vec<_>>()})
}

/// The refusal calibration as JSON rows: per half, the counts and the shares of crossed pairs refused and of
/// true pairs kept (both "higher is better", so the floors test treats them like accuracy figures).
pub fn refusal_json(rows: &[refusal::RefusalRow]) -> serde_json::Value {
    let share = |k: usize, n: usize| round(k as f64 / n.max(1) as f64);
    json!(rows
        .iter()
        .map(|r| json!({
            "half": r.half, "positives": r.positives, "positives_refused": r.positives_refused,
            "negatives": r.negatives, "negatives_refused": r.negatives_refused,
            "negatives_refused_share": share(r.negatives_refused, r.negatives),
            "positives_kept_share": share(r.positives - r.positives_refused, r.positives),
        }))
        .collect::<Vec<_>>())
}

/// The suites of hand-written gold, as `(name, result)`.
pub type Suites = [(&'static str, equivalence::SuiteResult)];

/// The three `eval numbers` tables as Markdown: spec pass rates, the renderer's read-back rates, the project's
/// equivalence and near-miss suites.
pub fn numbers_markdown(
    spec: &[numbers::SpecRow],
    rendered: &[render::RenderRow],
    suites: &Suites,
) -> String {
    let mut s = String::from(
        "| set | lang | cases | scored | passed | failed | dotnet-unsupported | out of scope | spec errors | pass rate |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for r in spec {
        let c = &r.counts;
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.3} |",
            r.set,
            r.lang,
            c.cases,
            c.passed + c.failed,
            c.passed,
            c.failed,
            c.skipped_dotnet,
            c.out_of_scope,
            c.spec_errors,
            c.pass_rate()
        );
    }
    s.push_str("\n| style | lang | values | read back | rate |\n|---|---|---:|---:|---:|\n");
    for r in rendered {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {:.4} |",
            r.style,
            r.lang,
            r.values,
            r.read_back,
            r.rate()
        );
    }
    s.push_str("\n| suite | cases | passed | rate |\n|---|---:|---:|---:|\n");
    for (name, r) in suites {
        let _ = writeln!(
            s,
            "| {name} | {} | {} | {:.3} |",
            r.cases,
            r.passed,
            r.rate()
        );
    }
    s
}

/// The three-way table as Markdown.
pub fn tri_markdown(rows: &[align::TriRow]) -> String {
    let mut s = String::from(
        "| set | languages | documents | P strict | R strict | F1 strict | P lax | R lax | F1 lax |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for r in rows {
        let [(ps, rs, fs), (pl, rl, fl)] = r.counts.scores();
        let _ = writeln!(
            s,
            "| {} | ko-ja-en | {} | {ps:.3} | {rs:.3} | {fs:.3} | {pl:.3} | {rl:.3} | {fl:.3} |",
            r.set, r.documents
        );
    }
    s
}

/// The two `eval numbers` tables as JSON rows (`table` is `spec` or `render`).
pub fn numbers_json(
    spec: &[numbers::SpecRow],
    rendered: &[render::RenderRow],
    suites: &Suites,
) -> serde_json::Value {
    let mut rows: Vec<serde_json::Value> = spec
        .iter()
        .map(|r| {
            let c = &r.counts;
            json!({"table": "spec", "set": r.set, "lang": r.lang, "cases": c.cases, "passed": c.passed,
                   "failed": c.failed, "skipped_dotnet": c.skipped_dotnet, "out_of_scope": c.out_of_scope,
                   "spec_errors": c.spec_errors, "pass_rate": round(c.pass_rate())})
        })
        .collect();
    rows.extend(rendered.iter().map(|r| {
        json!({"table": "render", "set": format!("render/{}/{}", r.lang, r.style), "lang": r.lang,
               "values": r.values, "read_back": r.read_back, "pass_rate": round(r.rate())})
    }));
    rows.extend(suites.iter().map(|(name, r)| {
        json!({"table": "suite", "set": format!("suite/{name}"), "cases": r.cases, "passed": r.passed,
               "pass_rate": round(r.rate())})
    }));
    json!({ "rows": rows })
}

/// Three-way rows in the JSON shape of [`align_json`] (pair `ko-ja-en`).
pub fn tri_json(rows: &[align::TriRow]) -> Vec<serde_json::Value> {
    rows.iter()
        .map(|r| {
            let [(ps, rs, fs), (pl, rl, fl)] = r.counts.scores();
            json!({"set": format!("{} (3-way)", r.set), "pair": "ko-ja-en", "documents": r.documents,
                   "precision_strict": round(ps), "recall_strict": round(rs), "f1_strict": round(fs),
                   "precision_lax": round(pl), "recall_lax": round(rl), "f1_lax": round(fl)})
        })
        .collect()
}

/// The refusal calibration as Markdown.
pub fn refusal_markdown(rows: &[refusal::RefusalRow]) -> String {
    let mut s = String::from(
        "| half | true pairs | refused | lowest true-pair score | crossed pairs | refused | highest crossed score |\n|---|---:|---:|---:|---:|---:|---:|\n",
    );
    for r in rows {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.3} | {} | {} ({:.2}%) | {:.3} |",
            r.half,
            r.positives,
            r.positives_refused,
            r.min_positive,
            r.negatives,
            r.negatives_refused,
            100.0 * r.negatives_refused as f64 / r.negatives.max(1) as f64,
            r.max_negative
        );
    }
    s
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Reads a JSON Lines file into values, naming the file and line on a parse error.
pub(crate) fn read_jsonl(path: &Path) -> Result<Vec<serde_json::Value>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| Error::Parse {
                path: path.to_path_buf(),
                line: i + 1,
                column: e.column(),
                message: e.to_string(),
            })
        })
        .collect()
}

/// Reads a text file as lines.
pub(crate) fn read_lines(path: &Path) -> Result<Vec<String>> {
    Ok(std::fs::read_to_string(path)
        .map_err(|e| Error::io(path, e))?
        .lines()
        .map(str::to_string)
        .collect())
}

/// The release folders below `gold`, sorted.
pub(crate) fn gold_releases(gold: &Path) -> Result<Vec<String>> {
    let mut ids: Vec<String> = std::fs::read_dir(gold)
        .map_err(|e| Error::io(gold, e))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::metrics::SegCounts;
    use crate::types::Lang;

    #[test]
    fn an_erratum_is_reported_only_when_its_record_fails() {
        let rows = vec![SegRow {
            set: "kss-wikipedia".into(),
            lang: Lang::Ko,
            counts: SegCounts {
                records: 18,
                exact_records: 17,
                ..SegCounts::default()
            },
        }];
        let erratum = segment::Erratum {
            set: "kss-wikipedia".into(),
            id: "line 154".into(),
            reason: "a stray syllable".into(),
        };
        let failure = segment::SegFailure {
            set: "kss-wikipedia".into(),
            id: "line 154".into(),
            gold: vec![],
            got: vec![],
        };
        let s = errata_summary(
            &rows,
            std::slice::from_ref(&failure),
            std::slice::from_ref(&erratum),
        );
        assert!(s.contains("17 of 17 records exact (1.000)"), "{s}");
        assert!(errata_summary(&rows, &[], &[erratum]).is_empty());
    }
}
