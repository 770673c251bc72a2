//! English number words: cardinals (`one` … `ninety-nine`, `two hundred and fifty`, `three million`, `a dozen`),
//! ordinals (`third`, `twenty-first`), fractions (`half`, `one third`, `two-thirds`, `a quarter`) and multiplier
//! words (`twice`, `double`, `tripled`, `threefold`).
//!
//! In: a text and a byte position at the start of a word. Out: the end of the words read and the value. Case is
//! ignored (`Twenty` opens a sentence). Not done here: digits with scale words (`1.2 million`, read by the digit
//! reader), deciding whether a lone `one` is a number (the caller asks for a counter after it).

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

const ORDINAL_UNITS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
    ("hundredth", 100.0),
    ("thousandth", 1000.0),
];

/// The ASCII word starting at `at` (letters only), lower-cased, and its end.
fn word_at(s: &str, at: usize) -> Option<(String, usize)> {
    let rest = s.get(at..)?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (len > 0).then(|| (rest[..len].to_ascii_lowercase(), at + len))
}

fn lookup(table: &[(&str, f64)], w: &str) -> Option<f64> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

/// A cheap test, without allocating, that the word at `at` can open a number expression (most words cannot).
pub fn may_start_number(s: &str, at: usize) -> bool {
    let rest = &s.as_bytes()[at..];
    // Number words start with one of these letters; most words are rejected here.
    if !rest
        .first()
        .is_some_and(|b| b"abdefhmnoqstzABDEFHMNOQSTZ".contains(b))
    {
        return false;
    }
    let len = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if len == 0 || len > 12 {
        return false;
    }
    let mut buf = [0u8; 12];
    for (d, b) in buf.iter_mut().zip(&rest[..len]) {
        *d = b.to_ascii_lowercase();
    }
    let w = std::str::from_utf8(&buf[..len]).unwrap_or("");
    number_starts().contains(w) || w.ends_with("fold")
}

/// The words a number may start with (lower case): the unit, tens and ordinal words, and the words of
/// multipliers and vague amounts. One set, since [`may_start_number`] runs at every word of English text.
fn number_starts() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let listed = [UNITS, TENS, ORDINAL_UNITS]
            .into_iter()
            .flatten()
            .map(|(k, _)| *k);
        listed
            .chain([
                "a",
                "an",
                "half",
                "twice",
                "double",
                "doubled",
                "doubling",
                "triple",
                "tripled",
                "tripling",
                "quadruple",
                "quadrupled",
                "hundreds",
                "thousands",
                "millions",
                "tens",
                "dozens",
            ])
            .collect()
    })
}

/// True when `at` starts a word (no letter or digit right before it).
pub fn word_start(s: &str, at: usize) -> bool {
    !s[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric())
}

/// `twenty`, `twenty-five`, `twenty five`, `seven`, `nineteen`: a value below 100 and its end.
fn below_hundred(s: &str, at: usize) -> Option<(f64, usize)> {
    let (w, end) = word_at(s, at)?;
    if let Some(v) = lookup(UNITS, &w) {
        return Some((v, end));
    }
    let tens = lookup(TENS, &w)?;
    for sep in ["-", " "] {
        if let Some(next) = s[end..].strip_prefix(sep) {
            let at2 = s.len() - next.len();
            if let Some((w2, e2)) = word_at(s, at2) {
                if let Some(u) = lookup(UNITS, &w2).filter(|&u| (1.0..10.0).contains(&u)) {
                    return Some((tens + u, e2));
                }
            }
        }
    }
    Some((tens, end))
}

/// Skips `sep` then returns the next word (or `None`).
fn next_word(s: &str, at: usize) -> Option<(String, usize, usize)> {
    let rest = &s[at..];
    let trimmed = rest.strip_prefix([' ', '-'])?;
    let start = s.len() - trimmed.len();
    word_at(s, start).map(|(w, e)| (w, start, e))
}

