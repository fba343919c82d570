//! The time-thief audit: administrative tasks whose cost in working time exceeds their benefit
//! (Statskontoret's definition). Each thief is estimated, costed in hours, full-time posts and
//! kronor, weighed against the time its benefit really needs into a net loss, ranked, routed to
//! whoever can remove it, and followed across rounds until the time is won back.
//!
//! The arithmetic follows the Standard Cost Model: burden = time × frequency × population ×
//! tariff. Every figure it rests on is set by the team or listed as an assumption (`Rates`,
//! `Assumption`).

use super::order;
use serde::{Deserialize, Serialize};

/// Annual working time of one full-time post, in hours, unless the team sets another.
pub const DEFAULT_ANNUAL_HOURS: f64 = 1700.0;
/// Monthly salary the hourly cost is worked out from, unless the team sets another.
pub const DEFAULT_MONTHLY_SALARY: f64 = 35_000.0;
/// Payroll costs on top of the salary, in per cent, unless the team sets another: the
/// statutory employer's contributions (31,42 % in 2026) and the agreed insurances and pension.
pub const DEFAULT_PAYROLL_PERCENT: f64 = 40.0;
/// Hours in a working day and a working week, and weeks and months in a calendar year: the one
/// rule that turns "so many times per period" into times a year.
pub const HOURS_PER_DAY: f64 = 8.0;
pub const HOURS_PER_WEEK: f64 = 40.0;
pub const WEEKS_PER_YEAR: f64 = 52.0;
pub const MONTHS_PER_YEAR: f64 = 12.0;

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

    /// How many of these periods one full-time post works in a year. One rule for all: the
    /// year's working time counts the days, weeks and months actually worked, so holidays and
    /// absence are left out everywhere alike. At 1 700 hours that is 212,5 working days of
    /// 8 hours, 42,5 working weeks of 40 hours, 42,5 × 12 ÷ 52 ≈ 9,81 working months, and one
    /// year (times a year are typed as they are).
    pub fn per_year(self, annual_hours: f64) -> f64 {
        match self {
            Per::Day => annual_hours / HOURS_PER_DAY,
            Per::Week => annual_hours / HOURS_PER_WEEK,
            Per::Month => annual_hours / HOURS_PER_WEEK * MONTHS_PER_YEAR / WEEKS_PER_YEAR,
            Per::Year => 1.0,
        }
    }
}

/// How much of the time the task takes its benefit really needs, as the team judges it: the
/// loss is the time beyond that (Statskontoret: a time thief is a task whose cost in working
/// time exceeds its benefit).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// The benefit needs none of the time: all of it is lost.
    Nothing,
    /// The benefit needs this many of the minutes each time; the rest is lost.
    Minutes(f64),
    /// The benefit is worth all the time: not a time thief (unless it sits in the wrong role).
    All,
}

impl Need {
    /// The name of the choice, also used in exports and form values.
    pub fn key(self) -> &'static str {
        match self {
            Need::Nothing => "nothing",
            Need::Minutes(_) => "part",
            Need::All => "all",
        }
    }

    /// Of `minutes` each time, how many the benefit needs (never more than `minutes`).
    pub fn needed_of(self, minutes: f64) -> f64 {
        match self {
            Need::Nothing => 0.0,
            Need::Minutes(m) => m.clamp(0.0, minutes.max(0.0)),
            Need::All => minutes.max(0.0),
        }
    }
}

/// Where a time thief stands, as the team follows it across rounds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThiefStatus {
    /// Still there, as much as before or more.
    #[default]
    Open,
    /// Still there, but less of it.
    Reduced,
    /// Gone: the time is won back.
    Removed,
    /// Passed on to whoever can remove it; waiting for them.
    PassedOn,
}

impl ThiefStatus {
    /// The name it is stored under, also used in exports and form values.
    pub fn key(self) -> &'static str {
        match self {
            ThiefStatus::Open => "open",
            ThiefStatus::Reduced => "reduced",
            ThiefStatus::Removed => "removed",
            ThiefStatus::PassedOn => "passed_on",
        }
    }

    pub const ALL: [ThiefStatus; 4] = [
        ThiefStatus::Open,
        ThiefStatus::Reduced,
        ThiefStatus::Removed,
        ThiefStatus::PassedOn,
    ];
}

