//! The number scorer: translations state the same figures, so equal values are strong, nearly free evidence.
//!
//! In: two groups' number mentions (normalised by `normalize`: values, not digit strings, so `3천 명`, `3,000人`
//! and `3,000 people` agree). Out: a score: each value found on both sides earns its rarity weight (1 / how many
//! segments hold the value in the busier document, so a date repeated in every paragraph is weak and a unique
//! `4,321` strong; small bare integers 1–12 start from a lower base, since they agree by chance); numbers left
//! over on both sides cost a little, since they suggest different facts; a specific number left over on one side
//! (an orphan) costs its rarity weight times [`NumberScorer::orphan`], since the sentence stating it then most
//! likely belongs to a neighbouring bead or to none (an omission), not to this one. Matching is greedy, one-to-one, in text
//! order, with [`same_value`] (partial dates match their known part). Not done here: unit conversion, rounding
//! tolerance (QA decides those; the aligner only needs agreement).

use super::{Group, Num, Scorer};
use crate::normalize::dates::compatible;
use crate::types::{NumExpr, NumKind};

/// Number agreement, weighted by rarity.
#[derive(Debug, Clone)]
pub struct NumberScorer {
    /// Cost per pair of numbers left unmatched on both sides. Default: 0.3.
    pub conflict: f32,
    /// Cost per specific number (see [`base_weight`]) one side states and the other does not, times its rarity
    /// weight: a figure with no counterpart in the partner group suggests that the sentence holding it belongs
    /// elsewhere (to a neighbour's bead, or to no bead). Default: 0 here; the aligner sets its fitted value.
    pub orphan: f32,
}

impl Default for NumberScorer {
    fn default() -> Self {
        NumberScorer {
            conflict: 0.3,
            orphan: 0.0,
        }
    }
}

impl Scorer for NumberScorer {
    fn score(&self, a: &Group, b: &Group) -> f32 {
        if a.nums.is_empty() && b.nums.is_empty() {
            // What the general case computes for two groups without numbers (most candidate beads).
            return 0.0;
        }
        let mut used: u64 = 0;
        let mut reward = 0.0f32;
        let mut matched = 0usize;
        let mut orphans = 0.0f32;
        for x in a.nums {
            let hit = b
                .nums
                .iter()
                .enumerate()
                .take(64)
                .find(|(j, y)| used & (1 << j) == 0 && (x.key == y.key || same_num(x, y)));
            if let Some((j, y)) = hit {
                used |= 1 << j;
                matched += 1;
                reward += x.weight.max(y.weight);
            } else if x.specific {
                orphans += x.weight;
            }
        }
        if self.orphan != 0.0 {
            for (j, y) in b.nums.iter().enumerate() {
                if (j >= 64 || used & (1 << j) == 0) && y.specific {
                    orphans += y.weight;
                }
            }
        }
        let left = (a.nums.len() - matched).min(b.nums.len() - matched);
        reward - self.conflict * left as f32 - self.orphan * orphans
    }
}

/// The base weight of a value before rarity: 1 for a specific number (a date, a time, a value ≥ 13, a fraction, a
/// number with a unit), 0.4 for a bare small integer.
pub fn base_weight(n: &NumExpr) -> f32 {
    if is_specific(n) {
        1.0
    } else {
        0.4
    }
}

/// A date, a time, a value ≥ 13, a fraction or a number with a unit: a figure that rarely agrees by chance.
pub fn is_specific(n: &NumExpr) -> bool {
    let v = n.value.lo;
    matches!(n.kind, NumKind::Date | NumKind::Time)
        || v >= 13.0
        || v.fract() != 0.0
        || n.unit.is_some()
}

/// An exact-value key: equal keys state the same value (the converse need not hold: partial dates).
pub fn key(n: &NumExpr) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    match &n.date {
        Some(d) => d.hash(&mut h),
        None => n.value.lo.to_bits().hash(&mut h),
    }
    h.finish()
}

/// True when two mentions can state the same fact: compatible dates, or equal value intervals of compatible
/// kinds and units. Kinds must agree where they change the fact (a percent is not percentage points, a ratio is
/// not a count, an ordinal is not a count); a bare number (no unit, plain quantity) agrees with any count,
/// amount or duration of its value, since translations often drop the counter. Two units must be equal.
pub fn same_value(a: &NumExpr, b: &NumExpr) -> bool {
    let part = |n: &NumExpr| n.date.as_deref().map(DatePart::of);
    same_value_with(a, b, part(a), part(b))
}

