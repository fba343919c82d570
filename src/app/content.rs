//! The content of a language the wasm does not carry (English, see `domain::content`): read
//! from the page itself, where the single file inlines it, or fetched from `content-en.json`
//! beside index.html, which the service worker keeps with the other files for offline use.
//! Nothing leaves the browser: the file comes from where the app itself came from.

use crate::domain::{Content, Lang};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How the loading of a language stands, for the language switch and its notice.
#[derive(Clone, Copy)]
pub struct LanguageLoad {
    /// A language is being fetched.
    pub busy: RwSignal<bool>,
    /// The last language asked for could not be loaded; the page stays in the one it had.
    pub failed: RwSignal<bool>,
}

impl LanguageLoad {
    pub fn new() -> Self {
        LanguageLoad {
            busy: RwSignal::new(false),
            failed: RwSignal::new(false),
        }
    }
}

/// Makes `lang`'s content available to `Content::get`: at once if it is here, otherwise from
/// the page or its file.
pub async fn ensure(lang: Lang) -> Result<(), String> {
    if Content::has(lang) {
        return Ok(());
    }
    let id = format!("content-{}", lang.code());
    let text = match document().get_element_by_id(&id).and_then(|e| e.text_content()) {
        Some(text) => text,
        None => fetch_text(&format!("{id}.json")).await?,
    };
    Content::install(lang, &text).map_err(|e| e.to_string())
}

/// The text of the file at `url`, relative to the page.
async fn fetch_text(url: &str) -> Result<String, String> {
    let describe = |e: JsValue| format!("{url}: {}", e.as_string().unwrap_or_else(|| format!("{e:?}")));
    let response = JsFuture::from(window().fetch_with_str(url)).await.map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}
