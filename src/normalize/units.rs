//! Units and qualifiers: the words around a number that say what it counts and how exact it is.
//!
//! In: the text right after (or before) a number. Out: a [`Unit`] or [`Qualifier`] and the bytes it takes. The
//! tables are script-independent: `명`, `人` and `people` are all [`Unit::Person`]. Not done here: unit
//! conversion (km↔mi), which QA may add later.

use super::wordlist::{End, Index, Order};
use crate::types::{NumKind, Qualifier, Unit};
use std::sync::OnceLock;

/// Unit words written after a number, longest first within a language so that `개국` wins over `개`.
const SUFFIX_UNITS: &[(&str, Unit)] = &[
    ("개국", Unit::Country),
    ("か国", Unit::Country),
    ("カ国", Unit::Country),
    ("ヶ国", Unit::Country),
    ("ケ国", Unit::Country),
    ("countries", Unit::Country),
    ("country", Unit::Country),
    ("nations", Unit::Country),
    ("명", Unit::Person),
    ("인", Unit::Person),
    ("사람", Unit::Person),
    ("人", Unit::Person),
    ("名", Unit::Person),
    ("people", Unit::Person),
    ("persons", Unit::Person),
    ("person", Unit::Person),
    ("participants", Unit::Person),
    ("visitors", Unit::Person),
    ("residents", Unit::Person),
    ("citizens", Unit::Person),
    ("delegates", Unit::Person),
    ("officials", Unit::Person),
    ("원", Unit::Krw),
    ("₩", Unit::Krw),
    ("￦", Unit::Krw),
    ("ウォン", Unit::Krw),
    ("won", Unit::Krw),
    ("엔", Unit::Jpy),
    ("円", Unit::Jpy),
    ("yen", Unit::Jpy),
    ("캐나다 달러", Unit::Cad),
    ("캐나다달러", Unit::Cad),
    ("カナダドル", Unit::Cad),
    ("Canadian dollars", Unit::Cad),
    ("홍콩 달러", Unit::Hkd),
    ("홍콩달러", Unit::Hkd),
    ("香港ドル", Unit::Hkd),
    ("Hong Kong dollars", Unit::Hkd),
    ("호주 달러", Unit::Aud),
    ("호주달러", Unit::Aud),
    ("豪ドル", Unit::Aud),
    ("オーストラリアドル", Unit::Aud),
    ("Australian dollars", Unit::Aud),
    ("대만 달러", Unit::Twd),
    ("대만달러", Unit::Twd),
    ("台湾ドル", Unit::Twd),
    ("ニュー台湾ドル", Unit::Twd),
    ("新台湾ドル", Unit::Twd),
    ("스위스 프랑", Unit::Chf),
    ("スイスフラン", Unit::Chf),
    ("Swiss francs", Unit::Chf),
    ("スイス・フラン", Unit::Chf),
    ("프랑", Unit::Franc),
    ("フラン", Unit::Franc),
    ("francs", Unit::Franc),
    ("franc", Unit::Franc),
    ("펜스", Unit::Pence),
    ("페니", Unit::Pence),
    ("ペンス", Unit::Pence),
    ("ペニー", Unit::Pence),
    ("pence", Unit::Pence),
    ("penny", Unit::Pence),
    ("나이라", Unit::Naira),
    ("ナイラ", Unit::Naira),
    ("naira", Unit::Naira),
    ("네덜란드 휠던", Unit::Guilder),
    ("휠던", Unit::Guilder),
    ("길더", Unit::Guilder),
    ("ギルダー", Unit::Guilder),
    ("guilders", Unit::Guilder),
    ("센트", Unit::Cent),
    ("セント", Unit::Cent),
    ("cents", Unit::Cent),
    ("미국 달러", Unit::Usd),
    ("米ドル", Unit::Usd),
    ("US dollars", Unit::Usd),
    ("달러", Unit::Usd),
    ("불", Unit::Usd),
    ("ドル", Unit::Usd),
    ("dollars", Unit::Usd),
    ("dollar", Unit::Usd),
    ("유로", Unit::Eur),
    ("ユーロ", Unit::Eur),
    ("euros", Unit::Eur),
    ("euro", Unit::Eur),
    ("위안", Unit::Cny),
    ("人民元", Unit::Cny),
    ("元", Unit::Cny),
    ("yuan", Unit::Cny),
    ("파운드", Unit::Gbp),
    ("ポンド", Unit::Gbp),
    ("pounds", Unit::Gbp),
    ("바트", Unit::Thb),
    ("バーツ", Unit::Thb),
    ("baht", Unit::Thb),
    ("%p", Unit::PercentPoint),
    ("％p", Unit::PercentPoint),
    ("%포인트", Unit::PercentPoint),
    ("％ポイント", Unit::PercentPoint),
    ("%ポイント", Unit::PercentPoint),
    ("퍼센트포인트", Unit::PercentPoint),
    ("퍼센트 포인트", Unit::PercentPoint),
    ("パーセントポイント", Unit::PercentPoint),
    ("포인트", Unit::PercentPoint),
    ("ポイント", Unit::PercentPoint),
    ("percentage points", Unit::PercentPoint),
    ("percentage point", Unit::PercentPoint),
    ("%", Unit::Percent),
    ("％", Unit::Percent),
    ("퍼센트", Unit::Percent),
    ("퍼센티지", Unit::Percent),
    ("프로", Unit::Percent),
    ("パーセント", Unit::Percent),
    ("percent", Unit::Percent),
    ("per cent", Unit::Percent),
    ("km²", Unit::SquareMeter),
    ("km", Unit::Km),
    ("㎞", Unit::Km),
    ("킬로미터", Unit::Km),
    ("キロメートル", Unit::Km),
    ("キロ", Unit::Km),
    ("kilometres", Unit::Km),
    ("kilometers", Unit::Km),
    ("m²", Unit::SquareMeter),
    ("m2", Unit::SquareMeter),
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
    ("톤", Unit::Ton),
    ("トン", Unit::Ton),
    ("tonnes", Unit::Ton),
    ("tons", Unit::Ton),
    ("t", Unit::Ton),
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
    ("주간", Unit::Week),
    ("주일", Unit::Week),
    ("週間", Unit::Week),
    ("weeks", Unit::Week),
    ("week", Unit::Week),
    ("년간", Unit::Year),
    ("년", Unit::Year),
    ("해", Unit::Year),
    ("年間", Unit::Year),
    ("年", Unit::Year),
    ("years", Unit::Year),
    ("year", Unit::Year),
    ("개월", Unit::Month),
    ("달", Unit::Month),
    ("か月", Unit::Month),
    ("カ月", Unit::Month),
    ("ヶ月", Unit::Month),
    ("ケ月", Unit::Month),
    ("months", Unit::Month),
    ("month", Unit::Month),
    ("시간", Unit::Hour),
    ("時間", Unit::Hour),
    ("hours", Unit::Hour),
    ("hour", Unit::Hour),
    ("minutes", Unit::Minute),
    ("개 도시", Unit::City),
    ("개도시", Unit::City),
    ("도시", Unit::City),
    ("都市", Unit::City),
    ("cities", Unit::City),
    ("members", Unit::Person),
    ("member", Unit::Person),
    ("개소", Unit::Place),
    ("곳", Unit::Place),
    ("군데", Unit::Place),
    ("か所", Unit::Place),
    ("カ所", Unit::Place),
    ("ヶ所", Unit::Place),
    ("箇所", Unit::Place),
    ("places", Unit::Place),
    ("sites", Unit::Place),
    ("locations", Unit::Place),
    ("차례", Unit::Session),
    ("회", Unit::Session),
    ("번", Unit::Session),
    ("回", Unit::Session),
    ("times", Unit::Session),
    ("개", Unit::Item),
    ("대", Unit::Item),
    ("個", Unit::Item),
    ("台", Unit::Item),
    ("つ", Unit::Item),
    ("items", Unit::Item),
    ("살", Unit::Age),
    ("세", Unit::Age),
    ("歳", Unit::Age),
    ("才", Unit::Age),
    ("years old", Unit::Age),
];

