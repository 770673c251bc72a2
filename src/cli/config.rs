//! Flags → validated settings. Every user value is checked here and turned into an [`Error::Usage`] (or
//! [`Error::Unsupported`] for what is not built yet) instead of a panic later.
//!
//! In: the clap types of [`super`]. Out: the library's config types and small enums. Not done here: running.

use crate::batch::BatchConfig;
use crate::error::{Error, Result};
use crate::export::{tmx, Format};
use crate::pipeline::PipelineConfig;
use crate::types::{Lang, Severity};

/// `--fail-on`: the lowest severity that makes the exit code 1, or `None` for never.
pub fn fail_on(s: &str) -> Result<Option<Severity>> {
    match s {
        "error" => Ok(Some(Severity::Error)),
        "warning" => Ok(Some(Severity::Warning)),
        "never" => Ok(None),
        other => Err(Error::Usage(format!(
            "--fail-on: unknown value '{other}' (expected error, warning or never)"
        ))),
    }
}

/// `--langs ko,en`: exactly `count` different supported languages.
pub fn langs(s: &str, count: usize) -> Result<Vec<Lang>> {
    let v = s
        .split(',')
        .map(|x| {
            x.parse::<Lang>()
                .map_err(|e| Error::Usage(format!("--langs: {e}")))
        })
        .collect::<Result<Vec<Lang>>>()?;
    if v.len() != count {
        return Err(Error::Usage(format!(
            "--langs: {} languages given for {count} files",
            v.len()
        )));
    }
    if (1..v.len()).any(|i| v[..i].contains(&v[i])) {
        return Err(Error::Usage(
            "--langs: each file needs a different language".into(),
        ));
    }
    Ok(v)
}

/// `--lang ko` (or absent for detection).
pub fn lang(s: Option<&str>) -> Result<Option<Lang>> {
    s.map(|x| {
        x.parse::<Lang>()
            .map_err(|e| Error::Usage(format!("--lang: {e}")))
    })
    .transpose()
}

/// Checks a `--format` value against what a command supports now and what comes later.
pub fn format<'a>(
    flag: &str,
    value: &'a str,
    supported: &[&str],
    later: &[&str],
) -> Result<&'a str> {
    if supported.contains(&value) {
        Ok(value)
    } else if later.contains(&value) {
        Err(Error::Unsupported(format!("{flag} {value}")))
    } else {
        Err(Error::Usage(format!(
            "{flag}: unknown value '{value}' (expected {})",
            supported.join(", ")
        )))
    }
}

/// `run` flags → batch settings.
pub fn run(a: &super::RunArgs) -> Result<BatchConfig> {
    if let Some(m) = a.min_score {
        if !(0.0..=1.0).contains(&m) {
            return Err(Error::Usage(format!("--min-score: {m} is not in [0, 1]")));
        }
    }
    if a.rebuild {
        return Err(Error::Unsupported("run --rebuild".into()));
    }
    if a.source_lang != "auto" {
        return Err(Error::Unsupported(format!(
            "run --source-lang {}",
            a.source_lang
        )));
    }
    let mut formats = Vec::new();
    for f in a.formats.split(',').map(str::trim) {
        match format(
            "--formats",
            f,
            &["tmx", "json"],
            &["xliff2", "xliff12", "html"],
        )? {
            "tmx" => formats.push(Format::Tmx),
            _ => formats.push(Format::Json),
        }
    }
    formats.sort();
    formats.dedup();
    Ok(BatchConfig {
        threads: a.threads,
        formats,
        creation_date: creation_date()?,
        pipeline: PipelineConfig::default(),
        min_score: a.min_score,
    })
}

/// `SOURCE_DATE_EPOCH` (reproducible-builds convention) as a TMX date; absent means no `creationdate`.
pub fn creation_date() -> Result<Option<String>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => v
            .trim()
            .parse::<i64>()
            .map(|s| Some(tmx::tmx_date(s)))
            .map_err(|_| {
                Error::Usage(format!("SOURCE_DATE_EPOCH: not a number of seconds: '{v}'"))
            }),
        Err(_) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn langs_validation() {
        assert_eq!(langs("ko,en-US", 2).unwrap(), vec![Lang::Ko, Lang::En]);
        assert!(langs("ko,fr", 2).unwrap_err().to_string().contains("'fr'"));
        assert!(langs("ko", 2).is_err());
        assert!(langs("ko,ko", 2).is_err());
    }

    #[test]
    fn formats_later_are_unsupported_not_unknown() {
        assert!(matches!(
            format("--format", "xliff2", &["jsonl"], &["xliff2"]),
            Err(Error::Unsupported(_))
        ));
        assert!(matches!(
            format("--format", "pdf", &["jsonl"], &["xliff2"]),
            Err(Error::Usage(_))
        ));
    }
}
