//! The written forms of a number in the renderer: Sino-Korean and kanji words, native Korean numerals, English
//! words, digit groups with commas, full-width digits, and digit–multiplier mixes (`3억 4,500만`, `2億4千万`).
//!
//! In: a value (and a random stream for the mixes). Out: its text. Not done here: choosing a style or a frame.

use super::super::synth::SplitMix64;
use crate::types::Lang;

pub(super) const KO_DIGITS: [&str; 10] =
    ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
pub(super) const KANJI_DIGITS: [&str; 10] =
    ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// Sino-Korean or kanji words for 1 ≤ v < 10^12 (`삼천오백`, `三千五百`); `일`/`一` dropped before 십백천.
pub(super) fn cjk_words(v: u64, digits: &[&str; 10], small: [&str; 3], big: [&str; 2]) -> String {
    let section = |n: u64| {
        let mut s = String::new();
        for (i, m) in [(1000, small[2]), (100, small[1]), (10, small[0])] {
            let d = (n / i) % 10;
            if d > 0 {
                if d > 1 {
                    s.push_str(digits[d as usize]);
                }
                s.push_str(m);
            }
        }
        let d = n % 10;
        if d > 0 {
            s.push_str(digits[d as usize]);
        }
        s
    };
    let (oku, man, rest) = (v / 100_000_000, (v / 10_000) % 10_000, v % 10_000);
    let mut out = String::new();
    if oku > 0 {
        out += &section(oku);
        out += big[1];
    }
    if man > 0 {
        out += &section(man);
        out += big[0];
    }
    out += &section(rest);
    out
}

pub(super) fn ko_words(v: u64) -> String {
    cjk_words(v, &KO_DIGITS, ["십", "백", "천"], ["만", "억"])
}

pub(super) fn kanji_words(v: u64) -> String {
    cjk_words(v, &KANJI_DIGITS, ["十", "百", "千"], ["万", "億"])
}

/// Native Korean numeral in its attributive form before a counter (1–99).
pub(super) fn ko_native(v: u64) -> String {
    const TENS: [&str; 10] = [
        "", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔",
    ];
    const UNITS: [&str; 10] = [
        "", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉",
    ];
    if v == 20 {
        return "스무".into();
    }
    format!("{}{}", TENS[(v / 10) as usize], UNITS[(v % 10) as usize])
}

pub(super) fn en_below_thousand(v: u64) -> String {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let mut parts = Vec::new();
    if v >= 100 {
        parts.push(format!("{} hundred", UNITS[(v / 100) as usize]));
    }
    let r = v % 100;
    let tail = match r {
        0 => String::new(),
        1..=19 => UNITS[r as usize].to_string(),
        _ if r % 10 == 0 => TENS[(r / 10) as usize].to_string(),
        _ => format!("{}-{}", TENS[(r / 10) as usize], UNITS[(r % 10) as usize]),
    };
    if !tail.is_empty() {
        if v >= 100 {
            parts.push("and".into());
        }
        parts.push(tail);
    }
    parts.join(" ")
}

/// English words for 1 ≤ v < 10^9 (`three hundred and twenty-five thousand four hundred`).
pub(super) fn en_words(v: u64) -> String {
    let mut parts = Vec::new();
    for (scale, name) in [(1_000_000, " million"), (1_000, " thousand"), (1, "")] {
        let g = (v / scale) % 1000;
        if g > 0 {
            parts.push(format!("{}{name}", en_below_thousand(g)));
        }
    }
    parts.join(" ")
}

pub(super) fn commas(v: u64) -> String {
    let s = v.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub(super) fn fullwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            ',' => '，',
            c => c,
        })
        .collect()
}

/// `3억 4,500만`, `2億4千万`: digits with CJK multipliers.
pub(super) fn mixed(v: u64, lang: Lang, rng: &mut SplitMix64) -> String {
    let (oku, man, rest) = (v / 100_000_000, (v / 10_000) % 10_000, v % 10_000);
    let (m, o, sep) = match lang {
        Lang::Ko => ("만", "억", " "),
        _ => ("万", "億", ""),
    };
    let group = |n: u64, rng: &mut SplitMix64| {
        if n % 1000 == 0 && n >= 1000 && rng.below(2) == 0 {
            format!("{}{}", n / 1000, if lang == Lang::Ko { "천" } else { "千" })
        } else {
            commas(n)
        }
    };
    let mut parts = Vec::new();
    if oku > 0 {
        parts.push(format!("{}{o}", group(oku, rng)));
    }
    if man > 0 {
        parts.push(format!("{}{m}", group(man, rng)));
    }
    if rest > 0 {
        parts.push(commas(rest));
    }
    parts.join(sep)
}
