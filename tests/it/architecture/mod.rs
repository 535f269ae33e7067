//! The layers of `ARCHITECTURE.md`, checked on the source itself: no module imports a module
//! of a higher layer, the egui-free layers never name egui, and no two modules import each
//! other in a loop, in the app and in both library crates. A module is a file; a `mod.rs` or
//! `lib.rs` that declares and re-exports its children does not depend on them, but what a
//! module takes through such a re-export counts as taken from where it is defined.

mod source;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use source::{Module, code_only, find_cycle, graph, without_test_modules};

/// The app's layers, lowest first, as `ARCHITECTURE.md` lists them: a module belongs to the
/// first layer with a pattern that matches it (`*` is one path segment; `x/**` is `x` and everything in it). A new
/// module must be placed here: the check fails on a module in no layer.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "plain data",
        &[
            "i18n",
            "i18n/**",
            "*/data",
            "charts/labels",
            "charts/axis",
            "charts/figure_text",
            "compare/canonical",
            "compare/place",
            "compare/targets",
            "compare/outcomes",
            "compare/dataset",
            "data_view/table",
            "data_view/table_text",
            "reader/navigation",
            "reader/typography",
            "export/options",
            "export/name",
            "export/error",
            "open/imported",
            "review/history",
            "review/edit",
            "review/structure",
        ],
    ),
    (
        "settings and commands",
        &[
            "settings",
            "storage",
            "command",
            "search/state",
            "data_view/state",
            "charts/view",
            "compare/library",
        ],
    ),
    (
        "features",
        &[
            "platform/**",
            "ui/**",
            "reader/**",
            "charts/**",
            "search/**",
            "data_view/**",
            "open/**",
            "review/**",
            "shortcuts/**",
            "export/**",
            "compare/**",
        ],
    ),
    ("shell", &["app", "app/**", "cli", "cli/**", "", "main"]),
];

/// Layers below this index must not name egui or anything built on it.
const EGUI_FREE_LAYERS: usize = 2;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn matches(pattern: &str, module: &str) -> bool {
    if let Some(prefix) = pattern.strip_suffix("/**") {
        return module == prefix || module.starts_with(&format!("{prefix}/"));
    }
    let (p, m): (Vec<&str>, Vec<&str>) =
        (pattern.split('/').collect(), module.split('/').collect());
    p.len() == m.len() && p.iter().zip(&m).all(|(p, m)| *p == "*" || p == m)
}

fn layer(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|(_, patterns)| patterns.iter().any(|p| matches(p, module)))
        .unwrap_or_else(|| panic!("module {module} is in no layer: add it to LAYERS"))
}

fn names_egui(code: &str) -> bool {
    code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|w| {
            matches!(
                w,
                "egui" | "eframe" | "egui_plot" | "egui_extras" | "rfd" | "egui_kittest"
            )
        })
}

#[test]
fn no_module_takes_from_a_layer_above_it() {
    let (_, edges) = graph(&root().join("src"));
    let mut wrong = Vec::new();
    for (module, targets) in &edges {
        for target in targets {
            if layer(target) > layer(module) {
                wrong.push(format!(
                    "{module} ({}) uses {target} ({})",
                    LAYERS[layer(module)].0,
                    LAYERS[layer(target)].0
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that run up the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_egui_free_layers_name_no_egui() {
    let (all, _) = graph(&root().join("src"));
    let wrong: Vec<&Module> = all
        .iter()
        .filter(|(m, code)| layer(m) < EGUI_FREE_LAYERS && names_egui(code))
        .map(|(m, _)| m)
        .collect();
    assert!(wrong.is_empty(), "egui in an egui-free module: {wrong:?}");
}

#[test]
fn no_modules_import_each_other_in_a_loop() {
    for dir in ["src", "crates/report/src", "crates/import/src"] {
        let (_, edges) = graph(&root().join(dir));
        assert!(edges.len() > 5, "{dir}: too few modules read");
        assert_eq!(find_cycle(&edges), None, "{dir}: modules in a loop");
    }
}

#[test]
fn the_checker_sees_what_it_checks() {
    // Planted loop and planted upward import, in a copy of the rules' input.
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    edges.entry("a".into()).or_default().insert("b".into());
    edges.entry("b".into()).or_default().insert("c".into());
    edges.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        find_cycle(&edges),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    // The real graph: settings takes from i18n (Lang), command from export/options.
    let (_, real) = graph(&root().join("src"));
    assert!(real["settings"].contains("i18n"), "{:?}", real["settings"]);
    assert!(
        real["command"].contains("export/options"),
        "{:?}",
        real["command"]
    );
    // `crate::Command` goes through lib.rs's re-export to where it is defined.
    assert!(
        real["charts/panel_ui"].contains("command"),
        "{:?}",
        real["charts/panel_ui"]
    );
    assert!(names_egui(&code_only("use egui::Ui;\n")));
    let tests_then_code =
        "use a;\n#[cfg(test)]\nmod tests {\n    fn f() { use crate::x; }\n}\nuse crate::y;\n";
    assert_eq!(
        without_test_modules(tests_then_code),
        "use a;\n\nuse crate::y;\n"
    );
    assert!(!names_egui(&code_only(
        "// egui in a comment\nlet s = \"egui\";\n"
    )));
    assert_eq!(layer("charts/data"), 0);
    assert_eq!(layer("data_view/state"), 1);
    assert_eq!(layer("charts/figure_ui"), 2);
    assert_eq!(layer("app/frame"), 3);
}
