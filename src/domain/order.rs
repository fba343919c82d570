//! Sorting through one shared copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over both the items and the comparison, so every place that sorts
//! compiles a whole stable sort of its own (about 4 KB of wasm each). Here the standard sort runs
//! in one place, on positions, with the comparison behind a trait object; each caller keeps only
//! the few lines that put its items in the order found. The app's lists are short (units, rounds,
//! time thieves), so the extra step costs nothing anyone could notice.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they had, as `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    arrange(items, &order);
}

/// Sorts `items` by the key of each, keeping equal items in the order they had, as
/// `slice::sort_by_cached_key`: each item's key is worked out once.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions(items.len(), &|a, b| keys[a].cmp(&keys[b]));
    arrange(items, &order);
}

/// The positions `0..len` in the order `compare` gives them (stable): the one sort the app compiles.
#[inline(never)]
#[allow(clippy::disallowed_methods)]
fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Puts `items` in place so that place `i` holds the item that was at `order[i]`.
///
/// Place by place: the item wanted at `i` was at `order[i]`; if that place is already behind
/// `i`, the item was swapped on from there to `order[order[i]]`, and so on, until a place not
/// yet filled.
fn arrange<T>(items: &mut [T], order: &[usize]) {
    for i in 0..items.len() {
        let mut from = order[i];
        while from < i {
            from = order[from];
        }
        items.swap(i, from);
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_their_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn sorts_by_a_key() {
        let mut v = vec!["b", "C", "a"];
        sort_by_key(&mut v, |s| s.to_lowercase());
        assert_eq!(v, ["a", "b", "C"]);
    }

    #[test]
    fn empty_and_single_lists_stay_as_they_are() {
        let mut none: Vec<u8> = vec![];
        sort_by(&mut none, |a, b| a.cmp(b));
        assert!(none.is_empty());
        let mut one = vec![7];
        sort_by(&mut one, |a, b| b.cmp(a));
        assert_eq!(one, [7]);
    }

    proptest! {
        /// The same order as the standard library's stable sort, duplicates included.
        #[test]
        fn the_same_order_as_the_standard_sort(keys in proptest::collection::vec(0u8..6, 0..80), reverse: bool) {
            let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            let compare = |a: &(u8, usize), b: &(u8, usize)| if reverse { b.0.cmp(&a.0) } else { a.0.cmp(&b.0) };
            let mut ours = items.clone();
            sort_by(&mut ours, compare);
            let mut std_sorted = items;
            std_sorted.sort_by(compare);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
