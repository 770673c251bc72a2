//! Fractions: `3분의 1`, `3分の1`, `1/3`, and a whole number joined to one (`1과 2분의 1`, `1と2分の1`, `1 4/5`).
//!
//! In: the text and a [`Core`] (the denominator, or the whole number). Out: the core as a ratio. Not done
//! here: English fraction words (english.rs).

use super::shape::*;
use super::{cjk, script_of, Core};
use crate::types::{Interval, Lang, NumKind};

/// Fractions: `3분의 1`, `3分の1`, `1/3`, and a whole number before one (`1과 2분의 1`, `1と2分の1`, `1 4/5`).
pub(super) fn fraction(lang: Lang, s: &str, core: &mut Core) -> bool {
    if let Some((end, v)) = fraction_at(lang, s, core.end, core.value.lo, core.arabic) {
        core.value = Interval::exact(v);
        core.end = end;
        core.kind = Some(NumKind::Ratio);
        return true;
    }
    // A whole number, a joiner, then a fraction.
    let joiners: &[&str] = match lang {
        Lang::Ko => &["과 ", "와 "],
        Lang::Ja => &["と", " と ", " は "],
        Lang::En => &[],
    };
    let rest = &s[core.end..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    let joiner_len = joiners
        .iter()
        .find(|j| rest.starts_with(*j))
        .map(|j| j.len())
        .or((core.arabic && (1..=2).contains(&spaces)).then_some(spaces));
    let Some(len) = joiner_len else {
        return false;
    };
    let at = core.end + len;
    let script = script_of(lang);
    let Some(d) = cjk::read(s, at, script)
        .filter(|d| d.tokens > 0 && d.arabic == core.arabic || !core.arabic)
    else {
        return false;
    };
    let Some((end, f)) = fraction_at(lang, s, d.end, d.value, d.arabic) else {
        return false;
    };
    if !(0.0..1.0).contains(&f.abs()) || core.value.lo.fract() != 0.0 {
        return false;
    }
    let w = core.value.lo;
    core.value = Interval::exact(if w < 0.0 { w - f } else { w + f });
    core.end = end;
    core.kind = Some(NumKind::Ratio);
    true
}

/// The fraction whose denominator `den` ends at `end`: `분의 N`, `分のN`, `/N`. Returns its end and value.
pub(super) fn fraction_at(
    lang: Lang,
    s: &str,
    end: usize,
    den: f64,
    arabic: bool,
) -> Option<(usize, f64)> {
    let script = script_of(lang);
    let rest = &s[end..];
    let marker = match lang {
        Lang::Ko => ["분의 ", "분의", " 분의 ", " 분의"]
            .iter()
            .find(|m| rest.starts_with(*m)),
        Lang::Ja => [" 分の ", "分の"].iter().find(|m| rest.starts_with(*m)),
        Lang::En => None,
    };
    if let Some(m) = marker {
        let at = end + m.len();
        let (neg, at) = match s[at..]
            .strip_prefix("마이너스 ")
            .or(s[at..].strip_prefix("마이너스"))
        {
            Some(r) => (true, s.len() - r.len()),
            None => (false, at),
        };
        let n = numerator(lang, s, at)?;
        let num = if neg { -n.value } else { n.value };
        return (den != 0.0).then(|| (n.end, num / den));
    }
    // `a/b` with digits; not a date (`5/17/2018`) and not after another slash.
    if !arabic || den.fract() != 0.0 {
        return None;
    }
    let r = rest.strip_prefix(['/', '／'])?;
    let at = s.len() - r.len();
    let (e, d) = cjk::digit_run(s, at)?;
    let date_like = s[e..].starts_with(['/', '／']);
    let before = s[..end].trim_end_matches(|c: char| cjk::is_digit(c));
    let after_slash = before.ends_with(['/', '／']);
    let _ = script;
    (!date_like && !after_slash && d != 0.0).then_some((e, den / d))
}

/// The numerator after `분의`/`分の`: the longest numeral that ends a word (`팔분의 일조각` reads `일`).
pub(super) fn numerator(lang: Lang, s: &str, at: usize) -> Option<cjk::Read> {
    let mut limit = s.len();
    loop {
        let r = cjk::read(&s[..limit], at, script_of(lang))?;
        // A multiplier glued to the word after it is cut off (`일조각` is `일` + `조각`, `일만큼` is `일` + `만큼`).
        let cut_multiplier =
            limit < s.len() && s[r.end..].starts_with(|c| cjk::multiplier(c).is_some());
        let ok = match lang {
            Lang::Ko => ko_word_end(s, r.end) || cut_multiplier,
            _ => true,
        };
        if ok {
            return Some(r);
        }
        let last = s[..r.end].chars().next_back()?;
        limit = r.end - last.len_utf8();
        if limit <= at {
            return None;
        }
    }
}
