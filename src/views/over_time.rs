//! Over time: for one unit, each principle across its rounds (a line chart and the same figures
//! as a table), two chosen rounds overlaid in the radar chart with the change per principle and
//! its direction; and for a manager, two units side by side in the same half-year.

use crate::app::{Store, use_lang};
use crate::components::When;
use crate::components::figures::Figures;
use crate::components::{BarChart, EnumSelect, LineChart, PageHeading, Radar, labels};
use crate::domain::history::{self, Direction, Period};
use crate::domain::model::Round;
use crate::domain::scoring::visible;
use crate::domain::{Content, format};
use crate::i18n::*;
use leptos::prelude::*;

/// "▲ up", "▼ down" or "= unchanged": the sign and the word, never colour alone.
fn direction_view(d: Option<Direction>, i18n: I18n) -> AnyView {
    match d {
        Some(Direction::Up) => view! { <span class="direction direction--up"><span aria-hidden="true">"▲ "</span>{text!(i18n, ui.over_time.up)}</span> }.into_any(),
        Some(Direction::Down) => view! { <span class="direction direction--down"><span aria-hidden="true">"▼ "</span>{text!(i18n, ui.over_time.down)}</span> }.into_any(),
        Some(Direction::Same) => view! { <span class="direction direction--same"><span aria-hidden="true">"= "</span>{text!(i18n, ui.over_time.same)}</span> }.into_any(),
        None => view! { <span>{format::NO_FIGURE}</span> }.into_any(),
    }
}

#[component]
pub fn OverTime() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let units = Memo::new(move |_| store.with(|d| history::units(&d.rounds)));
    let initial_unit = store.with_untracked(|d| {
        d.active_round()
            .map(|r| r.unit.trim().to_string())
            .or_else(|| history::units(&d.rounds).into_iter().next())
            .unwrap_or_default()
    });
    let unit = RwSignal::new(initial_unit);

    view! {
        <section class="page page--over-time">
            <PageHeading text=Signal::derive(move || ui_str!(i18n.get_locale(), ui.over_time.title).to_string()) />
            <p class="lead">{text!(i18n, ui.over_time.lead)}</p>
            {move || if units.with(Vec::is_empty) {
                view! { <p>{text!(i18n, ui.over_time.empty)}</p> }.into_any()
            } else {
                view! {
                    <EnumSelect id="unit-select" field_class="field no-print" label=move || text!(i18n, ui.over_time.unit_label)
                        options={move || units.get().into_iter().map(|u| (u.clone(), u)).collect::<Vec<_>>()}
                        selected={move || units.with(|us| us.iter().find(|u| history::same_unit(u, &unit.get())).cloned().unwrap_or_default())}
                        on_change=Callback::new(move |v| unit.set(v)) />
                    {move || view! { <UnitHistory unit=unit.get() /> }}
                    <SideBySide />
                }.into_any()
            }}
        </section>
    }
}

