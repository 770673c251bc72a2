//! The command-line contract of DESIGN.md §4: every command's formats, exit codes and error messages.

mod common;
use common::*;
use serde_json::Value;
use std::path::Path;

fn jsonl(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

const KO: &str = "corpus/seoul-2024-climate-summit/ko.txt";
const EN: &str = "corpus/seoul-2024-climate-summit/en.txt";
const JA: &str = "corpus/seoul-2024-climate-summit/ja.txt";

#[test]
fn segment_lines_and_jsonl_agree_and_spans_point_at_the_text() {
    let lines = run(&["segment", KO]);
    assert_eq!(code(&lines), 0);
    let jl = run(&["segment", KO, "--format", "jsonl"]);
    assert_eq!(code(&jl), 0);
    let text = std::fs::read_to_string(root().join(KO)).unwrap();
    let records = jsonl(&stdout(&jl));
    assert_eq!(records.len(), stdout(&lines).lines().count());
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["i"], i);
        assert_eq!(r["lang"], "ko");
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], r["text"].as_str().unwrap());
        assert!(r["block"].is_u64());
    }
}

#[test]
fn segment_splits_japanese_sentences_without_spaces() {
    let tmp = tempdir();
    let p = write(
        tmp.path(),
        "ja.txt",
        "横浜市は協定を結んだ。式典は午後2時に始まった。\n".as_bytes(),
    );
    let out = run(&["segment", p.to_str().unwrap(), "--lang", "ja"]);
    assert_eq!(
        stdout(&out),
        "横浜市は協定を結んだ。\n式典は午後2時に始まった。\n"
    );
}

