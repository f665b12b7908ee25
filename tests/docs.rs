//! The documentation keeps its promises (issue 22): the README stays a short read for
//! admins, nothing points outside the repository, the layout in ARCHITECTURE.md is the
//! tree as it is (every path it lists exists, every directory of `src/` and every
//! top-level entry is listed), and every relative link of the Markdown files leads to a
//! file that exists. Checked on the files themselves; std only.

use std::path::{Path, PathBuf};

/// The README is for admins; details belong in `docs/`.
const README_MAX_LINES: usize = 320;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every file under `dir` (recursively) whose name ends with `ext`; none when `dir` is missing.
fn files_under(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(ext) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The repository's Markdown: the top level's and `docs/`'s.
fn markdown_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.extend(files_under(&root().join("docs"), ".md"));
    files.sort();
    files
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn the_readme_is_short() {
    let lines = read(&root().join("README.md")).lines().count();
    assert!(
        lines < README_MAX_LINES,
        "README.md has {lines} lines, at most {} allowed: move details to docs/",
        README_MAX_LINES - 1
    );
}

/// What points at files beside the repository (written in pieces, so that this file
/// does not point there itself).
fn outside_references() -> Vec<String> {
    vec![
        ["..", "/shared"].concat(),
        ["shared", "/reference"].concat(),
        ["shared", "/design"].concat(),
    ]
}

/// The lines of `text` that name a place outside the repository.
fn outside_lines(text: &str) -> Vec<String> {
    let needles = outside_references();
    text.lines()
        .enumerate()
        .filter(|(_, line)| needles.iter().any(|n| line.contains(n.as_str())))
        .map(|(i, line)| format!("{}: {}", i + 1, line.trim()))
        .collect()
}

#[test]
fn nothing_points_outside_the_repository() {
    let mut files = markdown_files();
    for dir in [
        "src",
        "emulator/src",
        "emulator/tests",
        "spec/src",
        "tests",
        "benches",
    ] {
        files.extend(files_under(&root().join(dir), ".rs"));
    }
    assert!(files.len() > 20, "too few files found: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        for line in outside_lines(&read(file)) {
            found.push(format!("{}:{line}", relative(file)));
        }
    }
    assert!(
        found.is_empty(),
        "files that point outside the repository (every document a reader needs is in it):\n{}",
        found.join("\n")
    );
}

/// The paths of the first fenced block after `## Layout`: each line is a path (a
/// directory ends with `/`), spaces, then what it holds. A line that does not start
/// with a path is an error.
fn layout_paths(architecture: &str) -> Result<Vec<String>, String> {
    let at = architecture
        .find("\n## Layout\n")
        .ok_or("no \"## Layout\" section")?;
    let rest = &architecture[at..];
    let open = rest.find("\n```").ok_or("no fenced block in the layout")?;
    let body = &rest[open + 4..];
    let body = &body[body.find('\n').ok_or("an unclosed fence")? + 1..];
    let end = body.find("```").ok_or("an unclosed fence")?;
    let mut paths = Vec::new();
    for line in body[..end].lines() {
        let path = line.split_whitespace().next().unwrap_or_default();
        if line.starts_with(char::is_whitespace) || path.is_empty() {
            return Err(format!(
                "a layout line that does not start with a path: {line:?}"
            ));
        }
        paths.push(path.to_string());
    }
    Ok(paths)
}

/// Every directory under `dir`, as `dir/sub/` relative to the repository.
fn directories_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        found.push(format!("{}/", relative(&dir)));
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            }
        }
    }
    found.sort();
    found
}

