//! Dates, fiscal years, weekdays and clock times: `2024년 10월 7일(월)`, `2024. 10. 7.(월)`, `10.7.`,
//! `令和6年10月7日（月）`, `令和元年`, `平成30年度`, `2024年10月7日`, `十月七日`, `October 7, 2024`, `7 October 2024`,
//! `Oct. 7`, `Monday, October 7`, `2024-10-07`, `Monday`; fiscal years `2025회계연도`, `2025年度`, `FY2025`;
//! times `오후 2시 30분`, `午後2時半`, `14:30`, `2:30 p.m.`, `noon`; a day after a date and a range mark
//! (`10월 7일~9일`, `10月7日から9日まで`, `October 7 to 9`) is a date of the same month.
//!
//! In: a sentence slice. Out: [`NumExpr`]s of kind `Date` (with an ISO `date`, unknown parts as `X`, a fiscal
//! year as `FY2025`, a lone weekday as `XXXX-WXX-1`; the stated weekday in `weekday`) or `Time` (value = minutes
//! after midnight). The weekday check and the resolution of partial dates from the release date use
//! [`calendar`]; they run in QA and in the pipeline, which know the other versions and the release. Not done
//! here: relative dates (`내일`, `来週`), durations (`7박 9일` is two numbers with units, see `numbers`).

pub mod calendar;

use super::ascii_digits;
use super::numbers::cjk::{self, Script};
use crate::types::{Interval, Lang, NumExpr, NumKind, Span, Unit};
use regex::{Captures, Regex, RegexSet};
use std::sync::LazyLock;

/// A number in a date: digits (half or full width) or kanji numerals.
const N: &str = "(?:[0-9０-９]{1,4}|[〇一二三四五六七八九十百千]{1,6})";
/// A digit, half or full width: what [`read_num`] reads. (Unicode `\d` would also take the digits of other
/// scripts, which no reader here converts, and makes the patterns several times slower to compile.)
const D: &str = "[0-9０-９]";
const MONTHS: &str = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?";
const WEEKDAYS: &str = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thurs\.|Fri\.|Sat\.|Sun\.";
const KO_WD: &str = r"(?:\s*\((?P<wd>[월화수목금토일])\)|\s+(?P<wd2>[월화수목금토일])요일)?";
const JA_WD: &str =
    r"(?:\s*[（(](?P<wd>[月火水木金土日])(?:曜日?)?[）)]|\s*(?P<wd2>[月火水木金土日])曜日)?";
const EN_WD: &str = r"(?:\s*\((?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?\))?";

struct Pattern {
    re: LazyRegex,
    make: fn(&Captures) -> Option<Value>,
}

/// A pattern's source, compiled on first use: the combined set tells which patterns a text can match, and a
/// run compiles only the capturing regexes of those that ever do (the others cost nothing, which is most of a
/// run's start-up, spent on one thread while the other waits).
struct LazyRegex {
    source: String,
    re: std::sync::OnceLock<Regex>,
}

impl LazyRegex {
    fn as_str(&self) -> &str {
        &self.source
    }

    fn get(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(&self.source).expect("static regex"))
    }
}

enum Value {
    Date(Option<u32>, Option<u32>, Option<u32>),
    Fiscal(u32),
    Weekday,
    Time(u32, u32),
    /// A span of clock time in minutes (`오후 6~8시`, `6–8 p.m.`): one marker covers both ends.
    TimeRange(u32, u32),
}

/// A number in a date: digits or kanji numerals.
fn read_num(s: &str) -> Option<u32> {
    let a = ascii_digits(s);
    if let Ok(v) = a.parse() {
        return Some(v);
    }
    let r = cjk::read(s, 0, Script::Kanji)?;
    (r.end == s.len() && r.value >= 0.0 && r.value < 1e5).then_some(r.value as u32)
}

/// A Sino-Korean number word in a date (`이십오` = 25).
fn sino_num(s: &str) -> Option<u32> {
    let r = cjk::read(s, 0, Script::Hangul)?;
    (r.end == s.len() && r.value >= 1.0 && r.value < 1e5).then_some(r.value as u32)
}

