//! The source read as a graph of modules: which file takes from which, through `use` paths,
//! paths written inline and `pub use` re-exports. Text only (no compiler), so it is quick and
//! has no dependency; comments, strings and inline test modules are left out first.

#![allow(clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path below its crate root, `charts/data` for `src/charts/data.rs`, `""` for the
/// root.
pub type Module = String;

/// Every `.rs` file under `dir`, by module path, with its code (comments and strings removed).
pub fn modules(dir: &Path) -> BTreeMap<Module, String> {
    fn walk(dir: &Path, base: &Path, out: &mut BTreeMap<Module, String>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("read source folder")
            .map(|e| e.expect("folder entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, base, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(base).expect("below base");
                let rel = rel.with_extension("").to_string_lossy().replace('\\', "/");
                let module = match rel.rsplit_once('/') {
                    Some((folder, "mod")) => folder.to_owned(),
                    None if rel == "lib" => String::new(),
                    _ => rel,
                };
                // Test-only files and inline test modules are not what the module depends on.
                if module.ends_with("tests") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("read source file");
                out.insert(module, without_test_modules(&code_only(&text)));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The code without inline `#[cfg(test)] mod … { … }` blocks, wherever they are in the file.
pub fn without_test_modules(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        let after = &rest[at..];
        let line_end = after.find('\n').map_or(after.len(), |i| i + 1);
        let next = after[line_end..].lines().next().unwrap_or("");
        out.push_str(&rest[..at]);
        if next.contains("mod ") && next.trim_end().ends_with('{') {
            let open = line_end + next.len();
            let mut depth = 0;
            let mut end = after.len();
            for (i, c) in after[open - 1..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = open - 1 + i + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            rest = &after[end..];
        } else {
            out.push_str(&after[..line_end]);
            rest = &after[line_end..];
        }
    }
    out.push_str(rest);
    out
}

/// The text without comments and string or char literals, so that a word in a doc comment or
/// a message is not taken for a dependency.
pub fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            // A raw string with hashes (`r#"…"#`), which may hold quotes.
            'r' if chars.clone().take(2).collect::<String>() == "#\"" => {
                chars.nth(1);
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '"' && c == '#' {
                        break;
                    }
                    last = c;
                }
                out.push_str("\"\"");
            }
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                out.push_str("\"\"");
            }
            // A char literal (`'"'`, `'\\''`), not a lifetime (`'a`).
            '\'' => {
                let ahead: String = chars.clone().take(10).collect();
                let len = if ahead.starts_with('\\') {
                    ahead.find('\'').map(|i| i + 1)
                } else {
                    ahead
                        .char_indices()
                        .nth(1)
                        .filter(|(_, c)| *c == '\'')
                        .map(|(i, _)| i + 1)
                };
                match len {
                    Some(n) => {
                        let n = ahead[..n].chars().count();
                        chars.nth(n - 1);
                        out.push_str("' '");
                    }
                    None => out.push(c),
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Every path a module names that starts at `crate`, `super` or `self`, with `use` groups
/// (`use crate::{a::B, c}`) spelled out, as segments.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let is_word_start =
            at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let tail = &rest[at + 4..];
        let end = tail.find(';').unwrap_or(tail.len());
        if is_word_start {
            expand("", tail[..end].trim(), &mut out);
        }
        rest = &tail[end..];
    }
    // Paths written inline, outside `use` (`crate::platform::fonts::install(ctx)`).
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .filter(|w| w.starts_with("crate::") || w.starts_with("super::") || w.starts_with("self::"))
        .collect();
    // A group's head (`super::` of `use super::{a, b}`) names no module: the `use` read it.
    out.extend(
        words
            .iter()
            .filter(|w| !w.ends_with("::"))
            .map(|w| segments(w)),
    );
    out.retain(|p| {
        matches!(
            p.first().map(String::as_str),
            Some("crate" | "super" | "self")
        )
    });
    out
}

fn segments(path: &str) -> Vec<String> {
    path.split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.split_whitespace().next().unwrap_or(s).to_owned())
        .collect()
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(prefix: &str, tree: &str, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        out.push(segments(&format!("{prefix}{tree}")));
        return;
    };
    let head = format!("{prefix}{}", &tree[..open]);
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                expand(&head, &inner[start..i], out);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !inner[start..].trim().is_empty() {
        expand(&head, &inner[start..], out);
    }
}

fn parent(module: &str) -> Module {
    module
        .rsplit_once('/')
        .map_or(String::new(), |(p, _)| p.to_owned())
}

fn child(module: &str, name: &str) -> Module {
    if module.is_empty() {
        name.to_owned()
    } else {
        format!("{module}/{name}")
    }
}

/// The module a path lands in: the deepest module it names, following `pub use` re-exports.
fn resolve(
    from: &str,
    path: &[String],
    all: &BTreeMap<Module, String>,
    reexports: &BTreeMap<Module, BTreeMap<String, Vec<String>>>,
    depth: usize,
) -> Option<Module> {
    let mut at = match path[0].as_str() {
        "extern" => return None,
        "crate" => String::new(),
        "super" => parent(from),
        _ => from.to_owned(),
    };
    let mut rest = &path[1..];
    while rest.first().is_some_and(|s| s == "super") {
        at = parent(&at);
        rest = &rest[1..];
    }
    for (i, seg) in rest.iter().enumerate() {
        let next = child(&at, seg);
        if all.contains_key(&next) {
            at = next;
        } else if let Some(target) = reexports.get(&at).and_then(|r| r.get(seg)) {
            if depth < 8 {
                let mut full = target.clone();
                full.extend(rest[i + 1..].iter().cloned());
                return resolve(&at, &full, all, reexports, depth + 1);
            }
        } else {
            break;
        }
    }
    Some(at)
}

/// For each module, what it re-exports (`pub use a::B;`): the name and the path it stands for.
fn reexports(all: &BTreeMap<Module, String>) -> BTreeMap<Module, BTreeMap<String, Vec<String>>> {
    let mut out = BTreeMap::new();
    for (module, code) in all {
        let mut names = BTreeMap::new();
        for stmt in code.split(';') {
            if let Some(tree) = stmt.trim().strip_prefix("pub use ") {
                let mut paths = Vec::new();
                expand("", tree, &mut paths);
                for p in paths {
                    let alias = tree.split(" as ").nth(1).map(|a| a.trim().to_owned());
                    if let Some(last) = alias.as_ref().or(p.last()) {
                        let mut p = p.clone();
                        let local = all.contains_key(&child(module, &p[0]));
                        if local {
                            p.insert(0, "self".to_owned());
                        } else if !matches!(p[0].as_str(), "crate" | "super" | "self") {
                            // Another crate (`pub use jiedu_report as report`): no module here.
                            p = vec!["extern".to_owned()];
                        }
                        names.insert(last.clone(), p);
                    }
                }
            }
        }
        out.insert(module.clone(), names);
    }
    out
}

/// Paths that start at a child module by its bare name (`figures::find(..)`, `pub use
/// scan::Figure`), as `self::…` paths: a parent that calls or re-exports its child uses it.
fn child_paths(module: &str, code: &str, all: &BTreeMap<Module, String>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let tail = &rest[at + 4..];
        let end = tail.find(';').unwrap_or(tail.len());
        expand("self::", tail[..end].trim(), &mut out);
        rest = &tail[end..];
    }
    out.extend(
        code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .filter(|w| w.contains("::"))
            .map(|w| {
                let mut p = segments(w);
                p.insert(0, "self".to_owned());
                p
            }),
    );
    out.retain(|p| p.len() > 2 && all.contains_key(&child(module, &p[1])));
    out
}

