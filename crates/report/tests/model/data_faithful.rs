//! The data in `assets/` against its source: every number in the report JSON appears in the OCR
//! seed, and the format documentation's example is a valid report.

use jiedu_report::Report;

const REPORT: &str = include_str!("../../../../assets/report.json");

fn seed() -> Option<String> {
    let path = std::env::var("JIEDU_SEED").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/seed/000_b52cd06e535bac59.txt"
        )
        .to_owned()
    });
    let text = std::fs::read_to_string(&path).ok();
    // In CI a missing source is a failure: the comparison must not silently stop running.
    assert!(
        text.is_some() || std::env::var_os("CI").is_none(),
        "{path} is missing: the fidelity test needs the seed"
    );
    text
}

/// Runs of digits (with a decimal point) in `text`.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '.' && !current.is_empty()) {
            current.push(c);
        } else if !current.is_empty() {
            out.push(current.trim_end_matches('.').to_owned());
            current.clear();
        }
    }
    out
}

#[test]
fn every_number_in_the_report_is_in_the_seed() {
    let Some(seed) = seed() else {
        eprintln!("seed text not found (set JIEDU_SEED); skipping the comparison");
        return;
    };
    // Line breaks of the page split some numbers with a space ("10 万吨"); remove them.
    let seed: String = seed.chars().filter(|c| *c != ' ' && *c != '\n').collect();
    let value: serde_json::Value = serde_json::from_str(REPORT).expect("JSON");
    let mut missing = Vec::new();
    let mut checked = 0;
    let mut walk = vec![(String::new(), &value)];
    while let Some((path, v)) = walk.pop() {
        match v {
            serde_json::Value::String(s) => {
                for n in numbers(s) {
                    checked += 1;
                    if !seed.contains(&n) {
                        missing.push(format!("{path}: {n}"));
                    }
                }
            }
            serde_json::Value::Number(n) if path != "format_version" => {
                checked += 1;
                let text = n.to_string();
                let text = text.strip_suffix(".0").unwrap_or(&text);
                if !seed.contains(text) {
                    missing.push(format!("{path}: {text}"));
                }
            }
            serde_json::Value::Array(items) => {
                walk.extend(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (format!("{path}[{i}]"), v)),
                );
            }
            serde_json::Value::Object(map) => {
                walk.extend(map.iter().map(|(k, v)| {
                    (
                        if path.is_empty() {
                            k.clone()
                        } else {
                            format!("{path}.{k}")
                        },
                        v,
                    )
                }));
            }
            _ => {}
        }
    }
    assert!(checked > 200, "only {checked} numbers checked");
    assert!(missing.is_empty(), "not in the seed: {missing:#?}");
}

#[test]
fn every_paragraph_is_seed_text() {
    let Some(seed) = seed() else {
        eprintln!("seed text not found (set JIEDU_SEED); skipping the comparison");
        return;
    };
    let seed: String = seed.chars().filter(|c| *c != ' ' && *c != '\n').collect();
    let report = Report::embedded().expect("loads");
    // A rejoined paragraph is a few long runs of seed text (one per piece that OCR put
    // elsewhere). Cut each paragraph greedily into the longest runs found in the seed: a typo or
    // an invented word would show up as a short run.
    for chapter in &report.chapters {
        for section in &chapter.sections {
            for paragraph in &section.paragraphs {
                let pieces = seed_runs(&seed, paragraph);
                let short: Vec<&String> = pieces[..pieces.len() - 1]
                    .iter()
                    .filter(|p| p.chars().count() < 4)
                    .collect();
                assert!(
                    short.is_empty(),
                    "{}: short runs {short:?} in {pieces:?}",
                    section.id
                );
                assert!(pieces.len() <= 5, "{}: {pieces:?}", section.id);
            }
        }
    }
}

/// Greedy cut of `text` into the longest prefixes that occur in `seed`.
fn seed_runs(seed: &str, text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut runs = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut end = start + 1;
        while end < chars.len() && seed.contains(&chars[start..=end].iter().collect::<String>()) {
            end += 1;
        }
        runs.push(chars[start..end].iter().collect());
        start = end;
    }
    runs
}

#[test]
fn the_documented_example_is_a_valid_report() {
    let doc = include_str!("../../../../docs/report-format.md");
    let start = doc.find("```json\n").expect("example block") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("block end");
    let report = Report::from_json(&doc[start..end]).expect("the example validates");
    assert_eq!(report.indicators.len(), 2);
}
