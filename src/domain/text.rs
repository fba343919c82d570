//! Text compared without regard to case.
//!
//! Unit names and titles are matched and sorted in lower case. The standard library's
//! `str::to_lowercase` carries Unicode's case tables into the wasm (about 8 KB gzipped), while
//! the browser running it has the same tables already: so in the browser the lower case comes
//! from `String.prototype.toLowerCase`, and natively from the standard library. Both follow
//! Unicode's default case mapping (`ÄLDREBOENDET` → `äldreboendet`, a final `Σ` → `ς`).
//! This is the one place the domain asks the platform for anything.

/// `text` in lower case.
pub fn lowercase(text: &str) -> String {
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
    a.trim() == b.trim() || lowercase(a.trim()) == lowercase(b.trim())
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
    fn names_are_the_same_whatever_their_case_and_surrounding_space() {
        assert!(same_name(" HEMTJÄNSTEN ", "Hemtjänsten"));
        assert!(same_name("Elevhälsan", "elevhälsan"));
        assert!(!same_name("Elevhälsan", "Elevhälsan Syd"));
    }
}