/// Currency marks written before a number.
const PREFIX_UNITS: &[(&str, Unit)] = &[
    ("KRW ", Unit::Krw),
    ("KRW", Unit::Krw),
    ("₩", Unit::Krw),
    ("￦", Unit::Krw),
    ("JPY ", Unit::Jpy),
    ("JPY", Unit::Jpy),
    ("¥", Unit::Jpy),
    ("￥", Unit::Jpy),
    ("USD ", Unit::Usd),
    ("USD", Unit::Usd),
    ("HK$", Unit::Hkd),
    ("NT$", Unit::Twd),
    ("C$", Unit::Cad),
    ("A$", Unit::Aud),
    ("CHF ", Unit::Chf),
    ("US$", Unit::Usd),
    ("US $", Unit::Usd),
    ("$", Unit::Usd),
    ("＄", Unit::Usd),
    ("EUR ", Unit::Eur),
    ("EUR", Unit::Eur),
    ("€", Unit::Eur),
    ("CNY ", Unit::Cny),
    ("RMB ", Unit::Cny),
    ("GBP ", Unit::Gbp),
    ("£", Unit::Gbp),
    ("THB ", Unit::Thb),
    ("฿", Unit::Thb),
];

/// Qualifiers written after the number (and its unit).
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("余り", Qualifier::About),
    ("あまり", Qualifier::About),
    ("余", Qualifier::About),
    ("여", Qualifier::About),
    ("남짓", Qualifier::About),
    ("가량", Qualifier::About),
    ("정도", Qualifier::About),
    ("내외", Qualifier::About),
    ("안팎", Qualifier::About),
    ("쯤", Qualifier::About),
    ("程度", Qualifier::About),
    ("ほど", Qualifier::About),
    ("くらい", Qualifier::About),
    ("ぐらい", Qualifier::About),
    ("前後", Qualifier::About),
    ("近く", Qualifier::About),
    ("이상", Qualifier::AtLeast),
    ("以上", Qualifier::AtLeast),
    ("이하", Qualifier::AtMost),
    ("이내", Qualifier::AtMost),
    ("以下", Qualifier::AtMost),
    ("以内", Qualifier::AtMost),
    ("미만", Qualifier::Under),
    ("未満", Qualifier::Under),
    ("弱", Qualifier::Under),
    ("초과", Qualifier::Over),
    ("超", Qualifier::Over),
    ("強", Qualifier::Over),
    ("넘게", Qualifier::Over),
    ("이 넘는", Qualifier::Over),
    ("가 넘는", Qualifier::Over),
    ("을 넘는", Qualifier::Over),
    ("를 넘는", Qualifier::Over),
    ("を超える", Qualifier::Over),
    ("を上回る", Qualifier::Over),
    ("or more", Qualifier::AtLeast),
    ("or over", Qualifier::AtLeast),
    ("or less", Qualifier::AtMost),
    ("or fewer", Qualifier::AtMost),
    ("plus", Qualifier::Over),
    ("+", Qualifier::Over),
];

