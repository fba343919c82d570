//! The browser app: provides the stored document and the language to every view, and routes
//! each page of the walk to its own address so reload and the back button land on it.

mod browser;
pub mod camera;
mod content;
mod router;
mod state;

pub use crate::i18n::use_lang;
pub use browser::{FileUnread, download, file_name_part, file_text, new_id, today};
pub use content::LanguageLoad;
pub use router::use_router;
pub use state::{RestoreErrorKind, StorageStatus, Store};

use crate::components::{LangSwitch, LanguageNotice, NotFound, SavingNotice, StorageNotice};
use crate::domain::Lang;
use crate::domain::join::{self, Join, JoinError};
use crate::domain::model::Participant;
use crate::i18n::*;
use crate::store::Document;
use crate::views::{
    Backup, HandIn, OverTime, Overview, PassOn, PlanView, Projector, Receive, Report, Results, Start, Step, TeamView,
    ThiefForm, Thieves, Workshop,
};
use leptos::prelude::*;
use router::{NavLink, provide_router};
use std::sync::atomic::{AtomicBool, Ordering};

/// What one build of the app draws and how it reads the stored document: `FULL`, `WALK` or one
/// of the page builds (`WORKSHOP`, `RECEIVE`, `RESULTS`, `THIEVES`, `OVERVIEW`).
#[derive(Clone, Copy)]
pub struct Build {
    pub pages: Pages,
    /// How it reads the stored document.
    pub read: crate::store::Reader,
    /// What it does to the document after each change.
    pub settle: fn(&mut Document),
    /// What it says at the top of every page about the stored document.
    pub notice: fn() -> AnyView,
    /// What it does with a join link in the address (`#join=…`): takes it (`take_join`), or
    /// leaves it to the walk build (`leave_join`), so that a page build carries none of the
    /// reading of join codes.
    pub join: fn(Store) -> Option<Result<(), JoinError>>,
}

/// Every page, and every part of the stored document read: the full build.
pub const FULL: Build = Build {
    pages: every_page,
    read: crate::store::restore,
    settle: Document::carry_over_pending,
    notice: || view! { <StorageNotice /> }.into_any(),
    join: take_join,
};

/// The start page, the steps and handing answers in, with the rounds' audits and plans left
/// as they were stored, unread, and a new round's carrying over left to the full build
/// (neither is used on these pages): the walk build.
pub const WALK: Build = Build {
    pages: walk_pages,
    read: crate::store::restore_rounds,
    settle: |_| {},
    notice: || view! { <SavingNotice /> }.into_any(),
    join: take_join,
};

/// How the page builds read and keep the stored document: every part read, but only a
/// document this version wrote that needs no repair (`store::restore_current`); anything else
/// is left to the full build, as the walk build leaves it, so that the migrations, the
/// repairs and what tells of them are in the full build alone.
const PAGE_BUILD: Build = Build {
    pages: |_| None,
    read: crate::store::restore_current,
    settle: Document::carry_over_pending,
    notice: || view! { <SavingNotice /> }.into_any(),
    join: leave_join,
};

/// The workshop's pages: the participants, the team view and the projector, which a facilitator
/// moves between during a workshop. Like the walk build, it uses only the rounds' answers, and
/// reads and keeps the stored document as the walk build does.
pub const WORKSHOP: Build = Build {
    pages: |page| match page {
        Page::Workshop => Some(view! { <Workshop /> }.into_any()),
        Page::Team => Some(view! { <TeamView /> }.into_any()),
        Page::Projector => Some(view! { <Projector /> }.into_any()),
        _ => elsewhere(page),
    },
    join: leave_join,
    ..WALK
};

/// Taking in the answers from everyone's own device: the camera, pasted codes and response
/// files. A build of its own, so that the workshop's other pages load without the camera and
/// the reading of codes and files; it reads and keeps the document as the walk build does.
pub const RECEIVE: Build = Build {
    pages: |page| match page {
        Page::Receive => Some(view! { <Receive /> }.into_any()),
        _ => elsewhere(page),
    },
    join: leave_join,
    ..WALK
};

/// The results, the plan and the report built from both.
pub const RESULTS: Build = Build {
    pages: |page| match page {
        Page::Results => Some(view! { <Results /> }.into_any()),
        Page::Plan => Some(view! { <PlanView /> }.into_any()),
        Page::Report => Some(view! { <Report /> }.into_any()),
        _ => elsewhere(page),
    },
    ..PAGE_BUILD
};

