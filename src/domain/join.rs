//! Joining a workshop round from one's own phone: the facilitator's screen shows a QR code of a
//! link whose fragment carries the round (`…/#join=1.<round>.<unit>.<date>.<lang>.<statements>`),
//! and a phone that opens it starts answering in that very round, with nothing to type.
//!
//! The round travels in the fragment, so it works on any static host and never reaches a
//! server's logs. The code is versioned (the leading `1`) and names the version of the
//! statements it was made for, so that a phone with other statements says so instead of
//! answering different questions.

use super::content::{Content, Lang};
use super::model::{Round, is_iso_date};
use qrcodegen::{QrCode, QrCodeEcc};

/// What the fragment starts with.
pub const PREFIX: &str = "join=";
/// The format this app writes and reads.
pub const FORMAT: u32 = 1;

/// A round to join, as the code carries it.
#[derive(Clone, Debug, PartialEq)]
pub struct Join {
    pub round: String,
    pub unit: String,
    pub date: String,
    pub lang: Lang,
    /// `Content::statements_version` of the facilitator's app.
    pub statements: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum JoinError {
    /// Not a join code at all, or cut off.
    Malformed,
    /// Written by a newer app than this one.
    TooNew { found: u32 },
    /// The round's date is not a date.
    BadDate,
    /// The facilitator's app asks other statements than this one.
    OtherStatements,
}

impl Join {
    /// The round of `round` to join, in `lang`.
    pub fn of(round: &Round, lang: Lang, content: &Content) -> Self {
        Join {
            round: round.id.clone(),
            unit: round.unit.clone(),
            date: round.date.clone(),
            lang,
            statements: content.statements_version(),
        }
    }

    /// The fragment's text after `#`: `join=1.<round>.<unit>.<date>.<lang>.<statements>`, each
    /// part percent-encoded so that it holds no `.`.
    pub fn encode(&self) -> String {
        let parts = [
            FORMAT.to_string(),
            escape(&self.round),
            escape(&self.unit),
            escape(&self.date),
            self.lang.code().to_string(),
            escape(&self.statements),
        ];
        format!("{PREFIX}{}", parts.join("."))
    }

    /// Reads a fragment (with or without its `#`) made by `encode`, checked against `content`.
    pub fn decode(fragment: &str, content: &Content) -> Result<Self, JoinError> {
        let code = fragment
            .trim_start_matches('#')
            .strip_prefix(PREFIX)
            .ok_or(JoinError::Malformed)?;
        let parts: Vec<&str> = code.split('.').collect();
        let format: u32 = parts.first().and_then(|f| f.parse().ok()).ok_or(JoinError::Malformed)?;
        if format > FORMAT {
            return Err(JoinError::TooNew { found: format });
        }
        let [_, round, unit, date, lang, statements] = parts[..] else {
            return Err(JoinError::Malformed);
        };
        let lang = Lang::ALL
            .into_iter()
            .find(|l| l.code() == lang)
            .ok_or(JoinError::Malformed)?;
        let [round, unit, date, statements] = [round, unit, date, statements].map(unescape);
        let (Some(round), Some(unit), Some(date), Some(statements)) = (round, unit, date, statements) else {
            return Err(JoinError::Malformed);
        };
        if round.trim().is_empty() || unit.trim().is_empty() {
            return Err(JoinError::Malformed);
        }
        if !is_iso_date(&date) {
            return Err(JoinError::BadDate);
        }
        if statements != content.statements_version() {
            return Err(JoinError::OtherStatements);
        }
        Ok(Join {
            round,
            unit,
            date,
            lang,
            statements,
        })
    }
}

/// Bytes kept as they are in a fragment part; everything else is `%XX` of its UTF-8 bytes.
fn plain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~')
}

fn escape(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if plain(b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A QR code of `text`: its width in modules and, row by row, which are dark. Medium error
/// correction, which a laptop or phone camera reads off a projector screen.
pub fn qr(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let dark = (0..size * size).map(|i| code.get_module(i % size, i / size)).collect();
    Some((size as usize, dark))
}

impl Join {
    /// The round this device answers in: the facilitator's round id, unit and date, with one
    /// participant, the person holding this device. The answers they hand back are then known
    /// as that round's (see `response::export`).
    pub fn round(&self, participant: super::model::Participant) -> Round {
        Round {
            joined: true,
            ..Round::new(self.round.clone(), self.unit.clone(), self.date.clone(), participant)
        }
    }
}