/// A Sino-Korean month name's number; 유월 and 시월 drop the final consonant of 육 and 십.
fn sino_month(s: &str) -> Option<u32> {
    match s {
        "유" => Some(6),
        "시" => Some(10),
        _ => sino_num(s),
    }
}

fn num(c: &Captures, name: &str) -> Option<u32> {
    c.name(name).and_then(|m| read_num(m.as_str()))
}

fn month_of(name: &str) -> Option<u32> {
    let key: String = name.chars().take(3).collect();
    const ABBR: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    ABBR.iter().position(|&a| a == key).map(|i| i as u32 + 1)
}

/// The ISO weekday (Monday = 1) a weekday word or character names.
fn weekday_of(w: &str) -> Option<u8> {
    let first = w.chars().next()?;
    let i = match first {
        '월' | '月' => 1,
        '화' | '火' => 2,
        '수' | '水' => 3,
        '목' | '木' => 4,
        '금' | '金' => 5,
        '토' | '土' => 6,
        '일' | '日' => 7,
        _ => {
            let key: String = w.chars().take(3).collect();
            let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
            days.iter().position(|&d| d == key)? + 1
        }
    };
    Some(i as u8)
}

fn era_year(c: &Captures) -> Option<u32> {
    let era = c.name("era")?.as_str();
    let n = match c.name("ey")?.as_str() {
        "元" => 1,
        s => read_num(s)?,
    };
    Some(match era {
        "令和" => 2018 + n,
        "平成" => 1988 + n,
        _ => 1925 + n,
    })
}

fn clock(c: &Captures) -> Option<Value> {
    let mut h = num(c, "h")?;
    let mut m = num(c, "min").unwrap_or(0);
    if c.name("half").is_some() {
        m = 30;
    }
    let marker = c.name("ampm").map(|x| x.as_str());
    let afternoon = matches!(
        marker,
        Some("오후" | "午後" | "낮" | "p.m." | "pm" | "PM" | "P.M.")
    );
    // "Night" and "evening" words mean p.m. only for evening hours (밤 10시 = 22:00, but 밤 1시 = 01:00).
    let evening = matches!(marker, Some("밤" | "저녁" | "夜" | "夕方"));
    if h < 12 && (afternoon || (evening && h >= 5)) {
        h += 12;
    }
    if matches!(
        marker,
        Some("a.m." | "am" | "AM" | "A.M." | "오전" | "午前")
    ) && h == 12
    {
        h = 0;
    }
    (h <= 24 && m < 60).then_some(Value::Time(h, m))
}

/// A clock range: the marker (`오후`, `p.m.`) read for the end applies to the start too, unless that would put the
/// start after the end (`11–1 p.m.` starts at 11 a.m.).
fn clock_range(c: &Captures) -> Option<Value> {
    let Value::Time(h2, m2) = clock(c)? else {
        return None;
    };
    let h1 = num(c, "h1")?;
    let m1 = num(c, "min1").unwrap_or(0);
    if h1 > 24 || m1 >= 60 {
        return None;
    }
    let shift = h2.saturating_sub(num(c, "h")?);
    let end = h2 * 60 + m2;
    let start = [(h1 + shift) * 60 + m1, h1 * 60 + m1]
        .into_iter()
        .find(|&s| s < end)?;
    Some(Value::TimeRange(start, end))
}

/// A pattern, its placeholders filled in (compiled on first use). Word boundaries are ASCII (`(?-u:\b)`): a
/// Unicode `\b` makes the regex engine give up its fast automaton on any non-ASCII text, which made English
/// extraction five times slower.
fn compile(p: &str) -> LazyRegex {
    let source = p
        .replace(r"\b", r"(?-u:\b)")
        .replace("{N}", N)
        .replace("{D}", D)
        .replace("{MONTHS}", MONTHS)
        .replace("{WEEKDAYS}", WEEKDAYS)
        .replace("{KO_WD}", KO_WD)
        .replace("{JA_WD}", JA_WD)
        .replace("{EN_WD}", EN_WD);
    LazyRegex {
        source,
        re: std::sync::OnceLock::new(),
    }
}

