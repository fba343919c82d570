//! A part of a round (its time-thief audit, its plan) that is read into its type when it is
//! first used, and until then kept as the JSON text it was stored as, unparsed: written back
//! exactly as it was, every number included, whatever reader of floats a build has.
//!
//! The walk build of the app (the start page and the steps) never uses a round's audit or
//! plan: it keeps them as they were read and writes them back as they were, so the code that
//! reads them into their types, about a tenth of that build, is not in it. The full build
//! reads every part when it restores a document (`store::restore`), where a part that cannot
//! be read is reported with its path like any other field.

use super::json::{DecodeError, decode, decode_text};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;
use std::any::Any;
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;

pub struct Kept<T> {
    state: State,
    of: PhantomData<fn() -> T>,
}

/// What a part holds, behind trait objects: the part's own code (to write, copy, compare and
/// drop it) is compiled only into a build that reads or makes one.
enum State {
    /// As stored, and, once used, as read from that (the stored JSON is still what is written).
    Stored(Box<RawValue>, OnceLock<Box<dyn Part>>),
    /// Made or changed here: written from its type.
    Made(Box<dyn Part>),
}

/// What a part does, whatever its type.
trait Part: Any + Send + Sync {
    /// As compact JSON.
    fn json(&self) -> String;
    fn copy(&self) -> Box<dyn Part>;
    fn same(&self, other: &dyn Part) -> bool;
    fn any(&self) -> &dyn Any;
    fn any_mut(&mut self) -> &mut dyn Any;
}

/// What a type needs to be kept as a part.
pub trait Kind: DeserializeOwned + Serialize + Default + Clone + PartialEq + Send + Sync + 'static {}

impl<T: DeserializeOwned + Serialize + Default + Clone + PartialEq + Send + Sync + 'static> Kind for T {}

impl<T: Kind> Part for T {
    fn json(&self) -> String {
        serde_json::to_string(self).expect("a part always serializes")
    }
    fn copy(&self) -> Box<dyn Part> {
        Box::new(self.clone())
    }
    fn same(&self, other: &dyn Part) -> bool {
        other.any().downcast_ref::<T>() == Some(self)
    }
    fn any(&self) -> &dyn Any {
        self
    }
    fn any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

impl<T> Kept<T> {
    fn with(state: State) -> Self {
        Kept { state, of: PhantomData }
    }

    /// A part with nothing in it yet: `{}`, which reads as the type's default.
    pub fn empty() -> Self {
        Kept::with(State::Stored(raw("{}".into()), OnceLock::new()))
    }
}

impl<T: Kind> Kept<T> {
    pub fn new(value: T) -> Self {
        Kept::with(State::Made(Box::new(value)))
    }

    /// Reads the part into its type if that is not done yet; why it cannot be, if so.
    pub fn read(&self) -> Result<&T, DecodeError> {
        let part = match &self.state {
            State::Made(part) => part,
            State::Stored(stored, read) => match read.get() {
                Some(part) => part,
                None => {
                    let value: T = read_stored(stored)?;
                    read.get_or_init(|| Box::new(value))
                }
            },
        };
        Ok(own(part.as_ref()))
    }
}

/// JSON text known to be valid, as a raw value.
fn raw(json: String) -> Box<RawValue> {
    RawValue::from_string(json).expect("JSON written by serde_json")
}

/// Reads a part as stored into its type. Text on more than one line (from a file written with
/// indentation) is read by way of a `Value`, so that a failure's path is found right.
fn read_stored<T: Kind>(stored: &RawValue) -> Result<T, DecodeError> {
    let text = stored.get();
    match text.contains('\n').then(|| serde_json::from_str::<Value>(text)) {
        Some(Ok(value)) => decode(&value),
        _ => decode_text(text),
    }
}

/// What a part holds, as a `Value`, to compare by.
fn value_of(json: &str) -> Option<Value> {
    serde_json::from_str(json).ok()
}

fn own<T: 'static>(part: &dyn Part) -> &T {
    part.any().downcast_ref().expect("a part holds its own type")
}

/// A new part, empty (see `empty`): nothing of the type's own code is needed to make it.
impl<T> Default for Kept<T> {
    fn default() -> Self {
        Kept::empty()
    }
}

impl<T: Kind> From<T> for Kept<T> {
    fn from(value: T) -> Self {
        Kept::new(value)
    }
}

/// The part, read if it is not yet. One that cannot be read shows as empty, and is still
/// written back as it was stored unless it is changed; `store::restore` reads every part
/// first, so in the app this is a part already read.
impl<T: Kind> Deref for Kept<T> {
    type Target = T;

    fn deref(&self) -> &T {
        match &self.state {
            State::Made(part) => own(part.as_ref()),
            State::Stored(stored, read) => own(read
                .get_or_init(|| Box::new(read_stored::<T>(stored).unwrap_or_default()))
                .as_ref()),
        }
    }
}

/// The part to change: from now on it is written from its type.
impl<T: Kind> DerefMut for Kept<T> {
    fn deref_mut(&mut self) -> &mut T {
        if let State::Stored(stored, read) = &mut self.state {
            let part = match read.take() {
                Some(part) => part,
                None => Box::new(read_stored::<T>(stored).unwrap_or_default()),
            };
            self.state = State::Made(part);
        }
        match &mut self.state {
            State::Made(part) => part.any_mut().downcast_mut().expect("a part holds its own type"),
            State::Stored(..) => unreachable!("made above"),
        }
    }
}

