//! Reading JSON into the app's types, one way for every file and for storage.
//!
//! Every document, report and response file is read into a `serde_json::Value` and then into its
//! types from that value written out as compact text, so each type's reading code is compiled
//! once (for serde_json's text reader). When reading fails, the place in the text that serde_json
//! reports is turned into a path in the document (`rounds[0].date`) by following the text up to
//! it: no second reader is compiled for the error path.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// Why a value could not be read into its type: where (`rounds[0].date`) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub path: String,
    pub message: String,
}

/// Reads `value` into `T`.
pub fn decode<T: DeserializeOwned>(value: &Value) -> Result<T, DecodeError> {
    decode_text(&value.to_string())
}

/// Reads JSON `text` into `T`: the way in for text that needs no change first, such as the
/// document this version stored. The path of a failure is right for text on one line, as
/// `Value::to_string` and the app's own documents write it.
pub fn decode_text<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        // serde_json ends its message with the place: "… at line 1 column 57".
        let message = match full.rsplit_once(" at line ") {
            Some((message, _)) => message.to_string(),
            None => full,
        };
        DecodeError {
            path: path_of(text, e.column(), &message),
            message,
        }
    })
}

/// `value` as JSON text and back as a `Value` of plain JSON (for code that edits a document as
/// JSON: a migration step, the three-way merge).
pub fn to_value<T: serde::Serialize>(value: &T) -> Value {
    let text = serde_json::to_string(value).expect("the app's types always serialize");
    serde_json::from_str(&text).expect("serde_json reads what it wrote")
}

/// Where in a document reading it failed, e.g. `rounds[0].date`, from the column serde_json
/// gave in `text` (compact JSON, one line); for a field that is missing, the path of the field
/// itself rather than of the object it is missing from.
fn path_of(text: &str, column: usize, message: &str) -> String {
    let path = path_at(text, column);
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(field, _)| field);
    match missing {
        Some(field) if path == "." => field.to_string(),
        Some(field) => format!("{path}.{field}"),
        None => path,
    }
}

/// Where a reader stands in a container.
enum Place {
    /// In an object: the key of the member being read, once its name has been read.
    Member { key: Option<String>, named: bool },
    /// In an array: the index of the element being read.
    Element(usize),
}

/// The path of the value being read once `end` bytes of the compact JSON `text` are read:
/// `.` for the whole document. Reading a string or number stops at its end; a container that
/// has just closed is the value being read, so a failure found at its end names it.
fn path_at(text: &str, end: usize) -> String {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut stack: Vec<Place> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Place::Member {
                key: None,
                named: false,
            }),
            b'[' => stack.push(Place::Element(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Place::Element(n)) => *n += 1,
                Some(Place::Member { named, .. }) => *named = false,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Place::Member { key, named }) = stack.last_mut()
                    && !*named
                {
                    // Any text may come here (a stored document that failed to read), so a
                    // key is cut where it can be.
                    let raw = text.get(start..i.min(text.len())).unwrap_or_default();
                    *key = Some(serde_json::from_str(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string()));
                    *named = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for place in &stack {
        match place {
            Place::Member { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Place::Member { key: None, .. } => {}
            Place::Element(n) => path.push_str(&format!("[{n}]")),
        }
    }
    if path.is_empty() { ".".to_string() } else { path }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        rounds: Vec<Round>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Round {
        date: String,
        answers: Vec<u8>,
        kind: Kind,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Team,
        Unit,
    }

    fn path(value: Value) -> String {
        decode::<Doc>(&value).unwrap_err().path
    }

    fn round() -> Value {
        json!({ "date": "2026-11-24", "answers": [1, 2], "kind": "team" })
    }

    #[test]
    fn a_document_that_fits_is_read() {
        let doc: Doc = decode(&json!({ "name": "a \"quoted\" name", "rounds": [round(), round()] })).unwrap();
        assert_eq!(doc.rounds.len(), 2);
    }

    #[test]
    fn a_value_of_the_wrong_type_is_named_by_its_path() {
        let mut second = round();
        second["date"] = json!(20261124);
        assert_eq!(
            path(json!({ "name": "x", "rounds": [round(), second] })),
            "rounds[1].date"
        );
        assert_eq!(path(json!({ "name": 7, "rounds": [] })), "name");
    }

    #[test]
    fn an_element_of_an_array_is_named_by_its_index() {
        let mut second = round();
        second["answers"] = json!([1, 2, 300]);
        let err = decode::<Doc>(&json!({ "name": "x", "rounds": [round(), second] })).unwrap_err();
        assert_eq!(err.path, "rounds[1].answers[2]");
        assert!(err.message.contains("300"), "{}", err.message);
        assert!(!err.message.contains("line"), "{}", err.message);
    }

    #[test]
    fn a_missing_field_is_named_by_its_own_path() {
        let mut second = round();
        second.as_object_mut().unwrap().remove("kind");
        assert_eq!(
            path(json!({ "name": "x", "rounds": [round(), second] })),
            "rounds[1].kind"
        );
        assert_eq!(path(json!({ "rounds": [] })), "name");
    }

    #[test]
    fn an_unknown_variant_or_field_is_named_where_it_stands() {
        let mut second = round();
        second["kind"] = json!("other");
        assert_eq!(
            path(json!({ "rounds": [round(), second], "name": "x" })),
            "rounds[1].kind"
        );
        let mut third = round();
        third["extra"] = json!({ "a": [1] });
        assert_eq!(path(json!({ "name": "x", "rounds": [third] })), "rounds[0].extra");
    }

    #[test]
    fn any_text_gets_a_path_and_never_a_panic() {
        let texts = [
            r#"{"a\é": 1"#,
            r#"{"é"#,
            "[[[",
            "}}]]",
            r#""\"#,
            r#"{"k":[1,2,{"x":"é\"}"#,
        ];
        for text in texts {
            for end in 0..=text.len() + 2 {
                assert!(!path_at(text, end).is_empty());
            }
        }
        assert_eq!(path_at(r#"{"k":[1,2,{"x":"#, 16), "k[2].x");
    }

    #[test]
    fn keys_with_quotes_and_commas_inside_strings_do_not_mislead_the_path() {
        let mut second = round();
        second["date"] = json!(false);
        let doc = json!({ "name": "a, \"b\" [c] {d}", "rounds": [round(), second] });
        assert_eq!(path(doc), "rounds[1].date");
    }
}
