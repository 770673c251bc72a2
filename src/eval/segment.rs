//! `eval segment`: the segmenter (ingest included) against gold sentences.
//!
//! Sets: `tests/gold` (each release file of `corpus/` in, HTML pages included, its `sentences.<lang>.txt` as
//! gold) and every file of the data folder's `segmentation/` (pySBD golden rules en/ja, sentencex en/ja/lists, the seven KSS Korean sets,
//! bunkai, pragmatic_segmenter ja): each record's `text` in, its `sentences` as gold.
//!
//! In: folders. Out: one [`SegRow`] per set and language. Not done here: printing.

use super::metrics::{compare_segments, SegCounts};
use super::{gold_releases, read_jsonl, read_lines};
use crate::error::{Error, Result};
use crate::ingest;
use crate::pipeline::{analyse, PipelineConfig};
use crate::types::Lang;
use std::collections::BTreeMap;
use std::path::Path;

/// One line of the segmentation table.
#[derive(Debug, Clone, PartialEq)]
pub struct SegRow {
    pub set: String,
    pub lang: Lang,
    pub counts: SegCounts,
}

/// The third-party sets: file name, language, and the row name (KSS rows are split by their `set` field).
const DATA_SETS: &[(&str, Lang, &str)] = &[
    ("en_golden_rules.jsonl", Lang::En, "pysbd-en-golden"),
    ("sentencex_en.jsonl", Lang::En, "sentencex-en"),
    ("sentencex_lists.jsonl", Lang::En, "sentencex-lists"),
    ("ja_golden_rules.jsonl", Lang::Ja, "pysbd-ja-golden"),
    ("sentencex_ja.jsonl", Lang::Ja, "sentencex-ja"),
    ("ja_bunkai.jsonl", Lang::Ja, "bunkai"),
    ("ja_pragmatic.jsonl", Lang::Ja, "pragmatic-ja"),
    ("ko_kss.jsonl", Lang::Ko, "kss"),
];

/// Segments `text` as a document of language `lang`, returning the segment strings.
pub fn segment_text(text: &str, lang: Lang) -> Result<Vec<String>> {
    let doc = ingest::document_from_bytes(Path::new("<record>"), text.as_bytes())?;
    let a = analyse(doc, Some(lang), &PipelineConfig::default())?;
    Ok(a.sentences
        .iter()
        .map(|s| a.doc.slice(s.span).to_string())
        .collect())
}

/// Evaluates the project gold: `gold/<release>/sentences.<lang>.txt` against `corpus/<release>/<lang>.txt`.
pub fn project_gold(gold: &Path, corpus: &Path) -> Result<Vec<SegRow>> {
    let mut per_lang: BTreeMap<Lang, SegCounts> = BTreeMap::new();
    for id in gold_releases(gold)? {
        for lang in Lang::ALL {
            let gold_file = gold.join(&id).join(format!("sentences.{lang}.txt"));
            let Some(raw) = find_release_file(&corpus.join(&id), lang) else {
                continue;
            };
            if !gold_file.is_file() {
                continue;
            }
            let want: Vec<String> = read_lines(&gold_file)?;
            let doc = ingest::read_document(&raw)?;
            let a = analyse(doc, Some(lang), &PipelineConfig::default())?;
            let got: Vec<String> = a
                .sentences
                .iter()
                .map(|s| a.doc.slice(s.span).to_string())
                .collect();
            per_lang
                .entry(lang)
                .or_default()
                .add(compare_segments(&a.doc.text, &got, &want));
        }
    }
    Ok(per_lang
        .into_iter()
        .map(|(lang, counts)| SegRow {
            set: "tests/gold".into(),
            lang,
            counts,
        })
        .collect())
}

fn find_release_file(dir: &Path, lang: Lang) -> Option<std::path::PathBuf> {
    ["txt", "html", "htm"]
        .iter()
        .map(|e| dir.join(format!("{lang}.{e}")))
        .find(|p| p.is_file())
}

