//! The library's one error type. Every variant names the file (and where it helps, the line and column or byte
//! offset) so that `main` can print a one-line message without adding context of its own.
//!
//! In: failures of the stages. Out: [`Error`], [`Result`]. Not done here: printing or exit codes (`main`).

use std::path::PathBuf;

/// Everything that can go wrong in pressalign's library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: binary file (NUL byte at byte offset {offset}), not a text or HTML document", path.display())]
    Binary { path: PathBuf, offset: usize },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: {message}", path.display())]
    Input { path: PathBuf, message: String },
    #[error("{0}")]
    Usage(String),
    #[error("{0} is not supported yet")]
    Unsupported(String),
}

/// Result with pressalign's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn input(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::Input {
            path: path.into(),
            message: message.into(),
        }
    }
}