/// Which module takes from which, every edge followed: from the crate root and from a parent
/// to its child too (a `mod.rs` that calls or re-exports a child uses it). Declaring a child
/// (`mod x;`) is not an edge.
pub fn graph(dir: &Path) -> (BTreeMap<Module, String>, BTreeMap<Module, BTreeSet<Module>>) {
    let all = modules(dir);
    let re = reexports(&all);
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, code) in &all {
        let targets = edges.entry(module.clone()).or_default();
        for path in paths(code)
            .into_iter()
            .chain(child_paths(module, code, &all))
        {
            let Some(target) = resolve(module, &path, &all, &re, 0) else {
                continue;
            };
            if target != *module {
                targets.insert(target);
            }
        }
    }
    (all, edges)
}

/// The graph between the top-level parts (`charts/bars_ui` is part of `charts`; the crate
/// root is left out, as it only declares the parts).
pub fn folders(edges: &BTreeMap<Module, BTreeSet<Module>>) -> BTreeMap<Module, BTreeSet<Module>> {
    let top = |m: &str| m.split('/').next().unwrap_or(m).to_owned();
    let mut out: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (from, targets) in edges.iter().filter(|(m, _)| !m.is_empty()) {
        let entry = out.entry(top(from)).or_default();
        for to in targets
            .iter()
            .filter(|t| !t.is_empty() && top(t) != top(from))
        {
            entry.insert(top(to));
        }
    }
    out
}

/// Every edge that lies on a loop (`a → b` where `b` leads back to `a`), as `"a → b"`.
pub fn looping_edges(edges: &BTreeMap<Module, BTreeSet<Module>>) -> BTreeSet<String> {
    let reaches = |from: &Module, to: &Module| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(m) = todo.pop() {
            if m == *to {
                return true;
            }
            if seen.insert(m.clone()) {
                todo.extend(edges.get(&m).into_iter().flatten().cloned());
            }
        }
        false
    };
    let mut out = BTreeSet::new();
    for (from, targets) in edges {
        for to in targets.iter().filter(|to| reaches(to, from)) {
            out.insert(format!("{from} → {to}"));
        }
    }
    out
}

/// Every pair of parts that depend on each other, directly or through others: each loop found,
/// its edges taken out, until none is left.
pub fn all_cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    let mut edges = edges.clone();
    let mut out = Vec::new();
    while let Some(cycle) = find_cycle(&edges) {
        for pair in cycle.windows(2) {
            if let Some(t) = edges.get_mut(&pair[0]) {
                t.remove(&pair[1]);
            }
        }
        out.push(cycle);
    }
    out
}

/// A loop of modules, if any: depth-first search for an edge back to the path being walked.
pub fn find_cycle(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<Module>> {
    fn visit(
        m: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        state: &mut BTreeMap<Module, u8>,
        stack: &mut Vec<Module>,
    ) -> Option<Vec<Module>> {
        state.insert(m.clone(), 1);
        stack.push(m.clone());
        for next in edges.get(m).into_iter().flatten() {
            match state.get(next) {
                Some(1) => {
                    let from = stack.iter().position(|s| s == next).unwrap_or(0);
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(next, edges, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(m.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in edges.keys() {
        if !state.contains_key(m) {
            let mut stack = Vec::new();
            if let Some(c) = visit(m, edges, &mut state, &mut stack) {
                return Some(c);
            }
        }
    }
    None
}
