//! Word lists indexed by one end character, for the lookups the extractors make at nearly every position
//! (units and qualifiers after a number, particles and endings after a Korean word).
//!
//! In: a static list of `(word, payload)` pairs and which end to index. Out: for a text, the listed words that
//! share its first (or last) character, in the order asked for at construction. A lookup is one binary search on
//! a character instead of a comparison per listed word. Not done here: deciding which of the candidates applies
//! (word boundaries, syllable counts): callers test the candidates they get.

/// Which end of the words (and of the looked-up text) the index keys on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum End {
    First,
    Last,
}

/// Which order the words of one group come in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// As listed (first match wins where the list is ordered by preference).
    Listed,
    /// Longest first, ties as listed.
    LongestFirst,
}

/// A word list grouped by the character at one end.
pub struct Index<T: 'static> {
    end: End,
    /// Sorted by character; each group in the requested order.
    groups: Vec<(char, Vec<(&'static str, T)>)>,
}

impl<T: Copy> Index<T> {
    pub fn new(words: &[(&'static str, T)], end: End, order: Order) -> Self {
        let mut groups: Vec<(char, Vec<(&'static str, T)>)> = Vec::new();
        for &(w, t) in words {
            let Some(c) = edge(w, end) else { continue };
            match groups.iter_mut().find(|(k, _)| *k == c) {
                Some((_, g)) => g.push((w, t)),
                None => groups.push((c, vec![(w, t)])),
            }
        }
        if order == Order::LongestFirst {
            for (_, g) in &mut groups {
                // A stable sort keeps listed order among words of one length.
                g.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            }
        }
        groups.sort_by_key(|(c, _)| *c);
        Index { end, groups }
    }

    /// The words sharing `text`'s indexed end character (none for an empty text).
    pub fn candidates(&self, text: &str) -> &[(&'static str, T)] {
        edge(text, self.end)
            .and_then(|c| self.groups.binary_search_by_key(&c, |(k, _)| *k).ok())
            .map_or(&[], |i| &self.groups[i].1)
    }
}

fn edge(s: &str, end: End) -> Option<char> {
    match end {
        End::First => s.chars().next(),
        End::Last => s.chars().next_back(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[(&str, u8)] = &[("km", 1), ("kg", 2), ("km²", 3), ("명", 4), ("m", 5)];

    #[test]
    fn first_character_groups_in_listed_order() {
        let ix = Index::new(WORDS, End::First, Order::Listed);
        let words: Vec<&str> = ix.candidates("km² 넓이").iter().map(|p| p.0).collect();
        assert_eq!(words, ["km", "kg", "km²"]);
        assert_eq!(ix.candidates("명이").len(), 1);
        assert!(ix.candidates("").is_empty());
        assert!(ix.candidates("원").is_empty());
    }

    #[test]
    fn longest_first_and_last_character() {
        let ix = Index::new(WORDS, End::Last, Order::LongestFirst);
        let words: Vec<&str> = ix.candidates("10km").iter().map(|p| p.0).collect();
        assert_eq!(words, ["km", "m"]);
        let ix = Index::new(
            &[("에서", 0), ("서", 1), ("부터서", 2)],
            End::Last,
            Order::LongestFirst,
        );
        let words: Vec<&str> = ix.candidates("서울에서").iter().map(|p| p.0).collect();
        assert_eq!(words, ["부터서", "에서", "서"]);
    }
}
