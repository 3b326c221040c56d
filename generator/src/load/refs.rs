//! Reference normalization, before the document is deserialized.
//!
//! Real specs point `$ref`s anywhere in the document (`#/paths/~1a/get/responses/200`,
//! `#/components/schemas/Pet/properties/owner`), while lowering resolves only the
//! `#/components/<section>/<name>` form. A schema target is hoisted into `components/schemas`
//! (and its old place becomes a reference to it), so it gets one name and recursion stays finite;
//! any other target (a response, a parameter) is copied in place of the reference. Hoisted
//! pointers are recorded so diagnostics still point at the original lines.

use serde_yaml::{Mapping, Value};

use crate::names;
use crate::pointer::{escape_segment, unescape_segment};

/// A hoisted schema: its new pointer and the pointer it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    pub to: String,
    pub from: String,
}

/// The methods of a Path Item Object, whose values are operations.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Each operation's mapping with its pointer (`/paths/~1pets/get`).
fn operations_mut(document: &mut Value) -> Vec<(String, &mut Mapping)> {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_mapping_mut) else {
        return Vec::new();
    };
    let mut operations = Vec::new();
    for (path, item) in paths.iter_mut() {
        let path_pointer = format!("/paths/{}", escape_segment(&key_text(path)));
        let Some(item) = item.as_mapping_mut() else {
            continue;
        };
        for (method, operation) in item.iter_mut() {
            let method = key_text(method);
            if let (true, Some(operation)) = (
                METHODS.contains(&method.as_str()),
                operation.as_mapping_mut(),
            ) {
                operations.push((format!("{path_pointer}/{method}"), operation));
            }
        }
    }
    operations
}

/// Removes every operation's `callbacks`, which are not generated; returns where they were.
/// Removing them before deserialization also spares the reader the forms it cannot read (a
/// callback given as a `$ref`, valid OpenAPI that openapiv3 does not model).
pub fn remove_callbacks(document: &mut Value) -> Vec<String> {
    operations_mut(document)
        .into_iter()
        .filter_map(|(pointer, operation)| {
            operation
                .remove("callbacks")
                .map(|_| format!("{pointer}/callbacks"))
        })
        .collect()
}

/// Repairs responses that `$ref` a schema (`#/components/schemas/NotFound`) when a response of
/// that name exists (`#/components/responses/NotFound`): a reference in a response's place can
/// only mean a response, and the same name settles which. Returns the pointers of the repaired
/// references; any other misplaced reference is left for lowering to report.
pub fn repair_response_refs(document: &mut Value) -> Vec<(String, String)> {
    let responses: Vec<String> = document
        .get("components")
        .and_then(|c| c.get("responses"))
        .and_then(Value::as_mapping)
        .map(|responses| responses.keys().map(key_text).collect())
        .unwrap_or_default();
    let mut repaired = Vec::new();
    for (pointer, operation) in operations_mut(document) {
        let Some(statuses) = operation
            .get_mut("responses")
            .and_then(Value::as_mapping_mut)
        else {
            continue;
        };
        for (status, response) in statuses.iter_mut() {
            let Some(reference) = response.get("$ref").and_then(Value::as_str) else {
                continue;
            };
            let Some(name) = reference.strip_prefix("#/components/schemas/") else {
                continue;
            };
            if !responses.contains(&unescape_segment(name)) {
                continue;
            }
            let fixed = format!("#/components/responses/{name}");
            repaired.push((
                format!(
                    "{pointer}/responses/{}/$ref",
                    escape_segment(&key_text(status))
                ),
                format!("`{reference}` in a response's place; read as the response `{fixed}`"),
            ));
            *response = self::reference(&fixed);
        }
    }
    repaired
}

