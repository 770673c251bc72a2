//! The numeral grammar shared by Korean and Japanese: digits (`1,234.5`, full-width `３，０００`), kanji numerals
//! (`三千五百`, `一万二千`, `二〇二四`), Sino-Korean number words (`삼천`, `오십이`) and any mix of digits and
//! multipliers (`1만 2천`, `2億4千万`, `3백21`, `20万2000`).
//!
//! In: a text and a byte position. Out: where the numeral ends and its value. The reader is a small state machine
//! over tokens (a digit run, a single kanji/hangul digit, a small multiplier 十百千/십백천, a big one 万億兆/만억조):
//! multipliers must come in falling order and two digit tokens never touch, which is what rejects the words that
//! merely contain numeral characters (`사이`, `이사`, `오이`, `万万`). Whether a reading is a number *in context*
//! (`삼성`, `千葉`) is decided by the caller ([`super`]); this module only reads. Not done here: signs, fractions,
//! units.

/// A numeral read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Read {
    pub end: usize,
    pub value: f64,
    /// Number of tokens read (a single `삼` or `十` is 1).
    pub tokens: usize,
    /// True when the numeral holds a kanji or hangul digit or multiplier (not only Arabic digits).
    pub words: bool,
    /// True when it holds at least one Arabic digit.
    pub arabic: bool,
}

/// The script of numeral words a language reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Kanji numerals (Japanese).
    Kanji,
    /// Sino-Korean hangul numerals.
    Hangul,
    /// Arabic digits with multipliers of either script only (English text).
    Digits,
}

/// The value of a kanji or hangul digit character.
pub fn digit_value(c: char, script: Script) -> Option<f64> {
    let v = match (script, c) {
        (Script::Kanji, '〇' | '零') => 0,
        (Script::Kanji, '一') => 1,
        (Script::Kanji, '二' | '两') => 2,
        (Script::Kanji, '三') => 3,
        (Script::Kanji, '四') => 4,
        (Script::Kanji, '五') => 5,
        (Script::Kanji, '六') => 6,
        (Script::Kanji, '七') => 7,
        (Script::Kanji, '八') => 8,
        (Script::Kanji, '九') => 9,
        (Script::Hangul, '영') => 0,
        (Script::Hangul, '일') => 1,
        (Script::Hangul, '이') => 2,
        (Script::Hangul, '삼') => 3,
        (Script::Hangul, '사') => 4,
        (Script::Hangul, '오') => 5,
        (Script::Hangul, '육' | '륙') => 6,
        (Script::Hangul, '칠') => 7,
        (Script::Hangul, '팔') => 8,
        (Script::Hangul, '구') => 9,
        _ => return None,
    };
    Some(f64::from(v))
}

/// The value of a multiplier character of any script (digits may be mixed with either).
pub fn multiplier(c: char) -> Option<(f64, bool)> {
    // (value, is_big): big multipliers (10^4, 10^8, 10^12) close a section.
    Some(match c {
        '十' | '십' => (10.0, false),
        '百' | '백' => (100.0, false),
        '千' | '천' => (1000.0, false),
        '万' | '萬' | '만' => (1e4, true),
        '億' | '억' => (1e8, true),
        '兆' | '조' => (1e12, true),
        _ => return None,
    })
}

fn multiplier_in(c: char, script: Script) -> Option<(f64, bool)> {
    let hangul = ('가'..='힣').contains(&c);
    match script {
        Script::Kanji if hangul => None,
        Script::Hangul
            if !hangul && !matches!(c, '十' | '百' | '千' | '万' | '萬' | '億' | '兆') =>
        {
            None
        }
        _ => multiplier(c),
    }
}

/// True for ASCII and full-width digits.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn digit_of(c: char) -> u32 {
    if c.is_ascii_digit() {
        c as u32 - '0' as u32
    } else {
        c as u32 - '０' as u32
    }
}