/// A gold record the segmenter did not reproduce exactly: its set, id, gold and produced segments.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SegFailure {
    pub set: String,
    pub id: String,
    pub gold: Vec<String>,
    pub got: Vec<String>,
}

/// A third-party gold record judged defective (`tests/segmentation/errata.jsonl`): scored as it is in the
/// table, and reported separately with the set's figure without it, so the defect is visible, not hidden.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Erratum {
    pub set: String,
    pub id: String,
    pub reason: String,
}

/// Reads the errata file (a missing file is no errata).
pub fn read_errata(path: &Path) -> Result<Vec<Erratum>> {
    if !path.is_file() {
        return Ok(Vec::new());
    }
    read_jsonl(path)?
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            serde_json::from_value(v)
                .map_err(|e| Error::input(path, format!("record {}: {e}", i + 1)))
        })
        .collect()
}

/// The project's own press-style cases (`tests/segmentation/press_cases.jsonl`, 30 per language, each named
/// after the rule it tests): one row per language, plus the cases not split exactly right.
pub fn press_cases(path: &Path) -> Result<(Vec<SegRow>, Vec<SegFailure>)> {
    let mut per_lang: BTreeMap<Lang, SegCounts> = BTreeMap::new();
    let mut failures = Vec::new();
    for (i, rec) in read_jsonl(path)?.iter().enumerate() {
        let lang: Lang = rec["lang"]
            .as_str()
            .unwrap_or_default()
            .parse()
            .map_err(|e| Error::input(path, format!("record {}: {e}", i + 1)))?;
        let (c, failure) = score_record(rec, lang, "press-cases", i)?;
        failures.extend(failure);
        per_lang.entry(lang).or_default().add(c);
    }
    let rows = per_lang
        .into_iter()
        .map(|(lang, counts)| SegRow {
            set: "press-cases".into(),
            lang,
            counts,
        })
        .collect();
    Ok((rows, failures))
}

/// Segments one gold record (`{"text", "sentences"}`) and compares it with its sentences; a record not
/// reproduced exactly also comes back as a [`SegFailure`] (its `id`, or its 1-based line number).
fn score_record(
    rec: &serde_json::Value,
    lang: Lang,
    set: &str,
    index: usize,
) -> Result<(SegCounts, Option<SegFailure>)> {
    let text = rec["text"].as_str().unwrap_or_default();
    let gold: Vec<String> = rec["sentences"]
        .as_array()
        .map(|v| {
            v.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let got = segment_text(text, lang)?;
    let counts = compare_segments(text, &got, &gold);
    let failure = (counts.exact_records == 0).then(|| SegFailure {
        set: set.to_string(),
        id: match &rec["id"] {
            serde_json::Value::String(s) => s.clone(),
            _ => format!("line {}", index + 1),
        },
        gold,
        got,
    });
    Ok((counts, failure))
}

/// Evaluates every third-party set under `data/segmentation`, with the records not reproduced exactly.
pub fn data_sets(data: &Path) -> Result<(Vec<SegRow>, Vec<SegFailure>)> {
    let dir = data.join("segmentation");
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for &(file, lang, name) in DATA_SETS {
        let path = dir.join(file);
        let mut per_set: BTreeMap<String, SegCounts> = BTreeMap::new();
        for (i, rec) in read_jsonl(&path)?.iter().enumerate() {
            let set = match rec["set"].as_str() {
                Some(s) => format!("{name}-{s}"),
                None => name.to_string(),
            };
            let (c, failure) = score_record(rec, lang, &set, i)?;
            failures.extend(failure);
            per_set.entry(set).or_default().add(c);
        }
        rows.extend(
            per_set
                .into_iter()
                .map(|(set, counts)| SegRow { set, lang, counts }),
        );
    }
    Ok((rows, failures))
}
