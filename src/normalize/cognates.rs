//! Sino-Korean bigrams: the evidence Korean and Japanese share below the level of whole words.
//!
//! Most Korean content words are Sino-Korean words written in hangul, and Japanese writes the same words in
//! kanji: 現場 is 현장, 運転手 is 운전수 and meets 운전자 in 운전. Whole-word keys (`entities::reading`) miss
//! such partial agreements and the different word boundaries of the two languages (国際司法裁判所 against
//! 국제 사법 재판소); two consecutive syllables do not. Each bigram is a code of two hangul syllables: for
//! Korean, every pair of neighbouring syllables inside a hangul word; for Japanese, every pair of neighbouring
//! Han characters (々 repeats the one before) under every combination of their readings. Both sides are put in
//! one canonical form: 렬/률 as 열/율 anywhere, and the first syllable under the initial-sound law (로 → 노, 리 → 이),
//! since a Korean word may start at either syllable.
//!
//! English has no Sino-Korean words, but its words have translations that are: an English word listed in the
//! glossary (`normalize::glossary`: government → 정부) brings the bigrams of its hangul translations.
//!
//! In: a sentence and its language. Out: its distinct bigram codes, sorted. Not done here:
//! weighting (the aligner's cognate scorer, `align::score::cognates`, weights bigrams by rarity over the two
//! documents), word segmentation.

use super::entities::korean::is_hangul;
use super::entities::reading::{initial_law, is_han, medial_law, reading_in_run};
use super::glossary;
use crate::types::Lang;

/// Number of hangul syllables (U+AC00..U+D7A3).
const SYLLABLES: u32 = 11_172;

/// The code of a syllable pair in canonical form.
fn code(x: char, y: char) -> Option<u32> {
    let index = |c: char| (c as u32).checked_sub(0xAC00).filter(|&i| i < SYLLABLES);
    let x = index(initial_law(medial_law(x)))?;
    let y = index(medial_law(y))?;
    Some(x * SYLLABLES + y)
}

/// The distinct Sino-Korean bigram codes of `text` in `lang`, sorted.
pub fn bigrams(lang: Lang, text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    match lang {
        Lang::Ko => hangul_pairs(text, &mut out),
        Lang::Ja => {
            let mut prev: Option<&str> = None;
            for c in text.chars() {
                let r = if is_han(c) {
                    reading_in_run(c, prev)
                } else {
                    None
                };
                if let (Some(p), Some(r)) = (prev, r) {
                    for x in p.chars() {
                        out.extend(r.chars().filter_map(|y| code(x, y)));
                    }
                }
                prev = r;
            }
        }
        Lang::En => glossary::translations(text, |word| hangul_pairs(word, &mut out)),
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Adds the codes of every two neighbouring hangul syllables of `text` (a run of other characters breaks the
/// pairs).
fn hangul_pairs(text: &str, out: &mut Vec<u32>) {
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if is_hangul(c) {
            if let Some(p) = prev {
                out.extend(code(p, c));
            }
            prev = Some(c);
        } else {
            prev = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(ko: &str, ja: &str) -> usize {
        let (a, b) = (bigrams(Lang::Ko, ko), bigrams(Lang::Ja, ja));
        a.iter().filter(|x| b.binary_search(x).is_ok()).count()
    }

    #[test]
    fn korean_and_japanese_share_the_bigrams_of_their_sino_korean_words() {
        // 現場 현장; 運転手/운전자 share 운전.
        assert_eq!(
            shared("해당 차량의 운전자가 현장에서", "車の運転手は現場で"),
            2
        );
        // Different word boundaries: 国際司法裁判所 against 국제 사법 재판소 (국제, 사법, 재판, 판소).
        assert_eq!(shared("국제 사법 재판소의 판결", "国際司法裁判所の判決"), 5);
        // The initial-sound law: 労働 is read 로동, written 노동.
        assert_eq!(shared("노동 시장", "労働市場"), 2);
        // The iteration mark repeats the reading before it: 人々 인인.
        assert_eq!(bigrams(Lang::Ja, "人々"), bigrams(Lang::Ko, "인인"));
    }

    #[test]
    fn unrelated_words_share_nothing() {
        assert_eq!(shared("날씨가 좋습니다", "電車が遅れた"), 0);
        assert!(bigrams(Lang::En, "She told us it was good").is_empty());
        assert!(bigrams(Lang::Ko, "").is_empty());
        // One syllable or one kanji alone is no bigram.
        assert!(bigrams(Lang::Ko, "비 와 눈").is_empty());
        assert!(bigrams(Lang::Ja, "雨と雪").is_empty());
    }

    #[test]
    fn english_words_bring_the_bigrams_of_their_glossary_translations() {
        let en = bigrams(Lang::En, "Residents were evacuated after the earthquake.");
        let shared = |other: Vec<u32>| other.iter().filter(|x| en.binary_search(x).is_ok()).count();
        // 주민, 대피 and 지진 in Korean; 住民, 避難 and 地震 in Japanese.
        assert_eq!(shared(bigrams(Lang::Ko, "지진 이후 주민들이 대피했다")), 3);
        assert_eq!(shared(bigrams(Lang::Ja, "地震の後、住民が避難した")), 3);
        assert_eq!(shared(bigrams(Lang::Ko, "날씨가 좋습니다")), 0);
    }

    #[test]
    fn codes_are_sorted_and_distinct() {
        let b = bigrams(Lang::Ko, "시장 시장 시장님");
        assert!(b.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(b.len(), 2);
    }
}
