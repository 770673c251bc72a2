//! Sentence segmentation: a block of a document → sentence spans.
//!
//! In: the document text and the spans of its blocks, with each block's language. Out: [`Sentence`]s in order,
//! never crossing a block, trimmed of surrounding whitespace, covering every non-space character of the blocks.
//! Candidate boundaries come from UAX #29 (`split_sentence_bound_indices`); [`rules`] keeps only those after a
//! sentence-final mark and lets each language veto a boundary (abbreviations, dates, quotatives). Not done here:
//! deciding what a block is (ingest) or in which language it is (langid).

mod en;
mod ja;
mod ko;
pub mod rules;

use crate::types::{Block, BlockKind, Lang, Sentence, Span};

/// Splits one block into sentence spans (byte offsets into `text`).
pub trait Segmenter: Send + Sync {
    fn split(&self, text: &str, block: Span) -> Vec<Span>;
}

/// The segmenter for a language.
pub fn for_lang(lang: Lang) -> &'static dyn Segmenter {
    match lang {
        Lang::Ko => &ko::Korean,
        Lang::Ja => &ja::Japanese,
        Lang::En => &en::English,
    }
}

/// Splits every block of a document. `langs[i]` is the language of block `i` (its own, or the document's).
pub fn split_blocks(text: &str, blocks: &[Block], langs: &[Lang]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, (block, &lang)) in blocks.iter().zip(langs).enumerate() {
        // A table row is one segment: its cells are not sentences to split.
        let spans = if block.kind == BlockKind::TableCell {
            vec![block.span]
        } else {
            for_lang(lang).split(text, block.span)
        };
        for span in spans {
            out.push(Sentence {
                block: i as u32,
                span,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One named case per rule: (name, language, block text, expected sentences).
    const CASES: &[(&str, Lang, &str, &[&str])] = &[
        (
            "en_plain_two",
            Lang::En,
            "It rained. We stayed.",
            &["It rained.", "We stayed."],
        ),
        (
            "en_decimal",
            Lang::En,
            "Emissions fell 12.5% last year. Good.",
            &["Emissions fell 12.5% last year.", "Good."],
        ),
        (
            "en_abbrev_title",
            Lang::En,
            "Dr. Lena Hartmann spoke. Mr. Kim agreed.",
            &["Dr. Lena Hartmann spoke.", "Mr. Kim agreed."],
        ),
        (
            "en_abbrev_us",
            Lang::En,
            "The U.S. Embassy sent 3 staff.",
            &["The U.S. Embassy sent 3 staff."],
        ),
        (
            "en_pm_lowercase",
            Lang::En,
            "It opens at 2 p.m. local time. Entry is free.",
            &["It opens at 2 p.m. local time.", "Entry is free."],
        ),
        (
            "en_pm_sentence_end",
            Lang::En,
            "It closes at 11 p.m. Entry is free.",
            &["It closes at 11 p.m.", "Entry is free."],
        ),
        (
            "en_quote_said",
            Lang::En,
            "\"We will act,\" he said. Then he left.",
            &["\"We will act,\" he said.", "Then he left."],
        ),
        (
            "en_question",
            Lang::En,
            "Why now? Because it matters.",
            &["Why now?", "Because it matters."],
        ),
        (
            "ja_maru",
            Lang::Ja,
            "横浜市は協定を結んだ。式典は午後2時に始まった。",
            &["横浜市は協定を結んだ。", "式典は午後2時に始まった。"],
        ),
        (
            "ja_exclaim_question",
            Lang::Ja,
            "来てください！楽しいですか？はい。",
            &["来てください！", "楽しいですか？", "はい。"],
        ),
        (
            "ja_quote_quotative",
            Lang::Ja,
            "市長は「協力する。」と述べた。次に移った。",
            &["市長は「協力する。」と述べた。", "次に移った。"],
        ),
        (
            "ko_da",
            Lang::Ko,
            "시장이 방문했다. 회의가 열렸다.",
            &["시장이 방문했다.", "회의가 열렸다."],
        ),
        (
            "ko_date_dots",
            Lang::Ko,
            "2024. 10. 7.(월) 서울시 발표",
            &["2024. 10. 7.(월) 서울시 발표"],
        ),
        (
            "ko_quote_rago",
            Lang::Ko,
            "그는 \"함께 하겠다.\"라고 말했다. 끝났다.",
            &["그는 \"함께 하겠다.\"라고 말했다.", "끝났다."],
        ),
        (
            "ko_decimal_percent",
            Lang::Ko,
            "12.5% 줄었다. 8.3% 늘었다.",
            &["12.5% 줄었다.", "8.3% 늘었다."],
        ),
        (
            "enumerator_stays_with_its_text",
            Lang::En,
            "1. To make it work, act now. Then rest.",
            &["1. To make it work, act now.", "Then rest."],
        ),
        (
            "enumerator_fullwidth_ja",
            Lang::Ja,
            "１．成功に向けて協議する。",
            &["１．成功に向けて協議する。"],
        ),
        (
            "citation_after_period",
            Lang::Ko,
            "거절하였다.[2] 법에 따르면 그렇다.",
            &["거절하였다.[2]", "법에 따르면 그렇다."],
        ),
        (
            "ko_glued_next_sentence",
            Lang::Ko,
            "3골을 넣었다.2월 10일에 비겼다.",
            &["3골을 넣었다.", "2월 10일에 비겼다."],
        ),
        (
            "en_us_sentence_end",
            Lang::En,
            "I live in the U.S. How about you?",
            &["I live in the U.S.", "How about you?"],
        ),
        (
            "en_us_mid_sentence",
            Lang::En,
            "The U.S. Embassy sent 3 staff.",
            &["The U.S. Embassy sent 3 staff."],
        ),
        (
            "en_page_number",
            Lang::En,
            "Please turn to p. 55. Thanks.",
            &["Please turn to p. 55.", "Thanks."],
        ),
        (
            "en_initial_vs_pronoun",
            Lang::En,
            "You and I. Did Albert I. Jones come?",
            &["You and I.", "Did Albert I. Jones come?"],
        ),
        (
            "inline_list_items",
            Lang::En,
            "1.) The first item 2.) The second item",
            &["1.) The first item", "2.) The second item"],
        ),
        (
            "inline_alpha_items",
            Lang::En,
            "a. The first item b. The second item",
            &["a. The first item", "b. The second item"],
        ),
        (
            "ja_period_inside_brackets",
            Lang::Ja,
            "山です（山です。山です）。次です。",
            &["山です（山です。山です）。", "次です。"],
        ),
        (
            "ko_period_inside_curly_quote",
            Lang::Ko,
            "국장은 “끝난다. 죄송하다”고 밝혔다.",
            &["국장은 “끝난다. 죄송하다”고 밝혔다."],
        ),
        (
            "ko_particle_after_date",
            Lang::Ko,
            "조례는 2025. 1. 1.부터 시행된다. 끝.",
            &["조례는 2025. 1. 1.부터 시행된다.", "끝."],
        ),
        (
            "ko_latin_abbreviation",
            Lang::Ko,
            "포럼에는 Dr. 존 스미스가 나선다.",
            &["포럼에는 Dr. 존 스미스가 나선다."],
        ),
        (
            "ja_bracketed_sentence_after_maru",
            Lang::Ja,
            "拡大しました。（詳細は別紙です。）",
            &["拡大しました。", "（詳細は別紙です。）"],
        ),
        (
            "bullet_line_kept_whole",
            Lang::Ko,
            "○ 115개국 3천여 명 참석",
            &["○ 115개국 3천여 명 참석"],
        ),
        ("heading_without_period", Lang::En, "Contact", &["Contact"]),
        (
            "en_fronted_time_adverbial",
            Lang::En,
            "At 9 a.m. Mayor Park opened the forum. It ended at 6 p.m. The next day was free.",
            &[
                "At 9 a.m. Mayor Park opened the forum.",
                "It ended at 6 p.m.",
                "The next day was free.",
            ],
        ),
        (
            "en_missing_space_after_stop",
            Lang::En,
            "The hall opened.Visitors came. See www.Example.org today.",
            &[
                "The hall opened.",
                "Visitors came.",
                "See www.Example.org today.",
            ],
        ),
        // Regression (proptest): a token after an ideographic space was cut inside that space's bytes.
        (
            "en_missing_space_after_ideographic_space",
            Lang::En,
            "See\u{3000}the hall.Visitors came.",
            &["See\u{3000}the hall.", "Visitors came."],
        ),
        (
            "en_spaced_citation_stays",
            Lang::En,
            "Hydrogen is a gas. [1] It burns.",
            &["Hydrogen is a gas. [1]", "It burns."],
        ),
        (
            "en_straight_quote_two_sentences",
            Lang::En,
            "\"We are ready. We will open in May,\" he said.",
            &["\"We are ready. We will open in May,\" he said."],
        ),
        (
            "en_glued_backtick_close",
            Lang::En,
            "He said `it is open.` Next came questions.",
            &["He said `it is open.`", "Next came questions."],
        ),
        (
            "en_free_standing_close_quote",
            Lang::En,
            "It was called '' Sky Garden ! '' . Many came.",
            &["It was called '' Sky Garden ! '' .", "Many came."],
        ),
        (
            "en_editorial_ellipsis_with_citation",
            Lang::En,
            "\"Cities [...] must act [...]\" (Lee 12). Next.",
            &["\"Cities [...] must act [...]\" (Lee 12).", "Next."],
        ),
        (
            "en_ellipsis_then_pronoun",
            Lang::En,
            "I thought... I would stay. Then I left.",
            &["I thought... I would stay.", "Then I left."],
        ),
        (
            "en_tokenised_title",
            Lang::En,
            "Hello Mr . Robinson , welcome .",
            &["Hello Mr . Robinson , welcome ."],
        ),
        (
            "ko_trailing_note_after_end",
            Lang::Ko,
            "대회 우승자이기도 하다. (6회 우승) 또한 2009년에도 우승했다.",
            &[
                "대회 우승자이기도 하다. (6회 우승)",
                "또한 2009년에도 우승했다.",
            ],
        ),
        (
            "ko_quotative_hamyeo",
            Lang::Ko,
            "\"지금 시작하겠다.\" 하며 자리에서 일어났다.",
            &["\"지금 시작하겠다.\" 하며 자리에서 일어났다."],
        ),
        (
            "ko_angle_bracket_quote",
            Lang::Ko,
            "그는 <가자. 지금 가자.> 하고 말했다. 모두 따랐다.",
            &["그는 <가자. 지금 가자.> 하고 말했다.", "모두 따랐다."],
        ),
        (
            "ko_dash_item_after_end",
            Lang::Ko,
            "신청서를 낸다. - 대상: 관내 기업",
            &["신청서를 낸다.", "- 대상: 관내 기업"],
        ),
        (
            "ja_note_after_maru_without_end",
            Lang::Ja,
            "受賞した。（3回目）次の大会にも出る。",
            &["受賞した。（3回目）", "次の大会にも出る。"],
        ),
        (
            "ja_particle_after_mark",
            Lang::Ja,
            "私も組織？に属していました。合宿免許。の若者が来た。",
            &["私も組織？に属していました。", "合宿免許。の若者が来た。"],
        ),
        (
            "ja_mochiron_opens_sentence",
            Lang::Ja,
            "参加は無料です。もちろん予約も不要です。",
            &["参加は無料です。", "もちろん予約も不要です。"],
        ),
        (
            "ja_emoticon_ends_sentence",
            Lang::Ja,
            "楽しかったです(^o^)また来ます♪次は秋です。",
            &["楽しかったです(^o^)", "また来ます♪", "次は秋です。"],
        ),
        (
            "ja_enumerator_paren_before_bracket",
            Lang::Ja,
            "4.）対象は（市内在住の方。在勤の方）です。",
            &["4.）対象は（市内在住の方。在勤の方）です。"],
        ),
        (
            "en_bullet_before_number",
            Lang::En,
            "• 9. The first item • 10. The second item",
            &["• 9. The first item", "• 10. The second item"],
        ),
    ];

    #[test]
    fn rules_table() {
        for (name, lang, text, want) in CASES {
            let spans = for_lang(*lang).split(text, Span::new(0, text.len()));
            let got: Vec<&str> = spans.iter().map(|s| &text[s.range()]).collect();
            assert_eq!(&got, want, "case {name}");
        }
    }

    #[test]
    fn blocks_are_boundaries() {
        let text = "Title line\nFirst. Second.";
        let blocks = crate::ingest::document_from_bytes(std::path::Path::new("t"), text.as_bytes())
            .unwrap()
            .blocks;
        let s = split_blocks(text, &blocks, &[Lang::En, Lang::En]);
        let got: Vec<&str> = s.iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(got, ["Title line", "First.", "Second."]);
        assert_eq!(s[0].block, 0);
        assert_eq!(s[2].block, 1);
    }
}
