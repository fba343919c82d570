//! The förvaltning's overview of many units, built from the units' report files: a table of
//! units × principles for a half-year, the statements underneath, each unit's change since its
//! previous half-year, and the time thieves that recur across units.
//!
//! Reading the same file twice counts it once; a newer file for the same unit and round replaces
//! the older one. Only what the files hold is used: counts of statements that passed each unit's
//! anonymity threshold, and the thieves' figures as each unit's audit costed them.

use super::aggregate::Distribution;
use super::audit::{Category, Remover};
use super::content::{Content, Lang};
use super::export::{Field, csv};
use super::history::{Period, same_unit};
use super::order;
use super::text;
use super::unit_report::{ReportThief, UnitReport};
use std::collections::{BTreeMap, BTreeSet};

/// What adding a report to those held did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    /// A round not held before.
    New,
    /// A newer file for a round held before: it took the older one's place.
    Replaced { previous_saved: String },
    /// Exactly this report is held already; nothing changed.
    AlreadyHere,
    /// An older file for a round held in a newer one: the newer is kept.
    Older { held_saved: String },
}

/// Adds `report` to `reports`: once per unit and round, the latest saved counting.
pub fn add(reports: &mut Vec<UnitReport>, report: UnitReport) -> Added {
    match reports.iter_mut().find(|r| r.same_round(&report)) {
        None => {
            reports.push(report);
            Added::New
        }
        Some(held) if *held == report => Added::AlreadyHere,
        Some(held) if report.saved < held.saved => Added::Older {
            held_saved: held.saved.clone(),
        },
        Some(held) => {
            let previous_saved = std::mem::replace(held, report).saved;
            Added::Replaced { previous_saved }
        }
    }
}

/// The reports held, with those of `local` rounds (this browser's own) whose round no held file
/// covers.
pub fn with_local(held: &[UnitReport], local: Vec<UnitReport>) -> Vec<UnitReport> {
    let mut all = held.to_vec();
    for report in local {
        if !all.iter().any(|r| r.same_round(&report)) {
            all.push(report);
        }
    }
    all
}

/// Every half-year with a report, latest first.
pub fn periods(reports: &[UnitReport]) -> Vec<Period> {
    let mut periods: Vec<Period> = reports.iter().filter_map(|r| Period::of(&r.date)).collect();
    order::sort_by(&mut periods, |a, b| b.cmp(a));
    periods.dedup();
    periods
}

/// Each unit's latest report in `period` (the later date; on the same date, the later saved),
/// ordered by unit name.
pub fn latest_in(reports: &[UnitReport], period: Period) -> Vec<&UnitReport> {
    let mut latest: Vec<&UnitReport> = Vec::new();
    for r in reports.iter().filter(|r| Period::of(&r.date) == Some(period)) {
        match latest.iter_mut().find(|l| same_unit(&l.unit, &r.unit)) {
            Some(l) => {
                if (r.date.as_str(), r.saved.as_str()) > (l.date.as_str(), l.saved.as_str()) {
                    *l = r;
                }
            }
            None => latest.push(r),
        }
    }
    order::sort_by(&mut latest, |a, b| text::compare(&a.unit, &b.unit));
    latest
}

/// One unit's figures in one report: each principle's mean over its shown statements.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// In the order of the content; `None` where no statement of it was shown.
    pub means: Vec<Option<f64>>,
    /// The mean of the principles' means, as the results page has it.
    pub overall: Option<f64>,
}

impl Figures {
    pub fn of(content: &Content, report: &UnitReport) -> Figures {
        let means: Vec<Option<f64>> = content
            .principles
            .iter()
            .map(|p| report.principle_distribution(&p.id).and_then(|d| d.mean()))
            .collect();
        let shown: Vec<f64> = means.iter().flatten().copied().collect();
        let overall = (!shown.is_empty()).then(|| shown.iter().sum::<f64>() / shown.len() as f64);
        Figures { means, overall }
    }
}

/// One unit in the table of a half-year.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub unit: String,
    pub date: String,
    /// How many took part and answered.
    pub respondents: u32,
    /// Answers counted in the figures, "vet ej" included.
    pub answers: u32,
    pub figures: Figures,
    /// The unit's latest earlier half-year, when it has one.
    pub previous: Option<(Period, Figures)>,
}

