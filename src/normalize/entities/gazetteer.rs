//! The gazetteer: names that neither a phonetic nor a reading key resolves (横浜 / 요코하마 / Yokohama, 国連 / 유엔 /
//! United Nations), and names whose keys would collide with a neighbour's (부산 / 부천).
//!
//! In: a sentence slice and its language. Out: the gazetteer names in it as byte ranges with their ids, longest
//! name first at each position. Not done here: inflected or abbreviated forms not listed in `data/gazetteer.tsv`
//! (a project-written table: Seoul's 25 districts, Yokohama's 18 wards, Korean and Japanese cities, partner cities,
//! world capitals, international bodies, well-known places), fuzzy matching.
//!
//! Where a name may start and end: Korean names start a word and may be followed by a particle or a suffix (서울시가,
//! 한강공원); kana names must not continue a longer word of the same kana (タイ is not inside ネクタイ, but パリ is in
//! パリを); kanji names may sit
//! anywhere (横浜市中区 holds 横浜 and 中区); Latin names (in every language) must not continue a Latin word.
//! Letter case matters for Latin names (`WHO` is not `who`).

use super::korean;
use crate::types::Lang;
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use std::sync::OnceLock;

static TABLE: &str = include_str!("data/gazetteer.tsv");

/// The parsed table: for each column (ko, ja, en) a surface → ids map and one automaton of all surfaces, longest
/// first so that leftmost-first matching takes the longest name at each position. An automaton is built when
/// its column is first searched (a Korean–English run never builds the Japanese one).
struct Gazetteer {
    ids: [HashMap<&'static str, Vec<&'static str>>; 3],
    patterns: [OnceLock<AhoCorasick>; 3],
}

impl Gazetteer {
    fn automaton(&self, col: usize) -> &AhoCorasick {
        self.patterns[col].get_or_init(|| {
            let mut names: Vec<&str> = self.ids[col].keys().copied().collect();
            names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .build(&names)
                .expect("the gazetteer's names fit an automaton")
        })
    }
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut ids: [HashMap<&'static str, Vec<&'static str>>; 3] = Default::default();
        for line in TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut cols = line.split('\t');
            let Some(id) = cols.next() else { continue };
            for (col, field) in cols.take(3).enumerate() {
                for name in field.split('|').map(str::trim).filter(|n| !n.is_empty()) {
                    let v = ids[col].entry(name).or_default();
                    if !v.contains(&id) {
                        v.push(id);
                    }
                }
            }
        }
        Gazetteer {
            ids,
            patterns: Default::default(),
        }
    })
}

/// One gazetteer hit: byte range in the slice and the ids the surface belongs to (first = primary).
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub ids: &'static [&'static str],
}

/// The gazetteer names of `s`, in text order, not overlapping. Latin names of the English column are looked for in
/// every language (C40 in Korean text is C40).
pub fn find(lang: Lang, s: &str) -> Vec<Hit> {
    let g = gazetteer();
    let mut out = Vec::new();
    let col = match lang {
        Lang::Ko => 0,
        Lang::Ja => 1,
        Lang::En => 2,
    };
    for m in g.automaton(col).find_iter(s) {
        let (start, mut end) = (m.start(), m.end());
        if lang == Lang::Ja {
            end = back_off_suffix(g, s, start, end);
        }
        if accept(lang, s, start, end) {
            if let Some(ids) = g.ids[col].get(&s[start..end]) {
                out.push(Hit { start, end, ids });
            }
        }
    }
    if lang != Lang::En && s.bytes().any(|b| b.is_ascii_alphabetic()) {
        for m in g.automaton(2).find_iter(s) {
            let (start, end) = (m.start(), m.end());
            let free = out.iter().all(|h| end <= h.start || start >= h.end);
            if free && latin_bounded(s, start, end) {
                if let Some(ids) = g.ids[2].get(&s[start..end]) {
                    out.push(Hit { start, end, ids });
                }
            }
        }
        out.sort_by_key(|h| h.start);
    }
    out
}

