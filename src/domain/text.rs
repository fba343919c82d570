//! Text compared without regard to case.
//!
//! Unit names and titles are matched and sorted in lower case. The standard library's
//! `str::to_lowercase` carries Unicode's case tables into the wasm (about 8 KB gzipped), while
//! the browser running it has the same tables already: so in the browser the lower case comes
//! from `String.prototype.toLowerCase`, and natively from the standard library. Both follow
//! Unicode's default case mapping (`ÄLDREBOENDET` → `äldreboendet`, a final `Σ` → `ς`).
//! This is the one place the domain asks the platform for anything.

use std::cmp::Ordering;

/// `text` in lower case.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JsString::from(text).to_lower_case().into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        #[allow(clippy::disallowed_methods)]
        text.to_lowercase()
    }
}

/// Whether `a` and `b` are the same name: compared without regard to case and surrounding space.
pub fn same_name(a: &str, b: &str) -> bool {
    compare(a.trim(), b.trim()) == Ordering::Equal
}

/// `a` and `b` in the order of their lower case, as `lowercase(a).cmp(&lowercase(b))`.
///
/// Letter by letter: the same letters, and letters of ASCII, are compared here; only where two
/// letters outside ASCII differ (`Ä` and `ä`), or at a `Σ` (whose lower case depends on what
/// follows it), are the whole texts put in lower case. Names are compared often (every report
/// file with every other), and most of them differ in an ASCII letter or not at all.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.chars(), b.chars());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c == d && c != 'Σ' => {}
            (Some(c), Some(d)) if c.is_ascii() && d.is_ascii() => {
                match c.to_ascii_lowercase().cmp(&d.to_ascii_lowercase()) {
                    Ordering::Equal => {}
                    order => return order,
                }
            }
            _ => return lowercase(a).cmp(&lowercase(b)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_of_any_script() {
        assert_eq!(lowercase("ÄLDREBOENDET Ängen"), "äldreboendet ängen");
        assert_eq!(lowercase("ÖSTRA"), "östra");
        assert_eq!(lowercase("ΟΔΟΣ"), "\u{3bf}\u{3b4}\u{3bf}\u{3c2}");
        assert_eq!(lowercase("İ"), "i\u{307}");
    }

    #[test]
    fn compared_as_their_lower_case() {
        let names = [
            "Äldreboendet",
            "äldreboendet",
            "ÄLDREBOENDET Syd",
            "Hemtjänsten",
            "hemtjänsten Farsta",
            "HEMTJÄNSTEN",
            "Elevhälsan",
            "elevhälsan",
            "Enhet 01",
            "enhet 1",
            "Enhet 10",
            "",
            "a",
            "A~",
            "Ab",
            "ΑΣ",
            "ΑΣ~",
            "ΑΣa",
            "Öst",
            "öst",
            "Örebro",
            "İ",
            "i",
            "straße",
            "STRASSE",
        ];
        for a in names {
            for b in names {
                assert_eq!(compare(a, b), lowercase(a).cmp(&lowercase(b)), "{a} and {b}");
            }
        }
    }

    #[test]
    fn names_are_the_same_whatever_their_case_and_surrounding_space() {
        assert!(same_name(" HEMTJÄNSTEN ", "Hemtjänsten"));
        assert!(same_name("Elevhälsan", "elevhälsan"));
        assert!(!same_name("Elevhälsan", "Elevhälsan Syd"));
    }
}
