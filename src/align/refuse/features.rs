//! Document-level features of a finished pairwise alignment, for the refusal model ([`super`]).
//!
//! In: the two documents' segments and their [`Alignment`]. Out: [`Features`], each a number a translation and an
//! unrelated document pair tend to differ on:
//!
//! - `attested`: share of segments in two-sided beads with shared-number-and-name evidence ≥ [`EVIDENCE`];
//! - `anchors`: the *specific* values (numbers and names, weighted by [`number_specificity`] and
//!   [`name_specificity`] and divided by how often each occurs, so `4,321` or `ESCAP` count and `2`, `2019` or a
//!   common Sino-Korean word barely do) that both documents state and that the path puts in the same or an
//!   adjacent bead, per segment of the shorter document;
//! - `on_path`: the share of all such cross-document matches (same weights) that lie near the path: in a
//!   translation the shared values line up bead after bead, in an unrelated pair chance matches are scattered;
//! - `length`: mean |z| of the 1-1 beads' log length ratios under the language pair's NTREX length model (mean
//!   re-estimated from the documents' totals): translations have strongly correlated sentence lengths;
//! - `one_sided`: share of segments in 1-0/0-1 beads;
//! - `cost`: mean bead cost per segment of the path;
//! - `gain`: how much cheaper per segment the path is than the path of the same documents with the segments of
//!   `b` in reverse order (same lengths, numbers and names, order destroyed): a null model of the pair itself, so
//!   a translation with few figures still gains from its sentence order, and chance matches, which a reversed
//!   document offers as well, gain nothing.
//!
//! Everything is computed from the two documents alone, in time linear in their size (hash maps over values;
//! matches near the path are counted with two pointers per value; the reversed alignment is one band of the
//! aligner over the five common bead shapes, [`crate::align::beads::NULL_SHAPES`]). Not done here: the decision
//! ([`super`]).

use crate::align::length::LengthModel;
use crate::align::score::numbers::key as number_key;
use crate::align::score::Side;
use crate::align::{Aligner, Alignment, Segment};
use crate::types::{Lang, NumExpr, NumKind};
use rustc_hash::FxHashMap;

/// The shared-number-and-name evidence a bead needs to count as attested.
pub const EVIDENCE: f32 = 0.3;

/// The features of one aligned document pair (see the module header).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Features {
    pub attested: f32,
    pub anchors: f32,
    pub on_path: f32,
    pub length: f32,
    pub one_sided: f32,
    pub cost: f32,
    pub gain: f32,
}

/// How much an agreement on this number says that two sentences state the same fact, in (0, 1]: a full date,
/// a decimal or an amount with three significant digits is specific; a year, a round number or a small integer is
/// shared by unrelated texts all the time.
pub fn number_specificity(n: &NumExpr) -> f32 {
    if let Some(d) = &n.date {
        let known = |r: std::ops::Range<usize>| d.get(r).is_some_and(|p| !p.contains('X'));
        return match (known(0..4), known(5..7), known(8..10)) {
            _ if d.starts_with("FY") => 0.2,
            (_, true, true) => 0.8,
            (true, true, false) => 0.4,
            (true, false, false) => 0.1,
            _ => 0.2,
        };
    }
    let v = n.value.lo.abs();
    if n.kind == NumKind::Time {
        return 0.6;
    }
    if v.fract() != 0.0 {
        return 1.0;
    }
    if v <= 12.0 {
        return 0.05;
    }
    if (1900.0..=2100.0).contains(&v) && n.unit.is_none() {
        return 0.1;
    }
    // Significant digits of an integer: 3,000 has one, 3,500 two, 4,321 four.
    let mut m = v;
    while m >= 10.0 && (m % 10.0) == 0.0 {
        m /= 10.0;
    }
    match m {
        m if m < 10.0 => 0.25,
        m if m < 100.0 => 0.5,
        _ => 1.0,
    }
}

/// How specific a name key is (`gz:`/`lat:`/`ph:`/`sk:` as in `normalize::entities`): a gazetteer place or a
/// Latin word of three letters or more is strong, a one- or two-letter Latin token, a phonetic skeleton or a
/// Sino-Korean reading of a common word much weaker.
pub fn name_specificity(key: &str) -> f32 {
    match key.split_once(':') {
        Some(("gz", _)) => 1.0,
        Some(("lat", w)) if w.chars().count() >= 3 => 1.0,
        Some(("lat", _)) => 0.2,
        Some(("ph", w)) if w.chars().count() >= 4 => 0.5,
        Some(("ph", _)) => 0.2,
        Some(("sk", w)) if w.chars().count() >= 3 => 0.3,
        Some(("sk", _)) => 0.1,
        _ => 0.0,
    }
}

/// A value's occurrences: segments of side a, segments of side b (each segment once, in order), specificity.
#[derive(Default)]
pub struct Occurrences {
    a: Vec<u32>,
    b: Vec<u32>,
    spec: f32,
}

