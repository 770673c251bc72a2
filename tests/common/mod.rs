//! Helpers shared by the integration tests: running the binary, finding `../shared/data`, temp folders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the pressalign binary with `args` in the package root.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pressalign"))
        .args(args)
        .current_dir(root())
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// True under CI (`CI=true`), where missing test data or tools are failures, not skips.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// `../shared/data`, or `None` on a bare dev machine (a failure under CI).
pub fn shared_data() -> Option<PathBuf> {
    let p = root().join("../shared/data");
    if p.is_dir() {
        return Some(p);
    }
    assert!(!in_ci(), "CI=true but {} is missing", p.display());
    eprintln!("skipping: {} not found (not under CI)", p.display());
    None
}

/// Whether an external program is on PATH (a failure under CI when missing).
pub fn have_tool(name: &str) -> bool {
    let ok = Command::new(name).arg("--version").output().is_ok();
    assert!(ok || !in_ci(), "CI=true but {name} is not installed");
    if !ok {
        eprintln!("skipping: {name} not installed (not under CI)");
    }
    ok
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

pub fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, content).unwrap();
    p
}

/// The release ids of the sample corpus.
pub fn releases() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Reads a beads JSONL file into (side a, side b) index lists for languages `a`, `b`.
pub fn read_beads(path: &Path, a: &str, b: &str) -> Vec<(Vec<u64>, Vec<u64>)> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let side = |k: &str| -> Vec<u64> {
                v[k].as_array()
                    .unwrap_or_else(|| panic!("{}: no key {k} in {l}", path.display()))
                    .iter()
                    .map(|x| x.as_u64().unwrap())
                    .collect()
            };
            (side(a), side(b))
        })
        .collect()
}

/// Every file below `dir` (relative path, bytes), sorted, leaving out names in `skip`.
pub fn read_tree(dir: &Path, skip: &[&str]) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(dir).unwrap().display().to_string();
            if p.is_dir() {
                stack.push(p);
            } else if !skip.contains(&rel.as_str()) {
                files.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    files.sort();
    files
}
