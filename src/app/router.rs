//! Which page the address shows, and going to another one without reloading.
//!
//! The page is kept in the address's fragment: `…/tillit/#/princip/tillit`. The path is always
//! where index.html is, so the same build works at a site's root, under any sub-path and
//! straight from a file (where `history.pushState` may not change the path), a reload or a
//! shared link lands on its page on any static host without rewrite rules, and the fragment
//! never reaches a server. leptos_router only reads the path, which is why this small router
//! takes its place. Links are plain `<a href="/…">`: clicks on them are caught and turned into
//! navigation here.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy)]
pub struct Router {
    /// The page's path, e.g. `/princip/tillit`.
    path: RwSignal<String>,
    /// The query, without `?`, e.g. `klar=1`.
    query: RwSignal<String>,
}

/// The path and query of the page as the address's fragment says now. A fragment that is not
/// a page (such as `#main` of the skip link) says nothing: `None`.
fn read_address() -> Option<(String, String)> {
    let hash = window().location().hash().unwrap_or_default();
    if hash.is_empty() || hash == "#" {
        return Some(("/".to_string(), String::new()));
    }
    let inner = hash.strip_prefix("#/")?;
    Some(match inner.split_once('?') {
        Some((p, q)) => (format!("/{p}"), q.to_string()),
        None => (format!("/{inner}"), String::new()),
    })
}

/// Sets up the router for the app and follows the back and forward buttons.
pub fn provide_router() -> Router {
    let (path, query) = read_address().unwrap_or_else(|| ("/".to_string(), String::new()));
    let router = Router {
        path: RwSignal::new(path),
        query: RwSignal::new(query),
    };
    let sync = move || {
        let Some((path, query)) = read_address() else {
            return;
        };
        if router.path.get_untracked() != path {
            router.path.set(path);
        }
        if router.query.get_untracked() != query {
            router.query.set(query);
        }
    };
    let popstate = window_event_listener(ev::popstate, move |_| sync());
    let hashchange = window_event_listener(ev::hashchange, move |_| sync());
    let clicks = window_event_listener(ev::click, move |e| router.follow_link(&e));
    on_cleanup(move || {
        popstate.remove();
        hashchange.remove();
        clicks.remove();
    });
    provide_context(router);
    router
}

pub fn use_router() -> Router {
    expect_context::<Router>()
}

impl Router {
    /// The page's path, tracked.
    pub fn path(&self) -> String {
        self.path.get()
    }

    /// The page's path, for a closure that reads it as a `Memo`.
    pub fn path_signal(&self) -> RwSignal<String> {
        self.path
    }

    /// Whether the query has `key`, tracked.
    pub fn has_query(&self, key: &str) -> bool {
        self.query
            .with(|q| q.split('&').any(|pair| pair.split('=').next() == Some(key)))
    }

    /// Goes to `to` (a path with an optional query), as a new entry in the history.
    pub fn navigate(&self, to: &str) {
        self.go(to, false);
    }

    /// Goes to `to` in place of the current entry, so "back" skips it.
    pub fn replace(&self, to: &str) {
        self.go(to, true);
    }

    fn go(&self, to: &str, replace: bool) {
        // The start page is the bare address of the app; every other page its fragment.
        let url = if to == "/" {
            let location = window().location();
            location.pathname().unwrap_or_default() + &location.search().unwrap_or_default()
        } else {
            format!("#{to}")
        };
        if let Ok(history) = window().history() {
            let state = wasm_bindgen::JsValue::NULL;
            let _ = if replace {
                history.replace_state_with_url(&state, "", Some(&url))
            } else {
                history.push_state_with_url(&state, "", Some(&url))
            };
        }
        let (path, query) = match to.split_once('?') {
            Some((p, q)) => (p.to_string(), q.to_string()),
            None => (to.to_string(), String::new()),
        };
        let changed_page = self.path.get_untracked() != path;
        self.query.set(query);
        self.path.set(path);
        if changed_page {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// A click on a link within the app goes to its page without reloading; a click with a
    /// modifier key, on a download, or on a link to elsewhere is left to the browser.
    fn follow_link(&self, e: &web_sys::MouseEvent) {
        if e.default_prevented() || e.button() != 0 || e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
            return;
        }
        let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
            return;
        };
        let Some(link) = target.closest("a[href]").ok().flatten() else {
            return;
        };
        if link.has_attribute("download") || link.get_attribute("target").is_some_and(|t| t != "_self") {
            return;
        }
        let href = link.get_attribute("href").unwrap_or_default();
        if !href.starts_with('/') || href.starts_with("//") {
            return;
        }
        e.prevent_default();
        self.navigate(&href);
    }
}

/// A link in the main menu, marked as the current page where it leads (the start page only
/// exactly; the others also for the pages under them).
#[component]
pub fn NavLink(href: &'static str, children: Children) -> impl IntoView {
    let router = use_router();
    let path = router.path_signal();
    let current = Memo::new(move |_| {
        path.with(|p| {
            if href == "/" {
                p == "/"
            } else {
                p == href || p.starts_with(&format!("{href}/"))
            }
        })
    });
    view! {
        <a href=href aria-current=move || current.get().then_some("page")>{children()}</a>
    }
}
