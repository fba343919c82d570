//! Rounds over time: the rounds of one unit in date order, each principle's score across them,
//! the change between two rounds, and the units' latest rounds in the same half-year, so that a
//! manager who repeats the self-assessment can see what moved.

use super::content::Content;
use super::model::Round;
use super::order;
use super::scoring::visible;
use super::text;

/// Whether two unit names are the same unit: compared without regard to case and surrounding
/// space.
pub fn same_unit(a: &str, b: &str) -> bool {
    text::same_name(a, b)
}

/// The latest round for the same unit (names compared without regard to case and surrounding
/// space) with an earlier date than `round`; on the same date, one stored before it.
pub fn previous<'a>(rounds: &'a [Round], round: &Round) -> Option<&'a Round> {
    let position = rounds.iter().position(|r| r.id == round.id).unwrap_or(rounds.len());
    rounds
        .iter()
        .enumerate()
        .filter(|(i, r)| {
            r.id != round.id
                && same_unit(&r.unit, &round.unit)
                && (r.date < round.date || (r.date == round.date && *i < position))
        })
        .max_by(|(i, a), (j, b)| a.date.cmp(&b.date).then(i.cmp(j)))
        .map(|(_, r)| r)
}

/// The previous round of the unit named `unit`, for a round not yet started on `date`.
pub fn latest_before<'a>(rounds: &'a [Round], unit: &str, date: &str) -> Option<&'a Round> {
    rounds
        .iter()
        .enumerate()
        .filter(|(_, r)| same_unit(&r.unit, unit) && r.date.as_str() <= date)
        .max_by(|(i, a), (j, b)| a.date.cmp(&b.date).then(i.cmp(j)))
        .map(|(_, r)| r)
}

/// Every unit with a round, each once (as first written), in alphabetical order.
pub fn units(rounds: &[Round]) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for r in rounds {
        if !units.iter().any(|u| same_unit(u, &r.unit)) {
            units.push(r.unit.trim().to_string());
        }
    }
    order::sort_by(&mut units, |a, b| text::compare(a, b));
    units
}

/// The rounds of `unit`, oldest first (on the same date, in the order they were stored).
pub fn rounds_of<'a>(rounds: &'a [Round], unit: &str) -> Vec<&'a Round> {
    let mut of: Vec<&Round> = rounds.iter().filter(|r| same_unit(&r.unit, unit)).collect();
    order::sort_by(&mut of, |a, b| a.date.cmp(&b.date));
    of
}

/// One principle's score in each of a series of rounds.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub principle: String,
    /// One per round, in the order of the rounds; `None` where the principle has no score.
    pub means: Vec<Option<f64>>,
}

/// Each principle's score across `rounds`, in the order of the content; a round or principle
/// that may not be shown (`scoring::visible`) has no score.
pub fn lines(content: &Content, rounds: &[&Round], min_group: u32) -> Vec<Line> {
    let means: Vec<_> = rounds
        .iter()
        .map(|r| visible(content, r, min_group).means(content))
        .collect();
    content
        .principles
        .iter()
        .enumerate()
        .map(|(i, p)| Line {
            principle: p.id.clone(),
            means: means.iter().map(|m| m[i]).collect(),
        })
        .collect()
}

/// Which way a score moved, judged on the change as shown: rounded to one decimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
}

impl Direction {
    pub fn of(change: f64) -> Direction {
        let tenths = (change * 10.0).round();
        if tenths > 0.0 {
            Direction::Up
        } else if tenths < 0.0 {
            Direction::Down
        } else {
            Direction::Same
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Same => "same",
        }
    }
}

/// A principle's score in an earlier and a later round.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub principle: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl Change {
    /// After minus before, when both have a score.
    pub fn delta(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }

    pub fn direction(&self) -> Option<Direction> {
        self.delta().map(Direction::of)
    }
}

/// Each principle's change from `before` to `after`, in the order of the content; a score that
/// may not be shown (`scoring::visible`) is missing on its side.
pub fn changes(content: &Content, before: &Round, after: &Round, min_group: u32) -> Vec<Change> {
    let b = visible(content, before, min_group).means(content);
    let a = visible(content, after, min_group).means(content);
    content
        .principles
        .iter()
        .zip(b.into_iter().zip(a))
        .map(|(p, (before, after))| Change {
            principle: p.id.clone(),
            before,
            after,
        })
        .collect()
}

/// The change of one principle between two rounds.
pub fn change_of(content: &Content, before: &Round, after: &Round, min_group: u32, principle: &str) -> Option<Change> {
    changes(content, before, after, min_group)
        .into_iter()
        .find(|c| c.principle == principle)
}

/// A half-year: rounds in it are compared side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: u16,
    /// 1 for January–June, 2 for July–December.
    pub half: u8,
}

impl Period {
    /// The half-year of a `YYYY-MM-DD` date.
    pub fn of(date: &str) -> Option<Period> {
        let year = date.get(0..4)?.parse().ok()?;
        let month: u8 = date.get(5..7)?.parse().ok()?;
        (1..=12).contains(&month).then_some(Period {
            year,
            half: if month <= 6 { 1 } else { 2 },
        })
    }

    /// Written `2026-H2`, as stored and in addresses.
    pub fn key(self) -> String {
        format!("{}-H{}", self.year, self.half)
    }

    pub fn parse(key: &str) -> Option<Period> {
        let (year, half) = key.split_once("-H")?;
        let half: u8 = half.parse().ok()?;
        (half == 1 || half == 2).then_some(Period {
            year: year.parse().ok()?,
            half,
        })
    }
}

/// Every half-year with a round, latest first.
pub fn periods(rounds: &[Round]) -> Vec<Period> {
    let mut periods: Vec<Period> = rounds.iter().filter_map(|r| Period::of(&r.date)).collect();
    order::sort_by(&mut periods, |a, b| b.cmp(a));
    periods.dedup();
    periods
}

/// The latest round of `unit` in `period`.
pub fn in_period<'a>(rounds: &'a [Round], unit: &str, period: Period) -> Option<&'a Round> {
    rounds_of(rounds, unit)
        .into_iter()
        .rev()
        .find(|r| Period::of(&r.date) == Some(period))
}
