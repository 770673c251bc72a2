//! `qa`: number and date agreement of aligned pairs from a TSV file, printed as findings.

use super::{exit_code, Out};
use pressalign::cli::{self, config};
use pressalign::qa::{Counts, Finding};
use pressalign::types::Severity;
use pressalign::{export, read, Error};

pub(crate) fn qa(a: &cli::QaArgs, out: &mut Out) -> anyhow::Result<u8> {
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

pub(crate) fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

pub(crate) fn kind_name(f: &Finding) -> String {
    serde_json::to_value(f.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