/// Hash of a name key, kept apart from number keys by a tag.
fn name_key(key: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    "name".hash(&mut h);
    key.hash(&mut h);
    h.finish()
}

/// Every value of every segment of both sides, with where it occurs. (A fixed hasher: the features sum over
/// the map, so its order must not change from run to run.) Independent of the alignment, so callers may
/// compute it at the same time.
pub fn occurrences(a: &[Segment], b: &[Segment]) -> FxHashMap<u64, Occurrences> {
    let mut map: FxHashMap<u64, Occurrences> = FxHashMap::default();
    for (side, segs) in [(0, a), (1, b)] {
        for (i, s) in segs.iter().enumerate() {
            let nums = s
                .numbers
                .iter()
                .map(|n| (number_key(n), number_specificity(n)));
            let names = s
                .entities
                .iter()
                .flat_map(|e| e.keys())
                .map(|k| (name_key(k), name_specificity(k)));
            for (k, spec) in nums.chain(names) {
                if spec <= 0.0 {
                    continue;
                }
                let o = map.entry(k).or_default();
                o.spec = o.spec.max(spec);
                let list = if side == 0 { &mut o.a } else { &mut o.b };
                if list.last() != Some(&(i as u32)) {
                    list.push(i as u32);
                }
            }
        }
    }
    map
}

/// Pairs (x, y) of `xs` × `ys` (both sorted) with |x − y| ≤ 1.
fn near_pairs(xs: &[u32], ys: &[u32]) -> usize {
    let (mut lo, mut count) = (0usize, 0usize);
    for &x in xs {
        while lo < ys.len() && ys[lo] + 1 < x {
            lo += 1;
        }
        count += ys[lo..].iter().take_while(|&&y| y <= x + 1).count();
    }
    count
}

/// The features of `al`, an alignment of `a` (language `langs.0`) with `b` (`langs.1`).
pub fn features(al: &Alignment, a: &[Segment], b: &[Segment], langs: (Lang, Lang)) -> Features {
    let known = (null_cost(a, b, langs), occurrences(a, b));
    features_with_null(al, a, b, langs, known)
}

/// The cost of the null path for `gain`: the default aligner on `b` reversed, inside one band of half-width
/// [`NULL_BAND`] (time bounded like one pass). Independent of the alignment itself, so callers may compute the
/// two at the same time. The refusal weights are fitted on this null path: a change of [`NULL_BAND`] needs a
/// refit.
pub fn null_cost(a: &[Segment], b: &[Segment], langs: (Lang, Lang)) -> f64 {
    let (sa, sb) = Aligner::new(langs.0, langs.1).prepare(a, b);
    null_cost_sides(&sa, &sb, langs)
}

/// The half-width of the null path's band: the aligner's band when the refusal weights were fitted. The null
/// path keeps it when the aligner's own band changes, so that `gain` means what the weights were fitted on.
pub const NULL_BAND: usize = 10;

/// [`null_cost`] of prepared documents.
pub fn null_cost_sides(sa: &Side, sb: &Side, langs: (Lang, Lang)) -> f64 {
    let config = crate::align::AlignConfig {
        band: NULL_BAND,
        ..Default::default()
    };
    Aligner::with_config(langs.0, langs.1, config).banded_cost_sides(sa, &sb.reversed())
}

