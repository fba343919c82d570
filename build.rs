//! Writes the table of interface texts (`ui_texts.rs` in OUT_DIR, included by
//! `src/domain/ui.rs`) from `content/sv/ui.json` and `content/en/ui.json`.
//!
//! Every text gets a constant named by its path, `keys::nav::start`, so a missing key is a
//! compile error. A text with values in it (`{{ name }}`) also gets a struct in `args` with one
//! field per value, `args::step::next { name: () }`: `fill!` writes that struct in code that
//! never runs, so a value missing or misnamed does not compile either. The keys are taken depth
//! first in sorted order; `domain::ui` walks an English ui.json the same way when the app installs
//! it, and compares the fingerprint of the paths written here. Markup (`<…>`) is not read: a
//! text around a link or a title is split into texts.

use serde_json::{Map, Value};

// The order of the texts, shared with `domain::ui`, which reads a fetched file the same way.
#[allow(dead_code)]
#[path = "src/domain/order.rs"]
mod order;
#[path = "src/domain/ui_paths.rs"]
mod ui_paths;
use std::fmt::Write;
use std::{env, fs, path::Path};

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let sv = read("content/sv/ui.json");
    let en = read("content/en/ui.json");
    let (keys, en_keys) = (text_keys(&sv), text_keys(&en));
    if keys != en_keys {
        let only_sv: Vec<_> = keys.iter().filter(|k| !en_keys.contains(k)).collect();
        let only_en: Vec<_> = en_keys.iter().filter(|k| !keys.contains(k)).collect();
        panic!("content/sv/ui.json and content/en/ui.json differ: only Swedish {only_sv:?}, only English {only_en:?}");
    }
    let mut with_values = Vec::new();
    for key in &keys {
        let (sv_text, en_text) = (lookup(&sv, key), lookup(&en, key));
        for text in [sv_text, en_text] {
            if text.contains('<') {
                panic!("{key}: markup is not read in interface texts; split the text around it: {text:?}");
            }
        }
        let names = slots(sv_text);
        if names != slots(en_text) {
            panic!("{key}: the Swedish and the English text have different values in them");
        }
        if !names.is_empty() {
            with_values.push((key.clone(), names));
        }
    }

    let mut out = String::new();
    writeln!(out, "/// The number of texts.").unwrap();
    writeln!(out, "pub const COUNT: usize = {};", keys.len()).unwrap();
    writeln!(
        out,
        "/// The fingerprint of the texts' paths, in the order of the table."
    )
    .unwrap();
    writeln!(
        out,
        "pub const PATHS_FINGERPRINT: u64 = {:#x};",
        ui_paths::fingerprint(keys.iter().map(String::as_str))
    )
    .unwrap();
    for (name, tree) in [("SV", &sv), ("EN", &en)] {
        // Each Swedish text is in its key (below), the table only for the tests; the browser
        // app reads English from the bundle it fetches (`domain::ui::read`).
        let only = if name == "SV" {
            "test"
        } else {
            "not(target_arch = \"wasm32\")"
        };
        writeln!(out, "#[cfg({only})]").unwrap();
        writeln!(out, "static {name}: [&str; COUNT] = [").unwrap();
        for key in &keys {
            writeln!(out, "    {:?},", lookup(tree, key)).unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    writeln!(
        out,
        "/// The English of `lang_switch.failed`, built in: it says that the English texts could not be loaded."
    )
    .unwrap();
    writeln!(
        out,
        "pub const LANG_SWITCH_FAILED_EN: &str = {:?};",
        lookup(&en, "lang_switch.failed")
    )
    .unwrap();
    writeln!(out, "/// Each text's path, `nav.start`, in the order of the table.").unwrap();
    writeln!(out, "#[cfg(test)]").unwrap();
    writeln!(out, "pub const PATHS: [&str; COUNT] = {keys:?};").unwrap();
    writeln!(out, "/// Each text's key, in the order of the table.").unwrap();
    writeln!(out, "#[cfg(test)]").unwrap();
    let all: Vec<String> = keys.iter().map(|k| format!("keys::{}", k.replace('.', "::"))).collect();
    writeln!(out, "pub const KEYS: [UiKey; COUNT] = [{}];", all.join(", ")).unwrap();
    writeln!(
        out,
        "/// One struct per text with values, a field per value (see `fill!`)."
    )
    .unwrap();
    writeln!(out, "#[allow(non_camel_case_types, dead_code)]").unwrap();
    writeln!(out, "pub mod args {{").unwrap();
    let paths: Vec<String> = with_values.iter().map(|(k, _)| k.clone()).collect();
    write_modules(&paths, &mut out, |out, name, index| {
        let fields: Vec<String> = with_values[index].1.iter().map(|f| format!("pub {f}: ()")).collect();
        writeln!(out, "pub struct {name} {{ {} }}", fields.join(", ")).unwrap();
    });
    writeln!(out, "}}").unwrap();
    writeln!(out, "/// One constant per text, named by its path.").unwrap();
    writeln!(out, "#[allow(non_upper_case_globals, dead_code)]").unwrap();
    writeln!(out, "pub mod keys {{").unwrap();
    // Each key holds its Swedish text, so that a build carries only the texts its pages show.
    write_modules(&keys, &mut out, |out, name, index| {
        writeln!(
            out,
            "pub const {name}: crate::domain::ui::UiKey = crate::domain::ui::UiKey(&({index}, {:?}));",
            lookup(&sv, &keys[index])
        )
        .unwrap();
    });
    writeln!(out, "}}").unwrap();

    let dir = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    fs::write(dir.join("ui_texts.rs"), out).unwrap();

    // The Swedish content the app carries and the list of sources (`domain::content`), without
    // the files' indentation.
    for (path, name) in [
        ("content/sv/principles.json", "principles.sv.json"),
        ("content/sv/thieves.json", "thieves.sv.json"),
        ("content/sv/actions.json", "actions.sv.json"),
        ("content/sources.json", "sources.json"),
    ] {
        println!("cargo::rerun-if-changed={path}");
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        fs::write(dir.join(name), without_spaces(&text)).unwrap();
    }
}

/// JSON text without the spaces and line breaks between its tokens; strings are left as they are.
fn without_spaces(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn read(path: &str) -> Map<String, Value> {
    println!("cargo::rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    match serde_json::from_str(&text) {
        Ok(Value::Object(map)) => map,
        Ok(_) => panic!("{path}: not a JSON object"),
        Err(e) => panic!("{path}: {e}"),
    }
}

/// The paths of the texts of a ui.json, in the table's order.
fn text_keys(tree: &Map<String, Value>) -> Vec<String> {
    let mut paths = Vec::new();
    ui_paths::walk(tree, &mut |path, _| paths.push(path.to_string())).unwrap_or_else(|e| panic!("{e}"));
    paths
}

fn lookup<'a>(tree: &'a Map<String, Value>, path: &str) -> &'a str {
    let mut parts = path.split('.').peekable();
    let mut node = tree;
    while let Some(part) = parts.next() {
        match (&node[part], parts.peek()) {
            (Value::Object(sub), Some(_)) => node = sub,
            (Value::String(s), None) => return s,
            _ => unreachable!("{path} was found as a text"),
        }
    }
    unreachable!("{path} is empty")
}

/// The names of the values in a text, `{{ name }}`, sorted, each once.
#[allow(clippy::disallowed_methods)] // the build script is not in the wasm
fn slots(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .split("{{")
        .skip(1)
        .map(|rest| rest.split("}}").next().unwrap_or("").trim().to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Nested modules, one per group of `paths` (`a.b.c` in `pub mod a { pub mod b { … } }`), with
/// what `item` writes for each path in its module.
fn write_modules(paths: &[String], out: &mut String, item: impl Fn(&mut String, &str, usize)) {
    let mut open: Vec<&str> = Vec::new();
    for (index, path) in paths.iter().enumerate() {
        let parts: Vec<&str> = path.split('.').collect();
        let (groups, name) = parts.split_at(parts.len() - 1);
        let shared = open.iter().zip(groups).take_while(|(a, b)| a == b).count();
        for _ in shared..open.len() {
            writeln!(out, "}}").unwrap();
        }
        open.truncate(shared);
        for group in &groups[shared..] {
            writeln!(out, "pub mod {group} {{").unwrap();
            open.push(group);
        }
        item(out, name[0], index);
    }
    for _ in 0..open.len() {
        writeln!(out, "}}").unwrap();
    }
}
