//! One way to sort, shared by the whole app.
//!
//! Why: each `sort_by_key` with a new key type compiles its own copy of the standard sorting
//! algorithm, a few kilobytes of WebAssembly each. Ranking by a number and sorting the ranks keeps
//! a single copy, and the index in the key makes the order stable.

/// Sorts `items` by `rank`, lowest first; equal ranks keep their current order.
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> u64) {
    let mut keys: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, x)| (rank(x), i as u32))
        .collect();
    sort_keys(&mut keys);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keys.iter()
            .filter_map(|(_, i)| slots.get_mut(*i as usize).and_then(Option::take)),
    );
}

#[inline(never)]
fn sort_keys(keys: &mut [(u64, u32)]) {
    keys.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_ties_in_order() {
        let mut v = vec![("c", 2), ("a", 1), ("b", 2), ("d", 0)];
        sort_by_rank(&mut v, |x| x.1);
        assert_eq!(v, [("d", 0), ("a", 1), ("c", 2), ("b", 2)]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_rank(&mut empty, |x| *x as u64);
        assert!(empty.is_empty());
    }
}
