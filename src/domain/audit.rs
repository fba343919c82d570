//! The time-thief audit: administrative tasks whose cost in working time exceeds their benefit
//! (Statskontoret's definition). Each thief is estimated, costed in hours, full-time posts and
//! kronor, weighed by its benefit into a net loss, ranked, and routed to whoever can remove it.

use serde::{Deserialize, Serialize};

/// Annual working time of one full-time post, in hours, unless the team sets another.
pub const DEFAULT_ANNUAL_HOURS: f64 = 1700.0;
/// Hourly cost including employer's contributions, in kronor, unless the team sets another:
/// a monthly salary of 35 000 kr plus about 40 % in employer's contributions and other payroll
/// costs, spread over 1 700 hours a year (35 000 × 12 × 1,4 / 1 700 ≈ 346).
pub const DEFAULT_HOURLY_COST: f64 = 350.0;
/// Hours in a working day and a working week, to turn "per day" and "per week" into times a year.
pub const HOURS_PER_DAY: f64 = 8.0;
pub const HOURS_PER_WEEK: f64 = 40.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Documentation,
    Reporting,
    Meetings,
    ItSystems,
    Approvals,
    Scheduling,
    OutsideRole,
    Other,
}

impl Category {
    /// The name it is stored under, also used in exports and form values.
    pub fn key(self) -> &'static str {
        match self {
            Category::Documentation => "documentation",
            Category::Reporting => "reporting",
            Category::Meetings => "meetings",
            Category::ItSystems => "it_systems",
            Category::Approvals => "approvals",
            Category::Scheduling => "scheduling",
            Category::OutsideRole => "outside_role",
            Category::Other => "other",
        }
    }

    pub const ALL: [Category; 8] = [
        Category::Documentation,
        Category::Reporting,
        Category::Meetings,
        Category::ItSystems,
        Category::Approvals,
        Category::Scheduling,
        Category::OutsideRole,
        Category::Other,
    ];
}

/// How often a task comes back: so many times per working day, week, month or year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    Day,
    Week,
    Month,
    Year,
}

impl Per {
    /// The name it is stored under, also used in exports and form values.
    pub fn key(self) -> &'static str {
        match self {
            Per::Day => "day",
            Per::Week => "week",
            Per::Month => "month",
            Per::Year => "year",
        }
    }

    pub const ALL: [Per; 4] = [Per::Day, Per::Week, Per::Month, Per::Year];

    /// How many of these periods a full-time year holds: working days and weeks follow the
    /// annual working time (1 700 h = 212,5 days of 8 h = 42,5 weeks of 40 h); a year has 12 months.
    pub fn per_year(self, annual_hours: f64) -> f64 {
        match self {
            Per::Day => annual_hours / HOURS_PER_DAY,
            Per::Week => annual_hours / HOURS_PER_WEEK,
            Per::Month => 12.0,
            Per::Year => 1.0,
        }
    }
}

/// What the task gives, as the team judges it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Benefit {
    None,
    Low,
    Some,
    High,
}

impl Benefit {
    /// The name it is stored under, also used in exports and form values.
    pub fn key(self) -> &'static str {
        match self {
            Benefit::None => "none",
            Benefit::Low => "low",
            Benefit::Some => "some",
            Benefit::High => "high",
        }
    }

    pub const ALL: [Benefit; 4] = [Benefit::None, Benefit::Low, Benefit::Some, Benefit::High];

    /// The share of the cost counted as lost: all of it when the task gives nothing.
    pub fn loss_share(self) -> f64 {
        match self {
            Benefit::None => 1.0,
            Benefit::Low => 0.75,
            Benefit::Some => 0.5,
            Benefit::High => 0.25,
        }
    }
}

/// Who has use of what the task produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Beneficiary {
    Citizens,
    Staff,
    Management,
    External,
}

impl Beneficiary {
    /// The name it is stored under, also used in exports and form values.
    pub fn key(self) -> &'static str {
        match self {
            Beneficiary::Citizens => "citizens",
            Beneficiary::Staff => "staff",
            Beneficiary::Management => "management",
            Beneficiary::External => "external",
        }
    }

    pub const ALL: [Beneficiary; 4] = [
        Beneficiary::Citizens,
        Beneficiary::Staff,
        Beneficiary::Management,
        Beneficiary::External,
    ];
}

