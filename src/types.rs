//! Shared vocabulary of every stage: languages, byte spans, documents and their blocks, sentences, number
//! and name mentions, beads and findings.
//!
//! In: nothing (plain data). Out: the types the stages pass forward. Not done here: any processing; the only
//! methods are small accessors and conversions.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use std::str::FromStr;

/// A language pressalign aligns. Serialised as its code (`"ko"`, `"ja"`, `"en"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ko,
    Ja,
    En,
}

impl Lang {
    /// All supported languages in the canonical order ko, ja, en (the default pair orientation).
    pub const ALL: [Lang; 3] = [Lang::Ko, Lang::Ja, Lang::En];

    /// The ISO 639-1 code used as a key in every machine output.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The default BCP-47 tag written into TMX/XLIFF (`ko-KR`, `ja-JP`, `en-US`).
    pub fn default_tag(self) -> &'static str {
        match self {
            Lang::Ko => "ko-KR",
            Lang::Ja => "ja-JP",
            Lang::En => "en-US",
        }
    }

    /// The string that joins two sentences of this language into one segment (nothing for Japanese).
    pub fn joiner(self) -> &'static str {
        match self {
            Lang::Ja => "",
            _ => " ",
        }
    }

    /// Position in [`Lang::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error of [`Lang::from_str`]: the rejected text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language '{}' (expected ko, ja or en)", self.0)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Accepts the code or a BCP-47 tag in either spelling (`ko`, `ko-KR`, `ko_KR`, `KO`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let primary = s.trim().split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "ko" | "kor" => Ok(Lang::Ko),
            "ja" | "jpn" => Ok(Lang::Ja),
            "en" | "eng" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// A half-open byte range into [`Document::text`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// What a block of a document is, as far as ingest can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Title,
    Paragraph,
    ListItem,
    TableCell,
    Dateline,
    Contact,
}

/// A structural unit of a document: sentences never cross block boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// The result of language identification for a document or a block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LangGuess {
    /// The language, or `None` when the text is in none of ko/ja/en (or has no letters at all).
    pub lang: Option<Lang>,
    /// How sure the guess is, in [0, 1].
    pub confidence: f32,
    /// Which rule decided (`script`, `inherited`, `presplit-flag`, `empty`, …).
    pub method: &'static str,
}

/// A decoded input document. `text` is the only copy of its content; every later stage refers to it by span.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub text: String,
    pub blocks: Vec<Block>,
    /// Name of the encoding the bytes were decoded from (`UTF-8`, `EUC-KR`, …).
    pub encoding: &'static str,
    /// Number of bytes that could not be decoded and became U+FFFD.
    pub replaced: usize,
    /// Bytes of page text dropped as boilerplate (HTML navigation, footers, …); 0 for plain text.
    pub dropped: usize,
    /// For a document whose text was extracted or repaired: the raw file text and anchors (offset in `text`,
    /// offset in the raw text). `None` when `text` is the file itself.
    pub origin: Option<Origin>,
}

/// Where an extracted or repaired document's text came from in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub raw: String,
    pub starts: Vec<(usize, usize)>,
}

impl Document {
    /// The 1-based line and column (in characters) of a byte offset of `text` in the original file: exact for
    /// plain and repaired text (anchors mark every jump), close for HTML (anchored at each block's first word).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let Some(origin) = &self.origin else {
            return line_col(&self.text, offset);
        };
        let k = origin.starts.partition_point(|&(d, _)| d <= offset);
        let Some(&(doc_start, raw_start)) = k.checked_sub(1).and_then(|k| origin.starts.get(k))
        else {
            return (1, 1);
        };
        let (line, column) = line_col(&origin.raw, raw_start);
        let into = self
            .text
            .get(doc_start..offset.min(self.text.len()))
            .map_or(0, |s| s.chars().count());
        (line, column + into)
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }
}

/// 1-based line and character column of `offset` in `text` (offset clamped to the text).
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// A sentence (segment): a span inside one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub block: u32,
    pub span: Span,
}

/// What a number mention expresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumKind {
    Quantity,
    Money,
    Percent,
    /// A difference of percentages (`5%p`, `5퍼센트포인트`, `5 percentage points`): never equal to a percent.
    PercentPoint,
    /// A multiple or a fraction (`두 배`, `2倍`, `twice`, `3분의 1`, `one third`, `half`).
    Ratio,
    /// A rank or an edition (`제3회`, `第3回`, `3rd`, `third`, `1위`).
    Ordinal,
    Date,
    Time,
    Duration,
}

/// How the text qualifies a number (`3천여` is `About`, `3,000人以上` is `AtLeast`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    About,
    Over,
    AtLeast,
    Under,
    AtMost,
    /// An order of magnitude only (`수천 명`, `数千人`, `thousands of people`); the value is a wide interval.
    Vague,
}

/// A closed interval of values; an exact number has `lo == hi`, a range (`3~5`) or a vague amount (`수천`) has
/// `lo < hi`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    pub fn exact(v: f64) -> Self {
        Interval { lo: v, hi: v }
    }

    pub fn new(lo: f64, hi: f64) -> Self {
        Interval { lo, hi }
    }

    /// True for a range or a vague amount.
    pub fn is_range(&self) -> bool {
        self.lo != self.hi
    }
}

