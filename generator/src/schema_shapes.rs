//! Deeply nested schemas checked one level at a time, before the typed parse.
//!
//! openapiv3 reads a schema through untagged enums (`ReferenceOr`, and `SchemaKind` flattened
//! into `Schema`): serde buffers the node and tries each variant in turn, and two of them
//! (`Type` and `Any`) read the child schemas again. A mistake deep inside nested `properties`
//! or `items` is therefore read twice per level above it: 18 levels took 10 s, 24 would take
//! minutes. Here every schema is deserialized on its own with its child schemas replaced by `{}`
//! (which always reads), children first, so each node is read once and a mistake is found, and
//! located, at the schema that has it. Shallow documents (most) skip this: their retries cost
//! at most `2^MAX_CHEAP_DEPTH` small reads.

use serde_yaml::{Mapping, Value};

use crate::diagnostics::child;

/// Schema nesting up to which the typed parse's retries stay cheap.
const MAX_CHEAP_DEPTH: usize = 8;

/// Keys whose values are data, never schemas or other objects of the document.
const DATA_KEYS: &[&str] = &["example", "examples", "default", "enum", "const"];

/// Problems found in the schemas of a deeply nested document: (pointer, message).
pub fn check(document: &Value) -> Vec<(String, String)> {
    let mut roots = Vec::new();
    find_roots(document, String::new(), false, &mut roots);
    if roots
        .iter()
        .map(|(_, schema)| depth(schema))
        .max()
        .unwrap_or(0)
        <= MAX_CHEAP_DEPTH
    {
        return Vec::new();
    }
    let mut problems = Vec::new();
    for (pointer, schema) in roots {
        check_schema(schema, &pointer, &mut problems);
    }
    problems
}

/// Every value the document holds as a schema outside other schemas: `components/schemas/*` and
/// each `schema` key of parameters, headers and media types.
fn find_roots<'v>(
    value: &'v Value,
    pointer: String,
    in_schemas: bool,
    roots: &mut Vec<(String, &'v Value)>,
) {
    match value {
        Value::Mapping(map) => {
            for (key, child_value) in map {
                let Some(key) = key.as_str() else { continue };
                let child_pointer = child(&pointer, key);
                if in_schemas || key == "schema" {
                    roots.push((child_pointer, child_value));
                } else if !(key.starts_with("x-") || DATA_KEYS.contains(&key)) {
                    let schemas = key == "schemas" && pointer == "/components";
                    find_roots(child_value, child_pointer, schemas, roots);
                }
            }
        }
        Value::Sequence(items) => {
            for (index, item) in items.iter().enumerate() {
                find_roots(item, child(&pointer, &index.to_string()), false, roots);
            }
        }
        _ => {}
    }
}

/// The child schemas of a schema mapping: (key, index within the key or `None`, value).
fn children(map: &Mapping) -> Vec<(String, &Value)> {
    let mut out = Vec::new();
    if map.contains_key("$ref") {
        return out;
    }
    for (key, value) in map {
        let Some(key) = key.as_str() else { continue };
        match (key, value) {
            ("properties", Value::Mapping(properties)) => {
                for (name, property) in properties {
                    if let Some(name) = name.as_str() {
                        out.push((child("/properties", name), property));
                    }
                }
            }
            ("items" | "not", _) => out.push((child("", key), value)),
            ("additionalProperties", Value::Mapping(_)) => out.push((child("", key), value)),
            ("allOf" | "oneOf" | "anyOf", Value::Sequence(items)) => {
                for (index, item) in items.iter().enumerate() {
                    out.push((format!("/{key}/{index}"), item));
                }
            }
            _ => {}
        }
    }
    out
}

/// How deeply schemas nest under `schema`, counting it.
fn depth(schema: &Value) -> usize {
    match schema.as_mapping() {
        Some(map) => {
            1 + children(map)
                .into_iter()
                .map(|(_, child)| depth(child))
                .max()
                .unwrap_or(0)
        }
        None => 1,
    }
}

