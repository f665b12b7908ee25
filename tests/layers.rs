//! The layering `src/lib.rs` states, checked on the sources: no two modules of `src/` or
//! `emulator/src/` import each other directly or through a circle, no module imports
//! from a layer above its own (the model and the store import nothing from the engine,
//! the operations or the CLI), only the store knows SQLite, the CLI reaches the store only
//! through the operations, and only the settings read the environment.
//!
//! A module is a file. An import is any path that names another module: `use` trees,
//! inline `crate::`/`super::`/`self::` paths, and paths through a child module; `mod x;`
//! declarations are not imports, and `#[cfg(test)]` modules are left out (tests may look
//! anywhere), inline or in files of their own (`tests.rs`, `tests/`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

struct Crate {
    /// Module path -> source (comments and test modules removed).
    modules: BTreeMap<ModPath, String>,
}

fn load(root: &Path) -> Crate {
    let mut modules = BTreeMap::new();
    for path in rust_files(root) {
        if let Some(m) = module_path(root, &path) {
            let text = std::fs::read_to_string(&path).unwrap();
            modules.insert(m, strip(&text));
        }
    }
    Crate { modules }
}

/// `lib.rs` is the root; `a/mod.rs` and `a.rs` are `a`; `main.rs` is another crate.
fn module_path(root: &Path, file: &Path) -> Option<ModPath> {
    let rel: PathBuf = file.strip_prefix(root).unwrap().to_path_buf();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    // A module's unit tests in a file of their own are `#[cfg(test)]` modules too.
    if last == "tests.rs" || parts.iter().any(|p| p == "tests") {
        return None;
    }
    match last.as_str() {
        "main.rs" if parts.is_empty() => None,
        "lib.rs" if parts.is_empty() => Some(parts),
        "mod.rs" => Some(parts),
        _ => {
            parts.push(last.trim_end_matches(".rs").to_string());
            Some(parts)
        }
    }
}

/// The source without comments, string literals and `#[cfg(test)]` modules.
fn strip(text: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..chars.len().min(i + 2)].iter().collect();
        if rest == "//" {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if rest == "/*" {
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if chars[i] == '"' && (i == 0 || chars[i - 1] != '\'') {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    remove_test_modules(&out)
}

fn remove_test_modules(text: &str) -> String {
    let mut out = text.to_string();
    while let Some(at) = out.find("#[cfg(test)]") {
        let after = &out[at..];
        let Some(open) = after.find('{') else { break };
        // A test-only `use` or declaration ends at its `;`: only it goes.
        if let Some(semi) = after.find(';').filter(|semi| *semi < open) {
            out.replace_range(at..at + semi + 1, "");
            continue;
        }
        let mut depth = 0;
        let mut end = after.len();
        for (j, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + j + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.replace_range(at..at + end, "");
    }
    out
}

/// Every `use` tree expanded into full paths, and every inline path that starts with
/// `crate`, `super`, `self` or a child module's name.
fn paths(source: &str, children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for statement in use_statements(source) {
        expand(&statement, &mut Vec::new(), &mut found);
    }
    let tokens: Vec<&str> = source
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        // A token ending in `::` heads a `{...}` group, which `expand` has read.
        .filter(|t| t.contains("::") && !t.ends_with("::"))
        .collect();
    for t in tokens {
        let segments: Vec<String> = t
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if let Some(first) = segments.first() {
            if ["crate", "super", "self"].contains(&first.as_str()) || children.contains(first) {
                found.push(segments);
            }
        }
    }
    found
}

fn use_statements(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let starts_word = before.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let tail = &rest[at + 4..];
        let end = tail.find(';').unwrap_or(tail.len());
        if starts_word {
            out.push(tail[..end].split_whitespace().collect::<Vec<_>>().join(" "));
        }
        rest = &tail[end.min(tail.len())..];
    }
    out
}

/// `a::{b, c::{d}}` -> `a::b`, `a::c::d`.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim().trim_start_matches("::");
    if let Some(open) = tree.find('{') {
        let head = &tree[..open];
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let added: Vec<String> = head
            .split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let n = added.len();
        prefix.extend(added);
        for part in split_top_level(inner) {
            expand(&part, prefix, out);
        }
        prefix.truncate(prefix.len() - n);
    } else {
        let mut path = prefix.clone();
        let plain = tree.split(" as ").next().unwrap_or(tree);
        path.extend(
            plain
                .split("::")
                .filter(|s| !s.is_empty() && *s != "*")
                .map(|s| s.trim().to_string()),
        );
        out.push(path);
    }
}

fn split_top_level(s: &str) -> Vec<String> {
    let (mut parts, mut depth, mut current) = (Vec::new(), 0, String::new());
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    if !current.trim().is_empty() {
        parts.push(current);
    }
    parts
}

impl Crate {
    fn children(&self, m: &ModPath) -> BTreeSet<String> {
        self.modules
            .keys()
            .filter(|k| k.len() == m.len() + 1 && k.starts_with(m))
            .map(|k| k.last().unwrap().clone())
            .collect()
    }

    /// The module a path names: the longest prefix that is a module.
    fn resolve(&self, from: &ModPath, path: &[String]) -> Option<ModPath> {
        let mut base: ModPath = from.clone();
        let mut rest = path;
        match path.first().map(String::as_str) {
            Some("crate") => {
                base.clear();
                rest = &path[1..];
            }
            Some("self") => rest = &path[1..],
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop()?;
                    rest = &rest[1..];
                }
            }
            Some(first) if self.children(from).contains(first) => {}
            _ => return None,
        }
        let mut target = base.clone();
        for segment in rest {
            let mut next = target.clone();
            next.push(segment.clone());
            if self.modules.contains_key(&next) {
                target = next;
            } else {
                break;
            }
        }
        Some(target)
    }

    fn imports(&self) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
        let mut graph = BTreeMap::new();
        for (m, source) in &self.modules {
            let children = self.children(m);
            let targets: BTreeSet<ModPath> = paths(source, &children)
                .iter()
                .filter_map(|p| self.resolve(m, p))
                .filter(|t| t != m)
                .collect();
            graph.insert(m.clone(), targets);
        }
        graph
    }
}