/// `02/22/2016` (month first) or `21/04/2016` (day first, when the first number cannot be a month).
fn dmy_or_mdy(c: &Captures) -> Option<Value> {
    let (a, b) = (num(c, "a")?, num(c, "b")?);
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    Some(Value::Date(num(c, "y"), Some(m), Some(d)))
}

fn ymd(c: &Captures) -> Option<Value> {
    Some(Value::Date(num(c, "y"), num(c, "m"), num(c, "d")))
}

/// `02/22/2016` or `21/04/2016`, written alike in Korean and Japanese text.
fn numeric_dmy_or_mdy() -> Pattern {
    Pattern {
        re: compile(r"(?P<a>{D}{1,2})[/.-](?P<b>{D}{1,2})[/.-](?P<y>{D}{4})"),
        make: dmy_or_mdy,
    }
}

/// Day first without a year, when the first number cannot be a month (`29/2`, `22/04`).
fn numeric_day_first() -> Pattern {
    Pattern {
        re: compile(r"(?P<span>(?P<a>{D}{1,2})/(?P<b>{D}{1,2}))(?:[^/0-9]|$)"),
        make: |c| {
            let (a, b) = (num(c, "a")?, num(c, "b")?);
            (a > 12).then_some(Value::Date(None, Some(b), Some(a)))
        },
    }
}

/// The patterns of one language as a set, in the same order.
fn set_of(patterns: &[Pattern]) -> RegexSet {
    RegexSet::new(patterns.iter().map(|p| p.re.as_str())).expect("static regex set")
}

static KO_SET: LazyLock<RegexSet> = LazyLock::new(|| set_of(&KO));
static JA_SET: LazyLock<RegexSet> = LazyLock::new(|| set_of(&JA));
static EN_SET: LazyLock<RegexSet> = LazyLock::new(|| set_of(&EN));

