//! Rules shared by every language: take UAX #29 sentence-boundary candidates inside a block, keep a candidate only
//! when the text before it ends with a sentence-final mark (optionally followed by closing quotes or brackets), and
//! ask the language whether the two sides must stay together.
//!
//! In: text, a block span, a language veto. Out: trimmed, non-empty spans in order. Not done here: the language
//! specific lists (abbreviations, quotatives), which live in `en.rs`, `ko.rs`, `ja.rs`.

use crate::types::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A sentence end followed by citation marks (`…였다.[2][3] 다음`): the break goes after the marks, where UAX #29
/// offers none.
static AFTER_CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.!?。！？](?:\s?\[(?:[0-9*]{1,3}|[가-힣]{1,2}\s?[0-9]{1,3})\])+\s*")
        .expect("static regex")
});

/// A sentence end followed by a short bracketed note (`…하다.(6회 우승) 또한`): UAX #29 breaks inside the
/// bracket, so the break after it is offered here.
static AFTER_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[^0-9０-９\s][.!?。！？]["'”’」』]*\s?[(（][^()（）.!?。！？]{1,40}[)）]\s*"#)
        .expect("static regex")
});

/// A dash item after a sentence end (`…입력한다. - 고등학교의…`): UAX #29 reads the dash as continuing the
/// sentence (SContinue), so the break before it is offered here.
static BEFORE_DASH_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[.!?。！？]["'”’」』)>]*\s+([-–—•·]\s)"#).expect("static regex")
});

/// A CJK sentence end directly followed by an opening bracket (`…しました。（詳細は…。）`): UAX #29 attaches the
/// bracket to the previous sentence, so the break between them is offered here.
static BEFORE_OPENING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[。！？][（「『(]").expect("static regex"));

/// Citation marks opening the rest of a block: they belong to the sentence before.
static CITATION_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[(?:[0-9*]{1,3}|[가-힣]{1,2}\s?[0-9]{1,3})\]").expect("static regex")
});

/// Trailing citation marks, ignored when asking whether a piece ends a sentence.
static CITATIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s?\[(?:[0-9*]{1,3}|[가-힣]{1,2}\s?[0-9]{1,3})\])+$").expect("static regex")
});

/// Sentence-final marks.
pub const TERMINALS: &[char] = &['.', '!', '?', '。', '！', '？', '．', '…'];
/// Marks that may follow a terminal and still belong to the sentence.
pub const CLOSERS: &[char] = &[
    '"', '\'', '`', '´', '”', '’', '」', '』', ')', '）', ']', '］', '》', '〉', '>',
];

/// Returns true when a boundary between `before` (the candidate sentence, trimmed) and `after` (the rest of the
/// block, trimmed) must not be made.
pub type Veto = fn(before: &str, after: &str) -> bool;

/// Extra candidate breaks a language adds to UAX #29's (byte offsets into the block).
pub type Extra = fn(block: &str) -> Vec<usize>;

/// No extra candidates.
pub fn no_extra(_: &str) -> Vec<usize> {
    Vec::new()
}

/// Splits `text[block]` into sentences using UAX #29 candidates (plus `extra` ones) filtered by [`TERMINALS`] and
/// `veto`.
pub fn split_with(text: &str, block: Span, veto: Veto) -> Vec<Span> {
    split_with_extra(text, block, veto, no_extra)
}

/// [`split_with`] with language-specific extra candidates.
pub fn split_with_extra(text: &str, block: Span, veto: Veto, extra: Extra) -> Vec<Span> {
    split_with_forced(text, block, veto, extra, no_extra)
}

