//! The length of a sentence as the aligner's length model should see it.
//!
//! In: a language and a sentence slice. Out: its characters (whitespace excluded) and its whitespace-separated
//! words, leaving out a bracketed Latin gloss that follows Korean or Japanese text: `트럼프(Trump)가` counts as
//! `트럼프가`, `국제연합(United Nations)` as `국제연합`. Such a gloss repeats, in the other language's letters, the
//! name just before it; the English version says the name once, so counting it twice reads a 1-1 pair as too long on
//! the Korean side (267 of the 1,997 Korean lines of NTREX-128 carry one). Not done here: glosses in English text,
//! brackets that hold anything but Latin letters, digits and name punctuation (`(2023년)`, `(예정)` are text).

use crate::types::Lang;

/// The longest gloss, in bytes, inside the brackets (a name, not a clause).
const MAX_GLOSS: usize = 80;

/// Characters (whitespace excluded) and words of `s` in `lang`, without the Latin glosses of CJK text.
pub fn measure(lang: Lang, s: &str) -> (usize, usize) {
    // One pass: a word starts at a non-space after a space; a skipped gloss leaves the word it is attached to
    // open (`트럼프(Trump)가` is one word).
    let cjk = lang != Lang::En;
    let (mut chars, mut words) = (0, 0);
    let mut in_word = false;
    let mut prev: Option<char> = None;
    let mut it = s.char_indices();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            in_word = false;
            continue;
        }
        if cjk && matches!(c, '(' | '（') && prev.is_some_and(is_cjk) {
            if let Some(inner) = gloss(&s[i + c.len_utf8()..]) {
                let close = i + c.len_utf8() + inner.len();
                while it.next().is_some_and(|(j, _)| j < close) {}
                prev = None;
                continue;
            }
        }
        chars += 1;
        if !in_word {
            words += 1;
            in_word = true;
        }
        prev = Some(c);
    }
    (chars, words)
}

/// The text before the closing bracket at the start of `rest`, when it is a Latin gloss: at least two letters, and
/// only ASCII letters, digits, spaces and `.,&'-/`.
fn gloss(rest: &str) -> Option<&str> {
    let end = rest.find([')', '）'])?;
    let inner = &rest[..end];
    let latin = inner.bytes().filter(u8::is_ascii_alphabetic).count() >= 2;
    // An acronym (`(UN ESCAP)`, `(JICA)`) is kept: the English version brackets it too, after the full name.
    let spelled = inner.bytes().any(|b| b.is_ascii_lowercase());
    let plain = inner.chars().all(|c| {
        c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | ',' | '&' | '\'' | '-' | '/')
    });
    (end <= MAX_GLOSS && latin && spelled && plain && !inner.starts_with(' ')).then_some(inner)
}

/// Hangul, kana and CJK ideographs (the scripts a gloss follows).
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x3040..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin_gloss_after_korean_or_japanese_is_not_counted() {
        for (lang, with, without) in [
            (Lang::Ko, "트럼프(Trump)가 왔다", "트럼프가 왔다"),
            (Lang::Ko, "롱 라틴(Long Lartin) 교도소", "롱 라틴 교도소"),
            (Lang::Ko, "라틴 (Long Lartin) 교도소", "라틴 교도소"),
            (Lang::Ja, "ベストウッド（Bestwood）で", "ベストウッドで"),
        ] {
            assert_eq!(measure(lang, with), measure(lang, without), "{with}");
        }
    }

    #[test]
    fn other_brackets_and_english_count_in_full() {
        // Hangul inside, a year, a single letter, an acronym (bracketed in English too), Latin after Latin, and
        // English text: all text.
        for (lang, s, chars) in [
            (Lang::Ko, "행사(예정)에", 7),
            (Lang::Ko, "올해(2023)에", 9),
            (Lang::Ko, "구역(A)은", 6),
            (Lang::Ja, "気象庁（JMA）は", 9),
            (Lang::Ko, "KTX (Korea Train)", 15),
            (Lang::En, "Seoul (Korea) today", 17),
        ] {
            assert_eq!(measure(lang, s).0, chars, "{s}");
        }
        assert_eq!(measure(Lang::Ko, "미완성(Trump"), (9, 1));
    }
}
