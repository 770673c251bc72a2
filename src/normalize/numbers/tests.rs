//! Table-driven cases of the number reader, one named case per rule.

use super::find;
use crate::types::{Lang, NumKind, Qualifier, Unit};

fn one(lang: Lang, s: &str) -> (String, f64, Qualifier, Option<Unit>) {
    let found = find(lang, s, &[]);
    assert_eq!(found.len(), 1, "{s}: {found:?}");
    let n = &found[0];
    (
        s[n.span.range()].to_string(),
        n.value.lo,
        n.qualifier,
        n.unit,
    )
}

#[test]
fn table() {
    use Qualifier::*;
    /// (name, language, text, surface, value, qualifier, unit)
    type Case<'a> = (
        &'a str,
        Lang,
        &'a str,
        &'a str,
        f64,
        Qualifier,
        Option<Unit>,
    );
    let cases: &[Case] = &[
        (
            "ko_thousand_about",
            Lang::Ko,
            "3천여 명이 왔다",
            "3천여 명",
            3000.0,
            About,
            Some(Unit::Person),
        ),
        (
            "ko_eok_cheonman",
            Lang::Ko,
            "2억 4천만 원을",
            "2억 4천만 원",
            2.4e8,
            Exact,
            Some(Unit::Krw),
        ),
        (
            "ko_cheon_baekman",
            Lang::Ko,
            "9천 8백만 원이다",
            "9천 8백만 원",
            9.8e7,
            Exact,
            Some(Unit::Krw),
        ),
        (
            "ko_man_cheon_glued",
            Lang::Ko,
            "1만2천 명",
            "1만2천 명",
            12000.0,
            Exact,
            Some(Unit::Person),
        ),
        (
            "ko_percent",
            Lang::Ko,
            "12.5% 감축",
            "12.5%",
            12.5,
            Exact,
            Some(Unit::Percent),
        ),
        (
            "ko_countries",
            Lang::Ko,
            "115개국 대표",
            "115개국",
            115.0,
            Exact,
            Some(Unit::Country),
        ),
        (
            "ko_about_prefix",
            Lang::Ko,
            "약 520만 엔",
            "약 520만 엔",
            5.2e6,
            About,
            Some(Unit::Jpy),
        ),
        (
            "ko_at_least",
            Lang::Ko,
            "100명 이상",
            "100명 이상",
            100.0,
            AtLeast,
            Some(Unit::Person),
        ),
        (
            "ja_amari",
            Lang::Ja,
            "3,000人余りが",
            "3,000人余り",
            3000.0,
            About,
            Some(Unit::Person),
        ),
        (
            "ja_oku_senman",
            Lang::Ja,
            "2億4千万ウォン",
            "2億4千万ウォン",
            2.4e8,
            Exact,
            Some(Unit::Krw),
        ),
        (
            "ja_fullwidth",
            Lang::Ja,
            "１万２千人",
            "１万２千人",
            12000.0,
            Exact,
            Some(Unit::Person),
        ),
        (
            "ja_fullwidth_comma",
            Lang::Ja,
            "３，０００人",
            "３，０００人",
            3000.0,
            Exact,
            Some(Unit::Person),
        ),
        (
            "ja_percent_fw",
            Lang::Ja,
            "50％を",
            "50％",
            50.0,
            Exact,
            Some(Unit::Percent),
        ),
        (
            "en_about",
            Lang::En,
            "about 3,000 people",
            "about 3,000 people",
            3000.0,
            About,
            Some(Unit::Person),
        ),
        (
            "en_krw_million",
            Lang::En,
            "KRW 240 million a year",
            "KRW 240 million",
            2.4e8,
            Exact,
            Some(Unit::Krw),
        ),
        (
            "en_decimal_billion",
            Lang::En,
            "KRW 2.85 billion",
            "KRW 2.85 billion",
            2.85e9,
            Exact,
            Some(Unit::Krw),
        ),
        (
            "en_million_plain",
            Lang::En,
            "1.08 million visitors",
            "1.08 million visitors",
            1.08e6,
            Exact,
            Some(Unit::Person),
        ),
        (
            "en_word",
            Lang::En,
            "a delegation of eight",
            "eight",
            8.0,
            Exact,
            None,
        ),
        (
            "en_word_hyphen_unit",
            Lang::En,
            "a nine-day trip",
            "nine-day",
            9.0,
            Exact,
            Some(Unit::Day),
        ),
        (
            "en_compound_word",
            Lang::En,
            "twenty-five cities",
            "twenty-five cities",
            25.0,
            Exact,
            Some(Unit::City),
        ),
        (
            "ko_meter_glued",
            Lang::Ko,
            "가로 12m 규모",
            "12m",
            12.0,
            Exact,
            Some(Unit::Meter),
        ),
        (
            "ko_per_person",
            Lang::Ko,
            "1인당",
            "1인",
            1.0,
            Exact,
            Some(Unit::Person),
        ),
        (
            "en_km",
            Lang::En,
            "a 390 km network",
            "390 km",
            390.0,
            Exact,
            Some(Unit::Km),
        ),
        (
            "en_more_than",
            Lang::En,
            "more than 40 cities",
            "more than 40 cities",
            40.0,
            Over,
            Some(Unit::City),
        ),
    ];
    for (name, lang, text, surface, value, q, unit) in cases {
        let got = one(*lang, text);
        assert_eq!(got.0, *surface, "case {name}");
        assert!(
            (got.1 - value).abs() < 1e-6 * value.max(1.0),
            "case {name}: {}",
            got.1
        );
        assert_eq!(got.2, *q, "case {name}");
        assert_eq!(got.3, *unit, "case {name}");
    }
}

