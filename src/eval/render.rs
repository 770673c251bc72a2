//! `eval numbers`, second table: a seeded renderer writes random values in every style (ko, ja, en × plain
//! numbers, money, percents, dates, durations, approximations) into short press-like sentences, and the extractor
//! must read each back to the same value. Every style draws from its own [`SplitMix64`] stream (seeded from the
//! style's name), so the figures are the same on every machine.
//!
//! Within a style, the written form varies: digits with separators, full-width digits, kanji and Sino-Korean
//! words, native Korean before counters, English words, multipliers (`3억 4,500만`, `2億4千万`, `1.2 million`),
//! currency marks before or after, weekdays computed with [`calendar`]. In: a count per style. Out: one
//! [`RenderRow`] per style and the first failures. Not done here: printing.

use super::synth::SplitMix64;
use crate::normalize::dates::calendar;
use crate::normalize::{Extractor, RuleExtractor};
use crate::types::{Lang, NumExpr, NumKind, Qualifier, Span, Unit};

/// What a rendered sentence must be read back as.
#[derive(Debug, Clone, PartialEq)]
struct Expect {
    lo: f64,
    hi: f64,
    unit: Option<Unit>,
    kind: Option<NumKind>,
    qualifier: Qualifier,
    date: Option<String>,
    weekday: Option<u8>,
    /// A second mention (the days of `7박 9일`).
    then: Option<(f64, Unit)>,
}

impl Expect {
    fn value(v: f64) -> Self {
        Expect {
            lo: v,
            hi: v,
            unit: None,
            kind: None,
            qualifier: Qualifier::Exact,
            date: None,
            weekday: None,
            then: None,
        }
    }

    fn unit(mut self, u: Unit) -> Self {
        self.unit = Some(u);
        self
    }
}

/// The styles, in table order.
pub const KINDS: [&str; 6] = ["number", "money", "percent", "date", "duration", "approx"];

/// One line of the renderer table.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderRow {
    pub lang: Lang,
    pub style: &'static str,
    pub values: usize,
    pub read_back: usize,
}

impl RenderRow {
    pub fn rate(&self) -> f64 {
        if self.values == 0 {
            1.0
        } else {
            self.read_back as f64 / self.values as f64
        }
    }
}

