//! Numbers written the way each language writes them: Swedish with a decimal comma and a
//! (non-breaking) space between thousands, English with a point and commas.

use super::lang::Lang;

/// The space Swedish puts between groups of thousands; non-breaking so "12 345" stays whole.
pub const THOUSANDS_SPACE: char = '\u{a0}';

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Sv => (',', THOUSANDS_SPACE),
        Lang::En => ('.', ','),
    }
}

fn group(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// An estimated number of hours, as precise as an estimate is: to the nearest ten above 100
/// hours (1 234 → 1 230), otherwise whole hours.
pub fn estimate_hours(hours: f64, lang: Lang) -> String {
    if hours.abs() > 100.0 {
        whole((hours / 10.0).round() * 10.0, lang)
    } else {
        whole(hours, lang)
    }
}

/// An estimated amount in kronor, to the nearest thousand (22 313 → 22 000); below a thousand
/// to the nearest hundred, so that a small cost does not read as nothing.
pub fn estimate_kronor(kronor: f64, lang: Lang) -> String {
    let step = if kronor.abs() >= 950.0 { 1000.0 } else { 100.0 };
    whole((kronor / step).round() * step, lang)
}

/// `value` rounded to `decimals` places, halves away from zero (2,25 → 2,3), e.g. `3,5` in
/// Swedish and `3.5` in English. Thousands are grouped: `12 345,6`.
pub fn decimal(value: f64, decimals: usize, lang: Lang) -> String {
    let (point, thousands) = separators(lang);
    let (negative, whole, fraction) = rounded(value, decimals);
    let mut out = String::new();
    if negative {
        out.push('−');
    }
    out.push_str(&group(&whole, thousands));
    if decimals > 0 {
        out.push(point);
        out.push_str(&fraction);
    }
    out
}

/// `value` rounded to a whole number, thousands grouped: `1 700`.
pub fn whole(value: f64, lang: Lang) -> String {
    decimal(value, 0, lang)
}

/// A score or mean with one decimal, or "–" where there is none: `3,5`, `–`.
pub fn score(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(|| "–".to_string(), |v| decimal(v, 1, lang))
}

/// Each name with its score, for a chart's text description: `Tillit: 3,5, Stöd: –`.
pub fn named_scores(names: &[String], scores: &[Option<f64>], lang: Lang) -> String {
    names
        .iter()
        .zip(scores)
        .map(|(n, s)| format!("{n}: {}", score(*s, lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A count or amount as the page shows it: thousands grouped, at most two decimals, no trailing
/// zeros: `1 500`, `1,5`, `100 000` (Swedish), `1,500`, `1.5` (English).
pub fn amount(value: f64, lang: Lang) -> String {
    let (point, _) = separators(lang);
    let text = decimal(value, 2, lang);
    match text.split_once(point) {
        Some((whole, fraction)) => match fraction.trim_end_matches('0') {
            "" => whole.to_string(),
            fraction => format!("{whole}{point}{fraction}"),
        },
        None => text,
    }
}

/// `value` as it goes into a field to edit: at most two decimals, no trailing zeros and no
/// grouping of thousands, so that reading it back gives the same number in either language:
/// `1700`, `1,5` (Swedish), `1.5` (English).
pub fn editable(value: f64, lang: Lang) -> String {
    plain(value, 2, lang)
}

/// `value` with up to `decimals` places and no thousands separator, trailing zeros dropped:
/// `0,005` — for exports, where a spreadsheet reads the number.
pub fn plain(value: f64, decimals: usize, lang: Lang) -> String {
    let (point, _) = separators(lang);
    let (negative, whole, fraction) = rounded(value, decimals);
    let sign = if negative { "-" } else { "" };
    match fraction.trim_end_matches('0') {
        "" => format!("{sign}{whole}"),
        fraction => format!("{sign}{whole}{point}{fraction}"),
    }
}

/// A coordinate in a drawing (SVG), to one decimal with a point whatever the language:
/// `12.5`, `-3.0`.
pub fn coordinate(value: f64) -> String {
    let (negative, whole, fraction) = rounded(value, 1);
    let sign = if negative { "-" } else { "" };
    format!("{sign}{whole}.{fraction}")
}

/// Points of a drawing's line or shape (SVG `points`): `x,y x,y …`, each to one decimal.
pub fn points(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    points
        .into_iter()
        .map(|(x, y)| format!("{},{}", coordinate(x), coordinate(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `value` rounded to `decimals` places, halves away from zero: whether it is below zero once
/// rounded, and its digits before and after the point (`-2.25`, 1 → `(true, "2", "3")`).
/// Rounded as a whole number of the last place and written with integer formatting only, which
/// keeps the float printing of the standard library out of the app.
fn rounded(value: f64, decimals: usize) -> (bool, String, String) {
    let scaled = (value.abs() * 10f64.powi(decimals as i32)).round() as u64;
    let mut digits = format!("{scaled:0>width$}", width = decimals + 1);
    let fraction = digits.split_off(digits.len() - decimals);
    (value < 0.0 && scaled != 0, digits, fraction)
}

/// Fills the `{name}` slots of a plain-text template, e.g. `"Till {who}"` with `("who", "nämnden")`.
/// For text that leaves the page (a message to copy); what the page shows is filled by the views.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

/// A change, with its sign: `+0,4`, `−1,2`, and `0,0` for none (after rounding).
pub fn signed(value: f64, decimals: usize, lang: Lang) -> String {
    let text = decimal(value, decimals, lang);
    if value > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

/// A text cell made safe for a spreadsheet: text starting with `=`, `+`, `-` or `@` (or a tab or
/// carriage return) would be read by Excel or LibreOffice as a formula, so it gets a leading
/// apostrophe, which they show as text. `=1+1` becomes `'=1+1`; other text is left as it is.
pub fn spreadsheet_text(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// What stands in a table where there is no figure.
pub const NO_FIGURE: &str = "–";

/// A change with its sign and one decimal, "–" where there is none.
pub fn change(delta: Option<f64>, lang: Lang) -> String {
    delta.map_or_else(|| NO_FIGURE.to_string(), |d| signed(d, 1, lang))
}

/// How `after` differs from `before`, "–" when either is missing.
pub fn difference(before: Option<f64>, after: Option<f64>, lang: Lang) -> String {
    change(before.zip(after).map(|(b, a)| a - b), lang)
}

/// Scored, "vet ej" and unanswered, each "–" where they may not be shown.
pub fn counts(counts: Option<[u32; 3]>) -> [String; 3] {
    counts.map_or_else(|| [NO_FIGURE; 3].map(String::from), |c| c.map(|n| n.to_string()))
}

/// The mean of a statement scored low: with a decimal in a workshop, where it is the mean of
/// several people, and whole where the team answered together.
pub fn low_mean(mean: f64, workshop: bool, lang: Lang) -> String {
    if workshop {
        decimal(mean, 1, lang)
    } else {
        whole(mean, lang)
    }
}
