//! The renderer's quantity styles: plain numbers, money, percents and approximations, each a random value in a
//! random written form with the expectation it must be read back as.
//!
//! In: a language and a random stream. Out: the surface and its [`Expect`]. Not done here: dates, durations.

use super::super::synth::SplitMix64;
use super::forms::*;
use super::Expect;
use crate::types::{Lang, NumKind, Qualifier, Unit};

/// A round-ish amount: a few significant digits at a random magnitude, as press releases write them.
pub(super) fn amount(rng: &mut SplitMix64, max_exp: u32) -> u64 {
    let digits = 1 + rng.below(4) as u32;
    let sig = 10u64.pow(digits - 1) + rng.below((9 * 10u64.pow(digits - 1)) as usize) as u64;
    let exp = rng.below((max_exp.saturating_sub(digits) + 1) as usize) as u32;
    sig * 10u64.pow(exp)
}

pub(super) fn number(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
    let v = amount(rng, 9).max(1);
    let small = 1 + rng.below(99_999) as u64;
    match (lang, rng.below(4)) {
        (Lang::Ko, 0) => (
            format!("{}명", commas(v)),
            Expect::value(v as f64).unit(Unit::Person),
        ),
        (Lang::Ko, 1) => (
            format!("{} 명", mixed(v, lang, rng)),
            Expect::value(v as f64).unit(Unit::Person),
        ),
        (Lang::Ko, 2) => (
            format!("{}명", ko_words(small)),
            Expect::value(small as f64).unit(Unit::Person),
        ),
        (Lang::Ko, _) => {
            let n = 1 + rng.below(99) as u64;
            (
                format!("{} 명", ko_native(n)),
                Expect::value(n as f64).unit(Unit::Person),
            )
        }
        (Lang::Ja, 0) => (
            format!("{}人", commas(v)),
            Expect::value(v as f64).unit(Unit::Person),
        ),
        (Lang::Ja, 1) => (
            format!("{}人", fullwidth(&commas(v))),
            Expect::value(v as f64).unit(Unit::Person),
        ),
        (Lang::Ja, 2) => (
            format!("{}人", kanji_words(small)),
            Expect::value(small as f64).unit(Unit::Person),
        ),
        (Lang::Ja, _) => (
            format!("{}人", mixed(v, lang, rng)),
            Expect::value(v as f64).unit(Unit::Person),
        ),
        (_, 0) => (
            format!("{} people", commas(v)),
            Expect::value(v as f64).unit(Unit::Person),
        ),
        (_, 1) => {
            let tenths = 10 + rng.below(990) as u64;
            let (x, scale) = if rng.below(2) == 0 {
                (tenths, "million")
            } else {
                (tenths, "billion")
            };
            let m = if scale == "million" { 1e6 } else { 1e9 };
            (
                format!("{}.{} {scale} people", x / 10, x % 10),
                Expect::value(x as f64 / 10.0 * m).unit(Unit::Person),
            )
        }
        (_, 2) => {
            let w = 2 + rng.below(999_998) as u64;
            (
                format!("{} people", en_words(w)),
                Expect::value(w as f64).unit(Unit::Person),
            )
        }
        (_, _) => {
            let x = 1 + rng.below(99_999) as u64;
            (
                format!("{}.{} km", x / 10, x % 10),
                Expect::value(x as f64 / 10.0).unit(Unit::Km),
            )
        }
    }
}

pub(super) fn money(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
    let v = amount(rng, 11).max(1);
    let vf = v as f64;
    let e = |u| Expect::value(vf).unit(u);
    match (lang, rng.below(4)) {
        (Lang::Ko, 0) => (format!("{}원", commas(v)), e(Unit::Krw)),
        (Lang::Ko, 1) => (format!("{} 원", mixed(v, lang, rng)), e(Unit::Krw)),
        (Lang::Ko, 2) => (format!("{}달러", commas(v)), e(Unit::Usd)),
        (Lang::Ko, _) => (format!("{}엔", commas(v)), e(Unit::Jpy)),
        (Lang::Ja, 0) => (format!("{}円", commas(v)), e(Unit::Jpy)),
        (Lang::Ja, 1) => (format!("{}円", mixed(v, lang, rng)), e(Unit::Jpy)),
        (Lang::Ja, 2) => (format!("{}ドル", commas(v)), e(Unit::Usd)),
        (Lang::Ja, _) => (format!("{}ウォン", mixed(v, lang, rng)), e(Unit::Krw)),
        (_, 0) => (format!("KRW {}", commas(v)), e(Unit::Krw)),
        (_, 1) => {
            let x = 10 + rng.below(990) as u64;
            (
                format!("KRW {}.{} billion", x / 10, x % 10),
                Expect::value(x as f64 / 10.0 * 1e9).unit(Unit::Krw),
            )
        }
        (_, 2) => (format!("${}", commas(v)), e(Unit::Usd)),
        (_, _) => (format!("{} yen", commas(v)), e(Unit::Jpy)),
    }
}

