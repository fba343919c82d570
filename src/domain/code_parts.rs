//! An answer code too long for one QR code (long notes) as a short sequence of parts, "del 2
//! av 3", that the reader joins in any order. A part is `k/n/ID/text`: its place, how many
//! there are, an id shared by the parts of one code (from the whole code, so the parts of two
//! people's codes never mix) and its piece of the code. The slashes never occur in a code.

use std::collections::BTreeMap;

/// The most parts a code is split into: more, and text or a file is quicker.
pub const MAX_PARTS: usize = 9;

/// One part of a code, as read.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// From 1.
    pub index: usize,
    pub count: usize,
    pub id: String,
    pub piece: String,
}

/// The id shared by the parts of `code`: four base-32 characters of its FNV-1a hash.
fn id_of(code: &str) -> String {
    let h = code
        .bytes()
        .fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    (0..4)
        .map(|k| char::from(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[(h >> (5 * k) & 31) as usize]))
        .collect()
}

/// `code` as parts of at most `max_chars` characters each; the code itself when it fits, and
/// `None` when it would take more than `MAX_PARTS`.
pub fn split(code: &str, max_chars: usize) -> Option<Vec<String>> {
    if code.len() <= max_chars {
        return Some(vec![code.to_string()]);
    }
    // "k/n/IDID/": one digit each, as there are at most nine parts.
    let room = max_chars.checked_sub(9).filter(|r| *r > 0)?;
    let count = code.len().div_ceil(room);
    if count > MAX_PARTS || !code.is_ascii() {
        return None;
    }
    let id = id_of(code);
    Some(
        code.as_bytes()
            .chunks(room)
            .enumerate()
            .map(|(i, piece)| format!("{}/{count}/{id}/{}", i + 1, String::from_utf8_lossy(piece)))
            .collect(),
    )
}

/// `text` as a part, or `None` when it is not one (a whole code, or anything else).
pub fn part(text: &str) -> Option<Part> {
    let text = text.trim();
    let mut fields = text.splitn(4, '/');
    let index: usize = fields.next()?.parse().ok()?;
    let count: usize = fields.next()?.parse().ok()?;
    let id = fields.next()?.to_ascii_uppercase();
    let piece: String = fields.next()?.chars().filter(|c| !c.is_whitespace()).collect();
    let valid = (1..=count).contains(&index) && (2..=MAX_PARTS).contains(&count) && id.len() == 4;
    valid.then_some(Part {
        index,
        count,
        id,
        piece: piece.to_ascii_uppercase(),
    })
}

/// What adding a part to those read gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Gathered {
    /// Not a part: a whole code (or something else), to be read as it is.
    Whole(String),
    /// One more part (or one read before); `have` of `count` so far.
    Part { index: usize, count: usize, have: usize },
    /// The last missing part: the whole code, joined.
    Complete(String),
    /// A part that does not fit those read with its id (another count, another text in the
    /// same place), or parts that join into something that is not the code they came from.
    Mismatch,
}

/// The parts read so far, by code id.
#[derive(Clone, Debug, Default)]
pub struct Parts {
    codes: BTreeMap<String, (usize, BTreeMap<usize, String>)>,
}

impl Parts {
    pub fn add(&mut self, text: &str) -> Gathered {
        let Some(p) = part(text) else {
            return Gathered::Whole(text.to_string());
        };
        let (count, pieces) = self.codes.entry(p.id.clone()).or_insert((p.count, BTreeMap::new()));
        if *count != p.count || pieces.get(&p.index).is_some_and(|piece| *piece != p.piece) {
            return Gathered::Mismatch;
        }
        pieces.insert(p.index, p.piece);
        if pieces.len() < *count {
            return Gathered::Part {
                index: p.index,
                count: *count,
                have: pieces.len(),
            };
        }
        let whole: String = pieces.values().map(String::as_str).collect();
        self.codes.remove(&p.id);
        if id_of(&whole) == p.id {
            Gathered::Complete(whole)
        } else {
            Gathered::Mismatch
        }
    }

    /// The codes begun but not complete: (id, the parts missing, how many there are).
    pub fn missing(&self) -> Vec<(String, Vec<usize>, usize)> {
        self.codes
            .iter()
            .map(|(id, (count, pieces))| {
                (
                    id.clone(),
                    (1..=*count).filter(|k| !pieces.contains_key(k)).collect(),
                    *count,
                )
            })
            .collect()
    }
}
