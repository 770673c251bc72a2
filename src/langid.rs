//! Language identification by script counting.
//!
//! In: text (a document or a block). Out: a [`LangGuess`]. Hangul letters vote Korean, kana vote Japanese, Latin
//! letters vote English; Han characters (kanji/hanja) vote for nobody and so take the language of the rest of the
//! document. Korean or Japanese win over Latin at a much lower share, because press releases in those languages
//! routinely carry Latin names and acronyms. whatlang is consulted only for Latin-script text, to tell English from
//! other Latin-script languages, and only on a bounded sample (its verdict settles within a few sentences).
//!
//! Chinese: text with Han characters but no kana or hangul is Chinese when it is running text (long, or with
//! characters that exist only in simplified or traditional Chinese forms, or Chinese function words); otherwise it
//! is a kanji-only heading that takes its document's language (`市長記者会見` in a Japanese release).
//!
//! Not done here: languages other than ko/ja/en/zh are only "not ours" (no name), decided by whatlang.

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
/// letters (kanji-only headings, numbers, punctuation). A Latin block in an English document is English without
/// asking whatlang (the document was already asked).
pub fn identify_block(text: &str, document: Option<Lang>) -> LangGuess {
    let counts = ScriptCounts::of(text);
    if counts.hangul + counts.kana + counts.latin == 0 {
        if let Some(variant) = chinese(text, counts, document) {
            return han_only(counts, variant);
        }
        return LangGuess {
            lang: document,
            confidence: if document.is_some() { 0.5 } else { 0.0 },
            method: "inherited",
        };
    }
    if document == Some(Lang::En) && counts.hangul + counts.kana == 0 && counts.latin >= counts.han
    {
        return LangGuess {
            lang: Some(Lang::En),
            confidence: 1.0,
            method: "script",
        };
    }
    identify_counts(counts, text)
}

/// The language a block is processed in, given its document's: its own when it has deciding letters, the
/// document's when it has none (kanji-only headings, numbers), English for Latin text whatlang calls another
/// language (names and titles fool it), `None` for Chinese running text (nobody's).
pub fn block_language(text: &str, document: Lang) -> Option<Lang> {
    let g = identify_block(text, Some(document));
    match (g.lang, g.method) {
        (Some(l), _) => Some(l),
        (None, m) if m.starts_with("chinese") => None,
        (None, "whatlang") => Some(Lang::En),
        (None, _) => Some(document),
    }
}

/// Characters written only in simplified Chinese: Japanese writes them otherwise (这/這, 说/説, 际/際) or not at all.
const SIMPLIFIED_ONLY: &str = "这们说对时为过还进让应现长开关问东车书个么吗见觉亲认识议设语请谈贝买卖钱铁银门间闻阅队阳际陆难风飞马鸟鱼鲜龙亿县处变举从岁";

/// Characters written only in traditional Chinese: Japanese uses a shinjitai form (國/国, 會/会, 發/発) or none.
const TRADITIONAL_ONLY: &str =
    "們這說對沒讓應關來與裡麼嗎覺賣錢鐵閱萬國會學發經氣實體廣區縣處變舉將從歲";

/// Function characters of Chinese running text that Japanese does not use (it writes these words in kana).
const CHINESE_FUNCTION: &str = "很吗呢吧啊哪您她它";

/// Simplified or traditional Chinese, when `text` (Han without kana or hangul) reads as Chinese running text. In a
/// Korean document, traditional forms are hanja and prove nothing.
pub fn chinese(text: &str, counts: ScriptCounts, document: Option<Lang>) -> Option<&'static str> {
    if counts.kana + counts.hangul > 0 || counts.han == 0 {
        return None;
    }
    let count_in = |set: &str| text.chars().filter(|c| set.contains(*c)).count();
    let simplified = count_in(SIMPLIFIED_ONLY);
    let traditional = if document == Some(Lang::Ko) {
        0
    } else {
        count_in(TRADITIONAL_ONLY)
    };
    let function = count_in(CHINESE_FUNCTION);
    // A kanji-only heading has no sentence punctuation, Chinese function characters or Chinese-only forms;
    // running Chinese has them (a Japanese sentence always has kana).
    let punctuated = counts.han >= 20 && text.contains(['，', '。', '；']);
    let running = punctuated || function >= 1 || simplified + traditional >= 2;
    if !running {
        return None;
    }
    Some(if simplified >= traditional {
        "zh-Hans"
    } else {
        "zh-Hant"
    })
}

/// Chinese running text: none of ours, named by its method (`chinese-hans`, `chinese-hant`).
fn han_only(c: ScriptCounts, variant: &str) -> LangGuess {
    let letters = (c.hangul + c.kana + c.han + c.latin).max(1);
    LangGuess {
        lang: None,
        confidence: c.han as f32 / letters as f32,
        method: if variant == "zh-Hant" {
            "chinese-hant"
        } else {
            "chinese-hans"
        },
    }
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
    // Han characters without kana or hangul: Chinese running text, or a kanji-only Japanese heading. Without
    // document context neither can be called one of ours.
    if let Some(variant) = chinese(text, c, None) {
        return han_only(c, variant);
    }
    LangGuess {
        lang: None,
        confidence: c.han as f32 / letters as f32,
        method: "script-han-only",
    }
}

/// Bytes of text whatlang sees: enough for a settled verdict, bounded so that long documents stay fast.
const WHATLANG_SAMPLE: usize = 4096;

/// The first `max` bytes of `text`, cut back to a character boundary.
fn sample(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
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
    match whatlang::detect(sample(text, WHATLANG_SAMPLE)) {
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
            ("simplified_chinese", "首尔市长今天表示，这个项目对我们的城市很重要。", None),
            ("traditional_chinese", "首爾市長今天表示，這個項目對我們的城市很重要。", None),
        ];
        for (name, text, want) in cases {
            assert_eq!(identify(text).lang, *want, "case {name}");
        }
    }

    #[test]
    fn chinese_is_told_from_kanji_headings() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("kanji_heading", "市長記者会見", None),
            ("kanji_heading_long", "横浜市国際局国際政策課長", None),
            (
                "simplified",
                "这是我们的城市，市长说了很多。",
                Some("zh-Hans"),
            ),
            (
                "traditional",
                "這是我們的城市，市長說了很多。",
                Some("zh-Hant"),
            ),
        ];
        for (name, text, want) in cases {
            assert_eq!(
                chinese(text, ScriptCounts::of(text), None),
                *want,
                "case {name}"
            );
        }
        let zh = identify_block("这是我们的城市，市长说了很多。", Some(Lang::Ja));
        assert_eq!((zh.lang, zh.method), (None, "chinese-hans"));
        assert_eq!(
            identify("這是我們的城市，市長說了很多。").method,
            "chinese-hant"
        );
        let hanja = identify_block("大韓民國 國會", Some(Lang::Ko));
        assert_eq!(
            hanja.lang,
            Some(Lang::Ko),
            "hanja heading in a Korean release"
        );
    }

    #[test]
    fn kanji_block_inherits_document_language() {
        let g = identify_block("市長記者会見", Some(Lang::Ja));
        assert_eq!(g.lang, Some(Lang::Ja));
        assert_eq!(g.method, "inherited");
    }
}
