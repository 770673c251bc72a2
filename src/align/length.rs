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
//! [`PRIOR_WEIGHT`] segments), so a short document keeps the prior. Not done here: choosing beads.

use crate::types::Lang;

/// How many segments' worth of evidence the NTREX model counts for when a document pair re-estimates it.
pub const PRIOR_WEIGHT: f64 = 20.0;

/// Mean and standard deviation of ln(len_b / len_a) for one ordered language pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LengthModel {
    pub mean: f64,
    pub sd: f64,
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
        LengthModel { mean, sd }
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
            sd: self.sd,
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
        }
    }

    /// The log length ratio of a pair as the model sees it (the smoothing of [`Self::log_likelihood`]).
    pub fn log_ratio(la: usize, lb: usize) -> f64 {
        ((lb as f64 + 1.0) / (la as f64 + 1.0)).ln()
    }

    /// Log-likelihood (up to a constant) that segments of `la` and `lb` characters are translations.
    pub fn log_likelihood(&self, la: usize, lb: usize) -> f64 {
        let (la, lb) = (la as f64 + 1.0, lb as f64 + 1.0);
        let x = (lb / la).ln() - self.mean;
        let var = self.sd * self.sd + 4.0 / (la + lb);
        -(x * x) / (2.0 * var)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_ratio_scores_best() {
        let m = LengthModel::for_pair(Lang::Ko, Lang::En);
        let good = m.log_likelihood(50, 98);
        assert!(good > m.log_likelihood(50, 50));
        assert!(good > m.log_likelihood(50, 200));
        assert!(good > -0.05);
    }
}