pub(super) fn percent(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
    let x = rng.below(1000) as u64;
    let text = if x % 10 == 0 {
        format!("{}", x / 10)
    } else {
        format!("{}.{}", x / 10, x % 10)
    };
    let v = x as f64 / 10.0;
    let pct = |s: String| (s, Expect::value(v).unit(Unit::Percent));
    let pts = |s: String| (s, Expect::value(v).unit(Unit::PercentPoint));
    match (lang, rng.below(4)) {
        (Lang::Ko, 0) => pct(format!("{text}%")),
        (Lang::Ko, 1) => pct(format!("{text}퍼센트")),
        (Lang::Ko, 2) => pts(format!("{text}%p")),
        (Lang::Ko, _) => {
            let n = 1 + rng.below(9) as u64;
            (
                format!("{n}할"),
                Expect::value(n as f64 * 10.0)
                    .unit(Unit::Percent)
                    .kind_of(NumKind::Percent),
            )
        }
        (Lang::Ja, 0) => pct(format!("{text}％")),
        (Lang::Ja, 1) => pct(format!("{text}パーセント")),
        (Lang::Ja, 2) => pts(format!("{text}ポイント")),
        (Lang::Ja, _) => {
            let (n, b) = (1 + rng.below(9) as u64, rng.below(10) as u64);
            let s = if b == 0 {
                format!("{n}割")
            } else {
                format!("{n}割{b}分")
            };
            (
                s,
                Expect::value((n * 10 + b) as f64).kind_of(NumKind::Percent),
            )
        }
        (_, 0) => pct(format!("{text}%")),
        (_, 1) => pct(format!("{text} percent")),
        (_, 2) => pct(format!("{text} per cent")),
        (_, _) => pts(format!("{text} percentage points")),
    }
}

pub(super) fn approx(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
    let v = amount(rng, 7).max(2);
    let c = commas(v);
    let hi = v + 1 + rng.below(v as usize) as u64;
    let q = |q: Qualifier| Expect {
        qualifier: q,
        ..Expect::value(v as f64).unit(Unit::Person)
    };
    let range = || Expect {
        hi: hi as f64,
        ..Expect::value(v as f64).unit(Unit::Person)
    };
    match (lang, rng.below(5)) {
        (Lang::Ko, 0) => (format!("약 {c}명"), q(Qualifier::About)),
        (Lang::Ko, 1) => (format!("{c}여 명"), q(Qualifier::About)),
        (Lang::Ko, 2) => (format!("{c}명 이상"), q(Qualifier::AtLeast)),
        (Lang::Ko, 3) => (format!("최대 {c}명"), q(Qualifier::AtMost)),
        (Lang::Ko, _) => (format!("{c}~{}명", commas(hi)), range()),
        (Lang::Ja, 0) => (format!("約{c}人"), q(Qualifier::About)),
        (Lang::Ja, 1) => (format!("{c}人余り"), q(Qualifier::About)),
        (Lang::Ja, 2) => (format!("{c}人以上"), q(Qualifier::AtLeast)),
        (Lang::Ja, 3) => (format!("{c}人未満"), q(Qualifier::Under)),
        (Lang::Ja, _) => (format!("{c}〜{}人", commas(hi)), range()),
        (_, 0) => (format!("about {c} people"), q(Qualifier::About)),
        (_, 1) => (format!("more than {c} people"), q(Qualifier::Over)),
        (_, 2) => (format!("at least {c} people"), q(Qualifier::AtLeast)),
        (_, 3) => (format!("some {c} people"), q(Qualifier::About)),
        (_, _) => (format!("between {c} and {} people", commas(hi)), range()),
    }
}
