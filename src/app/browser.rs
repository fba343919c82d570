//! Small things only the browser can do: today's date, fresh ids, and handing the user a file.

use wasm_bindgen::JsCast;

/// Today's local date, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// An id that no other item in this browser has: the time plus a random part. Within one page
/// the time never repeats (an id made in the same millisecond as the last one, or after the
/// clock was set back, takes the next millisecond), so two ids made here are never the same.
/// Adding to a round goes through methods that check the id there too (`add_participant`,
/// `add_thief`, `add_action`).
pub fn new_id(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static LAST: AtomicU64 = AtomicU64::new(0);
    let now = js_sys::Date::now() as u64;
    let time = LAST
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| Some(now.max(last + 1)))
        .map_or(now, |last| now.max(last + 1));
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{prefix}-{time:x}-{random:08x}")
}

/// Offers `text` to the user as a file called `filename`; nothing leaves the browser.
pub fn download(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        if let Some(body) = document.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Why a chosen file's text was not read: larger than allowed (its size in bytes, not read at
/// all), or the browser could not read it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FileUnread {
    TooLarge(usize),
    Unreadable,
}

/// The text of a file the user chose, read only when it is at most `max` bytes.
pub async fn file_text(file: &web_sys::File, max: usize) -> Result<String, FileUnread> {
    if file.size() > max as f64 {
        return Err(FileUnread::TooLarge(file.size() as usize));
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(FileUnread::Unreadable)
}

/// After the app has crashed it can no longer run any of its own code, so the notice is plain
/// HTML: what happened, that what was saved is still saved, and a link that reloads the page.
pub fn show_crash_notice() {
    let document = leptos::prelude::document();
    if document.get_element_by_id("crash").is_some() {
        return;
    }
    let english = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .is_some_and(|lang| lang.starts_with("en"));
    let (title, body, reload) = if english {
        (
            "Something went wrong in Tillit",
            "The page has stopped working. What was saved before this happened is still saved in this browser.",
            "Reload the page",
        )
    } else {
        (
            "Något gick fel i Tillit",
            "Sidan har slutat fungera. Det som var sparat innan dess finns kvar i webbläsaren.",
            "Ladda om sidan",
        )
    };
    let Ok(notice) = document.create_element("div") else {
        return;
    };
    notice.set_id("crash");
    notice.set_class_name("notice notice--error crash");
    let _ = notice.set_attribute("role", "alert");
    for (tag, text) in [("h2", title), ("p", body)] {
        if let Ok(el) = document.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = notice.append_child(&el);
        }
    }
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", "");
        link.set_class_name("button");
        link.set_text_content(Some(reload));
        let _ = notice.append_child(&link);
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}

/// A file name part from a unit's name: letters and digits, the rest as dashes.
pub fn file_name_part(s: &str) -> String {
    let mut out = String::new();
    for c in crate::domain::text::lowercase(s.trim()).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}
