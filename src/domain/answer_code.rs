//! One person's answers as a short code: shown on their phone as a QR code, or copied as text,
//! and read into the facilitator's round (see `response::check`), as a response file is.
//!
//! The code is compact and versioned, in bytes:
//! a format byte; the round's and the statements' fingerprints (4 bytes each: enough to tell this
//! round from another, the round itself is known where the code is read); the participant's
//! fingerprint (4 bytes, so the same person's code read twice counts once); the number of
//! statements and their answers packed three bits each (0 none, 1–5 the score, 6 "vet ej"); the
//! name, if one was typed, and the notes, if the person chose to include them (length-prefixed
//! UTF-8); and a checksum of all before it (2 bytes). The bytes are written in base 32 (A–Z, 2–7),
//! which QR codes hold in their compact alphanumeric mode and which survives being pasted into a chat.

use super::content::Content;
use super::model::{Answer, Round};
use super::response::{KIND, ResponseFile, VERSION};
use std::collections::BTreeMap;

/// The format this app writes and reads.
pub const FORMAT: u8 = 1;
/// The longest code shown as a QR code: version 10 (57 modules), still read by a laptop
/// camera from a phone held at arm's length. Longer codes (long notes) go as text or a file.
pub const CAMERA_CHARS: usize = 300;
/// The longest code read: a few hundred characters without notes; notes make it longer.
pub const MAX_CHARS: usize = 4096;

#[derive(Clone, Debug, PartialEq)]
pub enum CodeError {
    /// Not base 32, cut off, or its checksum does not match: damaged or not an answer code.
    Damaged,
    /// Written by a newer app.
    TooNew { found: u8 },
    /// Answered in another round than this one.
    OtherRound,
    /// Answered to other statements than this app asks.
    OtherStatements,
    /// Holds no answer at all.
    Empty,
}

/// FNV-1a, 32 bits: the fingerprint of an id.
fn fingerprint(text: &str) -> u32 {
    text.bytes()
        .fold(0x811c_9dc5, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

fn checksum(bytes: &[u8]) -> u16 {
    let h = bytes
        .iter()
        .fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193));
    (h ^ (h >> 16)) as u16
}

/// `participant`'s answers in `round` as a code; `name` and `notes` only if given.
pub fn encode(round: &Round, content: &Content, participant: &str, name: &str, with_notes: bool) -> String {
    let response = round.assessment.response(participant);
    let mut out = vec![FORMAT];
    out.extend(fingerprint(&round.id).to_be_bytes());
    out.extend(
        u32::from_str_radix(&content.statements_version(), 16)
            .unwrap_or(0)
            .to_be_bytes(),
    );
    out.extend(fingerprint(participant).to_be_bytes());
    let statements: Vec<&str> = content
        .principles
        .iter()
        .flat_map(|p| p.statements.iter().map(|s| s.id.as_str()))
        .collect();
    out.push(statements.len() as u8);
    let mut bits = Bits::default();
    for id in &statements {
        let value = match response.and_then(|r| r.answers.get(*id)) {
            None => 0,
            Some(Answer::Score(n)) => *n,
            Some(Answer::DontKnow) => 6,
        };
        bits.push(value, 3);
    }
    out.extend(bits.bytes);
    push_text(&mut out, name.trim());
    let notes: Vec<(usize, &String)> = match response {
        Some(r) if with_notes => content
            .principles
            .iter()
            .enumerate()
            .filter_map(|(i, p)| r.notes.get(&p.id).filter(|n| !n.trim().is_empty()).map(|n| (i, n)))
            .collect(),
        _ => Vec::new(),
    };
    out.push(notes.len() as u8);
    for (i, note) in notes {
        out.push(i as u8);
        push_text(&mut out, note);
    }
    let sum = checksum(&out);
    out.extend(sum.to_be_bytes());
    base32(&out)
}

