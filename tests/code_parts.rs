//! A code too long for one QR code goes as a few parts that join back in any order, shown any
//! number of times; missing, foreign and mixed-up parts are told apart.

use proptest::prelude::*;
use tillit::domain::code_parts::{Gathered, MAX_PARTS, Parts, part, split};

fn code(len: usize, seed: u8) -> String {
    (0..len)
        .map(|i| char::from(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[(i * 7 + usize::from(seed)) % 32]))
        .collect()
}

#[test]
fn a_code_that_fits_is_not_split() {
    assert_eq!(split("ABC", 300), Some(vec!["ABC".to_string()]));
    let mut parts = Parts::default();
    assert_eq!(parts.add("ABC"), Gathered::Whole("ABC".into()));
    assert_eq!(part("ABC"), None);
}

#[test]
fn parts_are_numbered_and_say_how_many() {
    let whole = code(700, 1);
    let parts = split(&whole, 300).unwrap();
    assert_eq!(parts.len(), 3);
    assert!(parts.iter().all(|p| p.len() <= 300));
    assert!(parts[1].starts_with("2/3/"));
    let p = part(&parts[2]).unwrap();
    assert_eq!((p.index, p.count), (3, 3));
    // Too long even for nine parts: none.
    assert_eq!(split(&code(300 * MAX_PARTS, 2), 300), None);
}

#[test]
fn missing_parts_are_reported_and_a_mixed_up_part_is_refused() {
    let whole = code(700, 3);
    let parts = split(&whole, 300).unwrap();
    let mut read = Parts::default();
    assert_eq!(
        read.add(&parts[2]),
        Gathered::Part {
            index: 3,
            count: 3,
            have: 1
        }
    );
    let id = part(&parts[0]).unwrap().id;
    assert_eq!(read.missing(), vec![(id.clone(), vec![1, 2], 3)]);
    // The same place with another text, or another count under the same id: not this code's.
    let changed = parts[2].replacen(&format!("/{id}/"), &format!("/{id}/A"), 1);
    assert_eq!(read.add(&changed), Gathered::Mismatch);
    assert_eq!(read.add(&format!("1/4/{id}/ABC")), Gathered::Mismatch);
    // Pieces that join into something else than the code their id was made from.
    let mut forged = Parts::default();
    forged.add(&format!("1/2/{id}/AAAA"));
    assert_eq!(forged.add(&format!("2/2/{id}/BBBB")), Gathered::Mismatch);
    // Not parts: out of range, or no id.
    for text in [
        "0/3/ABCD/X",
        "4/3/ABCD/X",
        "1/1/ABCD/X",
        "1/10/ABCD/X",
        "1/3/ABC/X",
        "1/3",
    ] {
        assert_eq!(part(text), None, "{text}");
    }
}

proptest! {
    #[test]
    fn parts_join_back_in_any_order_and_however_often_shown(len in 1usize..2000, seed in 0u8..32, max in 40usize..400, order in prop::collection::vec(0usize..100, 0..30)) {
        let whole = code(len, seed);
        let Some(parts) = split(&whole, max) else {
            prop_assert!(len > max);
            return Ok(());
        };
        prop_assert!(parts.iter().all(|p| p.len() <= max));
        if parts.len() == 1 {
            prop_assert_eq!(&parts[0], &whole);
            return Ok(());
        }
        let mut read = Parts::default();
        // Some parts shown any number of times in any order, then each once more.
        let shown: Vec<&String> = order.iter().map(|i| &parts[i % parts.len()]).chain(parts.iter()).collect();
        let mut joined = Vec::new();
        for p in shown {
            match read.add(p) {
                Gathered::Complete(code) => joined.push(code),
                Gathered::Part { count, have, .. } => prop_assert!(count == parts.len() && have < count),
                other => prop_assert!(false, "{:?}", other),
            }
        }
        // Joined once or more (shown again after it was complete), always the whole code.
        prop_assert!(!joined.is_empty());
        prop_assert!(joined.iter().all(|j| *j == whole));
    }
}
