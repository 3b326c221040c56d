//! Recursive type aliases broken before they reach rustc: `It: {$ref: It}`, an array or map of
//! itself, a one-branch `anyOf` of itself, or a ring of such aliases through each other. Rust
//! expands an alias in place, so `pub type Arr = Vec<Arr>;` does not compile ("cycle detected
//! when expanding type alias"); a struct or enum on the way would end the expansion, an alias
//! chain never does. Each alias on such a cycle becomes any JSON value, with a located warning.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::Diagnostics;
use crate::ir;

/// Rewrites every alias that expands into itself; returns how many.
pub fn break_cycles(api: &mut ir::Api, diagnostics: &mut Diagnostics<'_>) -> usize {
    let aliases: BTreeMap<String, BTreeSet<String>> = api
        .models
        .iter()
        .filter_map(|model| match &model.kind {
            ir::ModelKind::Alias { target } => Some((model.name.clone(), names_in(target))),
            _ => None,
        })
        .collect();
    let cyclic: BTreeSet<&String> = aliases
        .keys()
        .filter(|name| reaches(&aliases, name, name))
        .collect();
    if cyclic.is_empty() {
        return 0;
    }
    let mut broken = 0;
    for model in &mut api.models {
        if !cyclic.contains(&model.name) {
            continue;
        }
        if let ir::ModelKind::Alias { target } = &mut model.kind {
            diagnostics.warning(
                &model.pointer,
                format!(
                    "`{}` is defined through itself with no object on the way (`{target}`); typed as any JSON value",
                    model.wire_name
                ),
            );
            *target = "serde_json::Value".to_string();
            broken += 1;
        }
    }
    broken
}

/// The identifiers a type expression mentions.
fn names_in(target: &str) -> BTreeSet<String> {
    target
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether the alias `from` mentions `to` through aliases only.
fn reaches(aliases: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut pending: Vec<&str> = vec![from];
    while let Some(current) = pending.pop() {
        for next in aliases.get(current).into_iter().flatten() {
            if next == to {
                return true;
            }
            if aliases.contains_key(next) && seen.insert(next.as_str()) {
                pending.push(next);
            }
        }
    }
    false
}