/// Who can remove the task: the unit itself, or someone the unit has to pass it on to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Remover {
    Unit,
    Administration,
    Board,
    State,
}

impl Remover {
    /// The name it is stored under, also used in exports and form values.
    pub fn key(self) -> &'static str {
        match self {
            Remover::Unit => "unit",
            Remover::Administration => "administration",
            Remover::Board => "board",
            Remover::State => "state",
        }
    }

    pub const ALL: [Remover; 4] = [Remover::Unit, Remover::Administration, Remover::Board, Remover::State];
}

/// One time thief as the team describes and estimates it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeThief {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub category: Category,
    /// Minutes each time the task is done, per person.
    pub minutes: f64,
    /// How many times per `per` it is done.
    pub occurrences: f64,
    pub per: Per,
    /// How many people it touches.
    pub people: u32,
    pub benefit: Benefit,
    #[serde(default)]
    pub beneficiaries: Vec<Beneficiary>,
    pub removable_by: Remover,
    /// Ids of the principles it works against.
    #[serde(default)]
    pub principles: Vec<String>,
    #[serde(default)]
    pub remedy: String,
}

/// The figures of a time thief, or of several together.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Cost {
    pub hours_per_year: f64,
    /// Full-time equivalents: hours per year / annual working time.
    pub full_time: f64,
    /// Kronor per year: hours × hourly cost.
    pub kronor: f64,
    /// Kronor per year counted as lost: kronor × the benefit's loss share.
    pub net_loss: f64,
}

impl std::ops::Add for Cost {
    type Output = Cost;

    fn add(self, o: Cost) -> Cost {
        Cost {
            hours_per_year: self.hours_per_year + o.hours_per_year,
            full_time: self.full_time + o.full_time,
            kronor: self.kronor + o.kronor,
            net_loss: self.net_loss + o.net_loss,
        }
    }
}

/// The figures the arithmetic rests on, settable by the team.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    pub annual_hours: f64,
    pub hourly_cost: f64,
}

impl Default for Rates {
    fn default() -> Self {
        Rates {
            annual_hours: DEFAULT_ANNUAL_HOURS,
            hourly_cost: DEFAULT_HOURLY_COST,
        }
    }
}

impl TimeThief {
    /// Hours a year one person spends on it.
    pub fn hours_per_person(&self, rates: &Rates) -> f64 {
        self.minutes / 60.0 * self.occurrences * self.per.per_year(rates.annual_hours)
    }

    pub fn cost(&self, rates: &Rates) -> Cost {
        let hours = self.hours_per_person(rates) * f64::from(self.people);
        let kronor = hours * rates.hourly_cost;
        Cost {
            hours_per_year: hours,
            full_time: if rates.annual_hours > 0.0 {
                hours / rates.annual_hours
            } else {
                0.0
            },
            kronor,
            net_loss: kronor * self.benefit.loss_share(),
        }
    }
}

/// The audit of a round: the thieves and the rates they are costed with.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Audit {
    #[serde(default)]
    pub thieves: Vec<TimeThief>,
    #[serde(default)]
    pub rates: Rates,
    /// What is being typed into the form, by the id of the thief being edited (or `"new"`), so
    /// that nothing typed is lost on reload.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub drafts: std::collections::BTreeMap<String, Draft>,
}

impl Audit {
    /// The thieves with their cost, largest net loss first (ties: the larger cost, then title).
    pub fn ranked(&self) -> Vec<(&TimeThief, Cost)> {
        let mut list: Vec<(&TimeThief, Cost)> = self.thieves.iter().map(|t| (t, t.cost(&self.rates))).collect();
        list.sort_by(|(ta, a), (tb, b)| {
            b.net_loss
                .total_cmp(&a.net_loss)
                .then(b.kronor.total_cmp(&a.kronor))
                .then_with(|| ta.title.cmp(&tb.title))
        });
        list
    }

    pub fn total(&self) -> Cost {
        self.thieves
            .iter()
            .map(|t| t.cost(&self.rates))
            .fold(Cost::default(), |a, b| a + b)
    }