/// `横浜市長` is 横浜 + 市長, not 横浜市 + 長: a Japanese name ending in an administrative suffix gives the suffix back
/// when a Han character follows and the name without it is listed too.
fn back_off_suffix(g: &Gazetteer, s: &str, start: usize, end: usize) -> usize {
    let name = &s[start..end];
    let Some(last) = name.chars().next_back() else {
        return end;
    };
    let han_follows = s[end..].chars().next().is_some_and(super::reading::is_han);
    let shorter = end - last.len_utf8();
    if han_follows
        && matches!(last, '市' | '区' | '都' | '道' | '府' | '県')
        && g.ids[1].contains_key(&s[start..shorter])
    {
        shorter
    } else {
        end
    }
}

fn accept(lang: Lang, s: &str, start: usize, end: usize) -> bool {
    let name = &s[start..end];
    let before = s[..start].chars().next_back();
    let after = &s[end..];
    match lang {
        Lang::Ko => {
            if name.starts_with(korean::is_hangul) && before.is_some_and(korean::is_hangul) {
                return false;
            }
            if !name.ends_with(korean::is_hangul) {
                return latin_bounded(s, start, end);
            }
            let rest_len = after
                .find(|c: char| !korean::is_hangul(c))
                .unwrap_or(after.len());
            korean::name_may_continue(&after[..rest_len])
        }
        Lang::Ja => {
            let first = name.chars().next();
            let last = name.chars().next_back();
            let next = after.chars().next();
            let glued = |a: Option<char>, b: Option<char>| match (a, b) {
                (Some(a), Some(b)) => {
                    (is_katakana(a) && is_katakana(b))
                        || (is_hiragana(a) && is_hiragana(b))
                        || (is_latin(a) && is_latin(b))
                }
                _ => false,
            };
            !glued(before, first) && !glued(last, next)
        }
        Lang::En => latin_bounded(s, start, end),
    }
}

/// A Latin name must not be glued to a letter or digit on either side.
fn latin_bounded(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    let first = s[start..end].chars().next();
    let last = s[start..end].chars().next_back();
    let glued = |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if a.is_alphanumeric() && b.is_alphanumeric() && (is_latin(a) || is_latin(b)));
    !glued(before, first) && !glued(last, after)
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}')
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '\u{C0}'..='\u{24F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_english_name_has_a_latin_letter() {
        // `find` skips the English automaton on Korean and Japanese text without an ASCII letter.
        for name in gazetteer().ids[2].keys() {
            assert!(name.bytes().any(|b| b.is_ascii_alphabetic()), "{name}");
        }
    }

    fn ids(lang: Lang, s: &str) -> Vec<(&str, &'static str)> {
        find(lang, s)
            .into_iter()
            .map(|h| (&s[h.start..h.end], h.ids[0]))
            .collect()
    }

    #[test]
    fn boundaries() {
        type Case<'a> = (&'a str, Lang, &'a str, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "ja kanji anywhere",
                Lang::Ja,
                "横浜市中区の",
                &[("横浜", "yokohama"), ("中区", "yokohama-naka")],
            ),
            ("ja kana not inside a word", Lang::Ja, "ネクタイ", &[]),
            (
                "ja kana word",
                Lang::Ja,
                "タイ王国",
                &[("タイ", "thailand")],
            ),
            (
                "ja katakana before a particle",
                Lang::Ja,
                "パリを",
                &[("パリ", "paris")],
            ),
            (
                "ja suffix given back",
                Lang::Ja,
                "横浜市長",
                &[("横浜", "yokohama")],
            ),
            (
                "ko with particle",
                Lang::Ko,
                "서울시가",
                &[("서울", "seoul")],
            ),
            (
                "ko with suffix",
                Lang::Ko,
                "한강공원",
                &[("한강", "han-river")],
            ),
            ("ko not a word start", Lang::Ko, "대서울", &[]),
            ("ko not a name", Lang::Ko, "로마자", &[]),
            ("ko latin name", Lang::Ko, "C40 회원", &[("C40", "c40")]),
            (
                "en longest",
                Lang::En,
                "UN ESCAP and UN-Habitat",
                &[("UN ESCAP", "un-escap"), ("UN-Habitat", "un-habitat")],
            ),
            ("en case", Lang::En, "who said", &[]),
            ("en not glued", Lang::En, "Parisian", &[]),
        ];
        for (name, lang, text, want) in cases {
            assert_eq!(ids(*lang, text), want.to_vec(), "{name}");
        }
    }
}