fn name(m: &ModPath) -> String {
    if m.is_empty() {
        "crate".into()
    } else {
        m.join("::")
    }
}

/// Every circle of imports, each as the modules on it.
fn circles(graph: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Vec<String> {
    let mut found: BTreeMap<Vec<String>, String> = BTreeMap::new();
    for start in graph.keys() {
        // Breadth-first from each module back to itself: the shortest circle through it.
        let mut previous: BTreeMap<ModPath, ModPath> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start.clone()]);
        while let Some(m) = queue.pop_front() {
            for next in graph.get(&m).into_iter().flatten() {
                if next == start {
                    let mut circle = vec![name(&m)];
                    let mut at = m.clone();
                    while let Some(p) = previous.get(&at) {
                        circle.push(name(p));
                        at = p.clone();
                    }
                    circle.reverse();
                    let mut key = circle.clone();
                    key.sort();
                    found
                        .entry(key)
                        .or_insert_with(|| format!("{} -> {}", circle.join(" -> "), name(start)));
                } else if !previous.contains_key(next) {
                    previous.insert(next.clone(), m.clone());
                    queue.push_back(next.clone());
                }
            }
        }
    }
    found.into_values().collect()
}

fn crate_root(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

#[test]
fn no_module_imports_itself_through_a_circle() {
    for root in ["src", "emulator/src", "spec/src"] {
        let graph = load(&crate_root(root)).imports();
        let found = circles(&graph);
        assert!(found.is_empty(), "import circles in {root}/:\n{found:#?}");
    }
}

/// The layers of `src/lib.rs`, bottom up.
const LAYERS: &[(&str, u8)] = &[
    ("model", 1),
    ("settings", 1),
    ("progress", 1),
    ("dropbox", 2),
    ("ldap", 2),
    ("notify", 2),
    ("error", 3),
    ("home", 4),
    ("mapping", 4),
    ("import_export", 4),
    ("secrets", 5),
    ("store", 5),
    ("sync", 6),
    ("ops", 7),
    ("cli", 8),
];

#[test]
fn no_module_imports_from_a_layer_above_its_own() {
    let graph = load(&crate_root("src")).imports();
    let layer = |m: &ModPath| {
        let top = m.first()?;
        let found = LAYERS.iter().find(|(name, _)| name == top);
        Some(
            found
                .unwrap_or_else(|| panic!("{top} is in no layer of src/lib.rs"))
                .1,
        )
    };
    for (m, targets) in &graph {
        let Some(own) = layer(m) else { continue };
        for t in targets {
            if let Some(theirs) = layer(t) {
                assert!(
                    theirs <= own,
                    "{} (layer {own}) imports {} (layer {theirs})",
                    name(m),
                    name(t)
                );
            }
        }
    }
}

/// The emulator's layers (its `lib.rs` says why), by module path: the longest prefix that
/// names a module gives its layer, so a feature's data, state and routes (`members::member`,
/// `members::roster`, `members`) sit in the layers they belong to.
const EMULATOR_LAYERS: &[(&str, u8)] = &[
    ("ad::entry", 1),
    ("ad::config", 2),
    ("ad::filter", 1),
    ("ad::project", 1),
    ("ad::tree", 3),
    ("ad::serve", 4),
    ("ad", 4),
    ("wire::unions", 1),
    ("wire::validate", 1),
    ("wire::refusal", 1),
    ("members::member", 1),
    ("members::args", 1),
    ("members::json", 1),
    ("groups::group", 1),
    ("groups::args", 1),
    ("groups::json", 1),
    ("config", 2),
    ("audit", 2),
    ("stats", 2),
    ("ids", 2),
    ("wire::faults", 2),
    ("members::roster", 3),
    ("groups::table", 3),
    ("state", 3),
    ("wire", 4),
    ("members", 4),
    ("groups", 4),
    ("team_info", 4),
    ("oauth", 4),
    ("server", 4),
];

fn emulator_layer(m: &ModPath) -> Option<u8> {
    if m.is_empty() {
        return None;
    }
    let path = name(m);
    let found = EMULATOR_LAYERS
        .iter()
        .filter(|(prefix, _)| path == *prefix || path.starts_with(&format!("{prefix}::")))
        .max_by_key(|(prefix, _)| prefix.len());
    Some(
        found
            .unwrap_or_else(|| panic!("emulator module {path} is in no layer"))
            .1,
    )
}

#[test]
fn no_emulator_module_imports_from_a_layer_above_its_own() {
    let graph = load(&crate_root("emulator/src")).imports();
    let mut above = Vec::new();
    for (m, targets) in &graph {
        let Some(own) = emulator_layer(m) else {
            continue;
        };
        for t in targets {
            if let Some(theirs) = emulator_layer(t).filter(|theirs| *theirs > own) {
                above.push(format!(
                    "{} (layer {own}) imports {} (layer {theirs})",
                    name(m),
                    name(t)
                ));
            }
        }
    }
    assert!(above.is_empty(), "{above:#?}");
}

#[test]
fn only_the_store_knows_sqlite() {
    let c = load(&crate_root("src"));
    for (m, source) in &c.modules {
        if m.first().map(String::as_str) == Some("store") {
            continue;
        }
        assert!(
            !source.contains("rusqlite"),
            "{} mentions rusqlite; only store/ may",
            name(m)
        );
    }
}

#[test]
fn only_the_settings_read_the_environment() {
    let c = load(&crate_root("src"));
    let mut readers = Vec::new();
    for (m, source) in &c.modules {
        if m.first().map(String::as_str) == Some("settings") {
            continue;
        }
        if source.contains("env::var") {
            readers.push(name(m));
        }
    }
    assert!(
        readers.is_empty(),
        "these read the environment; only settings.rs may (pass a Settings down): {readers:?}"
    );
}

#[test]
fn the_cli_reaches_the_store_only_through_ops() {
    let c = load(&crate_root("src"));
    let mut readers = Vec::new();
    for (m, source) in &c.modules {
        if m.first().map(String::as_str) != Some("cli") {
            continue;
        }
        if source.contains("crate::store") || source.contains(".store.") {
            readers.push(name(m));
        }
    }
    assert!(
        readers.is_empty(),
        "these reach the store; a command calls one ops function: {readers:?}"
    );
}

/// Every `.rs` file under `root`, recursively.
fn rust_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// The functions of `text` (before its `#[cfg(test)]` part) longer than `limit` lines,
/// as (name, lines): a function runs from its `fn` line to the `}` at its indentation.
fn long_functions(text: &str, limit: usize) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().take_while(|l| *l != "#[cfg(test)]").collect();
    let mut long = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        let indent = &line[..line.len() - code.len()];
        let after_vis = code
            .strip_prefix("pub ")
            .or_else(|| code.strip_prefix("pub(crate) "))
            .or_else(|| code.strip_prefix("pub(super) "))
            .unwrap_or(code);
        let after_async = after_vis.strip_prefix("async ").unwrap_or(after_vis);
        let Some(rest) = after_async.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let close = format!("{indent}}}");
        if let Some(end) = lines[i + 1..].iter().position(|l| *l == close) {
            if end + 2 > limit {
                long.push((name, end + 2));
            }
        }
    }
    long
}

