//! TSV reader: a header naming two or three languages, tab-separated (`ko ja en`, `ko-KR en-US`, `ko_KR ja_JP`),
//! then one row of aligned segments per line.
//!
//! In: a path. Out: [`QaRow`]s, each side with its 1-based line and character column in the file and its numbers.
//! A malformed file is an error naming the line. Not done here: quoting (cells are plain text; a tab or newline
//! inside a cell cannot be represented), which CAT tools' TSV exports do not use either.

use crate::error::{Error, Result};
use crate::ingest;
use crate::qa::{QaRow, QaSide};
use crate::types::Lang;
use std::path::Path;

/// Reads a TSV file into QA rows (row `i` is data line `i`, 0-based).
pub fn read(path: &Path) -> Result<Vec<QaRow>> {
    let doc = ingest::read_document(path)?;
    parse(path, &doc.text)
}

/// Parses TSV text; `path` is used in messages.
pub fn parse(path: &Path, text: &str) -> Result<Vec<QaRow>> {
    let mut lines = text.split('\n').enumerate();
    let (_, header) = lines.find(|(_, l)| !l.trim().is_empty()).ok_or_else(|| {
        Error::input(path, "empty TSV: expected a header like 'ko<TAB>ja<TAB>en'")
    })?;
    let langs = header
        .trim_end_matches('\r')
        .split('\t')
        .enumerate()
        .map(|(i, h)| {
            h.parse::<Lang>().map_err(|e| Error::Parse {
                path: path.to_path_buf(),
                line: 1,
                column: header
                    .split('\t')
                    .take(i)
                    .map(|c| c.chars().count() + 1)
                    .sum::<usize>()
                    + 1,
                message: format!("header: {e}"),
            })
        })
        .collect::<Result<Vec<Lang>>>()?;
    if langs.len() < 2 || (1..langs.len()).any(|i| langs[..i].contains(&langs[i])) {
        return Err(Error::Parse {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: "header must name two or three different languages (ko, ja, en)".into(),
        });
    }
    let mut rows = Vec::new();
    for (i, line) in lines {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != langs.len() {
            return Err(Error::Parse {
                path: path.to_path_buf(),
                line: i + 1,
                column: 1,
                message: format!(
                    "expected {} tab-separated cells, found {}",
                    langs.len(),
                    cells.len()
                ),
            });
        }
        let mut row = QaRow::default();
        let mut column = 1;
        for (&lang, cell) in langs.iter().zip(&cells) {
            let side = QaSide::from_text(lang, cell, path.display().to_string(), i + 1, column);
            row.sides.insert(lang, side);
            column += cell.chars().count() + 1;
        }
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_spellings_and_positions() {
        let rows = parse(Path::new("t.tsv"), "ko_KR\ten-US\n3천 명\t3,000 people\n").unwrap();
        assert_eq!(rows.len(), 1);
        let en = &rows[0].sides[&Lang::En];
        assert_eq!((en.line, en.column), (2, 6));
        assert_eq!(en.numbers.len(), 1);
    }

    #[test]
    fn bad_header_names_line_and_column() {
        let err = parse(Path::new("t.tsv"), "ko\tfr\nx\ty\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.tsv:1:4: header: unknown language 'fr' (expected ko, ja or en)"
        );
    }

    #[test]
    fn wrong_cell_count() {
        let err = parse(Path::new("t.tsv"), "ko\ten\nonly one\n").unwrap_err();
        assert!(err.to_string().starts_with("t.tsv:2:1:"), "{err}");
    }
}
