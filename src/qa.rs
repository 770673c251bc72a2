//! Numeric QA: rows of aligned segments (from beads or from a TSV/TMX) → findings where the versions disagree.
//!
//! In: [`QaRow`]s, each holding per language the segment text, its position and its number mentions. Out:
//! [`Finding`]s in the DESIGN.md §4 schema. Numbers are compared by value, not by digits: `3천 명`, `3,000人` and
//! `3,000 people` agree. For each pair of languages in a row, agreeing values are paired off; what is left is a
//! magnitude error (values a power of ten apart), a date or value error (both sides have a leftover of the same
//! kind), or a missing number (one side only). With three languages, the odd one out is the suspect. Not done
//! here: rounding tolerance, unit conversion, transposition checks (the QA issue). Weekdays are checked per side:
//! a stated weekday must match its date (own, resolved from the release date, or borrowed from another version).

use crate::align::score::pair_equal;
use crate::types::{FindingKind, Interval, Lang, NumExpr, NumKind, Qualifier, Severity, Unit};
use serde::Serialize;
use std::collections::BTreeMap;

/// One language's side of a QA row.
#[derive(Debug, Clone, Default)]
pub struct QaSide {
    pub text: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Each mention with its surface text.
    pub numbers: Vec<(String, NumExpr)>,
}

impl QaSide {
    /// A side made from one piece of text of `lang` (a TSV cell, a suite case): its numbers extracted, located at
    /// `file:line:column`.
    pub fn from_text(lang: Lang, text: &str, file: String, line: usize, column: usize) -> QaSide {
        use crate::normalize::{Extractor, RuleExtractor};
        let f = RuleExtractor.extract(lang, text, crate::types::Span::new(0, text.len()));
        QaSide {
            text: text.to_string(),
            file,
            line,
            column,
            numbers: f
                .numbers
                .into_iter()
                .map(|n| (text[n.span.range()].to_string(), n))
                .collect(),
        }
    }
}

/// Aligned segments in two or three languages.
#[derive(Debug, Clone, Default)]
pub struct QaRow {
    pub sides: BTreeMap<Lang, QaSide>,
}

/// Where a finding's segment is, for people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentRef {
    pub text: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// A number as shown in a finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumberRef {
    pub surface: String,
    pub value: Interval,
    pub unit: Option<Unit>,
    pub qualifier: Qualifier,
}

/// A numeric disagreement between the language versions of one bead (or TSV row).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The language pair whose beads `bead` indexes (`ko-en`); absent for rows of a TSV.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pair: Option<String>,
    pub bead: u32,
    pub kind: FindingKind,
    pub severity: Severity,
    pub suspect: Option<Lang>,
    pub message: String,
    pub segments: BTreeMap<Lang, SegmentRef>,
    pub numbers: BTreeMap<Lang, Vec<NumberRef>>,
}

fn number_ref(surface: &str, n: &NumExpr) -> NumberRef {
    NumberRef {
        surface: surface.to_string(),
        value: n.value,
        unit: n.unit,
        qualifier: n.qualifier,
    }
}

/// Checks one row. `bead` is the row's index, copied into each finding.
pub fn check_row(bead: u32, row: &QaRow) -> Vec<Finding> {
    let langs: Vec<Lang> = row.sides.keys().copied().collect();
    let mut out: Vec<Finding> = weekdays(bead, row);
    for (i, &x) in langs.iter().enumerate() {
        for &y in &langs[i + 1..] {
            for f in check_pair(bead, row, x, y) {
                if !out.iter().any(|o| same_issue(o, &f)) {
                    out.push(f);
                }
            }
        }
    }
    out
}

