//! Rounds over time: the round before this one for the same unit, so that a manager who repeats
//! the self-assessment can see the change.

use super::model::Round;

fn same_unit(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
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
