//! The förvaltning's overview: the units' report files read in (and this browser's rounds), a
//! table of units × principles for a half-year, sortable, the statements underneath, and the time
//! thieves that recur across units, with CSV and a printed landscape page.

use crate::app::{FileUnread, Store, download, file_text, use_lang};
use crate::components::When;
use crate::components::{Check, ConfirmButton, EnumSelect, Field, PageHeading, labels};
use crate::domain::audit::Remover;
use crate::domain::history::Period;
use crate::domain::overview::{self, Added, Recurring, Row, SortBy, Suggestion};
use crate::domain::unit_report::{self, OtherKind, ReportError, UnitReport};
use crate::domain::{Content, Lang, format};
use crate::i18n::*;
use crate::store::local;
use crate::store::reports::HeldReports;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What reading one file did.
#[derive(Clone, Debug)]
enum Outcome {
    Read {
        file: String,
        unit: String,
        date: String,
        added: Added,
    },
    /// `None`: the file could not be opened at all.
    Failed { file: String, reason: Option<ReportError> },
}

/// Why a file was not read, in words.
fn reason_text(lang: Lang, e: Option<&ReportError>) -> String {
    use format::fill;
    match e {
        None => ui_str!(lang, ui.overview.error.unreadable).to_string(),
        Some(ReportError::TooLarge { bytes }) => fill(
            ui_str!(lang, ui.overview.error.too_large),
            &[
                ("bytes", &format::whole(*bytes as f64, lang)),
                ("limit", &format::whole(unit_report::MAX_BYTES as f64, lang)),
            ],
        ),
        Some(ReportError::NotJson { line, column }) => fill(
            ui_str!(lang, ui.overview.error.not_json),
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        Some(ReportError::NotAReport(OtherKind::Backup)) => ui_str!(lang, ui.overview.error.backup).to_string(),
        Some(ReportError::NotAReport(OtherKind::Response)) => ui_str!(lang, ui.overview.error.response).to_string(),
        Some(ReportError::NotAReport(OtherKind::Unknown)) => ui_str!(lang, ui.overview.error.unknown).to_string(),
        Some(ReportError::TooNew { found }) => fill(
            ui_str!(lang, ui.overview.error.too_new),
            &[
                ("found", &found.to_string()),
                ("version", &unit_report::VERSION.to_string()),
            ],
        ),
        Some(ReportError::Invalid { path, .. }) => fill(ui_str!(lang, ui.overview.error.invalid), &[("path", path)]),
        Some(ReportError::UnderThreshold { path }) => {
            fill(ui_str!(lang, ui.overview.error.under_threshold), &[("path", path)])
        }
    }
}

/// When a file was saved, as people read it: `2026-10-01 12:00` (UTC, as the file has it).
fn saved_label(saved: &str) -> String {
    saved.get(0..16).unwrap_or(saved).replace('T', " ")
}

/// Reads `files` and parses each as a report file.
async fn read_files(files: Vec<web_sys::File>) -> Vec<(String, Result<UnitReport, Option<ReportError>>)> {
    let mut read = Vec::new();
    for file in files {
        let parsed = match file_text(&file, unit_report::MAX_BYTES).await {
            Ok(text) => unit_report::parse(&text).map_err(Some),
            Err(FileUnread::TooLarge(bytes)) => Err(Some(ReportError::TooLarge { bytes })),
            Err(FileUnread::Unreadable) => Err(None),
        };
        read.push((file.name(), parsed));
    }
    read
}

#[component]
pub fn Overview() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let held = RwSignal::new(local::load_reports());
    let save_error = RwSignal::new(None::<String>);
    let outcomes = RwSignal::new(Vec::<Outcome>::new());
    let keep = move || match held.with_untracked(local::save_reports) {
        Ok(()) => save_error.set(None),
        Err(e) => save_error.set(Some(e)),
    };

    let read = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        let Some(list) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let read = read_files(files).await;
            let mut results = Vec::new();
            let mut changed = false;
            held.update(|h| {
                for (file, parsed) in read {
                    results.push(match parsed {
                        Ok(report) => {
                            let (unit, date) = (report.unit.clone(), report.date.clone());
                            let added = h.add(report);
                            changed |= matches!(added, Added::New | Added::Replaced { .. });
                            Outcome::Read {
                                file,
                                unit,
                                date,
                                added,
                            }
                        }
                        Err(reason) => Outcome::Failed { file, reason },
                    });
                }
            });
            if changed {
                keep();
            }
            outcomes.set(results);
        });
    };

    // This browser's own rounds, as reports, where someone has answered or a thief is listed.
    let local_reports = Memo::new(move |_| {
        let content = Content::get(lang.get());
        store.with(|d| {
            d.rounds
                .iter()
                .filter(|r| r.assessment.respondents().next().is_some() || !r.audit.thieves.is_empty())
                .map(|r| unit_report::build(content, r, d.settings.min_group, ""))
                .collect::<Vec<_>>()
        })
    });
    let all = Memo::new(move |_| held.with(|h| local_reports.with(|l| overview::with_local(&h.reports, l.clone()))));
    let periods = Memo::new(move |_| all.with(|a| overview::periods(a)));
    let period = RwSignal::new(None::<Period>);
    let chosen = Memo::new(move |_| {
        let wanted = period.get();
        periods.with(|ps| wanted.filter(|p| ps.contains(p)).or_else(|| ps.first().copied()))
    });
    // Each table made gets a number of its own: sorting it again moves its rows on the page
    // rather than drawing them anew.
    let made = StoredValue::new(0u64);
    let table = Memo::new(move |_| {
        let content = Content::get(lang.get());
        let rows = chosen
            .get()
            .map(|p| all.with(|a| overview::table(content, a, p)))
            .unwrap_or_default();
        made.update_value(|n| *n += 1);
        (made.get_value(), rows)
    });
    let sort = RwSignal::new((SortBy::Unit, true));
    let rows = Memo::new(move |_| {
        let (n, mut rows) = table.get();
        let (by, ascending) = sort.get();
        overview::sort(&mut rows, by, ascending);
        rows.into_iter().map(|r| (n, r)).collect::<Vec<_>>()
    });
    let merged = Memo::new(move |_| held.with(|h| h.merged.clone()));
    let recurring = Memo::new(move |_| {
        let Some(p) = chosen.get() else {
            return (Vec::new(), Vec::new());
        };
        all.with(|a| merged.with(|m| overview::recurring(&overview::latest_in(a, p), m)))
    });

    let download_table = move |_| {
        let Some(p) = chosen.get_untracked() else { return };
        let lang = lang.get_untracked();
        let content = Content::get(lang);
        let labels = overview::TableLabels {
            unit: ui_str!(lang, ui.overview.col_unit),
            period: ui_str!(lang, ui.overview.csv_period),
            date: ui_str!(lang, ui.overview.csv_date),
            respondents: ui_str!(lang, ui.overview.col_respondents),
            answers: ui_str!(lang, ui.overview.csv_answers),
            principles: content.principles.iter().map(|p| p.name.as_str()).collect(),
            overall: ui_str!(lang, ui.overview.col_overall),
            change: ui_str!(lang, ui.overview.col_change),
        };
        let shown: Vec<Row> = rows.with_untracked(|r| r.iter().map(|(_, row)| row.clone()).collect());
        let text = overview::table_csv(&shown, p, &labels, lang);
        download(
            &format!("tillit-oversikt-{}.csv", p.key()),
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let download_thieves = move |_| {
        let Some(p) = chosen.get_untracked() else { return };
        let lang = lang.get_untracked();
        let remover = move |r| labels::remover(lang, r);
        let category = move |c| labels::category(lang, c);
        let labels = overview::RecurringLabels {
            header: [
                ui_str!(lang, ui.overview.csv_remover),
                ui_str!(lang, ui.overview.csv_category),
                ui_str!(lang, ui.overview.csv_title),
                ui_str!(lang, ui.overview.csv_other_titles),
                ui_str!(lang, ui.overview.csv_unit_count),
                ui_str!(lang, ui.overview.csv_units),
                ui_str!(lang, ui.overview.csv_hours),
                ui_str!(lang, ui.overview.csv_posts),
                ui_str!(lang, ui.overview.csv_kronor),
                ui_str!(lang, ui.overview.csv_loss),
            ],
            remover: &remover,
            category: &category,
        };
        let text = recurring.with_untracked(|(list, _)| overview::recurring_csv(list, &labels, lang));
        download(
            &format!("tillit-tidstjuvar-{}.csv", p.key()),
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let remove_all = Callback::new(move |()| {
        held.set(HeldReports::default());
        outcomes.set(Vec::new());
        keep();
    });
    let set_merged = move |keys: [String; 2], on: bool| {
        held.update(|h| h.set_merged(&keys, on));
        keep();
    };

    view! {
        <section class="page page--overview">
            <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.overview.title).to_string()) />
            <p class="lead">{text!(i18n, ui.overview.lead)}</p>
            <div class="card no-print">
                <Field id="report-files" label=move || text!(i18n, ui.overview.files_label) hint=move || text!(i18n, ui.overview.files_hint)
                    kind="file" multiple=true accept=".json,application/json" on_change=read />
                <When when=move || !outcomes.with(Vec::is_empty)>
                    <div class="notice notice--info" role="status">
                        <ul class="import-report">
                            {move || outcomes.get().into_iter().map(|o| outcome_view(i18n, lang.get(), o)).collect_view()}
                        </ul>
                    </div>
                </When>
                {move || save_error.get().map(|e| view! {
                    <p class="notice notice--error" role="alert">{move || format::fill(ui_str!(i18n.get_locale(), ui.overview.save_failed), &[("error", e.as_str())])}</p>
                })}
                {move || {
                    let count = held.with(|h| h.reports.len());
                    (count > 0).then(|| view! {
                        <p data-testid="held-count">{move || format::fill(ui_str!(i18n.get_locale(), ui.overview.held), &[("count", count.to_string().as_str())])}" "</p>
                        <ConfirmButton
                            label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.overview.remove_all).to_string())
                            consequence=Signal::derive(move || ui_str!(i18n.get_locale(), ui.overview.remove_consequence).to_string())
                            yes=Signal::derive(move || ui_str!(i18n.get_locale(), ui.overview.remove_yes).to_string())
                            on_confirm=remove_all
                        />
                    })
                }}
            </div>
            {move || if periods.with(Vec::is_empty) {
                view! { <p>{text!(i18n, ui.overview.empty)}</p> }.into_any()
            } else {
                view! {
                    <EnumSelect id="period-select" field_class="field no-print" label=move || text!(i18n, ui.overview.period_label)
                        options=move || {
                            let l = i18n.get_locale();
                            periods.get().into_iter().map(|p| (p.key(), labels::period(l, p))).collect::<Vec<_>>()
                        }
                        selected=move || chosen.get().map(|p| p.key()).unwrap_or_default()
                        on_change=Callback::new(move |v: String| period.set(Period::parse(&v))) />
                    <div class="button-row no-print">
                        <button type="button" class="button button--secondary" on:click=download_table>{text!(i18n, ui.overview.csv)}</button>
                        <button type="button" class="button button--secondary" on:click=download_thieves>{text!(i18n, ui.overview.thieves_csv)}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| { let _ = window().print(); }>{text!(i18n, ui.overview.print)}</button>
                    </div>
                    <UnitTable rows sort chosen />
                    <StatementTable all chosen />
                    <RecurringThieves recurring set_merged=Callback::new(move |(keys, on)| set_merged(keys, on)) />
                }.into_any()
            }}
        </section>
    }
}

