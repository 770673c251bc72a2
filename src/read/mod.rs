//! Readers of existing bilingual files for `qa`: they turn a file into [`crate::qa::QaRow`]s.
//!
//! In: a path. Out: rows with per-language text, position and numbers. Not done here: TMX and XLIFF readers (the
//! QA issue).

pub mod tsv;
