//! What may follow a numeral and change what it says: exponents (`1e10`, `2.5^-1`), dozens, scale words and
//! letters (`1.2 million`, `40k`), ordinal prefixes and suffixes (`제3회`, `第3回`, `3번째`, `3rd`), multiples
//! (`3배`, `3倍`, `three times the size`), `할`/`割` as percents, age brackets (`10대`, `20代`, `20s`).
//!
//! In: the text and a [`Core`] just read. Out: the core, extended. Not done here: fractions (fraction.rs), units.

use super::fraction::*;
use super::shape::*;
use super::{cjk, script_of, units, Core};
use crate::types::{Interval, Lang, NumKind};

/// What follows a numeral: fractions, exponents, scale words and suffixes, ordinals, multiples, `할`/`割`, age
/// brackets.
pub(super) fn after_numeral(lang: Lang, s: &str, core: &mut Core) {
    if fraction(lang, s, core) {
        return;
    }
    if core.arabic {
        exponent(s, core);
    }
    let rest = &s[core.end..];
    let v = core.value.lo;
    // A dozen: `한 다스`, `3ダース`, `two dozen` (English words are read by the cardinal reader).
    for w in ["다스", " 다스", "ダース"] {
        if rest.starts_with(w) {
            core.value = Interval::exact(v * 12.0);
            core.end += w.len();
            return;
        }
    }
    // Scale words and letters: `1.2 million`, `40k`, `3M`; titles capitalise them (`Top 45 Million`).
    if lang == Lang::En || core.arabic {
        for (w, m) in [
            (" Thousand", 1e3),
            (" Million", 1e6),
            (" Billion", 1e9),
            (" Trillion", 1e12),
            (" thousand", 1e3),
            (" million", 1e6),
            (" billion", 1e9),
            (" trillion", 1e12),
            ("k", 1e3),
            ("K", 1e3),
            ("M", 1e6),
        ] {
            if rest.starts_with(w)
                && !rest[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
                && core.arabic
            {
                core.value = Interval::exact(v * m);
                core.end += w.len();
                return;
            }
        }
    }
    // Ordinal prefixes.
    let before = &s[..core.start];
    let ordinal_prefix = ["제", "제 ", "第", "だい"]
        .iter()
        .find(|p| before.ends_with(*p))
        .filter(|p| !units::glued(prev_char(before, before.len() - p.len()), p.chars().next()));
    if let Some(p) = ordinal_prefix {
        core.start -= p.len();
        core.kind = Some(NumKind::Ordinal);
        // `제3회`, `第3回`, `第3期`: the counter belongs to the ordinal.
        let r = &s[core.end..];
        let counter = [
            "회", "차", "기", "대", "호", "回", "期", "次", "号", "位", "代", "번째",
        ]
        .iter()
        .find(|c| r.starts_with(*c));
        if let Some(c) = counter {
            core.end += c.len();
        }
        return;
    }
    let suffix = |words: &[&str]| words.iter().find(|w| rest.starts_with(*w)).map(|w| w.len());
    let ordinal_suffix: &[&str] = match lang {
        Lang::Ko => &[" 번째", "번째", "회째", "차례째", "째", "위", "등"],
        Lang::Ja => &["番目", "回目", "度目", "日目", "つ目", "位", "等"],
        Lang::En => &["st", "nd", "rd", "th"],
    };
    if let Some(len) = suffix(ordinal_suffix) {
        let word_ok =
            lang != Lang::En || !rest[len..].starts_with(|c: char| c.is_ascii_alphanumeric());
        if word_ok && (lang != Lang::Ko || !rest[len..].starts_with(['록', '급'])) {
            core.end += len;
            core.kind = Some(NumKind::Ordinal);
            return;
        }
    }
    // Multiples.
    if let Some(len) = suffix(&["배", " 배", "倍"]) {
        core.end += len;
        core.kind = Some(NumKind::Ratio);
        return;
    }
    if lang == Lang::En && rest.starts_with(" times") {
        let after = rest[" times".len()..].trim_start();
        let comparative = [
            "more", "as ", "larger", "higher", "bigger", "greater", "the ", "that", "than", "its ",
            "their ", "what ",
        ]
        .iter()
        .any(|w| after.starts_with(w))
            || after.split(' ').next().is_some_and(|w| w.ends_with("er"));
        if comparative {
            core.end += " times".len();
            core.kind = Some(NumKind::Ratio);
            return;
        }
    }
    // `3할 5푼`, `3割5分`: tenths and hundredths as a percent.
    if let Some(len) = suffix(&["할", "割", " 할", " 割"]) {
        let mut pct = v * 10.0;
        let mut end = core.end + len;
        if s[end..].starts_with('半') {
            pct += 5.0;
            end += '半'.len_utf8();
        }
        let r = s[end..].trim_start_matches(' ');
        let skip = s[end..].len() - r.len();
        if let Some(n) = cjk::read(s, end + skip, script_of(lang)) {
            if s[n.end..].starts_with(['푼', '分']) && n.value < 10.0 {
                pct += n.value;
                end = n.end + s[n.end..].chars().next().map_or(0, char::len_utf8);
                // `3割8分7厘`: thousandths.
                if let Some(m) = cjk::read(s, end, script_of(lang)) {
                    if s[m.end..].starts_with(['리', '厘']) && m.value < 10.0 {
                        pct += m.value / 10.0;
                        end = m.end + s[m.end..].chars().next().map_or(0, char::len_utf8);
                    }
                }
            }
        }
        core.end = end;
        core.value = Interval::exact(pct);
        core.kind = Some(NumKind::Percent);
        return;
    }
    // Age brackets: `10대`, `20代`, `20s`, `1990s`.
    let decade = v >= 10.0 && v.fract() == 0.0 && (v as u64) % 10 == 0;
    if decade {
        let (len, ok) = match lang {
            Lang::Ko => (suffix(&["대"]), v < 100.0 && !machine_before(before)),
            Lang::Ja => (suffix(&["代"]), v < 100.0),
            Lang::En => (
                suffix(&["s"])
                    .filter(|_| !rest[1..].starts_with(|c: char| c.is_ascii_alphanumeric())),
                true,
            ),
        };
        if let (Some(len), true) = (len, ok) {
            let width = 9.0;
            core.end += len;
            core.value = Interval::new(v, v + width);
            core.kind = Some(NumKind::Quantity);
        }
    }
    let _ = lang;
}

/// `1e10`, `12.32e+14`, `2.5^-1`, `1.1^23`: scientific notation and powers after digits.
pub(super) fn exponent(s: &str, core: &mut Core) {
    let rest = &s[core.end..];
    let (body, power) = if let Some(r) = rest.strip_prefix(['e', 'E']) {
        (r, false)
    } else if let Some(r) = rest.strip_prefix('^') {
        (r, true)
    } else {
        return;
    };
    let signs = body.len() - body.trim_start_matches(['+', '-', '－']).len();
    let negative = body[..signs]
        .chars()
        .filter(|&c| c == '-' || c == '－')
        .count()
        % 2
        == 1;
    let digits = &body[signs..];
    let n = digits.chars().take_while(char::is_ascii_digit).count();
    if n == 0 || n > 3 || signs > 2 || digits[n..].starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return;
    }
    let Ok(k) = digits[..n].parse::<i32>() else {
        return;
    };
    let k = if negative { -k } else { k };
    let v = core.value.lo;
    let value = if power {
        v.abs().powi(k) * v.signum()
    } else {
        v * 10f64.powi(k)
    };
    if value.is_finite() {
        core.value = Interval::exact(value);
        core.end += rest.len() - digits[n..].len();
    }
}

/// `차량 10대`, `버스 20대`: the counter 대 counts machines after these words, not an age bracket.
pub(super) fn machine_before(before: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    [
        "차량",
        "버스",
        "택시",
        "자동차",
        "대수",
        "차",
        "기",
        "드론",
        "로봇",
        "전기차",
        "트럭",
    ]
    .iter()
    .any(|w| word.ends_with(w))
}