#[test]
fn identifiers_are_not_numbers() {
    for s in ["C40 회의", "APUF-9 포럼", "전화 02-123-4567", "FY2025"] {
        assert!(find(Lang::Ko, s, &[]).is_empty(), "{s}");
    }
}

/// (name, language, text, surface, lo, hi, kind)
type KindCase<'a> = (&'a str, Lang, &'a str, &'a str, f64, f64, NumKind);

#[test]
fn kinds_and_intervals() {
    use NumKind::*;
    let cases: &[KindCase] = &[
        // Regression (corpus QA): a title's capitalised scale word was dropped (`Top 45 Million` read as 45).
        (
            "en_title_case_scale",
            Lang::En,
            "Annual Rides Top 45 Million",
            "45 Million",
            45e6,
            45e6,
            Quantity,
        ),
        // Regression (corpus QA): `12회째` (the 12th time) was a count of 12 sessions against `12回目` / `12th`.
        (
            "ko_hoejjae_ordinal",
            Lang::Ko,
            "12회째를 맞는",
            "12회째",
            12.0,
            12.0,
            Ordinal,
        ),
        (
            "ja_kanji",
            Lang::Ja,
            "三千五百人が",
            "三千五百人",
            3500.0,
            3500.0,
            Quantity,
        ),
        (
            "ja_kanji_man",
            Lang::Ja,
            "一万二千人",
            "一万二千人",
            12000.0,
            12000.0,
            Quantity,
        ),
        (
            "ja_kanji_twenty",
            Lang::Ja,
            "二十か国",
            "二十か国",
            20.0,
            20.0,
            Quantity,
        ),
        (
            "ja_mixed_money",
            Lang::Ja,
            "2億4千万円を",
            "2億4千万円",
            2.4e8,
            2.4e8,
            Money,
        ),
        (
            "ko_native_one",
            Lang::Ko,
            "한 명이",
            "한 명",
            1.0,
            1.0,
            Quantity,
        ),
        (
            "ko_native_two_places",
            Lang::Ko,
            "두 곳에",
            "두 곳",
            2.0,
            2.0,
            Quantity,
        ),
        (
            "ko_native_three_times",
            Lang::Ko,
            "세 차례",
            "세 차례",
            3.0,
            3.0,
            Quantity,
        ),
        (
            "ko_native_twenty",
            Lang::Ko,
            "스무 개",
            "스무 개",
            20.0,
            20.0,
            Quantity,
        ),
        (
            "ko_sino_word",
            Lang::Ko,
            "삼천 명",
            "삼천 명",
            3000.0,
            3000.0,
            Quantity,
        ),
        ("ko_double", Lang::Ko, "두 배로", "두 배", 2.0, 2.0, Ratio),
        (
            "ko_fraction",
            Lang::Ko,
            "3분의 1이",
            "3분의 1",
            1.0 / 3.0,
            1.0 / 3.0,
            Ratio,
        ),
        (
            "ja_fraction",
            Lang::Ja,
            "3分の1を",
            "3分の1",
            1.0 / 3.0,
            1.0 / 3.0,
            Ratio,
        ),
        (
            "en_fraction",
            Lang::En,
            "one third of",
            "one third",
            1.0 / 3.0,
            1.0 / 3.0,
            Ratio,
        ),
        ("ko_hal", Lang::Ko, "3할 증가", "3할", 30.0, 30.0, Percent),
        (
            "ja_wari_bu",
            Lang::Ja,
            "3割5分の",
            "3割5分",
            35.0,
            35.0,
            Percent,
        ),
        (
            "ko_decade",
            Lang::Ko,
            "10대 청소년",
            "10대",
            10.0,
            19.0,
            Quantity,
        ),
        (
            "ko_ordinal",
            Lang::Ko,
            "제3회 포럼",
            "제3회",
            3.0,
            3.0,
            Ordinal,
        ),
        (
            "ja_ordinal",
            Lang::Ja,
            "第3回会議",
            "第3回",
            3.0,
            3.0,
            Ordinal,
        ),
        (
            "en_ordinal_digits",
            Lang::En,
            "the 3rd forum",
            "3rd",
            3.0,
            3.0,
            Ordinal,
        ),
        (
            "en_ordinal_word",
            Lang::En,
            "the third forum",
            "third",
            3.0,
            3.0,
            Ordinal,
        ),
        ("ko_rank", Lang::Ko, "1위를", "1위", 1.0, 1.0, Ordinal),
        ("ko_range", Lang::Ko, "3~5명", "3~5명", 3.0, 5.0, Quantity),
        (
            "ko_range_days",
            Lang::Ko,
            "3∼5일",
            "3∼5일",
            3.0,
            5.0,
            Duration,
        ),
        ("ja_range", Lang::Ja, "3〜5人", "3〜5人", 3.0, 5.0, Quantity),
        (
            "en_range_hyphen",
            Lang::En,
            "3-5 days",
            "3-5 days",
            3.0,
            5.0,
            Duration,
        ),
        (
            "en_range_to",
            Lang::En,
            "3 to 5 days",
            "3 to 5 days",
            3.0,
            5.0,
            Duration,
        ),
        (
            "en_between",
            Lang::En,
            "between 3 and 5 days",
            "between 3 and 5 days",
            3.0,
            5.0,
            Duration,
        ),
        (
            "en_twice",
            Lang::En,
            "twice as many",
            "twice",
            2.0,
            2.0,
            Ratio,
        ),
        ("en_half", Lang::En, "half of them", "half", 0.5, 0.5, Ratio),
        (
            "en_per_cent",
            Lang::En,
            "30 per cent",
            "30 per cent",
            30.0,
            30.0,
            Percent,
        ),
        (
            "en_points",
            Lang::En,
            "5 percentage points",
            "5 percentage points",
            5.0,
            5.0,
            PercentPoint,
        ),
        (
            "ko_points",
            Lang::Ko,
            "5%p 상승",
            "5%p",
            5.0,
            5.0,
            PercentPoint,
        ),
        (
            "ko_points_word",
            Lang::Ko,
            "5퍼센트포인트",
            "5퍼센트포인트",
            5.0,
            5.0,
            PercentPoint,
        ),
        (
            "en_dozen",
            Lang::En,
            "a dozen cities",
            "a dozen cities",
            12.0,
            12.0,
            Quantity,
        ),
        (
            "en_million_words",
            Lang::En,
            "three million people",
            "three million people",
            3e6,
            3e6,
            Quantity,
        ),
        (
            "ko_vague",
            Lang::Ko,
            "수천 명이",
            "수천 명",
            2000.0,
            9000.0,
            Quantity,
        ),
        (
            "ja_vague",
            Lang::Ja,
            "数千人が",
            "数千人",
            2000.0,
            9000.0,
            Quantity,
        ),
        (
            "en_vague",
            Lang::En,
            "thousands of people",
            "thousands",
            2000.0,
            9000.0,
            Quantity,
        ),
        (
            "ja_money_baht",
            Lang::Ja,
            "500万バーツ",
            "500万バーツ",
            5e6,
            5e6,
            Money,
        ),
        (
            "en_baht",
            Lang::En,
            "5 million baht",
            "5 million baht",
            5e6,
            5e6,
            Money,
        ),
        (
            "ja_ninety_nine",
            Lang::Ja,
            "〇人",
            "〇人",
            0.0,
            0.0,
            Quantity,
        ),
    ];
    for (name, lang, text, surface, lo, hi, kind) in cases {
        let found = find(*lang, text, &[]);
        assert_eq!(found.len(), 1, "case {name}: {found:?}");
        let n = &found[0];
        assert_eq!(&text[n.span.range()], *surface, "case {name}");
        assert!(
            (n.value.lo - lo).abs() < 1e-9 && (n.value.hi - hi).abs() < 1e-9,
            "case {name}: {:?}",
            n.value
        );
        assert_eq!(n.kind, *kind, "case {name}");
    }
}

