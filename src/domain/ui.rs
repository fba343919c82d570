//! The plain interface texts: those of `content/<lang>/ui.json` with no value or markup in
//! them, in one table per language that `build.rs` writes from the files. The views show them
//! with `text!(i18n, ui.nav.start)`, which looks a constant key up here, so every such text is
//! shown by the same code. Texts with values or markup go through leptos_i18n's `t!`.

include!(concat!(env!("OUT_DIR"), "/ui_texts.rs"));

use super::lang::Lang;

/// One plain text, named in `keys` by its path in ui.json: `keys::nav::start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UiKey(u16);

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: UiKey) -> &'static str {
    let table = match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    };
    table[usize::from(key.0)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn file(lang: &str) -> Value {
        let text = std::fs::read_to_string(format!("content/{lang}/ui.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn every_text_is_the_one_in_its_file() {
        for (lang, code) in [(Lang::Sv, "sv"), (Lang::En, "en")] {
            let tree = file(code);
            for (i, path) in PATHS.iter().enumerate() {
                let expected = path.split('.').fold(&tree, |node, part| &node[part]);
                assert_eq!(Some(text(lang, UiKey(i as u16))), expected.as_str(), "{code}: {path}");
            }
        }
    }

    #[test]
    fn keys_name_their_texts() {
        let (sv, en) = (file("sv"), file("en"));
        assert_eq!(
            text(Lang::Sv, keys::nav::results),
            sv["nav"]["results"].as_str().unwrap()
        );
        assert_eq!(
            text(Lang::En, keys::nav::results),
            en["nav"]["results"].as_str().unwrap()
        );
        assert_ne!(text(Lang::Sv, keys::nav::results), text(Lang::En, keys::nav::results));
    }

    /// Every text of the file without values or markup is in the table, and no other.
    #[test]
    fn the_table_holds_the_plain_texts() {
        fn leaves(node: &Value, path: String, out: &mut Vec<(String, String)>) {
            match node {
                Value::Object(map) => map.iter().for_each(|(k, v)| {
                    let sub = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    leaves(v, sub, out)
                }),
                Value::String(s) => out.push((path, s.clone())),
                _ => panic!("{path}: not a text"),
            }
        }
        let mut all = Vec::new();
        leaves(&file("sv"), String::new(), &mut all);
        let plain = |s: &str| !s.contains("{{") && !s.contains('<');
        assert!(all.iter().any(|(_, s)| !plain(s)), "the file has texts with values");
        for (path, s) in &all {
            assert_eq!(PATHS.contains(&path.as_str()), plain(s), "{path}");
        }
        assert_eq!(COUNT, all.iter().filter(|(_, s)| plain(s)).count());
    }
}
