//! Ranges: a mention joined with a second value after a range mark (`3~5`, `3∼5일`, `3-5`, `3 to 5`,
//! `between 3 and 5`, `10 - 20 달러`). `부터…까지`, `から…まで` and `from … to` say "from … to" (often a change) and
//! stay two mentions.
//!
//! In: the text and a finished mention. Out: the mention, widened to the range. Not done here: date ranges
//! (dates/mod.rs reads a day after a date as a date of the same month).

use super::shape::*;
use super::{cjk, script_of, units};
use crate::types::{Interval, Lang, NumExpr, NumKind};

/// Joins `m` with a second value after a range connector: `3~5`, `3∼5일`, `3-5`, `3 to 5`, `between 3 and 5`,
/// `3부터 5까지`, `3から5まで`, `10 - 20 달러`.
pub(crate) fn range(lang: Lang, s: &str, m: &mut NumExpr) {
    if m.value.is_range()
        || !matches!(
            m.kind,
            NumKind::Quantity | NumKind::Money | NumKind::Percent | NumKind::Duration
        )
    {
        return;
    }
    let rest = &s[m.span.end..];
    let between = lang == Lang::En && ends_with_ci(&s[..m.span.start], "between ");
    let connectors: &[&str] = match lang {
        Lang::En if between => &[" and "],
        Lang::En => &["-", "–", "—", " - ", " – ", " to "],
        _ => &["~", "∼", "〜", "～", " ~ ", " ～ ", " - ", "-"],
    };
    let Some(conn) = connectors.iter().find(|c| rest.starts_with(*c)) else {
        return;
    };
    if *conn == " to " && ends_with_ci(&s[..m.span.start], "from ") {
        return;
    }
    let at = m.span.end + conn.len();
    let Some(c) = s[at..].chars().next() else {
        return;
    };
    let words_ok = if lang == Lang::En {
        c.is_ascii_alphabetic()
    } else {
        could_be_word_numeral(lang, c)
    };
    if !(cjk::is_digit(c) || words_ok) {
        return;
    }
    let Some(second) = core_at(lang, s, at, at) else {
        return;
    };
    if second.kind.is_some() || second.value.is_range() {
        return;
    }
    let (mut end, mut unit2) = (second.end, None);
    // A currency prefix on the second value (`$3-$5`) or a unit after it.
    if let Some((u, len)) = units::suffix_unit(&s[end..]) {
        unit2 = Some(u);
        end += len;
    }
    let (lo, hi) = (m.value.lo, second.value.lo);
    let units_agree = match (m.unit, unit2) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    let hyphen = conn.trim() == "-" || conn.trim() == "–";
    if !units_agree
        || hi <= lo
        || (hyphen && m.unit.is_some() && unit2.is_none() && lang == Lang::En)
    {
        return;
    }
    if *conn == "부터 " && !s[end..].starts_with("까지") {
        return;
    }
    if *conn == "에서 " && !s[end..].starts_with(['까', '로']) {
        return;
    }
    if *conn == "から" && !s[end..].starts_with("まで") {
        return;
    }
    let unit = m.unit.or(unit2);
    m.value = Interval::new(lo, hi);
    m.unit = unit;
    if m.kind == NumKind::Quantity {
        m.kind = units::kind_of(unit);
    }
    if between {
        m.span.start -= "between ".len();
    }
    m.span.end = end;
    // A qualifier after the range (`3~5명 이상`) still applies.
    if let Some((q, len)) = units::suffix_qualifier(&s[end..]) {
        m.qualifier = q;
        m.span.end += len;
    }
}

pub(super) fn could_be_word_numeral(lang: Lang, c: char) -> bool {
    cjk::digit_value(c, script_of(lang)).is_some() || cjk::multiplier(c).is_some()
}
