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
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Case =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
        let ea = entities::find(case.a.lang, &case.a.text);
        let eb = entities::find(case.b.lang, &case.b.text);
        let got = ea
            .iter()
            .any(|x| eb.iter().any(|y| entities::matches(x, y)));
        if case.matches {
            pos += 1;
            pos_ok += usize::from(got);
        } else {
            neg += 1;
            neg_ok += usize::from(!got);
        }
        if got != case.matches {
            let want = if case.matches {
                "should match"
            } else {
                "should not match"
            };
            failures.push(format!(
                "  {} ({want}): {} | {}",
                case.name,
                describe(&case.a),
                describe(&case.b)
            ));
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
    assert!(
        pos >= 120 && neg >= 40,
        "the suite keeps at least 120 pairs and 40 near-misses"
    );
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
                    let surface = a
                        .doc
                        .text
                        .get(e.span.range())
                        .expect("span on char boundaries");
                    assert!(!surface.is_empty(), "{}: empty entity {e:?}", f.display());
                    assert!(
                        e.span.start >= s.span.start && e.span.end <= s.span.end,
                        "{}: entity {e:?} outside its sentence",
                        f.display()
                    );
                    // Recomputing on the sentence alone gives the same surfaces (spans shift, nothing else).
                    let again = entities::find(lang, &a.doc.text[s.span.range()]);
                    assert!(
                        again.iter().any(|x| &a.doc.text
                            [s.span.start + x.span.start..s.span.start + x.span.end]
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

#[test]
fn extract_prints_entity_lines() {
    let path = "corpus/yokohama-2024-bangkok-partnership/ja.txt";
    let out = common::run(&["extract", path, "--format", "jsonl"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    let text = std::fs::read_to_string(common::root().join(path)).unwrap();
    let lines: Vec<serde_json::Value> = common::stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let names: Vec<&serde_json::Value> = lines.iter().filter(|v| v["kind"] == "entity").collect();
    assert!(
        lines.iter().any(|v| v["kind"] != "entity"),
        "numbers are still printed"
    );
    for v in &names {
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], v["surface"].as_str().unwrap());
        assert_eq!(v["lang"], "ja");
        assert!(v["key"].as_str().is_some_and(|k| k.contains(':')));
    }
    assert!(
        names
            .iter()
            .any(|v| v["surface"] == "バンコク" && v["key"] == "gz:bangkok"),
        "バンコク is found as gz:bangkok"
    );
}

/// Anchors on the hand-made gold alignments: how often a gold bead's two sides share a matching name (wanted), and
/// how often two sentences of nearby but different beads do (noise for the aligner). Printed with
/// `ENTITIES_REPORT=1`; the test only asserts that true beads share names far more often than neighbours.
#[test]
fn gold_beads_share_names_more_than_neighbours() {
    let gold = common::root().join("tests/gold");
    let mut ids: Vec<String> = std::fs::read_dir(&gold)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    let mut lines = Vec::new();
    let (mut all_hit, mut all_n, mut all_false, mut all_m) = (0, 0, 0, 0);
    for (a, b) in [
        (Lang::Ko, Lang::Ja),
        (Lang::Ko, Lang::En),
        (Lang::Ja, Lang::En),
    ] {
        let (mut hit, mut n, mut false_hit, mut m) = (0usize, 0usize, 0usize, 0usize);
        for id in &ids {
            let dir = gold.join(id);
            let read =
                |l: Lang| std::fs::read_to_string(dir.join(format!("sentences.{l}.txt"))).ok();
            let (Some(ta), Some(tb)) = (read(a), read(b)) else {
                continue;
            };
            let Ok(align) = std::fs::read_to_string(dir.join(format!("align.{a}-{b}.jsonl")))
            else {
                continue;
            };
            let ents = |t: &str, l: Lang| -> Vec<Vec<_>> {
                t.lines().map(|s| entities::find(l, s)).collect()
            };
            let (ea, eb) = (ents(&ta, a), ents(&tb, b));
            let beads: Vec<(Vec<usize>, Vec<usize>)> = align
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| {
                    let v: serde_json::Value = serde_json::from_str(l).unwrap();
                    let side = |k: Lang| -> Vec<usize> {
                        v[k.code()].as_array().map_or(vec![], |x| {
                            x.iter().map(|i| i.as_u64().unwrap() as usize).collect()
                        })
                    };
                    (side(a), side(b))
                })
                .collect();
            let share = |xs: &[usize], ys: &[usize]| {
                xs.iter().any(|&x| {
                    ys.iter().any(|&y| {
                        ea.get(x).into_iter().flatten().any(|p| {
                            eb.get(y)
                                .into_iter()
                                .flatten()
                                .any(|q| entities::matches(p, q))
                        })
                    })
                })
            };
            for (i, (xs, ys)) in beads.iter().enumerate() {
                if xs.is_empty() || ys.is_empty() {
                    continue;
                }
                n += 1;
                hit += usize::from(share(xs, ys));
                for (j, (_, other)) in beads.iter().enumerate() {
                    if j != i && j.abs_diff(i) <= 2 && !other.is_empty() {
                        m += 1;
                        false_hit += usize::from(share(xs, other));
                    }
                }
            }
        }
        lines.push(format!(
            "{a}-{b}: gold beads sharing a name {hit}/{n} = {:.3}; beads 1-2 apart sharing one {false_hit}/{m} = {:.3}",
            hit as f64 / n.max(1) as f64,
            false_hit as f64 / m.max(1) as f64
        ));
        (all_hit, all_n, all_false, all_m) =
            (all_hit + hit, all_n + n, all_false + false_hit, all_m + m);
    }
    if std::env::var_os("ENTITIES_REPORT").is_some() {
        println!("{}", lines.join("\n"));
    }
    let (t, f) = (
        all_hit as f64 / all_n.max(1) as f64,
        all_false as f64 / all_m.max(1) as f64,
    );
    assert!(all_n > 50 && t > 2.0 * f, "{}", lines.join("\n"));
}
