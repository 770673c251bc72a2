//! The English side of the Sino-Korean bigrams: a hand-written glossary from English words to the Sino-Korean
//! words that translate them (government → 정부 政府, evacuation → 피난 避難 and 대피 待避 …).
//!
//! In: an English sentence. Out: the hangul words its glossary words translate to, one call per translation
//! (the caller, `normalize::cognates`, turns them into bigram codes). A token is a run of letters, looked up
//! lowercased as it stands and under each regular lemma it may have (-s, -es, -ies, -ed, -ing, a doubled final
//! consonant stripped: a few hash probes); a token with a letter outside ASCII (résumé) is no English
//! glossary word. Two-word entries (`prime minister`) are looked up on neighbouring tokens with only spaces or
//! a hyphen between them. Not done here: word sense (every listed translation of a word is given), irregular
//! forms the table does not list, phrases of more than two words.
//!
//! The table, `data/sino_glossary.tsv`, was written by hand for the project from general knowledge of the
//! vocabulary of news and city press releases, not from a dictionary or from the evaluation data; a unit test
//! checks every row's hangul against the Unihan readings of its kanji.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

static TABLE: &str = include_str!("data/sino_glossary.tsv");

/// The rows of the table as (English forms, hangul, kanji), comments skipped.
fn rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, cols.next()?, cols.next()?))
        })
}

/// The glossary: English entry (a lemma, or two words) → its entry.
struct Glossary {
    entries: FxHashMap<&'static str, Entry>,
}

/// What a listed word or two-word entry holds.
#[derive(Default)]
struct Entry {
    /// The hangul words it translates to (none for a word listed only as the first of a two-word entry).
    words: Vec<&'static str>,
    /// It is the first word of a two-word entry (`prime` of `prime minister`).
    head: bool,
}

fn glossary() -> &'static Glossary {
    static G: OnceLock<Glossary> = OnceLock::new();
    G.get_or_init(|| {
        let mut entries: FxHashMap<&'static str, Entry> = FxHashMap::default();
        for (forms, hangul, _) in rows() {
            for entry in forms.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                if let Some((head, _)) = entry.split_once(' ') {
                    entries.entry(head).or_default().head = true;
                }
                let words = &mut entries.entry(entry).or_default().words;
                if !words.contains(&hangul) {
                    words.push(hangul);
                }
            }
        }
        Glossary { entries }
    })
}

/// Words that look inflected but are not the inflection of the listed word they would strip to (news is not
/// new + s, United States not unit + ed).
const UNINFLECTED: [&str; 3] = ["limited", "news", "united"];

impl Glossary {
    /// The entry of `prefix` + `stem` + `add` (`buf` is scratch for the joined key).
    fn entry(&self, prefix: &str, stem: &str, add: &str, buf: &mut String) -> Option<&Entry> {
        if prefix.is_empty() && add.is_empty() {
            return self.entries.get(stem);
        }
        buf.clear();
        buf.push_str(prefix);
        buf.push_str(stem);
        buf.push_str(add);
        self.entries.get(buf.as_str())
    }

