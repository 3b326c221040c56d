//! Small helpers over the YAML value tree that the version conversions edit.

use serde_yaml::{Mapping, Value};

pub fn text(value: &str) -> Value {
    Value::String(value.to_string())
}

/// A mapping key as text (numbers too: status codes are often written unquoted).
pub fn key_text(key: &Value) -> String {
    match key {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        Value::Bool(flag) => flag.to_string(),
        _ => String::new(),
    }
}

/// Removes `key` keeping the order of the others (property order is the generated field order).
pub fn take(map: &mut Mapping, key: &str) -> Option<Value> {
    map.shift_remove(key)
}

/// Sets `key`, keeping its place when it already exists.
pub fn set(map: &mut Mapping, key: &str, value: Value) {
    map.insert(text(key), value);
}

/// The mapping at `key`, created empty when missing (or when it is not a mapping).
pub fn mapping_at<'m>(map: &'m mut Mapping, key: &str) -> &'m mut Mapping {
    let slot = map
        .entry(text(key))
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if !slot.is_mapping() {
        *slot = Value::Mapping(Mapping::new());
    }
    match slot {
        Value::Mapping(mapping) => mapping,
        _ => unreachable!("just made a mapping"),
    }
}

/// The string list at `key` (`consumes: [a, b]`); a lone string counts as a list of one.
pub fn strings(map: &Mapping, key: &str) -> Option<Vec<String>> {
    match map.get(key)? {
        Value::Sequence(items) => Some(
            items
                .iter()
                .filter_map(|item| item.as_str().map(str::to_string))
                .collect(),
        ),
        Value::String(text) => Some(vec![text.clone()]),
        _ => None,
    }
}

/// Rewrites every `$ref` string in the tree. Example data is walked too: telling a property named
/// `example` from an example takes knowing the object kind, and a `$ref` key in data is rare.
pub fn rewrite_refs(value: &mut Value, rewrite: &dyn Fn(&str) -> Option<String>) {
    match value {
        Value::Mapping(map) => {
            for (key, child) in map.iter_mut() {
                match key.as_str() {
                    Some("$ref") => {
                        if let Some(new) = child.as_str().and_then(rewrite) {
                            *child = Value::String(new);
                        }
                    }
                    _ => rewrite_refs(child, rewrite),
                }
            }
        }
        Value::Sequence(items) => {
            for item in items {
                rewrite_refs(item, rewrite);
            }
        }
        _ => {}
    }
}
