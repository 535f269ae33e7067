//! Each feature owns its commands and applies them in its own folder: an arm of a `match` on a
//! feature's enum (`ReaderCommand::GoTo(at) =>`) is only in that feature's folder. The app
//! only routes (`Command::Reader(c) => …`) and does what a feature hands back. The window's
//! own commands (`WindowCommand`, a root file, not a folder) are the shell's.

use super::root;
use super::source::graph;

/// The features' command enums and the folder each is in, read from the root's re-exports
/// (`pub use crate::reader::command::ReaderCommand;`).
fn feature_commands(root_code: &str) -> Vec<(String, String)> {
    root_code
        .lines()
        .filter_map(|line| {
            let path = line
                .trim()
                .strip_prefix("pub use crate::")?
                .strip_suffix(';')?;
            let mut parts = path.split("::");
            let (folder, module, name) = (parts.next()?, parts.next()?, parts.next()?);
            (module == "command").then(|| (name.to_owned(), folder.to_owned()))
        })
        .collect()
}

/// Skips a run of balanced brackets at the start of `s` (none: `s` as it is).
fn after_brackets(s: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '{' | '[' => depth += 1,
            ')' | '}' | ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => return &s[i..],
            _ => {}
        }
        if depth == 0 {
            return &s[i + c.len_utf8()..];
        }
    }
    ""
}

/// Whether the pattern that ends at the start of `rest` is an arm's: `=>` or a guard follows,
/// or further alternatives (`| …`) that end in `=>` before a statement, a block or an
/// argument ends (`matches!(c, A | B);` holds back, it does not apply).
fn ends_an_arm(rest: &str) -> bool {
    // The pattern may sit inside another (`Some(ReaderCommand::GoTo(at)) =>`).
    let rest = rest.trim_start_matches(|c: char| c == ')' || c.is_whitespace());
    if rest.starts_with("=>") || rest.starts_with("if ") {
        return true;
    }
    if !rest.starts_with('|') || rest.starts_with("||") {
        return false;
    }
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            // Closing a pattern the alternatives sit in.
            ')' | ']' if depth == 0 => {}
            ')' | ']' => depth -= 1,
            ';' | '{' | ',' if depth == 0 => return false,
            '=' if depth == 0 && rest[i..].starts_with("=>") => return true,
            _ => {}
        }
    }
    false
}

/// The arms of `code` that match a variant of `name`, as `name::Variant`.
fn arms_of(code: &str, name: &str) -> Vec<String> {
    let needle = format!("{name}::");
    let mut found = Vec::new();
    for (at, _) in code.match_indices(&needle) {
        // `XReaderCommand::` is another name.
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[at + needle.len()..];
        let variant: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if ends_an_arm(after_brackets(&rest[variant.len()..])) {
            found.push(format!("{name}::{variant}"));
        }
    }
    found
}

#[test]
fn every_feature_applies_its_own_commands_in_its_folder() {
    let (all, _) = graph(&root().join("src"));
    let features = feature_commands(&all["command"]);
    assert!(features.len() >= 8, "too few enums read: {features:?}");
    let mut wrong = Vec::new();
    for (module, code) in &all {
        for (name, folder) in &features {
            if module.split('/').next() == Some(folder.as_str()) {
                continue;
            }
            for arm in arms_of(code, name) {
                wrong.push(format!("{module}: {arm}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a feature's commands applied outside its folder: {wrong:#?}"
    );
    // The check reads what it must: each feature's folder has its arms.
    for (name, folder) in &features {
        let arms: usize = all
            .iter()
            .filter(|(m, _)| m.split('/').next() == Some(folder.as_str()))
            .map(|(_, code)| arms_of(code, name).len())
            .sum();
        assert!(arms > 0, "{name}: no arm in {folder}/");
    }
}

#[test]
fn an_arm_is_told_from_a_command_made_or_held_back() {
    let arms = |code: &str| arms_of(code, "ReaderCommand");
    assert_eq!(
        arms("match c { ReaderCommand::GoTo(at) => go(at), }"),
        ["ReaderCommand::GoTo"]
    );
    assert_eq!(
        arms("ReaderCommand::ToggleToc if shown => {}"),
        ["ReaderCommand::ToggleToc"]
    );
    assert_eq!(
        arms("ReaderCommand::NextSection\n | ReaderCommand::PrevSection(a, b) => step()"),
        ["ReaderCommand::NextSection", "ReaderCommand::PrevSection"]
    );
    // Made, not matched: pushed, returned, held back by `matches!`.
    assert!(arms("commands.push(ReaderCommand::GoTo(at).into());").is_empty());
    assert_eq!(
        arms("Some(ReaderCommand::ShowSource(i)) => {}"),
        ["ReaderCommand::ShowSource"]
    );
    assert!(arms("matches!(c, Command::Reader(ReaderCommand::ScrolledTo(_)))").is_empty());
    assert!(arms("let a = matches!(c, X(ReaderCommand::A | ReaderCommand::B));").is_empty());
    assert!(arms("let a = ReaderCommand::GoTo(at) || b;").is_empty());
    assert!(arms("XReaderCommand::GoTo(at) => {}").is_empty());
}