/// [`split_with_extra`] plus breaks the language forces without a sentence-final mark (`…です(^o^)2文目`).
pub fn split_with_forced(
    text: &str,
    block: Span,
    veto: Veto,
    extra: Extra,
    forced_extra: Extra,
) -> Vec<Span> {
    let slice = &text[block.range()];
    let mut out = Vec::new();
    let mut start = 0usize; // start of the current sentence, relative to slice
    let mut candidates = terminal_breaks(slice);
    candidates.extend(AFTER_CITATION.find_iter(slice).map(|m| m.end()));
    candidates.extend(AFTER_NOTE.find_iter(slice).map(|m| m.end()));
    candidates.extend(
        BEFORE_DASH_ITEM
            .captures_iter(slice)
            .filter_map(|c| c.get(1).map(|m| m.start())),
    );
    candidates.extend(
        BEFORE_OPENING
            .find_iter(slice)
            .map(|m| m.start() + '。'.len_utf8()),
    );
    candidates.extend(extra(slice));
    let mut forced = inline_items(slice);
    forced.extend(forced_extra(slice));
    candidates.extend(forced.iter().copied());
    candidates.retain(|&c| c > 0 && c < slice.len() && slice.is_char_boundary(c));
    candidates.sort_unstable();
    candidates.dedup();
    for cut in candidates {
        if cut <= start {
            continue;
        }
        let cut = absorb_closing_quote(slice, start, cut);
        let before = slice[start..cut].trim();
        let after = slice[cut..].trim_start();
        if before.is_empty() || after.is_empty() {
            continue;
        }
        let keep = if forced.contains(&cut) {
            !is_enumerator(before) && before.chars().any(char::is_alphanumeric)
        } else {
            ends_with_terminal(before) && !shared_veto(before, after) && !veto(before, after)
        };
        if !keep {
            continue;
        }
        push_trimmed(&mut out, block.start, slice, start, cut);
        start = cut;
    }
    push_trimmed(&mut out, block.start, slice, start, slice.len());
    out
}

/// Quote marks that UAX #29 does not treat as closing punctuation when they are ASCII or doubled (`''`, `` ` ``).
const QUOTE_MARKS: &[char] = &['"', '\'', '`', '”', '’', '´'];

/// Moves a break past the quote marks that close the sentence before it: marks glued to the terminal
/// (`…close it.` ` ``Next…`), and a free-standing quote token (`… Dad ! '' .`) that closes a quote opened earlier
/// in the block, or that no later token of the same spelling could be the closing partner of.
fn absorb_closing_quote(slice: &str, start: usize, cut: usize) -> usize {
    let glued = slice[cut..]
        .find(|c: char| !QUOTE_MARKS.contains(&c) && !CLOSERS.contains(&c))
        .unwrap_or(slice.len() - cut);
    if glued > 0 && slice[..cut].ends_with(TERMINALS) {
        return cut + glued;
    }
    let rest = &slice[cut..];
    let token_len = rest
        .find(|c: char| !QUOTE_MARKS.contains(&c))
        .unwrap_or(rest.len());
    let token = &rest[..token_len];
    let free_standing = slice[..cut].ends_with(char::is_whitespace)
        && rest[token_len..].starts_with(char::is_whitespace);
    if token.is_empty() || !free_standing {
        return cut;
    }
    let is_token = |w: &&str| *w == token;
    let earlier = slice[..cut].split_whitespace().filter(is_token).count();
    let later = rest[token_len..]
        .split_whitespace()
        .filter(is_token)
        .count();
    if earlier % 2 == 1 && later % 2 == 0 && cut >= start {
        cut + token_len
    } else {
        cut
    }
}

/// Candidate breaks after every run of sentence-final marks, where UAX #29 offers them, found by one scan
/// instead of its full state machine (the segmenter's hot spot). After the marks come closing punctuation (UAX #29
/// `Close`: brackets of either side and quotes) and spaces; then no break is offered when the mark is a period
/// directly before a digit (`3.5`, SB6) or between a letter and a capital (`U.S`, `Ph.D`, SB7), when the next
/// letter after any non-letters is lowercase (`etc. (see`, SB8), or when a continuing or final mark follows
/// (`, ; : -`, `? ? ?`, SB8a).
fn terminal_breaks(slice: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let bytes_len = slice.len();
    let mut prev: Option<char> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let before = prev;
        prev = Some(c);
        // An ellipsis is no break of its own in UAX #29 (it is not STerm); it may end a run that began earlier.
        if c == '…' || !TERMINALS.contains(&c) {
            continue;
        }
        let aterm = matches!(c, '.' | '．');
        let after_mark = i + c.len_utf8();
        let mut end = after_mark;
        let mut last = c;
        while let Some(&(j, d)) = chars.peek() {
            if TERMINALS.contains(&d) || is_close(d) {
                chars.next();
                last = d;
                end = j + d.len_utf8();
            } else {
                break;
            }
        }
        prev = Some(last);
        let rest = &slice[end..];
        let spaced = rest.len() - rest.trim_start().len();
        let next_at = end + spaced;
        let next = slice[next_at..].chars().next();
        if aterm && end == after_mark && spaced == 0 {
            let letter_before = before.is_some_and(char::is_alphabetic);
            if next.is_some_and(|n| n.is_ascii_digit() || (letter_before && n.is_uppercase())) {
                continue;
            }
        }
        let continuing = |n: char| {
            matches!(n, ',' | ';' | ':' | '-' | '、' | '，' | '：' | '；') || TERMINALS.contains(&n)
        };
        if next.is_some_and(continuing) {
            continue;
        }
        if aterm {
            let first_letter = slice[next_at..].chars().find(|ch| ch.is_alphabetic());
            if first_letter.is_some_and(char::is_lowercase) {
                continue;
            }
        }
        out.push(if next.is_none() { bytes_len } else { next_at });
    }
    out
}

