//! The length scorer: a translation's length is roughly proportional to its source's.
//!
//! In: two groups' character counts (whitespace excluded). Out: the Gaussian log-likelihood of their log length
//! ratio under a [`LengthModel`] (see [`crate::align::length`] for the NTREX-measured models and the
//! re-estimation from a document pair). Not done here: choosing the model.

use super::{Group, Scorer};
use crate::align::length::LengthModel;

/// Gaussian log-ratio length score under one model.
#[derive(Debug, Clone, Copy)]
pub struct LengthScorer(pub LengthModel);

impl Scorer for LengthScorer {
    fn score(&self, a: &Group, b: &Group) -> f32 {
        self.0.log_likelihood(a.chars as usize, b.chars as usize) as f32
    }
}
