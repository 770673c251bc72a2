//! Korean words: hangul syllables as jamo, and a word with its particle or verb ending taken off (`파리를` → `파리`,
//! `발표했다` → `발표`), so that its keys compare with the bare name in other languages.
//!
//! In: a run of hangul syllables. Out: the stem's byte length, and the stem without an administrative suffix for
//! the phonetic key (`요코하마시` → `요코하마`). Not done here: morphological analysis; the lists are the particles
//! and endings city press releases glue to names and Sino-Korean nouns, and a stem keeps at least 2 syllables (so
//! `국가` keeps its `가`).

use crate::normalize::wordlist::{End, Index, Order};
use std::sync::OnceLock;

const FIRST: u32 = 0xAC00;
const LAST: u32 = 0xD7A3;

/// Initial, medial and final jamo indices of a hangul syllable (Unicode's formula), `None` for anything else.
pub fn jamo(c: char) -> Option<(usize, usize, usize)> {
    let u = c as u32;
    if !(FIRST..=LAST).contains(&u) {
        return None;
    }
    let s = (u - FIRST) as usize;
    Some((s / 588, (s % 588) / 28, s % 28))
}

/// The syllable of three jamo indices.
pub fn compose(l: usize, v: usize, t: usize) -> Option<char> {
    if l >= 19 || v >= 21 || t >= 28 {
        return None;
    }
    char::from_u32(FIRST + ((l * 21 + v) * 28 + t) as u32)
}

pub fn is_hangul(c: char) -> bool {
    jamo(c).is_some()
}

/// Particles and endings, longest first within each length so that `에서` wins over `서`.
const ENDINGS: &[&str] = &[
    "했습니다",
    "하였으며",
    "하였다",
    "했으며",
    "했다고",
    "하겠다",
    "되었다",
    "됐으며",
    "입니다",
    "합니다",
    "에서는",
    "에서도",
    "에서의",
    "에게서",
    "으로는",
    "으로도",
    "으로서",
    "으로써",
    "이라는",
    "이라고",
    "이었다",
    "에서",
    "에게",
    "께서",
    "부터",
    "까지",
    "으로",
    "로는",
    "로도",
    "와의",
    "과의",
    "에는",
    "에도",
    "이며",
    "이다",
    "이나",
    "이고",
    "하고",
    "하는",
    "하며",
    "하여",
    "한다",
    "했다",
    "해서",
    "하기",
    "되는",
    "되며",
    "된다",
    "됐다",
    "들은",
    "들이",
    "들을",
    "들의",
    "에의",
    "만의",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "와",
    "과",
    "도",
    "로",
    "만",
    "한",
    "할",
    "해",
    "된",
    "될",
    "들",
];

/// Administrative suffixes dropped for the phonetic key only (`스톡홀름시` reads like `Stockholm`).
const ADMIN: &[&str] = &[
    "특별시",
    "광역시",
    "시",
    "구",
    "군",
    "동",
    "도",
    "현",
    "주",
    "항",
];

/// The byte length of `word` without its particle or ending (the whole word when none applies).
pub fn stem_len(word: &str) -> usize {
    // Endings grouped by their last syllable: most words end in none, and are rejected by one lookup.
    static BY_LAST: OnceLock<Index<()>> = OnceLock::new();
    let index = BY_LAST.get_or_init(|| by_last(ENDINGS));
    strip(word, index.candidates(word)).len()
}

/// `stem` without an administrative suffix, when 2 syllables remain.
pub fn without_admin(stem: &str) -> &str {
    static BY_LAST: OnceLock<Index<()>> = OnceLock::new();
    strip(
        stem,
        BY_LAST.get_or_init(|| by_last(ADMIN)).candidates(stem),
    )
}

fn by_last(list: &[&'static str]) -> Index<()> {
    let pairs: Vec<(&'static str, ())> = list.iter().map(|&w| (w, ())).collect();
    Index::new(&pairs, End::Last, Order::LongestFirst)
}

/// `word` without the longest ending of `list` (sorted longest first) that leaves at least 2 syllables.
fn strip<'a>(word: &'a str, list: &[(&str, ())]) -> &'a str {
    // Counted only once an ending fits (most words end in none of them).
    let mut syllables = None;
    list.iter()
        .find(|(e, _)| {
            word.ends_with(*e)
                && *syllables.get_or_insert_with(|| word.chars().count()) >= e.chars().count() + 2
        })
        .map_or(word, |(e, _)| &word[..word.len() - e.len()])
}

/// Whether what follows a gazetteer name inside a word still leaves the name a name: nothing, a particle, or a
/// suffix naming its city hall, its people, its river bank … (`서울시가`, `한강공원`, `인천국제공항` stays whole).
pub fn name_may_continue(rest: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "시",
        "구",
        "군",
        "동",
        "읍",
        "면",
        "도",
        "현",
        "주",
        "항",
        "역",
        "강",
        "산",
        "섬",
        "공원",
        "광장",
        "공항",
        "정부",
        "측",
        "당국",
        "대학",
        "지역",
        "일대",
        "인",
        "어",
        "사무소",
        "본부",
        "총회",
        "회의",
    ];
    rest.is_empty() || ENDINGS.contains(&rest) || SUFFIXES.iter().any(|s| rest.starts_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        let cases: &[(&str, &str, &str)] = &[
            ("object particle", "파리를", "파리"),
            ("two-syllable particle", "베를린에서", "베를린"),
            ("verb ending", "발표했다", "발표"),
            ("topic particle", "시장은", "시장"),
            ("keeps two syllables", "국가", "국가"),
            ("longest ending", "인천에서는", "인천"),
            ("nothing to strip", "오세훈", "오세훈"),
        ];
        for (name, word, want) in cases {
            assert_eq!(&word[..stem_len(word)], *want, "{name}");
        }
        assert_eq!(without_admin("요코하마시"), "요코하마");
        assert_eq!(without_admin("제주"), "제주");
    }

    #[test]
    fn jamo_round_trip() {
        let (l, v, t) = jamo('훈').unwrap();
        assert_eq!(compose(l, v, t), Some('훈'));
        assert_eq!(jamo('a'), None);
    }
}
