//! The aligner skips the full scoring of candidate beads whose cost bound cannot beat the best candidate of
//! their cell: the alignment must be the one of a search that scores every candidate. An extra scorer (here
//! one that always says 0) turns the bound off, so the two runs differ only in the skipping.

use pressalign::align::score::{Group, Scorer};
use pressalign::align::{Aligner, PairBead};
use pressalign::pipeline::{analyse_file, PipelineConfig};
use pressalign::types::Lang;
use std::sync::Arc;

mod common;

struct Silent;

impl Scorer for Silent {
    fn score(&self, _: &Group, _: &Group) -> f32 {
        0.0
    }
}

fn same(a: &[PairBead], b: &[PairBead]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.a == y.a && x.b == y.b && x.score == y.score)
}

#[test]
fn skipping_hopeless_candidates_keeps_every_corpus_alignment() {
    let mut pairs = 0;
    let mut dirs: Vec<_> = std::fs::read_dir("corpus")
        .expect("corpus/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let cfg = PipelineConfig { presplit: false };
    for dir in dirs {
        let docs: Vec<_> = Lang::ALL
            .iter()
            .filter_map(|&l| {
                let p = dir.join(format!("{l}.txt"));
                p.exists()
                    .then(|| analyse_file(&p, Some(l), &cfg).expect("corpus file"))
            })
            .collect();
        for (i, x) in docs.iter().enumerate() {
            for y in &docs[i + 1..] {
                let (la, lb) = (x.lang().unwrap(), y.lang().unwrap());
                let (sx, sy) = (x.segments(), y.segments());
                let pruned = Aligner::new(la, lb).align(&sx, &sy);
                let full = Aligner::new(la, lb)
                    .with_scorer(0.0, Arc::new(Silent))
                    .align(&sx, &sy);
                assert!(same(&pruned, &full), "{} {la}-{lb}", dir.display());
                // The null path of the refusal check takes the same shortcut.
                let null = |al: &Aligner| al.banded_cost(&sx, &sy);
                assert_eq!(
                    null(&Aligner::new(la, lb)),
                    null(&Aligner::new(la, lb).with_scorer(0.0, Arc::new(Silent))),
                    "{} {la}-{lb}",
                    dir.display()
                );
                pairs += 1;
            }
        }
    }
    assert!(pairs >= 10, "{pairs} corpus pairs");
}

#[test]
fn skipping_hopeless_candidates_keeps_the_ntrex_alignments() {
    let Some(data) = common::shared_data() else {
        return;
    };
    let cfg = PipelineConfig { presplit: true };
    let nt = data.join("ntrex");
    let read =
        |name: &str, l: Lang| analyse_file(&nt.join(name), Some(l), &cfg).expect("NTREX file");
    let ko = read("newstest2019-ref.kor.txt", Lang::Ko);
    let ja = read("newstest2019-ref.jpn.txt", Lang::Ja);
    let en = read("newstest2019-src.eng.txt", Lang::En);
    for (x, y) in [(&ko, &en), (&ja, &en), (&ko, &ja)] {
        let (la, lb) = (x.lang().unwrap(), y.lang().unwrap());
        // The first 600 lines: long enough for the band to hold many hopeless candidates.
        let (sx, sy) = (x.segments(), y.segments());
        let (sx, sy) = (&sx[..600], &sy[..600]);
        let pruned = Aligner::new(la, lb).align(sx, sy);
        let full = Aligner::new(la, lb)
            .with_scorer(0.0, Arc::new(Silent))
            .align(sx, sy);
        assert!(same(&pruned, &full), "NTREX {la}-{lb}");
    }
}