/// Reads a code into the response file it stands for in `round`, or says why it cannot be.
pub fn decode(code: &str, round: &Round, content: &Content) -> Result<ResponseFile, CodeError> {
    let text: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() || text.len() > MAX_CHARS {
        return Err(CodeError::Damaged);
    }
    let bytes = unbase32(&text).ok_or(CodeError::Damaged)?;
    let (body, sum) = bytes
        .split_at_checked(bytes.len().checked_sub(2).ok_or(CodeError::Damaged)?)
        .ok_or(CodeError::Damaged)?;
    if checksum(body).to_be_bytes() != sum {
        return Err(CodeError::Damaged);
    }
    let mut r = Reader { bytes: body, at: 0 };
    let format = r.byte()?;
    if format > FORMAT {
        return Err(CodeError::TooNew { found: format });
    }
    if format == 0 {
        return Err(CodeError::Damaged);
    }
    if r.u32()? != fingerprint(&round.id) {
        return Err(CodeError::OtherRound);
    }
    let statements_version = r.u32()?;
    let participant = r.u32()?;
    let count = usize::from(r.byte()?);
    let statements: Vec<&str> = content
        .principles
        .iter()
        .flat_map(|p| p.statements.iter().map(|s| s.id.as_str()))
        .collect();
    if format!("{statements_version:08x}") != content.statements_version() || count != statements.len() {
        return Err(CodeError::OtherStatements);
    }
    let packed = r.take((count * 3).div_ceil(8))?;
    let mut answers = BTreeMap::new();
    for (i, id) in statements.iter().enumerate() {
        let answer = match read_bits(packed, i * 3, 3) {
            0 => None,
            n @ 1..=5 => Some(Answer::Score(n)),
            6 => Some(Answer::DontKnow),
            _ => return Err(CodeError::Damaged),
        };
        if let Some(a) = answer {
            answers.insert((*id).to_string(), a);
        }
    }
    let name = r.text()?;
    let mut notes = BTreeMap::new();
    for _ in 0..r.byte()? {
        let principle = content
            .principles
            .get(usize::from(r.byte()?))
            .ok_or(CodeError::Damaged)?;
        notes.insert(principle.id.clone(), r.text()?);
    }
    if r.at != body.len() {
        return Err(CodeError::Damaged);
    }
    if answers.is_empty() {
        return Err(CodeError::Empty);
    }
    Ok(ResponseFile {
        kind: KIND.to_string(),
        version: VERSION,
        id: format!("{}.c{participant:08x}", round.id),
        name,
        unit: round.unit.clone(),
        date: round.date.clone(),
        answers,
        notes,
    })
}

fn push_text(out: &mut Vec<u8>, text: &str) {
    let bytes = &text.as_bytes()[..text.len().min(u16::MAX as usize)];
    // Cut at a character boundary.
    let end = (0..=bytes.len()).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
    out.extend((end as u16).to_be_bytes());
    out.extend(&text.as_bytes()[..end]);
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u8, width: usize) {
        for k in (0..width).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if value >> k & 1 == 1 {
                let last = self.bytes.last_mut().expect("pushed above");
                *last |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }
}

fn read_bits(bytes: &[u8], from: usize, width: usize) -> u8 {
    (from..from + width).fold(0, |v, i| v << 1 | (bytes[i / 8] >> (7 - i % 8) & 1))
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], CodeError> {
        let out = self.bytes.get(self.at..self.at + n).ok_or(CodeError::Damaged)?;
        self.at += n;
        Ok(out)
    }
    fn byte(&mut self) -> Result<u8, CodeError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, CodeError> {
        Ok(u32::from_be_bytes(self.take(4)?.try_into().expect("four bytes")))
    }
    fn text(&mut self) -> Result<String, CodeError> {
        let len = u16::from_be_bytes(self.take(2)?.try_into().expect("two bytes"));
        String::from_utf8(self.take(usize::from(len))?.to_vec()).map_err(|_| CodeError::Damaged)
    }
}

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

fn base32(bytes: &[u8]) -> String {
    let mut bits = 0u32;
    let mut held = 0;
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    for b in bytes {
        bits = bits << 8 | u32::from(*b);
        held += 8;
        while held >= 5 {
            held -= 5;
            out.push(char::from(ALPHABET[(bits >> held & 31) as usize]));
        }
    }
    if held > 0 {
        out.push(char::from(ALPHABET[(bits << (5 - held) & 31) as usize]));
    }
    out
}

fn unbase32(text: &str) -> Option<Vec<u8>> {
    let mut bits = 0u32;
    let mut held = 0;
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|a| *a == c.to_ascii_uppercase())? as u32;
        bits = (bits << 5 | v) & 0xffff;
        held += 5;
        if held >= 8 {
            held -= 8;
            out.push((bits >> held) as u8);
        }
    }
    // What is left over must be the zero padding `base32` writes: one code per content.
    (held < 5 && bits & ((1 << held) - 1) == 0).then_some(out)
}
