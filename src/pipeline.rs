//! One release (or one document) through the stages in order: ingest → langid → segment → normalize → align →
//! qa. This is the only place that knows the order; each stage sees only the previous stage's output.
//!
//! In: file paths (or bytes) and a [`PipelineConfig`]. Out: [`Analysed`] documents and a [`ReleaseResult`] with
//! pairwise beads and findings. Not done here: writing files (export), parallelism (batch), flags (cli).

use crate::align::length::LengthModel;
use crate::align::multi::{self, TriBead};
use crate::align::{AlignConfig, Aligner, PairBead, Segment};
use crate::error::{Error, Result};
use crate::ingest;
use crate::langid;
use crate::normalize::{Extractor, Features, RuleExtractor};
use crate::qa::{self, Finding, QaRow, QaSide};
use crate::segment;
use crate::types::{Document, Lang, LangGuess, Sentence, Span};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Settings of the pipeline that the library understands (built from flags by `cli::config`).
#[derive(Debug, Clone, Default)]
pub struct PipelineConfig {
    /// Treat each input line as one segment instead of running the segmenter. Default: false.
    pub presplit: bool,
}

/// A document after language identification, segmentation and normalisation.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub doc: Document,
    pub guess: LangGuess,
    pub sentences: Vec<Sentence>,
    pub features: Vec<Features>,
    /// The language of each block: its own (an English name list in a Korean release), the document's for blocks
    /// without deciding letters, `None` for text in a language pressalign does not handle (Chinese).
    pub block_langs: Vec<Option<Lang>>,
    /// The sentences are the input's lines (no blocks known).
    pub presplit: bool,
}

impl Analysed {
    /// The document's language (`None` when it is none of ko/ja/en).
    pub fn lang(&self) -> Option<Lang> {
        self.guess.lang
    }

    /// The text of sentence `i` as one line: line breaks inside become a space (ko, en) or nothing (ja).
    pub fn sentence_text(&self, i: usize) -> String {
        let lang = self.lang().unwrap_or(Lang::En);
        let raw = self.doc.slice(self.sentences[i].span);
        raw.split('\n')
            .map(|l| l.trim_end_matches('\r').trim())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(lang.joiner())
    }

    /// The text of a range of sentences joined as one segment.
    pub fn range_text(&self, r: std::ops::Range<u32>) -> String {
        let lang = self.lang().unwrap_or(Lang::En);
        r.map(|i| self.sentence_text(i as usize))
            .collect::<Vec<_>>()
            .join(lang.joiner())
    }

    /// The language of sentence `i` (its block's), `None` when it is in a language pressalign does not handle.
    pub fn sentence_lang(&self, i: usize) -> Option<Lang> {
        let block = self.sentences[i].block as usize;
        self.block_langs.get(block).copied().unwrap_or(self.lang())
    }

    /// Aligner input for this document. A sentence in another of the three languages has its length converted to
    /// the document language's units (an English line in a Korean release is about twice as long as its Korean
    /// equivalent would be), so the length model does not read it as Korean.
    pub fn segments(&self) -> Vec<Segment<'_>> {
        let doc_lang = self.lang();
        // In parallel: counting words and looking for letters reads every sentence again.
        self.sentences
            .par_iter()
            .zip(&self.features)
            .enumerate()
            .with_min_len(256)
            .map(|(i, (s, f))| Segment {
                chars: match (self.sentence_lang(i), doc_lang) {
                    (Some(own), Some(doc)) if own != doc => {
                        let ratio = LengthModel::for_pair(doc, own).mean.exp();
                        (f.chars as f64 / ratio).round() as usize
                    }
                    _ => f.chars,
                },
                words: f.words,
                block: s.block,
                kind: (!self.presplit)
                    .then(|| self.doc.blocks.get(s.block as usize).map(|b| b.kind))
                    .flatten(),
                letters: self.doc.slice(s.span).chars().any(char::is_alphabetic),
                numbers: &f.numbers,
                entities: &f.entities,
                cognates: &f.cognates,
            })
            .collect()
    }

    /// What a user should hear about this document without it being an error: undecodable bytes, blocks in
    /// another language.
    pub fn warnings(&self) -> Vec<String> {
        let path = self.doc.path.display();
        let mut out = Vec::new();
        if self.doc.replaced > 0 {
            out.push(format!(
                "{path}: {} undecodable bytes replaced by U+FFFD",
                self.doc.replaced
            ));
        }
        let Some(doc_lang) = self.lang() else {
            return out;
        };
        let mut other: BTreeMap<&str, usize> = BTreeMap::new();
        for l in &self.block_langs {
            match l {
                Some(l) if *l != doc_lang => *other.entry(l.code()).or_default() += 1,
                None => *other.entry("unsupported").or_default() += 1,
                _ => {}
            }
        }
        if !other.is_empty() {
            let list: Vec<String> = other.iter().map(|(l, n)| format!("{n} {l}")).collect();
            out.push(format!(
                "{path}: blocks in another language than {doc_lang} kept as such: {}",
                list.join(", ")
            ));
        }
        out
    }

    /// The QA view of a range of sentences.
    pub fn qa_side(&self, r: std::ops::Range<u32>) -> QaSide {
        let (line, column) = match r.clone().next() {
            Some(i) => self.doc.line_col(self.sentences[i as usize].span.start),
            None => (0, 0),
        };
        QaSide {
            text: self.range_text(r.clone()),
            file: self.doc.path.display().to_string(),
            line,
            column,
            numbers: r
                .flat_map(|i| self.features[i as usize].numbers.iter())
                .map(|n| (self.doc.slice(n.span).to_string(), n.clone()))
                .collect(),
        }
    }
}

