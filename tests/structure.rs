//! The domain core imports its modules in one direction only: reading each module's `super::x`
//! and `crate::domain::x` paths, no module reaches, directly or through others, back to itself.

use std::collections::{BTreeMap, BTreeSet};

fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if name == "mod" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut uses = BTreeSet::new();
        for prefix in ["super::", "crate::domain::"] {
            for (at, _) in text.match_indices(prefix) {
                let rest = &text[at + prefix.len()..];
                let module: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                let is_module = rest[module.len()..].starts_with("::") || rest[module.len()..].starts_with(';');
                if !module.is_empty() && is_module && module != name {
                    uses.insert(module);
                }
            }
        }
        graph.insert(name, uses);
    }
    graph
}

/// A path of imports from `from` back to `from`, if there is one.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    fn walk(
        graph: &BTreeMap<String, BTreeSet<String>>,
        at: &str,
        goal: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in graph.get(at).into_iter().flatten() {
            path.push(next.clone());
            if next == goal || (seen.insert(next.clone()) && walk(graph, next, goal, path, seen)) {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut path = vec![from.to_string()];
    walk(graph, from, from, &mut path, &mut BTreeSet::new()).then_some(path)
}

#[test]
fn the_domain_imports_its_modules_in_one_direction() {
    let graph = imports();
    assert!(graph.len() > 10, "the domain's modules were not found");
    // The bottom knows nothing of the rest.
    for bottom in ["lang", "limits", "date", "ids"] {
        assert_eq!(graph[bottom], BTreeSet::new(), "{bottom} imports {:?}", graph[bottom]);
    }
    let circles: Vec<String> = graph
        .keys()
        .filter_map(|m| circle(&graph, m))
        .map(|p| p.join(" → "))
        .collect();
    assert_eq!(circles, Vec::<String>::new());
}

#[test]
fn a_circle_is_found_when_there_is_one() {
    let graph: BTreeMap<String, BTreeSet<String>> =
        [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"]), ("d", vec!["a"])]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
            .collect();
    assert_eq!(
        circle(&graph, "a"),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(circle(&graph, "d"), None);
}

/// A page imports from the components, the app, the domain and the store, never from another
/// page: what two pages share is a component or a rule of the domain. A page's own sub-modules
/// (`views/workshop/scan.rs`) may use their page.
#[test]
fn no_page_imports_from_another_page() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/views");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("mod.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for bad in ["use super::", "crate::views::"] {
            if text.contains(bad) {
                found.push(format!("{}: {bad}", path.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
}