#[test]
fn words_inside_other_words_are_not_numbers() {
    let cases: &[(&str, Lang, &str)] = &[
        ("samsung", Lang::Ko, "삼성전자가 발표했다"),
        ("world", Lang::Ko, "세계 도시 정상회의"),
        ("between", Lang::Ko, "도시 사이의 협력"),
        ("director", Lang::Ko, "이사회 의결"),
        ("this_project", Lang::Ko, "이 사업은 일부 지역에서"),
        ("chiba", Lang::Ja, "千葉県の"),
        ("on_the_other_hand", Lang::Ja, "一方、市は"),
        ("nishikujo", Lang::Ja, "西九条"),
        ("sichuan", Lang::Ja, "私の家は四川にあります"),
        ("lone_one", Lang::En, "one of the largest cities"),
        ("someone", Lang::En, "someone said"),
        ("first_time", Lang::En, "for the first time"),
        // Regression (corpus QA): `46 one-on-one meetings` was read as 46 and 1.
        ("one_on_one", Lang::En, "held one-on-one meetings"),
        ("one_stop", Lang::En, "a one-stop shop"),
    ];
    for (name, lang, text) in cases {
        let found = find(*lang, text, &[]);
        assert!(found.is_empty(), "case {name}: {found:?}");
    }
}