/// Rewrites deep references in place; returns the schemas it moved.
pub fn normalize(document: &mut Value) -> Vec<Moved> {
    let mut moved = Vec::new();
    // Each round handles the deepest targets first, so a target inside another target is hoisted
    // before its container moves. Copies can bring new deep references, hence the rounds.
    for _ in 0..8 {
        let mut deep: Vec<String> = Vec::new();
        collect_refs(document, &mut |reference| {
            if let Some(pointer) = deep_target(reference) {
                if !deep.contains(&pointer) {
                    deep.push(pointer);
                }
            }
        });
        if deep.is_empty() {
            break;
        }
        deep.sort_by_key(|pointer| std::cmp::Reverse(pointer.matches('/').count()));
        let mut changed = false;
        for pointer in deep {
            changed |= resolve_one(document, &pointer, &mut moved);
        }
        if !changed {
            break;
        }
    }
    moved
}

fn resolve_one(document: &mut Value, pointer: &str, moved: &mut Vec<Moved>) -> bool {
    let Some(target) = get(document, pointer).cloned() else {
        return false;
    };
    let old_ref = format!("#{pointer}");
    if is_schema_pointer(pointer) {
        let name = hoisted_name(document, pointer);
        let new_ref = format!("#/components/schemas/{}", escape_segment(&name));
        let Some(schemas) = schemas_mut(document) else {
            return false;
        };
        schemas.insert(Value::String(name.clone()), target);
        if let Some(slot) = get_mut(document, pointer) {
            *slot = reference(&new_ref);
        }
        // References to it may be percent-encoded (`%7B` for `{`), as URI fragments are.
        rewrite_refs(document, &|r| {
            (normalize_reference(r) == old_ref).then(|| new_ref.clone())
        });
        moved.push(Moved {
            to: format!("/components/schemas/{}", escape_segment(&name)),
            from: pointer.to_string(),
        });
        true
    } else {
        let mut replaced = false;
        replace_refs(document, &old_ref, &target, &mut replaced);
        replaced
    }
}

/// `#/a/b/c` with more than `#/components/<section>/<name>` depth, as an unescaped-percent pointer.
fn deep_target(reference: &str) -> Option<String> {
    let pointer = reference.strip_prefix('#')?;
    let pointer = percent_decode(pointer);
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let is_component = segments.len() == 3 && segments[0] == "components";
    (!is_component && !segments.is_empty()).then_some(pointer)
}

/// Whether a pointer addresses a schema, judged by the keywords on its way.
fn is_schema_pointer(pointer: &str) -> bool {
    const SCHEMA_KEYWORDS: &[&str] = &[
        "schema",
        "schemas",
        "properties",
        "items",
        "additionalProperties",
        "allOf",
        "oneOf",
        "anyOf",
        "not",
    ];
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    segments.iter().enumerate().any(|(index, segment)| {
        SCHEMA_KEYWORDS.contains(segment)
            // `properties` and friends are keywords only where a schema can be, not as names.
            && !(index > 0 && matches!(segments[index - 1], "properties" | "schemas"))
    })
}

/// A component name from the meaningful segments of the pointer (`Monster/allOf/3/properties/
/// actions/items` → `MonsterActionsItem`), made unique among the existing schemas.
fn hoisted_name(document: &Value, pointer: &str) -> String {
    const SKIP: &[&str] = &[
        "components",
        "schemas",
        "properties",
        "allOf",
        "oneOf",
        "anyOf",
        "content",
        "paths",
    ];
    let words: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(unescape_segment)
        .filter(|segment| !SKIP.contains(&segment.as_str()) && segment.parse::<usize>().is_err())
        .map(|segment| match segment.as_str() {
            "items" => "Item".to_string(),
            "additionalProperties" => "Value".to_string(),
            other => other.to_string(),
        })
        .collect();
    let base = names::type_name(&words.join(" "));
    let existing = |candidate: &str| {
        document
            .get("components")
            .and_then(|c| c.get("schemas"))
            .and_then(Value::as_mapping)
            .is_some_and(|schemas| schemas.contains_key(candidate))
    };
    if !existing(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|c| !existing(c))
        .unwrap_or(base)
}

fn collect_refs(value: &Value, found: &mut impl FnMut(&str)) {
    match value {
        Value::Mapping(mapping) => {
            for (key, child) in mapping {
                match (key.as_str(), child) {
                    (Some("$ref"), Value::String(reference)) => found(reference),
                    (Some("responses"), Value::Mapping(responses)) => responses
                        .values()
                        .for_each(|response| collect_refs(response, found)),
                    (Some(key), _) if is_free_form(key) => {}
                    _ => collect_refs(child, found),
                }
            }
        }
        Value::Sequence(items) => items.iter().for_each(|item| collect_refs(item, found)),
        _ => {}
    }
}

