//! The texts the tool is built on: the seven principles with their statements and reflection
//! questions, read from the data files in `content/<lang>/`, each statement traced to its source.

use super::audit::{Beneficiary, Category, Draft, Need, Per, Remover, TimeThief};
pub use super::lang::Lang;
use super::ui;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use std::sync::OnceLock;

/// One of the documents the content rests on (`content/sources.json`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub file: String,
    pub title: String,
    pub publisher: String,
    pub date: String,
}

/// Where in a source document a text rests: the document, an inclusive line range, the passage.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub doc: String,
    pub lines: [u32; 2],
    pub quote: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub text: String,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub name: String,
    /// The principle's guiding sentence as SOU 2018:47 gives it.
    pub guiding: String,
    pub explanation: String,
    pub statements: Vec<Statement>,
    pub reflection: Vec<String>,
}

/// A time thief the sources describe, offered as an example the team adds with one click and
/// then adjusts. Its numbers are example values, not facts, and it makes no claim about how much
/// of the time the benefit needs: the team judges that when it adds the example.
#[derive(Clone, Debug, Deserialize)]
pub struct Starter {
    /// The example itself; its id is the starter's id.
    #[serde(flatten)]
    pub thief: Example,
    pub source: SourceRef,
}

/// The example of a starter: a time thief without the team's judgement of it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Example {
    pub id: String,
    pub title: String,
    pub description: String,
    pub category: Category,
    pub minutes: f64,
    pub occurrences: f64,
    pub per: Per,
    pub people: u32,
    #[serde(default)]
    pub beneficiaries: Vec<Beneficiary>,
    pub removable_by: Remover,
    #[serde(default)]
    pub principles: Vec<String>,
    pub remedy: String,
}

impl Starter {
    /// The example as the form of a new thief, in `lang`: everything filled in but how much of
    /// the time the benefit needs, which the team must choose.
    pub fn to_draft(&self, lang: Lang) -> Draft {
        let e = &self.thief;
        let number = |n: f64| super::format::editable(n, lang);
        Draft {
            title: e.title.clone(),
            description: e.description.clone(),
            category: Some(e.category),
            minutes: number(e.minutes),
            occurrences: number(e.occurrences),
            per: Some(e.per),
            people: e.people.to_string(),
            beneficiaries: e.beneficiaries.clone(),
            removable_by: Some(e.removable_by),
            principles: e.principles.clone(),
            remedy: e.remedy.clone(),
            ..Draft::new()
        }
    }
}

/// An action the library offers for a principle.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrincipleAction {
    pub id: String,
    pub principle: String,
    pub title: String,
    pub description: String,
    pub source: SourceRef,
}

/// What can be done about a time thief.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThiefActionKind {
    Stop,
    Simplify,
    Automate,
    MoveRole,
    PassOn,
}