/// Reads and analyses one file. `lang` overrides detection.
pub fn analyse_file(path: &Path, lang: Option<Lang>, config: &PipelineConfig) -> Result<Analysed> {
    let doc = if config.presplit {
        ingest::read_presplit(path)?
    } else {
        ingest::read_document(path)?
    };
    analyse(doc, lang, config)
}

/// Identifies, segments and normalises a decoded document. A document in none of ko/ja/en is returned with
/// `lang() == None` and no sentences; the caller decides whether that is an error.
pub fn analyse(doc: Document, lang: Option<Lang>, config: &PipelineConfig) -> Result<Analysed> {
    let guess = match lang {
        Some(l) => LangGuess {
            lang: Some(l),
            confidence: 1.0,
            method: "given",
        },
        None => langid::identify(&doc.text),
    };
    let Some(doc_lang) = guess.lang else {
        return Ok(Analysed {
            doc,
            guess,
            sentences: Vec::new(),
            features: Vec::new(),
            block_langs: Vec::new(),
            presplit: config.presplit,
        });
    };
    // Each block is split by the rules of its own language (an English name list inside a Korean release);
    // blocks without deciding letters take the document's.
    let block_langs: Vec<Option<Lang>> = if config.presplit {
        vec![Some(doc_lang); doc.blocks.len()]
    } else {
        doc.blocks
            .iter()
            .map(|b| langid::block_language(doc.slice(b.span), doc_lang))
            .collect()
    };
    let sentences: Vec<Sentence> = if config.presplit {
        ingest::presplit_lines(&doc.text)
            .into_iter()
            .map(|span| Sentence {
                block: 0,
                span: trim_span(&doc.text, span),
            })
            .collect()
    } else {
        let langs: Vec<Lang> = block_langs.iter().map(|l| l.unwrap_or(doc_lang)).collect();
        segment::split_blocks(&doc.text, &doc.blocks, &langs)
    };
    // Sentences are independent: extracted in parallel (in order, so the result is the same for any thread count).
    let features = sentences
        .par_iter()
        .with_min_len(32)
        .map(|s| {
            let lang = block_langs
                .get(s.block as usize)
                .copied()
                .flatten()
                .unwrap_or(doc_lang);
            RuleExtractor.extract(lang, &doc.text, s.span)
        })
        .collect();
    Ok(Analysed {
        doc,
        guess,
        sentences,
        features,
        block_langs,
        presplit: config.presplit,
    })
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start().len();
    Span::new(span.start + lead, span.start + lead + s.trim().len())
}

/// The beads of one language pair.
#[derive(Debug, Clone)]
pub struct PairAlignment {
    pub a: Lang,
    pub b: Lang,
    pub beads: Vec<PairBead>,
}

/// Aligns two analysed documents (in the order given).
pub fn align_pair(a: &Analysed, b: &Analysed) -> Result<PairAlignment> {
    align_pair_with(a, b, &AlignConfig::default())
}

