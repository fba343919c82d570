//! Two tabs, one document: when another tab has saved while this one still holds a change
//! not yet written, the two are merged from the version both started from (`base`), item by
//! item and answer by answer, so that neither tab's work is lost.
//!
//! The merge works on the document as JSON, so it follows whatever the schema holds without
//! being told: objects key by key, and lists of items with an `id` (rounds, participants, time
//! thieves, actions) or a `participant` (responses) item by item. Anything else — a title, a
//! number, a list of plain values — is one value: changed on one side, that side's is taken;
//! changed differently on both, this tab's is kept and the place is reported as a conflict.

use super::schema::Document;
use serde_json::{Map, Value};

/// The merged document, and where both tabs changed the same thing differently (JSON paths,
/// this tab's change kept there).
#[derive(Debug)]
pub struct Merged {
    pub document: Document,
    pub conflicts: Vec<String>,
}

/// Merges `mine` (this tab's, not yet written) and `theirs` (stored by another tab), both made
/// from `base`. Falls back to `mine` if the merged value is not a document (it always is when
/// the three are).
pub fn merge(base: &Document, mine: &Document, theirs: &Document) -> Merged {
    let to_value = crate::domain::json::to_value::<Document>;
    let (b, m, t) = (to_value(base), to_value(mine), to_value(theirs));
    let mut conflicts = Vec::new();
    let merged = merge_value(Some(&b), Some(&m), Some(&t), "", &mut conflicts);
    let document = merged
        .and_then(|v| crate::domain::json::decode(&v).ok())
        .unwrap_or_else(|| mine.clone());
    Merged { document, conflicts }
}

/// One place in the document: `None` where it is absent on that side.
fn merge_value(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    path: &str,
    conflicts: &mut Vec<String>,
) -> Option<Value> {
    if mine == theirs || theirs == base {
        return mine.cloned();
    }
    if mine == base {
        return theirs.cloned();
    }
    match (base, mine, theirs) {
        (base, Some(Value::Object(m)), Some(Value::Object(t))) => {
            let empty = Map::new();
            let b = base.and_then(Value::as_object).unwrap_or(&empty);
            Some(Value::Object(merge_objects(b, m, t, path, conflicts)))
        }
        (base, Some(Value::Array(m)), Some(Value::Array(t))) => {
            let b = base.and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
            match item_key(b, m, t) {
                Some(key) => Some(Value::Array(merge_items(key, b, m, t, path, conflicts))),
                None => {
                    conflicts.push(path.to_string());
                    Some(Value::Array(m.clone()))
                }
            }
        }
        // Changed on both sides, or removed on one and changed on the other: the change stays.
        (_, None, Some(t)) => {
            conflicts.push(path.to_string());
            Some(t.clone())
        }
        (_, mine, _) => {
            conflicts.push(path.to_string());
            mine.cloned()
        }
    }
}

fn merge_objects(
    base: &Map<String, Value>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    path: &str,
    conflicts: &mut Vec<String>,
) -> Map<String, Value> {
    let mut out = Map::new();
    // Their keys in their order, then keys only this tab has.
    let keys = theirs.keys().chain(mine.keys().filter(|k| !theirs.contains_key(*k)));
    for key in keys {
        let at = format!("{path}/{key}");
        if let Some(v) = merge_value(base.get(key), mine.get(key), theirs.get(key), &at, conflicts) {
            out.insert(key.clone(), v);
        }
    }
    out
}

/// The field that names the items of a list, when every item on every side has one.
fn item_key(base: &[Value], mine: &[Value], theirs: &[Value]) -> Option<&'static str> {
    ["id", "participant"].into_iter().find(|key| {
        base.iter()
            .chain(mine)
            .chain(theirs)
            .all(|item| item.get(*key).is_some_and(Value::is_string))
    })
}

fn merge_items(
    key: &str,
    base: &[Value],
    mine: &[Value],
    theirs: &[Value],
    path: &str,
    conflicts: &mut Vec<String>,
) -> Vec<Value> {
    let id = |v: &Value| v.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let find = |list: &[Value], wanted: &str| list.iter().find(|v| id(v) == wanted).cloned();
    // Their order, then the items only this tab has, in its order.
    let mut ids: Vec<String> = theirs.iter().map(id).collect();
    for item in mine {
        let i = id(item);
        if !ids.contains(&i) {
            ids.push(i);
        }
    }
    ids.into_iter()
        .filter_map(|i| {
            let at = format!("{path}/{i}");
            merge_value(
                find(base, &i).as_ref(),
                find(mine, &i).as_ref(),
                find(theirs, &i).as_ref(),
                &at,
                conflicts,
            )
        })
        .collect()
}
