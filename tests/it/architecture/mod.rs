//! The layers of `ARCHITECTURE.md`, checked on the source itself: no module imports a module
//! of a higher layer, the egui-free layers never name egui, and no two modules import each
//! other in a loop, in the app and in both library crates. A module is a file; a `mod.rs` or
//! `lib.rs` that declares and re-exports its children does not depend on them, but what a
//! module takes through such a re-export counts as taken from where it is defined.

mod commands;
mod source;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use source::{
    Module, all_cycles, code_only, find_cycle, folders, graph, looping_edges, without_test_modules,
};

/// The app's layers, lowest first, as `ARCHITECTURE.md` lists them, every module by its name
/// (`""` is `lib.rs`): a new module must be placed here (the check fails on a module in no
/// layer), and a name here that is no module fails too, so the table stays the source's.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "plain data",
        &[
            "ui/axis",
            "charts/data",
            "charts/figure_text",
            "charts/labels",
            "compare/canonical",
            "compare/dataset",
            "compare/outcomes",
            "compare/place",
            "compare/targets",
            "compare/timeline",
            "data_view/table",
            "data_view/table_text",
            "storage/error",
            "theme",
            "storage/name",
            "settings/chart_options",
            "settings/export_options",
            "storage/csv",
            "i18n",
            "i18n/errors",
            "i18n/fill",
            "i18n/glossary",
            "i18n/lang",
            "i18n/table",
            "i18n/units",
            "open/imported",
            "platform/dialog_answer",
            "reader/navigation",
            "ui/typography",
            "review/edit",
            "review/history",
            "review/structure",
            "search/data",
        ],
    ),
    (
        "settings and commands",
        &[
            "charts/view",
            "command",
            "window",
            "charts/command",
            "compare/command",
            "data_view/command",
            "export/command",
            "open/command",
            "reader/command",
            "review/command",
            "search/command",
            "event",
            "notice",
            "compare/library",
            "compare/shelf",
            "data_view/state",
            "review/state",
            "search/state",
            "settings",
            "storage",
        ],
    ),
    (
        "features",
        &[
            "charts",
            "charts/apply",
            "charts/bars_ui",
            "charts/figure_ui",
            "charts/figure_view",
            "charts/keyboard_ui",
            "charts/panel_ui",
            "charts/words_ui",
            "compare",
            "compare/apply",
            "compare/chart_ui",
            "compare/compare_ui",
            "compare/files",
            "compare/state",
            "compare/table_ui",
            "compare/targets_ui",
            "compare/timeline_ui",
            "data_view",
            "data_view/apply",
            "data_view/csv_file",
            "data_view/table_ui",
            "data_view/waiting_ui",
            "export",
            "export/apply",
            "export/bar_ui",
            "export/file",
            "export/notice_ui",
            "export/offscreen",
            "export/pixels",
            "export/render",
            "export/session",
            "export/session/batch",
            "export/session/comparison",
            "export/session/dialog",
            "export/session/state",
            "export/svg",
            "open",
            "open/apply",
            "open/dialogs",
            "open/error_ui",
            "open/folder_import",
            "open/folder_job",
            "open/import_job",
            "open/import_ui",
            "open/state",
            "platform",
            "platform/crash",
            "platform/file_dialog",
            "platform/fonts",
            "platform/logging",
            "platform/startup",
            "reader",
            "reader/apply",
            "reader/highlight",
            "reader/masthead_ui",
            "reader/paragraph",
            "reader/reader_ui",
            "reader/selection_ui",
            "reader/toc_ui",
            "review",
            "review/apply",
            "review/autosave",
            "review/editor_ui",
            "review/report_file",
            "review/review_ui",
            "search",
            "search/apply",
            "search/hits_ui",
            "shortcuts",
            "shortcuts/overlay_ui",
            "ui",
            "ui/a11y",
            "ui/drawn",
            "ui/grip",
            "ui/indicator_card",
            "ui/palette",
            "ui/strings",
            "ui/style",
        ],
    ),
    (
        "shell",
        &[
            "app",
            "app/compare",
            "app/doc",
            "app/focus",
            "app/focus_state",
            "app/frame",
            "app/keys",
            "app/kept",
            "app/open",
            "app/route",
            "app/settings_file",
            "app/side_tabs_ui",
            "app/toolbar_ui",
            "app/unsaved",
            "cli",
            "cli/batch",
            "cli/dataset",
            "cli/export",
            "cli/import",
            "cli/lang",
            "cli/report_file",
            "",
            "main",
        ],
    ),
];

