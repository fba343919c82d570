//! Numbers as Swedish and English readers expect them.

use tillit::domain::Lang;
use tillit::domain::format::{decimal, whole};

#[test]
fn swedish_uses_a_decimal_comma_and_spaces_between_thousands() {
    assert_eq!(decimal(3.456, 1, Lang::Sv), "3,5");
    assert_eq!(decimal(3.0, 1, Lang::Sv), "3,0");
    assert_eq!(whole(1700.0, Lang::Sv), "1\u{a0}700");
    assert_eq!(whole(1234567.4, Lang::Sv), "1\u{a0}234\u{a0}567");
    assert_eq!(decimal(12345.25, 2, Lang::Sv), "12\u{a0}345,25");
    assert_eq!(whole(999.0, Lang::Sv), "999");
    assert_eq!(whole(0.0, Lang::Sv), "0");
    assert_eq!(decimal(0.05, 1, Lang::Sv), "0,1");
    assert_eq!(decimal(7.0, 2, Lang::Sv), "7,00");
}

#[test]
fn halves_round_away_from_zero_as_people_expect() {
    // Four scores of which one "vet ej" easily gives a mean ending in 5.
    assert_eq!(decimal(2.25, 1, Lang::Sv), "2,3");
    assert_eq!(decimal(3.75, 1, Lang::Sv), "3,8");
    assert_eq!(decimal(2.5, 0, Lang::Sv), "3");
    assert_eq!(decimal(-2.25, 1, Lang::Sv), "−2,3");
}

#[test]
fn english_uses_a_point_and_commas() {
    assert_eq!(decimal(3.456, 1, Lang::En), "3.5");
    assert_eq!(whole(1234567.0, Lang::En), "1,234,567");
}

#[test]
fn negative_numbers_get_a_minus_sign_but_rounded_zero_does_not() {
    assert_eq!(whole(-2500.0, Lang::Sv), "−2\u{a0}500");
    assert_eq!(decimal(-0.01, 1, Lang::Sv), "0,0");
}

#[test]
fn dates_are_checked_as_calendar_dates() {
    use tillit::domain::model::is_iso_date;
    assert!(is_iso_date("2026-11-24"));
    assert!(is_iso_date("2024-02-29"));
    assert!(!is_iso_date("2023-02-29"));
    assert!(!is_iso_date("2026-13-01"));
    assert!(!is_iso_date("2026-1-01"));
    assert!(!is_iso_date("24/11/2026"));
}

#[test]
fn templates_are_filled_by_name() {
    use tillit::domain::format::fill;
    assert_eq!(fill("Till {who}", &[("who", "nämnden")]), "Till nämnden");
    assert_eq!(fill("{a} och {b}, {a}", &[("a", "1"), ("b", "2")]), "1 och 2, 1");
    assert_eq!(fill("inget {okänt}", &[("a", "1")]), "inget {okänt}");
}

#[test]
fn numbers_to_edit_are_never_grouped_so_they_read_back_the_same() {
    use tillit::domain::audit::parse_number;
    use tillit::domain::format::editable;
    assert_eq!(editable(1700.0, Lang::Sv), "1700");
    assert_eq!(editable(1700.0, Lang::En), "1700");
    assert_eq!(editable(1.5, Lang::Sv), "1,5");
    assert_eq!(editable(1.5, Lang::En), "1.5");
    assert_eq!(editable(0.25, Lang::Sv), "0,25");
    assert_eq!(editable(2.0 / 3.0, Lang::En), "0.67");
    for lang in Lang::ALL {
        for n in [0.0, 1.5, 15.0, 150.0, 1700.0, 12_345.75, 100_000.0] {
            assert_eq!(parse_number(&editable(n, lang)), Ok(n), "{n} in {}", lang.code());
        }
    }
}