/// A copy of a part as stored is read again when it is used.
impl<T> Clone for Kept<T> {
    fn clone(&self) -> Self {
        Kept::with(match &self.state {
            State::Stored(stored, _) => State::Stored(stored.clone(), OnceLock::new()),
            State::Made(part) => State::Made(part.copy()),
        })
    }
}

/// Two parts in the same state are compared as they are; a part as stored and one made here,
/// as the JSON each is written as.
impl<T> PartialEq for Kept<T> {
    fn eq(&self, other: &Self) -> bool {
        match (&self.state, &other.state) {
            (State::Made(a), State::Made(b)) => a.same(b.as_ref()),
            (State::Stored(a, _), State::Stored(b, _)) => a.get() == b.get() || value_of(a.get()) == value_of(b.get()),
            (State::Made(made), State::Stored(stored, _)) | (State::Stored(stored, _), State::Made(made)) => {
                value_of(&made.json()) == value_of(stored.get())
            }
        }
    }
}

impl<T> fmt::Debug for Kept<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.state {
            State::Stored(stored, _) => write!(f, "Kept::Stored({})", stored.get()),
            // As its JSON: a `Debug` in the parts' table would keep every part type's `Debug`
            // (and the float printing it needs) in the wasm, for a message no user sees.
            State::Made(part) => write!(f, "Kept::Made({})", part.json()),
        }
    }
}

/// A part made here is written as its own JSON, embedded as it is.
impl<T> Serialize for Kept<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.state {
            State::Stored(stored, _) => stored.serialize(serializer),
            State::Made(part) => raw(part.json()).serialize(serializer),
        }
    }
}

/// Kept as JSON text: the part's own reading code runs only when it is used (`read`).
impl<'de, T> Deserialize<'de> for Kept<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(|stored| Kept::with(State::Stored(stored, OnceLock::new())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(default)]
    struct Part {
        n: u32,
        names: Vec<String>,
    }

    fn stored(json: &str) -> Kept<Part> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_stored_part_is_written_back_as_it_was_until_changed() {
        let mut part = stored(r#"{"n":3,"later":"kept"}"#);
        assert_eq!(part.n, 3);
        assert_eq!(serde_json::to_string(&part).unwrap(), r#"{"n":3,"later":"kept"}"#);
        part.n = 4;
        assert_eq!(serde_json::to_string(&part).unwrap(), r#"{"n":4,"names":[]}"#);
    }

    #[test]
    fn reading_says_where_a_part_cannot_be_read() {
        let part = stored(r#"{"names":["a",7],"n":1}"#);
        let e = part.read().unwrap_err();
        assert_eq!(e.path, "names[1]");
        assert!(e.message.contains("expected a string"), "{}", e.message);
        assert_eq!(stored(r#"{"n":2}"#).read().unwrap().n, 2);
    }

    #[test]
    fn a_part_that_cannot_be_read_shows_empty_and_is_not_lost() {
        let part = stored(r#"{"n":"three"}"#);
        assert_eq!(*part, Part::default());
        assert_eq!(serde_json::to_string(&part).unwrap(), r#"{"n":"three"}"#);
    }

    #[test]
    fn a_new_part_is_empty_and_reads_as_the_default() {
        let mut part = Kept::<Part>::default();
        assert_eq!(serde_json::to_string(&part).unwrap(), "{}");
        assert_eq!(*part.read().unwrap(), Part::default());
        part.names.push("a".into());
        assert_eq!(serde_json::to_string(&part).unwrap(), r#"{"n":0,"names":["a"]}"#);
        assert_eq!(serde_json::to_value(&part).unwrap()["names"][0], "a");
    }

    #[test]
    fn a_stored_part_keeps_every_number_exactly_as_written() {
        // Digits no reader of floats needs to get right: the text is not parsed until used.
        let json = r#"{"n":1,"rate":0.30000000000000004,"mean":2.3333333333333335,"tiny":1e-300,"big":123456789012345678901234567890}"#;
        let part = stored(json);
        assert_eq!(serde_json::to_string(&part).unwrap(), json);
        assert_eq!(serde_json::to_string(&part.clone()).unwrap(), json);
        // From a file written with indentation: a failure's path is still found.
        let indented = stored("{\n  \"n\": 1,\n  \"names\": [\n    \"a\",\n    7\n  ]\n}");
        assert_eq!(indented.read().unwrap_err().path, "names[1]");
        assert_eq!(indented, stored(r#"{"n":1,"names":["a",7]}"#));
    }

    #[test]
    fn parts_compare_by_what_they_hold_in_either_state() {
        let made = Kept::new(Part {
            n: 1,
            names: vec!["a".into()],
        });
        assert_eq!(made, stored(r#"{"names":["a"],"n":1}"#));
        assert_eq!(stored(r#"{"n":1,"names":["a"]}"#), made);
        assert_ne!(made, stored(r#"{"n":2,"names":["a"]}"#));
        assert_ne!(stored(r#"{"n":1}"#), stored(r#"{"n":2}"#));
        assert_eq!(made.clone(), made);
    }
}