impl Row {
    /// The change of principle `i` since the previous half-year, when both have a mean.
    pub fn change(&self, i: usize) -> Option<f64> {
        let (_, before) = self.previous.as_ref()?;
        Some(self.figures.means.get(i).copied()?? - before.means.get(i).copied()??)
    }

    /// The change of the overall mean since the previous half-year.
    pub fn overall_change(&self) -> Option<f64> {
        let (_, before) = self.previous.as_ref()?;
        Some(self.figures.overall? - before.overall?)
    }
}

/// The table of `period`: a row per unit (its latest report in the half-year), ordered by name,
/// each with its change since its latest earlier half-year.
pub fn table(content: &Content, reports: &[UnitReport], period: Period) -> Vec<Row> {
    // Latest first, each half-year's reports worked out once.
    let earlier: Vec<(Period, Vec<&UnitReport>)> = periods(reports)
        .into_iter()
        .filter(|p| *p < period)
        .map(|p| (p, latest_in(reports, p)))
        .collect();
    latest_in(reports, period)
        .into_iter()
        .map(|report| {
            let previous = earlier.iter().find_map(|(p, latest)| {
                latest
                    .iter()
                    .find(|r| same_unit(&r.unit, &report.unit))
                    .map(|r| (*p, Figures::of(content, r)))
            });
            Row {
                unit: report.unit.trim().to_string(),
                date: report.date.clone(),
                respondents: report.respondents,
                answers: report
                    .principles
                    .iter()
                    .flat_map(|p| &p.statements)
                    .map(|s| s.distribution().answered())
                    .sum(),
                figures: Figures::of(content, report),
                previous,
            }
        })
        .collect()
}

/// The step of the colour scale a mean falls in, 1 (lowest, darkest) to 5: the mean rounded to
/// the nearest whole score, halves up (1,5 is step 2).
pub fn level(mean: f64) -> u8 {
    (mean + 0.5).floor().clamp(1.0, 5.0) as u8
}

/// What the table is ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Unit,
    Respondents,
    /// The principle at this place in the content.
    Principle(usize),
    Overall,
    Change,
}

