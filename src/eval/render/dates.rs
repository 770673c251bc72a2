//! The renderer's calendar styles: dates (with weekdays computed by [`calendar`], era years, partial dates) and
//! durations (`7박 9일`, `three nights`).
//!
//! In: a language and a random stream. Out: the surface and its [`Expect`]. Not done here: clock times.

use super::super::synth::SplitMix64;
use super::forms::*;
use super::Expect;
use crate::normalize::dates::calendar;
use crate::types::{Lang, NumKind, Unit};

impl Expect {
    pub(super) fn kind_of(mut self, k: NumKind) -> Self {
        self.kind = Some(k);
        self
    }
}

pub(super) fn date(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
    let y = 2000 + rng.below(31) as i32;
    let m = 1 + rng.below(12) as u32;
    let d = 1 + rng.below(calendar::days_in_month(y, m) as usize) as u32;
    let wd = calendar::weekday(y, m, d);
    let full = format!("{y:04}-{m:02}-{d:02}");
    let partial = format!("XXXX-{m:02}-{d:02}");
    let want = |iso: &str, w: Option<u8>| Expect {
        date: Some(iso.to_string()),
        weekday: w,
        ..Expect::value(0.0)
    };
    const KO_WD: [&str; 7] = ["월", "화", "수", "목", "금", "토", "일"];
    const JA_WD: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
    const EN_WD: [&str; 7] = crate::normalize::ENGLISH_WEEKDAYS;
    const MONTHS: [&str; 12] = crate::normalize::ENGLISH_MONTHS;
    let w = usize::from(wd - 1);
    match (lang, rng.below(4)) {
        (Lang::Ko, 0) => (
            format!("{y}년 {m}월 {d}일({})", KO_WD[w]),
            want(&full, Some(wd)),
        ),
        (Lang::Ko, 1) => (format!("{y}. {m}. {d}."), want(&full, None)),
        (Lang::Ko, 2) => (format!("{m}월 {d}일"), want(&partial, None)),
        (Lang::Ko, _) => (format!("{y}년 {m}월 {d}일"), want(&full, None)),
        (Lang::Ja, 0) => (
            format!("{y}年{m}月{d}日（{}）", JA_WD[w]),
            want(&full, Some(wd)),
        ),
        (Lang::Ja, 1) if y >= 2019 && (y, m) >= (2019, 5) => {
            let r = y - 2018;
            let era = if r == 1 {
                "元".to_string()
            } else {
                r.to_string()
            };
            (format!("令和{era}年{m}月{d}日"), want(&full, None))
        }
        (Lang::Ja, 2) => (format!("{m}月{d}日"), want(&partial, None)),
        (Lang::Ja, _) => (fullwidth(&format!("{y}年{m}月{d}日")), want(&full, None)),
        (_, 0) => (
            format!("{} {d}, {y}", MONTHS[m as usize - 1]),
            want(&full, None),
        ),
        (_, 1) => (
            format!("{d} {} {y}", MONTHS[m as usize - 1]),
            want(&full, None),
        ),
        (_, 2) => (
            format!("{}, {} {d}, {y}", EN_WD[w], MONTHS[m as usize - 1]),
            want(&full, Some(wd)),
        ),
        (_, _) => (
            format!("{} {d}", MONTHS[m as usize - 1]),
            want(&partial, None),
        ),
    }
}

pub(super) fn duration(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
    let n = 1 + rng.below(30) as u64;
    let nf = n as f64;
    let trip = |s: String, nights: f64| {
        let mut e = Expect::value(nights).unit(Unit::Night);
        e.then = Some((nights + 1.0, Unit::Day));
        (s, e)
    };
    match (lang, rng.below(4)) {
        (Lang::Ko, 0) => trip(format!("{n}박 {}일", n + 1), nf),
        (Lang::Ko, 1) => (format!("{n}일간"), Expect::value(nf).unit(Unit::Day)),
        (Lang::Ko, 2) => (format!("{n}개월"), Expect::value(nf).unit(Unit::Month)),
        (Lang::Ko, _) => (format!("{n}시간"), Expect::value(nf).unit(Unit::Hour)),
        (Lang::Ja, 0) => trip(format!("{n}泊{}日", n + 1), nf),
        (Lang::Ja, 1) => (format!("{n}日間"), Expect::value(nf).unit(Unit::Day)),
        (Lang::Ja, 2) => (format!("{n}か月"), Expect::value(nf).unit(Unit::Month)),
        (Lang::Ja, _) => (format!("{n}時間"), Expect::value(nf).unit(Unit::Hour)),
        (_, 0) => {
            let k = 1 + rng.below(18) as u64;
            trip(
                format!("{} nights and {} days", en_words(k), en_words(k + 1)),
                k as f64,
            )
        }
        (_, 1) => (format!("{n} days"), Expect::value(nf).unit(Unit::Day)),
        (_, 2) => (
            format!("{} weeks", en_words(n)),
            Expect::value(nf).unit(Unit::Week),
        ),
        (_, _) => (format!("{n} months"), Expect::value(nf).unit(Unit::Month)),
    }
}