/// A cardinal read from words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cardinal {
    pub end: usize,
    pub value: f64,
    /// The words were only `one` (or `a`/`an` before a scale word was absent): needs a counter to count.
    pub lone_one: bool,
}

/// A spelled cardinal at `at`: groups below a thousand (`two hundred and fifty`) joined by falling scale words
/// (`three million two hundred thousand`); `a hundred`, `a thousand`, `a million`, `a dozen`, `two dozen`.
pub fn cardinal(s: &str, at: usize) -> Option<Cardinal> {
    if !word_start(s, at) {
        return None;
    }
    let mut total = 0.0;
    let mut pos = at;
    let mut last_scale = f64::INFINITY;
    let mut groups = 0;
    let mut lone_one = false;
    loop {
        // A group below a thousand, or `a` standing for one before a scale word.
        let (mut group, mut end, from_a) = match below_hundred(s, pos) {
            Some((v, e)) => (v, e, false),
            None => match word_at(s, pos) {
                Some((w, e)) if groups == 0 && (w == "a" || w == "an") => (1.0, e, true),
                _ => break,
            },
        };
        if let Some((w, _, e)) = next_word(s, end) {
            if w == "hundred" && group < 10.0 {
                group *= 100.0;
                end = e;
                // `hundred and five`, `hundred five`
                let mut after = end;
                if let Some((w2, _, e2)) = next_word(s, end) {
                    if w2 == "and" {
                        after = e2;
                    }
                }
                if let Some(rest) = s[after..].strip_prefix(' ') {
                    let p = s.len() - rest.len();
                    if let Some((v, e3)) = below_hundred(s, p) {
                        group += v;
                        end = e3;
                    }
                }
            } else if w == "dozen" {
                group *= 12.0;
                end = e;
            }
        }
        let mut scaled = group;
        if let Some((w, _, e)) = next_word(s, end) {
            if let Some(m) = lookup(SCALES, &w).filter(|&m| m < last_scale) {
                scaled = group * m;
                end = e;
                last_scale = m;
            } else if from_a && group == 1.0 {
                break;
            } else {
                last_scale = 0.0;
            }
        } else if from_a && group == 1.0 {
            break;
        } else {
            last_scale = 0.0;
        }
        if groups == 0 {
            lone_one = scaled == 1.0 && !from_a;
        } else {
            lone_one = false;
        }
        total += scaled;
        pos = end;
        groups += 1;
        if last_scale <= 1.0 {
            break;
        }
        // Continue after a scale word with `and`, a comma-less space, e.g. `two million five hundred thousand`.
        match s[pos..].strip_prefix(' ') {
            Some(rest) => {
                let p = s.len() - rest.len();
                let p = match word_at(s, p) {
                    Some((w, e)) if w == "and" => match s[e..].strip_prefix(' ') {
                        Some(r) => s.len() - r.len(),
                        None => break,
                    },
                    _ => p,
                };
                if below_hundred(s, p).is_none() {
                    break;
                }
                let save = pos;
                pos = p;
                if below_hundred(s, pos).is_none() {
                    pos = save;
                    break;
                }
            }
            None => break,
        }
    }
    if groups == 0 {
        return None;
    }
    // `pos` may sit after a trailing space taken for a group that did not come: use the last end.
    let end = s[..pos].trim_end().len();
    Some(Cardinal {
        end,
        value: total,
        lone_one,
    })
}

/// A spelled ordinal at `at`: `third`, `twenty-first`, `one hundredth`. Returns the end and the value.
pub fn ordinal(s: &str, at: usize) -> Option<(usize, f64)> {
    if !word_start(s, at) {
        return None;
    }
    let (w, end) = word_at(s, at)?;
    if let Some(v) = lookup(ORDINAL_UNITS, &w) {
        return Some((end, v));
    }
    let tens = lookup(TENS, &w)?;
    let rest = s[end..].strip_prefix(['-', ' '])?;
    let (w2, e2) = word_at(s, s.len() - rest.len())?;
    let u = lookup(ORDINAL_UNITS, &w2).filter(|&u| u < 10.0)?;
    Some((e2, tens + u))
}