static KO: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        Pattern {
            re: compile(r"(?P<y>{D}{4})\s*(?:회계연도|회계년도|년도)"),
            make: |c| Some(Value::Fiscal(num(c, "y")?)),
        },
        Pattern {
            re: compile(r"(?P<y>{D}{4})-(?P<m>{D}{2})-(?P<d>{D}{2}){KO_WD}"),
            make: ymd,
        },
        Pattern {
            re: compile(r"(?P<y>{D}{4})\.\s*(?P<m>{D}{1,2})\.\s*(?P<d>{D}{1,2})\.?{KO_WD}"),
            make: ymd,
        },
        Pattern {
            re: compile(
                r"(?P<span>(?:(?P<y>{D}{4})년\s*)?(?P<m>{D}{1,2})월\s*(?P<d>{D}{1,2}))[~∼〜～-]{D}{1,2}일",
            ),
            make: ymd,
        },
        Pattern {
            // The year after the day, as in English (`1월 12일, 2016년`, `월요일, 1월 22일, 2018`).
            re: compile(
                r"(?:(?P<wdn>[월화수목금토일])요일,?\s*)?(?P<m>{D}{1,2})월\s*(?P<d>{D}{1,2})일(?:,\s*(?P<y>{D}{4})년?|\s+(?P<y2>{D}{4})년)",
            ),
            make: |c| {
                Some(Value::Date(
                    num(c, "y").or(num(c, "y2")),
                    num(c, "m"),
                    num(c, "d"),
                ))
            },
        },
        Pattern {
            // Sino-Korean words for the month or the day (`칠월 이십오일`, `5월 이십일일`, `구월 십일, 2000`); the
            // month name needs a day after it (`이월` alone is a carry-over, `일월` the sun and moon).
            re: compile(
                r"(?:(?P<y>{D}{4})년\s*)?(?:(?P<m>{D}{1,2})|(?P<km>십이|십일|일|이|삼|사|오|유|칠|팔|구|시))월\s*(?:(?P<d>{D}{1,2})|(?P<kd>[이삼]?십[일이삼사오육칠팔구]?|[일이삼사오육칠팔구]))일(?:,\s*(?P<y2>{D}{4})년?)?{KO_WD}",
            ),
            make: |c| {
                let m = num(c, "m").or_else(|| c.name("km").and_then(|m| sino_month(m.as_str())));
                let d = num(c, "d").or_else(|| c.name("kd").and_then(|d| sino_num(d.as_str())));
                (c.name("km").is_some() || c.name("kd").is_some())
                    .then(|| Value::Date(num(c, "y").or(num(c, "y2")), m, d))
            },
        },
        Pattern {
            re: compile(
                r"(?:(?P<y>{D}{4})년\s*)?(?P<m>{D}{1,2})월(?:\s*(?P<d>{D}{1,2})일)?{KO_WD}",
            ),
            make: ymd,
        },
        Pattern {
            re: compile(r"(?P<y>{D}{4})/(?P<m>{D}{1,2})/(?P<d>{D}{1,2}){KO_WD}"),
            make: ymd,
        },
        Pattern {
            // A bare day in Sino-Korean words only when it cannot be read two ways: `이십일일` is the 21st, but
            // `이십일` may be the 20th or the number 21.
            re: compile(r"(?P<kd>[이삼]?십[일이삼사오육칠팔구])일"),
            make: |c| Some(Value::Date(None, None, sino_num(&c["kd"]))),
        },
        Pattern {
            re: compile(r"(?P<m>{D}{1,2})\.\s?(?P<d>{D}{1,2})\.{KO_WD}"),
            make: ymd,
        },
        Pattern {
            re: compile(r"(?P<d>{D}{1,2})일\s*\((?P<wd>[월화수목금토일])\)"),
            make: ymd,
        },
        numeric_dmy_or_mdy(),
        numeric_day_first(),
        Pattern {
            re: compile(r"(?P<d>{D}{1,2})일"),
            make: ymd,
        },
        Pattern {
            re: compile(r"(?P<y>{D}{4})년"),
            make: ymd,
        },
        Pattern {
            re: compile(r"(?P<wd>[월화수목금토일])요일"),
            make: |_| Some(Value::Weekday),
        },
        Pattern {
            re: compile(
                r"(?:(?P<ampm>오전|오후|밤|저녁|낮|새벽|아침)\s*)?(?P<h1>{D}{1,2})(?:시)?\s*[~∼〜～\-–]\s*(?P<h>{D}{1,2})시(?:\s*(?P<min>{D}{1,2})분|\s*(?P<half>반))?",
            ),
            make: clock_range,
        },
        Pattern {
            re: compile(
                r"(?:(?P<ampm>오전|오후|밤|저녁|낮|새벽|아침)\s*)?(?P<h>{D}{1,2})시(?:\s*(?P<min>{D}{1,2})분|\s*(?P<half>반))?",
            ),
            make: clock,
        },
        Pattern {
            re: compile(r"(?P<h>{D}{1,2}):(?P<min>{D}{2})"),
            make: clock,
        },
        Pattern {
            re: compile(r"정오|자정"),
            make: |c| Some(Value::Time(if &c[0] == "정오" { 12 } else { 0 }, 0)),
        },
    ]
});

