//! Native Korean numerals: `하나`, `둘`, `열`, `스물다섯`, `서른두`, and the attributive forms used before a
//! counter (`한 명`, `두 곳`, `세 차례`, `스무 개`, `열한 번째`), plus `첫` (first).
//!
//! In: a text and a byte position. Out: the end, the value and whether the last word is attributive (then the
//! caller requires a counter after it, since `한`, `두`, `세`, `네` are also ordinary words). Not done here: the
//! counters themselves (units.rs), Sino-Korean words (cjk.rs).

pub(super) const TENS: &[(&str, f64)] = &[
    ("스물", 20.0),
    ("스무", 20.0),
    ("서른", 30.0),
    ("마흔", 40.0),
    ("쉰", 50.0),
    ("예순", 60.0),
    ("일흔", 70.0),
    ("여든", 80.0),
    ("아흔", 90.0),
    ("열", 10.0),
];

/// Unit words; `true` marks the attributive forms.
pub(super) const UNITS: &[(&str, f64, bool)] = &[
    ("하나", 1.0, false),
    ("한", 1.0, true),
    ("둘", 2.0, false),
    ("두", 2.0, true),
    ("셋", 3.0, false),
    ("세", 3.0, true),
    ("넷", 4.0, false),
    ("네", 4.0, true),
    ("다섯", 5.0, false),
    ("여섯", 6.0, false),
    ("일곱", 7.0, false),
    ("여덟", 8.0, false),
    ("아홉", 9.0, false),
];

/// A native numeral read at a position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Native {
    pub end: usize,
    pub value: f64,
    /// Ends in an attributive form (`한`, `두`, `세`, `네`, `스무`, `열`): only a number before a counter.
    pub attributive: bool,
}

/// Reads a native numeral at `at` (tens word, then optionally a unit word, glued or after one space).
pub fn read(s: &str, at: usize) -> Option<Native> {
    let rest = s.get(at..)?;
    let mut value = 0.0;
    let mut end = at;
    let mut attributive = false;
    let mut have_tens = false;
    if let Some(&(w, v)) = TENS.iter().find(|(w, _)| rest.starts_with(w)) {
        value = v;
        end = at + w.len();
        // `스무` is attributive; a bare `열` is too short a word to stand alone without a counter.
        attributive = w == "스무" || w == "열";
        have_tens = true;
    }
    if !(have_tens && attributive && value == 20.0) {
        let mut p = end;
        if have_tens && s[p..].starts_with(' ') {
            // `스물 다섯번째`: a space inside the numeral only when a unit word follows.
            p += 1;
        }
        let r = &s[p..];
        if let Some(&(w, v, attr)) = UNITS.iter().find(|(w, _, _)| r.starts_with(w)) {
            value += v;
            end = p + w.len();
            attributive = attr;
        }
    }
    if end == at {
        return None;
    }
    Some(Native {
        end,
        value,
        attributive,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str, f64, bool)] = &[
            ("one_attr", "한 명", 1.0, true),
            ("two_attr", "두 곳", 2.0, true),
            ("twenty_attr", "스무 개", 20.0, true),
            ("twenty_six", "스물여섯명", 26.0, false),
            ("eleven_attr", "열한 번째", 11.0, true),
            ("fifty_two", "쉰둘이", 52.0, false),
            ("seventy", "일흔 살", 70.0, false),
            ("spaced", "스물 다섯번째", 25.0, false),
            ("one", "하나만", 1.0, false),
        ];
        for (name, text, v, attr) in cases {
            let n = read(text, 0).unwrap_or_else(|| panic!("case {name}"));
            assert_eq!((n.value, n.attributive), (*v, *attr), "case {name}");
        }
        assert!(read("명", 0).is_none());
    }
}
