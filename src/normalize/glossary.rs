//! The English side of the Sino-Korean bigrams: a hand-written glossary from English words to the Sino-Korean
//! words that translate them (government → 정부 政府, evacuation → 대피 避難 … each with its hangul).
//!
//! In: an English sentence. Out: the hangul words its glossary words translate to, one call per translation
//! (the caller, `normalize::cognates`, turns them into bigram codes). A token is a run of ASCII letters,
//! looked up lowercased; the table holds every entry under its regular inflections too (-s, -es, -ies, -ed,
//! -ing, a doubled final consonant), so a lookup is one hash probe. Two-word entries (`prime minister`) are
//! looked up on neighbouring tokens. Not done here: word sense (every listed translation of a word is given),
//! irregular forms the table does not list, phrases of more than two words.
//!
//! The table, `data/sino_glossary.tsv`, was written by hand for the project from general knowledge of the
//! vocabulary of news and city press releases, not from a dictionary or from the evaluation data; a unit test
//! checks every row's hangul against the Unihan readings of its kanji.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

static TABLE: &str = include_str!("data/sino_glossary.tsv");

/// The rows of the table as (English forms, hangul, kanji), comments skipped.
pub fn rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, cols.next()?, cols.next()?))
        })
}

/// The glossary: every inflected form of every English entry → the hangul words it translates to, and the
/// first words of the two-word entries.
struct Glossary {
    forms: FxHashMap<String, Vec<&'static str>>,
    heads: FxHashSet<&'static str>,
}

fn glossary() -> &'static Glossary {
    static G: OnceLock<Glossary> = OnceLock::new();
    G.get_or_init(|| {
        let mut g = Glossary {
            forms: FxHashMap::default(),
            heads: FxHashSet::default(),
        };
        for (forms, hangul, _) in rows() {
            for entry in forms.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                let (head, last) = match entry.rsplit_once(' ') {
                    Some((head, last)) => {
                        g.heads.insert(head);
                        (Some(head), last)
                    }
                    None => (None, entry),
                };
                for form in inflections(last) {
                    let key = head.map_or(form.clone(), |h| format!("{h} {form}"));
                    let words = g.forms.entry(key).or_default();
                    if !words.contains(&hangul) {
                        words.push(hangul);
                    }
                }
            }
        }
        g
    })
}

/// A word and its regular inflections: plural and third person (-s, -es, -ies), past (-ed, -d, -ied) and
/// present participle (-ing, with a final e dropped), each also with a doubled final consonant (planned). Forms
/// that English does not have are harmless: no text holds them.
fn inflections(w: &str) -> Vec<String> {
    let mut out = vec![w.to_owned()];
    let Some(last) = w.chars().last() else {
        return out;
    };
    let stem = w
        .strip_suffix('y')
        .filter(|_| !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy"));
    match stem {
        Some(s) => out.extend([format!("{s}ies"), format!("{s}ied")]),
        None => out.extend([format!("{w}s"), format!("{w}es")]),
    }
    match w.strip_suffix('e') {
        Some(s) => out.extend([format!("{w}d"), format!("{s}ing")]),
        None => out.extend([format!("{w}ed"), format!("{w}ing")]),
    }
    if !matches!(last, 'a' | 'e' | 'i' | 'o' | 'u' | 'w' | 'x' | 'y') {
        out.extend([format!("{w}{last}ed"), format!("{w}{last}ing")]);
    }
    out
}

/// Calls `f` with the hangul translations of every glossary word and two-word entry of `text`.
pub fn translations(text: &str, mut f: impl FnMut(&'static str)) {
    let g = glossary();
    let mut give = |key: &str| {
        if let Some(words) = g.forms.get(key) {
            words.iter().for_each(|w| f(w));
        }
    };
    // `phrase` holds the previous token and a space when that token starts a two-word entry.
    let mut phrase = String::new();
    let mut lower = String::new();
    for token in text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        lower.clear();
        lower.extend(token.chars().map(|c| c.to_ascii_lowercase()));
        if !phrase.is_empty() {
            phrase.push_str(&lower);
            give(&phrase);
            phrase.clear();
        }
        give(&lower);
        if g.heads.contains(lower.as_str()) {
            phrase.push_str(&lower);
            phrase.push(' ');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::entities::reading::{initial_law, medial_law, readings};

    fn hangul_of(text: &str) -> Vec<&'static str> {
        let mut out = Vec::new();
        translations(text, |w| out.push(w));
        out
    }

    #[test]
    fn every_row_reads_its_kanji() {
        // Syllable i of the hangul is a Korean reading of kanji i (the first under the initial-sound law).
        let canon = |c: char, first: bool| {
            let c = medial_law(c);
            if first {
                initial_law(c)
            } else {
                c
            }
        };
        let mut bad = Vec::new();
        let mut n = 0;
        for (english, hangul, kanji) in rows() {
            n += 1;
            let (h, k): (Vec<char>, Vec<char>) =
                (hangul.chars().collect(), kanji.chars().collect());
            let reads = h.len() == k.len()
                && h.len() >= 2
                && english.chars().all(|c| !c.is_ascii_uppercase())
                && h.iter().zip(&k).enumerate().all(|(i, (&s, &c))| {
                    readings(c)
                        .is_some_and(|r| r.chars().any(|r| canon(r, i == 0) == canon(s, i == 0)))
                });
            if !reads {
                bad.push(format!("{english}\t{hangul}\t{kanji}"));
            }
        }
        assert!(n >= 1000, "only {n} rows");
        assert!(
            bad.is_empty(),
            "rows whose hangul does not read their kanji:\n{}",
            bad.join("\n")
        );
    }

    #[test]
    fn inflected_forms_and_two_word_entries_are_found() {
        assert_eq!(hangul_of("The Government"), vec!["정부"]);
        assert_eq!(hangul_of("governments"), vec!["정부"]);
        assert!(hangul_of("residents were evacuated").contains(&"주민"));
        assert!(hangul_of("the prime minister said").contains(&"총리"));
        // Not inside a longer word, and nothing for words the glossary lacks.
        assert!(hangul_of("xgovernmentx").is_empty());
        assert!(hangul_of("the of and").is_empty());
    }
}