/// Stated weekdays that contradict their date. The date is the mention's own (full) date, its resolution from
/// the release date, or, for a partial date, the full date of another version that agrees with it.
fn weekdays(bead: u32, row: &QaRow) -> Vec<Finding> {
    use crate::normalize::dates::{calendar, compatible};
    let mut out = Vec::new();
    for (&lang, side) in &row.sides {
        for (surface, n) in &side.numbers {
            let (Some(stated), Some(date)) = (n.weekday, n.date.as_deref()) else {
                continue;
            };
            let full = |d: &str| {
                let (y, m, dd) = calendar::parts(d);
                Some((y?, m?, dd?))
            };
            let other = || {
                row.sides
                    .iter()
                    .filter(|(&l, _)| l != lang)
                    .flat_map(|(_, s)| s.numbers.iter())
                    .filter_map(|(_, o)| o.date.as_deref().or(o.resolved.as_deref()))
                    .find(|o| compatible(o, date) && full(o).is_some())
                    .map(str::to_string)
            };
            let known = full(date)
                .map(|_| date.to_string())
                .or_else(|| n.resolved.clone())
                .or_else(other);
            let Some((y, m, d)) = known.as_deref().and_then(full) else {
                continue;
            };
            let actual = calendar::weekday(y, m, d);
            if actual == stated {
                continue;
            }
            const NAMES: [&str; 7] = crate::normalize::ENGLISH_WEEKDAYS;
            out.push(Finding {
                pair: None,
                bead,
                kind: FindingKind::Weekday,
                severity: Severity::Error,
                suspect: Some(lang),
                message: format!(
                    "weekday contradicts the date: {lang} '{surface}' says {}, but {y:04}-{m:02}-{d:02} is a {}",
                    NAMES[usize::from(stated - 1) % 7],
                    NAMES[usize::from(actual - 1) % 7]
                ),
                segments: [(
                    lang,
                    SegmentRef {
                        text: side.text.clone(),
                        file: side.file.clone(),
                        line: side.line,
                        column: side.column,
                    },
                )]
                .into_iter()
                .collect(),
                numbers: [(lang, vec![number_ref(surface, n)])].into_iter().collect(),
            });
        }
    }
    out
}

/// Two findings about the same number of the same suspect (reported once, from the first pair that saw it).
fn same_issue(a: &Finding, b: &Finding) -> bool {
    a.kind == b.kind
        && a.suspect.is_some()
        && a.suspect == b.suspect
        && a.numbers.get(&a.suspect.expect("checked"))
            == b.numbers.get(&b.suspect.expect("checked"))
}

fn check_pair(bead: u32, row: &QaRow, x: Lang, y: Lang) -> Vec<Finding> {
    let (sx, sy) = (&row.sides[&x], &row.sides[&y]);
    let nx: Vec<&NumExpr> = sx.numbers.iter().map(|(_, n)| n).collect();
    let ny: Vec<&NumExpr> = sy.numbers.iter().map(|(_, n)| n).collect();
    let surf_x: Vec<&str> = sx.numbers.iter().map(|(s, _)| s.as_str()).collect();
    let surf_y: Vec<&str> = sy.numbers.iter().map(|(s, _)| s.as_str()).collect();
    let left_x = leftovers(&nx, &ny);
    let left_y = leftovers(&ny, &nx);
    let mut used_y = vec![false; left_y.len()];
    let mut out = Vec::new();
    let make = |kind, severity, a: Option<usize>, b: Option<usize>, message: String| {
        let mut numbers = BTreeMap::new();
        if let Some(i) = a {
            numbers.insert(x, vec![number_ref(&sx.numbers[i].0, &sx.numbers[i].1)]);
        }
        if let Some(j) = b {
            numbers.insert(y, vec![number_ref(&sy.numbers[j].0, &sy.numbers[j].1)]);
        }
        let suspect = suspect(
            row,
            x,
            y,
            a.map(|i| &sx.numbers[i].1),
            b.map(|j| &sy.numbers[j].1),
        );
        Finding {
            pair: None,
            bead,
            kind,
            severity,
            suspect,
            message,
            segments: [x, y]
                .into_iter()
                .map(|l| {
                    let s = &row.sides[&l];
                    (
                        l,
                        SegmentRef {
                            text: s.text.clone(),
                            file: s.file.clone(),
                            line: s.line,
                            column: s.column,
                        },
                    )
                })
                .collect(),
            numbers,
        }
    };
    for &i in &left_x {
        let a = &sx.numbers[i];
        let partner = left_y
            .iter()
            .enumerate()
            .find(|&(k, &j)| !used_y[k] && comparable(&a.1, &sy.numbers[j].1));
        match partner {
            Some((k, &j)) => {
                used_y[k] = true;
                let b = &sy.numbers[j];
                let points = |p: &NumExpr, q: &NumExpr| {
                    p.kind == NumKind::Percent && q.kind == NumKind::PercentPoint
                };
                let (kind, what) = if a.1.kind == NumKind::Date {
                    (FindingKind::Date, "dates differ")
                } else if points(&a.1, &b.1) || points(&b.1, &a.1) {
                    (FindingKind::PercentVsPoints, "percent vs percentage points")
                } else if a.1.value.is_range() != b.1.value.is_range()
                    || (a.1.value.is_range() && b.1.value.is_range())
                {
                    (FindingKind::Range, "ranges differ")
                } else if power_of_ten_apart(a.1.value.lo, b.1.value.lo) {
                    (FindingKind::Magnitude, "values differ by a power of ten")
                } else {
                    (FindingKind::Value, "values differ")
                };
                out.push(make(
                    kind,
                    Severity::Error,
                    Some(i),
                    Some(j),
                    format!("{what}: {} '{}' vs {} '{}'", x, a.0, y, b.0),
                ));
            }
            None => out.push(make(
                FindingKind::MissingNumber,
                Severity::Warning,
                Some(i),
                None,
                format!("{} '{}' has no counterpart in {}", x, a.0, y),
            )),
        }
    }
    for (k, &j) in left_y.iter().enumerate() {
        if !used_y[k] {
            let b = &sy.numbers[j];
            out.push(make(
                FindingKind::MissingNumber,
                Severity::Warning,
                None,
                Some(j),
                format!("{} '{}' has no counterpart in {}", y, b.0, x),
            ));
        }
    }
    out.extend(
        qualifier_conflicts(&nx, &ny, &surf_x, &surf_y)
            .into_iter()
            .map(|(i, j)| {
                make(
                    FindingKind::Qualifier,
                    Severity::Warning,
                    Some(i),
                    Some(j),
                    format!(
                        "qualifiers contradict: {} '{}' vs {} '{}'",
                        x, sx.numbers[i].0, y, sy.numbers[j].0
                    ),
                )
            }),
    );
    out
}

