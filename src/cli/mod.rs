//! Command-line arguments, as clap-derive types mirroring the flags of DESIGN.md §4. They carry strings as the
//! user typed them; [`config`] validates them into the library's settings. Stages never see these types.
//!
//! In: argv. Out: [`Cli`]. Not done here: validation (config.rs), running commands, printing (main.rs).

pub mod config;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Align Korean, Japanese and English city press releases sentence by sentence and check that their numbers agree.
#[derive(Debug, Parser)]
#[command(name = "pressalign", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Align every release of a corpus folder and write TMX, qa.json and summary.json.
    Run(RunArgs),
    /// Align two documents (three come with the aligner issue).
    Align(AlignArgs),
    /// Split a document into sentences.
    Segment(SegmentArgs),
    /// Identify the language (and encoding) of files.
    Langid(LangidArgs),
    /// List the numbers, dates and times of a document.
    Extract(ExtractArgs),
    /// Group loose files into releases (not supported yet).
    Pair(PairArgs),
    /// Check the numbers of an existing aligned file (TSV so far).
    Qa(QaArgs),
    /// Measure accuracy on gold data: `eval segment`, `eval align`, `eval numbers`.
    Eval(EvalArgs),
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Corpus folder: one sub-folder per release.
    pub corpus: PathBuf,
    /// Output folder.
    #[arg(short, long, default_value = "aligned")]
    pub output: PathBuf,
    /// Worker threads (0 = one per core).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Output formats, comma-separated: tmx, json (xliff2, xliff12, html come later).
    #[arg(long, default_value = "tmx,json")]
    pub formats: String,
    /// Language releases were written in: auto, ko, ja or en.
    #[arg(long, default_value = "auto")]
    pub source_lang: String,
    /// Keep beads below this confidence out of TMX (not supported yet).
    #[arg(long)]
    pub min_score: Option<f32>,
    /// Exit 1 when findings at or above this severity exist: error, warning or never.
    #[arg(long, default_value = "never")]
    pub fail_on: String,
    /// Ignore the incremental manifest (not supported yet).
    #[arg(long)]
    pub rebuild: bool,
}

#[derive(Debug, clap::Args)]
pub struct AlignArgs {
    /// Two documents, in any of ko, ja, en.
    #[arg(required = true, num_args = 2..=3)]
    pub files: Vec<PathBuf>,
    /// One segment per line (no segmentation).
    #[arg(long)]
    pub presplit: bool,
    /// Languages of the files, in order (e.g. ko,en); detected when absent.
    #[arg(long)]
    pub langs: Option<String>,
    /// Output format: jsonl, tsv or tmx (xliff2, xliff12 come later).
    #[arg(long, default_value = "jsonl")]
    pub format: String,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Align even documents that do not look like translations of each other (see `align::refuse`).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct SegmentArgs {
    pub file: PathBuf,
    /// Language (ko, ja, en); detected when absent.
    #[arg(long)]
    pub lang: Option<String>,
    /// lines or jsonl.
    #[arg(long, default_value = "lines")]
    pub format: String,
}

#[derive(Debug, clap::Args)]
pub struct LangidArgs {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Also identify each block.
    #[arg(long)]
    pub blocks: bool,
    /// text or jsonl.
    #[arg(long, default_value = "text")]
    pub format: String,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    pub file: PathBuf,
    /// Language (ko, ja, en); detected when absent.
    #[arg(long)]
    pub lang: Option<String>,
    /// jsonl.
    #[arg(long, default_value = "jsonl")]
    pub format: String,
}

#[derive(Debug, clap::Args)]
pub struct PairArgs {
    pub dir: PathBuf,
    #[arg(long, default_value = "text")]
    pub format: String,
}

#[derive(Debug, clap::Args)]
pub struct QaArgs {
    /// A TSV file with a header of language codes.
    pub input: PathBuf,
    /// text or json.
    #[arg(long, default_value = "text")]
    pub format: String,
    /// Exit 1 when findings at or above this severity exist: error, warning or never.
    #[arg(long, default_value = "error")]
    pub fail_on: String,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// What to evaluate: segment, align or numbers (qa comes later).
    pub what: String,
    /// Hand-made gold of the sample releases.
    #[arg(long, default_value = "tests/gold")]
    pub gold: PathBuf,
    /// The sample releases (raw files for `eval segment`).
    #[arg(long, default_value = "corpus")]
    pub corpus: PathBuf,
    /// `eval segment`: the project's press-style cases.
    #[arg(long, default_value = "tests/segmentation/press_cases.jsonl")]
    pub cases: PathBuf,
    /// Third-party gold data (segmentation sets, NTREX); skipped with a warning when absent.
    #[arg(long, default_value = "../shared/data")]
    pub data: PathBuf,
    /// markdown or json.
    #[arg(long, default_value = "markdown")]
    pub format: String,
    /// `eval align`: also write every case (segments and gold) under this folder, for a peer aligner.
    #[arg(long)]
    pub dump: Option<PathBuf>,
    /// `eval align`: fit priors, weights and confidence on the tuning half of NTREX and print them (nothing is
    /// changed; the printed values are what the committed defaults come from).
    #[arg(long)]
    pub fit: bool,
    /// `eval align`: fit the refusal model on the tuning half of NTREX and print its weights, threshold and the
    /// feature distributions (nothing is changed; the printed values are what `align::refuse` commits).
    #[arg(long)]
    pub fit_refusal: bool,
    /// `eval align`: leave out the reported half of NTREX (its table rows, joint and three-way rows and refusal
    /// row), for tuning work, which must not look at it. `tests/gold` is kept.
    #[arg(long)]
    pub tune_only: bool,
    /// `eval align` with `--dump`: score the peer output `<case>/<PEER>.jsonl` found there.
    #[arg(long, requires = "dump")]
    pub peer: Option<String>,
    /// `eval segment`: print, instead of the table, every record not split exactly as its gold, one JSON
    /// object per line (`set`, `id`, `gold`, `got`).
    #[arg(long)]
    pub failures: bool,
    /// `eval numbers`: also list every failing case on standard error (set, input, expected, found).
    #[arg(long, short)]
    pub verbose: bool,
    /// `eval numbers`: the project's equivalence and near-miss gold.
    #[arg(long, default_value = "tests/numbers")]
    pub numbers_gold: PathBuf,
    /// `eval numbers`: values the renderer writes per style.
    #[arg(long, default_value_t = 10_000)]
    pub values: usize,
}
