//! Dates and clock times: `2024년 10월 7일`, `2024. 10. 7.`, `9일(수)`, `令和6年11月25日`, `１０月７日`,
//! `October 7, 2024`, `7 October 2024`, `Oct. 7`; `오후 2시 30분`, `午後2時半`, `2 p.m.`, `14:30`.
//!
//! In: a sentence slice. Out: [`NumExpr`]s of kind `Date` (with an ISO `date`, unknown parts as `X`) or `Time`
//! (value = minutes after midnight). Not done here: weekday checks, resolving partial dates from the release date,
//! date ranges as one value, durations (the normaliser issue).

use super::ascii_digits;
use crate::types::{Interval, Lang, NumExpr, NumKind, Qualifier, Span, Unit};
use regex::{Captures, Regex};
use std::sync::LazyLock;

const D: &str = "[0-9０-９]";
const MONTHS: &str = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.";

struct Pattern {
    re: Regex,
    make: fn(&Captures) -> Option<Value>,
}

enum Value {
    Date(Option<u32>, Option<u32>, Option<u32>),
    Time(u32, u32),
}

fn num(c: &Captures, name: &str) -> Option<u32> {
    c.name(name)
        .and_then(|m| ascii_digits(m.as_str()).parse().ok())
}

fn month_of(name: &str) -> Option<u32> {
    let key: String = name.chars().take(3).collect();
    const ABBR: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    ABBR.iter().position(|&a| a == key).map(|i| i as u32 + 1)
}

fn era_year(c: &Captures) -> Option<u32> {
    let era = c.name("era")?.as_str();
    let n = match c.name("ey")?.as_str() {
        "元" => 1,
        s => ascii_digits(s).parse().ok()?,
    };
    Some(if era == "令和" { 2018 + n } else { 1988 + n })
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

fn compile(p: &str) -> Regex {
    Regex::new(&p.replace("{D}", D).replace("{MONTHS}", MONTHS)).expect("static regex")
}

static KO: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        Pattern {
            re: compile(r"(?P<y>{D}{4})\.\s*(?P<m>{D}{1,2})\.\s*(?P<d>{D}{1,2})\.?"),
            make: |c| Some(Value::Date(num(c, "y"), num(c, "m"), num(c, "d"))),
        },
        Pattern {
            re: compile(r"(?P<m>{D}{1,2})\.\s*(?P<d>{D}{1,2})\.\s*\([월화수목금토일]\)"),
            make: |c| Some(Value::Date(None, num(c, "m"), num(c, "d"))),
        },
        Pattern {
            re: compile(r"(?:(?P<y>{D}{4})년\s*)?(?P<m>{D}{1,2})월(?:\s*(?P<d>{D}{1,2})일)?"),
            make: |c| Some(Value::Date(num(c, "y"), num(c, "m"), num(c, "d"))),
        },
        Pattern {
            re: compile(r"(?P<d>{D}{1,2})일\s*\([월화수목금토일]\)"),
            make: |c| Some(Value::Date(None, None, num(c, "d"))),
        },
        Pattern {
            re: compile(
                r"(?:(?P<ampm>오전|오후|밤|저녁|낮|새벽|아침)\s*)?(?P<h>{D}{1,2})시(?:\s*(?P<min>{D}{1,2})분|\s*(?P<half>반))?",
            ),
            make: clock,
        },
    ]
});

static JA: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        Pattern {
            re: compile(
                r"(?:(?P<era>令和|平成)(?P<ey>{D}{1,2}|元)年|(?P<y>{D}{4})年)?\s*(?P<m>{D}{1,2})月(?:(?P<d>{D}{1,2})日)?",
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
            re: compile(r"(?P<era>令和|平成)(?P<ey>{D}{1,2}|元)年"),
            make: |c| Some(Value::Date(era_year(c), None, None)),
        },
        Pattern {
            re: compile(r"(?P<d>{D}{1,2})日\s*[（(][月火水木金土日][）)]"),
            make: |c| Some(Value::Date(None, None, num(c, "d"))),
        },
        Pattern {
            re: compile(
                r"(?P<ampm>午前|午後|夜|夕方|朝)?(?P<h>{D}{1,2})時(?:(?P<min>{D}{1,2})分|(?P<half>半))?",
            ),
            make: clock,
        },
    ]
});

static EN: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        Pattern {
            re: compile(
                r"\b(?P<mon>{MONTHS})\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,\s*(?P<y>\d{4})\b)?",
            ),
            make: |c| Some(Value::Date(num(c, "y"), month_of(&c["mon"]), num(c, "d"))),
        },
        Pattern {
            re: compile(r"\b(?P<d>\d{1,2})\s+(?P<mon>{MONTHS})(?:\s+(?P<y>\d{4})\b)?"),
            make: |c| Some(Value::Date(num(c, "y"), month_of(&c["mon"]), num(c, "d"))),
        },
        Pattern {
            re: compile(r"\b(?P<mon>{MONTHS})\s+(?P<y>\d{4})\b"),
            make: |c| Some(Value::Date(num(c, "y"), month_of(&c["mon"]), None)),
        },
        Pattern {
            re: compile(
                r"\b(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)",
            ),
            make: clock,
        },
        Pattern {
            re: compile(r"\b(?P<h>\d{1,2}):(?P<min>\d{2})\b"),
            make: clock,
        },
    ]
});

