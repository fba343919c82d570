//! Time won back: the last step of the time-thief method, evaluating the effects. A thief
//! carried from round to round keeps its id; what it cost when it was first recorded, less what
//! it costs now, is the time won back (a removed thief costs nothing now, so its whole estimate
//! counts). Figures are hours a year, full-time posts and kronor, each round at its own rates.

use super::audit::{Cost, ThiefStatus, TimeThief};
pub use super::date::{day_number, days_between};
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