/// Qualifiers written before the number, matched at the end of the preceding text.
const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("약 ", Qualifier::About),
    ("약", Qualifier::About),
    ("대략 ", Qualifier::About),
    ("約", Qualifier::About),
    ("およそ", Qualifier::About),
    ("ほぼ", Qualifier::About),
    ("about ", Qualifier::About),
    ("around ", Qualifier::About),
    ("approximately ", Qualifier::About),
    ("approx. ", Qualifier::About),
    ("roughly ", Qualifier::About),
    ("some ", Qualifier::About),
    ("nearly ", Qualifier::About),
    ("almost ", Qualifier::About),
    ("an estimated ", Qualifier::About),
    ("more than ", Qualifier::Over),
    ("over ", Qualifier::Over),
    ("above ", Qualifier::Over),
    ("in excess of ", Qualifier::Over),
    ("at least ", Qualifier::AtLeast),
    ("a minimum of ", Qualifier::AtLeast),
    ("no fewer than ", Qualifier::AtLeast),
    ("no less than ", Qualifier::AtLeast),
    ("up to ", Qualifier::AtMost),
    ("at most ", Qualifier::AtMost),
    ("a maximum of ", Qualifier::AtMost),
    ("no more than ", Qualifier::AtMost),
    ("less than ", Qualifier::Under),
    ("fewer than ", Qualifier::Under),
    ("under ", Qualifier::Under),
    ("below ", Qualifier::Under),
    ("최대 ", Qualifier::AtMost),
    ("최소 ", Qualifier::AtLeast),
    ("最大", Qualifier::AtMost),
    ("最高", Qualifier::AtMost),
    ("最低", Qualifier::AtLeast),
    ("最小", Qualifier::AtLeast),
];

