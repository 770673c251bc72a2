//! Latin-script tokens: acronyms and codes (`C40`, `WRI`, `APUF-9`) in every language, and in English the words
//! that are names (`Copenhagen`, `Oh Se-hoon`).
//!
//! In: a sentence slice. Out: tokens as byte ranges, with their `lat:` key (upper case, letters and digits only:
//! `APUF-9` and letter-spaced `A P U F - 9` are both `lat:APUF9`; full-width `ＷＨＯ` is `lat:WHO`). Not done here:
//! numbers (pure digits are left to the number extractor), phonetic keys (the caller adds them to English names).
//!
//! Which English words are names: a word with two capitals or with letters and digits (acronyms, codes); a
//! capitalised word that is not a function word, title, month or weekday (`Mayor`, `The`, `Monday` are not). The
//! first word of a sentence passes the same test: the list holds the usual sentence openers, and a stray
//! capitalised common word only adds a key that nothing in the other language matches. Consecutive name words (one space or hyphen
//! apart) form one run: `Oh Se-hoon`, `Smart City`.

/// A Latin token or run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Upper-cased letters and digits of the surface (`APUF9`).
    pub folded: String,
}

/// Words that are capitalised without being names.
const NOT_NAMES: &[&str] = &[
    "A",
    "About",
    "According",
    "After",
    "Al",
    "All",
    "Also",
    "Among",
    "An",
    "And",
    "Are",
    "As",
    "At",
    "Be",
    "Before",
    "Between",
    "But",
    "By",
    "Ceremony",
    "Chair",
    "Chairman",
    "Chief",
    "Contact",
    "Councillor",
    "Councilor",
    "Deputy",
    "Director",
    "Director-General",
    "Dr",
    "During",
    "Each",
    "Email",
    "Every",
    "Fax",
    "For",
    "From",
    "General",
    "Governor",
    "He",
    "Her",
    "Here",
    "His",
    "However",
    "I",
    "If",
    "In",
    "Inquiries",
    "It",
    "Its",
    "Meanwhile",
    "Minister",
    "More",
    "Most",
    "Mr",
    "Mrs",
    "Ms",
    "No",
    "Not",
    "Note",
    "Of",
    "On",
    "Or",
    "Other",
    "Our",
    "Over",
    "President",
    "Prof",
    "Secretary",
    "She",
    "Since",
    "Some",
    "Such",
    "Tel",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Through",
    "To",
    "Under",
    "Until",
    "Vice",
    "We",
    "What",
    "When",
    "Where",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "You",
    "Your",
    "Mayor",
    "Mayors",
    "KRW",
    "JPY",
    "USD",
    "EUR",
    "THB",
    "CNY",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Mondays",
    "Tuesdays",
    "Wednesdays",
    "Thursdays",
    "Fridays",
    "Saturdays",
    "Sundays",
];

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{C0}'..='\u{24F}') && c.is_alphabetic()
}

fn is_latin(c: char) -> bool {
    is_letter(c) || c.is_ascii_digit()
}

