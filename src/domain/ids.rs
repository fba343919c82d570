//! Ids kept unique within their list.

/// An id made from `id` that is not `taken`: `id-2`, `id-3`, … whichever comes first. Used to
/// keep every id in a round (and every round id in a document) unique.
pub fn unused_id(id: &str, taken: impl Fn(&str) -> bool) -> String {
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| !taken(candidate))
        .expect("some number is free")
}