/// Layers below this index must not name egui or anything built on it.
const EGUI_FREE_LAYERS: usize = 2;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn layer(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
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
fn every_module_is_placed_once_and_every_place_is_a_module() {
    let (all, _) = graph(&root().join("src"));
    let mut placed = BTreeSet::new();
    for (_, modules) in LAYERS {
        for m in *modules {
            assert!(placed.insert(*m), "{m} is placed twice");
            assert!(all.contains_key(*m), "{m} is in LAYERS but no module");
        }
    }
    for m in all.keys() {
        layer(m);
    }
}

/// One keymap: a key is named, and read from egui's input, only in the table
/// (`shortcuts`); everywhere else a key is an `Action` of it. Code only: comments, strings and
/// tests are not read.
#[test]
fn every_key_is_handled_through_the_one_table() {
    const READS_A_KEY: &[&str] = &[
        "Key::",
        "consume_key",
        "key_pressed",
        "key_down",
        "key_released",
        "num_presses",
        "consume_shortcut",
        "KeyboardShortcut",
    ];
    let (all, _) = graph(&root().join("src"));
    let wrong: Vec<String> = all
        .iter()
        .filter(|(m, _)| m.as_str() != "shortcuts")
        .flat_map(|(m, code)| {
            READS_A_KEY
                .iter()
                .filter(|w| code.contains(**w))
                .map(move |w| format!("{m}: {w}"))
        })
        .collect();
    assert!(wrong.is_empty(), "keys read outside the table: {wrong:#?}");
    // The check reads what it must: the table itself names keys.
    assert!(all["shortcuts"].contains("Key::F6"));
}

/// Functions short enough to read at once: none over this many lines, outside tests.
const LONGEST_FUNCTION: usize = 80;

/// The functions of `code` longer than `limit` lines, as `name (lines)`: a `fn` line, to the
/// line that closes it at the same indentation (rustfmt's layout).
fn long_functions(code: &str, limit: usize) -> Vec<String> {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let line = lines[k];
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let after_vis = trimmed
            .strip_prefix("pub ")
            .or_else(|| trimmed.strip_prefix("pub(crate) "))
            .or_else(|| trimmed.strip_prefix("pub(super) "))
            .unwrap_or(trimmed);
        let after_const = after_vis.strip_prefix("const ").unwrap_or(after_vis);
        let Some(rest) = after_const.strip_prefix("fn ") else {
            k += 1;
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        // A declaration without a body (in a trait) ends with `;` before any `{`.
        let Some(open) =
            (k..lines.len()).find(|&j| lines[j].contains('{') || lines[j].ends_with(';'))
        else {
            break;
        };
        if !lines[open].contains('{') || lines[open].trim_end().ends_with('}') {
            k = open + 1;
            continue;
        }
        let close = (open + 1..lines.len())
            .find(|&e| {
                let l = lines[e];
                l.len() - l.trim_start().len() == indent && l.trim_start().starts_with('}')
            })
            .unwrap_or(lines.len() - 1);
        if close - k + 1 > limit {
            out.push(format!("{name} ({})", close - k + 1));
        }
        k = close + 1;
    }
    out
}

#[test]
fn no_function_is_longer_than_can_be_read_at_once() {
    let mut long = Vec::new();
    for dir in ["src", "crates/report/src", "crates/import/src"] {
        let (all, _) = graph(&root().join(dir));
        for (module, code) in &all {
            for f in long_functions(code, LONGEST_FUNCTION) {
                long.push(format!("{dir}/{module}: {f}"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {LONGEST_FUNCTION} lines: {long:#?}"
    );
    // The check measures: a planted function of 90 lines is found, one of 10 is not.
    let planted = |n: usize| format!("fn planted() {{\n{}}}\n", "    let a = 1;\n".repeat(n - 2));
    assert_eq!(
        long_functions(&planted(90), LONGEST_FUNCTION),
        ["planted (90)"]
    );
    assert!(long_functions(&planted(10), LONGEST_FUNCTION).is_empty());
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
    let mut loops = Vec::new();
    for dir in ["src", "crates/report/src", "crates/import/src"] {
        let (_, edges) = graph(&root().join(dir));
        assert!(edges.len() > 5, "{dir}: too few modules read");
        loops.extend(
            all_cycles(&edges)
                .into_iter()
                .map(|c| format!("{dir}: {}", c.join(" → "))),
        );
    }
    assert!(loops.is_empty(), "modules in a loop:\n{}", loops.join("\n"));
}

/// The top-level parts of `src/` (the feature folders, `ui`, `settings`, `app` …) form no loop
/// either: each feature takes only from the parts below it. Panels push their commands into
/// any type that can hold them (`C: From<ReaderCommand>`), so no feature names the root
/// `Command` that wraps them all, and a feature asks another only for what sits below it.
#[test]
fn no_loop_between_the_top_level_parts() {
    let (_, edges) = graph(&root().join("src"));
    let parts = folders(&edges);
    assert!(parts.len() > 10, "too few parts read: {parts:?}");
    let looping = looping_edges(&parts);
    assert!(
        looping.is_empty(),
        "parts of src/ that import each other in a loop: {looping:#?}\nloops: {:#?}",
        all_cycles(&parts)
    );
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
    // The real graph: settings takes the language from i18n/lang (through i18n's re-export),
    // export's command from settings/export_options.
    let (_, real) = graph(&root().join("src"));
    assert!(
        real["settings"].contains("i18n/lang"),
        "{:?}",
        real["settings"]
    );
    // Every edge is followed: the crate root to what it re-exports, a parent to the child it
    // calls by its bare name, and a loop between a parent and its child is seen.
    let (_, import) = graph(&root().join("crates/import/src"));
    assert!(import[""].contains("import"), "{:?}", import[""]);
    assert!(
        real["export"].contains("export/render"),
        "{:?}",
        real["export"]
    );
    let cli = &real["cli"];
    assert!(
        cli.contains("cli/lang") && cli.contains("cli/import"),
        "{cli:?}"
    );
    let mut planted = real.clone();
    planted
        .entry("cli/lang".into())
        .or_default()
        .insert("cli".into());
    assert!(find_cycle(&planted).is_some());
    // A panel naming the root command again would close a loop between parts (the root
    // wraps every feature's enum), though no two modules then import each other.
    assert!(looping_edges(&folders(&real)).is_empty());
    let mut planted = real.clone();
    planted
        .entry("search/hits_ui".into())
        .or_default()
        .insert("command".into());
    assert!(find_cycle(&planted).is_none());
    assert!(
        looping_edges(&folders(&planted)).contains("search → command"),
        "{:?}",
        looping_edges(&folders(&planted))
    );
    assert!(
        real["export/command"].contains("settings/export_options"),
        "{:?}",
        real["export/command"]
    );
    assert!(
        real["command"].contains("review/command"),
        "{:?}",
        real["command"]
    );
    // `crate::Command` goes through lib.rs's re-export to where it is defined.
    assert!(
        real["app/frame"].contains("command"),
        "{:?}",
        real["app/frame"]
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
