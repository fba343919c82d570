//! The range each number a team enters must lie in: one rule per number, shared by the form
//! that takes it and by restore, which checks every number in a stored or imported document.

/// What is wrong with one number (or the title) being entered.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldError {
    /// The title is empty.
    Required,
    /// Not a number.
    NotANumber,
    /// Below zero.
    Negative,
    /// Zero, where it must be more.
    Zero,
    /// People must be a whole number.
    NotWhole,
    /// Under the smallest sensible value.
    TooSmall { min: f64 },
    /// Over the largest sensible value.
    TooLarge { max: f64 },
    /// One person would spend more than a full-time year on it.
    MoreThanFullTime { hours_per_person: f64 },
    /// A choice that must be made is not.
    NotChosen,
    /// The minutes the benefit needs are more than the minutes each time.
    MoreThanMinutes { minutes: f64 },
    /// Not a date written `YYYY-MM-DD`.
    NotADate,
}

/// A number that must be above 0, at least `min` and at most `max`, and perhaps whole.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// The smallest sensible value; 0 where any value above 0 is.
    pub min: f64,
    pub max: f64,
    pub whole: bool,
    /// What restore puts in place of a value that is not above 0: the default where there is
    /// one, otherwise 1.
    pub reset: f64,
}

/// How restore repaired a number the form would refuse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fix {
    /// Below the smallest or above the largest accepted value: set to that value.
    Clamped,
    /// Not above 0: set to the default (or 1).
    Reset,
    /// Not whole where it must be: rounded to the nearest whole number, at least 1.
    Rounded,
}

impl Bounds {
    /// The number if the form accepts it, otherwise why not.
    pub fn check(&self, n: f64) -> Result<f64, FieldError> {
        if !n.is_finite() {
            Err(FieldError::NotANumber)
        } else if n < 0.0 {
            Err(FieldError::Negative)
        } else if n == 0.0 {
            Err(FieldError::Zero)
        } else if n < self.min {
            Err(FieldError::TooSmall { min: self.min })
        } else if n > self.max {
            Err(FieldError::TooLarge { max: self.max })
        } else if self.whole && n.fract() != 0.0 {
            Err(FieldError::NotWhole)
        } else {
            Ok(n)
        }
    }

    /// What restore makes of a stored `n` the form would refuse, and how; `None` if it is fine.
    /// The result always passes `check`.
    pub fn repair(&self, n: f64) -> Option<(f64, Fix)> {
        match self.check(n) {
            Ok(_) => None,
            Err(FieldError::TooSmall { .. }) => Some((self.min, Fix::Clamped)),
            Err(FieldError::TooLarge { .. }) => Some((self.max, Fix::Clamped)),
            Err(FieldError::NotWhole) => Some((n.round().clamp(1.0, self.max), Fix::Rounded)),
            Err(_) => Some((self.reset, Fix::Reset)),
        }
    }
}
