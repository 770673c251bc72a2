//! The pressalign binary: parse flags, validate them into library settings, run one command, print, exit.
//! This is the only place that prints or decides exit codes: 0 ok, 1 findings at or above `--fail-on`, 2 error.
#![forbid(unsafe_code)]

mod commands;

use anyhow::Context;
use clap::Parser;
use pressalign::cli::{self, config, Cli, Command};
use pressalign::{batch, Error};
use std::io::{self, Write};
use std::process::ExitCode;

/// mimalloc instead of the system allocator: extraction makes about 270,000 small allocations for a
/// 2,000-sentence document pair (every name mention owns its keys), and glibc's malloc and free were 7% of the
/// `align` command's instructions (callgrind, NTREX ko-en: 1.083G with glibc, 1.020G with mimalloc).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = dispatch(cli.command, &mut out).and_then(|code| {
        out.flush()?;
        Ok(code)
    });
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pressalign: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(command: Command, out: &mut commands::Out) -> anyhow::Result<u8> {
    match command {
        Command::Run(a) => run(&a),
        Command::Align(a) => commands::align::align(&a, out),
        Command::Segment(a) => commands::inspect::segment(&a, out),
        Command::Langid(a) => commands::inspect::langid_cmd(&a, out),
        Command::Extract(a) => commands::inspect::extract(&a, out),
        Command::Qa(a) => commands::qa::qa(&a, out),
        Command::Pair(_) => {
            Err(Error::Unsupported("pair (grouping loose files into releases)".into()).into())
        }
        Command::Eval(a) => commands::eval::eval(&a, out),
    }
}

fn run(a: &cli::RunArgs) -> anyhow::Result<u8> {
    let cfg = config::run(a)?;
    let fail_on = config::fail_on(&a.fail_on)?;
    let report = batch::run(&a.corpus, &a.output, &cfg)
        .with_context(|| format!("run {}", a.corpus.display()))?;
    for m in &report.messages {
        eprintln!("pressalign: {m}");
    }
    let t = &report.summary.totals;
    eprintln!(
        "pressalign: {} releases ({} ok, {} unpaired, {} unsupported, {} failed), {} sentences, {} beads; findings: {} error, {} warning, {} info → {}",
        t.releases,
        t.ok,
        t.unpaired,
        t.unsupported,
        t.failed,
        t.sentences,
        t.beads,
        t.findings.error,
        t.findings.warning,
        t.findings.info,
        a.output.display()
    );
    Ok(commands::exit_code(
        report.failed > 0,
        report.counts,
        fail_on,
    ))
}
