//! The commands that show one stage on one file: `segment`, `langid`, `extract`.

use super::{analyse, Out};
use pressalign::cli::{self, config};
use pressalign::langid;
use pressalign::types::Lang;
use serde_json::json;

pub(crate) fn segment(a: &cli::SegmentArgs, out: &mut Out) -> anyhow::Result<u8> {
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

pub(crate) fn langid_cmd(a: &cli::LangidArgs, out: &mut Out) -> anyhow::Result<u8> {
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

pub(crate) fn extract(a: &cli::ExtractArgs, out: &mut Out) -> anyhow::Result<u8> {
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