/// The unit a number counts, independent of script (`명`, `人` and `people` are all `Person`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Person,
    Country,
    City,
    Krw,
    Jpy,
    Usd,
    Eur,
    Cny,
    Gbp,
    Thb,
    Cad,
    Hkd,
    Aud,
    Twd,
    Chf,
    /// Francs other than Swiss (`프랑`, `フラン`, `francs`: French, CFA, Belgian; a named Swiss franc is `Chf`).
    Franc,
    /// Hundredths of a pound (`펜스`, `ペンス`, `pence`, `penny`).
    Pence,
    /// Nigerian naira (`나이라`, `ナイラ`, `naira`: Lagos is a C40 partner).
    Naira,
    /// Netherlands guilders (`휠던`, `길더`, `ギルダー`, `guilders`), in historical figures.
    Guilder,
    /// Hundredths of a dollar or euro (`센트`, `セント`, `cents`).
    Cent,
    Percent,
    /// Percentage points (`%p`, `포인트`, `ポイント`, `percentage points`).
    PercentPoint,
    Km,
    Meter,
    SquareMeter,
    Hectare,
    Kg,
    Ton,
    Night,
    Day,
    Week,
    Year,
    Month,
    Hour,
    Minute,
    Place,
    Time,
    /// Occasions (`회`, `차례`, `回`, `times`).
    Session,
    /// An age bracket (`10대`, `10代`, `teens`, `20s`).
    Age,
    /// Items and machines (`개`, `個`, `대`, `台`, `items`).
    Item,
}

impl Unit {
    /// Units that only say "things counted" in one language where another says it differently (`개`/`곳`,
    /// `items`/`sites`): treated as agreeing with each other.
    pub fn is_counter(self) -> bool {
        matches!(self, Unit::Item | Unit::Place)
    }
}

/// One number mention in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumExpr {
    pub span: Span,
    pub kind: NumKind,
    pub value: Interval,
    pub qualifier: Qualifier,
    pub unit: Option<Unit>,
    /// For dates: ISO form with unknown parts as X (`XXXX-10-07`), a fiscal year as `FY2025`, a weekday alone as
    /// `XXXX-WXX-1` (ISO week date, Monday = 1).
    pub date: Option<String>,
    /// For dates: the weekday the text states (`(월)`, `（水）`, `Monday`), ISO numbering (Monday = 1).
    pub weekday: Option<u8>,
    /// For partial dates: the full date once resolved from the release date (`2024-10-07`).
    pub resolved: Option<String>,
}

impl NumExpr {
    /// An exact mention of `kind` with no unit, qualifier or date.
    pub fn new(span: Span, kind: NumKind, value: Interval) -> Self {
        NumExpr {
            span,
            kind,
            value,
            qualifier: Qualifier::Exact,
            unit: None,
            date: None,
            weekday: None,
            resolved: None,
        }
    }
}

/// What kind of text a name mention is, which says how its keys were made (see `normalize::entities`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A Latin token or acronym inside any language (`C40`, `ESCAP`, letter-spaced `E S C A P`): key `lat:`.
    Latin,
    /// Capitalised English words (`Oh Se-hoon`, `Copenhagen`): phonetic keys `ph:` and `lat:`.
    Name,
    /// A katakana run (`バンコク`, `オ・セフン`): phonetic key `ph:`.
    Katakana,
    /// A kanji run (`市長`, `国際交流`): Sino-Korean reading key `sk:`.
    Kanji,
    /// A hangul word, particles stripped (`시장`, `방콕`): both `sk:` (the word) and `ph:` keys.
    Hangul,
    /// A name found in the gazetteer (`横浜`, `요코하마`, `Yokohama`): key `gz:`.
    Gazetteer,
}

/// One name-like mention in a sentence, with script-independent keys for matching across ko/ja/en.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub span: Span,
    /// The most specific key (`gz:yokohama`, `lat:ESCAP`, `sk:시장`, `ph:PRs/a`).
    pub key: String,
    pub kind: EntityKind,
    /// Further candidate keys of the same mention (a hangul word is both a possible Sino-Korean word and a
    /// possible transliteration); two mentions match when any key of one matches any key of the other.
    pub alt: Vec<String>,
}

impl Entity {
    /// The primary key, then the alternatives.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.key.as_str()).chain(self.alt.iter().map(String::as_str))
    }
}

/// One alignment unit: for each language, the consecutive sentence indices it holds (empty = absent).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bead {
    pub sides: [Range<u32>; 3],
    pub score: f32,
}

impl Bead {
    pub fn side(&self, lang: Lang) -> Range<u32> {
        self.sides[lang.index()].clone()
    }
}

/// Severity of a QA finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// The kind of number disagreement a finding reports (DESIGN.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Value,
    Magnitude,
    Unit,
    Date,
    Qualifier,
    MissingNumber,
    /// A stated weekday that contradicts the date (`2025-07-24（水）`: the 24th is a Thursday).
    Weekday,
    /// A percent on one side, percentage points on the other.
    PercentVsPoints,
    /// A range on one side and a single value, or another range, on the other.
    Range,
}
