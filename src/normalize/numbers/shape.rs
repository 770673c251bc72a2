//! The shapes a number core takes around its numeral: signs, fractions, decimals read aloud (`삼점사`),
//! exponents, `k`/`M` suffixes, ordinals, multiples, `할`/`割`, age brackets, vague amounts, and ranges joining two
//! mentions. Each rule says which context makes a reading a number (word boundaries, counters, particles).
//!
//! In: the text, the language and a position. Out: a [`Core`] (or a range folded into a mention). Not done here:
//! units and qualifiers (mod.rs, units.rs).

use super::suffix::*;
use super::words::*;
use super::{cjk, korean, script_of, units, Core};
use crate::types::{Interval, Lang, NumKind, Qualifier, Unit};
use cjk::Script;

pub(super) fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

pub(super) fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '〇' || c == '々'
}

pub(super) fn is_katakana(c: char) -> bool {
    ('\u{30A0}'..='\u{30FF}').contains(&c)
}

pub(super) fn prev_char(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// Korean particles and endings that may follow a number word (`삼은`, `오십이명`, `하나만`).
pub(super) const KO_AFTER: &[&str] = &[
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
pub(super) const KO_COUNTERS: &[&str] = &[
    "번째", "째", "가지", "마리", "권", "장", "층", "건", "호", "편", "종", "척", "채", "그루",
    "송이", "병", "잔", "쌍", "켤레", "나라", "사람", "분의", "배", "위", "등",
];

/// Japanese counters after a kanji numeral (`一人`, `三回`, `五か所`).
pub(super) const JA_COUNTERS: &[&str] = &[
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

pub(super) fn ko_counter_after(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    let r = rest.strip_prefix(' ').unwrap_or(rest);
    units::suffix_unit(rest).is_some() || KO_COUNTERS.iter().any(|w| r.starts_with(w))
}

/// A hangul number word ends well: at a non-hangul character, a particle or a counter.
pub(super) fn ko_word_end(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    match rest.chars().next() {
        None => true,
        Some(c) if !is_hangul(c) => true,
        _ => KO_AFTER.iter().any(|w| rest.starts_with(w)) || ko_counter_after(s, end),
    }
}

pub(super) fn ja_counter_after(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    JA_COUNTERS.iter().any(|w| rest.starts_with(w)) || units::suffix_unit(rest).is_some()
}

/// A kanji numeral ends well: not inside a longer kanji or katakana word unless that is a counter.
pub(super) fn ja_word_end(s: &str, end: usize) -> bool {
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
pub(super) const JA_BEFORE: &str = "約第計全各毎合総同満超延数概";

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
pub(super) fn numeral(lang: Lang, s: &str, i: usize) -> Option<Core> {
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
        let sino_read = sino?;
        if let Some(core) = sino_native(s, i, sino_read) {
            return (!prev.is_some_and(is_hangul) || matches!(prev, Some('제' | '약' | '총')))
                .then_some(core);
        }
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
pub(super) fn after_sign(s: &str, i: usize) -> bool {
    let t = s[..i].trim_end();
    ["마이너스", "마이나스", "음수", "マイナス"]
        .iter()
        .any(|w| t.ends_with(w))
}

/// A Sino-Korean numeral at `i` that stands as a word: the longest reading that ends at a particle, a counter
/// or a non-hangul character. `조` needs a longer numeral before it (`구조`, `일조` are words), and a single
/// syllable needs a counter (`천 명`), a sign, the whole text to itself, or is one of `삼`, `칠`, `팔`.
pub(super) fn ko_sino(s: &str, i: usize, signed: bool) -> Option<cjk::Read> {
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
            || ("일이삼사오육칠팔구".contains(first)
                && ["달러", "파운드", "유로", "센트", "퍼센트"]
                    .iter()
                    .any(|w| s[r.end..].starts_with(w)))
            || ("십백천만억".contains(first)
                && units::suffix_unit(&s[r.end..]).is_some_and(|(u, _)| {
                    units::is_currency(u) || matches!(u, Unit::Percent | Unit::Person)
                }));
        // `번째` right after makes any numeral an ordinal, even a bare unit (`만 번째 관람객`, `일조 번째`).
        let rest = &s[r.end..];
        let ordinal_after = rest.starts_with("번째") || rest.starts_with(" 번째");
        let single_ok = single_ok || ordinal_after || rank_after(s, r.end, first, r.tokens);
        let jo_ok = !text.contains('조') || chars >= 3 || ordinal_after;
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

/// A place written with a Sino-Korean digit and `등` (`이등으로`, `일등석`): the digit is glued to `등`, which ends
/// the word or opens `등석` (a class of seat). `등분` (`삼등분`, divided in three) and longer words (`이등변`) are not
/// places.
fn rank_after(s: &str, end: usize, first: char, tokens: usize) -> bool {
    let rest = &s[end..];
    if tokens != 1 || !"일이삼사오육칠팔구".contains(first) || !rest.starts_with('등') {
        return false;
    }
    let after = end + '등'.len_utf8();
    rest.starts_with("등석") || (!rest.starts_with("등분") && ko_word_end(s, after))
}

/// Sino-Korean hundreds or thousands followed by a native numeral, as Koreans say ordinals and counts above a
/// hundred (`백스물다섯 번째` = 125th, `삼백스물두번째`): only before a counter, since the native part alone
/// would otherwise be read on its own.
fn sino_native(s: &str, i: usize, sino: cjk::Read) -> Option<Core> {
    let last = s[i..sino.end].chars().next_back()?;
    if !matches!(last, '백' | '천') {
        return None;
    }
    let n = korean::read(s, sino.end)?;
    if n.value >= 100.0 || !ko_counter_after(s, n.end) {
        return None;
    }
    Some(plain(i, n.end, sino.value + n.value, false))
}

/// `四・八〇〇` = 4.8, `〇・〇八` = 0.08: kanji digits after a middle dot, read one by one.
pub(super) fn kanji_decimal(s: &str, core: &mut Core) {
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
pub(super) fn trim_hangul_digits(s: &str, start: usize, end: usize) -> usize {
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

pub(super) fn plain(start: usize, end: usize, v: f64, arabic: bool) -> Core {
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
pub(super) fn spoken_decimal(s: &str, core: &mut Core) {
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
pub(super) fn sign(s: &str, core: &mut Core, floor: usize) {
    let before = &s[floor.min(core.start)..core.start];
    let trimmed = before.trim_end_matches(' ');
    for w in ["마이너스", "마이나스", "음수", "マイナス"] {
        if trimmed.ends_with(w) {
            core.start = floor.max(core.start - (before.len() - trimmed.len()) - w.len());
            core.value = Interval::exact(-core.value.lo);
            return;
        }
    }
    for w in ["-", "−", "－"] {
        if let Some(head) = before.strip_suffix(w) {
            let free = head.chars().next_back().none_or(|c| {
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

pub(super) trait OptCharExt {
    fn none_or(self, f: impl Fn(char) -> bool) -> bool;
}

impl OptCharExt for Option<char> {
    /// True at the start of text or when `f` holds (spelled out for rust-version 1.80).
    fn none_or(self, f: impl Fn(char) -> bool) -> bool {
        match self {
            None => true,
            Some(c) => f(c),
        }
    }
}

/// `s` ends with `w`, ASCII compared case-insensitively.
pub(super) fn ends_with_ci(s: &str, w: &str) -> bool {
    s.len() >= w.len()
        && s.is_char_boundary(s.len() - w.len())
        && s[s.len() - w.len()..].eq_ignore_ascii_case(w)
}
