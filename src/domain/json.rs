//! Reading JSON into the app's types, one way for every file and for storage.
//!
//! Every document, report and response file is read into a `serde_json::Value` and then into its
//! types through `serde_path_to_error` over that value, so each type's reading code is compiled
//! once (for one deserializer) and every failure names its place in the file.

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
    serde_path_to_error::deserialize(value).map_err(|e| DecodeError {
        path: path_of(&e),
        message: e.inner().to_string(),
    })
}

/// `value` as JSON text and back as a `Value` of plain JSON (for code that edits a document as
/// JSON: a migration step, the three-way merge).
pub fn to_value<T: serde::Serialize>(value: &T) -> Value {
    let text = serde_json::to_string(value).expect("the app's types always serialize");
    serde_json::from_str(&text).expect("serde_json reads what it wrote")
}

/// Where in a JSON document reading it failed, e.g. `rounds[0].date`; for a field that is
/// missing, the path of the field itself rather than of the object it is missing from.
fn path_of(e: &serde_path_to_error::Error<serde_json::Error>) -> String {
    let path = e.path().to_string();
    let message = e.inner().to_string();
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