/// UAX #29 `Close`: opening and closing brackets and quotation marks.
fn is_close(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '「'
            | '」'
            | '『'
            | '』'
            | '（'
            | '）'
            | '《'
            | '》'
            | '〈'
            | '〉'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '［'
            | '］'
            | '【'
            | '】'
            | '«'
            | '»'
    )
}

fn push_trimmed(out: &mut Vec<Span>, base: usize, slice: &str, start: usize, end: usize) {
    let piece = &slice[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

/// True when `s` ends with a terminal mark, possibly followed by closers and citation marks.
pub fn ends_with_terminal(s: &str) -> bool {
    let s = CITATIONS.replace(s.trim_end(), "");
    // An editorial ellipsis (`stairways [...]"`) marks an omission, not an end.
    let unquoted = s.trim_end_matches(QUOTE_MARKS);
    if unquoted.ends_with("[...]") || unquoted.ends_with("[…]") {
        return false;
    }
    // A short note in brackets after the end (`…하다.(6회 우승)`) belongs to the sentence.
    if let Some(open) = trailing_note(&s) {
        return ends_with_terminal(&s[..open]);
    }
    // Closers may stand apart from the terminal in tokenised text (`Boursier . '`).
    s.trim_end_matches(|c: char| CLOSERS.contains(&c) || c.is_whitespace())
        .chars()
        .next_back()
        .is_some_and(|c| TERMINALS.contains(&c))
}

/// Where a bracketed note without a sentence end of its own closes `s` (`…하다. (6회 우승)`).
fn trailing_note(s: &str) -> Option<usize> {
    let open = match s.chars().next_back()? {
        ')' => '(',
        '）' => '（',
        _ => return None,
    };
    let i = s.rfind(open)?;
    let inner = &s[i + open.len_utf8()..s.len() - open.len_utf8()];
    // Glued to a sentence end that is not a number's dot (`2024. 10. 7.(월)` is a date).
    let head = s[..i].trim_end().trim_end_matches(CLOSERS);
    let glued = ends_sentence_not_number(head);
    (glued && is_note(inner)).then_some(i)
}

/// True when `s` ends with a terminal mark that is not the dot of a number or date (`10. 7.`).
fn ends_sentence_not_number(s: &str) -> bool {
    s.strip_suffix(TERMINALS).is_some_and(|h| {
        !h.is_empty() && !h.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace())
    })
}

/// A bracketed note: short, with no sentence end inside, and not a list marker (`(2)`, `（가）`).
fn is_note(inner: &str) -> bool {
    let n = inner.chars().count();
    let marker = inner
        .chars()
        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        || (n == 1 && inner.chars().all(char::is_alphabetic));
    n <= 40 && !marker && !inner.contains(TERMINALS) && !inner.contains(['(', '（'])
}

/// True when `after` opens with a bracketed note (`(6회 우승) 또한…`): it closes the sentence before.
fn opens_with_note(after: &str) -> bool {
    let mut chars = after.chars();
    let close = match chars.next() {
        Some('(') => ')',
        Some('（') => '）',
        _ => return false,
    };
    let inner = chars.as_str();
    inner.find(close).is_some_and(|j| is_note(&inner[..j]))
}

/// Vetoes that hold in every language: an enumerator is not a sentence (`1. To make…`); a number continues after
/// `digits.` (Korean dates `2024. 10. 7.`, version numbers); the next piece opens lowercase or with continuing
/// punctuation (the sentence goes on).
fn shared_veto(before: &str, after: &str) -> bool {
    if is_enumerator(before) || inside_brackets(before, after) {
        return true;
    }
    // Nothing but punctuation is left (`… Dad ! '' .`), or the sentence's citation marks follow (`gas. [1]`).
    if !after.chars().any(char::is_alphanumeric)
        || CITATION_START.is_match(after)
        || (ends_sentence_not_number(before) && opens_with_note(after))
    {
        return true;
    }
    let next = after.chars().next().unwrap_or(' ');
    if next.is_lowercase() || matches!(next, ',' | ';' | ':' | '.' | '、' | '，' | ')' | '）') {
        return true;
    }
    let stem = before.trim_end_matches(CLOSERS);
    if let Some(body) = stem.strip_suffix('.') {
        if body.ends_with(|c: char| c.is_ascii_digit()) && next.is_ascii_digit() {
            return true;
        }
    }
    false
}

/// Bracket pairs that a sentence end inside does not close (`（これは山です。これは山です）。`).
const BRACKETS: &[(char, char)] = &[
    ('(', ')'),
    ('（', '）'),
    ('「', '」'),
    ('『', '』'),
    ('《', '》'),
    ('〈', '〉'),
    ('“', '”'),
    ('‘', '’'),
    ('<', '>'),
];

/// True when `before` leaves a bracket open that `after` closes within a short distance (so unbalanced
/// brackets in messy text cannot glue a whole block together).
fn inside_brackets(before: &str, after: &str) -> bool {
    // One pass over `before`: the open depth of every pair (a closer with nothing open, like the `）` of an
    // enumerator `4.）`, does not cancel a later opener) and the parity of straight double quotes, which open and
    // close with the same mark.
    let mut depth = [0usize; BRACKETS.len()];
    let mut straight = false;
    for c in before.chars() {
        if c == '"' {
            straight = !straight;
            continue;
        }
        if let Some(k) = BRACKETS.iter().position(|&(o, _)| o == c) {
            depth[k] += 1;
        } else if let Some(k) = BRACKETS.iter().position(|&(_, cl)| cl == c) {
            depth[k] = depth[k].saturating_sub(1);
        }
    }
    let closes_soon = |close: char| after.chars().take(200).any(|c| c == close);
    (straight && closes_soon('"'))
        || BRACKETS
            .iter()
            .zip(depth)
            .any(|(&(_, close), d)| d > 0 && closes_soon(close))
}

/// A list or heading number standing alone before its text: `1.`, `1.)`, `２．`, `a.`, `가.`, `iv.`, `• 9.`.
fn is_enumerator(s: &str) -> bool {
    ENUMERATOR.is_match(s)
}

static ENUMERATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[•⁃\-*·]?\s*(?:[0-9０-９]{1,3}|[a-zA-Z가-힣]|[ivx]{1,4})[.．][)）]?$")
        .expect("static regex")
});

/// In a block that opens with a list marker, each later marker of the same kind (`… 2.) The second item`) starts
/// a new item, whether or not the previous item ended with a period.
static INLINE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?:[•⁃]\s?)?(?:[0-9]{1,2}[.)]{1,2}|[a-z][.)]|[ivx]{1,4}\.)\s")
        .expect("static regex")
});

static OPENS_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[•⁃]\s?)?(?:[0-9]{1,2}[.)]{1,2}|[a-z][.)]|[ivx]{1,4}\.)\s")
        .expect("static regex")
});

/// Forced breaks before inline list items, for blocks that open with a list marker.
fn inline_items(slice: &str) -> Vec<usize> {
    if !OPENS_LIST.is_match(slice) {
        return Vec::new();
    }
    INLINE_ITEM
        .find_iter(slice)
        .map(|m| m.start() + 1)
        .collect()
}

/// The last whitespace-separated word of `s`.
pub fn last_word(s: &str) -> &str {
    s.rsplit(char::is_whitespace).next().unwrap_or(s)
}

/// True when `before` ends in a closing quote or bracket right after its terminal (`…다."`, `…。」`).
pub fn ends_in_quote(before: &str) -> bool {
    before.ends_with(CLOSERS)
}
