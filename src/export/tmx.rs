//! TMX 1.4b: one translation memory per language pair, streamed through `quick_xml::Writer`.
//!
//! In: translation units (source and target text) and header settings. Out: a TMX document that validates
//! against the TMX 1.4b DTD. Beads with an empty side (1-0, 0-1) are never written: a TM entry needs both. No
//! wall-clock time is written: `creationdate` appears only when a date is given (`SOURCE_DATE_EPOCH`). Not done
//! here: reading TMX (read/tmx.rs, the QA issue), deduplicated corpus TMs (the batch issue).

use crate::align::multi::TriBead;
use crate::align::PairBead;
use crate::pipeline::Analysed;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io::Cursor;

/// One `<tu>`: a source and a target segment plus properties.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub source: String,
    pub target: String,
    /// `<prop type="…">` pairs, written in order.
    pub props: Vec<(String, String)>,
}

/// Header values of a TMX file.
#[derive(Debug, Clone)]
pub struct Header {
    pub source_tag: String,
    pub target_tag: String,
    /// TMX date (`20241007T000000Z`) or `None` for no `creationdate`.
    pub creation_date: Option<String>,
}

/// The translation units of one aligned pair: beads with both sides present and non-empty text, in order, with
/// the bead's confidence as `x-score`.
pub fn units_for_pair(a: &Analysed, b: &Analysed, beads: &[PairBead]) -> Vec<Unit> {
    beads
        .iter()
        .filter(|x| !x.a.is_empty() && !x.b.is_empty())
        .map(|x| Unit {
            source: a.range_text(x.a.clone()),
            target: b.range_text(x.b.clone()),
            props: vec![("x-score".into(), format!("{:.3}", x.score))],
        })
        .filter(|u| !u.source.is_empty() && !u.target.is_empty())
        .collect()
}

/// One `<tu>` with a segment per language of a multilingual TMX (in the order of the header's languages).
#[derive(Debug, Clone, PartialEq)]
pub struct MultiUnit {
    pub segs: Vec<String>,
    pub props: Vec<(String, String)>,
}

/// The units of a three-way alignment: beads with all three sides present, in order, segments in ko, ja, en order.
pub fn units_for_three(docs: [&Analysed; 3], beads: &[TriBead]) -> Vec<MultiUnit> {
    beads
        .iter()
        .filter(|t| t.sides.iter().all(|r| !r.is_empty()))
        .map(|t| MultiUnit {
            segs: docs
                .iter()
                .zip(&t.sides)
                .map(|(d, r)| d.range_text(r.clone()))
                .collect(),
            props: vec![("x-score".into(), format!("{:.3}", t.score))],
        })
        .filter(|u| u.segs.iter().all(|s| !s.is_empty()))
        .collect()
}

/// Serialises a TMX document.
pub fn write(header: &Header, units: &[Unit]) -> Vec<u8> {
    let multi: Vec<MultiUnit> = units
        .iter()
        .map(|u| MultiUnit {
            segs: vec![u.source.clone(), u.target.clone()],
            props: u.props.clone(),
        })
        .collect();
    write_multi(
        &header.source_tag,
        &[header.source_tag.clone(), header.target_tag.clone()],
        header.creation_date.as_deref(),
        &multi,
    )
}

/// Serialises a TMX document with one `<tuv>` per language tag in `tags`.
pub fn write_multi(
    source_tag: &str,
    tags: &[String],
    creation_date: Option<&str>,
    units: &[MultiUnit],
) -> Vec<u8> {
    let mut w = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    write_into(&mut w, source_tag, tags, creation_date, units)
        .expect("writing to memory cannot fail");
    let mut bytes = w.into_inner().into_inner();
    bytes.push(b'\n');
    bytes
}

fn write_into(
    w: &mut Writer<Cursor<Vec<u8>>>,
    source_tag: &str,
    tags: &[String],
    creation_date: Option<&str>,
    units: &[MultiUnit],
) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::DocType(BytesText::from_escaped(
        r#"tmx SYSTEM "tmx14.dtd""#,
    )))?;
    w.create_element("tmx")
        .with_attribute(("version", "1.4"))
        .write_inner_content(|w| {
            let version = env!("CARGO_PKG_VERSION");
            let mut header = w.create_element("header").with_attributes([
                ("creationtool", "pressalign"),
                ("creationtoolversion", version),
                ("datatype", "plaintext"),
                ("segtype", "sentence"),
                ("adminlang", "en-US"),
                ("srclang", source_tag),
                ("o-tmf", "pressalign"),
            ]);
            if let Some(d) = creation_date {
                header = header.with_attribute(("creationdate", d));
            }
            header.write_empty()?;
            w.create_element("body").write_inner_content(|w| {
                for u in units {
                    w.create_element("tu").write_inner_content(|w| {
                        for (k, v) in &u.props {
                            w.create_element("prop")
                                .with_attribute(("type", k.as_str()))
                                .write_text_content(BytesText::new(v))?;
                        }
                        for (tag, text) in tags.iter().zip(&u.segs) {
                            w.create_element("tuv")
                                .with_attribute(("xml:lang", tag.as_str()))
                                .write_inner_content(|w| {
                                    w.create_element("seg")
                                        .write_text_content(BytesText::new(text))?;
                                    Ok(())
                                })?;
                        }
                        Ok(())
                    })?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

/// Formats seconds since the Unix epoch as a TMX date (`YYYYMMDDThhmmssZ`).
pub fn tmx_date(epoch: i64) -> String {
    let days = epoch.div_euclid(86_400);
    let secs = epoch.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(tmx_date(0), "19700101T000000Z");
        assert_eq!(tmx_date(1_728_259_200), "20241007T000000Z");
    }

    #[test]
    fn escapes_and_has_required_header() {
        let h = Header {
            source_tag: "ko-KR".into(),
            target_tag: "en-US".into(),
            creation_date: None,
        };
        let xml = String::from_utf8(write(
            &h,
            &[Unit {
                source: "A & B <C>".into(),
                target: "\"x\"".into(),
                props: vec![],
            }],
        ))
        .unwrap();
        assert!(xml.contains("A &amp; B &lt;C&gt;"), "{xml}");
        for attr in [
            "creationtool=",
            "creationtoolversion=",
            "datatype=",
            "segtype=",
            "adminlang=",
            "srclang=",
            "o-tmf=",
        ] {
            assert!(xml.contains(attr), "{attr}");
        }
        assert!(!xml.contains("creationdate"));
    }
}