/// What the layout lacks or lists wrongly, against the tree under `root`.
fn layout_problems(paths: &[String], root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for path in paths {
        let on_disk = root.join(path.trim_end_matches('/'));
        let exists = match path.ends_with('/') {
            true => on_disk.is_dir(),
            false => on_disk.is_file(),
        };
        if !exists {
            problems.push(format!("{path} is listed but there is no such {}", {
                if path.ends_with('/') {
                    "directory"
                } else {
                    "file"
                }
            }));
        }
    }
    for entry in std::fs::read_dir(root).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "target" {
            continue;
        }
        let listed = match entry.path().is_dir() {
            true => format!("{name}/"),
            false => name,
        };
        if !paths.contains(&listed) {
            problems.push(format!("{listed} (top level) is not listed"));
        }
    }
    problems
}

#[test]
fn the_layout_is_the_tree() {
    let paths = layout_paths(&read(&root().join("ARCHITECTURE.md"))).unwrap();
    let mut problems = layout_problems(&paths, root());
    for dir in directories_under(&root().join("src")) {
        if !paths.contains(&dir) {
            problems.push(format!("{dir} is a directory of src/ that is not listed"));
        }
    }
    assert!(
        problems.is_empty(),
        "ARCHITECTURE.md's layout and the tree differ:\n{}",
        problems.join("\n")
    );
}

/// The targets of the relative links `[text](target)` of `markdown`, outside fenced
/// blocks, without their `#fragment`; links to the web and to anchors of the same page
/// are left out.
fn relative_links(markdown: &str) -> Vec<String> {
    let mut links = Vec::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let before = &rest[..at];
            let after = &rest[at + 2..];
            rest = after;
            let Some(end) = after.find(')') else { break };
            if !before.contains('[') {
                continue;
            }
            let target = &after[..end];
            let target = target.split('#').next().unwrap_or_default();
            if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            links.push(target.to_string());
        }
    }
    links
}

#[test]
fn every_relative_link_leads_to_a_file() {
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in markdown_files() {
        let dir = file.parent().unwrap();
        for target in relative_links(&read(&file)) {
            checked += 1;
            if !dir.join(&target).exists() {
                broken.push(format!("{}: ({target})", relative(&file)));
            }
        }
    }
    assert!(checked > 20, "only {checked} links found");
    assert!(
        broken.is_empty(),
        "links to files that do not exist:\n{}",
        broken.join("\n")
    );
}

/// The checkers themselves: what they must catch.
#[test]
fn the_checkers_see_what_is_wrong() {
    // A place outside the repository, in any of its spellings.
    for needle in outside_references() {
        let text = format!("fine\nsee {needle}/x.md\n");
        assert_eq!(outside_lines(&text).len(), 1, "{needle}");
    }
    assert!(outside_lines("shared state, a design").is_empty());

    // Links: relative ones (fragment cut), not the web, not anchors, not code blocks.
    let md = "[a](docs/x.md#part) [b](https://example.com) [c](#here)\n\
              ```\n[d](inside.md)\n```\n[e](../y.md)\n";
    assert_eq!(relative_links(md), ["docs/x.md", "../y.md"]);

    // The layout: a line without a path is refused; paths are read off each line.
    let arch = "# A\n\n## Layout\n\n```\nsrc/        the crate\nsrc/lib.rs  its root\n```\n";
    assert_eq!(layout_paths(arch).unwrap(), ["src/", "src/lib.rs"]);
    let continued = "## Layout\n\n```\nsrc/   the crate,\n       and more\n```\n";
    assert!(layout_paths(&format!("\n{continued}")).is_err());

    // A listed path that is not there, a file listed as a directory, an entry left out.
    let paths: Vec<String> = ["src/", "Cargo.toml/", "nowhere.rs"]
        .map(String::from)
        .to_vec();
    let problems = layout_problems(&paths, root());
    let says = |what: &str| problems.iter().any(|p| p.starts_with(what));
    assert!(says("Cargo.toml/ is listed"), "{problems:?}");
    assert!(says("nowhere.rs is listed"), "{problems:?}");
    assert!(says("README.md (top level) is not listed"), "{problems:?}");
    assert!(!says("src/"), "{problems:?}");
}