/// A request to remove a time thief, sent to whoever can.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PassedOn {
    /// To whom, in the team's words (e.g. "IT-enheten").
    pub to: String,
    /// When it was passed on, `YYYY-MM-DD`.
    pub date: String,
    /// The answer received, if any.
    pub answer: String,
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
    /// How much of each time its benefit really needs.
    pub need: Need,
    #[serde(default)]
    pub beneficiaries: Vec<Beneficiary>,
    pub removable_by: Remover,
    /// Ids of the principles it works against.
    #[serde(default)]
    pub principles: Vec<String>,
    #[serde(default)]
    pub remedy: String,
    /// For a task in the wrong role: the hourly cost of the role that should do it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_hourly_cost: Option<f64>,
    #[serde(default)]
    pub status: ThiefStatus,
    /// The request to remove it, once passed on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_on: Option<PassedOn>,
    /// Carried over from the round before and not yet estimated again in this one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub carried: bool,
}

/// The figures of a time thief, or of several together.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Cost {
    pub hours_per_year: f64,
    /// Full-time equivalents: hours per year / annual working time.
    pub full_time: f64,
    /// Kronor per year: hours × hourly cost.
    pub kronor: f64,
    /// Hours per year beyond what the benefit needs.
    pub lost_hours: f64,
    /// Kronor per year counted as lost: the lost hours at the hourly cost, and for a task in
    /// the wrong role the needed hours at the difference to that role's hourly cost.
    pub net_loss: f64,
}

impl std::ops::Add for Cost {
    type Output = Cost;

    fn add(self, o: Cost) -> Cost {
        Cost {
            hours_per_year: self.hours_per_year + o.hours_per_year,
            full_time: self.full_time + o.full_time,
            kronor: self.kronor + o.kronor,
            lost_hours: self.lost_hours + o.lost_hours,
            net_loss: self.net_loss + o.net_loss,
        }
    }
}

impl std::ops::Sub for Cost {
    type Output = Cost;

    fn sub(self, o: Cost) -> Cost {
        Cost {
            hours_per_year: self.hours_per_year - o.hours_per_year,
            full_time: self.full_time - o.full_time,
            kronor: self.kronor - o.kronor,
            lost_hours: self.lost_hours - o.lost_hours,
            net_loss: self.net_loss - o.net_loss,
        }
    }
}

impl std::iter::Sum for Cost {
    fn sum<I: Iterator<Item = Cost>>(iter: I) -> Cost {
        iter.fold(Cost::default(), |a, b| a + b)
    }
}

/// The figures the arithmetic rests on, settable by the team: the hourly cost is worked out
/// from a monthly salary and the payroll costs on top of it, unless the team types it directly.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rates {
    pub annual_hours: f64,
    pub monthly_salary: f64,
    /// Payroll costs on top of the salary, in per cent.
    pub payroll_percent: f64,
    /// The hourly cost as the team typed it, in place of the one worked out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hourly_cost: Option<f64>,
}

impl Default for Rates {
    fn default() -> Self {
        Rates {
            annual_hours: DEFAULT_ANNUAL_HOURS,
            monthly_salary: DEFAULT_MONTHLY_SALARY,
            payroll_percent: DEFAULT_PAYROLL_PERCENT,
            hourly_cost: None,
        }
    }
}

impl Rates {
    /// The hourly cost worked out: salary × 12 × (1 + payroll costs) ÷ annual working time.
    pub fn derived_hourly(&self) -> f64 {
        if self.annual_hours > 0.0 {
            self.monthly_salary * MONTHS_PER_YEAR * (1.0 + self.payroll_percent / 100.0) / self.annual_hours
        } else {
            0.0
        }
    }

    /// The hourly cost in force: the one typed, or else the one worked out, in whole kronor as
    /// shown (346 kr, not 345,88), so that every figure can be checked by hand from the page.
    pub fn hourly(&self) -> f64 {
        self.hourly_cost.unwrap_or_else(|| self.derived_hourly().round())
    }
}

/// An assumption the figures rest on, listed under the totals.
#[derive(Clone, Debug, PartialEq)]
pub enum Assumption {
    /// Annual working time of a full-time post, and whether it is the default.
    AnnualHours { hours: f64, default: bool },
    /// The hourly cost worked out from salary and payroll costs (each: whether the default).
    DerivedHourly {
        salary: f64,
        salary_default: bool,
        percent: f64,
        percent_default: bool,
        hourly: f64,
    },
    /// The hourly cost typed by the team.
    TypedHourly { hourly: f64 },
    /// How times per period become times a year, at this annual working time.
    Periods { days: f64, weeks: f64, months: f64 },
    /// The loss is the time beyond what the benefit needs, as the team estimated it.
    LossRule,
    /// So many thieves are counted out of the totals because their benefit needs all the time.
    NotThieves { count: usize },
    /// So many thieves still carry the estimate of the round before.
    NotReestimated { count: usize },
}

