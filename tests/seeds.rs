//! The five real seed documents of `../shared/seeds` (web junk, concatenated articles, PDF-extraction artefacts):
//! each ingests, is identified as its language, and segments without junk segments; a golden file per seed pins
//! its segmentation as spans (byte offsets, block, language), never as text, since the seeds' text may not be
//! copied into the project. Refresh with `PRESSALIGN_BLESS=1 cargo test --test seeds` and review the diff.

mod common;

use pressalign::pipeline::{analyse_file, PipelineConfig};
use pressalign::types::Lang;
use std::path::PathBuf;

/// The seeds and the language their README gives.
const SEEDS: &[(&str, Lang)] = &[
    ("000_efd848452136bc49.txt", Lang::Ja),
    ("001_a89950410cb4da95.txt", Lang::Ko),
    ("002_428debc20d82d9a5.txt", Lang::Ko),
    ("003_f32b06f6d2c85bf0.txt", Lang::Ja),
    ("004_37e05d41e62604df.txt", Lang::Ja),
];

fn seeds_dir() -> Option<PathBuf> {
    common::shared_data()?;
    let dir = common::root().join("../shared/seeds");
    assert!(dir.is_dir(), "{} is missing", dir.display());
    Some(dir)
}

#[test]
fn seeds_are_identified_and_segmented_without_junk() {
    let Some(dir) = seeds_dir() else { return };
    for (name, lang) in SEEDS {
        let a = analyse_file(&dir.join(name), None, &PipelineConfig::default()).expect(name);
        assert_eq!(a.lang(), Some(*lang), "{name}: language");
        assert!(
            a.sentences.len() >= 20,
            "{name}: only {} segments",
            a.sentences.len()
        );
        for (i, s) in a.sentences.iter().enumerate() {
            let t = a.doc.slice(s.span);
            assert!(
                t.chars().any(char::is_alphanumeric),
                "{name}: segment {i} has no letter or digit: {t:?}"
            );
            assert_eq!(t, t.trim(), "{name}: segment {i} is not trimmed");
            let (line, col) = a.doc.line_col(s.span.start);
            assert!(
                line >= 1 && col >= 1,
                "{name}: segment {i} maps to {line}:{col}"
            );
        }
    }
}

#[test]
fn seed_segmentation_is_pinned() {
    let Some(dir) = seeds_dir() else { return };
    let bless = std::env::var("PRESSALIGN_BLESS").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for (name, _) in SEEDS {
        let a = analyse_file(&dir.join(name), None, &PipelineConfig::default()).expect(name);
        let mut got = String::from("# start\tend\tblock\tlang\n");
        for (i, s) in a.sentences.iter().enumerate() {
            let lang = a.sentence_lang(i).map_or("unsupported", Lang::code);
            got.push_str(&format!(
                "{}\t{}\t{}\t{lang}\n",
                s.span.start, s.span.end, s.block
            ));
        }
        let golden = common::root()
            .join("tests/golden/seeds")
            .join(name.replace(".txt", ".spans"));
        if bless {
            std::fs::write(&golden, &got).expect("write golden");
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if want != got {
            stale.push(name.to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "segmentation of {stale:?} differs from tests/golden/seeds (PRESSALIGN_BLESS=1 to refresh, then review)"
    );
}