fn word_ok(rest: &str, word: &str) -> bool {
    // An ASCII word must end at a word boundary (`won` is not `wonderful`, `day` is not `daytime`).
    if !word.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
        return true;
    }
    // Hangul or kana after it is a particle (`12.6km로`, `45ha에`), not more of the word.
    !rest[word.len()..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// A unit at the start of `rest` (after at most one space or hyphen): the unit and the bytes taken.
pub fn suffix_unit(rest: &str) -> Option<(Unit, usize)> {
    let skip = match rest.chars().next() {
        Some(' ') | Some('-') => 1,
        _ => 0,
    };
    let r = &rest[skip..];
    // The longest unit word wins (`人民元` over `人`, `km²` over `km`).
    static INDEX: OnceLock<Index<Unit>> = OnceLock::new();
    INDEX
        .get_or_init(|| Index::new(SUFFIX_UNITS, End::First, Order::Listed))
        .candidates(r)
        .iter()
        .filter(|(w, _)| r.starts_with(w) && word_ok(r, w) && !longer_word(r, w))
        .max_by_key(|(w, _)| w.len())
        .map(|&(w, u)| (u, skip + w.len()))
}

/// Korean and Japanese counters that open a longer word: `20세기` is a century, `3대 전략` three major
/// strategies, `元年` an era's first year.
fn longer_word(r: &str, w: &str) -> bool {
    let next = &r[w.len()..];
    match w {
        "세" => next.starts_with('기'),
        "元" => next.starts_with('年'),
        // `3人分`, `3인분`: portions for three (servings, jobs), not three people.
        "人" | "인" => next.starts_with('分') || next.starts_with('분'),
        // `프랑스` is France.
        "프랑" => next.starts_with('스'),
        "대" => next.starts_with(' '),
        _ => false,
    }
}

/// A currency mark at the end of `before`: the unit and the bytes it takes.
pub fn prefix_unit(before: &str) -> Option<(Unit, usize)> {
    let symbol = |w: &str| !w.ends_with(|c: char| c.is_ascii_alphabetic() || c == ' ');
    PREFIX_UNITS
        .iter()
        .filter_map(|&(w, u)| {
            if ends_with_ci(before, w) {
                Some((u, w.len()))
            } else if symbol(w) && before.strip_suffix(' ').is_some_and(|b| ends_with_ci(b, w)) {
                // `$ 48.2`, `€ 1.5`: a currency sign spaced from its amount.
                Some((u, w.len() + 1))
            } else {
                None
            }
        })
        .max_by_key(|&(_, len)| len)
}

/// A qualifier at the start of `rest` (after at most one space).
pub fn suffix_qualifier(rest: &str) -> Option<(Qualifier, usize)> {
    let skip = usize::from(rest.starts_with(' '));
    let r = &rest[skip..];
    static INDEX: OnceLock<Index<Qualifier>> = OnceLock::new();
    INDEX
        .get_or_init(|| Index::new(SUFFIX_QUALIFIERS, End::First, Order::Listed))
        .candidates(r)
        .iter()
        .find(|(w, _)| r.starts_with(w) && word_ok(r, w))
        .map(|&(w, q)| (q, skip + w.len()))
        .or_else(|| ko_verb_qualifier(rest))
}

/// Korean verbs that bound the number they take as object: `40%를 (조금) 웃돈다` (just over), `…를 밑돈다` (just
/// under). The particle and an adverb of degree may stand between; the span ends before the verb's ending.
fn ko_verb_qualifier(rest: &str) -> Option<(Qualifier, usize)> {
    let r = rest
        .strip_prefix('을')
        .or_else(|| rest.strip_prefix('를'))?;
    let r = r.strip_prefix(' ')?;
    let r = ["조금 ", "약간 ", "다소 ", "소폭 ", "크게 "]
        .iter()
        .find_map(|a| r.strip_prefix(a))
        .unwrap_or(r);
    let (q, verb) = [
        (Qualifier::Over, "웃돌"),
        (Qualifier::Over, "웃돈"),
        (Qualifier::Over, "웃도"),
        (Qualifier::Under, "밑돌"),
        (Qualifier::Under, "밑돈"),
        (Qualifier::Under, "밑도"),
    ]
    .into_iter()
    .find(|(_, v)| r.starts_with(v))?;
    Some((q, rest.len() - r.len() + verb.len()))
}

/// True for an approximation that leans above its number: `3천여 명`, `3,000人余り`, `3千余人`, `남짓` (a
/// little over). QA reads it as a lower bound against `fewer than 3,000`.
pub fn leans_over(surface: &str) -> bool {
    surface.contains("여 ")
        || surface.contains("여명")
        || surface.ends_with('여')
        || ["余", "남짓", "あまり"].iter().any(|w| surface.contains(w))
}

/// A qualifier at the end of `before`.
pub fn prefix_qualifier(before: &str) -> Option<(Qualifier, usize)> {
    // The longest qualifier wins (`no more than` over `more than`).
    PREFIX_QUALIFIERS
        .iter()
        .filter(|(w, _)| {
            ends_with_ci(before, w)
                && !glued(
                    before[..before.len() - w.len()].chars().next_back(),
                    w.chars().next(),
                )
        })
        .max_by_key(|(w, _)| w.len())
        .map(|&(w, q)| (q, w.len()))
}

/// True when `prev` would make `first` the middle of a word: same script class (`계약 3천` is not `약 3천`,
/// `契約` is not `約`, `Islands over` keeps `over` a word of its own only after a space).
pub(crate) fn glued(prev: Option<char>, first: Option<char>) -> bool {
    let (Some(p), Some(f)) = (prev, first) else {
        return false;
    };
    let class = |c: char| {
        if c.is_ascii_alphabetic() {
            1
        } else if ('가'..='힣').contains(&c) {
            2
        } else if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
            3
        } else {
            0
        }
    };
    class(p) != 0 && class(p) == class(f)
}

