//! Accuracy floors: runs the fast evaluations (`eval segment`, `eval align`, `eval numbers`) and fails when a figure drops below
//! its floor in `tests/floors.json` (each floor = the value measured when it was set, minus 0.01; the refusal
//! shares are set to what was measured, since 0.01 of 1,548 crossed pairs would hide 15 accepted ones). Floors only
//! move in a commit that says why; `PRESSALIGN_BLESS_FLOORS=1 cargo test --test floors` rewrites the file from
//! the current figures for review. Under `CI=true` the third-party sets of `../shared/data` must be present.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;

fn figures() -> BTreeMap<String, f64> {
    let data = shared_data();
    let mut out = BTreeMap::new();
    for (what, keys) in [
        ("segment", &["f1", "exact_match"][..]),
        ("align", &["f1_strict", "f1_lax"][..]),
        ("numbers", &["pass_rate"][..]),
    ] {
        let mut args = vec!["eval", what, "--format", "json"];
        let data_arg;
        if let Some(d) = &data {
            data_arg = d.display().to_string();
            args.extend(["--data", data_arg.as_str()]);
        }
        let o = run(&args);
        assert_eq!(code(&o), 0, "eval {what}: {}", stderr(&o));
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        for row in v["rows"].as_array().unwrap() {
            let name = match what {
                "numbers" => format!("numbers:{}", row["set"].as_str().unwrap()),
                "segment" => format!(
                    "segment:{}:{}",
                    row["set"].as_str().unwrap(),
                    row["lang"].as_str().unwrap()
                ),
                _ => format!(
                    "align:{}:{}",
                    row["set"].as_str().unwrap(),
                    row["pair"].as_str().unwrap()
                ),
            };
            for k in keys {
                out.insert(format!("{name}:{k}"), row[*k].as_f64().unwrap());
            }
        }
        for row in v["refusal"].as_array().into_iter().flatten() {
            for k in ["negatives_refused_share", "positives_kept_share"] {
                let name = format!("refusal:{}:{k}", row["half"].as_str().unwrap());
                out.insert(name, row[k].as_f64().unwrap());
            }
        }
    }
    out
}

#[test]
fn accuracy_stays_at_or_above_the_committed_floors() {
    let got = figures();
    let path = root().join("tests/floors.json");
    if std::env::var_os("PRESSALIGN_BLESS_FLOORS").is_some() {
        let floors: BTreeMap<&String, f64> = got
            .iter()
            .map(|(k, v)| (k, ((v - 0.01).max(0.0) * 1000.0).floor() / 1000.0))
            .collect();
        std::fs::write(&path, serde_json::to_string_pretty(&floors).unwrap() + "\n").unwrap();
        return;
    }
    let floors: BTreeMap<String, f64> =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let mut below = Vec::new();
    for (k, floor) in &floors {
        match got.get(k) {
            Some(v) if v + 1e-9 >= *floor => {}
            Some(v) => below.push(format!("{k}: {v:.4} < floor {floor:.3}")),
            None if k.contains(":tests/gold:")
                || k.contains(":render/")
                || k.contains(":suite/")
                || in_ci() =>
            {
                below.push(format!("{k}: figure missing"))
            }
            None => eprintln!("skipping floor {k}: its data is not here"),
        }
    }
    for (k, v) in &got {
        eprintln!("{k} = {v:.4}");
    }
    assert!(
        below.is_empty(),
        "figures below their floors:\n{}",
        below.join("\n")
    );
}