/// [`align_pair`] with aligner settings.
pub fn align_pair_with(a: &Analysed, b: &Analysed, config: &AlignConfig) -> Result<PairAlignment> {
    let (la, lb) = match (a.lang(), b.lang()) {
        (Some(x), Some(y)) => (x, y),
        (None, _) => return Err(unsupported(&a.doc.path)),
        (_, None) => return Err(unsupported(&b.doc.path)),
    };
    let beads = Aligner::with_config(la, lb, config.clone()).align(&a.segments(), &b.segments());
    Ok(PairAlignment {
        a: la,
        b: lb,
        beads,
    })
}

fn unsupported(path: &Path) -> Error {
    Error::input(
        path,
        "language is not Korean, Japanese or English (unsupported); give --langs to force one",
    )
}

/// Aligns ko, ja and en documents jointly: the three-way beads, and each pair of `pairs` (oriented as given)
/// projected from them.
pub fn align_three(
    docs: [&Analysed; 3],
    pairs: &[(Lang, Lang)],
) -> (Vec<TriBead>, Vec<PairAlignment>) {
    let segs: Vec<Vec<Segment>> = docs.iter().map(|d| d.segments()).collect();
    let tri = multi::align3(&segs[0], &segs[1], &segs[2]);
    let by_lang = [&segs[0][..], &segs[1][..], &segs[2][..]];
    let projected = pairs
        .iter()
        .map(|&(a, b)| PairAlignment {
            a,
            b,
            beads: multi::pair_of(&tri, by_lang, a, b),
        })
        .collect();
    (tri, projected)
}

/// Runs QA over the beads of one pair: one QA row per bead. A one-sided bead (a sentence the other version
/// leaves out) is checked against an empty side, so each of its numbers is a missing number (a warning) whose
/// finding shows the present side only.
pub fn check_pair(a: &Analysed, b: &Analysed, pair: &PairAlignment) -> Vec<Finding> {
    let mut findings = Vec::new();
    let name = format!("{}-{}", pair.a, pair.b);
    for (i, bead) in pair.beads.iter().enumerate() {
        let absent = match (bead.a.is_empty(), bead.b.is_empty()) {
            (true, true) => continue,
            (true, false) => Some(pair.a),
            (false, true) => Some(pair.b),
            (false, false) => None,
        };
        let mut row = QaRow::default();
        row.sides.insert(pair.a, a.qa_side(bead.a.clone()));
        row.sides.insert(pair.b, b.qa_side(bead.b.clone()));
        findings.extend(qa::check_row(i as u32, &row).into_iter().map(|mut f| {
            f.pair = Some(name.clone());
            if let Some(l) = absent {
                f.segments.remove(&l);
                f.message
                    .push_str(&format!(" (the sentence is not in the {l} version)"));
            }
            f
        }));
    }
    findings
}

/// The input of one release: its id, its files and what `release.toml` says.
#[derive(Debug, Clone)]
pub struct ReleaseInput {
    pub id: String,
    pub files: Vec<PathBuf>,
    /// The language the release was written in, if known (pairs are oriented from it).
    pub source: Option<Lang>,
    /// The release date `(year, month, day)`, if known: partial dates (`10월 7일`) are resolved from it.
    pub date: Option<(i32, u32, u32)>,
}

/// Everything the pipeline learnt about one release.
#[derive(Debug, Clone)]
pub struct ReleaseResult {
    pub id: String,
    /// Documents in language order (ko, ja, en).
    pub docs: Vec<Analysed>,
    pub pairs: Vec<PairAlignment>,
    /// The three-way beads when the release has all three languages (the pairs are then projected from them).
    pub tri: Option<Vec<TriBead>>,
    /// Findings per pair, in the order of `pairs`.
    pub findings: Vec<Vec<Finding>>,
    /// Things worth telling the user that did not stop the release (empty files, unsupported languages).
    pub warnings: Vec<String>,
}

impl ReleaseResult {
    pub fn doc(&self, lang: Lang) -> Option<&Analysed> {
        self.docs.iter().find(|d| d.lang() == Some(lang))
    }

    pub fn languages(&self) -> Vec<Lang> {
        self.docs.iter().filter_map(Analysed::lang).collect()
    }
}