/// Finds dates and times in `s`, earlier patterns first; a later match overlapping an earlier one is dropped.
pub fn find(lang: Lang, s: &str) -> Vec<NumExpr> {
    let patterns: &[Pattern] = match lang {
        Lang::Ko => &KO,
        Lang::Ja => &JA,
        Lang::En => &EN,
    };
    let mut out: Vec<NumExpr> = Vec::new();
    for p in patterns {
        for c in p.re.captures_iter(s) {
            let m = c.get(0).expect("group 0");
            let span = Span::new(m.start(), m.end());
            if out
                .iter()
                .any(|o| span.start < o.span.end && o.span.start < span.end)
            {
                continue;
            }
            if let Some(v) = (p.make)(&c) {
                if let Some(expr) = to_expr(span, v) {
                    out.push(expr);
                }
            }
        }
    }
    out
}

fn to_expr(span: Span, v: Value) -> Option<NumExpr> {
    match v {
        Value::Date(y, m, d) => {
            if m.is_some_and(|m| !(1..=12).contains(&m))
                || d.is_some_and(|d| !(1..=31).contains(&d))
            {
                return None;
            }
            let iso = format!(
                "{}-{}-{}",
                y.map_or("XXXX".to_string(), |y| format!("{y:04}")),
                m.map_or("XX".to_string(), |m| format!("{m:02}")),
                d.map_or("XX".to_string(), |d| format!("{d:02}")),
            );
            let value = f64::from(y.unwrap_or(0) * 10_000 + m.unwrap_or(0) * 100 + d.unwrap_or(0));
            Some(NumExpr {
                span,
                kind: NumKind::Date,
                value: Interval::exact(value),
                qualifier: Qualifier::Exact,
                unit: None,
                date: Some(iso),
            })
        }
        Value::Time(h, m) => Some(NumExpr {
            span,
            kind: NumKind::Time,
            value: Interval::exact(f64::from(h * 60 + m)),
            qualifier: Qualifier::Exact,
            unit: Some(Unit::Time),
            date: None,
        }),
    }
}

/// True when two ISO dates with unknown parts (`X`) can denote the same day.
pub fn compatible(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.chars()
            .zip(b.chars())
            .all(|(x, y)| x == y || x == 'X' || y == 'X')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, Lang, &str, &str, &str)] = &[
            (
                "ko_full",
                Lang::Ko,
                "2024년 10월 7일(월) 개최",
                "2024년 10월 7일",
                "2024-10-07",
            ),
            (
                "ko_dotted",
                Lang::Ko,
                "2024. 10. 7.(월) 발표",
                "2024. 10. 7.",
                "2024-10-07",
            ),
            (
                "ko_month_day",
                Lang::Ko,
                "10월 7일부터",
                "10월 7일",
                "XXXX-10-07",
            ),
            (
                "ko_month_day_dots",
                Lang::Ko,
                "11. 14.(금) 개막",
                "11. 14.(금)",
                "XXXX-11-14",
            ),
            (
                "ko_day_weekday",
                Lang::Ko,
                "9일(수) 오전",
                "9일(수)",
                "XXXX-XX-09",
            ),
            (
                "ja_reiwa",
                Lang::Ja,
                "令和6年11月25日（月）",
                "令和6年11月25日",
                "2024-11-25",
            ),
            (
                "ja_gannen",
                Lang::Ja,
                "令和元年5月",
                "令和元年5月",
                "2019-05-XX",
            ),
            (
                "ja_fullwidth",
                Lang::Ja,
                "１０月７日に",
                "１０月７日",
                "XXXX-10-07",
            ),
            (
                "ja_day_weekday",
                Lang::Ja,
                "１９日（火）に",
                "１９日（火）",
                "XXXX-XX-19",
            ),
            (
                "en_mdy",
                Lang::En,
                "on October 7, 2024, in",
                "October 7, 2024",
                "2024-10-07",
            ),
            (
                "en_dmy",
                Lang::En,
                "on 7 October 2024.",
                "7 October 2024",
                "2024-10-07",
            ),
            (
                "en_abbr",
                Lang::En,
                "from Oct. 7 to",
                "Oct. 7",
                "XXXX-10-07",
            ),
        ];
        for (name, lang, text, surface, iso) in cases {
            let found = find(*lang, text);
            assert_eq!(found.len(), 1, "case {name}: {found:?}");
            assert_eq!(&text[found[0].span.range()], *surface, "case {name}");
            assert_eq!(found[0].date.as_deref(), Some(*iso), "case {name}");
        }
    }

    #[test]
    fn times() {
        let cases: &[(&str, Lang, &str, f64)] = &[
            ("ko_pm", Lang::Ko, "오후 2시 30분에", 14.0 * 60.0 + 30.0),
            ("ko_night", Lang::Ko, "밤 10시까지", 22.0 * 60.0),
            ("ja_night", Lang::Ja, "夜10時まで", 22.0 * 60.0),
            ("ja_pm_half", Lang::Ja, "午後2時半から", 14.0 * 60.0 + 30.0),
            ("en_pm", Lang::En, "at 2 p.m. local", 14.0 * 60.0),
            ("en_clock", Lang::En, "at 14:30 sharp", 14.0 * 60.0 + 30.0),
            ("en_am", Lang::En, "at 10 a.m. on", 600.0),
        ];
        for (name, lang, text, minutes) in cases {
            let found = find(*lang, text);
            assert_eq!(found.len(), 1, "case {name}");
            assert_eq!(found[0].kind, NumKind::Time, "case {name}");
            assert_eq!(found[0].value.lo, *minutes, "case {name}");
        }
    }

    #[test]
    fn partial_dates_are_compatible() {
        assert!(compatible("XXXX-10-07", "2024-10-07"));
        assert!(!compatible("XXXX-10-08", "2024-10-07"));
    }
}