impl TimeThief {
    /// Times a year one person does it.
    pub fn times_a_year(&self, rates: &Rates) -> f64 {
        self.occurrences * self.per.per_year(rates.annual_hours)
    }

    /// Hours a year one person spends on it.
    pub fn hours_per_person(&self, rates: &Rates) -> f64 {
        self.minutes / 60.0 * self.times_a_year(rates)
    }

    /// Whether the task sits in the wrong role and the team has given the cost of the role
    /// that should do it (Statskontoret's second kind of time thief).
    pub fn in_wrong_role(&self) -> bool {
        self.category == Category::OutsideRole && self.role_hourly_cost.is_some()
    }

    pub fn cost(&self, rates: &Rates) -> Cost {
        let hours = self.hours_per_person(rates) * f64::from(self.people);
        let hourly = rates.hourly();
        let kronor = hours * hourly;
        let share_needed = if self.minutes > 0.0 {
            self.need.needed_of(self.minutes) / self.minutes
        } else {
            0.0
        };
        let needed_hours = hours * share_needed;
        let lost_hours = hours - needed_hours;
        let role_gap = match self.role_hourly_cost {
            Some(role) if self.in_wrong_role() => (hourly - role).max(0.0),
            _ => 0.0,
        };
        Cost {
            hours_per_year: hours,
            full_time: if rates.annual_hours > 0.0 {
                hours / rates.annual_hours
            } else {
                0.0
            },
            kronor,
            lost_hours,
            net_loss: lost_hours * hourly + needed_hours * role_gap,
        }
    }

    /// Whether it counts as a time thief: not when the team judges that its benefit needs all
    /// of its time and it is not in the wrong role at a higher cost. Kept in the list, out of
    /// the totals, with the reason shown.
    pub fn is_thief(&self, rates: &Rates) -> bool {
        match self.need {
            Need::All => self.cost(rates).net_loss > 0.0,
            _ => true,
        }
    }

    /// Whether its time is still spent: a removed thief's time is won back.
    pub fn is_current(&self) -> bool {
        self.status != ThiefStatus::Removed
    }

