//! Ingest: bytes of one file → a [`Document`] with decoded text and blocks.
//!
//! In: a path and its bytes. Out: `Document { text, blocks, encoding, replaced }`. The text is the decoded file,
//! character for character (a BOM is dropped), so byte spans map back to the file's lines and columns. Not done
//! here: language identification, sentence splitting. HTML pages go through `html.rs`; plain text with PDF
//! artefacts (page numbers, running headers, hard wraps, letter-spaced capitals) through `repair.rs`. Both keep a
//! map from the document text back to the file.

mod html;
mod repair;
mod text;

use crate::error::{Error, Result};
use crate::types::Document;
use std::path::Path;

/// Reads and decodes a file. A missing file is an [`Error::Io`]; a file with NUL bytes that is not UTF-16 is an
/// [`Error::Binary`].
pub fn read_document(path: &Path) -> Result<Document> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if is_html(path) {
        return html_document_from_bytes(path, &bytes);
    }
    document_from_bytes(path, &bytes)
}

/// Decodes an HTML page and extracts its release body (see `html.rs`).
pub fn html_document_from_bytes(path: &Path, bytes: &[u8]) -> Result<Document> {
    let (raw, encoding, replaced) =
        match (encoding_rs::Encoding::for_bom(bytes), meta_charset(bytes)) {
            (None, Some(enc)) => {
                let (text, had_errors) = enc.decode_without_bom_handling(bytes);
                let replaced = if had_errors {
                    count_replacements(&text)
                } else {
                    0
                };
                (text.into_owned(), enc.name(), replaced)
            }
            _ => decode(path, bytes)?,
        };
    let e = html::extract(&raw);
    Ok(Document {
        path: path.to_path_buf(),
        text: e.text,
        blocks: e.blocks,
        encoding,
        replaced,
        dropped: e.dropped,
        origin: Some(crate::types::Origin {
            raw,
            starts: e.origins,
        }),
    })
}

/// True for `.html`/`.htm` files, which need their own reader.
pub fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Reads a presplit file (one segment per line): decoded, never repaired or extracted, since its lines are the
/// segments.
pub fn read_presplit(path: &Path) -> Result<Document> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    presplit_document_from_bytes(path, &bytes)
}

/// [`read_presplit`] for bytes in memory.
pub fn presplit_document_from_bytes(path: &Path, bytes: &[u8]) -> Result<Document> {
    let (text, encoding, replaced) = decode(path, bytes)?;
    Ok(Document {
        path: path.to_path_buf(),
        blocks: text::blocks(&text),
        text,
        encoding,
        replaced,
        dropped: 0,
        origin: None,
    })
}

/// Decodes bytes that came from `path` (used for messages and [`Document::path`]), repairing PDF artefacts.
pub fn document_from_bytes(path: &Path, bytes: &[u8]) -> Result<Document> {
    let (raw, encoding, replaced) = decode(path, bytes)?;
    let (text, dropped, origin) = match repair::repair(&raw) {
        Some(r) => (
            r.text,
            r.dropped,
            Some(crate::types::Origin {
                raw,
                starts: r.starts,
            }),
        ),
        None => (raw, 0, None),
    };
    let blocks = text::blocks(&text);
    Ok(Document {
        path: path.to_path_buf(),
        text,
        blocks,
        encoding,
        replaced,
        dropped,
        origin,
    })
}

/// Decodes with this precedence: a BOM; valid UTF-8; else chardetng's guess. Undecodable bytes become U+FFFD and
/// are counted.
fn decode(path: &Path, bytes: &[u8]) -> Result<(String, &'static str, usize)> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        let replaced = if had_errors {
            count_replacements(&text)
        } else {
            0
        };
        return Ok((text.into_owned(), enc.name(), replaced));
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    // ISO-2022-JP is 7-bit and so valid UTF-8: its escape sequences give it away.
    let iso_2022_jp = bytes
        .windows(3)
        .any(|w| matches!(w, [0x1B, b'$', b'B' | b'@'] | [0x1B, b'(', b'J']));
    if !iso_2022_jp {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return Ok((text.to_string(), "UTF-8", 0));
        }
        // UTF-8 with a few broken bytes (a truncated copy, a stray Latin-1 byte) stays UTF-8: guessing a legacy
        // encoding for the whole file would garble every correct character to save a handful.
        let (multibyte, invalid) = utf8_health(bytes);
        if multibyte > 0 && invalid * 100 <= bytes.len() {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let replaced = count_replacements(&text);
            return Ok((text, "UTF-8", replaced));
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, had_errors) = enc.decode(bytes);
    let replaced = if had_errors {
        count_replacements(&text)
    } else {
        0
    };
    Ok((text.into_owned(), enc.name(), replaced))
}

/// Characters of two or more bytes in the valid parts of `bytes`, and the number of invalid bytes.
fn utf8_health(bytes: &[u8]) -> (usize, usize) {
    let (mut multibyte, mut invalid) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| c.len_utf8() > 1).count();
        invalid += chunk.invalid().len();
    }
    (multibyte, invalid)
}

/// The encoding an HTML page declares in its first 1,024 bytes (`<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`).
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

fn count_replacements(text: &str) -> usize {
    text.chars().filter(|&c| c == '\u{FFFD}').count()
}

