//! The sample corpus of one language as one text, for the benches and the profiling example (both include this
//! file with `#[path]`): every `corpus/<release>/<lang>.txt` in release order, each followed by a newline.
//! Not done here: HTML releases (their text needs the ingest stage; plain-text files are enough to time it).

use pressalign::Lang;
use std::path::{Path, PathBuf};

pub fn corpus_text(lang: Lang) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("the corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut text = String::new();
    for d in dirs {
        if let Ok(t) = std::fs::read_to_string(d.join(format!("{lang}.txt"))) {
            text.push_str(&t);
            text.push('\n');
        }
    }
    text
}
