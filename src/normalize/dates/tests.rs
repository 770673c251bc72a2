//! Table-driven date and time cases, one named case per rule.

use super::*;

#[test]
fn table() {
    let cases: &[(&str, Lang, &str, &str, &str)] = &[
        (
            "ko_full",
            Lang::Ko,
            "2024년 10월 7일(월) 개최",
            "2024년 10월 7일(월)",
            "2024-10-07",
        ),
        (
            "ko_dotted",
            Lang::Ko,
            "2024. 10. 7.(월) 발표",
            "2024. 10. 7.(월)",
            "2024-10-07",
        ),
        (
            "ko_month_day",
            Lang::Ko,
            "10월 7일부터",
            "10월 7일",
            "XXXX-10-07",
        ),
        (
            "ko_month_day_dots",
            Lang::Ko,
            "11. 14.(금) 개막",
            "11. 14.(금)",
            "XXXX-11-14",
        ),
        (
            "ko_day_weekday",
            Lang::Ko,
            "9일(수) 오전",
            "9일(수)",
            "XXXX-XX-09",
        ),
        (
            "ja_reiwa",
            Lang::Ja,
            "令和6年11月25日（月）",
            "令和6年11月25日（月）",
            "2024-11-25",
        ),
        (
            "ja_gannen",
            Lang::Ja,
            "令和元年5月",
            "令和元年5月",
            "2019-05-XX",
        ),
        (
            "ja_fullwidth",
            Lang::Ja,
            "１０月７日に",
            "１０月７日",
            "XXXX-10-07",
        ),
        (
            "ja_day_weekday",
            Lang::Ja,
            "１９日（火）に",
            "１９日（火）",
            "XXXX-XX-19",
        ),
        (
            "en_mdy",
            Lang::En,
            "on October 7, 2024, in",
            "October 7, 2024",
            "2024-10-07",
        ),
        (
            "en_dmy",
            Lang::En,
            "on 7 October 2024.",
            "7 October 2024",
            "2024-10-07",
        ),
        (
            "en_abbr",
            Lang::En,
            "from Oct. 7 to",
            "Oct. 7",
            "XXXX-10-07",
        ),
    ];
    for (name, lang, text, surface, iso) in cases {
        let found = find(*lang, text);
        assert_eq!(found.len(), 1, "case {name}: {found:?}");
        assert_eq!(&text[found[0].span.range()], *surface, "case {name}");
        assert_eq!(found[0].date.as_deref(), Some(*iso), "case {name}");
    }
}

#[test]
fn times() {
    let cases: &[(&str, Lang, &str, f64)] = &[
        ("ko_pm", Lang::Ko, "오후 2시 30분에", 14.0 * 60.0 + 30.0),
        ("ko_night", Lang::Ko, "밤 10시까지", 22.0 * 60.0),
        ("ja_night", Lang::Ja, "夜10時まで", 22.0 * 60.0),
        ("ja_pm_half", Lang::Ja, "午後2時半から", 14.0 * 60.0 + 30.0),
        ("en_pm", Lang::En, "at 2 p.m. local", 14.0 * 60.0),
        ("en_clock", Lang::En, "at 14:30 sharp", 14.0 * 60.0 + 30.0),
        ("en_am", Lang::En, "at 10 a.m. on", 600.0),
    ];
    for (name, lang, text, minutes) in cases {
        let found = find(*lang, text);
        assert_eq!(found.len(), 1, "case {name}");
        assert_eq!(found[0].kind, NumKind::Time, "case {name}");
        assert_eq!(found[0].value.lo, *minutes, "case {name}");
    }
}

/// Regression (corpus QA): in `오후 6~8시` the marker covers both hours; `8시` alone was 08:00 against `6–8 p.m.`.
#[test]
fn clock_ranges_share_their_marker() {
    let cases: &[(&str, Lang, &str, &str, f64, f64)] = &[
        (
            "ko_pm_range",
            Lang::Ko,
            "오후 6~8시에",
            "오후 6~8시",
            1080.0,
            1200.0,
        ),
        (
            "ja_pm_range",
            Lang::Ja,
            "午後6～8時に",
            "午後6～8時",
            1080.0,
            1200.0,
        ),
        (
            "en_pm_range",
            Lang::En,
            "from 6–8 p.m. daily",
            "6–8 p.m.",
            1080.0,
            1200.0,
        ),
        (
            "en_across_noon",
            Lang::En,
            "open 11-1 p.m.",
            "11-1 p.m.",
            660.0,
            780.0,
        ),
    ];
    for (name, lang, text, surface, lo, hi) in cases {
        let found = find(*lang, text);
        assert_eq!(found.len(), 1, "case {name}: {found:?}");
        let n = &found[0];
        assert_eq!(&text[n.span.range()], *surface, "case {name}");
        assert_eq!(
            (n.kind, n.value.lo, n.value.hi),
            (NumKind::Time, *lo, *hi),
            "case {name}"
        );
    }
}

#[test]
fn partial_dates_are_compatible() {
    assert!(compatible("XXXX-10-07", "2024-10-07"));
    assert!(!compatible("XXXX-10-08", "2024-10-07"));
}

