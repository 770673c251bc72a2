//! The length model: how long a translation of a segment is expected to be, per language pair.
//!
//! In: two character counts (whitespace excluded) and the pair. Out: a log-likelihood. The model is Gaussian on the
//! log of the length ratio, with the mean and spread measured on NTREX-128 (1,997 line-aligned news sentences,
//! `../shared/data/ntrex`): mean ln(en/ko) = 0.673, sd 0.239; ln(en/ja) = 0.615, sd 0.220; ln(ja/ko) = 0.058,
//! sd 0.218. Short segments get extra variance, since a few characters either way change their ratio a lot. Not
//! done here: re-estimating the ratio from the document pair itself (the aligner issue).

use crate::types::Lang;

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
