//! Scorers: how much two candidate groups of sentences look like translations of each other.
//!
//! In: two [`Group`]s (the merged features of one side of a candidate bead). Out: a log-likelihood-like score,
//! higher is better; the aligner subtracts the weighted sum from a bead-type prior. Two scorers so far: length (see
//! [`super::length`]) and numbers (agreement of values, not digit strings). Not done here: names, structure, fitted
//! weights (the aligner issue).

use super::length::LengthModel;
use crate::normalize::dates::compatible;
use crate::types::{Lang, NumExpr, NumKind};

/// One side of a candidate bead: consecutive sentences of one language, merged.
#[derive(Debug, Clone, Default)]
pub struct Group<'a> {
    pub lang: Option<Lang>,
    pub chars: usize,
    pub numbers: Vec<&'a NumExpr>,
}

/// Scores a candidate pairing of two non-empty groups.
pub trait Scorer: Send + Sync {
    fn score(&self, a: &Group, b: &Group) -> f32;
}

/// Gaussian log-ratio length score for a fixed language pair.
pub struct LengthScorer(pub LengthModel);

impl Scorer for LengthScorer {
    fn score(&self, a: &Group, b: &Group) -> f32 {
        self.0.log_likelihood(a.chars, b.chars) as f32
    }
}

/// Number agreement: every value found on both sides earns its weight (specific values earn more than small
/// integers); numbers left over on both sides cost a little, since they suggest different facts.
pub struct NumberScorer {
    /// Reward for an agreeing specific number (a date, a time, a value ≥ 13 or with a fraction).
    pub specific: f32,
    /// Reward for an agreeing small integer (1–12 without a unit), which agree by chance more often.
    pub small: f32,
    /// Cost per pair of numbers left over on both sides.
    pub conflict: f32,
}

impl Default for NumberScorer {
    fn default() -> Self {
        NumberScorer {
            specific: 2.5,
            small: 1.0,
            conflict: 0.3,
        }
    }
}

impl Scorer for NumberScorer {
    fn score(&self, a: &Group, b: &Group) -> f32 {
        let pairs = pair_equal(&a.numbers, &b.numbers);
        let reward: f32 = a
            .numbers
            .iter()
            .zip(&pairs)
            .filter(|(_, p)| p.is_some())
            .map(|(n, _)| {
                if is_specific(n) {
                    self.specific
                } else {
                    self.small
                }
            })
            .sum();
        let matched = pairs.iter().flatten().count();
        let left = (a.numbers.len() - matched).min(b.numbers.len() - matched);
        reward - self.conflict * left as f32
    }
}

fn is_specific(n: &NumExpr) -> bool {
    let v = n.value.lo;
    matches!(n.kind, NumKind::Date | NumKind::Time)
        || v >= 13.0
        || v.fract() != 0.0
        || n.unit.is_some()
}

/// True when two mentions can state the same fact: compatible dates, or equal value intervals of compatible
/// kinds and units. Kinds must agree where they change the fact (a percent is not percentage points, a ratio is
/// not a count, an ordinal is not a count); a bare number (no unit, plain quantity) agrees with any count,
/// amount or duration of its value, since translations often drop the counter. Two units must be equal.
pub fn same_value(a: &NumExpr, b: &NumExpr) -> bool {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) => return compatible(x, y),
        (Some(d), None) => return date_part_matches(d, b),
        (None, Some(d)) => return date_part_matches(d, a),
        (None, None) => {}
    }
    kinds_agree(a, b)
        && units_agree(a, b)
        && close(a.value.lo, b.value.lo)
        && close(a.value.hi, b.value.hi)
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

/// A partial date that knows only its day or only its year matches a bare number equal to that part: `15` in
/// "October 7 to 15" is the `15일(화)` of the Korean; `2013年` is the year of `平成25年`; `2025` is `FY2025`.
fn date_part_matches(date: &str, n: &NumExpr) -> bool {
    use crate::types::Unit;
    if let Some(y) = date.strip_prefix("FY") {
        return matches!(n.unit, None | Some(Unit::Year))
            && n.kind != NumKind::Ordinal
            && y.parse::<f64>().is_ok_and(|y| close(y, n.value.lo));
    }
    let part = |r: std::ops::Range<usize>| date.get(r).and_then(|p| p.parse::<f64>().ok());
    let (year, month, day) = (part(0..4), part(5..7), part(8..10));
    let plain = !n.value.is_range()
        && matches!(
            n.kind,
            NumKind::Quantity | NumKind::Duration | NumKind::Ordinal
        );
    match (year, month, day) {
        (None, None, Some(d)) => {
            plain && matches!(n.unit, None | Some(Unit::Day)) && close(d, n.value.lo)
        }
        (Some(y), None, None) => {
            plain && matches!(n.unit, None | Some(Unit::Year)) && close(y, n.value.lo)
        }
        _ => false,
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