/// Orders `rows` by `by`; rows without a figure there come last either way, ties by unit name.
pub fn sort(rows: &mut [Row], by: SortBy, ascending: bool) {
    let figure = |r: &Row| -> Option<f64> {
        match by {
            SortBy::Unit => None,
            SortBy::Respondents => Some(f64::from(r.respondents)),
            SortBy::Principle(i) => r.figures.means.get(i).copied().flatten(),
            SortBy::Overall => r.figures.overall,
            SortBy::Change => r.overall_change(),
        }
    };
    let by_name = |r: &Row, s: &Row| text::compare(&r.unit, &s.unit);
    order::sort_by(rows, |a, b| {
        let order = if by == SortBy::Unit {
            by_name(a, b)
        } else {
            match (figure(a), figure(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => return std::cmp::Ordering::Less,
                (None, Some(_)) => return std::cmp::Ordering::Greater,
                (None, None) => return by_name(a, b),
            }
        };
        let order = if ascending { order } else { order.reverse() };
        order.then_with(|| by_name(a, b))
    });
}

/// One statement across the units of a half-year.
#[derive(Clone, Debug, PartialEq)]
pub struct StatementRow {
    pub statement: String,
    pub principle: String,
    /// The answers of every unit where it was shown, together.
    pub distribution: Distribution,
    /// Units where it was shown.
    pub units: u32,
    /// Units where it was left out (too few answers) or not answered.
    pub left_out: u32,
    /// The unit with the lowest mean on it, and that mean.
    pub lowest: Option<(String, f64)>,
}

/// Every statement of the content across `reports` (one per unit), in the order of the content.
pub fn statements(content: &Content, reports: &[&UnitReport]) -> Vec<StatementRow> {
    content
        .principles
        .iter()
        .flat_map(|p| p.statements.iter().map(move |s| (p, s)))
        .map(|(p, s)| {
            let mut row = StatementRow {
                statement: s.id.clone(),
                principle: p.id.clone(),
                distribution: Distribution::default(),
                units: 0,
                left_out: 0,
                lowest: None,
            };
            for report in reports {
                match report.statement(&s.id) {
                    Some(st) => {
                        let d = st.distribution();
                        row.distribution.merge(&d);
                        row.units += 1;
                        if let Some(mean) = d.mean()
                            && row.lowest.as_ref().is_none_or(|(_, low)| mean < *low)
                        {
                            row.lowest = Some((report.unit.trim().to_string(), mean));
                        }
                    }
                    None => row.left_out += 1,
                }
            }
            row
        })
        .collect()
}

/// A title as compared: lower case, words separated by single spaces.
pub fn title_key(title: &str) -> String {
    text::lowercase(title)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many letters of a word are compared: "dokumentation" and "dokumentera" match.
pub const STEM: usize = 6;
/// Words shorter than this ("i", "på", "av") are not compared.
pub const SHORTEST_WORD: usize = 3;

/// The words of a title that are compared: those of at least `SHORTEST_WORD` letters, each
/// cut to its first `STEM` letters.
pub fn words(title: &str) -> BTreeSet<String> {
    let key = title_key(title);
    let words = key
        .split(' ')
        .filter(|w| w.chars().count() >= SHORTEST_WORD)
        .map(|w| w.chars().take(STEM).collect());
    // Inserted one by one: collecting would sort them first, with a sort of its own in the wasm.
    let mut set = BTreeSet::new();
    set.extend(words);
    set
}

/// How alike two titles are: the words they share over the words of both (0 to 1).
pub fn similarity(a: &str, b: &str) -> f64 {
    overlap(&words(a), &words(b))
}

/// The words two titles share over the words of both (0 to 1), from their `words`.
fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// Titles at least this alike are suggested as the same thief.
pub const SIMILAR: f64 = 0.5;

/// Two titles suggested as one thief, for the reviewer to confirm.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub remover: Remover,
    pub category: Category,
    /// The two titles as first written, and their keys (`title_key`).
    pub titles: [String; 2],
    pub keys: [String; 2],
    /// Whether the reviewer has confirmed it.
    pub confirmed: bool,
}

/// A time thief as the förvaltning sees it: the same title (or titles the reviewer put
/// together) reported by one or more units, with the figures added up.
#[derive(Clone, Debug, PartialEq)]
pub struct Recurring {
    pub remover: Remover,
    pub category: Category,
    /// Every title it was reported under, the most reported first.
    pub titles: Vec<String>,
    /// The units that reported it, each once.
    pub units: Vec<String>,
    pub hours_per_year: f64,
    pub full_time: f64,
    pub kronor: f64,
    pub net_loss: f64,
}

/// The thieves of `reports` (one per unit) grouped by who can remove them and by category:
/// thieves with the same title (`title_key`) are one; pairs of titles in `merged` (by key) are
/// one too. The most units first, then the most full-time posts. With them, every pair of
/// different titles in a group that are `SIMILAR`, confirmed or not.
pub fn recurring(reports: &[&UnitReport], merged: &[[String; 2]]) -> (Vec<Recurring>, Vec<Suggestion>) {
    type Group = (Remover, Category);
    /// Every title key, with each (unit, thief) it was reported in.
    type Titles<'a> = BTreeMap<String, Vec<(&'a str, &'a ReportThief)>>;
    let mut groups: BTreeMap<(u8, u8), (Group, Titles)> = BTreeMap::new();
    for report in reports {
        for thief in &report.thieves {
            let group = (thief.removable_by, thief.category);
            let at = (thief.removable_by as u8, thief.category as u8);
            let entry = groups.entry(at).or_insert_with(|| (group, BTreeMap::new()));
            entry
                .1
                .entry(title_key(&thief.title))
                .or_default()
                .push((report.unit.as_str(), thief));
        }
    }
    let is_merged = |a: &str, b: &str| merged.iter().any(|[x, y]| (x == a && y == b) || (x == b && y == a));
    let mut list = Vec::new();
    let mut suggestions = Vec::new();
    for ((remover, category), titles) in groups.into_values() {
        let keys: Vec<&String> = titles.keys().collect();
        let words: Vec<BTreeSet<String>> = keys.iter().map(|k| words(k)).collect();
        // Which cluster each key is in: merged pairs joined, smallest index as the root.
        let mut root: Vec<usize> = (0..keys.len()).collect();
        fn find(root: &mut [usize], i: usize) -> usize {
            let mut i = i;
            while root[i] != i {
                root[i] = root[root[i]];
                i = root[i];
            }
            i
        }
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                let first = |k: &str| titles[k][0].1.title.trim().to_string();
                let confirmed = is_merged(keys[i], keys[j]);
                if confirmed || overlap(&words[i], &words[j]) >= SIMILAR {
                    suggestions.push(Suggestion {
                        remover,
                        category,
                        titles: [first(keys[i]), first(keys[j])],
                        keys: [keys[i].clone(), keys[j].clone()],
                        confirmed,
                    });
                }
                if confirmed {
                    let (a, b) = (find(&mut root, i), find(&mut root, j));
                    root[a.max(b)] = a.min(b);
                }
            }
        }
        let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..keys.len() {
            let r = find(&mut root, i);
            clusters.entry(r).or_default().push(i);
        }
        for members in clusters.into_values() {
            let mut item = Recurring {
                remover,
                category,
                titles: Vec::new(),
                units: Vec::new(),
                hours_per_year: 0.0,
                full_time: 0.0,
                kronor: 0.0,
                net_loss: 0.0,
            };
            let mut counted: Vec<(String, usize)> = Vec::new();
            for i in members {
                let reported = &titles[keys[i]];
                counted.push((reported[0].1.title.trim().to_string(), reported.len()));
                for (unit, t) in reported {
                    if !item.units.iter().any(|u| same_unit(u, unit)) {
                        item.units.push(unit.trim().to_string());
                    }
                    item.hours_per_year += t.hours_per_year;
                    item.full_time += t.full_time;
                    item.kronor += t.kronor;
                    item.net_loss += t.net_loss;
                }
            }
            order::sort_by(&mut counted, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            item.titles = counted.into_iter().map(|(t, _)| t).collect();
            order::sort_by(&mut item.units, |a, b| text::compare(a, b));
            list.push(item);
        }
    }
    order::sort_by(&mut list, |a, b| {
        b.units
            .len()
            .cmp(&a.units.len())
            .then(b.full_time.total_cmp(&a.full_time))
            .then_with(|| a.titles.cmp(&b.titles))
    });
    (list, suggestions)
}

