//! Language identification by script counting.
//!
//! In: text (a document or a block). Out: a [`LangGuess`]. Hangul letters vote Korean, kana vote Japanese, Latin
//! letters vote English; Han characters (kanji/hanja) vote for nobody and so take the language of the rest of the
//! document. Korean or Japanese win over Latin at a much lower share, because press releases in those languages
//! routinely carry Latin names and acronyms. whatlang is consulted only for Latin-script text, to tell English from
//! other Latin-script languages. Not done here: telling Chinese running text from kanji-only headings (the ingest
//! and language-ID issue).

use crate::types::{Lang, LangGuess};

/// Letter counts per script.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ScriptCounts {
    pub hangul: usize,
    pub kana: usize,
    pub han: usize,
    pub latin: usize,
}

impl ScriptCounts {
    pub fn of(text: &str) -> Self {
        let mut c = ScriptCounts::default();
        for ch in text.chars() {
            match ch {
                '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' => {
                    c.hangul += 1
                }
                // The katakana middle dot and prolonged sound mark are used in every CJK script.
                '・' | 'ー' => {}
                '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => {
                    c.kana += 1
                }
                '\u{FF66}'..='\u{FF9D}' => c.kana += 1,
                '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' => {
                    c.han += 1
                }
                'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | 'ａ'..='ｚ' | 'Ａ'..='Ｚ' => {
                    c.latin += 1
                }
                _ => {}
            }
        }
        c
    }
}

/// Identifies the language of a whole document.
pub fn identify(text: &str) -> LangGuess {
    identify_counts(ScriptCounts::of(text), text)
}

/// Identifies the language of a block, falling back to the document's language when the block has no deciding
/// letters (kanji-only headings, numbers, punctuation).
pub fn identify_block(text: &str, document: Option<Lang>) -> LangGuess {
    let counts = ScriptCounts::of(text);
    if counts.hangul + counts.kana + counts.latin == 0 {
        return LangGuess {
            lang: document,
            confidence: if document.is_some() { 0.5 } else { 0.0 },
            method: "inherited",
        };
    }
    identify_counts(counts, text)
}

fn identify_counts(c: ScriptCounts, text: &str) -> LangGuess {
    let letters = c.hangul + c.kana + c.han + c.latin;
    if letters == 0 {
        return LangGuess {
            lang: None,
            confidence: 0.0,
            method: "empty",
        };
    }
    let cjk = c.hangul + c.kana;
    // Korean vs Japanese: whichever phonetic script dominates; Han characters count with the kana side only when
    // kana is present (Korean running text today is almost hanja-free).
    if cjk > 0 && cjk * 5 >= c.latin {
        let (lang, own) = if c.hangul >= c.kana {
            (Lang::Ko, c.hangul)
        } else {
            (Lang::Ja, c.kana + c.han)
        };
        let confidence = own as f32 / (cjk + if lang == Lang::Ja { c.han } else { 0 }) as f32;
        return LangGuess {
            lang: Some(lang),
            confidence: confidence.clamp(0.0, 1.0),
            method: "script",
        };
    }
    if c.latin > 0 && c.latin >= c.han {
        return latin(text, c.latin as f32 / letters as f32);
    }
    // Han characters without kana or hangul: Chinese, or a kanji-only Japanese heading. Without document context
    // this cannot be called one of ours.
    LangGuess {
        lang: None,
        confidence: c.han as f32 / letters as f32,
        method: "script-han-only",
    }
}

fn latin(text: &str, share: f32) -> LangGuess {
    // Short Latin text (names, acronyms) gives whatlang nothing to go on: take it as English.
    if text.len() < 40 {
        return LangGuess {
            lang: Some(Lang::En),
            confidence: share * 0.6,
            method: "script",
        };
    }
    match whatlang::detect(text) {
        Some(info) if info.lang() != whatlang::Lang::Eng && info.is_reliable() => LangGuess {
            lang: None,
            confidence: info.confidence() as f32,
            method: "whatlang",
        },
        _ => LangGuess {
            lang: Some(Lang::En),
            confidence: share,
            method: "script",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str, Option<Lang>)] = &[
            ("hangul", "서울시는 오늘 C40 회의에 참석했다.", Some(Lang::Ko)),
            ("kana", "横浜市はバンコク都と覚書を締結しました。", Some(Lang::Ja)),
            ("latin", "The Mayor of Seoul will visit Paris in October.", Some(Lang::En)),
            ("han_only_doc", "市長記者会見", None),
            ("korean_with_acronyms", "UN ESCAP·ICLEI·C40 공동 포럼 개최", Some(Lang::Ko)),
            ("german", "Der Bürgermeister von Seoul besucht im Oktober die Stadt Paris und trifft dort Vertreter.", None),
            ("digits_only", "2024. 10. 7.", None),
        ];
        for (name, text, want) in cases {
            assert_eq!(identify(text).lang, *want, "case {name}");
        }
    }

    #[test]
    fn kanji_block_inherits_document_language() {
        let g = identify_block("市長記者会見", Some(Lang::Ja));
        assert_eq!(g.lang, Some(Lang::Ja));
        assert_eq!(g.method, "inherited");
    }
}
