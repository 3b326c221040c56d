//! Strongly connected components of the "model holds model directly" graph: a reference must be
//! boxed exactly when its target can reach back to its holder, that is when both sit in one
//! component. Computing the components once (Tarjan, iteratively so deep specs cannot overflow
//! the stack) replaces a graph search per field, which was quadratic on large cyclic specs.

use std::collections::{BTreeMap, HashMap};

/// Model name → the id of its component. Targets that are not keys of `graph` have no component.
pub fn components(graph: &BTreeMap<String, Vec<String>>) -> HashMap<&str, usize> {
    const UNVISITED: usize = usize::MAX;
    let names: Vec<&str> = graph.keys().map(String::as_str).collect();
    let position: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let edges: Vec<Vec<usize>> = graph
        .values()
        .map(|targets| {
            targets
                .iter()
                .filter_map(|target| position.get(target.as_str()).copied())
                .collect()
        })
        .collect();

    let count = names.len();
    let mut index = vec![UNVISITED; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut component = vec![UNVISITED; count];
    let mut stack = Vec::new();
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..count {
        if index[root] != UNVISITED {
            continue;
        }
        // Each frame is a node and how many of its edges have been followed.
        let mut frames = vec![(root, 0)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(frame) = frames.last_mut() {
            let node = frame.0;
            if let Some(&next) = edges[node].get(frame.1) {
                frame.1 += 1;
                if index[next] == UNVISITED {
                    index[next] = next_index;
                    low[next] = next_index;
                    next_index += 1;
                    stack.push(next);
                    on_stack[next] = true;
                    frames.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    names.into_iter().zip(component).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        edges
            .iter()
            .map(|(from, to)| (from.to_string(), to.iter().map(|t| t.to_string()).collect()))
            .collect()
    }

    #[test]
    fn cycles_share_a_component_and_chains_do_not() {
        let graph = graph(&[
            ("A", &["B"]),
            ("B", &["C", "D"]),
            ("C", &["A"]),
            ("D", &["E", "Missing"]),
            ("E", &[]),
            ("Self", &["Self"]),
        ]);
        let components = components(&graph);
        assert_eq!(components["A"], components["B"]);
        assert_eq!(components["B"], components["C"]);
        assert_ne!(components["A"], components["D"]);
        assert_ne!(components["D"], components["E"]);
        assert_ne!(components["Self"], components["E"]);
        assert!(!components.contains_key("Missing"));
    }

    #[test]
    fn a_long_chain_does_not_overflow_the_stack() {
        let names: Vec<String> = (0..200_000).map(|i| format!("M{i}")).collect();
        let graph: BTreeMap<String, Vec<String>> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                (
                    name.clone(),
                    names.get(i + 1).cloned().into_iter().collect(),
                )
            })
            .collect();
        let components = components(&graph);
        assert_ne!(components["M0"], components["M1"]);
    }
}
