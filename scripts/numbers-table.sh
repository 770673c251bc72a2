#!/usr/bin/env bash
# Regenerates docs/NUMBERS.md from `pressalign eval numbers`. Run from the package root with ../shared/data beside
# it. The tables are committed; CI gates on tests/floors.json, not on this file. BIN=… uses an existing binary.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BIN:-}" ]; then
  cargo build --release -q
  BIN=target/release/pressalign
fi
data=${DATA:-../shared/data}
version=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
{
  cat <<'TEXT'
# Numbers, dates and units

How pressalign reads numbers, and how well. The tables below are the output of `pressalign eval numbers` (made by
`scripts/numbers-table.sh`); the floors that CI holds them to are in `tests/floors.json`.

## The model

Every mention becomes a `NumExpr`: a byte span into the document, a kind (quantity, money, percent, percentage
points, ratio, ordinal, date, time, duration), a value **interval** (`lo == hi` for one value; `3~5일` is 3..5,
`수천 명` is 2,000..9,000 with the qualifier `vague`, `10대` is 10..19), a qualifier (exact, about, over,
at least, under, at most, vague) and a script-independent unit (`명`/`人`/`people` are all `person`). Dates
carry an ISO string with unknown parts as `X` (`XXXX-10-07`), fiscal years `FY2025`, a lone weekday
`XXXX-WXX-1`, the weekday the text states, and, once the release date is known (`release.toml` `date`), the
partial date resolved to the nearest year.

Reading is split in two: small readers that only read (`numbers/cjk.rs` for digits, kanji and Sino-Korean
numerals with a multiplier state machine; `korean.rs` for native numerals; `english.rs` for words), and context
rules that decide whether a reading is a number *here* (`numbers/shape.rs` and its neighbours). The context
rules are what keep `삼성`, `이번`, `공원`, `千葉`, `統一`, `one of the`, `for the first time` from becoming
numbers: a numeral made of words must stand as a word (a particle, a counter or a non-letter after it); a single
syllable or an attributive native numeral (`한`, `두`, `세`) needs a counter; `조` needs a longer numeral before
it (`구조`, `조사` are words). A bare day (`15일`, `15日`) is a date of the month, as in press releases, unless
nights come before it (`7박 9일`) or a duration word after it (`3일간`, `3日間`, `3일 동안`).

Comparison (`align::score::same_value`, used by the aligner and QA) compares intervals, not digits: `3천여 명`,
`3,000人余り` and `some 3,000 people` are equal; kinds must agree where they change the fact (percent vs
percentage points, ratio, ordinal, time); a bare number agrees with any count of its value (translations drop
counters); two stated units must be equal. QA turns what is left into findings (`value`, `magnitude`, `date`,
`percent_vs_points`, `range`, `qualifier`, `missing_number`) and checks each stated weekday against its date
(`weekday`; the calendar arithmetic is `dates/calendar.rs`).

## How the figures are made

- **Specs** (first table): Recognizers-Text and Duckling cases from `../shared/data/numbers`. A case passes when
  the first mention of the model's kind (money for CurrencyModel, percents for PercentModel, ordinals for
  OrdinalModel, any non-date number for NumberModel; the first date for date files) has the expected value (and
  currency; the date). Not scored but counted: cases NotSupported for dotnet, relative ordinals (`end-1`) and
  relative or computed dates (only absolute timex `2016-11-07`, `XXXX-11-07`, `XXXX-XX-15` written without
  relative words and with the year in the text when the timex has one). The OrdinalModel's days of the month
  (`오월 11일` → 11) are dates here, and their day is compared.
  **Spec errors** (listed one by one in `SPEC_ERRORS` in `src/eval/numbers.rs`, each with its reason): the known
  `2억 4천 4백만 달러` = 244,000,000 (listed as 254,000,000); fractions whose expected value is wrong
  arithmetic (`5分の100万2205` = 200,441, not 200,440.6; `120分の1` = 1/120, listed as 1/121; `-25分の1` =
  -0.04, listed as -0.05); dates whose expected year or day is not the one written (`1931년` → 1391,
  `2089년` → 1989, `21일` → 22, `2008년 1월 21일 일요일` → 2018); impossible dates (`30/2`, `29/2/2019`);
  `3-7-2017` read day first where the same file reads `3-7-07` month first; `유월 이십일` → 21 (이십 + the
  day counter 일 is the 20th); `일등석` → nothing in NumberModel where OrdinalModel reads the same word as 1st.
  **Out of scope, by form** (counted, documented in the code): all-numeric dates with a two-digit year
  (`21/04/16`, `9-18-15`: the order is a guess, and the specs guess differently for the same shape: Korean
  `21/04/16` is 2016-04-21, Japanese 2021-04-16; press releases write the year in full); numerals in hiragana
  (speech transcripts; in running text `に`, `さん`, `ご` are particles and honorifics); Chinese currency
  subunits (`3角`, `6角3分`); NumberModel cases whose number is part of a date we read (`2018年5月17日` →
  2018: dates are scored in the date sets) or carries a unit of measure (`180ml`, `29キロメートル` → nothing:
  Recognizers-Text leaves those to its DimensionModel, while pressalign reads them because the unit is what QA
  compares).
  **These files were used for tuning**: the failures (`eval numbers -v`) were read and general rules fixed
  (word boundaries, fractions, signs, currencies, date shapes, Sino-Korean dates and ordinals), so the spec
  figures are development figures, not held-out ones. Some failures are deliberate: a bare `반`, `빵`/`공` for
  zero, `、` as a thousands separator (`5、450` is as often a list), month/day with a slash or dash when the day
  could be a denominator (`4/22`, `10-2`: `1/10` is a tenth), the year after the day without a comma or `년`
  (`9월 21일 1978`), older eras (`寛政`), and currencies without press use (colón, lari, balboa, markka).
- **Renderer** (second table): `src/eval/render/` writes 10,000 random values per style (SplitMix64 seeded
  from the style's name) into press-like sentences in every written form (digits with separators, full-width,
  kanji, Sino-Korean and native Korean words, English words, multipliers, currency marks before or after,
  era years, weekdays) and checks that `extract` reads each back to the same value, unit and qualifier. The
  renderer was written with the readers, so it measures coverage of the forms it knows, not robustness.
- **Suites** (third table): the hand-written gold of `tests/numbers/` (written before the code, on branch
  `numgold`) through the real QA check: an equivalence triple passes when no error or warning is raised, a near
  miss when one is. The suites were run during development and their failures fixed by general rules; no case
  was changed.

TEXT
  echo "Tables made at $version."
  echo
  "$BIN" eval numbers --data "$data"
} > docs/NUMBERS.md
echo "wrote docs/NUMBERS.md"
