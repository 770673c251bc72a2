//! Golden test of the main job: `run corpus` must reproduce the committed `aligned/` byte for byte (README.md
//! aside). After an intended change, refresh with `PRESSALIGN_BLESS=1 cargo test --test golden` and review the diff.

mod common;
use common::*;
use std::path::Path;

fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(dir).unwrap().display().to_string();
            if p.is_dir() {
                stack.push(p);
            } else if rel != "README.md" {
                files.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn run_corpus_reproduces_the_committed_aligned_folder() {
    let tmp = tempdir();
    let out = tmp.path().join("aligned");
    let o = run(&["run", "corpus", "-o", out.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let committed = root().join("aligned");
    if std::env::var_os("PRESSALIGN_BLESS").is_some() {
        for (rel, bytes) in tree(&out) {
            write(&committed, &rel, &bytes);
        }
        return;
    }
    let (got, want) = (tree(&out), tree(&committed));
    let names = |t: &[(String, Vec<u8>)]| t.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(&want), "file lists differ");
    for ((name, g), (_, w)) in got.iter().zip(&want) {
        assert!(
            g == w,
            "aligned/{name} differs from a fresh run; if intended, refresh with PRESSALIGN_BLESS=1 and review the diff"
        );
    }
}
