//! Names as cross-language anchors: the mentions of a sentence that name something (a person, place, organisation,
//! event, or a Sino-Korean word shared by Korean and Japanese), each with script-independent keys, so that the
//! aligner and QA can tell that `オ・セフン`, `오세훈` and `Oh Se-hoon`, or `市長` and `시장`, are the same.
//!
//! In: a language and a sentence slice. Out: [`Entity`]s with spans relative to the slice (like
//! [`super::numbers::find`]), and [`score`] / [`matches()`] between two entities. Not done here: deciding what an
//! anchor is worth to the aligner, named-entity classes (person vs place), Japanese names in kanji against their
//! Korean transliteration (`山田` / `야마다`: a kun reading, not a Sino-Korean one), word segmentation.
//!
//! Keys (an entity has a primary [`Entity::key`] and further candidates in [`Entity::alt`]):
//! - `gz:<id>` — a [`gazetteer`] name (`横浜`, `요코하마`, `Yokohama` → `gz:yokohama`); found first, and the
//!   text it covers gets no phonetic key (so `Busan` and `부천`, which sound alike, stay apart).
//! - `lat:<LETTERS>` — a Latin token ([`latin`]): acronyms and codes in every language, names in English.
//! - `ph:<skeleton>/<vowel>` — a [`phonetic`] key for katakana runs, hangul words and English names.
//! - `sk:<hangul>` — a [`reading`] key: kanji runs get their Sino-Korean readings, hangul words are their own.
//!
//! A hangul word may be a transliteration or a Sino-Korean word, so it carries both `sk:` and `ph:` keys; matching
//! compares keys of the same prefix only, so the cost is a few short string comparisons per pair.

pub mod gazetteer;
pub mod korean;
pub mod latin;
pub mod phonetic;
pub mod reading;

use crate::types::{Entity, EntityKind, Lang, Span};

/// The name mentions of the slice `s`, in text order, with spans relative to `s`. Never panics; deterministic.
pub fn find(lang: Lang, s: &str) -> Vec<Entity> {
    let mut out = Vec::new();
    let hits = gazetteer::find(lang, s);
    let mut taken: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    taken.sort_unstable();
    for h in &hits {
        out.push(gazetteer_entity(lang, s, h));
    }
    // The hits are disjoint and sorted, so their ends are sorted too: the first hit ending after `a` is the only
    // one that can overlap `a..b` (a binary search keeps long segments linear).
    let free = |a: usize, b: usize| {
        let k = taken.partition_point(|&(_, y)| y <= a);
        taken.get(k).map_or(true, |&(x, _)| x >= b)
    };
    if lang == Lang::En {
        for (_, _, tokens) in latin::english_names(s) {
            for group in split_runs(s, tokens, &free) {
                out.push(english_entity(s, &group));
            }
        }
    } else {
        for t in latin::in_cjk(s)
            .into_iter()
            .filter(|t| free(t.start, t.end))
        {
            if t.folded.chars().count() >= 2 {
                out.push(entity(
                    t.start,
                    t.end,
                    EntityKind::Latin,
                    vec![tagged("lat:", &t.folded)],
                ));
            }
        }
        for (a, b) in runs(s, &taken, reading::is_han) {
            for (x, y, key) in reading::keys(&s[a..b]) {
                out.push(entity(a + x, a + y, EntityKind::Kanji, vec![key]));
            }
        }
        if lang == Lang::Ja {
            for (a, b) in runs(s, &taken, is_katakana_or_dot) {
                out.extend(katakana_entity(s, a, b));
            }
        } else {
            for (a, b) in runs(s, &taken, korean::is_hangul) {
                out.extend(hangul_entity(s, a, b));
            }
        }
    }
    out.sort_by_key(|e| (e.span.start, e.span.end));
    out
}

/// How well two mentions agree, in [0, 1]: the best agreement of any key of one with any key of the other.
/// 1.0 is the same gazetteer id, Latin token, reading or skeleton; 0.8 a skeleton with optional consonants skipped;
/// 0.5–0.99 a reading found inside a longer one (`市長` in `서울시장`); 0.6 a skeleton inside a longer one.
pub fn score(a: &Entity, b: &Entity) -> f32 {
    let mut best = 0.0f32;
    for x in a.keys() {
        for y in b.keys() {
            best = best.max(key_score(x, y));
            if best >= 1.0 {
                return best;
            }
        }
    }
    best
}

/// Whether two mentions name the same thing: [`score`] ≥ 0.5.
pub fn matches(a: &Entity, b: &Entity) -> bool {
    score(a, b) >= 0.5
}

/// The agreement of two keys; keys of different kinds never agree.
pub fn key_score(a: &str, b: &str) -> f32 {
    match (kind(a), kind(b)) {
        ("lat", "lat") | ("gz", "gz") => f32::from(u8::from(a == b)),
        ("sk", "sk") => reading::score(a, b),
        ("ph", "ph") => phonetic::score(a, b),
        _ => 0.0,
    }
}

