//! The command handlers of the binary, one module per group of commands, and what they share: reading the files
//! given on the command line with their warnings printed, and the exit code of findings. In: parsed arguments
//! (`pressalign::cli`). Out: printed results and an exit code. Not done here: parsing flags (`cli`), the work
//! itself (the library).

use anyhow::bail;
use pressalign::pipeline::{self, Analysed, PipelineConfig};
use pressalign::qa::Counts;
use pressalign::types::{Lang, Severity};
use rayon::prelude::*;
use std::io::Write;

pub mod align;
pub mod eval;
pub mod inspect;
pub mod qa;

/// Where a command prints its results (standard output, buffered by `main`).
pub(crate) type Out<'a> = dyn Write + 'a;

/// The exit code of a finished command: 2 when a document failed, 1 when findings reach `--fail-on`, else 0.
pub(crate) fn exit_code(failed: bool, counts: Counts, fail_on: Option<Severity>) -> u8 {
    if failed {
        2
    } else if fail_on.is_some_and(|s| counts.at_least(s) > 0) {
        1
    } else {
        0
    }
}

/// Reads and analyses a file given on the command line; an empty file is a warning, an unsupported language an
/// error unless `lang` forces one.
pub(crate) fn analyse(
    path: &std::path::Path,
    lang: Option<Lang>,
    presplit: bool,
) -> anyhow::Result<Analysed> {
    let cfg = PipelineConfig { presplit };
    report(path, pipeline::analyse_file(path, lang, &cfg)?)
}

/// [`analyse`] for several files at the same time; warnings and errors are reported in file order.
pub(crate) fn analyse_all(
    files: &[std::path::PathBuf],
    langs: &[Option<Lang>],
    presplit: bool,
) -> anyhow::Result<Vec<Analysed>> {
    let cfg = PipelineConfig { presplit };
    let done: Vec<_> = files
        .par_iter()
        .zip(langs)
        .map(|(p, &l)| pipeline::analyse_file(p, l, &cfg))
        .collect();
    files.iter().zip(done).map(|(p, a)| report(p, a?)).collect()
}

/// Prints a document's warnings; an unsupported language is an error.
pub(crate) fn report(path: &std::path::Path, a: Analysed) -> anyhow::Result<Analysed> {
    for w in a.warnings() {
        eprintln!("pressalign: warning: {w}");
    }
    if a.doc.text.trim().is_empty() {
        eprintln!(
            "pressalign: warning: {}: empty file, nothing to do",
            path.display()
        );
    } else if a.lang().is_none() {
        bail!(
            "{}: language is not Korean, Japanese or English (unsupported); use --lang/--langs to force one",
            path.display()
        );
    }
    Ok(a)
}