fn outcome_view(i18n: I18n, lang: Lang, o: Outcome) -> AnyView {
    match o {
        Outcome::Read {
            file,
            unit,
            date,
            added,
        } => {
            let (f, u, d) = (file.clone(), unit.clone(), date.clone());
            match added {
                Added::New => view! { <li>{move || format::fill(ui_str!(i18n.get_locale(), ui.overview.added), &[("file", f.as_str()), ("unit", u.as_str()), ("date", d.as_str())])}</li> }.into_any(),
                Added::Replaced { previous_saved } => view! {
                    <li>{move || format::fill(ui_str!(i18n.get_locale(), ui.overview.replaced), &[("file", f.as_str()), ("unit", u.as_str()), ("date", d.as_str()), ("before", saved_label(&previous_saved).as_str())])}</li>
                }
                .into_any(),
                Added::AlreadyHere => view! { <li>{move || format::fill(ui_str!(i18n.get_locale(), ui.overview.already), &[("file", f.as_str())])}</li> }.into_any(),
                Added::Older { held_saved } => view! {
                    <li>{move || format::fill(ui_str!(i18n.get_locale(), ui.overview.older), &[("file", f.as_str()), ("unit", u.as_str()), ("date", d.as_str()), ("held", saved_label(&held_saved).as_str())])}</li>
                }
                .into_any(),
            }
        }
        Outcome::Failed { file, reason } => {
            let text = reason_text(lang, reason.as_ref());
            view! {
                <li class="import-report__error">{move || format::fill(ui_str!(i18n.get_locale(), ui.overview.failed), &[("file", file.as_str()), ("reason", text.as_str())])}</li>
            }
            .into_any()
        }
    }
}