fn kind(key: &str) -> &str {
    key.split_once(':').map_or("", |p| p.0)
}

fn entity(start: usize, end: usize, kind: EntityKind, mut keys: Vec<String>) -> Entity {
    let key = if keys.is_empty() {
        String::new()
    } else {
        keys.remove(0)
    };
    Entity {
        span: Span::new(start, end),
        key,
        kind,
        alt: keys,
    }
}

/// A key: its kind's tag and its body (`sk:` + `시장`), without the formatting machinery (one is made for nearly
/// every word of a Korean sentence).
pub(crate) fn tagged(tag: &str, body: &str) -> String {
    let mut k = String::with_capacity(tag.len() + body.len());
    k.push_str(tag);
    k.push_str(body);
    k
}

fn push_unique(keys: &mut Vec<String>, k: String) {
    if !keys.contains(&k) {
        keys.push(k);
    }
}

/// A gazetteer hit with its ids, plus the Latin and reading keys of its surface (so `ESCAP` in English still meets
/// a bare `ESCAP` in Japanese, and `漢江` still reads `한강`), but no phonetic key.
fn gazetteer_entity(lang: Lang, s: &str, h: &gazetteer::Hit) -> Entity {
    let surface = &s[h.start..h.end];
    let mut keys: Vec<String> = h.ids.iter().map(|id| tagged("gz:", id)).collect();
    let tokens = if lang == Lang::En {
        latin::english_names(surface)
            .into_iter()
            .flat_map(|r| r.2)
            .collect()
    } else {
        latin::in_cjk(surface)
    };
    for t in tokens {
        if t.folded.chars().count() >= 2 {
            push_unique(&mut keys, tagged("lat:", &t.folded));
        }
    }
    if surface.chars().all(reading::is_han) {
        for (a, b, k) in reading::keys(surface) {
            if a == 0 && b == surface.len() {
                push_unique(&mut keys, k);
            }
        }
    } else if surface.chars().all(korean::is_hangul) && surface.chars().count() >= 2 {
        push_unique(&mut keys, tagged("sk:", surface));
    }
    entity(h.start, h.end, EntityKind::Gazetteer, keys)
}

/// Splits a run of English name tokens where the gazetteer already took a token.
fn split_runs(
    s: &str,
    tokens: Vec<latin::Token>,
    free: &dyn Fn(usize, usize) -> bool,
) -> Vec<Vec<latin::Token>> {
    let mut groups: Vec<Vec<latin::Token>> = Vec::new();
    let mut last_end: Option<usize> = None;
    for t in tokens {
        if !free(t.start, t.end) {
            last_end = None;
            continue;
        }
        let joined = last_end.is_some_and(|e| matches!(s.get(e..t.start), Some(" ") | Some("-")));
        match groups.last_mut() {
            Some(g) if joined => g.push(t.clone()),
            _ => groups.push(vec![t.clone()]),
        }
        last_end = Some(t.end);
    }
    groups
}

/// An English name run: the phonetic key of the whole run, then each word's phonetic and Latin keys.
fn english_entity(s: &str, tokens: &[latin::Token]) -> Entity {
    let (start, end) = (tokens[0].start, tokens[tokens.len() - 1].end);
    let acronym = |t: &latin::Token| {
        let w = &s[t.start..t.end];
        w.chars().filter(|c| c.is_uppercase()).count() >= 2 || w.chars().any(|c| c.is_ascii_digit())
    };
    let mut keys = Vec::new();
    let spoken: Vec<&latin::Token> = tokens.iter().filter(|t| !acronym(t)).collect();
    if spoken.len() > 1 {
        let words: Vec<&str> = spoken.iter().map(|t| &s[t.start..t.end]).collect();
        if let Some(k) = phonetic::of_latin(&words.join(" ")) {
            keys.push(k);
        }
    }
    for t in tokens {
        if !acronym(t) {
            if let Some(k) = phonetic::of_latin(&s[t.start..t.end]) {
                push_unique(&mut keys, k);
            }
        }
    }
    for t in tokens {
        if t.folded.chars().count() >= 2 {
            push_unique(&mut keys, tagged("lat:", &t.folded));
        }
    }
    let kind = if spoken.is_empty() {
        EntityKind::Latin
    } else {
        EntityKind::Name
    };
    entity(start, end, kind, keys)
}

fn is_katakana_or_dot(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | '・' | '·' | '･')
}

fn is_dot(c: char) -> bool {
    matches!(c, '・' | '·' | '･')
}