    /// The thieves the unit cannot remove itself, grouped by who can, each group ranked.
    pub fn to_pass_on(&self) -> Vec<(Remover, Vec<(&TimeThief, Cost)>)> {
        Remover::ALL
            .into_iter()
            .filter(|r| *r != Remover::Unit)
            .map(|r| {
                (
                    r,
                    self.ranked()
                        .into_iter()
                        .filter(|(t, _)| t.removable_by == r)
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, list)| !list.is_empty())
            .collect()
    }

    pub fn thief(&self, id: &str) -> Option<&TimeThief> {
        self.thieves.iter().find(|t| t.id == id)
    }

    /// Adds `thief` and returns its id: its own, or a new one if another thief has that id.
    pub fn add_thief(&mut self, mut thief: TimeThief) -> String {
        if self.thief(&thief.id).is_some() {
            thief.id = super::model::unused_id(&thief.id, |id| self.thief(id).is_some());
        }
        let id = thief.id.clone();
        self.thieves.push(thief);
        id
    }

    /// Puts `thief` in the place of the thief with its id; adds it if that thief is gone.
    pub fn put_thief(&mut self, thief: TimeThief) {
        match self.thieves.iter_mut().find(|t| t.id == thief.id) {
            Some(existing) => *existing = thief,
            None => {
                self.add_thief(thief);
            }
        }
    }
}

use super::limits::Bounds;
pub use super::limits::FieldError;

/// A number as people type it: "1,5", "1.5", "1 500".
pub fn parse_number(text: &str) -> Result<f64, FieldError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != crate::domain::format::THOUSANDS_SPACE)
        .collect();
    let cleaned = cleaned.replace('−', "-");
    if cleaned.is_empty() {
        return Err(FieldError::NotANumber);
    }
    // The decimal mark: with both `,` and `.`, the later one (`1,500.5`, `1.500,5`); with
    // commas alone, a comma — unless they group thousands (`1,000`, `12,500,000`), which is how
    // English writes a thousand and no one writes a decimal: that is read as a thousand.
    let (comma, point) = (cleaned.rfind(','), cleaned.rfind('.'));
    let groups_thousands = |mark: char| {
        let mut parts = cleaned.trim_start_matches('-').split(mark);
        let first = parts.next().unwrap_or_default();
        (1..=3).contains(&first.len()) && !first.starts_with('0') && parts.all(|p| p.len() == 3)
    };
    let normal = match (comma, point) {
        (Some(c), Some(p)) if c > p => cleaned.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => cleaned.replace(',', ""),
        (Some(_), None) if groups_thousands(',') => cleaned.replace(',', ""),
        (Some(_), None) => cleaned.replace(',', "."),
        _ => cleaned,
    };
    normal
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or(FieldError::NotANumber)
}

/// Largest sensible values: a task of more than a month's work at a time, done more than a
/// thousand times per period, or touching more than 100 000 people is a typing mistake.
pub const MAX_MINUTES: f64 = 10_000.0;
pub const MAX_OCCURRENCES: f64 = 1_000.0;
pub const MAX_PEOPLE: f64 = 100_000.0;
/// The largest annual working time and hourly cost the rates take.
pub const MAX_RATE: f64 = 10_000.0;

/// Minutes each time: more than 0, at most `MAX_MINUTES`; a stored value that is not above 0
/// is reset to 1.
pub const MINUTES: Bounds = Bounds {
    max: MAX_MINUTES,
    whole: false,
    reset: 1.0,
};
/// Times per period: more than 0, at most `MAX_OCCURRENCES`.
pub const OCCURRENCES: Bounds = Bounds {
    max: MAX_OCCURRENCES,
    whole: false,
    reset: 1.0,
};
/// People: a whole number from 1 to `MAX_PEOPLE`.
pub const PEOPLE: Bounds = Bounds {
    max: MAX_PEOPLE,
    whole: true,
    reset: 1.0,
};
/// The annual working time of a full-time post, in hours.
pub const ANNUAL_HOURS: Bounds = Bounds {
    max: MAX_RATE,
    whole: false,
    reset: DEFAULT_ANNUAL_HOURS,
};
/// The hourly cost, in kronor.
pub const HOURLY_COST: Bounds = Bounds {
    max: MAX_RATE,
    whole: false,
    reset: DEFAULT_HOURLY_COST,
};

