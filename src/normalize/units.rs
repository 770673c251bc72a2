//! Units and qualifiers: the words around a number that say what it counts and how exact it is.
//!
//! In: the text right after (or before) a number. Out: a [`Unit`] or [`Qualifier`] and the bytes it takes. The
//! tables are script-independent: `명`, `人` and `people` are all [`Unit::Person`]. Not done here: unit
//! conversion (km↔mi), which QA may add later.

use crate::types::{NumKind, Qualifier, Unit};

/// Unit words written after a number, longest first within a language so that `개국` wins over `개`.
const SUFFIX_UNITS: &[(&str, Unit)] = &[
    ("개국", Unit::Country),
    ("か国", Unit::Country),
    ("カ国", Unit::Country),
    ("ヶ国", Unit::Country),
    ("countries", Unit::Country),
    ("country", Unit::Country),
    ("명", Unit::Person),
    ("인", Unit::Person),
    ("人", Unit::Person),
    ("people", Unit::Person),
    ("persons", Unit::Person),
    ("participants", Unit::Person),
    ("visitors", Unit::Person),
    ("원", Unit::Krw),
    ("ウォン", Unit::Krw),
    ("won", Unit::Krw),
    ("엔", Unit::Jpy),
    ("円", Unit::Jpy),
    ("yen", Unit::Jpy),
    ("달러", Unit::Usd),
    ("ドル", Unit::Usd),
    ("dollars", Unit::Usd),
    ("유로", Unit::Eur),
    ("ユーロ", Unit::Eur),
    ("euros", Unit::Eur),
    ("%", Unit::Percent),
    ("％", Unit::Percent),
    ("퍼센트", Unit::Percent),
    ("パーセント", Unit::Percent),
    ("percent", Unit::Percent),
    ("per cent", Unit::Percent),
    ("km", Unit::Km),
    ("㎞", Unit::Km),
    ("킬로미터", Unit::Km),
    ("キロメートル", Unit::Km),
    ("キロ", Unit::Km),
    ("kilometres", Unit::Km),
    ("kilometers", Unit::Km),
    ("m²", Unit::SquareMeter),
    ("㎡", Unit::SquareMeter),
    ("제곱미터", Unit::SquareMeter),
    ("平方メートル", Unit::SquareMeter),
    ("square metres", Unit::SquareMeter),
    ("square meters", Unit::SquareMeter),
    ("m", Unit::Meter),
    ("미터", Unit::Meter),
    ("メートル", Unit::Meter),
    ("metres", Unit::Meter),
    ("meters", Unit::Meter),
    ("ha", Unit::Hectare),
    ("헥타르", Unit::Hectare),
    ("ヘクタール", Unit::Hectare),
    ("hectares", Unit::Hectare),
    ("kg", Unit::Kg),
    ("킬로그램", Unit::Kg),
    ("キログラム", Unit::Kg),
    ("박", Unit::Night),
    ("泊", Unit::Night),
    ("nights", Unit::Night),
    ("night", Unit::Night),
    ("일간", Unit::Day),
    ("일", Unit::Day),
    ("日間", Unit::Day),
    ("日", Unit::Day),
    ("days", Unit::Day),
    ("day", Unit::Day),
    ("년간", Unit::Year),
    ("년", Unit::Year),
    ("年間", Unit::Year),
    ("年", Unit::Year),
    ("years", Unit::Year),
    ("year", Unit::Year),
    ("개월", Unit::Month),
    ("か月", Unit::Month),
    ("カ月", Unit::Month),
    ("ヶ月", Unit::Month),
    ("months", Unit::Month),
    ("month", Unit::Month),
    ("시간", Unit::Hour),
    ("時間", Unit::Hour),
    ("hours", Unit::Hour),
    ("hour", Unit::Hour),
    ("개소", Unit::Place),
    ("곳", Unit::Place),
    ("か所", Unit::Place),
    ("カ所", Unit::Place),
    ("ヶ所", Unit::Place),
    ("places", Unit::Place),
    ("sites", Unit::Place),
];

/// Currency marks written before a number.
const PREFIX_UNITS: &[(&str, Unit)] = &[
    ("KRW ", Unit::Krw),
    ("KRW", Unit::Krw),
    ("₩", Unit::Krw),
    ("JPY ", Unit::Jpy),
    ("JPY", Unit::Jpy),
    ("¥", Unit::Jpy),
    ("￥", Unit::Jpy),
    ("USD ", Unit::Usd),
    ("US$", Unit::Usd),
    ("$", Unit::Usd),
    ("EUR ", Unit::Eur),
    ("€", Unit::Eur),
];

