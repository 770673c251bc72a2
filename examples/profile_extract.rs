//! Profiling harness for number and name extraction: reads the sample corpus of one language (`corpus/*/<lang>.txt`),
//! segments it once, then runs the extractor over every sentence `reps` times, as `pipeline::analyse` does.
//! Meant for `valgrind --tool=callgrind` (instruction counts are stable on a shared machine, wall time is not):
//! `scripts/count-extract.sh` runs it with 1 and with 11 repetitions and prints the instructions per byte of
//! the difference. Usage: `cargo run --release --example profile_extract -- ko 10`.

use pressalign::ingest::document_from_bytes;
use pressalign::normalize::{Extractor, RuleExtractor};
use pressalign::segment::split_blocks;
use pressalign::Lang;
use std::path::Path;

#[path = "../benches/support/corpus.rs"]
mod support;

fn main() {
    let lang: Lang = std::env::args()
        .nth(1)
        .and_then(|l| l.parse().ok())
        .unwrap_or(Lang::Ko);
    let reps: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let text = support::corpus_text(lang);
    let doc = document_from_bytes(Path::new("corpus.txt"), text.as_bytes()).expect("corpus text");
    let langs = vec![lang; doc.blocks.len()];
    let sentences = split_blocks(&doc.text, &doc.blocks, &langs);
    let mut mentions = 0;
    for _ in 0..reps {
        for s in &sentences {
            mentions += RuleExtractor.extract(lang, &doc.text, s.span).numbers.len();
        }
    }
    println!("{} bytes x {reps}: {mentions} numbers", doc.text.len());
}
