//! `eval numbers`, second table: a seeded renderer writes random values in every style (ko, ja, en × plain
//! numbers, money, percents, dates, durations, approximations) into short press-like sentences, and the extractor
//! must read each back to the same value. Every style draws from its own [`SplitMix64`] stream (seeded from the
//! style's name), so the figures are the same on every machine.
//!
//! Within a style, the written form varies: digits with separators, full-width digits, kanji and Sino-Korean
//! words, native Korean before counters, English words, multipliers (`3억 4,500만`, `2億4千万`, `1.2 million`),
//! currency marks before or after, weekdays computed with `normalize::dates::calendar`. In: a count per style. Out: one
//! [`RenderRow`] per style and the first failures. Not done here: printing, the written forms of numbers
//! (`forms`), the values of each style (`quantities`, `dates`).

mod dates;
mod forms;
mod quantities;

use super::synth::SplitMix64;
use crate::normalize::{Extractor, RuleExtractor};
use crate::types::{Lang, NumExpr, NumKind, Qualifier, Span, Unit};

/// What a rendered sentence must be read back as.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Expect {
    pub(super) lo: f64,
    pub(super) hi: f64,
    pub(super) unit: Option<Unit>,
    pub(super) kind: Option<NumKind>,
    pub(super) qualifier: Qualifier,
    pub(super) date: Option<String>,
    pub(super) weekday: Option<u8>,
    /// A second mention (the days of `7박 9일`).
    pub(super) then: Option<(f64, Unit)>,
}

impl Expect {
    pub(super) fn value(v: f64) -> Self {
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

    pub(super) fn unit(mut self, u: Unit) -> Self {
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

use dates::{date, duration};
use quantities::{approx, money, number, percent};

#[cfg(test)]
mod tests {
    use super::forms::*;
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