/// The denominator a plural or singular ordinal word names in a fraction (`thirds`, `quarter`).
fn denominator(w: &str) -> Option<f64> {
    match w {
        "half" | "halves" => Some(2.0),
        "quarter" | "quarters" => Some(4.0),
        _ => {
            let singular = w.strip_suffix('s').unwrap_or(w);
            lookup(ORDINAL_UNITS, singular).filter(|&d| d >= 3.0)
        }
    }
}

/// A spelled fraction at `at`: `half`, `a half`, `one third`, `a third`, `two-thirds`, `three quarters`.
pub fn fraction(s: &str, at: usize) -> Option<(usize, f64)> {
    if !word_start(s, at) {
        return None;
    }
    let (w, end) = word_at(s, at)?;
    if w == "half" {
        return Some((end, 0.5));
    }
    let numerator = match w.as_str() {
        "a" | "an" | "one" => 1.0,
        _ => lookup(UNITS, &w).filter(|&v| v >= 2.0)?,
    };
    let rest = s[end..].strip_prefix(['-', ' '])?;
    let (w2, e2) = word_at(s, s.len() - rest.len())?;
    let d = denominator(&w2)?;
    // `one second` is a time, `a second` an ordinal: only thirds and beyond, halves and quarters.
    if numerator > 1.0 && !w2.ends_with('s') && w2 != "half" {
        return None;
    }
    Some((e2, numerator / d))
}

/// A multiplier word at `at`: `twice`, `double(d)`, `triple(d)`, `quadruple(d)`, `threefold`, `tenfold`.
pub fn multiplier(s: &str, at: usize) -> Option<(usize, f64)> {
    if !word_start(s, at) {
        return None;
    }
    let (w, end) = word_at(s, at)?;
    let v = match w.as_str() {
        "twice" | "double" | "doubled" | "doubling" | "twofold" => 2.0,
        "triple" | "tripled" | "tripling" | "threefold" => 3.0,
        "quadruple" | "quadrupled" | "fourfold" => 4.0,
        _ => {
            let head = w.strip_suffix("fold")?;
            lookup(UNITS, head).or_else(|| lookup(TENS, head))?
        }
    };
    Some((end, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals() {
        let cases: &[(&str, &str, f64)] = &[
            ("single", "eight cities", 8.0),
            ("hyphen", "twenty-five cities", 25.0),
            ("hundred_and", "two hundred and fifty people", 250.0),
            ("scale", "three million visitors", 3e6),
            ("scale_chain", "two million five hundred thousand", 2.5e6),
            ("a_hundred", "a hundred people", 100.0),
            ("a_dozen", "a dozen cities", 12.0),
            ("ninety_nine", "ninety-nine", 99.0),
            ("capital", "Twenty people", 20.0),
        ];
        for (name, text, v) in cases {
            let c = cardinal(text, 0).unwrap_or_else(|| panic!("case {name}"));
            assert_eq!(c.value, *v, "case {name}");
        }
        assert!(cardinal("a city", 0).is_none());
        assert!(cardinal("someone", 4).is_none(), "inside a word");
        assert!(cardinal("one", 0).unwrap().lone_one);
    }

    #[test]
    fn ordinals_fractions_multipliers() {
        assert_eq!(ordinal("the third forum", 4), Some((9, 3.0)));
        assert_eq!(ordinal("twenty-first", 0), Some((12, 21.0)));
        assert_eq!(fraction("one third of", 0), Some((9, 1.0 / 3.0)));
        assert_eq!(fraction("two-thirds", 0), Some((10, 2.0 / 3.0)));
        assert_eq!(fraction("half", 0), Some((4, 0.5)));
        assert!(fraction("one second", 0).is_none());
        assert_eq!(multiplier("twice", 0), Some((5, 2.0)));
        assert_eq!(multiplier("tenfold", 0), Some((7, 10.0)));
    }
}