#[test]
fn langid_reports_language_confidence_method_and_encoding() {
    let out = run(&["langid", KO, JA, EN, "--format", "jsonl"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = jsonl(&stdout(&out));
    let langs: Vec<&str> = r.iter().map(|x| x["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["ko", "ja", "en"]);
    for x in &r {
        assert_eq!(x["encoding"], "UTF-8");
        assert_eq!(x["method"], "script");
        assert!(x["confidence"].as_f64().unwrap() > 0.5);
        assert!(x["path"].as_str().unwrap().ends_with(".txt"));
    }
    let blocks = run(&["langid", JA, "--blocks", "--format", "jsonl"]);
    let b = &jsonl(&stdout(&blocks))[0]["blocks"];
    assert!(b.as_array().unwrap().len() > 5);
    let text = run(&["langid", KO]);
    assert!(stdout(&text).contains("\tko\t"), "{}", stdout(&text));
}

#[test]
fn langid_names_legacy_encodings() {
    // "서울시는 다. " in EUC-KR, byte by byte (서 BCAD, 울 BFEF, 시 BDC3, 는 B4C2, 다 B4D9), repeated so that the
    // detector has enough text.
    let mut bytes = Vec::new();
    for _ in 0..8 {
        bytes.extend_from_slice(&[
            0xBC, 0xAD, 0xBF, 0xEF, 0xBD, 0xC3, 0xB4, 0xC2, 0x20, 0xB4, 0xD9, 0x2E, 0x20,
        ]);
    }
    let tmp = tempdir();
    let p = write(tmp.path(), "euc.txt", &bytes);
    let out = run(&["langid", p.to_str().unwrap(), "--format", "jsonl"]);
    let r = &jsonl(&stdout(&out))[0];
    assert_eq!(r["lang"], "ko");
    assert_eq!(r["encoding"], "EUC-KR");
}

#[test]
fn extract_gives_values_units_qualifiers_and_spans() {
    let out = run(&["extract", KO]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = std::fs::read_to_string(root().join(KO)).unwrap();
    let r = jsonl(&stdout(&out));
    for x in &r {
        let (s, e) = (
            x["start"].as_u64().unwrap() as usize,
            x["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], x["surface"].as_str().unwrap());
        assert_eq!(x["lang"], "ko");
    }
    let find = |surface: &str| {
        r.iter()
            .find(|x| x["surface"] == surface)
            .unwrap_or_else(|| panic!("no {surface}"))
    };
    assert_eq!(find("3천여 명")["value"]["lo"], 3000.0);
    assert_eq!(find("3천여 명")["qualifier"], "about");
    assert_eq!(find("3천여 명")["unit"], "person");
    assert_eq!(find("2억 4천만 원")["value"]["hi"], 240_000_000.0);
    assert_eq!(find("2억 4천만 원")["kind"], "money");
    assert_eq!(find("2024. 10. 7.(월)")["date"], "2024-10-07");
    assert_eq!(find("2024. 10. 7.(월)")["weekday"], 1);
}

#[test]
fn align_jsonl_covers_every_segment_once_with_scores() {
    let out = run(&["align", KO, EN]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let beads = jsonl(&stdout(&out));
    let n_ko = stdout(&run(&["segment", KO])).lines().count() as u64;
    let n_en = stdout(&run(&["segment", EN])).lines().count() as u64;
    let flat = |k: &str| -> Vec<u64> {
        beads
            .iter()
            .flat_map(|b| {
                b[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap())
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    assert_eq!(flat("ko"), (0..n_ko).collect::<Vec<_>>());
    assert_eq!(flat("en"), (0..n_en).collect::<Vec<_>>());
    for b in &beads {
        let s = b["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&s));
    }
}

#[test]
fn align_tsv_and_tmx_formats() {
    let tsv = run(&["align", KO, EN, "--format", "tsv"]);
    assert_eq!(code(&tsv), 0);
    let s = stdout(&tsv);
    assert!(s.starts_with("ko\ten\n"));
    assert!(s.lines().skip(1).all(|l| l.split('\t').count() == 2));
    let tmp = tempdir();
    let out = tmp.path().join("x.tmx");
    let tmx = run(&[
        "align",
        KO,
        EN,
        "--format",
        "tmx",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&tmx), 0, "{}", stderr(&tmx));
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("srclang=\"ko-KR\"") && xml.contains("xml:lang=\"en-US\""));
}

#[test]
fn align_not_supported_yet_is_a_clear_exit_2() {
    for args in [
        vec!["align", KO, EN, "--format", "xliff2"],
        vec!["pair", "corpus"],
        vec!["eval", "qa"],
        vec!["run", "corpus", "-o", "/tmp/never", "--formats", "tmx,html"],
    ] {
        let out = run(&args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(
            stderr(&out).contains("not supported yet"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert_eq!(stderr(&out).lines().count(), 1, "{args:?}");
    }
}

#[test]
fn bad_input_gives_one_line_errors_naming_the_path() {
    let tmp = tempdir();
    let bin = write(tmp.path(), "img.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let empty_dir = tmp.path().join("empty");
    std::fs::create_dir(&empty_dir).unwrap();
    let missing = tmp.path().join("missing.txt");
    let cases: Vec<(Vec<String>, String)> = vec![
        (
            vec!["segment".into(), missing.display().to_string()],
            missing.display().to_string(),
        ),
        (
            vec!["align".into(), KO.into(), bin.display().to_string()],
            bin.display().to_string(),
        ),
        (
            vec![
                "run".into(),
                empty_dir.display().to_string(),
                "-o".into(),
                tmp.path().join("o").display().to_string(),
            ],
            empty_dir.display().to_string(),
        ),
        (
            vec![
                "align".into(),
                KO.into(),
                EN.into(),
                "--langs".into(),
                "ko,xx".into(),
            ],
            "'xx'".into(),
        ),
    ];
    for (args, needle) in cases {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&a);
        assert_eq!(code(&out), 2, "{a:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{a:?}: {err}");
        assert!(err.contains(&needle), "{a:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn an_empty_file_is_a_warning_not_an_error() {
    let tmp = tempdir();
    let p = write(tmp.path(), "empty.txt", b"");
    let out = run(&["segment", p.to_str().unwrap()]);
    assert_eq!(code(&out), 0);
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
}

fn run_corpus(corpus: &Path, out: &Path, threads: &str) -> std::process::Output {
    run(&[
        "run",
        corpus.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--threads",
        threads,
    ])
}

#[test]
fn run_output_is_byte_identical_for_1_and_4_threads() {
    let tmp = tempdir();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    let corpus = root().join("corpus");
    assert_eq!(code(&run_corpus(&corpus, &a, "1")), 0);
    assert_eq!(code(&run_corpus(&corpus, &b, "4")), 0);
    let (ta, tb) = (read_tree(&a, &[]), read_tree(&b, &[]));
    assert!(
        ta.len() > releases().len(),
        "{:?}",
        ta.iter().map(|x| &x.0).collect::<Vec<_>>()
    );
    assert_eq!(ta, tb);
}

#[test]
fn run_writes_tmx_per_pair_qa_and_summary() {
    let tmp = tempdir();
    let out = tmp.path().join("out");
    let o = run_corpus(&root().join("corpus"), &out, "2");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let summary: Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    let n = releases().len();
    assert!(
        stderr(&o).contains(&format!("{n} releases (")),
        "{}",
        stderr(&o)
    );
    let ids: Vec<&str> = summary["releases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, releases());
    let mut tmx = 0;
    for r in summary["releases"].as_array().unwrap() {
        let id = r["id"].as_str().unwrap();
        let langs: Vec<&str> = r["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect();
        assert_eq!(r["status"], "ok", "{id}");
        let tag = |l: &str| match l {
            "ko" => "ko-KR",
            "ja" => "ja-JP",
            _ => "en-US",
        };
        for (i, a) in langs.iter().enumerate() {
            for b in &langs[i + 1..] {
                let p = out.join(id).join(format!("{id}.{}_{}.tmx", tag(a), tag(b)));
                assert!(p.is_file(), "{}", p.display());
                tmx += 1;
            }
        }
        let qa: Value =
            serde_json::from_slice(&std::fs::read(out.join(id).join("qa.json")).unwrap()).unwrap();
        assert_eq!(qa["release"], id);
        assert!(qa["findings"].is_array());
    }
    assert!(tmx >= 10, "{tmx} TMX files");
}

#[test]
fn a_bad_release_is_reported_and_the_others_finish() {
    let tmp = tempdir();
    let corpus = tmp.path().join("corpus");
    for lang in ["ko", "en"] {
        let src =
            std::fs::read(root().join(format!("corpus/seoul-2024-climate-summit/{lang}.txt")))
                .unwrap();
        write(&corpus, &format!("good/{lang}.txt"), &src);
    }
    write(&corpus, "bad/ko.txt", b"\0\0binary");
    let out = tmp.path().join("out");
    let o = run_corpus(&corpus, &out, "2");
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("release 'bad' failed"),
        "{}",
        stderr(&o)
    );
    assert!(out.join("good/good.ko-KR_en-US.tmx").is_file());
    let summary: Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["releases"][0]["status"], "failed");
    assert!(summary["releases"][0]["error"]
        .as_str()
        .unwrap()
        .contains("binary"));
    assert_eq!(summary["releases"][1]["status"], "ok");
}

#[test]
fn run_fail_on_error_exits_1_when_a_number_is_wrong() {
    let tmp = tempdir();
    let corpus = tmp.path().join("corpus");
    write(
        &corpus,
        "r/ko.txt",
        "서울시 축제 개최\n\n축제에는 3천여 명이 참석했다. 예산은 2억 4천만 원이다.\n".as_bytes(),
    );
    write(
        &corpus,
        "r/en.txt",
        b"Seoul holds festival\n\nAbout 30,000 people attended. The budget is KRW 240 million.\n",
    );
    let out = tmp.path().join("out");
    let never = run_corpus(&corpus, &out, "1");
    assert_eq!(code(&never), 0, "{}", stderr(&never));
    let o = run(&[
        "run",
        corpus.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--fail-on",
        "error",
    ]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let qa: Value = serde_json::from_slice(&std::fs::read(out.join("r/qa.json")).unwrap()).unwrap();
    let f = &qa["findings"][0];
    assert_eq!(f["kind"], "magnitude");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["segments"]["en"]["line"], 3);
    assert_eq!(f["segments"]["en"]["column"], 1);
}

#[test]
fn qa_tsv_reports_a_planted_wrong_number_and_passes_a_correct_row() {
    let tmp = tempdir();
    let p = write(
        tmp.path(),
        "rows.tsv",
        "ko-KR\tja_JP\ten\n3천 명이 참석했다.\t3,000人が参加した。\t3,000 people attended.\n예산은 2억 4천만 원이다.\t予算は2億4千万ウォンだ。\tThe budget is KRW 340 million.\n".as_bytes(),
    );
    let out = run(&["qa", p.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let r: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let findings = r["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    let f = &findings[0];
    assert_eq!(f["bead"], 1);
    assert_eq!(f["kind"], "value");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["suspect"], "en");
    assert_eq!(f["segments"]["en"]["line"], 3);
    assert_eq!(f["numbers"]["en"][0]["surface"], "KRW 340 million");
    let text = run(&["qa", p.to_str().unwrap()]);
    assert_eq!(code(&text), 1);
    assert!(stdout(&text).contains("rows.tsv:3:"), "{}", stdout(&text));
    let never = run(&["qa", p.to_str().unwrap(), "--fail-on", "never"]);
    assert_eq!(code(&never), 0);
}

#[test]
fn qa_tsv_correct_rows_have_no_findings() {
    let tmp = tempdir();
    let p = write(
        tmp.path(),
        "ok.tsv",
        "ko\tja\ten\n3천 명\t3,000人\t3,000 people\n".as_bytes(),
    );
    let out = run(&["qa", p.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("1 rows checked: 0 error, 0 warning"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn chinese_is_unsupported_and_a_foreign_block_keeps_its_language() {
    let zh = "tests/fixtures/langid/zh-hans.txt";
    let out = run(&["langid", zh]);
    assert!(stdout(&out).contains("\tunsupported\t"), "{}", stdout(&out));
    assert!(stdout(&out).contains("chinese-hans"), "{}", stdout(&out));
    let seg = run(&["segment", zh]);
    assert_eq!(code(&seg), 2, "segment refuses an unsupported language");
    assert!(stderr(&seg).contains("zh-hans.txt"), "{}", stderr(&seg));

    let mixed = run(&[
        "segment",
        "tests/fixtures/langid/mixed-ko.txt",
        "--format",
        "jsonl",
    ]);
    assert_eq!(code(&mixed), 0, "{}", stderr(&mixed));
    let langs: Vec<String> = jsonl(&stdout(&mixed))
        .iter()
        .map(|r| r["lang"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        langs,
        ["ko", "ko", "en", "ko"],
        "the English speaker list stays English"
    );
    assert!(stderr(&mixed).contains("1 en"), "{}", stderr(&mixed));
}

#[test]
fn three_files_align_jointly_as_jsonl() {
    let out = run(&["align", KO, JA, EN]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    for k in ["ko", "ja", "en", "score"] {
        assert!(first.get(k).is_some(), "{k} in {first}");
    }
}

#[test]
fn corpus_releases_are_never_refused() {
    for entry in std::fs::read_dir(root().join("corpus")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
            .collect();
        files.sort();
        for i in 0..files.len() {
            for j in i + 1..files.len() {
                let (a, b) = (files[i].to_str().unwrap(), files[j].to_str().unwrap());
                let o = run(&["align", a, b]);
                assert_eq!(code(&o), 0, "{a} {b}: {}", stderr(&o));
            }
        }
    }
}

/// The six ko–ja cross pairs of the seeds are not translations and must be refused (`--force` aligns them).
#[test]
fn seed_cross_pairs_are_refused() {
    let seeds = root().join("../shared/seeds");
    if !seeds.is_dir() {
        assert!(!in_ci(), "CI=true but {} is missing", seeds.display());
        return;
    }
    let find = |prefix: &str| {
        std::fs::read_dir(&seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
            .unwrap()
    };
    for ko in ["001", "002"] {
        for ja in ["000", "003", "004"] {
            let (a, b) = (find(ko), find(ja));
            let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
            let o = run(&["align", "--langs", "ko,ja", a, b]);
            assert_eq!(code(&o), 2, "{ko}-{ja} not refused");
            assert!(stderr(&o).contains("--force"));
            let forced = run(&["align", "--langs", "ko,ja", a, b, "--force"]);
            assert_eq!(code(&forced), 0, "{ko}-{ja} --force");
        }
    }
}

#[test]
fn eval_align_tune_only_leaves_out_the_reported_half() {
    let Some(data) = shared_data() else { return };
    let data = data.display().to_string();
    let args = [
        "eval",
        "align",
        "--tune-only",
        "--format",
        "json",
        "--data",
        data.as_str(),
    ];
    let out = run(&args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let sets: Vec<&str> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["set"].as_str().unwrap())
        .collect();
    assert!(sets.contains(&"ntrex-synthetic/tune"), "{sets:?}");
    assert!(sets.contains(&"tests/gold"), "{sets:?}");
    assert!(sets.iter().all(|s| !s.contains("/report")), "{sets:?}");
    let halves: Vec<&str> = v["refusal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["half"].as_str().unwrap())
        .collect();
    assert_eq!(halves, ["tune"]);
}