    /// Calls `f` with the translations of `prefix` + `word` (a lowercase token; `prefix` is empty or the first
    /// word of a two-word entry and a space): those of the entry as it stands and of every regular lemma of it
    /// that is listed (`cared` is care + d, or car + ed: English spelling does not say which). Lemmas: without
    /// -s, -es, -ies → -y (plural, third person); -ed, -d, -ied → -y (past); -ing, -ing → -e (present
    /// participle); -ed and -ing also after a doubled final consonant (planned, stopping). Returns whether the
    /// entry as it stands starts a two-word entry.
    fn lookup(
        &self,
        prefix: &str,
        word: &str,
        buf: &mut String,
        f: &mut impl FnMut(&'static str),
    ) -> bool {
        let mut give = |e: Option<&Entry>| {
            if let Some(e) = e {
                e.words.iter().for_each(|w| f(w));
            }
        };
        let exact = self.entry(prefix, word, "", buf);
        let head = exact.is_some_and(|e| e.head);
        give(exact);
        let b = word.as_bytes();
        let n = b.len();
        if n < 4 || UNINFLECTED.contains(&word) {
            return head;
        }
        // (letters cut, letters added), and the suffix after which a doubled consonant may be undone.
        let (candidates, doubled): (&[(usize, &str)], Option<usize>) = match b[n - 1] {
            b's' if word.ends_with("ies") => (&[(3, "y"), (1, "")], None),
            b's' if word.ends_with("ss") => (&[], None),
            b's' if word.ends_with("es") => (&[(2, ""), (1, "")], None),
            b's' => (&[(1, "")], None),
            b'd' if word.ends_with("ied") => (&[(3, "y"), (1, "")], None),
            b'd' if word.ends_with("ed") => (&[(2, ""), (1, "")], Some(2)),
            b'g' if word.ends_with("ing") => (&[(3, ""), (3, "e")], Some(3)),
            _ => (&[], None),
        };
        for &(cut, add) in candidates {
            give(self.entry(prefix, &word[..n - cut], add, buf));
        }
        if let Some(cut) = doubled.filter(|&c| n > c + 2 && b[n - c - 1] == b[n - c - 2]) {
            give(self.entry(prefix, &word[..n - cut - 1], "", buf));
        }
        head
    }
}

/// Calls `f` with the hangul translations of every glossary word and two-word entry of `text`.
pub fn translations(text: &str, mut f: impl FnMut(&'static str)) {
    let g = glossary();
    // `head` holds the previous token and a space when that token starts a two-word entry.
    let (mut head, mut lower, mut buf) = (String::new(), String::new(), String::new());
    let mut rest = text;
    while let Some(start) = rest.find(char::is_alphabetic) {
        let (gap, from) = rest.split_at(start);
        let end = from
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(from.len());
        let (token, after) = from.split_at(end);
        rest = after;
        if !gap.chars().all(|c| c == ' ' || c == '-') {
            head.clear();
        }
        if !token.is_ascii() {
            head.clear();
            continue;
        }
        lower.clear();
        lower.push_str(token);
        lower.make_ascii_lowercase();
        if !head.is_empty() {
            g.lookup(&head, &lower, &mut buf, &mut f);
            head.clear();
        }
        if g.lookup("", &lower, &mut buf, &mut f) {
            head.push_str(&lower);
            head.push(' ');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::entities::reading::{readings, slot_match};

    fn hangul_of(text: &str) -> Vec<&'static str> {
        let mut out = Vec::new();
        translations(text, |w| out.push(w));
        out
    }

    #[test]
    fn every_row_reads_its_kanji() {
        // Syllable i of the hangul is a Korean reading of kanji i (the first under the initial-sound law).
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
                    readings(c).is_some_and(|r| slot_match(r, s.encode_utf8(&mut [0; 4]), i == 0))
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
        // A doubled consonant before -ed / -ing, a final e dropped before -ing.
        assert_eq!(hangul_of("stopping"), hangul_of("stop"));
        assert_eq!(hangul_of("producing"), hangul_of("produce"));
        assert!(!hangul_of("stop").is_empty() && !hangul_of("produce").is_empty());
        assert!(hangul_of("residents were evacuated").contains(&"주민"));
        assert!(hangul_of("the prime minister said").contains(&"총리"));
        // Not inside a longer word, and nothing for words the glossary lacks.
        assert!(hangul_of("xgovernmentx").is_empty());
        assert!(hangul_of("résumé").is_empty());
        // A two-word entry does not run across punctuation; a hyphen is no break (self-employed).
        assert!(!hangul_of("the prime, minister").contains(&"총리"));
        assert!(hangul_of("self-employed").contains(&"자영업자"));
        // Words that only look inflected.
        assert!(!hangul_of("the news").contains(&"신규"));
        assert!(!hangul_of("Samsung Electronics Limited").contains(&"제한"));
        assert!(hangul_of("limits").contains(&"제한"));
        assert!(hangul_of("the of and").is_empty());
    }
}