    /// The figures it adds to the round's totals: none when it is not a thief or is removed.
    pub fn counted(&self, rates: &Rates) -> Option<Cost> {
        (self.is_current() && self.is_thief(rates)).then(|| self.cost(rates))
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
    /// The thieves with their cost: the ones counted first, largest net loss first (ties: the
    /// larger cost, then title); then those that are not thieves, then the removed ones.
    pub fn ranked(&self) -> Vec<(&TimeThief, Cost)> {
        let mut list: Vec<(&TimeThief, Cost)> = self.thieves.iter().map(|t| (t, t.cost(&self.rates))).collect();
        let group = |t: &TimeThief| match (t.is_current(), t.is_thief(&self.rates)) {
            (true, true) => 0,
            (true, false) => 1,
            (false, _) => 2,
        };
        order::sort_by(&mut list, |(ta, a), (tb, b)| {
            group(ta)
                .cmp(&group(tb))
                .then(b.net_loss.total_cmp(&a.net_loss))
                .then(b.kronor.total_cmp(&a.kronor))
                .then_with(|| ta.title.cmp(&tb.title))
        });
        list
    }

    /// The round's totals: the thieves still there, not those judged worth their time.
    pub fn total(&self) -> Cost {
        self.thieves.iter().filter_map(|t| t.counted(&self.rates)).sum()
    }

    /// The thieves the unit cannot remove itself and that are still there, grouped by who can,
    /// each group ranked.
    pub fn to_pass_on(&self) -> Vec<(Remover, Vec<(&TimeThief, Cost)>)> {
        Remover::ALL
            .into_iter()
            .filter(|r| *r != Remover::Unit)
            .map(|r| {
                (
                    r,
                    self.ranked()
                        .into_iter()
                        .filter(|(t, _)| t.removable_by == r && t.counted(&self.rates).is_some())
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, list)| !list.is_empty())
            .collect()
    }

    /// Every assumption the figures rest on, in the order they are listed under the totals.
    pub fn assumptions(&self) -> Vec<Assumption> {
        let r = &self.rates;
        let d = Rates::default();
        let mut list = vec![Assumption::AnnualHours {
            hours: r.annual_hours,
            default: r.annual_hours == d.annual_hours,
        }];
        list.push(match r.hourly_cost {
            Some(hourly) => Assumption::TypedHourly { hourly },
            None => Assumption::DerivedHourly {
                salary: r.monthly_salary,
                salary_default: r.monthly_salary == d.monthly_salary,
                percent: r.payroll_percent,
                percent_default: r.payroll_percent == d.payroll_percent,
                hourly: r.hourly(),
            },
        });
        list.push(Assumption::Periods {
            days: Per::Day.per_year(r.annual_hours),
            weeks: Per::Week.per_year(r.annual_hours),
            months: Per::Month.per_year(r.annual_hours),
        });
        list.push(Assumption::LossRule);
        let not_thieves = self.thieves.iter().filter(|t| t.is_current() && !t.is_thief(r)).count();
        if not_thieves > 0 {
            list.push(Assumption::NotThieves { count: not_thieves });
        }
        let carried = self.thieves.iter().filter(|t| t.carried).count();
        if carried > 0 {
            list.push(Assumption::NotReestimated { count: carried });
        }
        list
    }

    pub fn thief(&self, id: &str) -> Option<&TimeThief> {
        self.thieves.iter().find(|t| t.id == id)
    }

    /// Adds `thief` and returns its id: its own, or a new one if another thief has that id.
    pub fn add_thief(&mut self, mut thief: TimeThief) -> String {
        if self.thief(&thief.id).is_some() {
            thief.id = super::ids::unused_id(&thief.id, |id| self.thief(id).is_some());
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
        .filter(|c| !c.is_whitespace() && *c != super::format::THOUSANDS_SPACE)
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
/// The smallest annual working time of a full-time post the rates take: less is a typing
/// mistake (`1,7` for `1 700`), and near 0 the hourly cost worked out from it has no bound.
pub const MIN_ANNUAL_HOURS: f64 = 100.0;
/// The largest annual working time and hourly cost the rates take.
pub const MAX_RATE: f64 = 10_000.0;
/// The largest monthly salary the rates take.
pub const MAX_SALARY: f64 = 1_000_000.0;
/// The largest share of payroll costs, in per cent.
pub const MAX_PAYROLL_PERCENT: f64 = 200.0;
/// The hourly cost worked out from the default salary, payroll costs and working time:
/// 35 000 × 12 × 1,40 ÷ 1 700 = 345,88 → 346 kr.
pub const DEFAULT_HOURLY_COST: f64 = 346.0;

/// Minutes each time: more than 0, at most `MAX_MINUTES`; a stored value that is not above 0
/// is reset to 1.
pub const MINUTES: Bounds = Bounds {
    min: 0.0,
    max: MAX_MINUTES,
    whole: false,
    reset: 1.0,
};
/// Times per period: more than 0, at most `MAX_OCCURRENCES`.
pub const OCCURRENCES: Bounds = Bounds {
    min: 0.0,
    max: MAX_OCCURRENCES,
    whole: false,
    reset: 1.0,
};
/// People: a whole number from 1 to `MAX_PEOPLE`.
pub const PEOPLE: Bounds = Bounds {
    min: 0.0,
    max: MAX_PEOPLE,
    whole: true,
    reset: 1.0,
};
/// The annual working time of a full-time post, in hours.
pub const ANNUAL_HOURS: Bounds = Bounds {
    min: MIN_ANNUAL_HOURS,
    max: MAX_RATE,
    whole: false,
    reset: DEFAULT_ANNUAL_HOURS,
};
/// An hourly cost, in kronor: the team's own, or that of the role a task should sit with.
pub const HOURLY_COST: Bounds = Bounds {
    min: 0.0,
    max: MAX_RATE,
    whole: false,
    reset: DEFAULT_HOURLY_COST,
};
/// A monthly salary, in kronor.
pub const MONTHLY_SALARY: Bounds = Bounds {
    min: 0.0,
    max: MAX_SALARY,
    whole: false,
    reset: DEFAULT_MONTHLY_SALARY,
};
/// Payroll costs on top of the salary, in per cent.
pub const PAYROLL_PERCENT: Bounds = Bounds {
    min: 0.0,
    max: MAX_PAYROLL_PERCENT,
    whole: false,
    reset: DEFAULT_PAYROLL_PERCENT,
};

fn positive(text: &str, bounds: Bounds) -> Result<f64, FieldError> {
    bounds.check(parse_number(text)?)
}

/// The minutes of each time the benefit needs: from 0 up to the minutes each time.
pub fn needed_minutes(text: &str, minutes: Option<f64>) -> Result<f64, FieldError> {
    let n = parse_number(text)?;
    if n < 0.0 {
        Err(FieldError::Negative)
    } else if let Some(minutes) = minutes.filter(|m| n > *m) {
        Err(FieldError::MoreThanMinutes { minutes })
    } else {
        Ok(n)
    }
}

/// The choice of how much of the time the benefit needs, before the minutes are typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NeedKind {
    Nothing,
    Part,
    All,
}

impl NeedKind {
    pub const ALL: [NeedKind; 3] = [NeedKind::Nothing, NeedKind::Part, NeedKind::All];

    pub fn key(self) -> &'static str {
        match self {
            NeedKind::Nothing => "nothing",
            NeedKind::Part => "part",
            NeedKind::All => "all",
        }
    }

    pub fn of(need: Need) -> Self {
        match need {
            Need::Nothing => NeedKind::Nothing,
            Need::Minutes(_) => NeedKind::Part,
            Need::All => NeedKind::All,
        }
    }
}

/// The entered fields of a time thief, as typed; kept in the document so nothing typed is lost.
/// Nothing is chosen in advance that would raise the figures: how often and how much of the
/// time the benefit needs must be chosen.
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
    pub need: Option<NeedKind>,
    /// Minutes the benefit needs each time, when only part of the time is needed.
    pub needed: String,
    /// For a task in the wrong role: the hourly cost of the role that should do it.
    pub role_cost: String,
    pub beneficiaries: Vec<Beneficiary>,
    pub removable_by: Option<Remover>,
    pub principles: Vec<String>,
    pub remedy: String,
    /// Where it stands; asked again of a thief carried over from the round before.
    pub status: Option<ThiefStatus>,
    pub passed_to: String,
    pub passed_date: String,
    pub passed_answer: String,
}

/// The errors of a draft, field by field; empty when it can be saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftErrors {
    pub title: Option<FieldError>,
    pub minutes: Option<FieldError>,
    pub occurrences: Option<FieldError>,
    pub per: Option<FieldError>,
    pub people: Option<FieldError>,
    pub need: Option<FieldError>,
    pub needed: Option<FieldError>,
    pub role_cost: Option<FieldError>,
    pub status: Option<FieldError>,
    pub passed_date: Option<FieldError>,
}

impl DraftErrors {
    /// Each field's form id with its error, in the order of the form.
    pub fn fields(&self) -> [(&'static str, Option<FieldError>); 10] {
        [
            ("f-title", self.title.clone()),
            ("f-minutes", self.minutes.clone()),
            ("f-occurrences", self.occurrences.clone()),
            ("f-per", self.per.clone()),
            ("f-people", self.people.clone()),
            ("f-need-nothing", self.need.clone()),
            ("f-needed", self.needed.clone()),
            ("f-role-cost", self.role_cost.clone()),
            ("f-status-open", self.status.clone()),
            ("f-passed-date", self.passed_date.clone()),
        ]
    }

    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, e)| e.is_none())
    }
}

