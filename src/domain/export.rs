//! Files for spreadsheets and documents: CSV that Excel opens correctly with Swedish characters
//! (UTF-8 with a byte order mark, semicolons between fields as in Swedish Excel, CRLF line
//! ends), with every text cell guarded against being run as a formula; and the CSV of a round's
//! results and of its time thieves.

use super::aggregate::team_view;
use super::audit::{Audit, Category, Cost, NeedKind, Per, Remover, ThiefStatus};
use super::content::{Content, Lang};
use super::format::{editable, plain, spreadsheet_text};
use super::model::Round;
use super::plan::{Action, Status};
use super::scoring::{score, visible};

/// One field of a row: text as typed (guarded), or a number written for the language.
pub enum Field<'a> {
    Text(&'a str),
    /// A number to two decimals.
    Number(Option<f64>),
    /// A worked-out figure, to four decimals: the exact figure behind a rounded one on the page.
    Exact(f64),
}

/// Writes rows of fields as CSV for Excel; numbers with the decimal separator of `lang`.
pub fn csv<'a>(header: &[&str], rows: impl IntoIterator<Item = Vec<Field<'a>>>, lang: Lang) -> String {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let guarded: Vec<String> = header.iter().map(|h| spreadsheet_text(h).into_owned()).collect();
    writer.write_record(&guarded).expect("writing to memory");
    for row in rows {
        let cells: Vec<String> = row
            .into_iter()
            .map(|f| match f {
                Field::Text(t) => spreadsheet_text(t).into_owned(),
                Field::Number(n) => n.map_or_else(String::new, |n| editable(n, lang)),
                Field::Exact(n) => plain(n, 4, lang),
            })
            .collect();
        writer.write_record(&cells).expect("writing to memory");
    }
    let bytes = writer.into_inner().expect("flushing to memory");
    format!("\u{feff}{}", String::from_utf8(bytes).expect("written from strings"))
}

/// Column headings of the results export, in the language of the export.
pub struct ResultLabels<'a> {
    pub principle: &'a str,
    pub statement: &'a str,
    pub mean: &'a str,
    pub scored: &'a str,
    pub dont_know: &'a str,
    pub unanswered: &'a str,
    pub spread: &'a str,
    /// Written in place of the figures where fewer than the threshold answered in a workshop.
    pub too_few: &'a str,
    /// The heading of the principle's own row, e.g. "Alla påståenden".
    pub all_statements: &'a str,
}

/// The results of `round` per principle and statement: mean, how many scored, "vet ej",
/// unanswered, and the spread. In a workshop, where fewer than `min_group` answered, no
/// figures are given, as in the team view.
pub fn results_csv(content: &Content, round: &Round, min_group: u32, labels: &ResultLabels, lang: Lang) -> String {
    let visible = visible(content, round, min_group);
    let scores = visible
        .scores()
        .cloned()
        .unwrap_or_else(|| score(content, &round.assessment));
    let workshop = round.is_workshop();
    // A round the team answers together is its own and shown whole (as `visible` has it).
    let team = team_view(content, &round.assessment, if workshop { min_group } else { 1 });
    let header = [
        labels.principle,
        labels.statement,
        labels.mean,
        labels.scored,
        labels.dont_know,
        labels.unanswered,
        labels.spread,
    ];
    let mut rows = Vec::new();
    for ((principle, ps), pa) in content.principles.iter().zip(&scores.principles).zip(&team.principles) {
        // Nothing at all when too few answered; else each line as `visible` and the team view say.
        let all_shown = visible.scores().is_some();
        let lines = std::iter::once((
            labels.all_statements,
            ps.tally,
            pa.distribution,
            all_shown && ps.shown && pa.shown,
        ))
        .chain(principle.statements.iter().zip(&ps.statements).zip(&pa.statements).map(
            move |((s, ss), sa)| {
                (
                    s.text.as_str(),
                    ss.tally,
                    sa.distribution,
                    all_shown && ss.shown && sa.shown,
                )
            },
        ));
        for (what, tally, distribution, shown) in lines {
            let mut row = vec![Field::Text(&principle.name), Field::Text(what)];
            if workshop && !shown {
                row.push(Field::Text(labels.too_few));
                row.extend((0..4).map(|_| Field::Number(None)));
            } else {
                row.extend([
                    Field::Number(tally.mean()),
                    Field::Number(Some(f64::from(tally.scored))),
                    Field::Number(Some(f64::from(tally.dont_know))),
                    Field::Number(Some(f64::from(tally.unanswered()))),
                    Field::Number(distribution.spread()),
                ]);
            }
            rows.push(row);
        }
    }
    csv(&header, rows, lang)
}