/// Reads an Arabic digit run at `at`: digits with `,`/`，` thousands groups (exactly three digits after each),
/// an optional decimal part, or a leading-dot decimal (`.25`). Returns the end and the value.
pub fn digit_run(s: &str, at: usize) -> Option<(usize, f64)> {
    let b = s.get(at..)?;
    // `int` then, after a dot, the decimal digits, as ASCII in one buffer (one allocation per number).
    let mut text = String::with_capacity(24);
    let mut int_len = 0;
    let mut it = b.char_indices().peekable();
    let mut end = 0;
    let mut spaced_groups = false;
    let mut grouped = false;
    // Integer part.
    while let Some(&(i, c)) = it.peek() {
        if is_digit(c) {
            text.push(char::from_digit(digit_of(c), 10)?);
            int_len += 1;
            end = i + c.len_utf8();
            it.next();
        } else if matches!(c, ' ' | '\u{202F}' | '\u{00A0}' | '\u{2009}')
            && (1..=3).contains(&int_len)
            || (matches!(c, ' ' | '\u{202F}' | '\u{00A0}' | '\u{2009}') && spaced_groups)
        {
            // `1 234 567`, `40 000` (SI style): a space-separated group only when the first group has at most
            // three digits and every later group exactly three (`423 0000` is two numbers).
            let rest = &b[i + c.len_utf8()..];
            let digits: Vec<char> = rest.chars().take(4).collect();
            let three = digits.len() >= 3 && digits[..3].iter().all(|&d| d.is_ascii_digit());
            let fourth = digits.get(3).is_some_and(|&d| is_digit(d));
            if three && !fourth && (spaced_groups || !grouped) {
                spaced_groups = true;
                it.next();
            } else {
                break;
            }
        } else if (c == ',' || c == '，') && int_len > 0 && !spaced_groups {
            grouped = true;
            // A separator only when exactly three digits follow and then no further digit.
            let rest = &b[i + c.len_utf8()..];
            let digits: Vec<char> = rest.chars().take(4).collect();
            let three = digits.len() >= 3 && digits[..3].iter().all(|&d| is_digit(d));
            let fourth = digits.get(3).is_some_and(|&d| is_digit(d));
            if three && !fourth {
                it.next();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    // Decimal part.
    if let Some(&(i, c)) = it.peek() {
        if c == '.' || c == '．' {
            let rest = &b[i + c.len_utf8()..];
            let mut j = 0;
            text.push('.');
            for d in rest.chars() {
                if is_digit(d) {
                    text.push(char::from_digit(digit_of(d), 10)?);
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            // `192.168.1.2` is not a decimal: a second dot after the decimal digits ends the number at the first.
            let dotted = rest[j..].starts_with(['.', '．'])
                && rest[j..].chars().nth(1).is_some_and(is_digit);
            if dotted || j == 0 {
                text.truncate(int_len);
            } else {
                end = i + c.len_utf8() + j;
            }
        }
    }
    if text.is_empty() {
        return None;
    }
    // `.25` and `12` parse as written (the same values as `0.25` and `12.0`).
    Some((at + end, text.parse().ok()?))
}

/// A run of two or more kanji digits without multipliers, read positionally (`二〇二四` = 2024).
fn positional_kanji(s: &str, at: usize) -> Option<(usize, f64)> {
    let mut v = 0.0;
    let mut n = 0;
    let mut end = at;
    for c in s.get(at..)?.chars() {
        match digit_value(c, Script::Kanji) {
            Some(d) => {
                v = v * 10.0 + d;
                n += 1;
                end += c.len_utf8();
            }
            None => break,
        }
    }
    // Only when a 〇 shows it is positional (二〇二四), or four digits (a year, 二〇二〇 without 〇 is rare).
    let has_zero = s[at..end].contains('〇');
    (n >= 2 && (has_zero || n == 4)).then_some((end, v))
}

/// Reads a numeral at `at` in `script`: digits and multipliers, with single spaces between tokens where the
/// numeral clearly continues (`2억 4천만`, `오십 이`, `7万 5千`).
pub fn read(s: &str, at: usize, script: Script) -> Option<Read> {
    if script == Script::Kanji {
        if let Some((end, value)) = positional_kanji(s, at) {
            return Some(Read {
                end,
                value,
                tokens: 1,
                words: true,
                arabic: false,
            });
        }
    }
    let mut total = 0.0;
    let mut section = 0.0;
    let mut current: Option<f64> = None;
    let mut last_big = f64::INFINITY;
    let mut last_small = f64::INFINITY;
    let mut pos = at;
    let mut end = at;
    let mut tokens = 0;
    let mut words = false;
    let mut arabic = false;
    let mut after_multiplier = false;
    // The value the last big multiplier added, while nothing has followed it.
    let mut glued_big: Option<f64> = None;
    loop {
        // One optional space between tokens, taken only if a token follows that may continue the numeral.
        let mut p = pos;
        if tokens > 0 {
            let rest = &s[p..];
            let sp = rest.len() - rest.trim_start_matches([' ', '\u{3000}']).len();
            if sp > 0 {
                // English text never spaces a numeral's parts apart (`2 3` are two numbers); ko/ja allow up to
                // two spaces (`삼백  삼십`).
                if script == Script::Digits || sp > 3 {
                    break;
                }
                p += sp;
            }
        }
        let Some(c) = s[p..].chars().next() else {
            break;
        };
        let spaced = p != pos;
        if !multiplier_in(c, script).is_some_and(|(_, big)| big) {
            glued_big = None;
        }
        if is_digit(c) || (c == '.' || c == '．') && tokens == 0 {
            if current.is_some() || (spaced && !after_multiplier) {
                break;
            }
            let Some((e, v)) = digit_run(s, p) else {
                break;
            };
            current = Some(v);
            arabic = true;
            pos = e;
            after_multiplier = false;
        } else if let Some(d) = (script != Script::Digits)
            .then(|| digit_value(c, script))
            .flatten()
        {
            if current.is_some() || (spaced && !after_multiplier) {
                break;
            }
            // A zero inside a kanji numeral only fills a gap (`一万零二百五十`).
            if !(d == 0.0 && tokens > 0 && after_multiplier) {
                current = Some(d);
            }
            words = true;
            pos = p + c.len_utf8();
            after_multiplier = false;
        } else if let Some((m, big)) = multiplier_in(c, script) {
            if script == Script::Digits && current.is_none() {
                break;
            }
            if spaced && current.is_none() {
                break;
            }
            if big {
                if m >= last_big {
                    // `1万億` = 1兆: a big unit right after a smaller one multiplies the group it closed (as 千
                    // before 万 does in `5千万`), written so in Japanese text translated from Chinese.
                    match glued_big {
                        Some(group) if !spaced && m > last_big && script == Script::Kanji => {
                            total += group * (m - 1.0);
                            last_big *= m;
                            glued_big = None;
                            pos = p + c.len_utf8();
                            tokens += 1;
                            end = pos;
                            continue;
                        }
                        _ => break,
                    }
                }
                section += current.take().unwrap_or(0.0);
                if section == 0.0 {
                    // A bare big multiplier (`万`, `만`) means one of it, unless nothing at all precedes (`万万`).
                    if tokens > 0 && total == 0.0 {
                        break;
                    }
                    section = 1.0;
                }
                total += section * m;
                glued_big = Some(section * m);
                section = 0.0;
                last_big = m;
                last_small = f64::INFINITY;
            } else {
                if m >= last_small || m >= last_big {
                    break;
                }
                section += current.take().unwrap_or(1.0) * m;
                last_small = m;
            }
            words |= !c.is_ascii();
            pos = p + c.len_utf8();
            after_multiplier = true;
        } else {
            break;
        }
        tokens += 1;
        end = pos;
    }
    if tokens == 0 {
        return None;
    }
    Some(Read {
        end,
        value: total + section + current.unwrap_or(0.0),
        tokens,
        words,
        arabic,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(s: &str, script: Script) -> Option<(String, f64)> {
        read(s, 0, script).map(|r| (s[..r.end].to_string(), r.value))
    }

    #[test]
    fn table() {
        use Script::*;
        let cases: &[(&str, &str, Script, &str, f64)] = &[
            ("kanji_plain", "三千五百人", Kanji, "三千五百", 3500.0),
            ("kanji_man", "一万二千", Kanji, "一万二千", 12000.0),
            ("kanji_twenty", "二十", Kanji, "二十", 20.0),
            ("kanji_positional", "二〇二四年", Kanji, "二〇二四", 2024.0),
            (
                "kanji_zero_filler",
                "一万零二百五十",
                Kanji,
                "一万零二百五十",
                10250.0,
            ),
            ("kanji_trailing_digit", "一万三", Kanji, "一万三", 10003.0),
            ("mixed_ja", "2億4千万円", Kanji, "2億4千万", 2.4e8),
            (
                "mixed_ja_digits_after",
                "20万2000は",
                Kanji,
                "20万2000",
                202000.0,
            ),
            (
                "mixed_ja_spaced",
                "7万 5千 4百",
                Kanji,
                "7万 5千 4百",
                75400.0,
            ),
            ("hangul_word", "삼천 명", Hangul, "삼천", 3000.0),
            ("hangul_52", "오십이명", Hangul, "오십이", 52.0),
            ("hangul_spaced", "오십 이", Hangul, "오십 이", 52.0),
            (
                "hangul_331_then_day",
                "삼백삼십일일이",
                Hangul,
                "삼백삼십일",
                331.0,
            ),
            ("mixed_ko", "2억 4천만 원", Hangul, "2억 4천만", 2.4e8),
            ("mixed_ko_glued", "1만2천 명", Hangul, "1만2천", 12000.0),
            ("mixed_ko_hundreds", "3백21 위안", Hangul, "3백21", 321.0),
            (
                "digits_then_words",
                "12,345.5명",
                Hangul,
                "12,345.5",
                12345.5,
            ),
            ("two_digit_tokens_stop", "사이", Hangul, "사", 4.0),
            ("bare_man", "만 명", Hangul, "만", 1e4),
            ("fullwidth", "３，０００人", Kanji, "３，０００", 3000.0),
            ("comma_list_not_grouped", "1, 234", Kanji, "1", 1.0),
            ("en_digits", "2.85 billion", Digits, "2.85", 2.85),
            ("en_no_space_join", "2024 100", Digits, "2024", 2024.0),
        ];
        for (name, text, script, surface, value) in cases {
            let got = val(text, *script);
            assert_eq!(
                got,
                Some((surface.to_string(), *value)),
                "case {name}: {text}"
            );
        }
    }

    #[test]
    fn rejected() {
        assert_eq!(read("万万", 0, Script::Kanji).map(|r| r.end), Some(3));
        assert!(read("명", 0, Script::Hangul).is_none());
        assert!(read("abc", 0, Script::Digits).is_none());
    }
}
