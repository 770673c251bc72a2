//! `eval segment | numbers | align`: the accuracy tables against gold data, printed as markdown or json.

use super::Out;
use anyhow::bail;
use pressalign::cli::{self, config};
use pressalign::Error;

pub(crate) fn eval(a: &cli::EvalArgs, out: &mut Out) -> anyhow::Result<u8> {
    use pressalign::eval;
    let format = config::format("--format", &a.format, &["markdown", "json"], &[])?;
    let have_data = a.data.is_dir();
    if !have_data {
        eprintln!(
            "pressalign: warning: {}: no third-party gold data there; only the project gold is evaluated",
            a.data.display()
        );
    }
    let text = match a.what.as_str() {
        "segment" => {
            let mut rows = eval::segment::project_gold(&a.gold, &a.corpus)?;
            let (press, mut failures) = eval::segment::press_cases(&a.cases)?;
            rows.extend(press);
            let press_failed: Vec<String> = failures.iter().map(|f| f.id.clone()).collect();
            let errata_path = a.cases.with_file_name("errata.jsonl");
            let errata = eval::segment::read_errata(&errata_path)?;
            if have_data {
                let (data_rows, data_failures) = eval::segment::data_sets(&a.data)?;
                rows.extend(data_rows);
                failures.extend(data_failures);
            }
            if a.failures {
                let mut s = String::new();
                for f in &failures {
                    s.push_str(&serde_json::to_string(f)?);
                    s.push('\n');
                }
                s
            } else {
                match format {
                    "json" => format!("{}\n", eval::segment_json(&rows)),
                    _ => format!(
                        "{}\n{}{}\nPress cases not split exactly as their gold ({}): {}\n",
                        eval::segment_markdown(&rows),
                        eval::segment_summary(&rows),
                        eval::errata_summary(&rows, &failures, &errata),
                        press_failed.len(),
                        if press_failed.is_empty() {
                            "none".to_string()
                        } else {
                            press_failed.join(", ")
                        }
                    ),
                }
            }
        }
        "align" => {
            let mut cases = eval::align::project_cases(&a.gold)?;
            let mut cases3 = eval::align::project_cases3(&a.gold)?;
            if have_data {
                let natural = eval::align::natural_docs(&a.data)?;
                cases.extend(eval::align::natural_cases(&natural));
                cases3.extend(eval::align::natural_cases3(&natural));
                cases.extend(eval::align::ntrex_cases(&a.data)?);
            }
            if a.tune_only {
                cases.retain(|c| !eval::align::is_reported(&c.set));
                cases3.retain(|c| !eval::align::is_reported(&c.set));
            }
            if a.fit_refusal {
                let natural = eval::align::natural_docs(&a.data)?;
                out.write_all(eval::refusal::fit(&eval::refusal::pairs(&natural)?).as_bytes())?;
                return Ok(0);
            }
            if a.fit {
                out.write_all(eval::fit::fit(&cases)?.as_bytes())?;
                out.write_all(eval::fit::fit3(&cases3)?.as_bytes())?;
                return Ok(0);
            }
            if let Some(dir) = &a.dump {
                eval::align::dump(&cases, dir)?;
                eprintln!(
                    "pressalign: wrote {} cases under {}",
                    cases.len(),
                    dir.display()
                );
            }
            let tests = eval::align::align_cases(&cases)?;
            if let Some(dir) = &a.dump {
                eval::align::dump_own(&cases, &tests, dir)?;
            }
            let mut rows = eval::align::rows(&cases, &tests, "");
            if let (Some(dir), Some(peer)) = (&a.dump, &a.peer) {
                rows.extend(eval::align::score_dumped(&cases, dir, peer)?);
            }
            let (tri_rows, joint_rows) = eval::align::evaluate3(&cases3)?;
            let refusal = if have_data {
                let mut natural = eval::align::natural_docs(&a.data)?;
                if a.tune_only {
                    natural.retain(|d| eval::align::half_name(d.k) == "tune");
                }
                let mut rows = eval::refusal::rows(&eval::refusal::pairs(&natural)?);
                rows.retain(|r| !a.tune_only || r.half == "tune");
                rows
            } else {
                Vec::new()
            };
            rows.extend(joint_rows);
            match format {
                "json" => {
                    let mut v = eval::align_json(&rows);
                    if let Some(list) = v["rows"].as_array_mut() {
                        list.extend(eval::tri_json(&tri_rows));
                    }
                    v["refusal"] = eval::refusal_json(&refusal);
                    format!("{v}\n")
                }
                _ => format!(
                    "{}\nThree-way (exact ko-ja-en bead match):\n\n{}\nRefusal of unrelated documents (natural NTREX, documents with at least 10 segments; logistic document score of `align::refuse`, refused below {}):\n\n{}",
                    eval::align_markdown(&rows),
                    eval::tri_markdown(&tri_rows),
                    pressalign::align::refuse::THRESHOLD,
                    eval::refusal_markdown(&refusal)
                ),
            }
        }
        "numbers" => {
            let (spec, failures) = if have_data {
                eval::numbers::evaluate(&a.data)?
            } else {
                (Vec::new(), Vec::new())
            };
            let (rendered, render_failures) = eval::render::evaluate(a.values, 20);
            let suites = eval::equivalence::evaluate(&a.numbers_gold)?;
            if a.verbose {
                for f in &failures {
                    eprintln!("{}\t{}\twant {}\tgot {}", f.set, f.input, f.expected, f.got);
                }
                for f in &render_failures {
                    eprintln!("{f}");
                }
                for (name, r) in &suites {
                    for f in &r.failures {
                        eprintln!("suite/{name}\t{f}");
                    }
                }
            }
            match format {
                "json" => format!("{}\n", eval::numbers_json(&spec, &rendered, &suites)),
                _ => eval::numbers_markdown(&spec, &rendered, &suites),
            }
        }
        "qa" => return Err(Error::Unsupported(format!("eval {}", a.what)).into()),
        other => bail!("eval: unknown set '{other}' (expected segment, align or numbers)"),
    };
    out.write_all(text.as_bytes())?;
    Ok(0)
}