/// A full-width Latin letter or digit as ASCII.
fn narrow(c: char) -> Option<char> {
    match c {
        'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

fn fold(s: &str) -> String {
    s.chars()
        .map(|c| narrow(c).unwrap_or(c))
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Words: maximal runs of Latin letters and digits (full-width too), joined by single inner hyphens
/// (`Se-hoon`, `UN-Habitat`, `APUF-9`).
fn words(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let latin = is_latin(c) || narrow(c).is_some();
        if latin {
            start.get_or_insert(i);
            continue;
        }
        if c == '-' && start.is_some() {
            if let Some(&(_, n)) = chars.peek() {
                if is_latin(n) || narrow(n).is_some() {
                    continue;
                }
            }
        }
        if let Some(st) = start.take() {
            out.push((st, i));
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

/// Latin tokens inside Korean or Japanese text: every word with a capital letter, plus letter-spaced capitals
/// (`E S C A P`, `A P U F - 9`) joined into one token.
pub fn in_cjk(s: &str) -> Vec<Token> {
    // A token needs a capital, or is a letter-spaced run of single capitals or digits: most sentences have
    // neither, and leave before their words are listed.
    // By bytes: an ASCII capital, a lead byte of U+00C0–U+024F, or of the block holding `Ａ`–`Ｚ`.
    let maybe_capital = s
        .bytes()
        .any(|b| b.is_ascii_uppercase() || (0xC3..=0xC9).contains(&b) || b == 0xEF);
    if !maybe_capital && !maybe_spaced_digits(s) {
        return Vec::new();
    }
    let ws = words(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        // Letter-spaced: single characters (or a lone hyphen) separated by one space.
        let mut j = i;
        while j + 1 < ws.len()
            && single(s, ws[j])
            && single(s, ws[j + 1])
            && spaced(s, ws[j].1, ws[j + 1].0)
        {
            j += 1;
        }
        if j >= i + 2 {
            let (start, end) = (ws[i].0, ws[j].1);
            out.push(Token {
                start,
                end,
                folded: fold(&s[start..end]),
            });
            i = j + 1;
            continue;
        }
        let (start, end) = ws[i];
        let w = &s[start..end];
        let has_capital = w
            .chars()
            .any(|c| c.is_uppercase() || matches!(c, 'Ａ'..='Ｚ'));
        let has_letter = w
            .chars()
            .any(|c| is_letter(c) || narrow(c).is_some_and(|n| n.is_ascii_alphabetic()));
        if has_capital && has_letter && w.chars().count() >= 2 {
            out.push(Token {
                start,
                end,
                folded: fold(w),
            });
        }
        i += 1;
    }
    out
}

/// A digit, a gap that [`spaced`] accepts, and another digit or a hyphen: the start of a letter-spaced run
/// without capitals (`1 2 3`). A cheap over-approximation.
fn maybe_spaced_digits(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| {
        let next = |k: usize| b.get(i + k).copied().unwrap_or(0);
        b[i].is_ascii_digit()
            && ((next(1) == b' ' && (next(2).is_ascii_digit() || next(2) == b'-'))
                || (s[i + 1..].starts_with('\u{3000}') && next(4).is_ascii_digit()))
    })
}

fn single(s: &str, (a, b): (usize, usize)) -> bool {
    s[a..b].chars().count() == 1
        && s[a..b]
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether the gap between two letters of a letter-spaced word is one space, or ` - ` (a spaced hyphen).
fn spaced(s: &str, end: usize, next: usize) -> bool {
    matches!(s.get(end..next), Some(" ") | Some(" - ") | Some("\u{3000}"))
}

/// The name runs of an English sentence: `(start, end, tokens)` where tokens are the words of the run.
pub fn english_names(s: &str) -> Vec<(usize, usize, Vec<Token>)> {
    let ws = words(s);
    let mut out: Vec<(usize, usize, Vec<Token>)> = Vec::new();
    for &(start, end) in &ws {
        let w = &s[start..end];
        if !is_name(w) {
            continue;
        }
        let token = Token {
            start,
            end,
            folded: fold(w),
        };
        match out.last_mut() {
            Some(run) if matches!(s.get(run.1..start), Some(" ") | Some("-")) => {
                run.1 = end;
                run.2.push(token);
            }
            _ => out.push((start, end, vec![token])),
        }
    }
    out
}

fn is_name(w: &str) -> bool {
    let capitals = w.chars().filter(|c| c.is_uppercase()).count();
    // Every name test below needs a capital: most words leave here, before the word-list scans.
    if capitals == 0 {
        return false;
    }
    let digits = w.chars().any(|c| c.is_ascii_digit());
    let letters = w.chars().any(is_letter);
    if !letters
        || NOT_NAMES.contains(&w)
        || crate::normalize::ENGLISH_MONTHS.contains(&w)
        || crate::normalize::ENGLISH_WEEKDAYS.contains(&w)
    {
        return false;
    }
    if capitals >= 2 || (digits && capitals >= 1) {
        return true;
    }
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(ts: Vec<Token>) -> Vec<String> {
        ts.into_iter().map(|t| t.folded).collect()
    }

    #[test]
    fn cjk_tokens() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("acronym", "WRI와 협력", &["WRI"]),
            ("letter-spaced", "E S C A P 는", &["ESCAP"]),
            ("letter-spaced with hyphen", "A P U F - 9 に", &["APUF9"]),
            ("full width", "ＷＨＯの", &["WHO"]),
            ("code", "C40 도시", &["C40"]),
            ("units are not names", "16kg 1.2km", &[]),
        ];
        for (name, text, want) in cases {
            assert_eq!(folded(in_cjk(text)), *want, "{name}");
        }
    }

    #[test]
    fn english_runs() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("title not a name", "Mayor Oh Se-hoon said", &["Oh Se-hoon"]),
            (
                "sentence start name",
                "Copenhagen has bike lanes.",
                &["Copenhagen"],
            ),
            ("function word at start", "The Seoul plan", &["Seoul"]),
            (
                "months are dates",
                "On Monday, March 3, APUF-9 opens",
                &["APUF-9"],
            ),
            ("two runs", "Bangkok and Yokohama", &["Bangkok", "Yokohama"]),
        ];
        for (name, text, want) in cases {
            let got: Vec<&str> = english_names(text)
                .iter()
                .map(|r| &text[r.0..r.1])
                .collect();
            assert_eq!(got, *want, "{name}");
        }
    }
}