/// A katakana run (dots trimmed at its ends): the key of the whole run, and of each dotted part of a name.
fn katakana_entity(s: &str, a: usize, b: usize) -> Option<Entity> {
    let run = &s[a..b];
    let trimmed = run.trim_start_matches(is_dot);
    let a = a + (run.len() - trimmed.len());
    let trimmed = trimmed.trim_end_matches(is_dot);
    let b = a + trimmed.len();
    let mut keys = Vec::new();
    if let Some(k) = phonetic::of_katakana(trimmed) {
        keys.push(k);
    }
    if trimmed.contains(is_dot) {
        for part in trimmed.split(is_dot) {
            if let Some(k) = phonetic::of_katakana(part) {
                push_unique(&mut keys, k);
            }
        }
    }
    (!keys.is_empty()).then(|| entity(a, b, EntityKind::Katakana, keys))
}

/// A hangul word: its stem (particle or ending removed) as a reading key and the stem's phonetic key (without an
/// administrative suffix).
fn hangul_entity(s: &str, a: usize, b: usize) -> Option<Entity> {
    let word = &s[a..b];
    let stem = &word[..korean::stem_len(word)];
    if stem.chars().count() < 2 {
        return None;
    }
    // The stem is enough for the reading key: a wrongly stripped syllable (연구과 → 연구) still lies inside the
    // kanji word's reading, which the comparison accepts.
    let mut keys = Vec::with_capacity(2);
    keys.push(tagged("sk:", stem));
    if let Some(k) = phonetic::of_hangul(korean::without_admin(stem)) {
        keys.push(k);
    }
    Some(entity(a, a + stem.len(), EntityKind::Hangul, keys))
}

/// Maximal runs of characters satisfying `pred`, cut where a taken range starts or ends.
fn runs(s: &str, taken: &[(usize, usize)], pred: fn(char) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // `taken` is sorted and disjoint: walk it alongside the text instead of scanning it per character.
    let mut k = 0;
    for (i, c) in s.char_indices() {
        while k < taken.len() && taken[k].1 < i {
            k += 1;
        }
        // The hit ending here and the one after it (adjacent hits share the offset).
        let near = taken[k.min(taken.len())..].iter().take(2);
        let (mut inside, mut boundary) = (false, false);
        for &(x, y) in near {
            inside |= i >= x && i < y;
            boundary |= i == x || i == y;
        }
        if let Some(st) = start {
            if !pred(c) || inside || boundary {
                out.push((st, i));
                start = None;
            }
        }
        if start.is_none() && pred(c) && !inside {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(lang: Lang, s: &str) -> Entity {
        find(lang, s).into_iter().next().expect("an entity")
    }

    #[test]
    fn surfaces_and_keys() {
        let cases: &[(&str, Lang, &str, &str, &str)] = &[
            (
                "gazetteer ja",
                Lang::Ja,
                "横浜市は",
                "横浜市",
                "gz:yokohama",
            ),
            (
                "gazetteer ko with particle",
                Lang::Ko,
                "요코하마시는",
                "요코하마시",
                "gz:yokohama",
            ),
            ("latin in ko", Lang::Ko, "WRI와", "WRI", "lat:WRI"),
            ("kanji run", Lang::Ja, "市長は", "市長", "sk:시장"),
            ("hangul stem", Lang::Ko, "파리를", "파리", "gz:paris"),
            ("hangul word", Lang::Ko, "발표했다", "발표", "sk:발표"),
            (
                "katakana name",
                Lang::Ja,
                "オ・セフン市長",
                "オ・セフン",
                "ph:SFN/o",
            ),
            (
                "english name run",
                Lang::En,
                "Mayor Oh Se-hoon said",
                "Oh Se-hoon",
                "ph:hSHn/o",
            ),
        ];
        for (name, lang, text, surface, key) in cases {
            let e = first(*lang, text);
            assert_eq!(&text[e.span.range()], *surface, "{name}");
            assert_eq!(e.key, *key, "{name}");
        }
    }

    #[test]
    fn matching_across_languages() {
        type Case<'a> = (&'a str, (Lang, &'a str), (Lang, &'a str), bool);
        let cases: &[Case] = &[
            ("mayor", (Lang::Ja, "市長"), (Lang::Ko, "시장은"), true),
            (
                "oh se-hoon",
                (Lang::Ja, "オ・セフン"),
                (Lang::En, "Oh Se-hoon"),
                true,
            ),
            (
                "busan vs bucheon",
                (Lang::En, "Busan"),
                (Lang::Ko, "부천"),
                false,
            ),
        ];
        for (name, (la, ta), (lb, tb), want) in cases {
            let (ea, eb) = (find(*la, ta), find(*lb, tb));
            let got = ea.iter().any(|x| eb.iter().any(|y| matches(x, y)));
            assert_eq!(got, *want, "{name}: {ea:?} {eb:?}");
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            "・",
            "ー・ー",
            "々",
            "A - ",
            "- A",
            "[",
            "sk:[",
            "가",
            "E S",
        ] {
            for lang in Lang::ALL {
                for e in find(lang, s) {
                    assert!(s.get(e.span.range()).is_some());
                }
            }
        }
        assert_eq!(key_score("sk:[", "sk:[가"), 0.0);
    }
}