/// The pairs to align for the languages present: oriented from `source` when known, else ko→ja, ko→en, ja→en.
pub fn pair_order(langs: &[Lang], source: Option<Lang>) -> Vec<(Lang, Lang)> {
    let mut pairs = Vec::new();
    for (i, &x) in Lang::ALL.iter().enumerate() {
        for &y in &Lang::ALL[i + 1..] {
            if langs.contains(&x) && langs.contains(&y) {
                pairs.push(match source {
                    Some(s) if s == y => (y, x),
                    _ => (x, y),
                });
            }
        }
    }
    pairs
}

/// Processes one release: analyse every file, align every language pair, check the numbers.
pub fn process(input: &ReleaseInput, config: &PipelineConfig) -> Result<ReleaseResult> {
    let mut warnings = Vec::new();
    let mut docs: Vec<Analysed> = Vec::new();
    for path in &input.files {
        let mut a = analyse_file(path, None, config)?;
        warnings.extend(a.warnings());
        if let Some(date) = input.date {
            crate::normalize::resolve_dates(&mut a.features, date);
        }
        match a.lang() {
            None if a.doc.text.trim().is_empty() => {
                warnings.push(format!("{}: empty file, nothing to align", path.display()))
            }
            None => warnings.push(format!(
                "{}: not Korean, Japanese or English (unsupported), skipped",
                path.display()
            )),
            Some(l) => {
                if let Some(other) = docs.iter().find(|d| d.lang() == Some(l)) {
                    return Err(Error::input(
                        path,
                        format!(
                            "second {} document in release '{}' (the first is {})",
                            l,
                            input.id,
                            other.doc.path.display()
                        ),
                    ));
                }
                docs.push(a);
            }
        }
    }
    docs.sort_by_key(|d| d.lang());
    let langs: Vec<Lang> = docs.iter().filter_map(Analysed::lang).collect();
    let find = |l: Lang| docs.iter().find(|d| d.lang() == Some(l)).expect("present");
    let order = pair_order(&langs, input.source);
    let (tri, pairs) = if langs.len() == 3 {
        let (tri, pairs) = align_three([find(Lang::Ko), find(Lang::Ja), find(Lang::En)], &order);
        (Some(tri), pairs)
    } else {
        let pairs = order
            .iter()
            .map(|&(x, y)| align_pair(find(x), find(y)))
            .collect::<Result<Vec<_>>>()?;
        (None, pairs)
    };
    let findings = pairs
        .iter()
        .map(|p| check_pair(find(p.a), find(p.b), p))
        .collect();
    Ok(ReleaseResult {
        id: input.id.clone(),
        docs,
        pairs,
        tri,
        findings,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::PairBead;
    use crate::types::FindingKind;

    fn presplit(name: &str, text: &str, lang: Lang) -> Analysed {
        let doc =
            ingest::presplit_document_from_bytes(Path::new(name), text.as_bytes()).expect("utf-8");
        analyse(doc, Some(lang), &PipelineConfig { presplit: true }).expect("analysed")
    }

    #[test]
    fn numbers_of_a_sentence_one_version_leaves_out_are_missing_numbers() {
        let ko = presplit(
            "ko.txt",
            "참가자는 180명이었다.\n그림 30점도 전시됐다.\n",
            Lang::Ko,
        );
        let en = presplit("en.txt", "There were 180 participants.\n", Lang::En);
        let bead = |a: std::ops::Range<u32>, b: std::ops::Range<u32>| PairBead { a, b, score: 1.0 };
        let pair = PairAlignment {
            a: Lang::Ko,
            b: Lang::En,
            beads: vec![bead(0..1, 0..1), bead(1..2, 1..1)],
        };
        let f = check_pair(&ko, &en, &pair);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].bead, f[0].kind), (1, FindingKind::MissingNumber));
        assert_eq!(f[0].severity, crate::types::Severity::Warning);
        assert!(f[0].message.contains("'30'") && f[0].message.contains("not in the en version"));
        // The finding shows where the number is, and no empty English segment.
        assert_eq!(
            f[0].segments.keys().copied().collect::<Vec<_>>(),
            vec![Lang::Ko]
        );
        assert_eq!(
            (
                f[0].segments[&Lang::Ko].line,
                f[0].segments[&Lang::Ko].column
            ),
            (2, 1)
        );
    }
}