/// Values that are data, not OpenAPI objects: a `$ref` inside them is not a reference. (The
/// `default` of a Responses Object is a response, so callers walk `responses` maps first.)
fn is_free_form(key: &str) -> bool {
    matches!(key, "example" | "examples" | "enum" | "default") || key.starts_with("x-")
}

fn rewrite_refs(value: &mut Value, rewrite: &dyn Fn(&str) -> Option<String>) {
    match value {
        Value::Mapping(mapping) => {
            for (key, child) in mapping.iter_mut() {
                match (key.as_str(), &mut *child) {
                    (Some("$ref"), Value::String(reference)) => {
                        if let Some(new) = rewrite(&normalize_reference(reference)) {
                            *reference = new;
                        }
                    }
                    (Some("responses"), Value::Mapping(responses)) => responses
                        .values_mut()
                        .for_each(|response| rewrite_refs(response, rewrite)),
                    (Some(key), _) if is_free_form(key) => {}
                    _ => rewrite_refs(child, rewrite),
                }
            }
        }
        Value::Sequence(items) => items
            .iter_mut()
            .for_each(|item| rewrite_refs(item, rewrite)),
        _ => {}
    }
}

fn replace_refs(value: &mut Value, old_ref: &str, target: &Value, replaced: &mut bool) {
    let is_match = value
        .get("$ref")
        .and_then(Value::as_str)
        .is_some_and(|reference| normalize_reference(reference) == old_ref);
    if is_match {
        *value = target.clone();
        *replaced = true;
        return;
    }
    match value {
        Value::Mapping(mapping) => {
            for (key, child) in mapping.iter_mut() {
                match (key.as_str(), &mut *child) {
                    (Some("responses"), Value::Mapping(responses)) => responses
                        .values_mut()
                        .for_each(|response| replace_refs(response, old_ref, target, replaced)),
                    (Some(key), _) if is_free_form(key) => {}
                    _ => replace_refs(child, old_ref, target, replaced),
                }
            }
        }
        Value::Sequence(items) => items
            .iter_mut()
            .for_each(|item| replace_refs(item, old_ref, target, replaced)),
        _ => {}
    }
}

fn normalize_reference(reference: &str) -> String {
    match reference.strip_prefix('#') {
        Some(pointer) => format!("#{}", percent_decode(pointer)),
        None => reference.to_string(),
    }
}

fn reference(target: &str) -> Value {
    let mut mapping = Mapping::new();
    mapping.insert(
        Value::String("$ref".to_string()),
        Value::String(target.to_string()),
    );
    Value::Mapping(mapping)
}

fn schemas_mut(document: &mut Value) -> Option<&mut Mapping> {
    let root = document.as_mapping_mut()?;
    let components = root
        .entry(Value::String("components".to_string()))
        .or_insert_with(|| Value::Mapping(Mapping::new()))
        .as_mapping_mut()?;
    components
        .entry(Value::String("schemas".to_string()))
        .or_insert_with(|| Value::Mapping(Mapping::new()))
        .as_mapping_mut()
}

fn get<'v>(value: &'v Value, pointer: &str) -> Option<&'v Value> {
    pointer
        .split('/')
        .skip(1)
        .map(unescape_segment)
        .try_fold(value, |current, segment| match current {
            Value::Mapping(mapping) => mapping
                .iter()
                .find(|(k, _)| key_text(k) == segment)
                .map(|(_, v)| v),
            Value::Sequence(items) => items.get(segment.parse::<usize>().ok()?),
            _ => None,
        })
}

fn get_mut<'v>(value: &'v mut Value, pointer: &str) -> Option<&'v mut Value> {
    pointer
        .split('/')
        .skip(1)
        .map(unescape_segment)
        .try_fold(value, |current, segment| match current {
            Value::Mapping(mapping) => mapping
                .iter_mut()
                .find(|(k, _)| key_text(k) == segment)
                .map(|(_, v)| v),
            Value::Sequence(items) => items.get_mut(segment.parse::<usize>().ok()?),
            _ => None,
        })
}