impl Draft {
    /// A new thief: nothing chosen but the category "other", removable by the unit itself and
    /// still there — choices that raise no figure.
    pub fn new() -> Self {
        Draft {
            category: Some(Category::Other),
            removable_by: Some(Remover::Unit),
            status: Some(ThiefStatus::Open),
            ..Draft::default()
        }
    }

    /// The form for `t`; for a thief carried over from the round before, its status is asked
    /// again rather than copied.
    pub fn from_thief(t: &TimeThief, lang: super::lang::Lang) -> Self {
        let number = |n: f64| super::format::editable(n, lang);
        let passed = t.passed_on.clone().unwrap_or_default();
        Draft {
            title: t.title.clone(),
            description: t.description.clone(),
            category: Some(t.category),
            minutes: number(t.minutes),
            occurrences: number(t.occurrences),
            per: Some(t.per),
            people: t.people.to_string(),
            need: Some(NeedKind::of(t.need)),
            needed: match t.need {
                Need::Minutes(m) => number(m),
                _ => String::new(),
            },
            role_cost: t.role_hourly_cost.map(number).unwrap_or_default(),
            beneficiaries: t.beneficiaries.clone(),
            removable_by: Some(t.removable_by),
            principles: t.principles.clone(),
            remedy: t.remedy.clone(),
            status: (!t.carried).then_some(t.status),
            passed_to: passed.to,
            passed_date: passed.date,
            passed_answer: passed.answer,
        }
    }

