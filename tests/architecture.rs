#![cfg(not(target_arch = "wasm32"))]
//! The layout of `src/` as a test: every file's imports are resolved to the files that
//! define what they name, and the result must have no cycle, no import from a lower layer
//! to a higher one, no file over 400 lines and no component function over 80 lines.
//! (`docs/architecture.md` draws the same layers.)

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Top-level modules from the bottom up; a module may import only from its own rank or
/// below (imports within one rank must still form no cycle).
const LAYERS: &[&[&str]] = &[
    &["url", "text", "i18n"],
    &["html", "interaction", "options"],
    &["model"],
    &["adapters"],
    &["browser"],
    &["components"],
    &["embed", "server"],
    &["lib"],
];

const MAX_FILE_LINES: usize = 400;
const MAX_COMPONENT_LINES: usize = 80;

/// One source file: its module path (`["model", "decode"]`) and its text without
/// comments and test modules.
struct File {
    module: Vec<String>,
    code: String,
    lines: usize,
    raw: String,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "bin") {
                rust_files(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `src/model/mod.rs` → `["model"]`, `src/model/decode.rs` → `["model", "decode"]`,
/// `src/lib.rs` → `[]`.
fn module_of(path: &Path) -> Vec<String> {
    let rel = path.strip_prefix("src").unwrap_or(path);
    let mut parts: Vec<String> = rel
        .iter()
        .map(|s| s.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// Code without comments, string contents and `#[cfg(test)]` modules.
fn strip(raw: &str) -> String {
    let body = raw.split("#[cfg(test)]\nmod ").next().unwrap_or(raw);
    let mut out = String::new();
    for line in body.lines() {
        let mut in_str = false;
        let mut prev = ' ';
        let mut kept = String::new();
        for (i, c) in line.char_indices() {
            if !in_str && c == '/' && line[i..].starts_with("//") {
                break;
            }
            if c == '"' && prev != '\\' {
                in_str = !in_str;
            } else if !in_str {
                kept.push(c);
            }
            prev = c;
        }
        out.push_str(&kept);
        out.push('\n');
    }
    out
}

fn load() -> BTreeMap<Vec<String>, File> {
    let mut paths = Vec::new();
    rust_files(Path::new("src"), &mut paths);
    paths
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with("_tests.rs"))
        .map(|p| {
            let raw = fs::read_to_string(&p).unwrap();
            let module = module_of(&p);
            let file = File {
                module: module.clone(),
                code: strip(&raw),
                lines: raw.lines().count(),
                raw,
            };
            (module, file)
        })
        .collect()
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        let plain = tree.split("as").next().unwrap_or(&tree);
        return vec![plain.trim_end_matches("::").to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand_use(&format!("{prefix}{p}")))
        .collect()
}

/// Every `crate::`/`super::`/`self::` path a file uses, and whether it is a re-export.
fn references(file: &File) -> Vec<(String, bool)> {
    let mut refs = Vec::new();
    let code = &file.code;
    let mut rest = code.as_str();
    while let Some(at) = rest.find("use ") {
        let before = &rest[..at];
        let is_pub = before.trim_end().ends_with("pub") || before.trim_end().ends_with(')');
        let after = &rest[at + 4..];
        let end = after.find(';').unwrap_or(after.len());
        let starts_word =
            at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        if starts_word {
            for p in expand_use(&after[..end]) {
                refs.push((p, is_pub));
            }
        }
        rest = &after[end.min(after.len())..];
    }
    for kw in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = code[from..].find(kw) {
            let start = from + i;
            let ok = start == 0
                || !code[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':');
            let len = code[start..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(code.len() - start);
            if ok {
                refs.push((
                    code[start..start + len].trim_end_matches(':').to_owned(),
                    false,
                ));
            }
            from = start + len.max(1);
        }
    }
    refs
}

/// Whether `file` defines an item called `name`.
fn defines(file: &File, name: &str) -> bool {
    [
        "struct",
        "enum",
        "fn",
        "type",
        "const",
        "static",
        "trait",
        "macro_rules!",
    ]
    .iter()
    .any(|kw| {
        file.code.contains(&format!("{kw} {name}"))
            && file
                .code
                .split(&format!("{kw} {name}"))
                .skip(1)
                .any(|after| after.starts_with(|c: char| !(c.is_alphanumeric() || c == '_')))
    })
}

/// The file that defines what `path` names, seen from the file `from`.
fn resolve(
    files: &BTreeMap<Vec<String>, File>,
    from: &[String],
    path: &str,
    depth: usize,
) -> Option<Vec<String>> {
    if depth > 8 {
        return None;
    }
    let segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut module: Vec<String> = match *segs.first()? {
        "crate" => Vec::new(),
        "self" => from.to_vec(),
        "super" => from[..from.len().saturating_sub(1)].to_vec(),
        _ => return None,
    };
    let mut i = 1;
    while i < segs.len() && segs[i] == "super" {
        module.pop();
        i += 1;
    }
    for (n, seg) in segs.iter().enumerate().skip(i) {
        let mut child = module.clone();
        child.push((*seg).to_owned());
        if files.contains_key(&child) {
            module = child;
            continue;
        }
        if *seg == "*" {
            return Some(module);
        }
        let file = files.get(&module)?;
        if defines(file, seg) {
            return Some(module);
        }
        // Re-exported from a child or elsewhere: follow the `use` that brings it in.
        for (target, _) in references(file) {
            let last = target.rsplit("::").next().unwrap_or("");
            if last == *seg || last == "*" {
                let rest = segs[n + 1..].join("::");
                let full = if rest.is_empty() {
                    target.clone()
                } else {
                    format!("{target}::{rest}")
                };
                let base = if target.starts_with("crate")
                    || target.starts_with("super")
                    || target.starts_with("self")
                {
                    full
                } else {
                    format!("self::{full}")
                };
                if let Some(found) = resolve(files, &module, &base, depth + 1)
                    && (last != "*" || files.get(&found).is_some_and(|f| defines(f, seg)))
                {
                    return Some(found);
                }
            }
        }
        return Some(module);
    }
    Some(module)
}

fn is_dir_module(module: &[String]) -> bool {
    let mut p = PathBuf::from("src");
    for s in module {
        p.push(s);
    }
    p.join("mod.rs").exists()
}

fn layer_of(module: &[String]) -> usize {
    let top = module.first().map_or("lib", String::as_str);
    LAYERS
        .iter()
        .position(|l| l.contains(&top))
        .unwrap_or_else(|| {
            panic!("src/{top} is in no layer: add it to LAYERS and docs/architecture.md")
        })
}

/// Edges between files: `from` imports something `to` defines.
fn edges(files: &BTreeMap<Vec<String>, File>) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut out: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, file) in files {
        let entry = out.entry(module.clone()).or_default();
        for (path, is_reexport) in references(file) {
            // A module's own `pub use child::X` only names things; it is not a dependency.
            if is_reexport && is_dir_module(module) {
                continue;
            }
            if let Some(to) = resolve(files, module, &path, 0)
                && &to != module
            {
                entry.insert(to);
            }
        }
    }
    out
}

fn name(m: &[String]) -> String {
    if m.is_empty() {
        "lib".to_owned()
    } else {
        m.join("/")
    }
}

#[test]
fn no_file_imports_from_a_higher_layer() {
    let files = load();
    let mut bad = Vec::new();
    for (from, tos) in edges(&files) {
        for to in tos {
            if layer_of(&to) > layer_of(&from) {
                bad.push(format!("{} → {}", name(&from), name(&to)));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "imports from a higher layer:\n{}",
        bad.join("\n")
    );
}

#[test]
fn no_cycle_among_files() {
    let files = load();
    let graph = edges(&files);
    // Depth-first search for a back edge, reporting the cycle it closes.
    fn visit(
        n: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        state: &mut BTreeMap<Vec<String>, u8>,
        stack: &mut Vec<Vec<String>>,
        cycles: &mut Vec<String>,
    ) {
        state.insert(n.clone(), 1);
        stack.push(n.clone());
        for m in graph.get(n).into_iter().flatten() {
            match state.get(m) {
                Some(1) => {
                    let at = stack.iter().position(|s| s == m).unwrap_or(0);
                    let mut c: Vec<String> = stack[at..].iter().map(|s| name(s)).collect();
                    c.push(name(m));
                    cycles.push(c.join(" → "));
                }
                None => visit(m, graph, state, stack, cycles),
                _ => {}
            }
        }
        stack.pop();
        state.insert(n.clone(), 2);
    }
    let mut state = BTreeMap::new();
    let mut cycles = Vec::new();
    for n in graph.keys() {
        if !state.contains_key(n) {
            visit(n, &graph, &mut state, &mut Vec::new(), &mut cycles);
        }
    }
    assert!(
        cycles.is_empty(),
        "cycles among files:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn files_stay_small() {
    let long: Vec<String> = load()
        .values()
        .filter(|f| f.lines > MAX_FILE_LINES)
        .map(|f| format!("src/{} ({} lines)", name(&f.module), f.lines))
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_FILE_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn component_functions_stay_small() {
    let mut long = Vec::new();
    for f in load().values() {
        let lines: Vec<&str> = f.raw.lines().collect();
        for (i, l) in lines.iter().enumerate() {
            if l.trim() != "#[component]" {
                continue;
            }
            let end = lines[i..]
                .iter()
                .position(|l| *l == "}")
                .map_or(lines.len(), |e| i + e);
            let name_line = lines[i..end]
                .iter()
                .find(|l| l.contains("fn "))
                .unwrap_or(&"");
            if end - i > MAX_COMPONENT_LINES {
                long.push(format!(
                    "src/{}: {} ({} lines)",
                    name(&f.module),
                    name_line.trim(),
                    end - i
                ));
            }
        }
    }
    assert!(
        long.is_empty(),
        "components over {MAX_COMPONENT_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_checker_sees_imports() {
    // Guards the checks above against passing vacuously: the graph must know that the
    // decoder uses the URL rules and the embed layer uses the components.
    let graph = edges(&load());
    let uses = |from: &str, to: &str| {
        graph.iter().any(|(f, tos)| {
            name(f).starts_with(from) && tos.iter().any(|t| name(t).starts_with(to))
        })
    };
    assert!(uses("model", "url"));
    assert!(uses("embed", "components"));
    assert!(uses("adapters", "model"));
}