/// `before` ends with `w`, ASCII letters compared case-insensitively (`About 3,000`, `More than 40`).
fn ends_with_ci(before: &str, w: &str) -> bool {
    before.len() >= w.len()
        && before.is_char_boundary(before.len() - w.len())
        && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
}

/// The kind a unit implies.
pub fn kind_of(unit: Option<Unit>) -> NumKind {
    match unit {
        Some(u) if is_currency(u) => NumKind::Money,
        Some(Unit::Percent) => NumKind::Percent,
        Some(Unit::PercentPoint) => NumKind::PercentPoint,
        Some(
            Unit::Night
            | Unit::Day
            | Unit::Week
            | Unit::Year
            | Unit::Month
            | Unit::Hour
            | Unit::Minute,
        ) => NumKind::Duration,
        Some(Unit::Time) => NumKind::Time,
        _ => NumKind::Quantity,
    }
}

/// True for the money units.
pub fn is_currency(u: Unit) -> bool {
    matches!(
        u,
        Unit::Krw
            | Unit::Jpy
            | Unit::Usd
            | Unit::Eur
            | Unit::Cny
            | Unit::Gbp
            | Unit::Thb
            | Unit::Cad
            | Unit::Hkd
            | Unit::Aud
            | Unit::Twd
            | Unit::Chf
            | Unit::Franc
            | Unit::Pence
            | Unit::Naira
            | Unit::Guilder
            | Unit::Cent
    )
}