static JA: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        Pattern {
            re: compile(r"(?:(?P<era>令和|平成|昭和)(?P<ey>{N}|元)|(?P<y>{N}))年度"),
            make: |c| Some(Value::Fiscal(era_year(c).or(num(c, "y"))?)),
        },
        Pattern {
            re: compile(
                r"(?P<span>(?:(?P<y>[0-9０-９]{4})年)?(?P<m>{N})月(?P<d>{N}))[~∼〜～-]{N}日",
            ),
            make: ymd,
        },
        Pattern {
            re: compile(r"(?P<y>{D}{4})-(?P<m>{D}{2})-(?P<d>{D}{2}){JA_WD}"),
            make: ymd,
        },
        Pattern {
            re: compile(r"(?P<y>{D}{4})/(?P<m>{D}{1,2})/(?P<d>{D}{1,2}){JA_WD}"),
            make: ymd,
        },
        Pattern {
            re: compile(
                r"(?:(?:(?P<era>令和|平成|昭和)(?P<ey>{N}|元)|(?P<y>{N}))年\s*の?)?(?P<m>{N})月(?:の?(?P<d>{N})日)?{JA_WD}",
            ),
            make: |c| {
                Some(Value::Date(
                    era_year(c).or(num(c, "y")),
                    num(c, "m"),
                    num(c, "d"),
                ))
            },
        },
        Pattern {
            re: compile(r"(?:(?P<era>令和|平成|昭和)(?P<ey>{N}|元)|(?P<y>[0-9０-９]{4}))年"),
            make: |c| Some(Value::Date(era_year(c).or(num(c, "y")), None, None)),
        },
        Pattern {
            re: compile(r"(?P<d>{N})日\s*[（(](?P<wd>[月火水木金土日])(?:曜日?)?[）)]"),
            make: ymd,
        },
        numeric_dmy_or_mdy(),
        numeric_day_first(),
        Pattern {
            re: compile(r"(?P<y>{D}{4})\.(?P<m>{D}{1,2})\.(?P<d>{D}{1,2})"),
            make: ymd,
        },
        Pattern {
            re: compile(r"(?P<d>{N})日"),
            make: ymd,
        },
        Pattern {
            re: compile(r"(?P<wd>[月火水木金土日])曜日"),
            make: |_| Some(Value::Weekday),
        },
        Pattern {
            re: compile(
                r"(?P<ampm>午前|午後|夜|夕方|朝)?(?P<h1>{N})(?:時)?[~∼〜～\-–](?P<h>{N})時(?:(?P<min>{N})分|(?P<half>半))?",
            ),
            make: clock_range,
        },
        Pattern {
            re: compile(
                r"(?P<ampm>午前|午後|夜|夕方|朝)?(?P<h>{N})時(?:(?P<min>{N})分|(?P<half>半))?",
            ),
            make: clock,
        },
        Pattern {
            re: compile(r"(?P<h>{D}{1,2})[:：](?P<min>{D}{2})"),
            make: clock,
        },
        Pattern {
            re: compile(r"正午"),
            make: |_| Some(Value::Time(12, 0)),
        },
    ]
});

static EN: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        Pattern {
            re: compile(
                r"\b(?:FY\s?(?P<y>{D}{4})|[Ff]iscal (?:[Yy]ear )?(?P<y2>{D}{4})|(?P<y3>{D}{4}) fiscal year)\b",
            ),
            make: |c| {
                Some(Value::Fiscal(
                    num(c, "y").or(num(c, "y2")).or(num(c, "y3"))?,
                ))
            },
        },
        Pattern {
            re: compile(r"\b(?P<y>{D}{4})-(?P<m>{D}{2})-(?P<d>{D}{2})\b{EN_WD}"),
            make: ymd,
        },
        Pattern {
            re: compile(
                r"\b(?:(?P<wdn>{WEEKDAYS}),?\s+)?(?P<mon>{MONTHS})\s+(?P<d>{D}{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(?P<y>{D}{4})\b)?{EN_WD}",
            ),
            make: |c| Some(Value::Date(num(c, "y"), month_of(&c["mon"]), num(c, "d"))),
        },
        Pattern {
            re: compile(
                r"\b(?:(?P<wdn>{WEEKDAYS}),?\s+)?(?:the\s+)?(?P<d>{D}{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTHS})(?:,?\s+(?P<y>{D}{4})\b)?{EN_WD}",
            ),
            make: |c| Some(Value::Date(num(c, "y"), month_of(&c["mon"]), num(c, "d"))),
        },
        Pattern {
            re: compile(r"\b(?P<mon>{MONTHS})\s+(?P<y>{D}{4})\b"),
            make: |c| Some(Value::Date(num(c, "y"), month_of(&c["mon"]), None)),
        },
        Pattern {
            re: compile(r"\b(?P<wdn>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
            make: |_| Some(Value::Weekday),
        },
        Pattern {
            re: compile(
                r"\b(?P<h1>{D}{1,2})(?::(?P<min1>{D}{2}))?\s*(?:[–\-~]|to)\s*(?P<h>{D}{1,2})(?:[:.](?P<min>{D}{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|A\.M\.|P\.M\.)",
            ),
            make: clock_range,
        },
        Pattern {
            re: compile(
                r"\b(?P<h>{D}{1,2})(?:[:.](?P<min>{D}{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|A\.M\.|P\.M\.)",
            ),
            make: clock,
        },
        Pattern {
            re: compile(r"\b(?P<h>{D}{1,2}):(?P<min>{D}{2})\b"),
            make: clock,
        },
        Pattern {
            re: compile(r"\b(?:noon|midday|midnight)\b"),
            make: |c| Some(Value::Time(if &c[0] == "midnight" { 0 } else { 12 }, 0)),
        },
    ]
});

