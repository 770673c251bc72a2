//! Outputs checked by outside tools: every TMX that `run` writes for the corpus validates against the TMX 1.4b DTD
//! with xmllint. Under `CI=true` a missing xmllint or `../shared/data` is a failure.

mod common;
use common::*;
use std::process::Command;

#[test]
fn every_corpus_tmx_validates_against_the_tmx14_dtd() {
    let Some(data) = shared_data() else { return };
    if !have_tool("xmllint") {
        return;
    }
    let dtd = data.join("formats/tmx14.dtd");
    let tmp = tempdir();
    let out = tmp.path().join("aligned");
    let o = run(&["run", "corpus", "-o", out.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut checked = 0;
    for id in releases() {
        for entry in std::fs::read_dir(out.join(&id)).unwrap() {
            let p = entry.unwrap().path();
            if p.extension().is_some_and(|e| e == "tmx") {
                let v = Command::new("xmllint")
                    .args(["--noout", "--dtdvalid"])
                    .arg(&dtd)
                    .arg(&p)
                    .output()
                    .unwrap();
                assert!(
                    v.status.success(),
                    "{}: {}",
                    p.display(),
                    String::from_utf8_lossy(&v.stderr)
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} TMX files validated");
}

#[test]
fn tmx_with_source_date_epoch_has_a_creationdate_and_still_validates() {
    let Some(data) = shared_data() else { return };
    if !have_tool("xmllint") {
        return;
    }
    let tmp = tempdir();
    let out = tmp.path().join("x.tmx");
    let o = Command::new(env!("CARGO_BIN_EXE_pressalign"))
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "1728259200")
        .args([
            "align",
            "corpus/seoul-2024-climate-summit/ko.txt",
            "corpus/seoul-2024-climate-summit/ja.txt",
        ])
        .args(["--format", "tmx", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("creationdate=\"20241007T000000Z\""));
    let v = Command::new("xmllint")
        .args(["--noout", "--dtdvalid"])
        .arg(data.join("formats/tmx14.dtd"))
        .arg(&out)
        .output()
        .unwrap();
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
}
