//! pressalign: sentence alignment and number QA for Korean, Japanese and English city press releases.
//!
//! The pipeline, one stage per module, each taking only the previous stage's output:
//!
//! 1. [`ingest`]: bytes → [`Document`] (decoded text + blocks)
//! 2. [`langid`]: text → language per document and block
//! 3. [`segment`]: blocks → sentence spans
//! 4. [`normalize`]: sentences → numbers, dates, times and names (with spans)
//! 5. [`align`]: two documents' sentences → beads (dynamic programming over 1-1, 1-0, 0-1, 1-2, 2-1)
//! 6. [`qa`]: beads → numeric-consistency findings
//! 7. [`export`]: beads and findings → TMX, `qa.json`, `summary.json`
//!
//! [`batch`] runs 1–7 over a corpus of releases in parallel; [`pipeline`] runs them for one release.
//!
//! ```
//! use pressalign::{normalize::{Extractor, RuleExtractor}, Lang, Span};
//! let text = "115개국 3천여 명이 참석했다.";
//! let f = RuleExtractor.extract(Lang::Ko, text, Span::new(0, text.len()));
//! assert_eq!(f.numbers[1].value.lo, 3000.0);
//! assert_eq!(&text[f.numbers[1].span.range()], "3천여 명");
//! ```
#![forbid(unsafe_code)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod align;
pub mod batch;
pub mod cli;
pub mod error;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod langid;
pub mod normalize;
pub mod pipeline;
pub mod qa;
pub mod read;
pub mod segment;
pub mod types;

pub use error::{Error, Result};
pub use types::*;