/// Finds dates and times in `s`, earlier patterns first; a later match overlapping an earlier one is dropped.
pub fn find(lang: Lang, s: &str) -> Vec<NumExpr> {
    let (patterns, set): (&[Pattern], &RegexSet) = match lang {
        Lang::Ko => (&KO, &KO_SET),
        Lang::Ja => (&JA, &JA_SET),
        Lang::En => (&EN, &EN_SET),
    };
    // One pass of the combined set tells which patterns match at all; most sentences hold one or two of the
    // dozens, and only those run their (capturing) searches.
    let matching = set.matches(s);
    let mut out: Vec<NumExpr> = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    for (i, p) in patterns.iter().enumerate() {
        if !matching.matched(i) {
            continue;
        }
        for c in p.re.get().captures_iter(s) {
            let m = c.get(0).expect("group 0");
            // A pattern may keep only part of its match (`10월 3` of `10월 3~5일`: the rest is a continued day).
            let m = c.name("span").unwrap_or(m);
            let span = Span::new(m.start(), m.end());
            // `spans` is kept sorted (disjoint), so the overlap test is a binary search.
            let k = spans.partition_point(|t: &Span| t.end <= span.start);
            if spans.get(k).is_some_and(|t| t.start < span.end) || !context_ok(lang, s, span) {
                continue;
            }
            let wd = c
                .name("wd")
                .or(c.name("wd2"))
                .or(c.name("wdn"))
                .and_then(|w| weekday_of(w.as_str()));
            if let Some(v) = (p.make)(&c) {
                if let Some(mut expr) = to_expr(span, v, wd) {
                    expr.weekday = wd;
                    out.push(expr);
                    spans.insert(k, span);
                }
            }
        }
    }
    out.sort_by_key(|n| n.span.start);
    continued_days(lang, s, &mut out);
    out
}

