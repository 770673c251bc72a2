//! The hand-made gold of `tests/gold/`: its own consistency, and the presplit fixture the aligner must reproduce
//! exactly. Segmentation and alignment accuracy on this gold are measured by `eval` and held by `tests/floors.rs`.

mod common;
use common::*;

const LANGS: [&str; 3] = ["ko", "ja", "en"];
const PAIRS: [(&str, &str); 3] = [("ko", "ja"), ("ko", "en"), ("ja", "en")];

fn gold_dir(id: &str) -> std::path::PathBuf {
    root().join("tests/gold").join(id)
}

fn gold_sentences(id: &str, lang: &str) -> Vec<String> {
    std::fs::read_to_string(gold_dir(id).join(format!("sentences.{lang}.txt")))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn gold_sentences_appear_in_order_in_their_documents() {
    for id in releases() {
        for lang in LANGS {
            let text = squeeze(
                &std::fs::read_to_string(
                    root().join("corpus").join(&id).join(format!("{lang}.txt")),
                )
                .unwrap(),
            );
            let mut pos = 0;
            for s in gold_sentences(&id, lang) {
                let s = squeeze(&s);
                let found = text[pos..].find(&s).unwrap_or_else(|| {
                    panic!("{id} {lang}: gold sentence not found in order: {s}")
                });
                pos += found + s.len();
            }
        }
    }
}

#[test]
fn gold_beads_cover_every_sentence_once_in_order() {
    for id in releases() {
        let counts: Vec<usize> = LANGS.iter().map(|l| gold_sentences(&id, l).len()).collect();
        let three = std::fs::read_to_string(gold_dir(&id).join("align.jsonl")).unwrap();
        let mut next = [0u64; 3];
        for line in three.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            for (k, lang) in LANGS.iter().enumerate() {
                for x in v[lang].as_array().unwrap() {
                    assert_eq!(
                        x.as_u64().unwrap(),
                        next[k],
                        "{id} align.jsonl {lang}: {line}"
                    );
                    next[k] += 1;
                }
            }
        }
        for k in 0..3 {
            assert_eq!(
                next[k] as usize, counts[k],
                "{id}: align.jsonl does not cover all {} sentences",
                LANGS[k]
            );
        }
        for (a, b) in PAIRS {
            let beads = read_beads(&gold_dir(&id).join(format!("align.{a}-{b}.jsonl")), a, b);
            let flat_a: Vec<u64> = beads.iter().flat_map(|x| x.0.clone()).collect();
            let flat_b: Vec<u64> = beads.iter().flat_map(|x| x.1.clone()).collect();
            let ia = LANGS.iter().position(|l| *l == a).unwrap();
            let ib = LANGS.iter().position(|l| *l == b).unwrap();
            assert_eq!(
                flat_a,
                (0..counts[ia] as u64).collect::<Vec<_>>(),
                "{id} {a}-{b}"
            );
            assert_eq!(
                flat_b,
                (0..counts[ib] as u64).collect::<Vec<_>>(),
                "{id} {a}-{b}"
            );
        }
    }
}

#[test]
fn presplit_fixture_is_reproduced_exactly() {
    let out = run(&[
        "align",
        "--presplit",
        "--langs",
        "ko,en",
        "tests/fixtures/presplit/ko.txt",
        "tests/fixtures/presplit/en.txt",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let tmp = tempdir();
    let got = read_beads(&write(tmp.path(), "got.jsonl", &out.stdout), "ko", "en");
    let want = read_beads(
        &root().join("tests/fixtures/presplit/gold.jsonl"),
        "ko",
        "en",
    );
    assert_eq!(got, want);
}
