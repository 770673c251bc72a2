//! Names across languages: the hand-written suite `tests/entities/pairs.jsonl` (pairs that must match and
//! near-misses that must not), and spans of every entity of every corpus file.
//!
//! A pair matches when some entity found in one text matches some entity found in the other. Failures are listed by
//! name; the test fails only below the floors. `ENTITIES_REPORT=1` prints the pass rates (used for docs/ENTITIES.md).

mod common;

use pressalign::normalize::entities;
use pressalign::pipeline::{analyse_file, PipelineConfig};
use pressalign::Lang;
use serde::Deserialize;

/// Floors: the share of must-match pairs that match, and of near-misses that stay apart.
const MATCH_FLOOR: f64 = 0.90;
const NEAR_MISS_FLOOR: f64 = 0.95;

#[derive(Deserialize)]
struct Side {
    lang: Lang,
    text: String,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    a: Side,
    b: Side,
    #[serde(rename = "match")]
    matches: bool,
}

fn describe(side: &Side) -> String {
    let found: Vec<String> = entities::find(side.lang, &side.text)
        .iter()
        .map(|e| format!("{}={}{:?}", &side.text[e.span.range()], e.key, e.alt))
        .collect();
    format!("{} «{}» [{}]", side.lang, side.text, found.join(", "))
}

#[test]
fn pairs_suite() {
    let path = common::root().join("tests/entities/pairs.jsonl");
    let text = std::fs::read_to_string(&path).expect("tests/entities/pairs.jsonl");
    let (mut pos, mut pos_ok, mut neg, mut neg_ok) = (0usize, 0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let case: Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
        let ea = entities::find(case.a.lang, &case.a.text);
        let eb = entities::find(case.b.lang, &case.b.text);
        let got = ea.iter().any(|x| eb.iter().any(|y| entities::matches(x, y)));
        if case.matches {
            pos += 1;
            pos_ok += usize::from(got);
        } else {
            neg += 1;
            neg_ok += usize::from(!got);
        }
        if got != case.matches {
            let want = if case.matches { "should match" } else { "should not match" };
            failures.push(format!("  {} ({want}): {} | {}", case.name, describe(&case.a), describe(&case.b)));
        }
    }
    let (pr, nr) = (pos_ok as f64 / pos as f64, neg_ok as f64 / neg as f64);
    let report = format!(
        "matches {pos_ok}/{pos} = {pr:.3} (floor {MATCH_FLOOR}), near-misses kept apart {neg_ok}/{neg} = {nr:.3} \
         (floor {NEAR_MISS_FLOOR})\nfailures:\n{}",
        failures.join("\n")
    );
    if std::env::var_os("ENTITIES_REPORT").is_some() {
        println!("{report}");
    }
    assert!(pos >= 120 && neg >= 40, "the suite keeps at least 120 pairs and 40 near-misses");
    assert!(pr >= MATCH_FLOOR && nr >= NEAR_MISS_FLOOR, "{report}");
}

#[test]
fn every_corpus_entity_span_is_its_surface() {
    let cfg = PipelineConfig::default();
    let mut count = 0;
    for id in common::releases() {
        let dir = common::root().join("corpus").join(&id);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html"))
            .collect();
        files.sort();
        for f in files {
            let a = analyse_file(&f, None, &cfg).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let lang = a.lang().expect("corpus files have a language");
            for (s, feat) in a.sentences.iter().zip(&a.features) {
                for e in &feat.entities {
                    let surface = a.doc.text.get(e.span.range()).expect("span on char boundaries");
                    assert!(!surface.is_empty(), "{}: empty entity {e:?}", f.display());
                    assert!(
                        e.span.start >= s.span.start && e.span.end <= s.span.end,
                        "{}: entity {e:?} outside its sentence",
                        f.display()
                    );
                    // Recomputing on the sentence alone gives the same surfaces (spans shift, nothing else).
                    let again = entities::find(lang, &a.doc.text[s.span.range()]);
                    assert!(
                        again.iter().any(|x| &a.doc.text[s.span.start + x.span.start..s.span.start + x.span.end]
                            == surface
                            && x.key == e.key),
                        "{}: {surface} not found again",
                        f.display()
                    );
                    count += 1;
                }
            }
        }
    }
    assert!(count > 100, "the corpus has names ({count})");
}