impl ThiefActionKind {
    pub const ALL: [ThiefActionKind; 5] = [
        ThiefActionKind::Stop,
        ThiefActionKind::Simplify,
        ThiefActionKind::Automate,
        ThiefActionKind::MoveRole,
        ThiefActionKind::PassOn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ThiefActionKind::Stop => "stop",
            ThiefActionKind::Simplify => "simplify",
            ThiefActionKind::Automate => "automate",
            ThiefActionKind::MoveRole => "move_role",
            ThiefActionKind::PassOn => "pass_on",
        }
    }

    /// The kind of action that fits a thief: pass on what the unit cannot remove; move what
    /// sits in the wrong role; stop what gives nothing; automate what lives in IT systems;
    /// otherwise simplify.
    pub fn for_thief(t: &TimeThief) -> Self {
        if t.removable_by != Remover::Unit {
            ThiefActionKind::PassOn
        } else if matches!(t.category, Category::OutsideRole | Category::Scheduling) {
            ThiefActionKind::MoveRole
        } else if t.need == Need::Nothing {
            ThiefActionKind::Stop
        } else if t.category == Category::ItSystems {
            ThiefActionKind::Automate
        } else {
            ThiefActionKind::Simplify
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThiefAction {
    pub kind: ThiefActionKind,
    pub title: String,
    pub description: String,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThievesFile {
    starters: Vec<Starter>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionsFile {
    principle_actions: Vec<PrincipleAction>,
    thief_actions: Vec<ThiefAction>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PrinciplesFile {
    principles: Vec<Principle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Source>,
}

/// Everything the tool says about the principles, in one language.
#[derive(Clone, Debug)]
pub struct Content {
    pub lang: Lang,
    pub principles: Vec<Principle>,
    pub sources: Vec<Source>,
    /// The example time thieves and the action library, read when first asked for (`starters`,
    /// `principle_actions`, `thief_actions`): a build none of whose pages asks for them (the
    /// walk build) carries neither their text nor the code that reads it.
    /// `None`: a fetched file that could not be read, for which the Swedish is given.
    starters: OnceLock<Option<ThievesFile>>,
    actions: OnceLock<Option<ActionsFile>>,
    /// Their text when the language was fetched (`parse_bundle`); `None`: built in.
    fetched: Option<Fetched>,
}

/// The text of a fetched language's example time thieves and action library.
#[derive(Clone, Debug)]
struct Fetched {
    thieves: String,
    actions: String,
}

/// A data file that could not be read; names the file and what is wrong with it.
#[derive(Debug)]
pub struct ContentError {
    pub file: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for ContentError {}

// The Swedish files and the list of sources as build.rs writes them, without their indentation.
const SOURCES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/sources.json"));
const PRINCIPLES_SV: &str = include_str!(concat!(env!("OUT_DIR"), "/principles.sv.json"));
const THIEVES_SV: &str = include_str!(concat!(env!("OUT_DIR"), "/thieves.sv.json"));
const ACTIONS_SV: &str = include_str!(concat!(env!("OUT_DIR"), "/actions.sv.json"));
// English is built into native builds (tests and tools). The browser app carries Swedish only
// and fetches English when it is chosen (`content-en.json`, see `Content::install`).
#[cfg(not(target_arch = "wasm32"))]
mod english {
    pub const PRINCIPLES: Option<&str> = Some(include_str!("../../content/en/principles.json"));
    pub const THIEVES: Option<&str> = Some(include_str!("../../content/en/thieves.json"));
    pub const ACTIONS: Option<&str> = Some(include_str!("../../content/en/actions.json"));
}
#[cfg(target_arch = "wasm32")]
mod english {
    pub const PRINCIPLES: Option<&str> = None;
    pub const THIEVES: Option<&str> = None;
    pub const ACTIONS: Option<&str> = None;
}

/// Each language's content, once read or installed.
fn cell(lang: Lang) -> &'static OnceLock<Content> {
    static SV: OnceLock<Content> = OnceLock::new();
    static EN: OnceLock<Content> = OnceLock::new();
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// The data files built into the app: Swedish everywhere, English only in native builds.
#[cfg(not(target_arch = "wasm32"))]
fn built_in(lang: Lang) -> Option<Files<'static>> {
    Some(Files {
        principles: built_in_file(lang, PRINCIPLES_SV, english::PRINCIPLES)?,
        thieves: built_in_file(lang, THIEVES_SV, english::THIEVES)?,
        actions: built_in_file(lang, ACTIONS_SV, english::ACTIONS)?,
        sources: SOURCES_JSON,
    })
}

/// One data file built into the app, in `lang`: each caller names its file's constants, so
/// that a build that never reads a file does not carry its text.
fn built_in_file(lang: Lang, swedish: &'static str, english: Option<&'static str>) -> Option<&'static str> {
    match lang {
        Lang::Sv => Some(swedish),
        Lang::En => english,
    }
}

/// A language's data files in one: `{"principles": …, "thieves": …, "actions": …, "ui": …}`,
/// each the whole of its file (`scripts/content-bundle.mjs` writes the app's `content-en.json`
/// so); `ui` gives the interface texts of `domain::ui`'s table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bundle {
    principles: PrinciplesFile,
    thieves: Box<serde_json::value::RawValue>,
    actions: Box<serde_json::value::RawValue>,
    ui: serde_json::Value,
}

/// The text of a language's data files.
pub struct Files<'a> {
    pub principles: &'a str,
    pub thieves: &'a str,
    pub actions: &'a str,
    pub sources: &'a str,
}

fn parse_file<T: for<'de> Deserialize<'de>>(file: &str, json: &str) -> Result<T, ContentError> {
    serde_json::from_str(json).map_err(|e| ContentError {
        file: file.to_string(),
        message: e.to_string(),
    })
}

impl Content {
    /// Reads the content of one language from the text of its data files, every file at once.
    pub fn parse(lang: Lang, files: Files) -> Result<Self, ContentError> {
        let dir = format!("content/{}", lang.code());
        let content = Self::read_principles(lang, files.principles, files.sources)?;
        let _ = content
            .starters
            .set(Some(parse_file(&format!("{dir}/thieves.json"), files.thieves)?));
        let _ = content
            .actions
            .set(Some(parse_file(&format!("{dir}/actions.json"), files.actions)?));
        Ok(content)
    }

    /// Reads the content of one language from the data files built into the app.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load(lang: Lang) -> Result<Self, ContentError> {
        Self::parse(lang, built_in(lang).expect("native builds carry every language"))
    }

    /// Reads the content and the interface texts of one language from its data files in one
    /// bundle (see `Bundle`). The example time thieves and the action library are read when
    /// first asked for.
    pub fn parse_bundle(lang: Lang, bundle: &str) -> Result<(Self, ui::Texts), ContentError> {
        let file = format!("content-{}.json", lang.code());
        let bundle: Bundle = parse_file(&file, bundle)?;
        let texts = ui::read(&bundle.ui).map_err(|message| ContentError {
            file: file.clone(),
            message,
        })?;
        let fetched = Fetched {
            thieves: bundle.thieves.get().to_string(),
            actions: bundle.actions.get().to_string(),
        };
        let content = Self::of(
            lang,
            bundle.principles,
            parse_file("content/sources.json", SOURCES_JSON)?,
            Some(fetched),
        );
        Ok((content, texts))
    }

    /// The principles and the sources of a language built in; its other files are read when
    /// first asked for.
    fn read_principles(lang: Lang, principles: &str, sources: &str) -> Result<Self, ContentError> {
        Ok(Self::of(
            lang,
            parse_file(&format!("content/{}/principles.json", lang.code()), principles)?,
            parse_file("content/sources.json", sources)?,
            None,
        ))
    }

    fn of(lang: Lang, principles: PrinciplesFile, sources: SourcesFile, fetched: Option<Fetched>) -> Self {
        Content {
            lang,
            principles: principles.principles,
            sources: sources.sources,
            starters: OnceLock::new(),
            actions: OnceLock::new(),
            fetched,
        }
    }

    /// Example time thieves drawn from the sources.
    pub fn starters(&self) -> &[Starter] {
        let read = || self.read_later("thieves.json", |f| &f.thieves, THIEVES_SV, english::THIEVES);
        match self.starters.get_or_init(read) {
            Some(file) => &file.starters,
            None => Self::get(Lang::Sv).starters(),
        }
    }

    /// The action library of the improvement plan: actions per principle.
    pub fn principle_actions(&self) -> &[PrincipleAction] {
        &self.action_library().principle_actions
    }

    /// The action library of the improvement plan: one action per kind of action on a thief.
    pub fn thief_actions(&self) -> &[ThiefAction] {
        &self.action_library().thief_actions
    }

    fn action_library(&self) -> &ActionsFile {
        let read = || self.read_later("actions.json", |f| &f.actions, ACTIONS_SV, english::ACTIONS);
        match self.actions.get_or_init(read) {
            Some(file) => file,
            None => Self::get(Lang::Sv).action_library(),
        }
    }

    /// Reads a file of this language that is read when first asked for. The built-in files are
    /// checked by the test suite; a fetched one that cannot be read (a bundle of another version
    /// of the app) gives `None`, and the caller the Swedish, as the app shows Swedish wherever
    /// a language cannot be loaded.
    fn read_later<T: for<'de> Deserialize<'de>>(
        &self,
        name: &str,
        fetched: fn(&Fetched) -> &String,
        swedish: &'static str,
        english: Option<&'static str>,
    ) -> Option<T> {
        let text = match &self.fetched {
            Some(f) => Some(fetched(f).as_str()),
            None => built_in_file(self.lang, swedish, english),
        };
        let file = format!("content/{}/{name}", self.lang.code());
        let result = parse_file(&file, text.expect("a language not fetched is built in"));
        match result {
            Ok(parsed) => Some(parsed),
            Err(_) if self.fetched.is_some() => None,
            Err(e) => panic!("built-in content is valid (checked by tests): {e}"),
        }
    }

    /// Takes a language's content from its bundle, for `get` to give from then on. Refused if
    /// it asks other statements than the Swedish does (a bundle of another version of the app),
    /// since answers are kept by statement.
    pub fn install(lang: Lang, bundle: &str) -> Result<(), ContentError> {
        let (content, texts) = Self::parse_bundle(lang, bundle)?;
        if content.statements_version() != Self::get(Lang::Sv).statements_version() {
            return Err(ContentError {
                file: format!("content-{}.json", lang.code()),
                message: "its statements are not those of this version of the app".into(),
            });
        }
        if lang == Lang::En {
            ui::install_english(texts);
        }
        let _ = cell(lang).set(content);
        Ok(())
    }

    /// Whether `get(lang)` gives that language's content: Swedish always; English always in
    /// native builds, and in the browser once installed.
    pub fn has(lang: Lang) -> bool {
        cell(lang).get().is_some() || built_in_file(lang, PRINCIPLES_SV, english::PRINCIPLES).is_some()
    }

    /// Which statements this app asks, as a short code: the same in every language, another
    /// as soon as a statement is added, removed or moved. A join code and an answer code carry it,
    /// so that answers are never read against other questions.
    pub fn statements_version(&self) -> String {
        // FNV-1a over the statement ids in order.
        let mut hash: u32 = 0x811c_9dc5;
        for id in self
            .principles
            .iter()
            .flat_map(|p| p.statements.iter().map(|s| s.id.as_str()))
        {
            for b in id.bytes().chain(std::iter::once(b'\n')) {
                hash ^= u32::from(b);
                hash = hash.wrapping_mul(0x0100_0193);
            }
        }
        format!("{hash:08x}")
    }

    /// The content of one language, read once. The built-in files are checked by the test
    /// suite, so failing to read them here is a build defect, not a user error. English not yet
    /// installed in the browser gives the Swedish: the app shows a language only once it `has`
    /// it, so this is only ever a moment's fallback.
    pub fn get(lang: Lang) -> &'static Content {
        if let Some(content) = cell(lang).get() {
            return content;
        }
        // The principles and the sources now; the rest when first asked for.
        match built_in_file(lang, PRINCIPLES_SV, english::PRINCIPLES) {
            Some(principles) => cell(lang).get_or_init(|| {
                Self::read_principles(lang, principles, SOURCES_JSON)
                    .expect("built-in content is valid (checked by tests)")
            }),
            None => Self::get(Lang::Sv),
        }
    }

    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    pub fn principle_index(&self, id: &str) -> Option<usize> {
        self.principles.iter().position(|p| p.id == id)
    }

    /// A statement and the principle it belongs to.
    pub fn statement(&self, id: &str) -> Option<(&Principle, &Statement)> {
        self.principles
            .iter()
            .find_map(|p| p.statements.iter().find(|s| s.id == id).map(|s| (p, s)))
    }

    pub fn statement_count(&self) -> usize {
        self.principles.iter().map(|p| p.statements.len()).sum()
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Everything wrong with this content, as readable lines; empty when it is sound.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut ids = BTreeSet::new();
        let mut blank = |what: String, text: &str| {
            if text.trim().is_empty() {
                problems.push(format!("{what} is empty"));
            }
        };
        for p in &self.principles {
            blank(format!("principle {:?}: id", p.id), &p.id);
            blank(format!("principle {:?}: name", p.id), &p.name);
            blank(format!("principle {:?}: guiding", p.id), &p.guiding);
            blank(format!("principle {:?}: explanation", p.id), &p.explanation);
            for (i, q) in p.reflection.iter().enumerate() {
                blank(format!("principle {:?}: reflection {}", p.id, i + 1), q);
            }
            for s in &p.statements {
                blank(format!("statement {:?}: text", s.id), &s.text);
                blank(format!("statement {:?}: source quote", s.id), &s.source.quote);
            }
        }
        for p in &self.principles {
            if !ids.insert(p.id.as_str()) {
                problems.push(format!("id {:?} is used more than once", p.id));
            }
            if p.reflection.is_empty() || p.reflection.len() > 2 {
                problems.push(format!(
                    "principle {:?} has {} reflection questions, not 1–2",
                    p.id,
                    p.reflection.len()
                ));
            }
            if p.statements.len() < 4 {
                problems.push(format!(
                    "principle {:?} has {} statements, fewer than 4",
                    p.id,
                    p.statements.len()
                ));
            }
            for s in &p.statements {
                if !ids.insert(s.id.as_str()) {
                    problems.push(format!("id {:?} is used more than once", s.id));
                }
                if !s.id.starts_with(&format!("{}.", p.id)) {
                    problems.push(format!("statement {:?} does not start with its principle's id", s.id));
                }
                let [from, to] = s.source.lines;
                if from == 0 || from > to {
                    problems.push(format!("statement {:?}: line range {from}–{to} is not a range", s.id));
                }
                if self.source(&s.source.doc).is_none() {
                    problems.push(format!(
                        "statement {:?}: unknown source document {:?}",
                        s.id, s.source.doc
                    ));
                }
            }
        }
        for Starter { thief: st, source } in self.starters() {
            if !ids.insert(st.id.as_str()) {
                problems.push(format!("id {:?} is used more than once", st.id));
            }
            for (what, text) in [
                ("title", &st.title),
                ("description", &st.description),
                ("remedy", &st.remedy),
            ] {
                if text.trim().is_empty() {
                    problems.push(format!("starter {:?}: {what} is empty", st.id));
                }
            }
            if !(st.minutes > 0.0 && st.occurrences > 0.0 && st.people > 0) {
                problems.push(format!("starter {:?}: its example numbers must be above zero", st.id));
            }
            for p in &st.principles {
                if self.principle(p).is_none() {
                    problems.push(format!("starter {:?}: unknown principle {p:?}", st.id));
                }
            }
            if self.source(&source.doc).is_none() {
                problems.push(format!("starter {:?}: unknown source document {:?}", st.id, source.doc));
            }
        }
        for p in &self.principles {
            let n = self.principle_actions().iter().filter(|a| a.principle == p.id).count();
            if n < 3 {
                problems.push(format!(
                    "principle {:?} has {n} actions in the library, fewer than 3",
                    p.id
                ));
            }
        }
        for a in self.principle_actions() {
            if !ids.insert(a.id.as_str()) {
                problems.push(format!("id {:?} is used more than once", a.id));
            }
            if self.principle(&a.principle).is_none() {
                problems.push(format!("action {:?}: unknown principle {:?}", a.id, a.principle));
            }
            // An action's principle is read from its id (`plan::Action::principle`), so that
            // the pages that only show a plan need not carry the library.
            if a.id.split_once('.').map(|(p, _)| p) != Some(a.principle.as_str()) {
                problems.push(format!(
                    "action {:?}: its id does not begin with its principle {:?} and a dot",
                    a.id, a.principle
                ));
            }
            if a.title.trim().is_empty() || a.description.trim().is_empty() {
                problems.push(format!("action {:?}: title or description is empty", a.id));
            }
            if self.source(&a.source.doc).is_none() {
                problems.push(format!("action {:?}: unknown source document {:?}", a.id, a.source.doc));
            }
        }
        for kind in ThiefActionKind::ALL {
            let n = self.thief_actions().iter().filter(|a| a.kind == kind).count();
            if n != 1 {
                problems.push(format!("{n} thief actions of kind {:?}, not exactly 1", kind.key()));
            }
        }
        for a in self.thief_actions() {
            if a.title.trim().is_empty() || a.description.trim().is_empty() {
                problems.push(format!(
                    "thief action {:?}: title or description is empty",
                    a.kind.key()
                ));
            }
        }
        problems
    }

    /// How `other` (a translation) differs in shape from this content: ids, order and sources
    /// must be the same in every language.
    pub fn differences(&self, other: &Content) -> Vec<String> {
        let mut out = Vec::new();
        let ids = |c: &Content| -> Vec<String> {
            c.principles
                .iter()
                .flat_map(|p| std::iter::once(p.id.clone()).chain(p.statements.iter().map(|s| s.id.clone())))
                .collect()
        };
        if ids(self) != ids(other) {
            out.push(format!(
                "{} and {} do not have the same principles and statements in the same order",
                self.lang.code(),
                other.lang.code()
            ));
        }
        let starter_ids = |c: &Content| -> Vec<String> { c.starters().iter().map(|s| s.thief.id.clone()).collect() };
        if starter_ids(self) != starter_ids(other) {
            out.push(format!(
                "{} and {} do not have the same starter time thieves in the same order",
                self.lang.code(),
                other.lang.code()
            ));
        }
        for (a, b) in self.starters().iter().zip(other.starters()) {
            // Only the words may differ between languages.
            let words = |s: &Starter| Example {
                title: String::new(),
                description: String::new(),
                remedy: String::new(),
                ..s.thief.clone()
            };
            if words(a) != words(b) || a.source != b.source {
                out.push(format!(
                    "starter {:?}: the translations differ in more than text",
                    a.thief.id
                ));
            }
        }
        let action_ids = |c: &Content| -> Vec<(String, String)> {
            c.principle_actions()
                .iter()
                .map(|a| (a.id.clone(), a.principle.clone()))
                .collect()
        };
        if action_ids(self) != action_ids(other) {
            out.push(format!(
                "{} and {} do not have the same actions in the same order",
                self.lang.code(),
                other.lang.code()
            ));
        }
        for (a, b) in self.principle_actions().iter().zip(other.principle_actions()) {
            if a.source != b.source {
                out.push(format!("action {:?}: the sources differ", a.id));
            }
        }
        let kinds = |c: &Content| -> Vec<ThiefActionKind> { c.thief_actions().iter().map(|a| a.kind).collect() };
        if kinds(self) != kinds(other) {
            out.push("the thief actions differ in kind or order".to_string());
        }
        for (a, b) in self.principles.iter().zip(&other.principles) {
            if a.reflection.len() != b.reflection.len() {
                out.push(format!(
                    "principle {:?}: a different number of reflection questions",
                    a.id
                ));
            }
            for (x, y) in a.statements.iter().zip(&b.statements) {
                if x.source != y.source {
                    out.push(format!("statement {:?}: the sources differ", x.id));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Swedish files and the list of sources built in read as the files themselves do, and
    /// are smaller.
    #[test]
    fn the_built_in_files_are_the_files_without_their_spaces() {
        for (name, built_in) in [
            ("sv/principles", PRINCIPLES_SV),
            ("sv/thieves", THIEVES_SV),
            ("sv/actions", ACTIONS_SV),
            ("sources", SOURCES_JSON),
        ] {
            let file = std::fs::read_to_string(format!("content/{name}.json")).unwrap();
            let parsed = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
            assert_eq!(parsed(built_in), parsed(&file), "{name}");
            assert!(built_in.len() < file.len() * 9 / 10, "{name}");
            assert!(!built_in.contains("\n  "), "{name}");
        }
    }
}
