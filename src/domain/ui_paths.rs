//! The order of the texts in a ui.json, shared by `build.rs`, which writes the table of
//! `domain::ui` from the files, and by `domain::ui`, which reads a fetched file into that table:
//! depth first, the keys of each group sorted. Both include this file, so they cannot differ.

use super::order;
use serde_json::{Map, Value};

/// Calls `visit` with each text's path (`nav.start`) and the text, in the table's order.
/// Refused with the path of a value that is neither a text nor a group of texts.
pub fn walk(tree: &Map<String, Value>, visit: &mut impl FnMut(&str, &str)) -> Result<(), String> {
    walk_under(tree, "", visit)
}

fn walk_under(tree: &Map<String, Value>, prefix: &str, visit: &mut impl FnMut(&str, &str)) -> Result<(), String> {
    let mut names: Vec<&String> = tree.keys().collect();
    order::sort_by(&mut names, |a, b| a.cmp(b));
    for name in names {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        match &tree[name.as_str()] {
            Value::Object(group) => walk_under(group, &path, visit)?,
            Value::String(text) => visit(&path, text),
            _ => return Err(format!("{path}: neither a text nor a group of texts")),
        }
    }
    Ok(())
}

/// The fingerprint of paths in their order: FNV-1a over each path and a newline.
pub fn fingerprint<'a>(paths: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in paths.into_iter().flat_map(|p| p.bytes().chain([b'\n'])) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}