/// A module fits in one reading: no file over 600 lines, no function over 100 (tests
/// left out: their files, and what follows `#[cfg(test)]`).
#[test]
fn files_and_functions_fit_in_one_reading() {
    let mut over = Vec::new();
    for root in ["src", "emulator/src", "spec/src"] {
        for file in rust_files(&crate_root(root)) {
            let text = std::fs::read_to_string(&file).unwrap();
            let shown = file
                .strip_prefix(crate_root(""))
                .unwrap()
                .display()
                .to_string();
            let lines = text.lines().count();
            if lines > 600 {
                over.push(format!("{shown}: {lines} lines"));
            }
            let is_tests =
                file.ends_with("tests.rs") || file.components().any(|c| c.as_os_str() == "tests");
            if is_tests {
                continue;
            }
            for (name, n) in long_functions(&text, 100) {
                over.push(format!("{shown}: fn {name} is {n} lines"));
            }
        }
    }
    assert!(over.is_empty(), "split these:\n{}", over.join("\n"));
}

#[test]
fn the_length_checker_sees_a_long_function() {
    let body = "    x();\n".repeat(120);
    let text = format!("fn short() {{\n}}\n\npub(crate) async fn long() {{\n{body}}}\n#[cfg(test)]\nfn skipped() {{\n{body}}}\n");
    assert_eq!(long_functions(&text, 100), [("long".to_string(), 122)]);
}

