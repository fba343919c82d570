//! Time won back: the last step of the time-thief method, evaluating the effects. A thief
//! carried from round to round keeps its id; what it cost when it was first recorded, less what
//! it costs now, is the time won back (a removed thief costs nothing now, so its whole estimate
//! counts). Figures are hours a year, full-time posts and kronor, each round at its own rates.

use super::audit::{Cost, ThiefStatus, TimeThief};
use super::model::Round;

/// One thief's time won back in a round.
#[derive(Clone, Debug, PartialEq)]
pub struct ThiefWonBack<'a> {
    pub thief: &'a TimeThief,
    /// The date of the round it was first recorded in.
    pub since: &'a str,
    /// What it cost then.
    pub first: Cost,
    /// What it costs now: nothing once removed.
    pub now: Cost,
    /// `first − now`; negative where it has grown.
    pub won: Cost,
}

/// The thieves of `rounds[at]` that were first recorded in an earlier round of the unit and
/// have changed since, or are removed, with what each has won back. `rounds` are one unit's rounds, oldest first
/// (`history::rounds_of`). A thief the team judged worth its time when first recorded is left
/// out: it was never counted as lost.
pub fn thieves<'a>(rounds: &[&'a Round], at: usize) -> Vec<ThiefWonBack<'a>> {
    let Some(round) = rounds.get(at) else {
        return Vec::new();
    };
    round
        .audit
        .thieves
        .iter()
        .filter_map(|thief| {
            let (first_round, first_thief) = rounds[..=at]
                .iter()
                .find_map(|r| r.audit.thief(&thief.id).map(|t| (*r, t)))?;
            if !first_thief.is_thief(&first_round.audit.rates) {
                return None;
            }
            let removed = thief.status == ThiefStatus::Removed;
            if first_round.id == round.id && !removed {
                return None;
            }
            let first = first_thief.cost(&first_round.audit.rates);
            let now = if removed {
                Cost::default()
            } else {
                thief.cost(&round.audit.rates)
            };
            // Carried and unchanged: nothing won back, nothing to list.
            if !removed && first == now {
                return None;
            }
            Some(ThiefWonBack {
                thief,
                since: first_round.date.as_str(),
                first,
                now,
                won: first - now,
            })
        })
        .collect()
}

/// The time won back in `rounds[at]`, all thieves together.
pub fn total(rounds: &[&Round], at: usize) -> Cost {
    thieves(rounds, at).iter().map(|w| w.won).sum()
}

/// The time won back in each of `rounds`, in their order: the series the over-time page draws.
pub fn series(rounds: &[&Round]) -> Vec<Cost> {
    (0..rounds.len()).map(|at| total(rounds, at)).collect()
}

/// The day number of a `YYYY-MM-DD` date (days since 1970-01-01), for the age of a request.
pub fn day_number(date: &str) -> Option<i64> {
    if !super::model::is_iso_date(date) {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (
        date[0..4].parse().ok()?,
        date[5..7].parse().ok()?,
        date[8..10].parse().ok()?,
    );
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Days from `from` to `to`, both `YYYY-MM-DD`; `None` if either is not a date.
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    Some(day_number(to)? - day_number(from)?)
}