/// Qualifiers written after the number (and its unit).
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("余り", Qualifier::About),
    ("あまり", Qualifier::About),
    ("余", Qualifier::About),
    ("여", Qualifier::About),
    ("가량", Qualifier::About),
    ("정도", Qualifier::About),
    ("내외", Qualifier::About),
    ("안팎", Qualifier::About),
    ("程度", Qualifier::About),
    ("ほど", Qualifier::About),
    ("이상", Qualifier::AtLeast),
    ("以上", Qualifier::AtLeast),
    ("이하", Qualifier::AtMost),
    ("以下", Qualifier::AtMost),
    ("미만", Qualifier::Under),
    ("未満", Qualifier::Under),
    ("초과", Qualifier::Over),
    ("超", Qualifier::Over),
    ("or more", Qualifier::AtLeast),
];

/// Qualifiers written before the number, matched at the end of the preceding text.
const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("약 ", Qualifier::About),
    ("約", Qualifier::About),
    ("およそ", Qualifier::About),
    ("about ", Qualifier::About),
    ("About ", Qualifier::About),
    ("around ", Qualifier::About),
    ("Around ", Qualifier::About),
    ("approximately ", Qualifier::About),
    ("some ", Qualifier::About),
    ("Some ", Qualifier::About),
    ("nearly ", Qualifier::About),
    ("almost ", Qualifier::About),
    ("more than ", Qualifier::Over),
    ("More than ", Qualifier::Over),
    ("over ", Qualifier::Over),
    ("at least ", Qualifier::AtLeast),
    ("up to ", Qualifier::AtMost),
    ("less than ", Qualifier::Under),
    ("fewer than ", Qualifier::Under),
    ("최대 ", Qualifier::AtMost),
    ("최소 ", Qualifier::AtLeast),
    ("最大", Qualifier::AtMost),
    ("最低", Qualifier::AtLeast),
];

fn word_ok(rest: &str, word: &str) -> bool {
    // An ASCII word must end at a word boundary (`won` is not `wonderful`, `day` is not `daytime`).
    if !word.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
        return true;
    }
    !rest[word.len()..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric())
}

/// A unit at the start of `rest` (after at most one space or hyphen): the unit and the bytes taken.
pub fn suffix_unit(rest: &str) -> Option<(Unit, usize)> {
    let skip = match rest.chars().next() {
        Some(' ') | Some('-') => 1,
        _ => 0,
    };
    let r = &rest[skip..];
    SUFFIX_UNITS
        .iter()
        .find(|(w, _)| r.starts_with(w) && word_ok(r, w))
        .map(|&(w, u)| (u, skip + w.len()))
}

/// A currency mark at the end of `before`: the unit and the bytes it takes.
pub fn prefix_unit(before: &str) -> Option<(Unit, usize)> {
    PREFIX_UNITS
        .iter()
        .find(|(w, _)| before.ends_with(w))
        .map(|&(w, u)| (u, w.len()))
}

/// A qualifier at the start of `rest` (after at most one space).
pub fn suffix_qualifier(rest: &str) -> Option<(Qualifier, usize)> {
    let skip = usize::from(rest.starts_with(' '));
    let r = &rest[skip..];
    SUFFIX_QUALIFIERS
        .iter()
        .find(|(w, _)| r.starts_with(w) && word_ok(r, w))
        .map(|&(w, q)| (q, skip + w.len()))
}

/// A qualifier at the end of `before`.
pub fn prefix_qualifier(before: &str) -> Option<(Qualifier, usize)> {
    PREFIX_QUALIFIERS
        .iter()
        .find(|(w, _)| {
            before.ends_with(w)
                && !before[..before.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphabetic())
        })
        .map(|&(w, q)| (q, w.len()))
}

/// The kind a unit implies.
pub fn kind_of(unit: Option<Unit>) -> NumKind {
    match unit {
        Some(Unit::Krw | Unit::Jpy | Unit::Usd | Unit::Eur) => NumKind::Money,
        Some(Unit::Percent) => NumKind::Percent,
        Some(Unit::Night | Unit::Day | Unit::Year | Unit::Month | Unit::Hour) => NumKind::Duration,
        Some(Unit::Time) => NumKind::Time,
        _ => NumKind::Quantity,
    }
}