#[test]
fn text_that_a_spreadsheet_would_run_as_a_formula_is_made_plain_text() {
    use tillit::domain::format::spreadsheet_text;
    for (typed, safe) in [
        ("=1+1", "'=1+1"),
        ("+46 8 123", "'+46 8 123"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
    ] {
        assert_eq!(spreadsheet_text(typed), safe);
    }
    for plain in ["", "Kim", "a=b", "1+1", "Rapport – vecka 3", "'=quoted already"] {
        assert_eq!(spreadsheet_text(plain), plain);
    }
}

#[test]
fn a_score_has_one_decimal_or_a_dash_when_there_is_none() {
    use tillit::domain::format::score;
    assert_eq!(score(Some(3.25), Lang::Sv), "3,3");
    assert_eq!(score(Some(3.25), Lang::En), "3.3");
    assert_eq!(score(None, Lang::Sv), "–");
}

#[test]
fn amounts_group_thousands_and_drop_trailing_zeros() {
    use tillit::domain::format::amount;
    let space = tillit::domain::format::THOUSANDS_SPACE;
    assert_eq!(amount(1500.0, Lang::Sv), format!("1{space}500"));
    assert_eq!(amount(100000.0, Lang::Sv), format!("100{space}000"));
    assert_eq!(amount(1.5, Lang::Sv), "1,5");
    assert_eq!(amount(1.25, Lang::En), "1.25");
    assert_eq!(amount(2.0, Lang::En), "2");
    assert_eq!(amount(1500.0, Lang::En), "1,500");
}

#[test]
fn a_chart_is_described_by_each_name_and_its_score() {
    use tillit::domain::format::named_scores;
    let names = ["Tillit".to_string(), "Stöd".to_string()];
    assert_eq!(
        named_scores(&names, &[Some(3.5), None], Lang::Sv),
        "Tillit: 3,5, Stöd: –"
    );
}

#[test]
fn estimates_are_shown_as_precise_as_they_are() {
    use tillit::domain::format::{estimate_hours, estimate_kronor, plain};
    // Hours: whole up to 100, to the nearest ten above.
    assert_eq!(estimate_hours(64.4, Lang::Sv), "64");
    assert_eq!(estimate_hours(100.0, Lang::Sv), "100");
    assert_eq!(estimate_hours(354.17, Lang::Sv), "350");
    assert_eq!(estimate_hours(1234.0, Lang::Sv), "1\u{a0}230");
    assert_eq!(estimate_hours(-70.8, Lang::Sv), "−71");
    // Kronor: to the nearest thousand, below a thousand to the nearest hundred.
    assert_eq!(estimate_kronor(22_313.0, Lang::Sv), "22\u{a0}000");
    assert_eq!(estimate_kronor(123_958.33, Lang::En), "124,000");
    assert_eq!(estimate_kronor(2_800.0, Lang::Sv), "3\u{a0}000");
    assert_eq!(estimate_kronor(437.0, Lang::Sv), "400");
    assert_eq!(estimate_kronor(960.0, Lang::Sv), "1\u{a0}000");
    assert_eq!(estimate_kronor(0.0, Lang::Sv), "0");
    // Exports keep the exact figure: up to four decimals, no grouping.
    assert_eq!(plain(2205.75, 4, Lang::Sv), "2205,75");
    assert_eq!(plain(0.005, 4, Lang::En), "0.005");
    assert_eq!(plain(-0.00001, 4, Lang::Sv), "0");
    assert_eq!(plain(-12.5, 4, Lang::Sv), "-12,5");
    assert_eq!(plain(1700.0, 0, Lang::En), "1700");
    assert_eq!(plain(0.125, 2, Lang::En), "0.13");
}

#[test]
fn a_drawing_gets_coordinates_to_one_decimal_with_a_point() {
    use tillit::domain::format::{coordinate, points};
    assert_eq!(coordinate(12.34), "12.3");
    assert_eq!(coordinate(12.35), "12.4");
    assert_eq!(coordinate(-3.0), "-3.0");
    assert_eq!(coordinate(-0.04), "0.0");
    assert_eq!(coordinate(0.0), "0.0");
    assert_eq!(points([(1.0, -2.25), (103.96, 0.5)]), "1.0,-2.3 104.0,0.5");
    // As the standard library's formatting wrote them before.
    for x in [-250.0, -119.95, -0.5, 0.44, 7.25, 60.04, 119.99, 361.7] {
        assert_eq!(coordinate(x), format!("{:.1}", (x * 10.0f64).round() / 10.0), "{x}");
    }
}

#[test]
fn a_missing_figure_is_a_dash_in_every_place_a_figure_can_be_missing() {
    use tillit::domain::format::{NO_FIGURE, change, counts, difference, score};
    assert_eq!(NO_FIGURE, "–");
    assert_eq!(score(None, Lang::Sv), "–");
    assert_eq!(change(None, Lang::Sv), "–");
    assert_eq!(change(Some(0.5), Lang::Sv), "+0,5");
    assert_eq!(difference(Some(2.0), Some(3.5), Lang::Sv), "+1,5");
    assert_eq!(difference(Some(4.0), Some(2.0), Lang::En), "−2.0");
    assert_eq!(difference(None, Some(3.0), Lang::Sv), "–");
    assert_eq!(difference(Some(3.0), None, Lang::Sv), "–");
    assert_eq!(counts(Some([3, 1, 0])), ["3", "1", "0"]);
    assert_eq!(counts(None), ["–", "–", "–"]);
}

#[test]
fn a_low_mean_has_a_decimal_in_a_workshop_and_is_whole_for_a_team_answering_together() {
    use tillit::domain::format::low_mean;
    assert_eq!(low_mean(1.5, true, Lang::Sv), "1,5");
    assert_eq!(low_mean(2.0, false, Lang::Sv), "2");
}