/// Checks the children of `schema`, then `schema` itself with its children hollowed out.
fn check_schema(schema: &Value, pointer: &str, problems: &mut Vec<(String, String)>) {
    let Some(map) = schema.as_mapping() else {
        problems.push((
            pointer.to_string(),
            format!(
                "not a valid OpenAPI 3.0 document: expected a Schema Object (a mapping), found {}",
                kind(schema)
            ),
        ));
        return;
    };
    let before = problems.len();
    for (suffix, child_schema) in children(map) {
        check_schema(child_schema, &format!("{pointer}{suffix}"), problems);
    }
    if problems.len() > before {
        return;
    }
    let hollow = Value::Mapping(hollowed(map));
    if let Err(error) =
        serde_path_to_error::deserialize::<_, openapiv3::ReferenceOr<openapiv3::Schema>>(hollow)
    {
        let inner: String = error
            .path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Map { key } => Some(child("", key)),
                serde_path_to_error::Segment::Seq { index } => Some(format!("/{index}")),
                _ => None,
            })
            .collect();
        problems.push((
            format!("{pointer}{inner}"),
            format!("not a valid OpenAPI 3.0 document: {}", error.into_inner()),
        ));
    }
}

/// `map` with every child schema replaced by `{}`.
fn hollowed(map: &Mapping) -> Mapping {
    let empty = || Value::Mapping(Mapping::new());
    map.iter()
        .map(|(key, value)| {
            let value = match (key.as_str(), value) {
                (Some("properties"), Value::Mapping(properties)) => Value::Mapping(
                    properties
                        .keys()
                        .map(|name| (name.clone(), empty()))
                        .collect(),
                ),
                (Some("items" | "not"), Value::Mapping(_)) => empty(),
                (Some("additionalProperties"), Value::Mapping(_)) => empty(),
                (Some("allOf" | "oneOf" | "anyOf"), Value::Sequence(items)) => {
                    Value::Sequence(items.iter().map(|_| empty()).collect())
                }
                _ => value.clone(),
            };
            (key.clone(), value)
        })
        .collect()
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a sequence",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize, leaf: &str) -> String {
        let mut text = String::from(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n",
        );
        let mut indent = "      ".to_string();
        for level in 0..depth {
            if level % 2 == 0 {
                text.push_str(&format!(
                    "{indent}type: object\n{indent}properties:\n{indent}  p:\n"
                ));
            } else {
                text.push_str(&format!("{indent}type: array\n{indent}items:\n"));
            }
            indent.push_str("    ");
        }
        text.push_str(&format!("{indent}{leaf}\n"));
        text
    }

    #[test]
    fn a_deep_mistake_is_found_at_its_schema_at_once() {
        let text = nested(40, "minLength: many");
        let value: Value = serde_yaml::from_str(&text).unwrap();
        let started = std::time::Instant::now();
        let problems = check(&value);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0]
            .0
            .starts_with("/components/schemas/A/properties/p/items/properties/p"));
        assert!(problems[0].0.ends_with("/items"), "{problems:?}");
        assert!(problems[0].1.contains("\"many\""), "{problems:?}");
        // Not a timing assertion on the result: a bound that only an exponential walk misses.
        assert!(started.elapsed().as_secs() < 5);
    }

    #[test]
    fn a_string_where_a_schema_belongs_is_located() {
        let mut text = nested(20, "type: string");
        text = text.replace("type: string", "");
        let text = text.trim_end().to_string() + " notaschema\n";
        let value: Value = serde_yaml::from_str(&text).unwrap();
        let problems = check(&value);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].1.contains("found a string"), "{problems:?}");
    }

    #[test]
    fn valid_deep_schemas_pass() {
        let value: Value = serde_yaml::from_str(&nested(30, "type: string")).unwrap();
        assert_eq!(check(&value), []);
    }
}