fn key_text(key: &Value) -> String {
    match key {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

/// URI fragments percent-encode pointer characters (`%7B` for `{`).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[index],
            bytes.get(index + 1).copied().and_then(hex),
            bytes.get(index + 2).copied().and_then(hex),
        ) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                index += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Value {
        serde_yaml::from_str(text).unwrap()
    }

    #[test]
    fn hoists_a_property_schema_and_points_both_places_at_it() {
        let mut document = yaml(
            "components:\n  schemas:\n    Page:\n      properties:\n        next:\n          type: object\n          properties:\n            id: {type: string}\n    Other:\n      properties:\n        link:\n          $ref: '#/components/schemas/Page/properties/next'\n",
        );
        let moved = normalize(&mut document);
        assert_eq!(
            moved,
            vec![Moved {
                to: "/components/schemas/PageNext".into(),
                from: "/components/schemas/Page/properties/next".into()
            }]
        );
        let expected = yaml(
            "components:\n  schemas:\n    Page:\n      properties:\n        next:\n          $ref: '#/components/schemas/PageNext'\n    Other:\n      properties:\n        link:\n          $ref: '#/components/schemas/PageNext'\n    PageNext:\n      type: object\n      properties:\n        id: {type: string}\n",
        );
        assert_eq!(document, expected);
    }

    #[test]
    fn copies_a_response_referenced_by_path() {
        let mut document = yaml(
            "paths:\n  /a:\n    get:\n      responses:\n        default: {description: Error}\n  /b:\n    get:\n      responses:\n        default:\n          $ref: '#/paths/~1a/get/responses/default'\n",
        );
        assert!(normalize(&mut document).is_empty());
        let copied = get(&document, "/paths/~1b/get/responses/default").unwrap();
        assert_eq!(copied, &yaml("{description: Error}"));
    }

    #[test]
    fn percent_encoded_pointers_resolve() {
        let mut document = yaml(
            "paths:\n  /a/{id}:\n    get:\n      responses:\n        '200': {description: OK}\n  /b:\n    get:\n      responses:\n        '200':\n          $ref: '#/paths/~1a~1%7Bid%7D/get/responses/200'\n",
        );
        normalize(&mut document);
        assert_eq!(
            get(&document, "/paths/~1b/get/responses/200"),
            Some(&yaml("{description: OK}"))
        );
    }

    #[test]
    fn percent_encoded_schema_pointers_are_hoisted() {
        let mut document = yaml(
            "paths:\n  /a/{id}:\n    get:\n      responses:\n        '200':\n          content:\n            application/json:\n              schema: {properties: {logo: {type: string}}}\ncomponents:\n  schemas:\n    B: {properties: {l: {$ref: '#/paths/~1a~1%7Bid%7D/get/responses/200/content/application~1json/schema/properties/logo'}}}\n",
        );
        let moved = normalize(&mut document);
        assert_eq!(moved.len(), 1);
        let reference = get(&document, "/components/schemas/B/properties/l/$ref").unwrap();
        assert_eq!(
            reference.as_str(),
            Some(format!("#{}", moved[0].to).as_str())
        );
    }

    #[test]
    fn component_references_and_missing_targets_are_left_alone() {
        let text = "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    C: {$ref: '#/components/schemas/Nope/properties/x'}\n";
        let mut document = yaml(text);
        assert!(normalize(&mut document).is_empty());
        assert_eq!(document, yaml(text));
    }

    #[test]
    fn schema_pointers_are_recognised_by_keyword_not_by_name() {
        assert!(is_schema_pointer(
            "/components/schemas/Pet/properties/owner"
        ));
        assert!(is_schema_pointer(
            "/paths/~1a/get/responses/200/content/application~1json/schema"
        ));
        assert!(!is_schema_pointer("/paths/~1a/get/responses/200"));
        assert!(!is_schema_pointer("/paths/~1a/get/parameters/0"));
    }
}