#[test]
fn no_panic_on_odd_input() {
    for s in [
        "",
        "-",
        "1/",
        "/1",
        "3분의",
        "分の",
        "マイナス",
        "between",
        "1~",
        "١٢٣",
        "½",
        "1,",
        "1.",
        "제",
        "第",
    ] {
        for lang in Lang::ALL {
            for n in find(lang, s, &[]) {
                assert!(s.get(n.span.range()).is_some());
            }
        }
    }
}

/// Issue 6, second pass: Korean ordinals with big units and mixed Sino-Korean/native numerals, places with 등,
/// sign words, more currencies, `1万億`, the legacy backslash yen, `ドルとセント`.
#[test]
fn second_pass_readings() {
    /// (name, language, text, value, kind, unit)
    type Case<'a> = (&'a str, Lang, &'a str, f64, Option<NumKind>, Option<Unit>);
    let cases: &[Case] = &[
        (
            "ko_jo_beonjjae",
            Lang::Ko,
            "일조 번째",
            1e12,
            Some(NumKind::Ordinal),
            None,
        ),
        (
            "ko_bare_man_beonjjae",
            Lang::Ko,
            "만 번째 관람객",
            1e4,
            Some(NumKind::Ordinal),
            None,
        ),
        (
            "ko_sino_native",
            Lang::Ko,
            "백스물다섯 번째 생신",
            125.0,
            Some(NumKind::Ordinal),
            None,
        ),
        (
            "ko_sino_native_jo",
            Lang::Ko,
            "이십일조 삼백스물두번째 밤",
            21_000_000_000_322.0,
            Some(NumKind::Ordinal),
            None,
        ),
        (
            "ko_rank_deung",
            Lang::Ko,
            "그녀는 이등으로 들어옵니다",
            2.0,
            Some(NumKind::Ordinal),
            None,
        ),
        (
            "ko_first_class",
            Lang::Ko,
            "일등석을 예약",
            1.0,
            Some(NumKind::Ordinal),
            None,
        ),
        (
            "ko_minus_misspelt",
            Lang::Ko,
            "마이나스 3",
            -3.0,
            None,
            None,
        ),
        (
            "ko_franc",
            Lang::Ko,
            "5억 2천 8백만 프랑의 가치",
            5.28e8,
            Some(NumKind::Money),
            Some(Unit::Franc),
        ),
        (
            "ko_pence",
            Lang::Ko,
            "주당 470 펜스의",
            470.0,
            Some(NumKind::Money),
            Some(Unit::Pence),
        ),
        (
            "ko_guilder",
            Lang::Ko,
            "2억 5천만 네덜란드 휠던",
            2.5e8,
            Some(NumKind::Money),
            Some(Unit::Guilder),
        ),
        (
            "ja_naira",
            Lang::Ja,
            "445ナイラで両替する",
            445.0,
            Some(NumKind::Money),
            Some(Unit::Naira),
        ),
        (
            "ja_man_oku",
            Lang::Ja,
            "1万億円で",
            1e12,
            Some(NumKind::Money),
            Some(Unit::Jpy),
        ),
        (
            "ja_backslash_yen",
            Lang::Ja,
            "1個\\100です",
            100.0,
            Some(NumKind::Money),
            Some(Unit::Jpy),
        ),
        (
            "ja_dollars_to_cents",
            Lang::Ja,
            "545ドルと5セントを",
            545.05,
            Some(NumKind::Money),
            Some(Unit::Usd),
        ),
    ];
    for (name, lang, text, value, kind, unit) in cases {
        let found = find(*lang, text, &[]);
        let n = found
            .iter()
            .find(|n| kind.is_none_or_eq(n.kind) && (unit.is_none() || n.unit == *unit))
            .unwrap_or_else(|| panic!("{name}: {found:?}"));
        assert!(
            (n.value.lo - value).abs() < 1e-6 * value.abs().max(1.0),
            "{name}: {n:?}"
        );
        assert_eq!(
            &text[n.span.range()],
            &text[n.span.start..n.span.end],
            "{name}"
        );
    }
    for (name, lang, text) in [
        ("ko_france_is_not_franc", Lang::Ko, "10 프랑스 도시"),
        ("ko_isosceles", Lang::Ko, "이등변삼각형"),
        ("ko_divided_in_three", Lang::Ko, "삼등분했다"),
    ] {
        let found = find(lang, text, &[]);
        assert!(
            found
                .iter()
                .all(|n| n.unit != Some(Unit::Franc) && n.kind != NumKind::Ordinal),
            "{name}: {found:?}"
        );
    }
}