#[test]
fn more_dates() {
    let cases: &[(&str, Lang, &str, &str, &str)] = &[
        (
            "ja_gannen_alone",
            Lang::Ja,
            "令和元年に",
            "令和元年",
            "2019-XX-XX",
        ),
        (
            "ja_heisei_fiscal",
            Lang::Ja,
            "平成30年度予算",
            "平成30年度",
            "FY2018",
        ),
        ("ja_fiscal", Lang::Ja, "2025年度の", "2025年度", "FY2025"),
        (
            "ko_fiscal",
            Lang::Ko,
            "2025회계연도 예산",
            "2025회계연도",
            "FY2025",
        ),
        (
            "en_fiscal",
            Lang::En,
            "the FY2025 budget",
            "FY2025",
            "FY2025",
        ),
        (
            "en_fiscal_words",
            Lang::En,
            "in fiscal 2025,",
            "fiscal 2025",
            "FY2025",
        ),
        (
            "ja_kanji_date",
            Lang::Ja,
            "十月七日に",
            "十月七日",
            "XXXX-10-07",
        ),
        (
            "ja_full",
            Lang::Ja,
            "2024年10月7日に",
            "2024年10月7日",
            "2024-10-07",
        ),
        (
            "ko_short_dots",
            Lang::Ko,
            "10.7.부터",
            "10.7.",
            "XXXX-10-07",
        ),
        (
            "en_iso",
            Lang::En,
            "on 2024-10-07.",
            "2024-10-07",
            "2024-10-07",
        ),
        (
            "en_weekday_first",
            Lang::En,
            "on Monday, October 7",
            "Monday, October 7",
            "XXXX-10-07",
        ),
        (
            "en_weekday_alone",
            Lang::En,
            "on Monday",
            "Monday",
            "XXXX-WXX-1",
        ),
        ("ko_year", Lang::Ko, "2024년에", "2024년", "2024-XX-XX"),
    ];
    for (name, lang, text, surface, iso) in cases {
        let found = find(*lang, text);
        assert_eq!(found.len(), 1, "case {name}: {found:?}");
        assert_eq!(&text[found[0].span.range()], *surface, "case {name}");
        assert_eq!(found[0].date.as_deref(), Some(*iso), "case {name}");
    }
}

#[test]
fn stated_weekdays_are_kept() {
    let found = find(Lang::Ja, "7月24日（水）に開催");
    assert_eq!(found[0].weekday, Some(3));
    let found = find(Lang::Ko, "10월 7일(월)");
    assert_eq!(found[0].weekday, Some(1));
}

#[test]
fn a_day_after_a_range_mark_continues_the_month() {
    let found = find(Lang::Ko, "10월 7일~9일 개최");
    let dates: Vec<&str> = found.iter().filter_map(|n| n.date.as_deref()).collect();
    assert_eq!(dates, ["XXXX-10-07", "XXXX-10-09"]);
    let found = find(Lang::En, "from October 7 to 9");
    let dates: Vec<&str> = found.iter().filter_map(|n| n.date.as_deref()).collect();
    assert_eq!(dates, ["XXXX-10-07", "XXXX-10-09"]);
}

#[test]
fn durations_are_not_times_or_years() {
    assert!(find(Lang::Ko, "2시간 동안").is_empty());
    assert!(find(Lang::Ja, "3時間").is_empty());
    assert!(find(Lang::Ja, "3年間").is_empty());
    assert!(find(Lang::Ko, "3년간").is_empty());
}

#[test]
fn noon_and_clock() {
    assert_eq!(find(Lang::En, "at noon")[0].value.lo, 720.0);
    assert_eq!(find(Lang::En, "at 2:30 p.m.")[0].value.lo, 870.0);
}

/// Issue 6, second pass: Sino-Korean month and day words, the year after the day, year-first slashes, day-first
/// `29/2`, kanji years with 百千, three-digit years with their month; and what must stay unread.
#[test]
fn sino_korean_and_other_date_shapes() {
    let cases: &[(&str, Lang, &str, &str)] = &[
        (
            "ko_sino_month_day",
            Lang::Ko,
            "칠월 이십오일에 연다",
            "XXXX-07-25",
        ),
        ("ko_sino_yu_wol", Lang::Ko, "유월 이십일 개막", "XXXX-06-20"),
        (
            "ko_digit_month_sino_day",
            Lang::Ko,
            "5월 이십일일에 돌아갈게요",
            "XXXX-05-21",
        ),
        (
            "ko_sino_day_alone",
            Lang::Ko,
            "이십일일에 낸다",
            "XXXX-XX-21",
        ),
        (
            "ko_year_after_day",
            Lang::Ko,
            "1월 12일, 2016년에",
            "2016-01-12",
        ),
        (
            "ko_weekday_first",
            Lang::Ko,
            "월요일, 1월 22일, 2018",
            "2018-01-22",
        ),
        (
            "ko_year_slashes",
            Lang::Ko,
            "2015/08/12에 돌아가겠습니다",
            "2015-08-12",
        ),
        ("ja_day_first_slash", Lang::Ja, "29/2に", "XXXX-02-29"),
        (
            "ja_kanji_year_no",
            Lang::Ja,
            "二千年の九月十日",
            "2000-09-10",
        ),
        (
            "ja_three_digit_year",
            Lang::Ja,
            "３６７年１月１日",
            "0367-01-01",
        ),
    ];
    for (name, lang, text, want) in cases {
        let found = find(*lang, text);
        let date = found.iter().find(|n| n.kind == NumKind::Date);
        assert_eq!(
            date.and_then(|n| n.date.as_deref()),
            Some(*want),
            "{name}: {found:?}"
        );
    }
    for (name, lang, text) in [
        (
            "ko_carry_over_is_not_february",
            Lang::Ko,
            "이월 예산을 쓴다",
        ),
        ("ko_sino_day_inside_word", Lang::Ko, "지구월 십일일본"),
        ("ko_ambiguous_sino_day", Lang::Ko, "이십일에"),
        ("ja_fraction_month_first", Lang::Ja, "1/2に減った"),
        ("ja_two_digit_year_count", Lang::Ja, "3年1月"),
    ] {
        let found = find(lang, text);
        assert!(
            found
                .iter()
                .all(|n| n.kind != NumKind::Date || n.date.as_deref() == Some("XXXX-01-XX")),
            "{name}: {found:?}"
        );
    }
}