/// Indices of mentions of `a` that find no equal value in `b`.
fn leftovers(a: &[&NumExpr], b: &[&NumExpr]) -> Vec<usize> {
    pair_equal(a, b)
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.is_none().then_some(i))
        .collect()
}

/// Two leftovers that plausibly state the same fact differently: same kind, and same unit when both have one.
fn comparable(a: &NumExpr, b: &NumExpr) -> bool {
    let percent = |k: NumKind| matches!(k, NumKind::Percent | NumKind::PercentPoint);
    if percent(a.kind) && percent(b.kind) {
        return true;
    }
    let kind_ok = a.kind == b.kind
        || (a.unit.is_none() || b.unit.is_none())
            && !matches!(a.kind, NumKind::Date | NumKind::Time)
            && !matches!(b.kind, NumKind::Date | NumKind::Time);
    let unit_ok = match (a.unit, b.unit) {
        (Some(u), Some(v)) => u == v || (u.is_counter() && v.is_counter()),
        _ => true,
    };
    kind_ok && unit_ok
}

fn power_of_ten_apart(a: f64, b: f64) -> bool {
    if a <= 0.0 || b <= 0.0 {
        return false;
    }
    let r = (a / b).log10();
    r.abs() >= 0.99 && (r - r.round()).abs() < 1e-9
}

/// Matched values whose qualifiers cannot both be true (`3,000 이상` vs `under 3,000`).
/// `3천여 명` and `3,000人余り` are approximations that lean over their number, so they bound it from below.
fn qualifier_conflicts(
    a: &[&NumExpr],
    b: &[&NumExpr],
    sa: &[&str],
    sb: &[&str],
) -> Vec<(usize, usize)> {
    use Qualifier::*;
    let mut out = Vec::new();
    for (i, (x, p)) in a.iter().zip(pair_equal(a, b)).enumerate() {
        if let Some(j) = p {
            let lower = |q, s: Option<&&str>| {
                matches!(q, AtLeast | Over)
                    || (q == About && s.is_some_and(|s| crate::normalize::units::leans_over(s)))
            };
            let upper = |q| matches!(q, AtMost | Under);
            let (p, q) = (x.qualifier, b[j].qualifier);
            if (lower(p, sa.get(i)) && upper(q)) || (upper(p) && lower(q, sb.get(j))) {
                out.push((i, j));
            }
        }
    }
    out
}