/// The rounds of one unit: the lines, the table, and the comparison of two of them.
#[component]
fn UnitHistory(unit: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let rounds: Vec<Round> =
        store.with_untracked(|d| history::rounds_of(&d.rounds, &unit).into_iter().cloned().collect());
    let ids: Vec<String> = rounds.iter().map(|r| r.id.clone()).collect();
    let rounds = StoredValue::new(rounds);
    let to = RwSignal::new(ids.last().cloned().unwrap_or_default());
    let from = RwSignal::new(ids.iter().rev().nth(1).or(ids.last()).cloned().unwrap_or_default());

    let chart = move || {
        let lang = lang.get();
        let content = Content::get(lang);
        rounds.with_value(|rounds| {
            let refs: Vec<&Round> = rounds.iter().collect();
            let min_group = store.with_untracked(|d| d.settings.min_group);
            let lines = history::lines(content, &refs, min_group);
            // A workshop round too few answered has no figures here; its column says why.
            let too_few: Vec<bool> = rounds
                .iter()
                .map(|r| visible(content, r, min_group).scores().is_none())
                .collect();
            let dates: Vec<String> = rounds.iter().map(|r| r.date.clone()).collect();
            let named: Vec<(String, Vec<Option<f64>>)> = content
                .principles
                .iter()
                .zip(&lines)
                .map(|(p, l)| (p.name.clone(), l.means.clone()))
                .collect();
            let head = dates
                .iter()
                .zip(&too_few)
                .map(|(d, few)| {
                    view! {
                        <th scope="col" class="num">
                            {d.clone()}
                            {few.then(|| view! { <span class="th-note">{text!(i18n, ui.common.too_few)}</span> })}
                        </th>
                    }
                })
                .collect_view();
            let body = named
                .iter()
                .map(|(name, means)| {
                    view! {
                        <tr>
                            <th scope="row">{name.clone()}</th>
                            {means.iter().map(|m| view! { <td class="num">{format::score(*m, lang)}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            let one = rounds.len() < 2;
            view! {
                <section aria-labelledby="lines-title">
                    <h2 id="lines-title">{text!(i18n, ui.over_time.lines_title)}</h2>
                    {one.then(|| view! { <p>{text!(i18n, ui.over_time.lines_one)}</p> })}
                    <figure class="chart">
                        <LineChart
                            id="lines-chart"
                            points=dates
                            lines=named
                            title=ui_str!(i18n.get_locale(), ui.over_time.lines_title).to_string()
                            description=ui_str!(i18n.get_locale(), ui.over_time.lines_desc).to_string()
                        />
                    </figure>
                    <div class="table-scroll" tabindex="0">
                        <table class="score-table" data-testid="lines-table">
                            <caption>{text!(i18n, ui.over_time.table_caption)}</caption>
                            <thead><tr><th scope="col">{text!(i18n, ui.over_time.col_principle)}</th>{head}</tr></thead>
                            <tbody>{body}</tbody>
                        </table>
                    </div>
                </section>
            }
        })
    };

    let options: Vec<(String, String)> =
        rounds.with_value(|rounds| rounds.iter().map(|r| (r.id.clone(), r.date.clone())).collect());

    let comparison = move || {
        let lang = lang.get();
        let content = Content::get(lang);
        let (from_id, to_id) = (from.get(), to.get());
        rounds.with_value(|rounds| {
            let a = rounds.iter().find(|r| r.id == from_id)?;
            let b = rounds.iter().find(|r| r.id == to_id)?;
            if a.id == b.id {
                return None;
            }
            let min_group = store.with_untracked(|d| d.settings.min_group);
            let changes = history::changes(content, a, b, min_group);
            let names: Vec<String> = content.principles.iter().map(|p| p.name.clone()).collect();
            let after: Vec<Option<f64>> = changes.iter().map(|c| c.after).collect();
            let before: Vec<Option<f64>> = changes.iter().map(|c| c.before).collect();
            let description = names
                .iter()
                .zip(&changes)
                .map(|(n, c)| format!("{n}: {} → {}", format::score(c.before, lang), format::score(c.after, lang)))
                .collect::<Vec<_>>()
                .join(", ");
            let rows = names
                .iter()
                .zip(&changes)
                .map(|(n, c)| {
                    let delta = format::change(c.delta(), lang);
                    view! {
                        <tr data-principle=c.principle.clone()>
                            <th scope="row">{n.clone()}</th>
                            <td class="num">{format::score(c.before, lang)}</td>
                            <td class="num">{format::score(c.after, lang)}</td>
                            <td class="num change">{delta}</td>
                            <td>{direction_view(c.direction(), i18n)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let (date_a, date_b) = (a.date.clone(), b.date.clone());
            Some(view! {
                <figure class="chart">
                    <Radar
                        names
                        values=after
                        lang
                        title=ui_str!(i18n.get_locale(), ui.over_time.radar_title).to_string()
                        description
                        no_score=ui_str!(i18n.get_locale(), ui.results.no_score).to_string()
                        previous=Some(before)
                        legend=(date_b.clone(), date_a.clone())
                    />
                </figure>
                <div class="table-scroll" tabindex="0"><table class="score-table" data-testid="changes-table">
                    <caption>{text!(i18n, ui.over_time.changes_caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text!(i18n, ui.over_time.col_principle)}</th>
                            <th scope="col" class="num">{date_a}</th>
                            <th scope="col" class="num">{date_b}</th>
                            <th scope="col" class="num">{text!(i18n, ui.over_time.col_change)}</th>
                            <th scope="col"><span class="visually-hidden">{text!(i18n, ui.over_time.col_change)}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table></div>
            })
        })
    };

    let two = ids.len() > 1;
    let won_back = move || {
        let lang = lang.get();
        rounds.with_value(|rounds| {
            let refs: Vec<&Round> = rounds.iter().collect();
            let series = crate::domain::won_back::series(&refs);
            // Only once a thief has been carried into a later round is there anything to show.
            if rounds.len() < 2 || rounds.iter().all(|r| r.audit.thieves.is_empty()) {
                return None;
            }
            let dates: Vec<String> = rounds.iter().map(|r| r.date.clone()).collect();
            let figures: Vec<Figures> = series.iter().map(|c| Figures::of(c, lang)).collect();
            let values: Vec<(f64, String)> = series
                .iter()
                .zip(&figures)
                .map(|(c, f)| (c.hours_per_year, f.hours.clone()))
                .collect();
            let rows = dates
                .iter()
                .zip(figures)
                .map(|(d, f)| {
                    view! {
                        <tr>
                            <th scope="row">{d.clone()}</th>
                            <td class="num">{f.hours}</td>
                            <td class="num">{f.posts}</td>
                            <td class="num">{f.kronor}</td>
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <section aria-labelledby="won-over-time-title" data-testid="won-over-time">
                    <h2 id="won-over-time-title">{text!(i18n, ui.over_time.won_title)}</h2>
                    <p>{text!(i18n, ui.audit.won_lead)}</p>
                    <figure class="chart chart--small">
                        <BarChart
                            id="won-chart"
                            points=dates
                            values
                            title=ui_str!(i18n.get_locale(), ui.over_time.won_title).to_string()
                            description=ui_str!(i18n.get_locale(), ui.over_time.won_desc).to_string()
                        />
                    </figure>
                    <div class="table-scroll" tabindex="0">
                        <table class="score-table" data-testid="won-table">
                            <caption>{text!(i18n, ui.over_time.won_caption)}</caption>
                            <thead><tr>
                                <th scope="col">{text!(i18n, ui.over_time.col_round)}</th>
                                <th scope="col" class="num">{text!(i18n, ui.over_time.col_hours)}</th>
                                <th scope="col" class="num">{text!(i18n, ui.over_time.col_posts)}</th>
                                <th scope="col" class="num">{text!(i18n, ui.over_time.col_kronor)}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </section>
            })
        })
    };
    view! {
        {chart}
        {won_back}
        <When when=move || two>
        <section aria-labelledby="compare-title">
            <h2 id="compare-title">{text!(i18n, ui.over_time.compare_title)}</h2>
            <div class="field-row no-print">
                <EnumSelect id="compare-from" label=move || text!(i18n, ui.over_time.compare_from) options=options.clone()
                    selected=from on_change=Callback::new(move |v| from.set(v)) />
                <EnumSelect id="compare-to" label=move || text!(i18n, ui.over_time.compare_to) options=options.clone()
                    selected=to on_change=Callback::new(move |v| to.set(v)) />
            </div>
            {comparison}
        </section>
        </When>
    }
}

/// Two units' latest rounds in the same half-year.
#[component]
fn SideBySide() -> impl IntoView {
    let store = expect_context::<Store>();
    let i18n = use_i18n();
    let lang = use_lang();
    let (units, periods) = store.with_untracked(|d| (history::units(&d.rounds), history::periods(&d.rounds)));
    if units.len() < 2 {
        return view! {
            <section aria-labelledby="units-title">
                <h2 id="units-title">{text!(i18n, ui.over_time.units_title)}</h2>
                <p>{text!(i18n, ui.over_time.units_need_two)}</p>
            </section>
        }
        .into_any();
    }
    let period = RwSignal::new(periods.first().map(|p| p.key()).unwrap_or_default());
    let a = RwSignal::new(units[0].clone());
    let b = RwSignal::new(units[1].clone());
    let unit_options: Vec<(String, String)> = units.iter().map(|u| (u.clone(), u.clone())).collect();
    let period_options = {
        let periods = periods.clone();
        move || {
            periods
                .iter()
                .map(|p| (p.key(), labels::period(i18n.get_locale(), *p)))
                .collect::<Vec<_>>()
        }
    };

    let table = move || {
        let lang = lang.get();
        let content = Content::get(lang);
        let p = Period::parse(&period.get())?;
        let (ua, ub) = (a.get(), b.get());
        let (ra, rb) = store.with(|d| {
            (
                history::in_period(&d.rounds, &ua, p).map(|r| visible(content, r, d.settings.min_group).means(content)),
                history::in_period(&d.rounds, &ub, p).map(|r| visible(content, r, d.settings.min_group).means(content)),
            )
        });
        let missing = ui_str!(i18n.get_locale(), ui.over_time.no_round_in_period).to_string();
        let rows = content
            .principles
            .iter()
            .enumerate()
            .map(|(i, pr)| {
                let ma = ra.as_ref().and_then(|m| m[i]);
                let mb = rb.as_ref().and_then(|m| m[i]);
                let cell = |has: bool, m: Option<f64>| if has { format::score(m, lang) } else { missing.clone() };
                let diff = format::difference(ma, mb, lang);
                view! {
                    <tr data-principle=pr.id.clone()>
                        <th scope="row">{pr.name.clone()}</th>
                        <td class="num">{cell(ra.is_some(), ma)}</td>
                        <td class="num">{cell(rb.is_some(), mb)}</td>
                        <td class="num">{diff}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <div class="table-scroll" tabindex="0"><table class="score-table" data-testid="units-table">
                <caption>{text!(i18n, ui.over_time.units_title)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text!(i18n, ui.over_time.col_principle)}</th>
                        <th scope="col" class="num">{ua}</th>
                        <th scope="col" class="num">{ub}</th>
                        <th scope="col" class="num">{text!(i18n, ui.over_time.col_difference)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table></div>
        })
    };

    view! {
        <section aria-labelledby="units-title">
            <h2 id="units-title">{text!(i18n, ui.over_time.units_title)}</h2>
            <div class="field-row no-print">
                <EnumSelect id="period-select" label=move || text!(i18n, ui.over_time.period_label) options=period_options
                    selected=period on_change=Callback::new(move |v| period.set(v)) />
                <EnumSelect id="unit-a" label=move || text!(i18n, ui.over_time.unit_a) options=unit_options.clone()
                    selected=a on_change=Callback::new(move |v| a.set(v)) />
                <EnumSelect id="unit-b" label=move || text!(i18n, ui.over_time.unit_b) options=unit_options.clone()
                    selected=b on_change=Callback::new(move |v| b.set(v)) />
            </div>
            {table}
        </section>
    }
    .into_any()
}