/// A column heading that sorts the table: a button in the `<th>`, which says how it is sorted.
#[component]
fn SortHeading(
    by: SortBy,
    sort: RwSignal<(SortBy, bool)>,
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] num: bool,
) -> impl IntoView {
    let state = move || {
        let (now, ascending) = sort.get();
        (now == by).then_some(if ascending { "ascending" } else { "descending" })
    };
    let click = move |_| {
        sort.update(|(now, ascending)| {
            if *now == by {
                *ascending = !*ascending;
            } else {
                *now = by;
                *ascending = true;
            }
        })
    };
    view! {
        <th scope="col" class:num=num aria-sort=state>
            <button type="button" class="sort-button" on:click=click>
                {label}
                <span class="sort-button__mark" aria-hidden="true">
                    {move || match state() { Some("ascending") => " ▲", Some(_) => " ▼", None => "" }}
                </span>
            </button>
        </th>
    }
}

#[component]
fn UnitTable(
    rows: Memo<Vec<(u64, Row)>>,
    sort: RwSignal<(SortBy, bool)>,
    chosen: Memo<Option<Period>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let names = move || {
        Content::get(lang.get())
            .principles
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
    };
    view! {
        <section class="overview__table" aria-labelledby="overview-table-title">
            <h2 id="overview-table-title">{text!(i18n, ui.overview.table_title)}</h2>
            <p class="hint no-print">{text!(i18n, ui.overview.sort_hint)}</p>
            <Legend />
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="overview-table-title">
                <table class="score-table overview-table">
                    <caption>{move || {
                        let l = i18n.get_locale();
                        let period = chosen.get().map(|p| labels::period(l, p)).unwrap_or_default();
                        format::fill(ui_str!(l, ui.overview.table_caption), &[("period", period.as_str())])
                    }}</caption>
                    <thead>
                        <tr>
                            <SortHeading by=SortBy::Unit sort label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.overview.col_unit).to_string()) />
                            <SortHeading by=SortBy::Respondents sort num=true label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.overview.col_respondents).to_string()) />
                            {move || names().into_iter().enumerate().map(|(i, name)| view! {
                                <SortHeading by=SortBy::Principle(i) sort num=true label=Signal::derive(move || name.clone()) />
                            }).collect_view()}
                            <SortHeading by=SortBy::Overall sort num=true label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.overview.col_overall).to_string()) />
                            <SortHeading by=SortBy::Change sort num=true label=Signal::derive(move || ui_str!(i18n.get_locale(), ui.overview.col_change).to_string()) />
                        </tr>
                    </thead>
                    <tbody>
                        // A new table (another half-year, language or file) is drawn anew.
                        <For
                            each=move || rows.get()
                            key=|(n, row)| (*n, row.unit.clone())
                            children=move |(_, row)| unit_row(lang.get_untracked(), row)
                        />
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// A mean in a cell whose shade follows the colour scale, with the number always printed.
fn mean_cell(mean: Option<f64>, change: Option<f64>, lang: Lang) -> AnyView {
    let class = match mean {
        Some(m) => format!("num cell cell--l{}", overview::level(m)),
        None => "num cell".to_string(),
    };
    // One text node each: 60 rows of them are laid out again on every sort.
    let change =
        change.map(|c| view! { <span class="cell__change">{format!(" ({})", format::signed(c, 1, lang))}</span> });
    view! { <td class=class>{format::score(mean, lang)}{change}</td> }.into_any()
}