/// [`features`] with the [`null_cost`] and the [`occurrences`] already known.
pub fn features_with_null(
    al: &Alignment,
    a: &[Segment],
    b: &[Segment],
    langs: (Lang, Lang),
    (null_cost, values): (f64, FxHashMap<u64, Occurrences>),
) -> Features {
    let (na, nb) = (a.len(), b.len());
    let total = (na + nb).max(1) as f32;
    // The bead of every segment.
    let (mut bead_a, mut bead_b) = (vec![0u32; na], vec![0u32; nb]);
    let (mut attested, mut one_sided) = (0usize, 0usize);
    for (k, (x, &e)) in al.beads.iter().zip(&al.evidence).enumerate() {
        for i in x.a.clone() {
            bead_a[i as usize] = k as u32;
        }
        for j in x.b.clone() {
            bead_b[j as usize] = k as u32;
        }
        let size = x.a.len() + x.b.len();
        if x.a.is_empty() || x.b.is_empty() {
            one_sided += size;
        } else if e >= EVIDENCE {
            attested += size;
        }
    }
    let (mut near, mut all) = (0.0f32, 0.0f32);
    for o in values.values() {
        if o.a.is_empty() || o.b.is_empty() {
            continue;
        }
        let pairs = (o.a.len() * o.b.len()) as f32;
        let xs: Vec<u32> = o.a.iter().map(|&i| bead_a[i as usize]).collect();
        let ys: Vec<u32> = o.b.iter().map(|&j| bead_b[j as usize]).collect();
        // Each value counts `spec` in all, spread over its pairs of occurrences.
        all += o.spec;
        near += o.spec * near_pairs(&xs, &ys) as f32 / pairs;
    }
    let chars = |s: &[Segment]| s.iter().map(|x| x.chars).sum::<usize>();
    let model =
        LengthModel::for_pair(langs.0, langs.1).for_documents((na, chars(a)), (nb, chars(b)));
    let zs: Vec<f64> = al
        .beads
        .iter()
        .filter(|x| x.a.len() == 1 && x.b.len() == 1)
        .map(|x| {
            let (la, lb) = (a[x.a.start as usize].chars, b[x.b.start as usize].chars);
            let var = model.sd * model.sd + model.short / (la + lb + 2) as f64;
            ((LengthModel::log_ratio(la, lb) - model.mean) / var.sqrt()).abs()
        })
        .collect();
    let cost: f64 = al.costs.iter().filter(|c| c.is_finite()).sum();
    Features {
        attested: attested as f32 / total,
        anchors: near / na.min(nb).max(1) as f32,
        // Smoothed towards an uninformative 1/2 by one value's worth of matches.
        on_path: (near + 0.5) / (all + 1.0),
        length: if zs.is_empty() {
            1.0
        } else {
            (zs.iter().sum::<f64>() / zs.len() as f64) as f32
        },
        one_sided: one_sided as f32 / total,
        cost: (cost / f64::from(total)) as f32,
        gain: ((null_cost - cost) / f64::from(total)) as f32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{Interval, Span};

    fn num(v: f64) -> NumExpr {
        NumExpr::new(
            Span { start: 0, end: 1 },
            NumKind::Quantity,
            Interval::exact(v),
        )
    }

    fn date(d: &str) -> NumExpr {
        let mut n = num(0.0);
        n.kind = NumKind::Date;
        n.date = Some(d.to_string());
        n
    }

    #[test]
    fn specific_numbers_outweigh_years_and_small_integers() {
        let strong = number_specificity(&num(4321.0));
        assert_eq!(strong, 1.0);
        assert_eq!(number_specificity(&num(2.5)), 1.0);
        assert!(number_specificity(&num(2.0)) < 0.1);
        assert!(number_specificity(&num(2019.0)) < 0.2);
        assert!(number_specificity(&num(3000.0)) < number_specificity(&num(3500.0)));
        assert!(number_specificity(&num(3500.0)) < strong);
        assert!(number_specificity(&date("2024-10-07")) > number_specificity(&date("2024-XX-XX")));
    }

    #[test]
    fn long_latin_names_outweigh_short_tokens_and_common_words() {
        assert_eq!(name_specificity("lat:ESCAP"), 1.0);
        assert!(name_specificity("lat:A") < 0.5);
        assert!(name_specificity("sk:시장") < name_specificity("ph:PRsAn"));
        assert_eq!(name_specificity("other"), 0.0);
    }

    #[test]
    fn near_pairs_counts_neighbours_only() {
        assert_eq!(near_pairs(&[0, 5], &[1, 9]), 1);
        assert_eq!(near_pairs(&[3], &[2, 3, 4, 5]), 3);
        assert_eq!(near_pairs(&[], &[1]), 0);
        assert_eq!(near_pairs(&[2, 2], &[1]), 2);
    }

    /// Twelve segments per side, each with one specific amount (a decimal); `order` says which amount side b has where.
    fn pair_features(order: &[usize]) -> Features {
        let values: Vec<Vec<NumExpr>> = (0..12).map(|k| vec![num(10.5 + 7.0 * k as f64)]).collect();
        let lens = [30, 52, 18, 44, 61, 25, 37, 49, 22, 58, 33, 40];
        let a: Vec<Segment> = (0..12)
            .map(|k| Segment::plain(lens[k], 0, &values[k]))
            .collect();
        let b: Vec<Segment> = (0..12)
            .map(|k| Segment::plain(lens[order[k]] * 2, 0, &values[order[k]]))
            .collect();
        let al = Aligner::new(Lang::Ko, Lang::En).align_full(&a, &b);
        features(&al, &a, &b, (Lang::Ko, Lang::En))
    }

    #[test]
    fn a_translation_has_its_anchors_on_the_path_and_a_shuffle_does_not() {
        let same = pair_features(&(0..12).collect::<Vec<_>>());
        assert!(same.on_path > 0.9, "{same:?}");
        assert!(same.anchors > 0.9, "{same:?}");
        assert_eq!(same.one_sided, 0.0);
        assert!(same.attested > 0.9);
        let shuffled = pair_features(&[7, 3, 10, 0, 5, 11, 2, 8, 1, 9, 4, 6]);
        assert!(shuffled.on_path < same.on_path, "{shuffled:?}");
        assert!(shuffled.anchors < same.anchors, "{shuffled:?}");
        assert!(shuffled.length > same.length, "{shuffled:?}");
        assert!(shuffled.cost > same.cost, "{shuffled:?}");
        assert!(same.gain > 1.0, "{same:?}");
        assert!(shuffled.gain < same.gain, "{shuffled:?}");
        assert!(super::super::score(&shuffled) < super::super::score(&same));
    }
}
