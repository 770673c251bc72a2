//! The pressalign binary: parse flags, validate them into library settings, run one command, print, exit.
//! This is the only place that prints or decides exit codes: 0 ok, 1 findings at or above `--fail-on`, 2 error.
#![forbid(unsafe_code)]

use anyhow::{bail, Context};
use clap::Parser;
use pressalign::align::Aligner;
use pressalign::cli::{self, config, Cli, Command};
use pressalign::pipeline::{self, Analysed, PipelineConfig};
use pressalign::qa::{Counts, Finding};
use pressalign::types::{Lang, Severity};
use pressalign::{batch, export, langid, read, Error};
use rayon::prelude::*;
use serde_json::json;
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

type Out<'a> = dyn Write + 'a;

fn dispatch(command: Command, out: &mut Out) -> anyhow::Result<u8> {
    match command {
        Command::Run(a) => run(&a),
        Command::Align(a) => align(&a, out),
        Command::Segment(a) => segment(&a, out),
        Command::Langid(a) => langid_cmd(&a, out),
        Command::Extract(a) => extract(&a, out),
        Command::Qa(a) => qa(&a, out),
        Command::Pair(_) => {
            Err(Error::Unsupported("pair (grouping loose files into releases)".into()).into())
        }
        Command::Eval(a) => eval(&a, out),
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
    Ok(exit_code(report.failed > 0, report.counts, fail_on))
}

fn exit_code(failed: bool, counts: Counts, fail_on: Option<Severity>) -> u8 {
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
fn analyse(path: &std::path::Path, lang: Option<Lang>, presplit: bool) -> anyhow::Result<Analysed> {
    let cfg = PipelineConfig { presplit };
    report(path, pipeline::analyse_file(path, lang, &cfg)?)
}

/// [`analyse`] for several files at the same time; warnings and errors are reported in file order.
fn analyse_all(
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
fn report(path: &std::path::Path, a: Analysed) -> anyhow::Result<Analysed> {
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

fn align(a: &cli::AlignArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = config::format(
        "--format",
        &a.format,
        &["jsonl", "tsv", "tmx"],
        &["xliff2", "xliff12"],
    )?;
    let langs = match &a.langs {
        Some(s) => config::langs(s, a.files.len())?
            .into_iter()
            .map(Some)
            .collect(),
        None => vec![None; a.files.len()],
    };
    let docs = analyse_all(&a.files, &langs, a.presplit)?;
    if docs.len() == 3 {
        return align_three(a, &docs, format, out);
    }
    let (x, y) = (&docs[0], &docs[1]);
    if x.lang().is_none() || y.lang().is_none() {
        return Ok(0);
    }
    if x.lang() == y.lang() {
        bail!(
            "{} and {} are both {}; give --langs if detection is wrong",
            a.files[0].display(),
            a.files[1].display(),
            x.lang().expect("checked")
        );
    }
    let pair = if a.force {
        pipeline::align_pair(x, y)?
    } else {
        use pressalign::align::refuse;
        let (la, lb) = (x.lang().expect("checked"), y.lang().expect("checked"));
        let (sx, sy) = (x.segments(), y.segments());
        let (full, score) = refuse::align_and_score(&Aligner::new(la, lb), &sx, &sy);
        if refuse::refuses(sx.len(), sy.len(), score) {
            bail!(
                "{} and {} do not look like translations of each other (document score {:.3} < {}); use --force to align them anyway",
                a.files[0].display(),
                a.files[1].display(),
                score,
                refuse::THRESHOLD
            );
        }
        pipeline::PairAlignment {
            a: la,
            b: lb,
            beads: full.beads,
        }
    };
    let mut buf: Vec<u8> = Vec::new();
    match format {
        "jsonl" => {
            for b in &pair.beads {
                let idx = |r: &std::ops::Range<u32>| {
                    serde_json::to_string(&r.clone().collect::<Vec<u32>>())
                };
                writeln!(
                    buf,
                    "{{\"{}\":{},\"{}\":{},\"score\":{}}}",
                    pair.a,
                    idx(&b.a)?,
                    pair.b,
                    idx(&b.b)?,
                    serde_json::to_string(&b.score)?
                )?;
            }
        }
        "tsv" => {
            writeln!(buf, "{}\t{}", pair.a, pair.b)?;
            for b in pair
                .beads
                .iter()
                .filter(|b| !b.a.is_empty() && !b.b.is_empty())
            {
                writeln!(
                    buf,
                    "{}\t{}",
                    x.range_text(b.a.clone()),
                    y.range_text(b.b.clone())
                )?;
            }
        }
        _ => {
            let units = export::tmx::units_for_pair(x, y, &pair.beads);
            let header = export::tmx::Header {
                source_tag: pair.a.default_tag().into(),
                target_tag: pair.b.default_tag().into(),
                creation_date: config::creation_date()?,
            };
            buf = export::tmx::write(&header, &units);
        }
    }
    match &a.output {
        Some(path) => export::write_atomic(path, &buf)?,
        None => out.write_all(&buf)?,
    }
    free_in_parallel(docs);
    Ok(0)
}

/// Drops analysed documents on as many threads as there are: every name mention owns its keys, so freeing two
/// long documents one after the other is a noticeable part of a short command.
fn free_in_parallel(docs: Vec<pipeline::Analysed>) {
    use rayon::prelude::*;
    docs.into_par_iter().for_each(drop);
}

/// `align A B C`: the joint three-way alignment (jsonl only).
fn align_three(
    a: &cli::AlignArgs,
    docs: &[Analysed],
    format: &str,
    out: &mut Out,
) -> anyhow::Result<u8> {
    if format != "jsonl" {
        return Err(
            Error::Unsupported(format!("align with three files and --format {format}")).into(),
        );
    }
    let mut by_lang: Vec<&Analysed> = Vec::new();
    for l in Lang::ALL {
        match docs.iter().filter(|d| d.lang() == Some(l)).count() {
            1 => by_lang.push(docs.iter().find(|d| d.lang() == Some(l)).expect("counted")),
            _ => bail!("align with three files needs one Korean, one Japanese and one English document (give --langs if detection is wrong)"),
        }
    }
    let (tri, _) = pipeline::align_three([by_lang[0], by_lang[1], by_lang[2]], &[]);
    let mut buf: Vec<u8> = Vec::new();
    for t in &tri {
        let idx =
            |r: &std::ops::Range<u32>| serde_json::to_string(&r.clone().collect::<Vec<u32>>());
        writeln!(
            buf,
            "{{\"ko\":{},\"ja\":{},\"en\":{},\"score\":{}}}",
            idx(&t.sides[0])?,
            idx(&t.sides[1])?,
            idx(&t.sides[2])?,
            serde_json::to_string(&t.score)?
        )?;
    }
    match &a.output {
        Some(path) => export::write_atomic(path, &buf)?,
        None => out.write_all(&buf)?,
    }
    Ok(0)
}

fn segment(a: &cli::SegmentArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = config::format("--format", &a.format, &["lines", "jsonl"], &[])?;
    let doc = analyse(&a.file, config::lang(a.lang.as_deref())?, false)?;
    for (i, s) in doc.sentences.iter().enumerate() {
        if format == "lines" {
            writeln!(out, "{}", doc.sentence_text(i))?;
        } else {
            let v = json!({
                "i": i,
                "start": s.span.start,
                "end": s.span.end,
                "text": doc.doc.slice(s.span),
                "block": s.block,
                "lang": doc.sentence_lang(i).map_or("unsupported", Lang::code),
            });
            writeln!(out, "{v}")?;
        }
    }
    Ok(0)
}

fn langid_cmd(a: &cli::LangidArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = config::format("--format", &a.format, &["text", "jsonl"], &[])?;
    for path in &a.files {
        let doc = pressalign::ingest::read_document(path)?;
        if doc.replaced > 0 {
            eprintln!(
                "pressalign: warning: {}: {} undecodable bytes replaced by U+FFFD",
                path.display(),
                doc.replaced
            );
        }
        let g = langid::identify(&doc.text);
        let lang = g.lang.map_or("unsupported", Lang::code);
        if format == "text" {
            writeln!(
                out,
                "{}\t{}\t{:.2}\t{}\t{}",
                path.display(),
                lang,
                g.confidence,
                g.method,
                doc.encoding
            )?;
            if a.blocks {
                for b in &doc.blocks {
                    let bg = langid::identify_block(doc.slice(b.span), g.lang);
                    let (line, col) = doc.line_col(b.span.start);
                    writeln!(
                        out,
                        "  {line}:{col}\t{}\t{:?}",
                        bg.lang.map_or("unsupported", Lang::code),
                        b.kind
                    )?;
                }
            }
        } else {
            let mut v = json!({
                "path": path.display().to_string(),
                "lang": g.lang,
                "confidence": (g.confidence * 100.0).round() / 100.0,
                "method": g.method,
                "encoding": doc.encoding,
                "dropped_bytes": doc.dropped,
            });
            if a.blocks {
                v["blocks"] = doc
                    .blocks
                    .iter()
                    .map(|b| {
                        let bg = langid::identify_block(doc.slice(b.span), g.lang);
                        json!({"start": b.span.start, "end": b.span.end, "kind": b.kind, "lang": bg.lang, "method": bg.method})
                    })
                    .collect();
            }
            writeln!(out, "{v}")?;
        }
    }
    Ok(0)
}

fn extract(a: &cli::ExtractArgs, out: &mut Out) -> anyhow::Result<u8> {
    config::format("--format", &a.format, &["jsonl"], &[])?;
    let doc = analyse(&a.file, config::lang(a.lang.as_deref())?, false)?;
    for n in doc.features.iter().flat_map(|f| &f.numbers) {
        let mut v = json!({
            "kind": n.kind,
            "surface": doc.doc.slice(n.span),
            "start": n.span.start,
            "end": n.span.end,
            "value": n.value,
            "unit": n.unit,
            "qualifier": n.qualifier,
            "lang": doc.lang(),
        });
        if let Some(d) = &n.date {
            v["date"] = json!(d);
        }
        if let Some(w) = n.weekday {
            v["weekday"] = json!(w);
        }
        writeln!(out, "{v}")?;
    }
    for e in doc.features.iter().flat_map(|f| &f.entities) {
        let v = json!({
            "kind": "entity",
            "surface": doc.doc.slice(e.span),
            "start": e.span.start,
            "end": e.span.end,
            "key": e.key,
            "lang": doc.lang(),
        });
        writeln!(out, "{v}")?;
    }
    Ok(0)
}

fn qa(a: &cli::QaArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = config::format("--format", &a.format, &["text", "json"], &[])?;
    let fail_on = config::fail_on(&a.fail_on)?;
    let ext = a
        .input
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if a.input.is_dir() || ext == "tmx" || ext == "xlf" || ext == "xliff" {
        return Err(Error::Unsupported(format!(
            "qa on {} (TMX, XLIFF and aligned folders)",
            a.input.display()
        ))
        .into());
    }
    let rows = read::tsv::read(&a.input)?;
    let findings: Vec<Finding> = rows
        .iter()
        .enumerate()
        .flat_map(|(i, r)| pressalign::qa::check_row(i as u32, r))
        .collect();
    if format == "json" {
        let report = export::report::QaReport {
            release: a.input.file_stem().and_then(|s| s.to_str()).unwrap_or(""),
            findings: findings.iter().collect(),
            low_score: Vec::new(),
        };
        out.write_all(&export::report::to_json(&report))?;
    } else {
        for f in &findings {
            let (lang, seg) = f
                .suspect
                .and_then(|l| f.segments.get_key_value(&l))
                .or_else(|| f.segments.iter().next())
                .expect("a finding has segments");
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {} ({})",
                seg.file,
                seg.line,
                seg.column,
                severity_name(f.severity),
                kind_name(f),
                f.message,
                lang
            )?;
        }
        let c = Counts::of(&findings);
        writeln!(
            out,
            "{} rows checked: {} error, {} warning, {} info",
            rows.len(),
            c.error,
            c.warning,
            c.info
        )?;
    }
    Ok(exit_code(false, Counts::of(&findings), fail_on))
}

fn eval(a: &cli::EvalArgs, out: &mut Out) -> anyhow::Result<u8> {
    use pressalign::eval;
    let format = config::format("--format", &a.format, &["markdown", "json"], &[])?;
    let have_data = a.data.is_dir();
    if !have_data {
        eprintln!(
            "pressalign: warning: {}: no third-party gold data there; only the project gold is evaluated",
            a.data.display()
        );
    }
    let text = match a.what.as_str() {
        "segment" => {
            let mut rows = eval::segment::project_gold(&a.gold, &a.corpus)?;
            let (press, mut failures) = eval::segment::press_cases(&a.cases)?;
            rows.extend(press);
            let press_failed: Vec<String> = failures.iter().map(|f| f.id.clone()).collect();
            let errata_path = a.cases.with_file_name("errata.jsonl");
            let errata = eval::segment::read_errata(&errata_path)?;
            if have_data {
                let (data_rows, data_failures) = eval::segment::data_sets(&a.data)?;
                rows.extend(data_rows);
                failures.extend(data_failures);
            }
            if a.failures {
                let mut s = String::new();
                for f in &failures {
                    s.push_str(&serde_json::to_string(f)?);
                    s.push('\n');
                }
                s
            } else {
                match format {
                    "json" => format!("{}\n", eval::segment_json(&rows)),
                    _ => format!(
                        "{}\n{}{}\nPress cases not split exactly as their gold ({}): {}\n",
                        eval::segment_markdown(&rows),
                        eval::segment_summary(&rows),
                        eval::errata_summary(&rows, &failures, &errata),
                        press_failed.len(),
                        if press_failed.is_empty() {
                            "none".to_string()
                        } else {
                            press_failed.join(", ")
                        }
                    ),
                }
            }
        }
        "align" => {
            let mut cases = eval::align::project_cases(&a.gold)?;
            let mut cases3 = eval::align::project_cases3(&a.gold)?;
            if have_data {
                let natural = eval::align::natural_docs(&a.data)?;
                cases.extend(eval::align::natural_cases(&natural));
                cases3.extend(eval::align::natural_cases3(&natural));
                cases.extend(eval::align::ntrex_cases(&a.data)?);
            }
            if a.tune_only {
                cases.retain(|c| !eval::align::is_reported(&c.set));
                cases3.retain(|c| !eval::align::is_reported(&c.set));
            }
            if a.fit_refusal {
                let natural = eval::align::natural_docs(&a.data)?;
                out.write_all(eval::refusal::fit(&eval::refusal::pairs(&natural)?).as_bytes())?;
                return Ok(0);
            }
            if a.fit {
                out.write_all(eval::fit::fit(&cases)?.as_bytes())?;
                out.write_all(eval::fit::fit3(&cases3)?.as_bytes())?;
                return Ok(0);
            }
            if let Some(dir) = &a.dump {
                eval::align::dump(&cases, dir)?;
                eprintln!(
                    "pressalign: wrote {} cases under {}",
                    cases.len(),
                    dir.display()
                );
            }
            let tests = eval::align::align_cases(&cases)?;
            if let Some(dir) = &a.dump {
                eval::align::dump_own(&cases, &tests, dir)?;
            }
            let mut rows = eval::align::rows(&cases, &tests, "");
            if let (Some(dir), Some(peer)) = (&a.dump, &a.peer) {
                rows.extend(eval::align::score_dumped(&cases, dir, peer)?);
            }
            let (tri_rows, joint_rows) = eval::align::evaluate3(&cases3)?;
            let refusal = if have_data {
                let mut natural = eval::align::natural_docs(&a.data)?;
                if a.tune_only {
                    natural.retain(|d| eval::align::half_name(d.k) == "tune");
                }
                let mut rows = eval::refusal::rows(&eval::refusal::pairs(&natural)?);
                rows.retain(|r| !a.tune_only || r.half == "tune");
                rows
            } else {
                Vec::new()
            };
            rows.extend(joint_rows);
            match format {
                "json" => {
                    let mut v = eval::align_json(&rows);
                    if let Some(list) = v["rows"].as_array_mut() {
                        list.extend(eval::tri_json(&tri_rows));
                    }
                    v["refusal"] = eval::refusal_json(&refusal);
                    format!("{v}\n")
                }
                _ => format!(
                    "{}\nThree-way (exact ko-ja-en bead match):\n\n{}\nRefusal of unrelated documents (natural NTREX, documents with at least 10 segments; logistic document score of `align::refuse`, refused below {}):\n\n{}",
                    eval::align_markdown(&rows),
                    eval::tri_markdown(&tri_rows),
                    pressalign::align::refuse::THRESHOLD,
                    eval::refusal_markdown(&refusal)
                ),
            }
        }
        "numbers" => {
            let (spec, failures) = if have_data {
                eval::numbers::evaluate(&a.data)?
            } else {
                (Vec::new(), Vec::new())
            };
            let (rendered, render_failures) = eval::render::evaluate(a.values, 20);
            let suites = eval::equivalence::evaluate(&a.numbers_gold)?;
            if a.verbose {
                for f in &failures {
                    eprintln!("{}\t{}\twant {}\tgot {}", f.set, f.input, f.expected, f.got);
                }
                for f in &render_failures {
                    eprintln!("{f}");
                }
                for (name, r) in &suites {
                    for f in &r.failures {
                        eprintln!("suite/{name}\t{f}");
                    }
                }
            }
            match format {
                "json" => format!("{}\n", eval::numbers_json(&spec, &rendered, &suites)),
                _ => eval::numbers_markdown(&spec, &rendered, &suites),
            }
        }
        "qa" => return Err(Error::Unsupported(format!("eval {}", a.what)).into()),
        other => bail!("eval: unknown set '{other}' (expected segment, align or numbers)"),
    };
    out.write_all(text.as_bytes())?;
    Ok(0)
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn kind_name(f: &Finding) -> String {
    serde_json::to_value(f.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