    /// Checks every field; the per-person check needs the other numbers to be valid first.
    pub fn errors(&self, rates: &Rates) -> DraftErrors {
        let minutes = positive(&self.minutes, MINUTES);
        let mut errors = DraftErrors {
            title: self.title.trim().is_empty().then_some(FieldError::Required),
            minutes: minutes.clone().err(),
            occurrences: positive(&self.occurrences, OCCURRENCES).err(),
            per: self.per.is_none().then_some(FieldError::NotChosen),
            people: positive(&self.people, PEOPLE).err(),
            need: self.need.is_none().then_some(FieldError::NotChosen),
            needed: (self.need == Some(NeedKind::Part))
                .then(|| needed_minutes(&self.needed, minutes.ok()).err())
                .flatten(),
            role_cost: (self.category == Some(Category::OutsideRole) && !self.role_cost.trim().is_empty())
                .then(|| positive(&self.role_cost, HOURLY_COST).err())
                .flatten(),
            status: self.status.is_none().then_some(FieldError::NotChosen),
            passed_date: (self.status == Some(ThiefStatus::PassedOn)
                && !self.passed_date.trim().is_empty()
                && !super::date::is_iso_date(self.passed_date.trim()))
            .then_some(FieldError::NotADate),
        };
        if let (None, None, Some(_)) = (&errors.minutes, &errors.occurrences, self.per) {
            let hours = self.build(String::new()).hours_per_person(rates);
            if hours > rates.annual_hours {
                errors.occurrences = Some(FieldError::MoreThanFullTime {
                    hours_per_person: hours,
                });
            }
        }
        errors
    }

    /// The time thief this draft describes, if it has no errors.
    pub fn to_thief(&self, id: String, rates: &Rates) -> Result<TimeThief, Box<DraftErrors>> {
        let errors = self.errors(rates);
        if errors.is_empty() {
            Ok(self.build(id))
        } else {
            Err(Box::new(errors))
        }
    }

    /// What the typed numbers cost so far, once minutes, times, how often and people are valid.
    pub fn cost(&self, rates: &Rates) -> Option<Cost> {
        let e = self.errors(rates);
        (e.minutes.is_none() && e.occurrences.is_none() && e.per.is_none() && e.people.is_none())
            .then(|| self.build(String::new()).cost(rates))
    }

    /// Times a year one person does it, once the times and how often are given.
    pub fn times_a_year(&self, rates: &Rates) -> Option<f64> {
        let per = self.per?;
        positive(&self.occurrences, OCCURRENCES)
            .ok()
            .map(|n| n * per.per_year(rates.annual_hours))
    }

    /// The draft as a time thief; numbers that do not parse count as zero. Only `cost` and
    /// `to_thief` call it: the first shows no loss, the second only once every choice is made.
    fn build(&self, id: String) -> TimeThief {
        let number = |text: &str| parse_number(text).unwrap_or(0.0);
        let status = self.status.unwrap_or_default();
        TimeThief {
            id,
            title: self.title.trim().to_string(),
            description: self.description.trim().to_string(),
            category: self.category.unwrap_or(Category::Other),
            minutes: number(&self.minutes),
            occurrences: number(&self.occurrences),
            per: self.per.unwrap_or(Per::Year),
            people: number(&self.people) as u32,
            need: match self.need {
                Some(NeedKind::All) => Need::All,
                Some(NeedKind::Part) => Need::Minutes(number(&self.needed)),
                Some(NeedKind::Nothing) | None => Need::Nothing,
            },
            beneficiaries: self.beneficiaries.clone(),
            removable_by: self.removable_by.unwrap_or(Remover::Unit),
            principles: self.principles.clone(),
            remedy: self.remedy.trim().to_string(),
            role_hourly_cost: (self.category == Some(Category::OutsideRole) && !self.role_cost.trim().is_empty())
                .then(|| number(&self.role_cost)),
            status,
            passed_on: (status == ThiefStatus::PassedOn).then(|| PassedOn {
                to: self.passed_to.trim().to_string(),
                date: self.passed_date.trim().to_string(),
                answer: self.passed_answer.trim().to_string(),
            }),
            carried: false,
        }
    }
}