/// The time-thief audit: the list, a thief's form and passing thieves on. Its pages use the
/// rounds' audits alone: it reads and checks them, and keeps the plans as they were stored
/// (`store::restore_audits`), so that the plans' code is not in it.
pub const THIEVES: Build = Build {
    pages: |page| match page {
        Page::Thieves => Some(view! { <Thieves /> }.into_any()),
        Page::ThiefForm => Some(view! { <ThiefForm /> }.into_any()),
        Page::PassOn => Some(view! { <PassOn /> }.into_any()),
        _ => elsewhere(page),
    },
    read: crate::store::restore_audits,
    settle: Document::carry_thieves_pending,
    ..PAGE_BUILD
};

/// A manager's pages: the overview of many units, results over time and the backup.
pub const OVERVIEW: Build = Build {
    pages: |page| match page {
        Page::Overview => Some(view! { <Overview /> }.into_any()),
        Page::OverTime => Some(view! { <OverTime /> }.into_any()),
        Page::Backup => Some(view! { <Backup /> }.into_any()),
        _ => elsewhere(page),
    },
    ..PAGE_BUILD
};

/// What a page build draws of the pages that are not its own: an address that is no page.
fn elsewhere(page: Page) -> Option<AnyView> {
    (page == Page::NotFound).then(|| view! { <NotFound /> }.into_any())
}

/// Mounts the app on the page as `build` draws it (see `Pages`).
pub fn start(build: Build) {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_crash_notice();
    }));
    let Some(store) = Store::load(build.read, build.settle) else {
        return;
    };
    // A join link is taken first, so that the app opens in its language. That language's
    // content is loaded before the app draws (English is not in the wasm), so that nothing
    // shows in the wrong one.
    let joined = (build.join)(store);
    let lang = store.with_untracked(|d| d.settings.lang);
    if crate::domain::Content::has(lang) {
        mount(store, build, joined);
    } else {
        // Not Leptos's spawn: its executor starts with the app.
        wasm_bindgen_futures::spawn_local(async move {
            // If it fails, the app opens in Swedish and says so (`show_language`).
            let _ = content::ensure(lang).await;
            mount(store, build, joined);
        });
    }
}

