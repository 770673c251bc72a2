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

/// The languages a release has gold for.
fn gold_langs(id: &str) -> Vec<&'static str> {
    LANGS
        .iter()
        .copied()
        .filter(|l| gold_dir(id).join(format!("sentences.{l}.txt")).is_file())
        .collect()
}

/// The document's text as a reader sees it, for locating gold sentences: for HTML, tags dropped and the usual
/// entities decoded; for text, a hyphen that ends a line removed (PDF text re-joins `coope-`/`ration`).
fn reader_text(id: &str, lang: &str) -> String {
    let dir = root().join("corpus").join(id);
    if let Ok(raw) = std::fs::read_to_string(dir.join(format!("{lang}.txt"))) {
        return raw.replace("-\n", "");
    }
    let html = std::fs::read_to_string(dir.join(format!("{lang}.html"))).unwrap();
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    for (e, c) in [
        ("&amp;", "&"),
        ("&mdash;", "—"),
        ("&ndash;", "–"),
        ("&ldquo;", "“"),
        ("&rdquo;", "”"),
        ("&lsquo;", "‘"),
        ("&rsquo;", "’"),
        ("&quot;", "\""),
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
    ] {
        text = text.replace(e, c);
    }
    text
}

#[test]
fn gold_sentences_appear_in_order_in_their_documents() {
    for id in releases() {
        let langs = gold_langs(&id);
        assert!(langs.len() >= 2, "{id}: gold for fewer than two languages");
        for lang in langs {
            let text = squeeze(&reader_text(&id, lang));
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
        let langs = gold_langs(&id);
        let count = |l: &str| gold_sentences(&id, l).len() as u64;
        let three = std::fs::read_to_string(gold_dir(&id).join("align.jsonl")).unwrap();
        let mut next: std::collections::BTreeMap<&str, u64> =
            langs.iter().map(|l| (*l, 0)).collect();
        for line in three.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            for lang in &langs {
                for x in v[lang]
                    .as_array()
                    .unwrap_or_else(|| panic!("{id}: no {lang} in {line}"))
                {
                    assert_eq!(
                        x.as_u64().unwrap(),
                        next[lang],
                        "{id} align.jsonl {lang}: {line}"
                    );
                    *next.get_mut(lang).unwrap() += 1;
                }
            }
        }
        for lang in &langs {
            assert_eq!(
                next[lang],
                count(lang),
                "{id}: align.jsonl does not cover all {lang} sentences"
            );
        }
        for (a, b) in PAIRS {
            if !(langs.contains(&a) && langs.contains(&b)) {
                continue;
            }
            let beads = read_beads(&gold_dir(&id).join(format!("align.{a}-{b}.jsonl")), a, b);
            let flat_a: Vec<u64> = beads.iter().flat_map(|x| x.0.clone()).collect();
            let flat_b: Vec<u64> = beads.iter().flat_map(|x| x.1.clone()).collect();
            assert_eq!(flat_a, (0..count(a)).collect::<Vec<_>>(), "{id} {a}-{b}");
            assert_eq!(flat_b, (0..count(b)).collect::<Vec<_>>(), "{id} {a}-{b}");
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