trait KindFilter {
    fn is_none_or_eq(&self, k: NumKind) -> bool;
}

impl KindFilter for Option<NumKind> {
    fn is_none_or_eq(&self, k: NumKind) -> bool {
        self.map_or(true, |w| w == k)
    }
}

/// Issue 6 near misses: a Korean verb that bounds its object (`40%를 조금 웃돈다` is just over 40%), portions
/// for people are not people (`2万4千人分`, `3인분`), and `3천여` leans over its number.
#[test]
fn bounding_verbs_portions_and_leaning_approximations() {
    let n = &find(Lang::Ko, "비율은 40%를 조금 웃돈다.", &[])[0];
    assert_eq!(n.qualifier, Qualifier::Over, "{n:?}");
    let n = &find(Lang::Ko, "목표치를 밑돈다", &[]);
    assert!(n.is_empty(), "no number: {n:?}");
    let n = &find(Lang::Ko, "10%를 밑돌았다", &[])[0];
    assert_eq!(n.qualifier, Qualifier::Under, "{n:?}");
    for (lang, text) in [
        (Lang::Ja, "雇用2万4千人分を創出"),
        (Lang::Ko, "3인분을 주문"),
    ] {
        let n = &find(lang, text, &[])[0];
        assert_ne!(n.unit, Some(Unit::Person), "{text}: {n:?}");
    }
    assert!(crate::normalize::units::leans_over("3천여 명"));
    assert!(crate::normalize::units::leans_over("3,000人余り"));
    assert!(!crate::normalize::units::leans_over("여덟 명"));
}

#[test]
fn korean_numeral_starts_are_sorted_for_the_binary_search() {
    assert!(super::KO_STARTS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn every_korean_reader_starts_on_a_listed_syllable() {
    // `find` skips syllables outside `KO_STARTS`: a reader's first syllable missing there would go unread.
    let starts = &super::KO_STARTS;
    let first = |w: &str| w.chars().next().unwrap();
    for w in super::korean::TENS.iter().map(|t| t.0) {
        assert!(starts.contains(&first(w)), "native tens word {w}");
    }
    for w in super::korean::UNITS.iter().map(|t| t.0) {
        assert!(starts.contains(&first(w)), "native unit word {w}");
    }
    for c in '가'..='힣' {
        let sino = super::cjk::digit_value(c, super::cjk::Script::Hangul).is_some()
            || super::cjk::multiplier(c).is_some();
        assert!(
            !sino || starts.contains(&c),
            "Sino-Korean numeral syllable {c}"
        );
    }
    for c in ['수', '첫', '절'] {
        assert!(starts.contains(&c), "{c}");
    }
}