fn unit_row(lang: Lang, row: Row) -> AnyView {
    let cells = (0..row.figures.means.len())
        .map(|i| mean_cell(row.figures.means[i], row.change(i), lang))
        .collect_view();
    let change = row.overall_change().map(|c| {
        let since = row
            .previous
            .as_ref()
            .map(|(p, _)| {
                format::fill(
                    ui_str!(lang, ui.overview.change_since),
                    &[("period", &labels::period(lang, *p))],
                )
            })
            .unwrap_or_default();
        view! { {format::signed(c, 1, lang)}<span class="cell__since">{format!(" {since}")}</span> }
    });
    view! {
        <tr data-unit=row.unit.clone()>
            <th scope="row">{row.unit.clone()}</th>
            <td class="num">{row.respondents}</td>
            {cells}
            {mean_cell(row.figures.overall, None, lang)}
            <td class="num change">{change.map_or_else(|| view! { {format::NO_FIGURE} }.into_any(), |c| c.into_any())}</td>
        </tr>
    }
    .into_any()
}

/// The colour scale, step by step, with the numbers each step holds.
#[component]
fn Legend() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <div class="legend" role="group" aria-labelledby="legend-title">
            <p><strong id="legend-title">{text!(i18n, ui.overview.legend_title)}</strong>" "{text!(i18n, ui.overview.legend)}</p>
            <ul class="legend__steps">
                {move || {
                    let lang = lang.get();
                    (1..=5u8).map(|n| {
                        let low = if n == 1 { 1.0 } else { f64::from(n) - 0.5 };
                        let high = if n == 5 { 5.0 } else { f64::from(n) + 0.4 };
                        let text = format!("{}–{}", format::decimal(low, 1, lang), format::decimal(high, 1, lang));
                        view! { <li class=format!("cell cell--l{n}")>{text}</li> }
                    }).collect_view()
                }}
            </ul>
        </div>
    }
}