/// Column headings of the overview's CSV, in the language of the export.
pub struct TableLabels<'a> {
    pub unit: &'a str,
    pub period: &'a str,
    pub date: &'a str,
    pub respondents: &'a str,
    pub answers: &'a str,
    /// The principles' names, in the order of the content.
    pub principles: Vec<&'a str>,
    pub overall: &'a str,
    pub change: &'a str,
}

/// The table of a half-year as CSV for Excel: a row per unit, in the order given.
pub fn table_csv(rows: &[Row], period: Period, labels: &TableLabels, lang: Lang) -> String {
    let mut header = vec![
        labels.unit,
        labels.period,
        labels.date,
        labels.respondents,
        labels.answers,
    ];
    header.extend(labels.principles.iter().copied());
    header.extend([labels.overall, labels.change]);
    let key = period.key();
    let rows = rows.iter().map(|r| {
        let mut row = vec![
            Field::Text(&r.unit),
            Field::Text(&key),
            Field::Text(&r.date),
            Field::Number(Some(f64::from(r.respondents))),
            Field::Number(Some(f64::from(r.answers))),
        ];
        row.extend(r.figures.means.iter().map(|m| Field::Number(*m)));
        row.extend([Field::Number(r.figures.overall), Field::Number(r.overall_change())]);
        row
    });
    csv(&header, rows.collect::<Vec<_>>(), lang)
}

/// Column headings and the names of a thief's choices for the recurring thieves' CSV.
pub struct RecurringLabels<'a> {
    /// Remover, category, title, other titles, units (count), unit names, hours, full-time
    /// posts, kronor, net loss.
    pub header: [&'a str; 10],
    pub remover: &'a dyn Fn(Remover) -> &'a str,
    pub category: &'a dyn Fn(Category) -> &'a str,
}

/// The recurring thieves as CSV for Excel, in the order given.
pub fn recurring_csv(list: &[Recurring], labels: &RecurringLabels, lang: Lang) -> String {
    let joined: Vec<(String, String)> = list
        .iter()
        .map(|r| (r.titles[1..].join(" | "), r.units.join(", ")))
        .collect();
    let rows = list.iter().zip(&joined).map(|(r, (others, units))| {
        vec![
            Field::Text((labels.remover)(r.remover)),
            Field::Text((labels.category)(r.category)),
            Field::Text(&r.titles[0]),
            Field::Text(others),
            Field::Number(Some(r.units.len() as f64)),
            Field::Text(units),
            Field::Number(Some(r.hours_per_year)),
            Field::Number(Some(r.full_time)),
            Field::Number(Some(r.kronor)),
            Field::Number(Some(r.net_loss)),
        ]
    });
    csv(&labels.header, rows.collect::<Vec<_>>(), lang)
}