/// Rejects matches that are part of something else: `2시간` (a duration), `3.5.` inside a longer number,
/// digits glued to letters or other digits.
fn context_ok(lang: Lang, s: &str, span: Span) -> bool {
    let after = &s[span.end..];
    let before = s[..span.start].chars().next_back();
    let text = &s[span.range()];
    if before.is_some_and(|c| c.is_ascii_digit() || c == '.' || ('０'..='９').contains(&c)) {
        return false;
    }
    if (text.ends_with('시') || text.ends_with('時'))
        && (after.starts_with('간') || after.starts_with('間'))
    {
        return false;
    }
    if lang == Lang::Ko && text.ends_with('.') && after.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if lang == Lang::Ja && text.ends_with('日') && after.starts_with('間') {
        return false;
    }
    let sino_words = !text.contains(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && text.ends_with('일')
        && !text.ends_with("요일");
    if lang == Lang::Ko && sino_words {
        // A date in Sino-Korean words is a word of its own: not the end of a longer word (`지구월`), and followed
        // by a particle or a non-letter (`이십일일에`, not `십일일본`).
        let glued_before = before.is_some_and(|c| ('가'..='힣').contains(&c));
        let rest_ok = !after.starts_with(|c: char| ('가'..='힣').contains(&c))
            || [
                "에", "은", "는", "이", "을", "의", "부터", "까지", "로", "과", "와", "도",
            ]
            .iter()
            .any(|p| after.starts_with(p));
        if glued_before || !rest_ok {
            return false;
        }
    }
    if bare_day(text) && day_is_duration(s, span) {
        return false;
    }
    if lang != Lang::En && (text.ends_with('年') || text.ends_with('년')) {
        // `3年間`, `2024년간` are durations; a bare year must look like one (four digits or an era).
        if after.starts_with(['間', '간', '度', '도']) {
            return false;
        }
        let digits = text
            .chars()
            .filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .count();
        if !text.contains(['月', '월']) && digits < 4 && !text.contains(['令', '平', '昭']) {
            return false;
        }
    }
    true
}

/// A day number alone (`15일`, `15日`, `二十日`), without month or weekday.
fn bare_day(text: &str) -> bool {
    (text.ends_with('일') || text.ends_with('日')) && !text.contains(['월', '月', '(', '（'])
}

/// A bare day that counts days rather than naming one: after nights (`7박 9일`, `7泊9日`), before a duration
/// word (`3일 동안`, `3일간`, `3日間`, `3일째`, `3日以内`, `10日後`), after a duration word (`매월`, `毎月`), or
/// a number of days too large for a month.
fn day_is_duration(s: &str, span: Span) -> bool {
    let before = s[..span.start].trim_end();
    let nights = before.ends_with(['박', '泊']) || before.ends_with("nights");
    let counting = counts_days(&s[span.end..]);
    let digits: String = s[span.range()]
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    let too_many = digits.parse::<u32>().is_ok_and(|d| d > 31 || d == 0);
    // `3∼5일`: the end of a range of numbers (a range of dates is read from its first date).
    let marks = ['~', '∼', '〜', '～', '-'];
    let range_end = before.ends_with(marks)
        && before
            .trim_end_matches(marks)
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    nights || counting || too_many || range_end || before.ends_with(['약', '約', '총', '計'])
}

/// The words after a day number that make it a count of days (`3일 동안`, `3日間`, `10日後`).
fn counts_days(after: &str) -> bool {
    let after = after.trim_start();
    [
        "동안", "간", "째", "이내", "만에", "후", "뒤", "전", "가량", "정도", "이상", "이하", "間",
        "目", "以内", "後", "前", "ぶり", "程度", "以上", "以下", "余り", "분", "연속", "連続",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}

/// `10월 7일~9일`, `10月7日から9日まで`, `October 7 to 9`, `7일(월)~9일(수)`: a bare day after a date of
/// known month and a range mark is a date of the same month.
fn continued_days(lang: Lang, s: &str, out: &mut Vec<NumExpr>) {
    static KO_DAY: LazyLock<LazyRegex> =
        LazyLock::new(|| compile(r"^(?:~|∼|～|〜|-|–| ?부터 | ?~ ?)(?P<d>{D}{1,2})일{KO_WD}"));
    static JA_DAY: LazyLock<LazyRegex> =
        LazyLock::new(|| compile(r"^(?:~|∼|～|〜|-|–|から)(?P<d>{N})日{JA_WD}"));
    static EN_DAY: LazyLock<LazyRegex> = LazyLock::new(|| {
        compile(
            r"^(?:-|–| to | through | until | and |-|–)(?P<d>{D}{1,2})(?:st|nd|rd|th)?\b{EN_WD}",
        )
    });
    let re: &Regex = match lang {
        Lang::Ko => KO_DAY.get(),
        Lang::Ja => JA_DAY.get(),
        Lang::En => EN_DAY.get(),
    };
    let mut added = Vec::new();
    for n in out.iter() {
        let Some(iso) = n.date.as_deref() else {
            continue;
        };
        let (y, m, d) = calendar::parts(iso);
        if m.is_none() || d.is_none() {
            continue;
        }
        let Some(c) = re.captures(&s[n.span.end..]) else {
            continue;
        };
        let g = c.name("d").expect("group d");
        let start = n.span.end + g.start();
        let end = n.span.end + c.get(0).expect("group 0").end();
        if counts_days(&s[end..]) {
            continue;
        }
        if s[end..].starts_with(|ch: char| ch.is_ascii_digit()) {
            continue;
        }
        let wd = c
            .name("wd")
            .or(c.name("wd2"))
            .and_then(|w| weekday_of(w.as_str()));
        let y = y.map(|y| y as u32);
        if let Some(mut e) = to_expr(
            Span::new(start, end),
            Value::Date(y, m, read_num(g.as_str())),
            wd,
        ) {
            e.weekday = wd;
            added.push(e);
        }
    }
    if added.is_empty() {
        return;
    }
    // A bare day read on its own (`XXXX-XX-09`) gives way to the same day read with the month before it.
    let mut replaced: Vec<Span> = added.iter().map(|e| e.span).collect();
    replaced.sort();
    out.retain(|o| {
        !(replaced.binary_search(&o.span).is_ok()
            && o.date.as_deref().is_some_and(|d| d.starts_with("XXXX-XX-")))
    });
    let mut spans: Vec<Span> = out.iter().map(|o| o.span).collect();
    for e in added {
        let k = spans.partition_point(|t| t.end <= e.span.start);
        if !spans.get(k).is_some_and(|t| t.start < e.span.end) {
            spans.insert(k, e.span);
            out.push(e);
        }
    }
    out.sort_by_key(|n| n.span.start);
}

fn to_expr(span: Span, v: Value, wd: Option<u8>) -> Option<NumExpr> {
    match v {
        Value::Date(y, m, d) => {
            if y.is_none() && m.is_none() && d.is_none() {
                return None;
            }
            if m.is_some_and(|m| !(1..=12).contains(&m))
                || d.is_some_and(|d| !(1..=31).contains(&d))
                // A year before 1000 only with its month (`367年1月1日`); two digits are a count (`3年1月`).
                || y.is_some_and(|y| !(100..=2999).contains(&y) || (y < 1000 && m.is_none()))
            {
                return None;
            }
            if let (Some(y), Some(m), Some(d)) = (y, m, d) {
                if d > calendar::days_in_month(y as i32, m) {
                    return None;
                }
            }
            let iso = format!(
                "{}-{}-{}",
                y.map_or("XXXX".to_string(), |y| format!("{y:04}")),
                m.map_or("XX".to_string(), |m| format!("{m:02}")),
                d.map_or("XX".to_string(), |d| format!("{d:02}")),
            );
            let value = f64::from(y.unwrap_or(0) * 10_000 + m.unwrap_or(0) * 100 + d.unwrap_or(0));
            let mut e = NumExpr::new(span, NumKind::Date, Interval::exact(value));
            e.date = Some(iso);
            Some(e)
        }
        Value::Fiscal(y) => {
            let mut e = NumExpr::new(span, NumKind::Date, Interval::exact(f64::from(y)));
            e.date = Some(format!("FY{y:04}"));
            Some(e)
        }
        Value::Weekday => {
            let w = wd?;
            let mut e = NumExpr::new(span, NumKind::Date, Interval::exact(f64::from(w)));
            e.date = Some(format!("XXXX-WXX-{w}"));
            Some(e)
        }
        Value::TimeRange(a, b) => {
            let mut e = NumExpr::new(
                span,
                NumKind::Time,
                Interval {
                    lo: f64::from(a),
                    hi: f64::from(b),
                },
            );
            e.unit = Some(Unit::Time);
            Some(e)
        }
        Value::Time(h, m) => {
            let mut e = NumExpr::new(span, NumKind::Time, Interval::exact(f64::from(h * 60 + m)));
            e.unit = Some(Unit::Time);
            Some(e)
        }
    }
}

/// True when two date strings can denote the same day: ISO dates with unknown parts (`X`) agree where both are
/// known; a fiscal year agrees with itself and with a year-only date of the same year.
pub fn compatible(a: &str, b: &str) -> bool {
    match (a.strip_prefix("FY"), b.strip_prefix("FY")) {
        (Some(x), Some(y)) => return x == y,
        (Some(x), None) => return b.starts_with(x) && b.ends_with("-XX-XX"),
        (None, Some(y)) => return a.starts_with(y) && a.ends_with("-XX-XX"),
        _ => {}
    }
    if a.contains('W') || b.contains('W') {
        return a == b;
    }
    a.len() == b.len()
        && a.chars()
            .zip(b.chars())
            .all(|(x, y)| x == y || x == 'X' || y == 'X')
}

#[cfg(test)]
mod tests;