/// The checker itself: a circle it must see, and paths it must resolve.
#[test]
fn the_checker_sees_a_circle_through_a_use_tree_and_a_child_path() {
    let mut modules = BTreeMap::new();
    modules.insert(vec![], String::new());
    modules.insert(vec!["a".into()], "use crate::{b::Thing, c};".into());
    modules.insert(vec!["b".into()], "fn f() { super::a::g() }".into());
    modules.insert(vec!["c".into()], String::new());
    let graph = Crate { modules }.imports();
    assert_eq!(circles(&graph).len(), 1, "{graph:?}");
    assert!(graph[&vec!["a".to_string()]].contains(&vec!["c".to_string()]));
    // `as` renames, and a test-only `use` that must not take the next item with it.
    let mut modules = BTreeMap::new();
    modules.insert(vec![], String::new());
    modules.insert(vec!["base".into()], String::new());
    modules.insert(vec!["phases".into()], String::new());
    let source = "use crate::base as b;\n#[cfg(test)]\nuse crate::x;\nuse crate::phases::P;";
    modules.insert(vec!["user".into()], strip(source));
    let graph = Crate { modules }.imports();
    let user = &graph[&vec!["user".to_string()]];
    assert!(user.contains(&vec!["base".to_string()]), "{graph:?}");
    assert!(user.contains(&vec!["phases".to_string()]), "{graph:?}");
    let stripped = strip("use x; // use crate::y;\n#[cfg(test)]\nmod tests { use super::*; }\n");
    assert!(!stripped.contains("super"), "{stripped}");
}