/// Column headings and the names of a thief's choices, in the language of the export.
pub struct ThiefLabels<'a> {
    /// Title, description, category, minutes, times, per, times a year, people, hours a year,
    /// full-time posts, kronor, benefit needs, minutes needed, hours lost, net loss, status,
    /// removable by, remedy.
    pub header: [&'a str; 18],
    pub category: &'a dyn Fn(Category) -> &'a str,
    pub per: &'a dyn Fn(Per) -> &'a str,
    pub need: &'a dyn Fn(NeedKind) -> &'a str,
    pub status: &'a dyn Fn(ThiefStatus) -> &'a str,
    pub remover: &'a dyn Fn(Remover) -> &'a str,
}

/// The time thieves of `audit`, in the order of the list: what they are, how often and for how
/// many, what they cost in hours, full-time posts and kronor with the exact figures (the page
/// shows them rounded), how much of the time the benefit needs, and the team's idea of a remedy.
pub fn thieves_csv(audit: &Audit, labels: &ThiefLabels, lang: Lang) -> String {
    let ranked = audit.ranked();
    let rows = ranked.iter().map(|(t, cost)| {
        let Cost {
            hours_per_year,
            full_time,
            kronor,
            lost_hours,
            net_loss,
        } = *cost;
        vec![
            Field::Text(&t.title),
            Field::Text(&t.description),
            Field::Text((labels.category)(t.category)),
            Field::Number(Some(t.minutes)),
            Field::Number(Some(t.occurrences)),
            Field::Text((labels.per)(t.per)),
            Field::Exact(t.times_a_year(&audit.rates)),
            Field::Number(Some(f64::from(t.people))),
            Field::Exact(hours_per_year),
            Field::Exact(full_time),
            Field::Exact(kronor),
            Field::Text((labels.need)(NeedKind::of(t.need))),
            Field::Exact(t.need.needed_of(t.minutes)),
            Field::Exact(lost_hours),
            Field::Exact(net_loss),
            Field::Text((labels.status)(t.status)),
            Field::Text((labels.remover)(t.removable_by)),
            Field::Text(&t.remedy),
        ]
    });
    csv(&labels.header, rows, lang)
}

/// Column headings and status names of an export, in the language of the export.
pub struct PlanLabels<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub why: &'a str,
    pub owner: &'a str,
    pub due: &'a str,
    pub status: &'a str,
    pub effect: &'a str,
    pub follow_up: &'a str,
    pub status_name: &'a dyn Fn(Status) -> &'a str,
}

/// The plan as CSV that Excel opens correctly with Swedish characters (see `export::csv`);
/// `why` gives the reason text of each action.
pub fn plan_csv(actions: &[Action], labels: &PlanLabels, why: &dyn Fn(&Action) -> String) -> String {
    let header = [
        labels.title,
        labels.description,
        labels.why,
        labels.owner,
        labels.due,
        labels.status,
        labels.effect,
        labels.follow_up,
    ];
    let reasons: Vec<String> = actions.iter().map(why).collect();
    let rows = actions.iter().zip(&reasons).map(|(a, reason)| {
        vec![
            Field::Text(&a.title),
            Field::Text(&a.description),
            Field::Text(reason),
            Field::Text(&a.owner),
            Field::Text(&a.due),
            Field::Text((labels.status_name)(a.status)),
            Field::Text(&a.effect),
            Field::Text(&a.follow_up),
        ]
    });
    // The plan has no numbers; the language only matters for them.
    csv(&header, rows, super::content::Lang::Sv)
}

/// Typed text as Markdown shows it: HTML, which a Markdown reader would render, escaped.
fn markdown_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Text for a Markdown table cell: HTML escaped, pipes escaped, line breaks as `<br>`.
fn markdown_cell(text: &str) -> String {
    markdown_text(text)
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>")
}

/// The plan as a Markdown document: a heading, then a table of the actions.
pub fn plan_markdown(
    heading: &str,
    intro: &[String],
    actions: &[Action],
    labels: &PlanLabels,
    why: &dyn Fn(&Action) -> String,
) -> String {
    let mut out = format!("# {}\n\n", markdown_text(heading));
    for line in intro {
        out.push_str(&markdown_text(line));
        out.push_str("\n\n");
    }
    let columns = [
        labels.title,
        labels.description,
        labels.why,
        labels.owner,
        labels.due,
        labels.status,
        labels.effect,
        labels.follow_up,
    ];
    out.push_str(&format!("| {} |\n", columns.join(" | ")));
    out.push_str(&format!("|{}\n", " --- |".repeat(columns.len())));
    for a in actions {
        let row = [
            markdown_cell(&a.title),
            markdown_cell(&a.description),
            markdown_cell(&why(a)),
            markdown_cell(&a.owner),
            markdown_cell(&a.due),
            markdown_cell((labels.status_name)(a.status)),
            markdown_cell(&a.effect),
            markdown_cell(&a.follow_up),
        ];
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out
}