#[component]
fn StatementTable(all: Memo<Vec<UnitReport>>, chosen: Memo<Option<Period>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let rows = move || {
        let lang = lang.get();
        let content = Content::get(lang);
        let Some(p) = chosen.get() else {
            return Vec::new();
        };
        let statements = all.with(|a| overview::statements(content, &overview::latest_in(a, p)));
        statements
            .into_iter()
            .map(|s| {
                let text = content
                    .statement(&s.statement)
                    .map_or_else(|| s.statement.clone(), |(_, st)| st.text.clone());
                let lowest = s.lowest.as_ref().map_or_else(
                    || format::NO_FIGURE.to_string(),
                    |(unit, m)| format!("{unit} ({})", format::score(Some(*m), lang)),
                );
                view! {
                    <tr data-statement=s.statement.clone()>
                        <th scope="row">{text}</th>
                        {mean_cell(s.distribution.mean(), None, lang)}
                        <td class="num">{s.distribution.answered()}</td>
                        <td class="num">{s.units}</td>
                        <td class="num">{s.left_out}</td>
                        <td>{lowest}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="overview__statements" aria-labelledby="overview-statements-title">
            <h2 id="overview-statements-title">{text!(i18n, ui.overview.statements_title)}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="overview-statements-title">
                <table class="score-table overview-statements">
                    <caption>{text!(i18n, ui.overview.statements_caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text!(i18n, ui.overview.col_statement)}</th>
                            <th scope="col" class="num">{text!(i18n, ui.overview.col_mean)}</th>
                            <th scope="col" class="num">{text!(i18n, ui.overview.col_answers)}</th>
                            <th scope="col" class="num">{text!(i18n, ui.overview.col_units)}</th>
                            <th scope="col" class="num">{text!(i18n, ui.overview.col_left_out)}</th>
                            <th scope="col">{text!(i18n, ui.overview.col_lowest)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn RecurringThieves(
    recurring: Memo<(Vec<Recurring>, Vec<Suggestion>)>,
    set_merged: Callback<([String; 2], bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let suggestions = move || {
        let list = recurring.with(|(_, s)| s.clone());
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let id = format!("same-thief-{i}");
                    let [a, b] = s.titles.clone();
                    let keys = s.keys.clone();
                    view! {
                        <Check id=id.clone()
                            label=move || format::fill(ui_str!(i18n.get_locale(), ui.overview.suggestion), &[("a", a.as_str()), ("b", b.as_str())])
                            checked=s.confirmed on_change=move |on| set_merged.run((keys.clone(), on)) />
                    }
                })
                .collect_view();
            view! {
                <fieldset class="suggestions no-print">
                    <legend>{text!(i18n, ui.overview.suggestions_title)}</legend>
                    <p class="hint">{text!(i18n, ui.overview.suggestions_hint)}</p>
                    {items}
                </fieldset>
            }
        })
    };
    let groups = move || {
        let lang = lang.get();
        let list = recurring.with(|(list, _)| list.clone());
        if list.is_empty() {
            return view! { <p>{text!(i18n, ui.overview.thieves_none)}</p> }.into_any();
        }
        Remover::ALL
            .into_iter()
            .filter_map(|who| {
                let items: Vec<Recurring> = list.iter().filter(|r| r.remover == who).cloned().collect();
                (!items.is_empty()).then(|| {
                    view! {
                        <h3>{labels::remover(lang, who)}</h3>
                        <ul class="recurring">
                            {items.into_iter().map(|r| recurring_item(i18n, lang, r)).collect_view()}
                        </ul>
                    }
                })
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="overview__thieves" aria-labelledby="overview-thieves-title">
            <h2 id="overview-thieves-title">{text!(i18n, ui.overview.thieves_title)}</h2>
            <p class="lead">{text!(i18n, ui.overview.thieves_lead)}</p>
            {suggestions}
            {groups}
        </section>
    }
}

fn recurring_item(i18n: I18n, lang: Lang, r: Recurring) -> impl IntoView {
    let count = r.units.len();
    let posts = format::decimal(r.full_time, 1, lang);
    let reported = if count == 1 {
        (move || {
            format::fill(
                ui_str!(i18n.get_locale(), ui.overview.reported_one),
                &[("posts", posts.as_str())],
            )
        })
        .into_any()
    } else {
        (move || {
            format::fill(
                ui_str!(i18n.get_locale(), ui.overview.reported),
                &[("count", count.to_string().as_str()), ("posts", posts.as_str())],
            )
        })
        .into_any()
    };
    let others = (r.titles.len() > 1).then(|| {
        let titles = r.titles[1..].join(", ");
        view! { <p class="recurring__also">{move || format::fill(ui_str!(i18n.get_locale(), ui.overview.also_called), &[("titles", titles.as_str())])}</p> }
    });
    let units = r.units.join(", ");
    view! {
        <li class="recurring__item" data-units=count>
            <p>
                <strong class="recurring__title">{r.titles[0].clone()}</strong>
                " · "{labels::category(lang, r.category)}
            </p>
            <p class="recurring__figures">{reported}</p>
            {others}
            <p class="recurring__units">{move || format::fill(ui_str!(i18n.get_locale(), ui.overview.units), &[("units", units.as_str())])}</p>
        </li>
    }
}
