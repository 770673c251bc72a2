//! The shapes a number core takes around its numeral: signs, fractions, decimals read aloud (`삼점사`),
//! exponents, `k`/`M` suffixes, ordinals, multiples, `할`/`割`, age brackets, vague amounts, and ranges joining two
//! mentions. Each rule says which context makes a reading a number (word boundaries, counters, particles).
//!
//! In: the text, the language and a position. Out: a [`Core`] (or a range folded into a mention). Not done here:
//! units and qualifiers (mod.rs, units.rs).

use super::{cjk, english, korean, script_of, units, Core};
use crate::types::{Interval, Lang, NumExpr, NumKind, Qualifier, Span, Unit};
use cjk::Script;

fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '〇' || c == '々'
}

fn is_katakana(c: char) -> bool {
    ('\u{30A0}'..='\u{30FF}').contains(&c)
}

fn prev_char(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// Korean particles and endings that may follow a number word (`삼은`, `오십이명`, `하나만`).
const KO_AFTER: &[&str] = &[
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "과",
    "와",
    "의",
    "에",
    "도",
    "만",
    "로",
    "으로",
    "부터",
    "까지",
    "씩",
    "여",
    "쯤",
    "중",
    "이다",
    "입니다",
    "이나",
    "나",
    "명",
    "개",
    "곳",
    "번",
    "배",
    "위",
    "등",
    "분",
    "점",
    "대",
];

/// Korean counters after which a bare or attributive numeral counts (`한 명`, `세 차례`, `천 명`).
const KO_COUNTERS: &[&str] = &[
    "번째", "째", "가지", "마리", "권", "장", "층", "건", "호", "편", "종", "척", "채", "그루",
    "송이", "병", "잔", "쌍", "켤레", "나라", "사람", "분의", "배", "위", "등",
];

/// Japanese counters after a kanji numeral (`一人`, `三回`, `五か所`).
const JA_COUNTERS: &[&str] = &[
    "人",
    "名",
    "個",
    "件",
    "回",
    "度",
    "倍",
    "割",
    "歳",
    "才",
    "円",
    "年",
    "か月",
    "ヶ月",
    "カ月",
    "月",
    "日",
    "週",
    "時",
    "分",
    "秒",
    "社",
    "校",
    "台",
    "本",
    "枚",
    "冊",
    "匹",
    "頭",
    "羽",
    "位",
    "番",
    "階",
    "号",
    "局",
    "店",
    "席",
    "棟",
    "戸",
    "世帯",
    "泊",
    "晩",
    "周",
    "期",
    "次",
    "か所",
    "カ所",
    "ヶ所",
    "箇所",
    "か国",
    "カ国",
    "ヶ国",
    "種",
    "点",
    "組",
    "等",
    "代",
    "つ",
    "千",
    "万",
    "億",
    "兆",
    "キロ",
    "メートル",
    "トン",
    "ドル",
    "ユーロ",
    "ウォン",
    "バーツ",
    "ダース",
    "パーセント",
    "ポイント",
    "%",
    "％",
];

fn ko_counter_after(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    let r = rest.strip_prefix(' ').unwrap_or(rest);
    units::suffix_unit(rest).is_some() || KO_COUNTERS.iter().any(|w| r.starts_with(w))
}

/// A hangul number word ends well: at a non-hangul character, a particle or a counter.
fn ko_word_end(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    match rest.chars().next() {
        None => true,
        Some(c) if !is_hangul(c) => true,
        _ => KO_AFTER.iter().any(|w| rest.starts_with(w)) || ko_counter_after(s, end),
    }
}

fn ja_counter_after(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    JA_COUNTERS.iter().any(|w| rest.starts_with(w)) || units::suffix_unit(rest).is_some()
}

/// A kanji numeral ends well: not inside a longer kanji or katakana word unless that is a counter.
fn ja_word_end(s: &str, end: usize) -> bool {
    if units::suffix_qualifier(&s[end..]).is_some() {
        return true;
    }
    match s[end..].chars().next() {
        None => true,
        Some(c) if is_kanji(c) || is_katakana(c) => {
            ja_counter_after(s, end)
                && !s[end..].starts_with("分な")
                && !s[end..].starts_with("分に")
        }
        _ => true,
    }
}

/// Prefix characters that may stand right before a kanji numeral (`約三千`, `第三`, `計十`).
const JA_BEFORE: &str = "約第計全各毎合総同満超延数概";

/// Reads the core of a mention at `i`.
pub(crate) fn core_at(lang: Lang, s: &str, i: usize, floor: usize) -> Option<Core> {
    let c = s[i..].chars().next()?;
    if let Some(core) = vague(lang, s, i) {
        return Some(core);
    }
    for (w, v, kind) in [
        ("半ダース", 6.0, None),
        ("첫 번째", 1.0, Some(NumKind::Ordinal)),
        ("첫번째", 1.0, Some(NumKind::Ordinal)),
        ("첫째", 1.0, Some(NumKind::Ordinal)),
    ] {
        if s[i..].starts_with(w) && !prev_char(s, i).is_some_and(is_hangul) {
            let mut core = plain(i, i + w.len(), v, false);
            core.kind = kind;
            return Some(core);
        }
    }
    // Half: `절반`, `半分`, `半数` (a bare `반`/`半` is too often something else: 반 = class, 後半).
    for w in ["절반", "半分", "半数"] {
        if s[i..].starts_with(w) && !prev_char(s, i).is_some_and(|p| is_hangul(p) || is_kanji(p)) {
            let mut core = plain(i, i + w.len(), 0.5, false);
            core.kind = Some(NumKind::Ratio);
            return Some(core);
        }
    }
    let mut core = match lang {
        Lang::En if c.is_ascii_alphabetic() => return english_core(s, i),
        _ => numeral(lang, s, i)?,
    };
    sign(s, &mut core, floor);
    after_numeral(lang, s, &mut core);
    Some(core)
}

/// A numeral (digits, kanji, Sino-Korean or native Korean words) at `i`, checked against its context.
fn numeral(lang: Lang, s: &str, i: usize) -> Option<Core> {
    let script = script_of(lang);
    let prev = prev_char(s, i);
    if prev.is_some_and(cjk::is_digit) {
        return None;
    }
    let digit_start = s[i..].starts_with(|c: char| cjk::is_digit(c) || c == '.');
    if s[i..].starts_with('.') && !s[i + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let read = cjk::read(s, i, script);
    if lang == Lang::Ko && !digit_start {
        // Native numerals first (`일흔` is 70, not `일` + `흔`); the longer reading wins.
        let native = korean::read(s, i);
        let sino = read.filter(|r| r.words && !r.arabic);
        let sino_end = sino.map_or(i, |r| r.end);
        if let Some(n) = native.filter(|n| n.end > sino_end) {
            if prev.is_some_and(is_hangul) && !matches!(prev, Some('제' | '약' | '총')) {
                return None;
            }
            let ok = if n.attributive {
                // Glued to its counter only for the usual pairs (`한명`, `두개`, `한달`; `한일` is Korea-Japan).
                let glued_ok = [
                    "명", "개", "곳", "번째", "달", "해", "배", "가지", "차례", "살", "다스",
                ]
                .iter()
                .any(|w| s[n.end..].starts_with(w));
                (ko_counter_after(s, n.end) && (s[n.end..].starts_with(' ') || glued_ok))
                    || s[n.end..].starts_with(" 번째")
            } else {
                ko_word_end(s, n.end)
            };
            return ok.then(|| plain(i, n.end, n.value, false));
        }
        sino?;
        let signed = after_sign(s, i);
        if prev.is_some_and(is_hangul)
            && !signed
            && !matches!(prev, Some('제' | '약' | '총' | '각'))
        {
            return None;
        }
        let r = ko_sino(s, i, signed)?;
        let mut core = plain(i, r.end, r.value, false);
        spoken_decimal(s, &mut core);
        return Some(core);
    }
    let r = read?;
    if lang == Lang::Ko && r.arabic && r.words {
        // `1만이 넘는`: after digits, a hangul digit is a particle (`이`), not part of the number.
        let cut = trim_hangul_digits(s, i, r.end);
        let r2 = cjk::read(&s[..cut], i, script)?;
        return Some(plain(i, r2.end, r2.value, true));
    }
    if lang == Lang::Ja && r.words && !r.arabic {
        let signed = after_sign(s, i);
        // After a kanji or katakana word only a numeral that cannot be part of it: two tokens or more, or a
        // counter after it (`住民三千五百人`, `審査員十一人`, `アジア八か国`, but not `統一`, `西九条`).
        let glued = prev.is_some_and(|p| (is_kanji(p) && !JA_BEFORE.contains(p)) || is_katakana(p));
        if !signed && glued && r.tokens < 2 && !ja_counter_after(s, r.end) {
            return None;
        }
        let bare_big =
            r.tokens == 1 && cjk::multiplier(s[i..].chars().next()?).is_some_and(|m| m.1);
        if bare_big || !(ja_word_end(s, r.end) || s[r.end..].starts_with('・')) {
            return None;
        }
        let mut core = plain(i, r.end, r.value, false);
        kanji_decimal(s, &mut core);
        return Some(core);
    }
    Some(plain(i, r.end, r.value, !r.words))
}

/// True when a sign word stands right before `i` (`마이너스 일`, `음수 일천구백`).
fn after_sign(s: &str, i: usize) -> bool {
    let t = s[..i].trim_end();
    ["마이너스", "마이나스", "음수", "マイナス"]
        .iter()
        .any(|w| t.ends_with(w))
}

/// A Sino-Korean numeral at `i` that stands as a word: the longest reading that ends at a particle, a counter
/// or a non-hangul character. `조` needs a longer numeral before it (`구조`, `일조` are words), and a single
/// syllable needs a counter (`천 명`), a sign, the whole text to itself, or is one of `삼`, `칠`, `팔`.
fn ko_sino(s: &str, i: usize, signed: bool) -> Option<cjk::Read> {
    let mut limit = s.len();
    loop {
        let r = cjk::read(&s[..limit], i, Script::Hangul)?;
        if r.arabic || !r.words {
            return None;
        }
        let text = &s[i..r.end];
        let chars = text.chars().filter(|c| *c != ' ').count();
        let first = text.chars().next()?;
        let whole = s[..i].trim().is_empty() && s[r.end..].trim().is_empty();
        let single_ok = r.tokens > 1
            || whole
            || signed
            || (matches!(first, '삼' | '칠' | '팔')
                && (!s[r.end..].starts_with(is_hangul)
                    || [
                        "은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "도", "만",
                        "로",
                    ]
                    .iter()
                    .any(|p| s[r.end..].starts_with(p))))
            || ((s[r.end..].starts_with("과 ") || s[r.end..].starts_with("와 "))
                && s[r.end..]
                    .chars()
                    .take(12)
                    .collect::<String>()
                    .contains("분의"))
            || (s[r.end..].starts_with("분의") || s[r.end..].starts_with(" 분의"))
            || ("십백천만억".contains(first)
                && (s[r.end..].starts_with(' ') || s[r.end..].starts_with(['명', '원']))
                && ko_counter_after(s, r.end))
            || (s[r.end..].starts_with('점')
                && s[r.end + '점'.len_utf8()..]
                    .starts_with(|c| cjk::digit_value(c, Script::Hangul).is_some()))
            || units::suffix_unit(&s[r.end..]).is_some_and(|(u, _)| {
                units::is_currency(u) || matches!(u, Unit::Percent | Unit::Person)
            });
        let jo_ok = !text.contains('조') || chars >= 3;
        let end_ok =
            ko_word_end(s, r.end) || s[r.end..].starts_with('점') || s[r.end..].starts_with(" 점 ");
        if single_ok && jo_ok && end_ok {
            return Some(r);
        }
        // Try one syllable less (`일만큼` is `일` + `만큼`).
        let last = s[..r.end].chars().next_back()?;
        limit = r.end - last.len_utf8();
        if limit <= i {
            return None;
        }
    }
}

/// `四・八〇〇` = 4.8, `〇・〇八` = 0.08: kanji digits after a middle dot, read one by one.
fn kanji_decimal(s: &str, core: &mut Core) {
    let Some(rest) = s[core.end..].strip_prefix('・') else {
        return;
    };
    let mut digits = String::new();
    let mut end = s.len() - rest.len();
    for c in rest.chars() {
        match cjk::digit_value(c, Script::Kanji) {
            Some(d) => {
                digits.push(char::from(b'0' + d as u8));
                end += c.len_utf8();
            }
            None => break,
        }
    }
    if digits.is_empty() || !ja_word_end(s, end) {
        return;
    }
    if let Ok(f) = format!("0.{digits}").parse::<f64>() {
        let v = core.value.lo;
        core.value = Interval::exact(if v < 0.0 { v - f } else { v + f });
        core.end = end;
    }
}

/// Where a Korean numeral that began with digits should stop: before a trailing hangul digit syllable.
fn trim_hangul_digits(s: &str, start: usize, end: usize) -> usize {
    let mut cut = end;
    while let Some(c) = prev_char(s, cut) {
        if cut > start && cjk::digit_value(c, Script::Hangul).is_some() {
            cut -= c.len_utf8();
        } else {
            break;
        }
    }
    cut
}

fn plain(start: usize, end: usize, v: f64, arabic: bool) -> Core {
    Core {
        start,
        end,
        value: Interval::exact(v),
        kind: None,
        qualifier: Qualifier::Exact,
        arabic,
    }
}

/// `삼점사` = 3.4, `이백점 칠일` = 200.71: hangul digits read one by one after `점`.
fn spoken_decimal(s: &str, core: &mut Core) {
    let rest = &s[core.end..];
    let Some(rest) = rest
        .strip_prefix('점')
        .or_else(|| rest.strip_prefix(" 점 "))
    else {
        return;
    };
    let rest = rest.trim_start_matches(' ');
    let start = s.len() - rest.len();
    let mut digits = String::new();
    let mut ends = Vec::new();
    let mut end = start;
    for c in rest.chars() {
        match cjk::digit_value(c, Script::Hangul) {
            Some(d) => {
                digits.push(char::from(b'0' + d as u8));
                end += c.len_utf8();
                ends.push(end);
            }
            None => break,
        }
    }
    // The longest run of digits that ends the word (`칠일이다` reads `칠일`, `이` is a particle).
    while let Some(&e) = ends.last() {
        if ko_word_end(s, e) {
            break;
        }
        ends.pop();
        digits.pop();
    }
    let Some(&end) = ends.last() else {
        return;
    };
    if let Ok(f) = format!("0.{digits}").parse::<f64>() {
        let v = core.value.lo;
        core.value = Interval::exact(if v < 0.0 { v - f } else { v + f });
        core.end = end;
    }
}

/// A sign before the core: `-`, `−`, `－`, `마이너스`, `음수`, `マイナス`.
fn sign(s: &str, core: &mut Core, floor: usize) {
    let before = &s[floor.min(core.start)..core.start];
    let trimmed = before.trim_end_matches(' ');
    for w in ["마이너스", "음수", "マイナス"] {
        if trimmed.ends_with(w) {
            core.start = floor.max(core.start - (before.len() - trimmed.len()) - w.len());
            core.value = Interval::exact(-core.value.lo);
            return;
        }
    }
    for w in ["-", "−", "－"] {
        if before.ends_with(w) {
            let head = &before[..before.len() - w.len()];
            let free = head.chars().next_back().is_none_or_ws(|c| {
                !c.is_ascii_alphanumeric() && !cjk::is_digit(c) && !"-~〜～%".contains(c)
            });
            if free {
                core.start -= w.len();
                core.value = Interval::exact(-core.value.lo);
            }
            return;
        }
    }
}

trait OptCharExt {
    fn is_none_or_ws(self, f: impl Fn(char) -> bool) -> bool;
}

impl OptCharExt for Option<char> {
    /// True at the start of text or when `f` holds (spelled out for rust-version 1.80).
    fn is_none_or_ws(self, f: impl Fn(char) -> bool) -> bool {
        match self {
            None => true,
            Some(c) => f(c),
        }
    }
}

/// What follows a numeral: fractions, exponents, scale words and suffixes, ordinals, multiples, `할`/`割`, age
/// brackets.
fn after_numeral(lang: Lang, s: &str, core: &mut Core) {
    if fraction(lang, s, core) {
        return;
    }
    if core.arabic {
        exponent(s, core);
    }
    let rest = &s[core.end..];
    let v = core.value.lo;
    // A dozen: `한 다스`, `3ダース`, `two dozen` (English words are read by the cardinal reader).
    for w in ["다스", " 다스", "ダース"] {
        if rest.starts_with(w) {
            core.value = Interval::exact(v * 12.0);
            core.end += w.len();
            return;
        }
    }
    // Scale words and letters: `1.2 million`, `40k`, `3M`.
    if lang == Lang::En || core.arabic {
        for (w, m) in [
            (" thousand", 1e3),
            (" million", 1e6),
            (" billion", 1e9),
            (" trillion", 1e12),
            ("k", 1e3),
            ("K", 1e3),
            ("M", 1e6),
        ] {
            if rest.starts_with(w)
                && !rest[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
                && core.arabic
            {
                core.value = Interval::exact(v * m);
                core.end += w.len();
                return;
            }
        }
    }
    // Ordinal prefixes.
    let before = &s[..core.start];
    let ordinal_prefix = ["제", "제 ", "第", "だい"]
        .iter()
        .find(|p| before.ends_with(*p))
        .filter(|p| !units::glued(prev_char(before, before.len() - p.len()), p.chars().next()));
    if let Some(p) = ordinal_prefix {
        core.start -= p.len();
        core.kind = Some(NumKind::Ordinal);
        // `제3회`, `第3回`, `第3期`: the counter belongs to the ordinal.
        let r = &s[core.end..];
        let counter = [
            "회", "차", "기", "대", "호", "回", "期", "次", "号", "位", "代", "번째",
        ]
        .iter()
        .find(|c| r.starts_with(*c));
        if let Some(c) = counter {
            core.end += c.len();
        }
        return;
    }
    let suffix = |words: &[&str]| words.iter().find(|w| rest.starts_with(*w)).map(|w| w.len());
    let ordinal_suffix: &[&str] = match lang {
        Lang::Ko => &[" 번째", "번째", "째", "위", "등"],
        Lang::Ja => &["番目", "回目", "度目", "日目", "つ目", "位", "等"],
        Lang::En => &["st", "nd", "rd", "th"],
    };
    if let Some(len) = suffix(ordinal_suffix) {
        let word_ok =
            lang != Lang::En || !rest[len..].starts_with(|c: char| c.is_ascii_alphanumeric());
        if word_ok && (lang != Lang::Ko || !rest[len..].starts_with(['록', '급'])) {
            core.end += len;
            core.kind = Some(NumKind::Ordinal);
            return;
        }
    }
    // Multiples.
    if let Some(len) = suffix(&["배", " 배", "倍"]) {
        core.end += len;
        core.kind = Some(NumKind::Ratio);
        return;
    }
    if lang == Lang::En && rest.starts_with(" times") {
        let after = rest[" times".len()..].trim_start();
        let comparative = [
            "more", "as ", "larger", "higher", "bigger", "greater", "the ", "that", "than", "its ",
            "their ", "what ",
        ]
        .iter()
        .any(|w| after.starts_with(w))
            || after.split(' ').next().is_some_and(|w| w.ends_with("er"));
        if comparative {
            core.end += " times".len();
            core.kind = Some(NumKind::Ratio);
            return;
        }
    }
    // `3할 5푼`, `3割5分`: tenths and hundredths as a percent.
    if let Some(len) = suffix(&["할", "割", " 할", " 割"]) {
        let mut pct = v * 10.0;
        let mut end = core.end + len;
        if s[end..].starts_with('半') {
            pct += 5.0;
            end += '半'.len_utf8();
        }
        let r = s[end..].trim_start_matches(' ');
        let skip = s[end..].len() - r.len();
        if let Some(n) = cjk::read(s, end + skip, script_of(lang)) {
            if s[n.end..].starts_with(['푼', '分']) && n.value < 10.0 {
                pct += n.value;
                end = n.end + s[n.end..].chars().next().map_or(0, char::len_utf8);
                // `3割8分7厘`: thousandths.
                if let Some(m) = cjk::read(s, end, script_of(lang)) {
                    if s[m.end..].starts_with(['리', '厘']) && m.value < 10.0 {
                        pct += m.value / 10.0;
                        end = m.end + s[m.end..].chars().next().map_or(0, char::len_utf8);
                    }
                }
            }
        }
        core.end = end;
        core.value = Interval::exact(pct);
        core.kind = Some(NumKind::Percent);
        return;
    }
    // Age brackets: `10대`, `20代`, `20s`, `1990s`.
    let decade = v >= 10.0 && v.fract() == 0.0 && (v as u64) % 10 == 0;
    if decade {
        let (len, ok) = match lang {
            Lang::Ko => (suffix(&["대"]), v < 100.0 && !machine_before(before)),
            Lang::Ja => (suffix(&["代"]), v < 100.0),
            Lang::En => (
                suffix(&["s"])
                    .filter(|_| !rest[1..].starts_with(|c: char| c.is_ascii_alphanumeric())),
                true,
            ),
        };
        if let (Some(len), true) = (len, ok) {
            let width = if v >= 1000.0 { 9.0 } else { 9.0 };
            core.end += len;
            core.value = Interval::new(v, v + width);
            core.kind = Some(NumKind::Quantity);
        }
    }
    let _ = lang;
}

/// `1e10`, `12.32e+14`, `2.5^-1`, `1.1^23`: scientific notation and powers after digits.
fn exponent(s: &str, core: &mut Core) {
    let rest = &s[core.end..];
    let (body, power) = if let Some(r) = rest.strip_prefix(['e', 'E']) {
        (r, false)
    } else if let Some(r) = rest.strip_prefix('^') {
        (r, true)
    } else {
        return;
    };
    let signs = body.len() - body.trim_start_matches(['+', '-', '－']).len();
    let negative = body[..signs]
        .chars()
        .filter(|&c| c == '-' || c == '－')
        .count()
        % 2
        == 1;
    let digits = &body[signs..];
    let n = digits.chars().take_while(char::is_ascii_digit).count();
    if n == 0 || n > 3 || signs > 2 || digits[n..].starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return;
    }
    let Ok(k) = digits[..n].parse::<i32>() else {
        return;
    };
    let k = if negative { -k } else { k };
    let v = core.value.lo;
    let value = if power {
        v.abs().powi(k) * v.signum()
    } else {
        v * 10f64.powi(k)
    };
    if value.is_finite() {
        core.value = Interval::exact(value);
        core.end += rest.len() - digits[n..].len();
    }
}

/// `차량 10대`, `버스 20대`: the counter 대 counts machines after these words, not an age bracket.
fn machine_before(before: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    [
        "차량",
        "버스",
        "택시",
        "자동차",
        "대수",
        "차",
        "기",
        "드론",
        "로봇",
        "전기차",
        "트럭",
    ]
    .iter()
    .any(|w| word.ends_with(w))
}

/// Fractions: `3분의 1`, `3分の1`, `1/3`, and a whole number before one (`1과 2분의 1`, `1と2分の1`, `1 4/5`).
fn fraction(lang: Lang, s: &str, core: &mut Core) -> bool {
    if let Some((end, v)) = fraction_at(lang, s, core.end, core.value.lo, core.arabic) {
        core.value = Interval::exact(v);
        core.end = end;
        core.kind = Some(NumKind::Ratio);
        return true;
    }
    // A whole number, a joiner, then a fraction.
    let joiners: &[&str] = match lang {
        Lang::Ko => &["과 ", "와 "],
        Lang::Ja => &["と", " と ", " は "],
        Lang::En => &[],
    };
    let rest = &s[core.end..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    let joiner_len = joiners
        .iter()
        .find(|j| rest.starts_with(*j))
        .map(|j| j.len())
        .or((core.arabic && (1..=2).contains(&spaces)).then_some(spaces));
    let Some(len) = joiner_len else {
        return false;
    };
    let at = core.end + len;
    let script = script_of(lang);
    let Some(d) = cjk::read(s, at, script)
        .filter(|d| d.tokens > 0 && d.arabic == core.arabic || !core.arabic)
    else {
        return false;
    };
    let Some((end, f)) = fraction_at(lang, s, d.end, d.value, d.arabic) else {
        return false;
    };
    if !(0.0..1.0).contains(&f.abs()) || core.value.lo.fract() != 0.0 {
        return false;
    }
    let w = core.value.lo;
    core.value = Interval::exact(if w < 0.0 { w - f } else { w + f });
    core.end = end;
    core.kind = Some(NumKind::Ratio);
    true
}

/// The fraction whose denominator `den` ends at `end`: `분의 N`, `分のN`, `/N`. Returns its end and value.
fn fraction_at(lang: Lang, s: &str, end: usize, den: f64, arabic: bool) -> Option<(usize, f64)> {
    let script = script_of(lang);
    let rest = &s[end..];
    let marker = match lang {
        Lang::Ko => ["분의 ", "분의", " 분의 ", " 분의"]
            .iter()
            .find(|m| rest.starts_with(*m)),
        Lang::Ja => [" 分の ", "分の"].iter().find(|m| rest.starts_with(*m)),
        Lang::En => None,
    };
    if let Some(m) = marker {
        let at = end + m.len();
        let (neg, at) = match s[at..]
            .strip_prefix("마이너스 ")
            .or(s[at..].strip_prefix("마이너스"))
        {
            Some(r) => (true, s.len() - r.len()),
            None => (false, at),
        };
        let n = numerator(lang, s, at)?;
        let num = if neg { -n.value } else { n.value };
        return (den != 0.0).then(|| (n.end, num / den));
    }
    // `a/b` with digits; not a date (`5/17/2018`) and not after another slash.
    if !arabic || den.fract() != 0.0 {
        return None;
    }
    let r = rest.strip_prefix(['/', '／'])?;
    let at = s.len() - r.len();
    let (e, d) = cjk::digit_run(s, at)?;
    let date_like = s[e..].starts_with(['/', '／']);
    let before = s[..end].trim_end_matches(|c: char| cjk::is_digit(c));
    let after_slash = before.ends_with(['/', '／']);
    let _ = script;
    (!date_like && !after_slash && d != 0.0).then_some((e, den / d))
}

/// The numerator after `분의`/`分の`: the longest numeral that ends a word (`팔분의 일조각` reads `일`).
fn numerator(lang: Lang, s: &str, at: usize) -> Option<cjk::Read> {
    let mut limit = s.len();
    loop {
        let r = cjk::read(&s[..limit], at, script_of(lang))?;
        // A multiplier glued to the word after it is cut off (`일조각` is `일` + `조각`, `일만큼` is `일` + `만큼`).
        let cut_multiplier =
            limit < s.len() && s[r.end..].starts_with(|c| cjk::multiplier(c).is_some());
        let ok = match lang {
            Lang::Ko => ko_word_end(s, r.end) || cut_multiplier,
            _ => true,
        };
        if ok {
            return Some(r);
        }
        let last = s[..r.end].chars().next_back()?;
        limit = r.end - last.len_utf8();
        if limit <= at {
            return None;
        }
    }
}

/// English words: cardinals, fractions, multipliers, ordinals (`first`/`second` only before an event noun).
fn english_core(s: &str, i: usize) -> Option<Core> {
    if !english::word_start(s, i) {
        return None;
    }
    let mk = |end, v, kind| Core {
        start: i,
        end,
        value: Interval::exact(v),
        kind,
        qualifier: Qualifier::Exact,
        arabic: false,
    };
    if let Some((end, v)) = english::fraction(s, i) {
        return Some(mk(end, v, Some(NumKind::Ratio)));
    }
    if let Some((end, v)) = english::multiplier(s, i) {
        return Some(mk(end, v, Some(NumKind::Ratio)));
    }
    if let Some((end, v)) = english::ordinal(s, i) {
        let next = s[end..].trim_start();
        let event = [
            "session",
            "meeting",
            "forum",
            "conference",
            "edition",
            "round",
            "phase",
            "stage",
            "term",
            "place",
            "anniversary",
            "festival",
            "summit",
            "year",
            "day",
            "general",
            "annual",
            "plenary",
        ]
        .iter()
        .any(|w| next.to_ascii_lowercase().starts_with(w));
        let article = ends_with_ci(&s[..i], "a ") || ends_with_ci(&s[..i], "the ");
        let ranked = [
            "ranked ",
            "placed ",
            "came ",
            "finished ",
            "ranks ",
            "ranking ",
        ]
        .iter()
        .any(|w| ends_with_ci(&s[..i], w));
        let time_word = ["time", "half", "hand", "place"]
            .iter()
            .any(|w| next.starts_with(w));
        if v > 2.0 || event || ranked || (v == 2.0 && article && !time_word) {
            return Some(mk(end, v, Some(NumKind::Ordinal)));
        }
        return None;
    }
    let c = english::cardinal(s, i)?;
    if c.lone_one {
        // `one` counts before a noun (`one member`), not in `one of`, `one another`, `no one`, `one day`.
        const FUNCTION: &[&str] = &[
            "of", "another", "by", "or", "and", "to", "in", "that", "which", "who", "is", "was",
            "will", "can", "the", "a", "an", "more", "such", "way", "day", "thing", "hand",
            "could", "would", "has", "had",
        ];
        let counted = units::suffix_unit(&s[c.end..]).is_some();
        let next: String = s[c.end..]
            .strip_prefix(' ')
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_lowercase())
            .collect();
        let before = s[..i].to_ascii_lowercase();
        let pronoun = ["no ", "any", "every", "some", "each "]
            .iter()
            .any(|w| before.ends_with(w));
        let noun = !next.is_empty() && !FUNCTION.contains(&next.as_str()) && !pronoun;
        if !counted && !noun {
            return None;
        }
    }
    let mut core = mk(c.end, c.value, None);
    // `twenty-five`, `nine-day`: a hyphenated unit is read by the unit table (`-day`).
    if s[c.end..].starts_with(" times") {
        after_numeral(Lang::En, s, &mut core);
    }
    Some(core)
}

/// Vague amounts: `수천`, `수십만`, `数千`, `数百万`, `thousands of`, `tens of thousands of`, `dozens of`.
fn vague(lang: Lang, s: &str, i: usize) -> Option<Core> {
    let rest = &s[i..];
    let prefix = match lang {
        Lang::Ko => "수",
        Lang::Ja => "数",
        Lang::En => {
            let lower: String = rest
                .chars()
                .take(40)
                .collect::<String>()
                .to_ascii_lowercase();
            if !english::word_start(s, i) {
                return None;
            }
            for (w, lo) in [
                ("hundreds of thousands of ", 1e5),
                ("tens of thousands of ", 1e4),
                ("thousands of ", 1e3),
                ("hundreds of ", 1e2),
                ("millions of ", 1e6),
                ("dozens of ", 10.0),
            ] {
                if lower.starts_with(w) {
                    let end = i + w.len() - " of ".len();
                    return Some(vague_core(i, end, lo));
                }
            }
            return None;
        }
    };
    let after = rest.strip_prefix(prefix)?;
    if prev_char(s, i).is_some_and(|p| is_hangul(p) || is_kanji(p)) {
        return None;
    }
    let at = s.len() - after.len();
    let r = cjk::read(s, at, script_of(lang))?;
    let first = after.chars().next()?;
    if r.arabic
        || cjk::multiplier(first).is_none()
        || cjk::digit_value(first, script_of(lang)).is_some()
    {
        return None;
    }
    let ok = match lang {
        Lang::Ko => ko_word_end(s, r.end),
        _ => ja_word_end(s, r.end),
    };
    ok.then(|| vague_core(i, r.end, r.value))
}

fn vague_core(start: usize, end: usize, magnitude: f64) -> Core {
    Core {
        start,
        end,
        value: Interval::new(2.0 * magnitude, 9.0 * magnitude),
        kind: None,
        qualifier: Qualifier::Vague,
        arabic: false,
    }
}

/// Joins `m` with a second value after a range connector: `3~5`, `3∼5일`, `3-5`, `3 to 5`, `between 3 and 5`,
/// `3부터 5까지`, `3から5まで`, `10 - 20 달러`.
pub(crate) fn range(lang: Lang, s: &str, m: &mut NumExpr) {
    if m.value.is_range()
        || !matches!(
            m.kind,
            NumKind::Quantity | NumKind::Money | NumKind::Percent | NumKind::Duration
        )
    {
        return;
    }
    let rest = &s[m.span.end..];
    let between = lang == Lang::En && ends_with_ci(&s[..m.span.start], "between ");
    let connectors: &[&str] = match lang {
        Lang::En if between => &[" and "],
        Lang::En => &["-", "–", "—", " - ", " – ", " to "],
        _ => &["~", "∼", "〜", "～", " ~ ", " ～ ", " - ", "-"],
    };
    let Some(conn) = connectors.iter().find(|c| rest.starts_with(*c)) else {
        return;
    };
    if *conn == " to " && ends_with_ci(&s[..m.span.start], "from ") {
        return;
    }
    let at = m.span.end + conn.len();
    let Some(c) = s[at..].chars().next() else {
        return;
    };
    let words_ok = if lang == Lang::En {
        c.is_ascii_alphabetic()
    } else {
        could_be_word_numeral(lang, c)
    };
    if !(cjk::is_digit(c) || words_ok) {
        return;
    }
    let Some(second) = core_at(lang, s, at, at) else {
        return;
    };
    if second.kind.is_some() || second.value.is_range() {
        return;
    }
    let (mut end, mut unit2) = (second.end, None);
    // A currency prefix on the second value (`$3-$5`) or a unit after it.
    if let Some((u, len)) = units::suffix_unit(&s[end..]) {
        unit2 = Some(u);
        end += len;
    }
    let (lo, hi) = (m.value.lo, second.value.lo);
    let units_agree = match (m.unit, unit2) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    let hyphen = conn.trim() == "-" || conn.trim() == "–";
    if !units_agree
        || hi <= lo
        || (hyphen && m.unit.is_some() && unit2.is_none() && lang == Lang::En)
    {
        return;
    }
    if *conn == "부터 " && !s[end..].starts_with("까지") {
        return;
    }
    if *conn == "에서 " && !s[end..].starts_with(['까', '로']) {
        return;
    }
    if *conn == "から" && !s[end..].starts_with("まで") {
        return;
    }
    let unit = m.unit.or(unit2);
    m.value = Interval::new(lo, hi);
    m.unit = unit;
    if m.kind == NumKind::Quantity {
        m.kind = units::kind_of(unit);
    }
    if between {
        m.span.start -= "between ".len();
    }
    m.span.end = end;
    // A qualifier after the range (`3~5명 이상`) still applies.
    if let Some((q, len)) = units::suffix_qualifier(&s[end..]) {
        m.qualifier = q;
        m.span.end += len;
    }
    let _: Option<Unit> = None;
    let _ = Span::default();
}

fn could_be_word_numeral(lang: Lang, c: char) -> bool {
    cjk::digit_value(c, script_of(lang)).is_some() || cjk::multiplier(c).is_some()
}

fn ends_with_ci(s: &str, w: &str) -> bool {
    s.len() >= w.len()
        && s.is_char_boundary(s.len() - w.len())
        && s[s.len() - w.len()..].eq_ignore_ascii_case(w)
}