/// [`same_value`] of two prepared mentions, whose date parts are already parsed.
pub fn same_num(a: &Num, b: &Num) -> bool {
    same_value_with(a.expr, b.expr, a.date, b.date)
}

fn same_value_with(
    a: &NumExpr,
    b: &NumExpr,
    part_a: Option<DatePart>,
    part_b: Option<DatePart>,
) -> bool {
    match (&a.date, &b.date, part_a, part_b) {
        (Some(x), Some(y), _, _) => return compatible(x, y),
        (Some(_), None, Some(p), _) => return date_part_matches(p, b),
        (None, Some(_), _, Some(p)) => return date_part_matches(p, a),
        _ => {}
    }
    // Values first: most candidate pairs differ there, which is the cheapest test.
    close(a.value.lo, b.value.lo)
        && close(a.value.hi, b.value.hi)
        && kinds_agree(a, b)
        && units_agree(a, b)
}

fn bare(n: &NumExpr) -> bool {
    n.kind == NumKind::Quantity && n.unit.is_none() && n.qualifier != crate::types::Qualifier::Vague
}

fn kinds_agree(a: &NumExpr, b: &NumExpr) -> bool {
    use NumKind::*;
    let strict = |k: NumKind| matches!(k, Percent | PercentPoint | Ratio | Ordinal | Time);
    a.kind == b.kind || ((bare(a) || bare(b)) && !strict(a.kind) && !strict(b.kind))
}

fn units_agree(a: &NumExpr, b: &NumExpr) -> bool {
    match (a.unit, b.unit) {
        (Some(x), Some(y)) => x == y || (x.is_counter() && y.is_counter()),
        _ => true,
    }
}

fn close(x: f64, y: f64) -> bool {
    (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
}

/// What of a date a bare number can state: a fiscal year, a lone day or a lone year (parsed once per mention by
/// the aligner, since the number scorer compares mentions in every DP cell).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DatePart {
    /// `FY2025` (`None` when the year does not parse).
    FiscalYear(Option<f64>),
    /// `XXXX-XX-15`.
    Day(f64),
    /// `2013-XX-XX`.
    Year(f64),
    /// Any other date (a bare number never states it).
    Other,
}

impl DatePart {
    pub fn of(date: &str) -> DatePart {
        if let Some(y) = date.strip_prefix("FY") {
            return DatePart::FiscalYear(y.parse::<f64>().ok());
        }
        let part = |r: std::ops::Range<usize>| date.get(r).and_then(|p| p.parse::<f64>().ok());
        match (part(0..4), part(5..7), part(8..10)) {
            (None, None, Some(d)) => DatePart::Day(d),
            (Some(y), None, None) => DatePart::Year(y),
            _ => DatePart::Other,
        }
    }
}

/// A partial date that knows only its day or only its year matches a bare number equal to that part: `15` in
/// "October 7 to 15" is the `15일(화)` of the Korean; `2013年` is the year of `平成25年`; `2025` is `FY2025`.
fn date_part_matches(part: DatePart, n: &NumExpr) -> bool {
    use crate::types::Unit;
    let plain = !n.value.is_range()
        && matches!(
            n.kind,
            NumKind::Quantity | NumKind::Duration | NumKind::Ordinal
        );
    match part {
        DatePart::FiscalYear(y) => {
            matches!(n.unit, None | Some(Unit::Year))
                && n.kind != NumKind::Ordinal
                && y.is_some_and(|y| close(y, n.value.lo))
        }
        DatePart::Day(d) => {
            plain && matches!(n.unit, None | Some(Unit::Day)) && close(d, n.value.lo)
        }
        DatePart::Year(y) => {
            plain && matches!(n.unit, None | Some(Unit::Year)) && close(y, n.value.lo)
        }
        DatePart::Other => false,
    }
}

/// For each mention of `a`, the index of the equal-valued mention of `b` it is paired with: greedy, one-to-one,
/// in text order.
pub fn pair_equal(a: &[&NumExpr], b: &[&NumExpr]) -> Vec<Option<usize>> {
    let mut used = vec![false; b.len()];
    a.iter()
        .map(|x| {
            let j = (0..b.len()).find(|&j| !used[j] && same_value(x, b[j]))?;
            used[j] = true;
            Some(j)
        })
        .collect()
}
