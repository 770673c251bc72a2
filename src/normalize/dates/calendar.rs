//! Calendar arithmetic for the weekday check and for resolving partial dates: the proleptic Gregorian calendar,
//! computed here (a day count from the civil date) rather than taken from a date crate, since only three
//! operations are needed.
//!
//! In: years, months, days, ISO date strings with `X` for unknown parts. Out: weekdays (ISO: Monday = 1), day
//! counts, resolved dates. Not done here: time zones, other calendars (era years are converted in `dates`).

/// Days in `month` of `year` (0 for a month outside 1–12).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days since 1970-01-01 of a civil date. Years are shifted to start in March so that the leap day is the
/// last day of the shifted year; a 400-year era has 146,097 days.
pub fn day_number(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The ISO weekday (Monday = 1 … Sunday = 7) of a civil date. 1970-01-01 was a Thursday.
pub fn weekday(year: i32, month: u32, day: u32) -> u8 {
    let n = day_number(year, month, day);
    ((n + 3).rem_euclid(7) + 1) as u8
}

/// The parts of an ISO date with unknown parts as X (`XXXX-10-07` → `(None, Some(10), Some(7))`).
pub fn parts(iso: &str) -> (Option<i32>, Option<u32>, Option<u32>) {
    let get = |r: std::ops::Range<usize>| iso.get(r).and_then(|p| p.parse::<u32>().ok());
    if iso.len() != 10 || iso.as_bytes().get(4) != Some(&b'-') {
        return (None, None, None);
    }
    (get(0..4).map(|y| y as i32), get(5..7), get(8..10))
}

/// A full date from a partial one (year unknown) and the release date: of the year before, of and after the
/// release, the one whose date is nearest to it (a December release speaks of `1월 5일` of the next year).
pub fn resolve(iso: &str, release: (i32, u32, u32)) -> Option<String> {
    let (y, m, d) = parts(iso);
    if y.is_some() {
        return None;
    }
    let (m, d) = (m?, d?);
    let r = day_number(release.0, release.1, release.2);
    let best = [release.0 - 1, release.0, release.0 + 1]
        .into_iter()
        .filter(|&y| d <= days_in_month(y, m))
        .min_by_key(|&y| (day_number(y, m, d) - r).abs())?;
    Some(format!("{best:04}-{m:02}-{d:02}"))
}

/// Parses a release date `YYYY-MM-DD`.
pub fn parse_release_date(s: &str) -> Option<(i32, u32, u32)> {
    let (y, m, d) = parts(s.trim());
    let (y, m, d) = (y?, m?, d?);
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays() {
        assert_eq!(weekday(1970, 1, 1), 4, "Thursday");
        assert_eq!(weekday(2025, 7, 24), 4, "Thursday");
        assert_eq!(weekday(2024, 10, 7), 1, "Monday");
        assert_eq!(weekday(2000, 2, 29), 2, "Tuesday");
        assert_eq!(weekday(2024, 2, 29), 4, "Thursday");
        assert_eq!(weekday(1900, 3, 1), 4, "Thursday");
    }

    #[test]
    fn day_numbers_are_consecutive_across_months_and_leap_years() {
        let mut prev = day_number(1999, 12, 31);
        for y in 2000..2030 {
            for m in 1..=12 {
                for d in 1..=days_in_month(y, m) {
                    let n = day_number(y, m, d);
                    assert_eq!(n, prev + 1, "{y}-{m}-{d}");
                    prev = n;
                }
            }
        }
    }

    #[test]
    fn resolution_picks_the_nearest_year() {
        assert_eq!(
            resolve("XXXX-10-07", (2024, 9, 30)).as_deref(),
            Some("2024-10-07")
        );
        assert_eq!(
            resolve("XXXX-01-05", (2024, 12, 20)).as_deref(),
            Some("2025-01-05")
        );
        assert_eq!(resolve("2024-10-07", (2024, 9, 30)), None);
        assert_eq!(
            resolve("XXXX-02-29", (2025, 2, 1)).as_deref(),
            Some("2024-02-29")
        );
    }
}
