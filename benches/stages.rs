//! Criterion benches per stage on the sample corpus (run with `cargo bench`; never in CI): ingest + segmentation
//! throughput per language, feature extraction (numbers and names) and name extraction alone, pairwise alignment,
//! and a whole release end to end.
//! `scripts/bench.sh` runs them and records the figures in `docs/SPEED.md`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pressalign::align::Aligner;
use pressalign::ingest::document_from_bytes;
use pressalign::normalize::{entities, Extractor, RuleExtractor};
use pressalign::pipeline::{self, PipelineConfig, ReleaseInput};
use pressalign::segment::split_blocks;
use pressalign::Lang;
use std::hint::black_box;
use std::path::Path;

#[path = "support/corpus.rs"]
mod support;

/// The corpus text of `lang` repeated to about 1 MB, so that per-call overhead does not dominate.
fn corpus_text(lang: Lang) -> String {
    let text = support::corpus_text(lang);
    text.repeat((1_000_000 / text.len().max(1)).max(1))
}

fn segmentation(c: &mut Criterion) {
    let mut g = c.benchmark_group("ingest+segment");
    for lang in Lang::ALL {
        let text = corpus_text(lang);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(lang.code(), |b| {
            b.iter(|| {
                let doc = document_from_bytes(Path::new("bench.txt"), text.as_bytes()).unwrap();
                let langs = vec![lang; doc.blocks.len()];
                black_box(split_blocks(&doc.text, &doc.blocks, &langs).len())
            })
        });
    }
    g.finish();
}

fn extraction(c: &mut Criterion) {
    let mut g = c.benchmark_group("extract");
    for lang in Lang::ALL {
        let text = corpus_text(lang);
        // The sentences the pipeline extracts from, one call each, as in `pipeline::analyse`.
        let doc = document_from_bytes(Path::new("bench.txt"), text.as_bytes()).unwrap();
        let langs = vec![lang; doc.blocks.len()];
        let sentences = split_blocks(&doc.text, &doc.blocks, &langs);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(lang.code(), |b| {
            b.iter(|| {
                black_box(
                    sentences
                        .iter()
                        .map(|s| RuleExtractor.extract(lang, &doc.text, s.span).numbers.len())
                        .sum::<usize>(),
                )
            })
        });
    }
    g.finish();
}

fn names(c: &mut Criterion) {
    let mut g = c.benchmark_group("entities");
    for lang in Lang::ALL {
        let text = corpus_text(lang);
        // Sentence-sized calls, as the extractor makes them.
        let lines: Vec<&str> = text.lines().collect();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(lang.code(), |b| {
            b.iter(|| {
                black_box(
                    lines
                        .iter()
                        .map(|l| entities::find(lang, l).len())
                        .sum::<usize>(),
                )
            })
        });
    }
    g.finish();
}

fn alignment(c: &mut Criterion) {
    let cfg = PipelineConfig::default();
    let analyse = |lang: Lang| {
        let text = corpus_text(lang);
        let doc = document_from_bytes(Path::new("bench.txt"), text.as_bytes()).unwrap();
        pipeline::analyse(doc, Some(lang), &cfg).unwrap()
    };
    let (ko, en) = (analyse(Lang::Ko), analyse(Lang::En));
    let (sa, sb) = (ko.segments(), en.segments());
    let mut g = c.benchmark_group("align");
    g.sample_size(10);
    g.throughput(Throughput::Elements((sa.len() + sb.len()) as u64));
    g.bench_function(format!("ko-en {}x{} sentences", sa.len(), sb.len()), |b| {
        b.iter(|| black_box(Aligner::new(Lang::Ko, Lang::En).align(&sa, &sb).len()))
    });
    g.finish();
}

fn release(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seoul-2024-climate-summit");
    let input = ReleaseInput {
        id: "seoul-2024-climate-summit".into(),
        files: ["ko.txt", "ja.txt", "en.txt"]
            .iter()
            .map(|f| dir.join(f))
            .collect(),
        source: None,
        date: None,
    };
    c.bench_function("release end to end (3 languages)", |b| {
        b.iter(|| {
            black_box(
                pipeline::process(&input, &PipelineConfig::default())
                    .unwrap()
                    .pairs
                    .len(),
            )
        })
    });
}

criterion_group!(benches, segmentation, extraction, names, alignment, release);
criterion_main!(benches);