/// With a third language: the side that disagrees with it. `a` is a mention of `x`, `b` of `y`.
fn suspect(
    row: &QaRow,
    x: Lang,
    y: Lang,
    a: Option<&NumExpr>,
    b: Option<&NumExpr>,
) -> Option<Lang> {
    let third = row.sides.keys().find(|&&l| l != x && l != y)?;
    let nz: Vec<&NumExpr> = row.sides[third].numbers.iter().map(|(_, n)| n).collect();
    let has = |n: Option<&NumExpr>| n.is_some_and(|n| pair_equal(&[n], &nz)[0].is_some());
    match (has(a), has(b)) {
        (true, false) => Some(y),
        (false, true) => Some(x),
        _ => None,
    }
}

/// Counts of findings per severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

impl Counts {
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Self {
        let mut c = Counts::default();
        for f in findings {
            match f.severity {
                Severity::Error => c.error += 1,
                Severity::Warning => c.warning += 1,
                Severity::Info => c.info += 1,
            }
        }
        c
    }

    pub fn add(&mut self, o: Counts) {
        self.error += o.error;
        self.warning += o.warning;
        self.info += o.info;
    }

    /// The number of findings at or above `level`.
    pub fn at_least(&self, level: Severity) -> usize {
        match level {
            Severity::Error => self.error,
            Severity::Warning => self.error + self.warning,
            Severity::Info => self.error + self.warning + self.info,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(lang: Lang, text: &str) -> QaSide {
        QaSide::from_text(lang, text, "t.tsv".into(), 2, 1)
    }

    fn row(cells: &[(Lang, &str)]) -> QaRow {
        QaRow {
            sides: cells.iter().map(|&(l, t)| (l, side(l, t))).collect(),
        }
    }

    #[test]
    fn agreeing_row_has_no_findings() {
        let r = row(&[
            (Lang::Ko, "3천 명이 왔다."),
            (Lang::Ja, "3,000人が来た。"),
            (Lang::En, "3,000 people came."),
        ]);
        assert!(check_row(0, &r).is_empty());
    }

    #[test]
    fn magnitude_error_names_the_odd_language() {
        let r = row(&[
            (Lang::Ko, "3만 명이 왔다."),
            (Lang::Ja, "3,000人が来た。"),
            (Lang::En, "3,000 people came."),
        ]);
        let f = check_row(0, &r);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, FindingKind::Magnitude);
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].suspect, Some(Lang::Ko));
    }

    #[test]
    fn different_dates_are_a_date_error() {
        let r = row(&[(Lang::Ko, "10월 7일 개최"), (Lang::En, "held on October 8")]);
        let f = check_row(0, &r);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, FindingKind::Date);
    }

    #[test]
    fn missing_number_is_a_warning() {
        let r = row(&[
            (Lang::Ko, "115개국 3천여 명 참석"),
            (Lang::En, "About 3,000 participants"),
        ]);
        let f = check_row(0, &r);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, FindingKind::MissingNumber);
        assert_eq!(f[0].severity, Severity::Warning);
    }

    #[test]
    fn wrong_weekday_is_an_error_of_its_language() {
        let r = row(&[
            (Lang::Ja, "7月24日（水）に開催"),
            (Lang::En, "held on Thursday, July 24, 2025"),
        ]);
        let f = check_row(0, &r);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, FindingKind::Weekday);
        assert_eq!(f[0].suspect, Some(Lang::Ja));
    }

    #[test]
    fn partial_date_weekday_checked_against_the_release_year() {
        let mut r = row(&[(Lang::Ja, "7月24日（水）に開催")]);
        for (_, n) in &mut r.sides.get_mut(&Lang::Ja).unwrap().numbers {
            n.resolved = crate::normalize::dates::calendar::resolve(
                n.date.as_deref().unwrap(),
                (2025, 7, 1),
            );
        }
        let f = check_row(0, &r);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, FindingKind::Weekday);
        assert!(
            f[0].message.contains("2025-07-24 is a Thursday"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn percent_vs_points() {
        let r = row(&[(Lang::Ko, "5%p 상승"), (Lang::En, "rose 5%")]);
        let f = check_row(0, &r);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, FindingKind::PercentVsPoints);
    }

    #[test]
    fn duration_day_mismatch() {
        let r = row(&[(Lang::Ko, "7박 9일 일정"), (Lang::Ja, "7泊8日の日程")]);
        let f = check_row(0, &r);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, FindingKind::Value);
    }

    #[test]
    fn contradicting_qualifiers() {
        let r = row(&[(Lang::Ko, "100명 이상"), (Lang::En, "less than 100 people")]);
        let f = check_row(0, &r);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, FindingKind::Qualifier);
    }
}