fn positive(text: &str, bounds: Bounds) -> Result<f64, FieldError> {
    bounds.check(parse_number(text)?)
}

/// The entered fields of a time thief, as typed; kept in the document so nothing typed is lost.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub title: String,
    pub description: String,
    pub category: Option<Category>,
    pub minutes: String,
    pub occurrences: String,
    pub per: Option<Per>,
    pub people: String,
    pub benefit: Option<Benefit>,
    pub beneficiaries: Vec<Beneficiary>,
    pub removable_by: Option<Remover>,
    pub principles: Vec<String>,
    pub remedy: String,
}

/// The errors of a draft, field by field; empty when it can be saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftErrors {
    pub title: Option<FieldError>,
    pub minutes: Option<FieldError>,
    pub occurrences: Option<FieldError>,
    pub people: Option<FieldError>,
}

impl DraftErrors {
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.minutes.is_none() && self.occurrences.is_none() && self.people.is_none()
    }
}

impl Draft {
    pub fn from_thief(t: &TimeThief, lang: crate::domain::Lang) -> Self {
        let number = |n: f64| crate::domain::format::editable(n, lang);
        Draft {
            title: t.title.clone(),
            description: t.description.clone(),
            category: Some(t.category),
            minutes: number(t.minutes),
            occurrences: number(t.occurrences),
            per: Some(t.per),
            people: t.people.to_string(),
            benefit: Some(t.benefit),
            beneficiaries: t.beneficiaries.clone(),
            removable_by: Some(t.removable_by),
            principles: t.principles.clone(),
            remedy: t.remedy.clone(),
        }
    }

    /// Checks every field; the per-person check needs the other numbers to be valid first.
    pub fn errors(&self, rates: &Rates) -> DraftErrors {
        let mut errors = DraftErrors {
            title: self.title.trim().is_empty().then_some(FieldError::Required),
            minutes: positive(&self.minutes, MINUTES).err(),
            occurrences: positive(&self.occurrences, OCCURRENCES).err(),
            people: positive(&self.people, PEOPLE).err(),
        };
        if errors.minutes.is_none() && errors.occurrences.is_none() {
            let minutes = parse_number(&self.minutes).unwrap_or(0.0);
            let occurrences = parse_number(&self.occurrences).unwrap_or(0.0);
            let per = self.per.unwrap_or(Per::Week);
            let hours = minutes / 60.0 * occurrences * per.per_year(rates.annual_hours);
            if hours > rates.annual_hours {
                errors.occurrences = Some(FieldError::MoreThanFullTime {
                    hours_per_person: hours,
                });
            }
        }
        errors
    }

    /// The time thief this draft describes, if it has no errors.
    pub fn to_thief(&self, id: String, rates: &Rates) -> Result<TimeThief, DraftErrors> {
        let errors = self.errors(rates);
        if errors.is_empty() {
            Ok(self.build(id))
        } else {
            Err(errors)
        }
    }

    /// What the typed numbers cost so far, once minutes, times and people are valid.
    pub fn cost(&self, rates: &Rates) -> Option<Cost> {
        let e = self.errors(rates);
        (e.minutes.is_none() && e.occurrences.is_none() && e.people.is_none())
            .then(|| self.build(String::new()).cost(rates))
    }

    /// The draft as a time thief; numbers that do not parse count as zero, choices not made
    /// as the first choice that is no claim (other, per week, no benefit, our own unit).
    fn build(&self, id: String) -> TimeThief {
        let number = |text: &str| parse_number(text).unwrap_or(0.0);
        TimeThief {
            id,
            title: self.title.trim().to_string(),
            description: self.description.trim().to_string(),
            category: self.category.unwrap_or(Category::Other),
            minutes: number(&self.minutes),
            occurrences: number(&self.occurrences),
            per: self.per.unwrap_or(Per::Week),
            people: number(&self.people) as u32,
            benefit: self.benefit.unwrap_or(Benefit::None),
            beneficiaries: self.beneficiaries.clone(),
            removable_by: self.removable_by.unwrap_or(Remover::Unit),
            principles: self.principles.clone(),
            remedy: self.remedy.trim().to_string(),
        }
    }
}
