//! The interface texts of `content/<lang>/ui.json`, in one table per language that `build.rs`
//! writes from the files. The views show them with `text!(i18n, ui.nav.start)`, or with
//! `fill!(i18n, ui.step.next, name = …)` where values go into `{{ name }}`, both of which look a
//! constant key up here, so every text is shown by the same code.

include!(concat!(env!("OUT_DIR"), "/ui_texts.rs"));

use super::lang::Lang;
use super::ui_paths;
use serde_json::Value;
use std::sync::OnceLock;

/// One text, named in `keys` by its path in ui.json: `keys::nav::start`. It holds the text's
/// place in the table and its Swedish: a build carries the Swedish of the texts it shows only
/// (the walk build a fraction of them), and English is looked up by place once installed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UiKey(&'static (u16, &'static str));

/// English as read from the bundle the browser app fetches (native builds carry it built in).
static INSTALLED_EN: OnceLock<Box<[&'static str]>> = OnceLock::new();

/// The text of `key` in `lang`. In the browser, English is there once installed (the app
/// installs it before it shows English); until then the Swedish text stands in.
pub fn text(lang: Lang, key: UiKey) -> &'static str {
    let &(place, swedish) = key.0;
    match (lang, english()) {
        (Lang::En, Some(table)) => table[usize::from(place)],
        _ => swedish,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn english() -> Option<&'static [&'static str]> {
    Some(&EN)
}

#[cfg(target_arch = "wasm32")]
fn english() -> Option<&'static [&'static str]> {
    INSTALLED_EN.get().map(|table| &**table)
}

/// A language's texts, read from its ui.json, in the order of the table.
#[derive(Debug, PartialEq)]
pub struct Texts(Vec<String>);

/// Reads the texts of a ui.json (as parsed JSON). Refused unless its texts are exactly those
/// of the table, at the same paths.
pub fn read(tree: &Value) -> Result<Texts, String> {
    let Value::Object(tree) = tree else {
        return Err("the texts are not a JSON object".into());
    };
    let (mut paths, mut texts) = (Vec::new(), Vec::new());
    ui_paths::walk(tree, &mut |path, text| {
        paths.push(path.to_string());
        texts.push(text.to_string());
    })?;
    if texts.len() != COUNT || ui_paths::fingerprint(paths.iter().map(String::as_str)) != PATHS_FINGERPRINT {
        return Err("its texts are not those of this version of the app".into());
    }
    Ok(Texts(texts))
}

/// Makes `texts` the English table (Swedish is built in). Once installed, a table stays.
pub fn install_english(texts: Texts) {
    let table: Box<[&'static str]> = texts.0.into_iter().map(|s| &*s.leak()).collect();
    let _ = INSTALLED_EN.set(table);
}

/// `template` with each `{{ name }}` replaced by the value of that name, in one pass (a value
/// that itself holds `{{ … }}` stays as it is). A slot with no value is left as it is.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else { break };
        let name = rest[start + 2..start + len].trim();
        out.push_str(&rest[..start]);
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[start..start + len + 2]),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

/// The text before and after the slot `{{ name }}` of `template`, for a view that puts
/// something other than text there (a title in `<cite>`); all of it before when it has none.
pub fn around<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let mut from = 0;
    while let Some(start) = template[from..].find("{{").map(|i| from + i) {
        let Some(len) = template[start..].find("}}") else { break };
        if template[start + 2..start + len].trim() == name {
            return (&template[..start], &template[start + len + 2..]);
        }
        from = start + len + 2;
    }
    (template, "")
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
            for (i, (path, key)) in PATHS.iter().zip(KEYS).enumerate() {
                let expected = path.split('.').fold(&tree, |node, part| &node[part]);
                assert_eq!(Some(text(lang, key)), expected.as_str(), "{code}: {path}");
                assert_eq!(key.0.0, i as u16, "{path}: its place in the table");
            }
        }
    }

    /// Every text of the file is in the table.
    #[test]
    fn the_table_holds_every_text() {
        fn leaves(node: &Value, path: String, out: &mut Vec<String>) {
            match node {
                Value::Object(map) => map.iter().for_each(|(k, v)| {
                    let sub = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    leaves(v, sub, out)
                }),
                Value::String(_) => out.push(path),
                _ => panic!("{path}: not a text"),
            }
        }
        let mut all = Vec::new();
        leaves(&file("sv"), String::new(), &mut all);
        assert_eq!(COUNT, all.len());
        assert!(all.iter().all(|path| PATHS.contains(&path.as_str())));
    }

    #[test]
    fn values_fill_their_slots_once() {
        let values = [("name", "Ada {{ count }}".to_string()), ("count", "3".to_string())];
        assert_eq!(
            fill("{{ name }} har {{count}} svar.", &values),
            "Ada {{ count }} har 3 svar."
        );
        assert_eq!(fill("Inga {{ okänd }} här", &values), "Inga {{ okänd }} här");
        assert_eq!(fill("Trasig {{ name", &values), "Trasig {{ name");
        assert_eq!(fill("", &values), "");
        let filled = fill(text(Lang::Sv, keys::step::next), &[("name", "Ledarskap".into())]);
        assert!(filled.contains("Ledarskap") && !filled.contains("{{"), "{filled}");
    }

    #[test]
    fn the_text_around_a_slot() {
        assert_eq!(around("Från {{ title }} (SOU).", "title"), ("Från ", " (SOU)."));
        assert_eq!(around("{{ a }} och {{ title }}", "title"), ("{{ a }} och ", ""));
        assert_eq!(around("Ingen plats", "title"), ("Ingen plats", ""));
        let (before, after) = around(text(Lang::En, keys::app::source), "title");
        assert!(
            before.ends_with("report ") && after.starts_with(" (SOU 2018:47)"),
            "{before}|{after}"
        );
    }

    #[test]
    fn an_english_file_reads_as_the_built_in_table() {
        let Texts(texts) = read(&file("en")).unwrap();
        assert_eq!(texts, EN.to_vec());
        let Texts(texts) = read(&file("sv")).unwrap();
        assert_eq!(texts, SV.to_vec());
    }

    #[test]
    fn texts_of_another_version_are_refused() {
        let mut renamed = file("en");
        let nav = renamed["nav"].as_object_mut().unwrap();
        let start = nav.remove("start").unwrap();
        nav.insert("begin".into(), start);
        assert!(read(&renamed).is_err(), "a key renamed");

        let mut missing = file("en");
        missing["nav"].as_object_mut().unwrap().remove("results");
        assert!(read(&missing).is_err(), "a key missing");

        let mut extra = file("en");
        extra["nav"]["more"] = Value::String("More".into());
        assert!(read(&extra).is_err(), "a text added");

        let mut not_text = file("en");
        not_text["nav"]["results"] = Value::from(3);
        assert!(read(&not_text).is_err(), "a number for a text");
        assert!(read(&Value::from("texts")).is_err(), "not an object");
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
}
