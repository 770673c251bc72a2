//! `align`: two documents (a pairwise alignment, refused when they do not look like translations unless
//! `--force`) or three (the joint three-way alignment), written as jsonl, tsv, TMX or XLIFF.

use super::{analyse_all, Out};
use anyhow::bail;
use pressalign::align::Aligner;
use pressalign::cli::{self, config};
use pressalign::pipeline::{self, Analysed};
use pressalign::types::Lang;
use pressalign::{export, Error};
use std::io::Write;

pub(crate) fn align(a: &cli::AlignArgs, out: &mut Out) -> anyhow::Result<u8> {
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
pub(crate) fn free_in_parallel(docs: Vec<pipeline::Analysed>) {
    use rayon::prelude::*;
    docs.into_par_iter().for_each(drop);
}

/// `align A B C`: the joint three-way alignment (jsonl only).
pub(crate) fn align_three(
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
