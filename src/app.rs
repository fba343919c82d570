//! The browser app: provides the stored document and the language to every view, and routes
//! each page of the walk to its own address so reload and the back button land on it.

mod browser;
mod state;

pub use browser::{download, new_id, today};
pub use state::{RestoreErrorKind, StorageStatus, Store};

use crate::components::{LangSwitch, StorageNotice};
use crate::domain::Lang;
use crate::i18n::*;
use crate::views::{
    NotFound, OverTime, PassOn, PlanView, Projector, Results, Start, Step, TeamView, ThiefForm, Thieves, Workshop,
};
use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::path;

/// Mounts the app on the page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_crash_notice();
    }));
    if let Some(loading) = document().get_element_by_id("loading") {
        loading.remove();
    }
    leptos::mount::mount_to_body(App);
    // A self-check anyone can run: `?sjalvtest=krasch` makes the app fail on purpose once it is
    // running, to see that the crash is reported and that what was saved stays saved.
    if window()
        .location()
        .search()
        .is_ok_and(|s| s.contains("sjalvtest=krasch"))
    {
        panic!("self-check: a deliberate crash");
    }
}

#[component]
fn App() -> impl IntoView {
    let store = Store::load();
    store.follow_other_tabs();
    provide_context(store);
    view! {
        <I18nContextProvider>
            <Shell store />
        </I18nContextProvider>
    }
}

/// The language the interface is shown in, as the domain names it.
pub fn use_lang() -> Memo<Lang> {
    let i18n = use_i18n();
    Memo::new(move |_| match i18n.get_locale() {
        Locale::sv => Lang::Sv,
        Locale::en => Lang::En,
    })
}

pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::Sv => Locale::sv,
        Lang::En => Locale::en,
    }
}

#[component]
fn Shell(store: Store) -> impl IntoView {
    let i18n = use_i18n();
    // The stored choice (Swedish unless the user chose otherwise), not the browser's language.
    // An effect, so that it runs after the i18n context's own detection.
    let lang = store.with_untracked(|d| d.settings.lang);
    i18n.set_locale(locale_of(lang));
    Effect::new(move |_| i18n.set_locale(locale_of(lang)));
    view! {
        <Router>
            <a class="skip-link" href="#main">{t!(i18n, ui.nav.skip)}</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <A href="/" attr:class="brand">
                        <span class="brand__name">"Tillit"</span>
                        <span class="brand__tagline">{t!(i18n, ui.app.tagline)}</span>
                    </A>
                    <nav aria-label=move || t_string!(i18n, ui.nav.label)>
                        <ul class="nav">
                            <li><A href="/" exact=true>{t!(i18n, ui.nav.start)}</A></li>
                            <li><A href="/deltagare">{t!(i18n, ui.nav.workshop)}</A></li>
                            <li><A href="/princip">{t!(i18n, ui.nav.assessment)}</A></li>
                            <li><A href="/resultat">{t!(i18n, ui.nav.results)}</A></li>
                            <li><A href="/team">{t!(i18n, ui.nav.team)}</A></li>
                            <li><A href="/over-tid">{t!(i18n, ui.nav.over_time)}</A></li>
                            <li><A href="/tidstjuvar">{t!(i18n, ui.nav.thieves)}</A></li>
                            <li><A href="/plan">{t!(i18n, ui.nav.plan)}</A></li>
                        </ul>
                    </nav>
                    <LangSwitch />
                </div>
            </header>
            <StorageNotice />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Start />
                    <Route path=path!("/princip") view=Step />
                    <Route path=path!("/princip/:id") view=Step />
                    <Route path=path!("/resultat") view=Results />
                    <Route path=path!("/deltagare") view=Workshop />
                    <Route path=path!("/team") view=TeamView />
                    <Route path=path!("/team/visning") view=Projector />
                    <Route path=path!("/over-tid") view=OverTime />
                    <Route path=path!("/tidstjuvar") view=Thieves />
                    <Route path=path!("/tidstjuvar/ny") view=ThiefForm />
                    <Route path=path!("/tidstjuvar/vidare") view=PassOn />
                    <Route path=path!("/tidstjuvar/:id") view=ThiefForm />
                    <Route path=path!("/plan") view=PlanView />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{t!(i18n, ui.app.privacy)}</p>
                <p>{t!(i18n, ui.app.source)}</p>
            </footer>
        </Router>
    }
}