/// Splits presplit input (one segment per line) into line spans, keeping empty lines as empty spans. A final
/// newline does not start another segment.
pub fn presplit_lines(text: &str) -> Vec<crate::types::Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            spans.push(crate::types::Span::new(start, end));
            start = i + 1;
        }
    }
    if start < text.len() {
        let end = if text.ends_with('\r') {
            text.len() - 1
        } else {
            text.len()
        };
        spans.push(crate::types::Span::new(start, end));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped_and_named() {
        let doc = document_from_bytes(Path::new("a.txt"), b"\xEF\xBB\xBFabc").unwrap();
        assert_eq!(doc.text, "abc");
        assert_eq!(doc.encoding, "UTF-8");
    }

    #[test]
    fn utf16le_with_bom_decodes() {
        let bytes = [0xFF, 0xFE, b'h', 0, b'i', 0];
        let doc = document_from_bytes(Path::new("a.txt"), &bytes).unwrap();
        assert_eq!(doc.text, "hi");
        assert_eq!(doc.encoding, "UTF-16LE");
    }

    #[test]
    fn euc_kr_is_detected() {
        let (bytes, _, _) = encoding_rs::EUC_KR
            .encode("서울특별시는 오늘 새로운 기후 정책을 발표했다. 시민 3천여 명이 참석했다.");
        let doc = document_from_bytes(Path::new("a.txt"), &bytes).unwrap();
        assert!(doc.text.starts_with("서울특별시는"), "{}", doc.text);
        assert_eq!(doc.encoding, "EUC-KR");
    }

    /// Every legacy encoding of the issue, detected without a BOM or a meta tag, on a press-like paragraph.
    #[test]
    fn legacy_encodings_are_detected() {
        let ja = "横浜市は本日、バンコク都と脱炭素化に関する覚書を締結しました。市長は「アジアの都市と連携を深める」と述べました。";
        let ko = "서울특별시는 오늘 새로운 기후 정책을 발표했다. 시민 3천여 명이 참석했으며 시장은 협력을 강조했다.";
        let cases: &[(&str, &'static encoding_rs::Encoding, &str)] = &[
            ("shift_jis", encoding_rs::SHIFT_JIS, ja),
            ("euc_jp", encoding_rs::EUC_JP, ja),
            ("iso_2022_jp", encoding_rs::ISO_2022_JP, ja),
            ("euc_kr", encoding_rs::EUC_KR, ko),
        ];
        for (name, enc, text) in cases {
            let (bytes, _, unmappable) = enc.encode(text);
            assert!(!unmappable, "case {name}: sample not encodable");
            let doc = document_from_bytes(Path::new("a.txt"), &bytes).unwrap();
            assert_eq!(doc.encoding, enc.name(), "case {name}");
            assert_eq!(doc.text, *text, "case {name}");
            assert_eq!(doc.replaced, 0, "case {name}");
        }
    }

    #[test]
    fn utf16be_with_bom_decodes() {
        let bytes = [0xFE, 0xFF, 0, b'h', 0, b'i'];
        let doc = document_from_bytes(Path::new("a.txt"), &bytes).unwrap();
        assert_eq!((doc.text.as_str(), doc.encoding), ("hi", "UTF-16BE"));
    }

    #[test]
    fn undecodable_bytes_are_replaced_and_counted() {
        let mut bytes = "서울시는 오늘 발표했다. ".repeat(20).into_bytes();
        bytes.extend_from_slice(&[0xFF, 0xFE, b'x']);
        bytes.extend_from_slice("시민이 참석했다.".as_bytes());
        let doc = document_from_bytes(Path::new("a.txt"), &bytes).unwrap();
        assert_eq!(doc.encoding, "UTF-8");
        assert_eq!(doc.replaced, 2);
        assert!(doc.text.contains("\u{FFFD}\u{FFFD}x시민"), "{}", doc.text);
    }

    #[test]
    fn html_meta_charset_wins() {
        let (body, _, _) = encoding_rs::SHIFT_JIS.encode("<p>横浜市は協定を結んだ。</p>");
        let mut bytes =
            b"<html><head><meta charset=\"Shift_JIS\"></head><body><article><h1>x</h1>".to_vec();
        bytes.extend_from_slice(&body);
        let doc = html_document_from_bytes(Path::new("a.html"), &bytes).unwrap();
        assert_eq!(doc.encoding, "Shift_JIS");
        assert!(doc.text.contains("横浜市は協定を結んだ。"), "{}", doc.text);
    }

    #[test]
    fn nul_byte_is_binary() {
        let err = document_from_bytes(Path::new("x.bin"), b"ab\0cd").unwrap_err();
        assert!(err.to_string().contains("x.bin"));
        assert!(err.to_string().contains("offset 2"));
    }

    /// Regression: a last line ending in a bare CR kept the CR in its segment (found by proptest).
    #[test]
    fn presplit_last_line_drops_a_trailing_cr() {
        let spans = presplit_lines("a\r");
        assert_eq!(spans, vec![crate::types::Span::new(0, 1)]);
    }

    #[test]
    fn presplit_keeps_empty_lines() {
        let spans = presplit_lines("a\n\nb\r\n");
        let text = "a\n\nb\r\n";
        let got: Vec<&str> = spans.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(got, ["a", "", "b"]);
    }
}
