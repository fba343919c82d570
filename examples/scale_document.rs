//! Prints a stored document at the scale a manager reaches after years of use: 100 rounds for
//! 10 units, each with 30 participants who answered every statement, 5 time thieves and 4 plan
//! actions. Written with the app's own types, so it is always in the current schema.
//!
//! `cargo run --release --example scale_document > big.json` (used by `make bench`).

use tillit::domain::audit::{Category, Need, Per, Remover, ThiefStatus, TimeThief};
use tillit::domain::model::{Answer, Participant, Round};
use tillit::domain::plan::{Action, Status};
use tillit::domain::{Content, Lang};
use tillit::store::Document;

/// A small deterministic generator, so every run writes the same document.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

pub fn document(rounds: usize, participants: usize) -> Document {
    let content = Content::get(Lang::Sv);
    let mut rng = Lcg(7);
    let mut doc = Document::default();
    for r in 0..rounds {
        let unit = format!("Enhet {}", r % 10 + 1);
        let date = format!("{}-{:02}-15", 2020 + r / 20, (r / 10) % 2 * 6 + 3);
        let mut round = Round::new(
            format!("round-{r}"),
            unit,
            date,
            Participant {
                id: "p-0".into(),
                name: String::new(),
            },
        );
        round.workshop = true;
        for p in 1..participants {
            round.assessment.participants.push(Participant {
                id: format!("p-{p}"),
                name: format!("Deltagare {p}"),
            });
        }
        for p in 0..participants {
            let id = format!("p-{p}");
            for statement in content.principles.iter().flat_map(|pr| &pr.statements) {
                let answer = match rng.next(12) {
                    0 => Answer::DontKnow,
                    n => Answer::Score((n % 5) as u8 + 1),
                };
                round.assessment.set_answer(&id, &statement.id, Some(answer));
            }
            if p % 5 == 0 {
                round
                    .assessment
                    .set_note(&id, "tillit", "Vi behöver prata mer om hur uppföljningen görs.");
            }
        }
        round.audit.thieves = (0..5)
            .map(|t| TimeThief {
                id: format!("t-{r}-{t}"),
                title: format!("Dubbel dokumentation {t}"),
                description: "Samma uppgifter skrivs in i två system.".into(),
                category: Category::Documentation,
                minutes: 10.0 + t as f64 * 5.0,
                occurrences: 2.0,
                per: Per::Week,
                people: 5 + t as u32,
                need: Need::Minutes(5.0),
                beneficiaries: vec![],
                removable_by: if t % 2 == 0 {
                    Remover::Unit
                } else {
                    Remover::Administration
                },
                principles: vec!["stod".into()],
                remedy: String::new(),
                role_hourly_cost: None,
                status: if t == 4 {
                    ThiefStatus::Removed
                } else {
                    ThiefStatus::Open
                },
                passed_on: None,
                carried: false,
            })
            .collect();
        round.plan.actions = (0..4)
            .map(|a| Action {
                id: format!("a-{r}-{a}"),
                title: format!("Åtgärd {a}"),
                owner: "Enhetschefen".into(),
                due: "2027-01-31".into(),
                status: if a == 0 { Status::Done } else { Status::Planned },
                ..Action::default()
            })
            .collect();
        doc.start_round(round);
    }
    doc
}

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().expect("a number"));
    let rounds = args.next().unwrap_or(100);
    let participants = args.next().unwrap_or(30);
    println!("{}", document(rounds, participants).to_json());
}