fn seed(name: &str) -> u64 {
    // FNV-1a of the style name: a fixed, documented seed per style.
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Renders `n` values of every style and reads them back. Returns the rows and up to `keep` failures per style
/// (sentence, expected, found).
pub fn evaluate(n: usize, keep: usize) -> (Vec<RenderRow>, Vec<String>) {
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for style in KINDS {
            let mut rng = SplitMix64(seed(&format!("{lang}/{style}")));
            let mut ok = 0;
            let mut kept = 0;
            for _ in 0..n {
                let (sentence, pos, want) = render(lang, style, &mut rng);
                let f = RuleExtractor.extract(lang, &sentence, Span::new(0, sentence.len()));
                if read_back(&f.numbers, pos, &want) {
                    ok += 1;
                } else if kept < keep {
                    kept += 1;
                    failures.push(format!(
                        "{lang}/{style}: {sentence} | want {want:?} | got {:?}",
                        f.numbers
                            .iter()
                            .map(|m| (
                                &sentence[m.span.range()],
                                m.kind,
                                m.value.lo,
                                m.value.hi,
                                m.unit,
                                m.qualifier
                            ))
                            .collect::<Vec<_>>()
                    ));
                }
            }
            rows.push(RenderRow {
                lang,
                style,
                values: n,
                read_back: ok,
            });
        }
    }
    (rows, failures)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn read_back(found: &[NumExpr], pos: usize, want: &Expect) -> bool {
    let Some(i) = found
        .iter()
        .position(|m| m.span.start <= pos && pos < m.span.end)
    else {
        return false;
    };
    let m = &found[i];
    let value_ok = match &want.date {
        Some(d) => m.date.as_deref() == Some(d.as_str()) && m.weekday == want.weekday,
        None => close(m.value.lo, want.lo) && close(m.value.hi, want.hi),
    };
    let then_ok = match want.then {
        None => true,
        Some((v, u)) => found
            .get(i + 1)
            .is_some_and(|n| close(n.value.lo, v) && n.unit == Some(u)),
    };
    value_ok
        && then_ok
        && (want.unit.is_none() || m.unit == want.unit)
        && want.kind.none_or_kind(m.kind)
        && m.qualifier == want.qualifier
}

trait KindExt {
    fn none_or_kind(self, k: NumKind) -> bool;
}

impl KindExt for Option<NumKind> {
    fn none_or_kind(self, k: NumKind) -> bool {
        match self {
            None => true,
            Some(x) => x == k,
        }
    }
}

/// One rendered sentence: the text, a byte position inside the value's surface, the expectation.
fn render(lang: Lang, style: &str, rng: &mut SplitMix64) -> (String, usize, Expect) {
    let (surface, want) = match (lang, style) {
        (_, "number") => number(lang, rng),
        (_, "money") => money(lang, rng),
        (_, "percent") => percent(lang, rng),
        (_, "date") => date(lang, rng),
        (_, "duration") => duration(lang, rng),
        _ => approx(lang, rng),
    };
    let (before, after) = frame(lang, style, rng);
    let sentence = format!("{before}{surface}{after}");
    (sentence, before.len(), want)
}

/// Words around the value: press-release sentence openings and endings without numbers.
fn frame(lang: Lang, style: &str, rng: &mut SplitMix64) -> (&'static str, &'static str) {
    let opts: &[(&str, &str)] = match (lang, style) {
        (Lang::Ko, "date") => &[
            ("행사는 ", "에 열린다."),
            ("시는 ", " 협약을 체결했다."),
            ("", " 개막"),
        ],
        (Lang::Ko, "duration") => &[
            ("대표단은 ", " 일정으로 방문한다."),
            ("이번 연수는 ", " 동안 진행된다."),
        ],
        (Lang::Ko, _) => &[
            ("올해 ", "에 달했다."),
            ("시는 ", "을 지원한다고 밝혔다."),
            ("총 ", "가 집계됐다."),
        ],
        (Lang::Ja, "date") => &[("式典は", "に開催される。"), ("市は", "、協定を締結した。")],
        (Lang::Ja, "duration") => &[
            ("代表団は", "の日程で訪問する。"),
            ("研修は", "にわたり行われる。"),
        ],
        (Lang::Ja, _) => &[("今年は", "に達した。"), ("市は", "を支援すると発表した。")],
        (Lang::En, "date") => &[
            ("The ceremony will be held on ", "."),
            ("On ", ", the city signed the agreement."),
        ],
        (Lang::En, "duration") => &[
            ("The delegation will stay for ", "."),
            ("The course runs ", " in Seoul."),
        ],
        (Lang::En, _) => &[
            ("This year the total reached ", "."),
            ("The city will provide ", " for the programme."),
        ],
    };
    opts[rng.below(opts.len())]
}

// ---- numerals in words ----

const KO_DIGITS: [&str; 10] = ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
const KANJI_DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// Sino-Korean or kanji words for 1 ≤ v < 10^12 (`삼천오백`, `三千五百`); `일`/`一` dropped before 십백천.
fn cjk_words(v: u64, digits: &[&str; 10], small: [&str; 3], big: [&str; 2]) -> String {
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

fn ko_words(v: u64) -> String {
    cjk_words(v, &KO_DIGITS, ["십", "백", "천"], ["만", "억"])
}

fn kanji_words(v: u64) -> String {
    cjk_words(v, &KANJI_DIGITS, ["十", "百", "千"], ["万", "億"])
}

/// Native Korean numeral in its attributive form before a counter (1–99).
fn ko_native(v: u64) -> String {
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

fn en_below_thousand(v: u64) -> String {
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
fn en_words(v: u64) -> String {
    let mut parts = Vec::new();
    for (scale, name) in [(1_000_000, " million"), (1_000, " thousand"), (1, "")] {
        let g = (v / scale) % 1000;
        if g > 0 {
            parts.push(format!("{}{name}", en_below_thousand(g)));
        }
    }
    parts.join(" ")
}

fn commas(v: u64) -> String {
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

fn fullwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            ',' => '，',
            c => c,
        })
        .collect()
}

/// `3억 4,500만`, `2億4千万`: digits with CJK multipliers.
fn mixed(v: u64, lang: Lang, rng: &mut SplitMix64) -> String {
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

/// A round-ish amount: a few significant digits at a random magnitude, as press releases write them.
fn amount(rng: &mut SplitMix64, max_exp: u32) -> u64 {
    let digits = 1 + rng.below(4) as u32;
    let sig = 10u64.pow(digits - 1) + rng.below((9 * 10u64.pow(digits - 1)) as usize) as u64;
    let exp = rng.below((max_exp.saturating_sub(digits) + 1) as usize) as u32;
    sig * 10u64.pow(exp)
}

fn number(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
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

fn money(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
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

fn percent(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
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

impl Expect {
    fn kind_of(mut self, k: NumKind) -> Self {
        self.kind = Some(k);
        self
    }
}

fn date(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
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
    const EN_WD: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
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

fn duration(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
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

fn approx(lang: Lang, rng: &mut SplitMix64) -> (String, Expect) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_renderers() {
        assert_eq!(ko_words(3500), "삼천오백");
        assert_eq!(ko_words(12_000), "일만이천");
        assert_eq!(kanji_words(240_000_000), "二億四千万");
        assert_eq!(ko_native(25), "스물다섯");
        assert_eq!(
            en_words(325_400),
            "three hundred and twenty-five thousand four hundred"
        );
        assert_eq!(commas(1_234_567), "1,234,567");
    }

    #[test]
    fn same_seed_same_sentences() {
        let mut a = SplitMix64(seed("ko/number"));
        let mut b = SplitMix64(seed("ko/number"));
        for _ in 0..50 {
            assert_eq!(
                render(Lang::Ko, "number", &mut a),
                render(Lang::Ko, "number", &mut b)
            );
        }
    }
}