fn mount(store: Store, build: Build, joined: Option<Result<(), JoinError>>) {
    // The first screen index.html painted before the wasm loaded (scripts/first-screen.mjs)
    // goes in the same frame as the app draws its own, in the same places.
    if let Ok(painted) = document().query_selector_all("[data-first-screen]") {
        for i in 0..painted.length() {
            if let Some(node) = painted.item(i)
                && let Some(parent) = node.parent_node()
            {
                let _ = parent.remove_child(&node);
            }
        }
    }
    leptos::mount::mount_to_body(move || view! { <App store app=build joined /> });
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
fn App(store: Store, app: Build, joined: Option<Result<(), JoinError>>) -> impl IntoView {
    store.follow_other_tabs();
    provide_context(store);
    provide_context(LanguageLoad::new());
    view! {
        <I18nContextProvider>
            <Shell store app joined />
        </I18nContextProvider>
    }
}

fn lang_after_join(store: Store) -> Lang {
    store.with_untracked(|d| d.settings.lang)
}

/// Why a join link could not be used, and what to do instead.
#[component]
fn JoinFailed(error: JoinError) -> impl IntoView {
    let i18n = use_i18n();
    let reason = match error {
        JoinError::Malformed => text!(i18n, ui.join.malformed).into_any(),
        JoinError::TooNew { .. } => text!(i18n, ui.join.too_new).into_any(),
        JoinError::BadDate => text!(i18n, ui.join.bad_date).into_any(),
        JoinError::OtherStatements => text!(i18n, ui.join.other_statements).into_any(),
    };
    view! {
        <div class="notice notice--error" role="alert">
            <h2>{text!(i18n, ui.join.failed_title)}</h2>
            <p>{reason}</p>
        </div>
    }
}

/// Shows the interface and the content in `lang`: at once when its content is here, otherwise
/// once it is loaded; if it cannot be, the page stays in the language it has and says so.
/// `load` is passed in, not looked up, since this also runs from event listeners, outside any
/// reactive owner.
pub fn show_language(i18n: I18n, load: LanguageLoad, lang: Lang) {
    if crate::domain::Content::has(lang) {
        load.failed.set(false);
        i18n.set_locale(lang);
        return;
    }
    load.busy.set(true);
    leptos::task::spawn_local(async move {
        let result = content::ensure(lang).await;
        load.busy.set(false);
        load.failed.set(result.is_err());
        if result.is_ok() {
            i18n.set_locale(lang);
        }
    });
}

/// The join link in the page's address, if it is one (`#join=…`).
fn join_in_address() -> Option<Result<Join, JoinError>> {
    let hash = window().location().hash().ok()?;
    let code = hash.strip_prefix('#').filter(|h| h.starts_with(join::PREFIX))?;
    // The statements' version is the same in every language.
    Some(Join::decode(code, crate::domain::Content::get(Lang::Sv)))
}

/// A join link opened on this device (`#join=…`, see `domain::join`): the round it names is
/// made the active one here (new, or the one joined before), in the language of the link.
/// `None` when the address is no join link.
fn take_join(store: Store) -> Option<Result<(), JoinError>> {
    let join = match join_in_address()? {
        Ok(join) => join,
        Err(e) => return Some(Err(e)),
    };
    store.update(|d| {
        if !d.rounds.iter().any(|r| r.id == join.round) {
            let me = Participant {
                id: new_id("p"),
                name: String::new(),
            };
            d.rounds.push(join.round(me));
        }
        d.active_round = Some(join.round.clone());
        d.settings.lang = join.lang;
    });
    Some(Ok(()))
}

/// A page build's way with a join link (opened in a tab already at one of its pages): the page
/// is loaded again, and index.html starts the walk build for the link, which takes it. The
/// work goes along as it does to another build's page (`InOtherBuild`).
fn leave_join(store: Store) -> Option<Result<(), JoinError>> {
    let hash = window().location().hash().ok()?;
    if hash.strip_prefix('#').is_some_and(|h| h.starts_with(join::PREFIX)) && store.keep_for_reload() {
        let _ = window().location().reload();
    }
    None
}

#[component]
fn Shell(store: Store, app: Build, joined: Option<Result<(), JoinError>>) -> impl IntoView {
    let i18n = use_i18n();
    // The stored choice (Swedish unless the user chose otherwise), not the browser's language.
    let lang = store.with_untracked(|d| d.settings.lang);
    let load = expect_context::<LanguageLoad>();
    show_language(i18n, load, lang);
    let router = provide_router();
    // Joined: straight to the first step; a code that could not be read: the start page, saying
    // so. On opening the app with a join link, and when one is opened in a tab already open.
    let join_failed = RwSignal::new(None::<JoinError>);
    let follow = move |joined: Option<Result<(), JoinError>>| match joined {
        Some(Ok(())) => {
            join_failed.set(None);
            let lang = lang_after_join(store);
            show_language(i18n, load, lang);
            let first = crate::domain::Content::get(lang).principles[0].id.clone();
            router.replace(&format!("/princip/{first}"));
        }
        Some(Err(e)) => {
            join_failed.set(Some(e));
            router.replace("/");
        }
        None => {}
    };
    follow(joined);
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| follow((app.join)(store)));
    on_cleanup(move || hashchange.remove());
    let page = Memo::new(move |_| Page::of(&router.path()));
    view! {
        <a class="skip-link" href="#main">{text!(i18n, ui.nav.skip)}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a href="/" class="brand">
                    <span class="brand__name">"Tillit"</span>
                    <span class="brand__tagline">{text!(i18n, ui.app.tagline)}</span>
                </a>
                <nav aria-label=move || ui_str!(i18n.get_locale(), ui.nav.label)>
                    <ul class="nav">
                        <li><NavLink href="/">{text!(i18n, ui.nav.start)}</NavLink></li>
                        <li><NavLink href="/deltagare">{text!(i18n, ui.nav.workshop)}</NavLink></li>
                        <li><NavLink href="/princip">{text!(i18n, ui.nav.assessment)}</NavLink></li>
                        <li><NavLink href="/resultat">{text!(i18n, ui.nav.results)}</NavLink></li>
                        <li><NavLink href="/team">{text!(i18n, ui.nav.team)}</NavLink></li>
                        <li><NavLink href="/over-tid">{text!(i18n, ui.nav.over_time)}</NavLink></li>
                        <li><NavLink href="/oversikt">{text!(i18n, ui.overview.nav)}</NavLink></li>
                        <li><NavLink href="/tidstjuvar">{text!(i18n, ui.nav.thieves)}</NavLink></li>
                        <li><NavLink href="/plan">{text!(i18n, ui.nav.plan)}</NavLink></li>
                    </ul>
                </nav>
                <LangSwitch />
            </div>
        </header>
        {(app.notice)()}
        <LanguageNotice />
        <main id="main" tabindex="-1">
            {move || join_failed.get().map(|e| view! { <JoinFailed error=e /> })}
            {move || match (app.pages)(page.get()) {
                Some(drawn) => {
                    DREW.store(true, Ordering::Relaxed);
                    drawn
                }
                None => view! { <InOtherBuild first=!DREW.load(Ordering::Relaxed) /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{text!(i18n, ui.app.privacy)}</p>
            // The report's title is Swedish in both languages, and marked so.
            <p>{
                let (before, after) = ui_around(i18n, crate::domain::ui::keys::app::source, "title", &[]);
                view! { {before}<cite lang="sv">{text!(i18n, ui.app.source_title)}</cite>{after} }
            }</p>
        </footer>
    }
}

/// The pages a build of the app draws: `None` for a page it does not have. The app is built
/// several times from the same code: the walk build draws only the start page and the steps,
/// which is all a phone that answers needs; five page builds each draw a few pages that are
/// used together (`WORKSHOP`, `RECEIVE`, `RESULTS`, `THIEVES`, `OVERVIEW`), each in under two thirds of
/// the full build's bytes; the full build draws every page, for a tab whose work cannot follow
/// it from one build to another (local storage refused, a stored document only it reads) and
/// for the single file. Which one a page load starts is chosen in index.html by the address
/// (`scripts/entries.mjs`), so a build meets a page it does not have only when one is opened
/// from it: the page is then loaded again, and the build that has the page draws it.
pub type Pages = fn(Page) -> Option<AnyView>;

/// Every page: the full build.
pub fn every_page(page: Page) -> Option<AnyView> {
    Some(match page {
        Page::Start => view! { <Start /> }.into_any(),
        Page::Step => view! { <Step /> }.into_any(),
        Page::HandIn => view! { <HandIn /> }.into_any(),
        Page::Results => view! { <Results /> }.into_any(),
        Page::Workshop => view! { <Workshop /> }.into_any(),
        Page::Receive => view! { <Receive /> }.into_any(),
        Page::Team => view! { <TeamView /> }.into_any(),
        Page::Projector => view! { <Projector /> }.into_any(),
        Page::OverTime => view! { <OverTime /> }.into_any(),
        Page::Overview => view! { <Overview /> }.into_any(),
        Page::Thieves => view! { <Thieves /> }.into_any(),
        Page::PassOn => view! { <PassOn /> }.into_any(),
        Page::ThiefForm => view! { <ThiefForm /> }.into_any(),
        Page::Plan => view! { <PlanView /> }.into_any(),
        Page::Report => view! { <Report /> }.into_any(),
        Page::Backup => view! { <Backup /> }.into_any(),
        Page::NotFound => view! { <NotFound /> }.into_any(),
    })
}

/// The start page, the steps and handing one's answers in: the walk build. Their views are
/// written out here rather than taken from `every_page`, so that no other page's code is
/// linked into it.
pub fn walk_pages(page: Page) -> Option<AnyView> {
    match page {
        Page::Start => Some(view! { <Start /> }.into_any()),
        Page::Step => Some(view! { <Step /> }.into_any()),
        Page::HandIn => Some(view! { <HandIn /> }.into_any()),
        _ => None,
    }
}

/// Whether this build has drawn a page since it started.
static DREW: AtomicBool = AtomicBool::new(false);

/// A page this build does not draw: the page is loaded again, and the build that has it draws it.
/// The work goes with it (`Store::keep_for_reload`); where it cannot, the page stays and
/// says why, so that nothing is lost. A build started at a page it does not draw (`first`:
/// index.html's choice and the build's pages disagree) asks for the full build, which draws
/// every page, rather than loading the page again into the same choice.
#[component]
fn InOtherBuild(first: bool) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    if store.keep_for_reload() && (!first || crate::store::local::open_full_build()) {
        let _ = window().location().reload();
        view! { <p class="loading">{text!(i18n, ui.app.loading)}</p> }.into_any()
    } else {
        view! {
            <div class="notice notice--error" role="alert">
                <p>{text!(i18n, ui.app.unsaved_stays)}</p>
                <p><a href="/">{text!(i18n, ui.nav.start)}</a></p>
            </div>
        }
        .into_any()
    }
}

/// The pages of the app, by their address. A page that shows one of several things (a step,
/// a time thief) reads which one from the path itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Step,
    HandIn,
    Results,
    Workshop,
    Receive,
    Team,
    Projector,
    OverTime,
    Overview,
    Thieves,
    PassOn,
    ThiefForm,
    Plan,
    Report,
    Backup,
    NotFound,
}

impl Page {
    fn of(path: &str) -> Page {
        let path = path.trim_end_matches('/');
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Page::Start,
            ["princip"] | ["princip", _] => Page::Step,
            ["lamna-svar"] => Page::HandIn,
            ["resultat"] => Page::Results,
            ["deltagare"] => Page::Workshop,
            ["deltagare", "ta-emot"] => Page::Receive,
            ["team"] => Page::Team,
            ["team", "visning"] => Page::Projector,
            ["over-tid"] => Page::OverTime,
            ["oversikt"] => Page::Overview,
            ["tidstjuvar"] => Page::Thieves,
            ["tidstjuvar", "vidare"] => Page::PassOn,
            ["tidstjuvar", _] => Page::ThiefForm,
            ["plan"] => Page::Plan,
            ["rapport"] => Page::Report,
            ["sakerhetskopia"] => Page::Backup,
            _ => Page::NotFound,
        }
    }
}
