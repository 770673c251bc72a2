//! The length model: how long a translation of a segment is expected to be, per language pair.
//!
//! In: two character counts (whitespace excluded) and the pair. Out: a log-likelihood. The model is Gaussian on the
//! log of the length ratio, with the mean and spread measured on NTREX-128 (1,997 line-aligned news sentences,
//! `../shared/data/ntrex`): mean ln(en/ko) = 0.673, sd 0.239; ln(en/ja) = 0.615, sd 0.220; ln(ja/ko) = 0.058,
//! sd 0.218. Short segments get extra variance, since a few characters either way change their ratio a lot.
//!
//! A document pair has its own ratio (a terse translator, a release with many figures), so the aligner
//! re-estimates the model from the pair itself when it is long enough: first the mean from the two documents'
//! total lengths ([`LengthModel::for_documents`]), then, after a first alignment, mean and spread from its 1-1
//! beads ([`LengthModel::refit`]). Both are shrunk towards the NTREX model (as if it were worth
//! [`PRIOR_WEIGHT`] segments), so a short document keeps the prior.
//!
//! Where both languages separate words with spaces (Korean and English), the number of words is a second length
//! with its own noise ([`LengthModel::words_for_pair`]): on the 814 1-1 beads of `ntrex-natural/tune` ko-en, the
//! log word ratio has sd 0.185 (the log character ratio 0.239), and the two residuals correlate only 0.6 within a
//! document, so together they tell a join from an omission better than characters alone. Same Gaussian, same
//! re-estimation of the mean from the documents' totals. Not done here: choosing beads.

use crate::types::Lang;

/// How many segments' worth of evidence the NTREX model counts for when a document pair re-estimates it.
pub const PRIOR_WEIGHT: f64 = 20.0;

/// The extra variance of a short pair of character counts: `SHORT_CHARS / (la + lb)` is added to sd².
pub const SHORT_CHARS: f64 = 4.0;

/// Mean and standard deviation of ln(len_b / len_a) for one ordered language pair, and the numerator of the extra
/// variance of short segments (`short / (la + lb)`, lengths + 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LengthModel {
    pub mean: f64,
    pub sd: f64,
    pub short: f64,
}

impl LengthModel {
    /// The NTREX-measured model for `a → b` (the reverse pair negates the mean).
    pub fn for_pair(a: Lang, b: Lang) -> Self {
        let (mean, sd) = match (a, b) {
            (Lang::Ko, Lang::En) => (0.673, 0.239),
            (Lang::Ja, Lang::En) => (0.615, 0.220),
            (Lang::Ko, Lang::Ja) => (0.058, 0.218),
            (Lang::En, Lang::Ko) => (-0.673, 0.239),
            (Lang::En, Lang::Ja) => (-0.615, 0.220),
            (Lang::Ja, Lang::Ko) => (-0.058, 0.218),
            _ => (0.0, 0.2),
        };
        LengthModel {
            mean,
            sd,
            short: SHORT_CHARS,
        }
    }

    /// The word-count model for `a → b` where both languages separate words with spaces (ko-en), else `None`.
    /// Measured on the 814 1-1 beads of `ntrex-natural/tune` ko-en: mean ln((words_b + 1) / (words_a + 1)) =
    /// 0.294 (the reverse pair negates it); around each document's own ratio, the squared residual falls with
    /// the pair's words n = words_a + words_b + 2 as 0.0034 + 0.95 / n (binned means 0.063, 0.037, 0.019, 0.014
    /// for n of 10-20, 20-40, 40-80, 80+), so sd 0.06 and short 0.95. Japanese has no spaces between words.
    pub fn words_for_pair(a: Lang, b: Lang) -> Option<Self> {
        let mean = match (a, b) {
            (Lang::Ko, Lang::En) => 0.294,
            (Lang::En, Lang::Ko) => -0.294,
            _ => return None,
        };
        Some(LengthModel {
            mean,
            sd: 0.06,
            short: 0.95,
        })
    }

    /// The model for a document pair of `na` and `nb` segments with `ca` and `cb` characters: the mean moves
    /// towards the pair's own log ratio as the shorter document grows.
    pub fn for_documents(self, (na, ca): (usize, usize), (nb, cb): (usize, usize)) -> Self {
        let n = na.min(nb) as f64;
        if n < 2.0 || ca == 0 || cb == 0 {
            return self;
        }
        let own = ((cb as f64) / (ca as f64)).ln();
        LengthModel {
            mean: (PRIOR_WEIGHT * self.mean + n * own) / (PRIOR_WEIGHT + n),
            ..self
        }
    }

    /// Re-estimates mean and spread from the log ratios `xs` of a first alignment's 1-1 beads (robustly: median
    /// and 1.4826 × median absolute deviation), shrunk towards `self`.
    pub fn refit(self, xs: &mut [f64]) -> Self {
        if xs.len() < 4 {
            return self;
        }
        let median = |v: &mut [f64]| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let mean = median(xs);
        let mut dev: Vec<f64> = xs.iter().map(|x| (x - mean).abs()).collect();
        let sd = 1.4826 * median(&mut dev);
        let n = xs.len() as f64;
        let var = (PRIOR_WEIGHT * self.sd * self.sd + n * sd * sd) / (PRIOR_WEIGHT + n);
        LengthModel {
            mean: (PRIOR_WEIGHT * self.mean + n * mean) / (PRIOR_WEIGHT + n),
            sd: var.sqrt().max(0.08),
            short: self.short,
        }
    }

    /// The log length ratio of a pair as the model sees it (the smoothing of [`Self::log_likelihood`]).
    pub fn log_ratio(la: usize, lb: usize) -> f64 {
        ((lb as f64 + 1.0) / (la as f64 + 1.0)).ln()
    }

    /// Log-likelihood (up to a constant) that segments of `la` and `lb` characters are translations.
    pub fn log_likelihood(&self, la: usize, lb: usize) -> f64 {
        let x = ln_count(lb) - ln_count(la) - self.mean;
        let var = self.sd * self.sd + self.short / (la as f64 + lb as f64 + 2.0);
        -(x * x) / (2.0 * var)
    }
}

/// ln(n + 1), from a table for the counts most segments and groups have (the aligner takes two of these in
/// every DP cell).
fn ln_count(n: usize) -> f64 {
    const SMALL: usize = 2048;
    static TABLE: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    match TABLE
        .get_or_init(|| (0..SMALL).map(|k| ((k + 1) as f64).ln()).collect())
        .get(n)
    {
        Some(&v) => v,
        None => ((n + 1) as f64).ln(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_counts_only_where_both_languages_space_words() {
        let m = LengthModel::words_for_pair(Lang::Ko, Lang::En).unwrap();
        assert_eq!(
            LengthModel::words_for_pair(Lang::En, Lang::Ko)
                .unwrap()
                .mean,
            -m.mean
        );
        assert!(LengthModel::words_for_pair(Lang::Ja, Lang::En).is_none());
        assert!(LengthModel::words_for_pair(Lang::Ko, Lang::Ja).is_none());
        // 20 Korean words: 27 English words fit, 40 (a neighbour's sentence absorbed) do not.
        assert!(m.log_likelihood(20, 27) > m.log_likelihood(20, 40) + 1.0);
    }

    #[test]
    fn expected_ratio_scores_best() {
        let m = LengthModel::for_pair(Lang::Ko, Lang::En);
        let good = m.log_likelihood(50, 98);
        assert!(good > m.log_likelihood(50, 50));
        assert!(good > m.log_likelihood(50, 200));
        assert!(good > -0.05);
    }
}
