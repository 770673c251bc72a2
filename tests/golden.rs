//! Golden test of the main job: `run corpus` must reproduce the committed `aligned/` byte for byte (README.md
//! aside). After an intended change, refresh with `PRESSALIGN_BLESS=1 cargo test --test golden` and review the diff.

mod common;
use common::*;

#[test]
fn run_corpus_reproduces_the_committed_aligned_folder() {
    let tmp = tempdir();
    let out = tmp.path().join("aligned");
    let o = run(&["run", "corpus", "-o", out.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let committed = root().join("aligned");
    if std::env::var_os("PRESSALIGN_BLESS").is_some() {
        for (rel, bytes) in read_tree(&out, &["README.md"]) {
            write(&committed, &rel, &bytes);
        }
        return;
    }
    let (got, want) = (
        read_tree(&out, &["README.md"]),
        read_tree(&committed, &["README.md"]),
    );
    let names = |t: &[(String, Vec<u8>)]| t.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(&want), "file lists differ");
    for ((name, g), (_, w)) in got.iter().zip(&want) {
        assert!(
            g == w,
            "aligned/{name} differs from a fresh run; if intended, refresh with PRESSALIGN_BLESS=1 and review the diff"
        );
    }
}
