//! Schema rewrites that bring JSON Schema 2020-12 (OpenAPI 3.1) and Swagger 2.0 schemas to what
//! the OpenAPI 3.0 model reads, and keep the meaning of `$ref` siblings in every version.
//!
//! Each rewrite keeps the generated code's meaning: `type: [string, "null"]` and a `{type: null}`
//! branch become `nullable: true`, `const` a one-value `enum`, a `$ref` with a description an
//! `allOf: [$ref]` that carries it. What the 3.0 model cannot carry is removed with a located
//! warning saying what the generated code does instead.

use serde_yaml::{Mapping, Value};

use super::tree::{key_text, rewrite_refs, set, take, text};
use super::version::Version;
use crate::pointer::child;

/// Keys beside a `$ref` that describe the use of the referenced schema and are kept.
const REF_ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "nullable",
    "readOnly",
    "writeOnly",
    "deprecated",
    "example",
    "externalDocs",
    // Used where lowering uses defaults (scalar parameters), as for any `allOf: [$ref]`.
    "default",
];

/// JSON Schema keywords that only validate or compute, and that no generated type expresses.
const NOT_GENERATED: &[&str] = &[
    "if",
    "then",
    "else",
    "dependentRequired",
    "dependentSchemas",
    "dependencies",
    "propertyNames",
    "contains",
    "minContains",
    "maxContains",
    "$dynamicRef",
    "$recursiveRef",
];

/// Identifiers and comments: they name or annotate the schema for JSON Schema tooling.
const IDENTIFIERS: &[&str] = &[
    "$schema",
    "$id",
    "$anchor",
    "$comment",
    "$dynamicAnchor",
    "$recursiveAnchor",
    "$vocabulary",
];

/// What the rewrite did: warnings at converted pointers, and moves, one pass per step.
#[derive(Default)]
pub struct Rewritten {
    pub warnings: Vec<(String, String)>,
    pub passes: Vec<Vec<(String, String)>>,
}

struct Rewrite {
    version: Version,
    out: Rewritten,
    /// `$defs` entries taken out of their schema: (pointer of the schema, name, rewritten schema).
    hoisted: Vec<(String, String, Value)>,
}

/// Rewrites every schema of a document already in the 3.0 layout.
pub fn rewrite(document: &mut Value, version: Version) -> Rewritten {
    let mut rewrite = Rewrite {
        version,
        out: Rewritten::default(),
        hoisted: Vec::new(),
    };
    rewrite.document(document);
    rewrite.hoist(document);
    rewrite.out
}

impl Rewrite {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.out
            .warnings
            .push((pointer.to_string(), message.into()));
    }

    fn document(&mut self, document: &mut Value) {
        if let Some(components) = document
            .get_mut("components")
            .and_then(Value::as_mapping_mut)
        {
            for (section, entries) in components.iter_mut() {
                let section = key_text(section);
                let Some(entries) = entries.as_mapping_mut() else {
                    continue;
                };
                for (name, entry) in entries.iter_mut() {
                    let pointer = child(&child("/components", &section), &key_text(name));
                    match section.as_str() {
                        "schemas" => self.schema(entry, &pointer),
                        "parameters" | "headers" => self.parameter(entry, &pointer),
                        "responses" => self.response(entry, &pointer),
                        "requestBodies" => self.content_of(entry, &pointer),
                        _ => {}
                    }
                }
            }
        }
        let Some(paths) = document.get_mut("paths").and_then(Value::as_mapping_mut) else {
            return;
        };
        for (path, item) in paths.iter_mut() {
            let item_pointer = child("/paths", &key_text(path));
            let Some(item) = item.as_mapping_mut() else {
                continue;
            };
            for (key, value) in item.iter_mut() {
                let key = key_text(key);
                let pointer = child(&item_pointer, &key);
                if key == "parameters" {
                    self.parameters(value, &pointer);
                } else if super::METHODS.contains(&key.as_str()) {
                    self.operation(value, &pointer);
                }
            }
        }
    }

    fn operation(&mut self, operation: &mut Value, pointer: &str) {
        let Some(operation) = operation.as_mapping_mut() else {
            return;
        };
        if let Some(parameters) = operation.get_mut("parameters") {
            self.parameters(parameters, &child(pointer, "parameters"));
        }
        if let Some(body) = operation.get_mut("requestBody") {
            self.content_of(body, &child(pointer, "requestBody"));
        }
        if let Some(responses) = operation
            .get_mut("responses")
            .and_then(Value::as_mapping_mut)
        {
            for (status, response) in responses.iter_mut() {
                let at = child(&child(pointer, "responses"), &key_text(status));
                self.response(response, &at);
            }
        }
    }

    fn parameters(&mut self, list: &mut Value, pointer: &str) {
        for (index, parameter) in list.as_sequence_mut().into_iter().flatten().enumerate() {
            self.parameter(parameter, &child(pointer, &index.to_string()));
        }
    }

    /// A parameter or a header: a `schema` or a `content` map.
    fn parameter(&mut self, parameter: &mut Value, pointer: &str) {
        if let Some(schema) = parameter.get_mut("schema") {
            self.schema(schema, &child(pointer, "schema"));
        }
        self.content_of(parameter, pointer);
    }

    fn response(&mut self, response: &mut Value, pointer: &str) {
        self.content_of(response, pointer);
        if let Some(headers) = response.get_mut("headers").and_then(Value::as_mapping_mut) {
            for (name, header) in headers.iter_mut() {
                self.parameter(header, &child(&child(pointer, "headers"), &key_text(name)));
            }
        }
    }

    /// The schemas of the media types under `holder/content`.
    fn content_of(&mut self, holder: &mut Value, pointer: &str) {
        let Some(content) = holder.get_mut("content").and_then(Value::as_mapping_mut) else {
            return;
        };
        for (media_type, media) in content.iter_mut() {
            let at = child(&child(pointer, "content"), &key_text(media_type));
            if let Some(schema) = media.get_mut("schema") {
                self.schema(schema, &child(&at, "schema"));
            }
        }
    }

    fn schema(&mut self, value: &mut Value, pointer: &str) {
        if let Value::Bool(allowed) = value {
            if !*allowed {
                self.warn(
                    pointer,
                    "the boolean schema `false` (no value is valid) is read as any value",
                );
            }
            *value = Value::Mapping(Mapping::new());
            return;
        }
        let Some(map) = value.as_mapping_mut() else {
            return;
        };
        if self.version == Version::Swagger2 {
            swagger_keywords(map);
        }
        if self.version == Version::OpenApi31 {
            self.json_schema_keywords(map, pointer);
        }
        if map.contains_key("$ref") {
            self.ref_siblings(map, pointer);
            if map.contains_key("$ref") {
                return;
            }
        }
        self.item_list(map, pointer);
        // `{type: null}` branches and type lists are 3.1, but 2.0 and 3.0 documents written by
        // newer tools carry them too.
        self.null_branches(map, pointer);
        self.type_list(map, pointer);
        distribute_keywords(map);
        self.children(map, pointer);
    }

    fn children(&mut self, map: &mut Mapping, pointer: &str) {
        for (key, value) in map.iter_mut() {
            let key = key_text(key);
            let at = child(pointer, &key);
            match key.as_str() {
                "properties" => {
                    for (name, property) in value.as_mapping_mut().into_iter().flatten() {
                        self.schema(property, &child(&at, &key_text(name)));
                    }
                }
                "allOf" | "anyOf" | "oneOf" => {
                    for (index, part) in value.as_sequence_mut().into_iter().flatten().enumerate() {
                        self.schema(part, &child(&at, &index.to_string()));
                    }
                }
                "items" | "not" => self.schema(value, &at),
                // `true` and `false` are the 3.0 forms here too.
                "additionalProperties" if value.is_mapping() => self.schema(value, &at),
                _ => {}
            }
        }
        if let Some(Value::Mapping(definitions)) = take(map, "$defs") {
            for (name, mut schema) in definitions {
                let name = key_text(&name);
                self.schema(&mut schema, &child(&child(pointer, "$defs"), &name));
                self.hoisted.push((pointer.to_string(), name, schema));
            }
        }
    }

    /// `{$ref, description, nullable}` → `{allOf: [{$ref}], description, nullable}`: OpenAPI 3.0
    /// ignores siblings of a reference, but specs mean them (and 3.1 applies them).
    fn ref_siblings(&mut self, map: &mut Mapping, pointer: &str) {
        if map.len() == 1 {
            return;
        }
        let mut kept = Mapping::new();
        let mut reference = None;
        for (key, value) in std::mem::take(map) {
            let name = key_text(&key);
            match name.as_str() {
                "$ref" => reference = Some(value),
                "nullable" | "readOnly" | "writeOnly" | "deprecated"
                    if value == Value::Bool(false) => {}
                // A Reference Object's own summary (3.1): text for documentation tools.
                "summary" => {}
                _ if REF_ANNOTATIONS.contains(&name.as_str()) || name.starts_with("x-") => {
                    kept.insert(key, value);
                }
                _ => self.warn(
                    &child(pointer, &name),
                    format!(
                        "`{name}` beside a `$ref` is not applied to the referenced schema; ignored"
                    ),
                ),
            }
        }
        let Some(reference) = reference else {
            return;
        };
        let only_extensions = kept.keys().all(|key| key_text(key).starts_with("x-"));
        let mut target = Mapping::new();
        target.insert(text("$ref"), reference);
        if only_extensions {
            *map = target;
            map.extend(kept);
        } else {
            *map = Mapping::new();
            set(map, "allOf", Value::Sequence(vec![Value::Mapping(target)]));
            map.extend(kept);
            self.out
                .passes
                .push(vec![(child(pointer, "allOf/0"), pointer.to_string())]);
        }
    }

    /// 3.1 keywords that have a 3.0 spelling, and those with none.
    fn json_schema_keywords(&mut self, map: &mut Mapping, pointer: &str) {
        for key in IDENTIFIERS {
            take(map, key);
        }
        if map.get("type").and_then(Value::as_str) == Some("null") {
            take(map, "type");
            set(map, "nullable", Value::Bool(true));
        }
        if let Some(value) = take(map, "const") {
            if value.is_null() {
                set(map, "nullable", Value::Bool(true));
            } else {
                if !map.contains_key("type") {
                    if let Some(kind) = type_of_value(&value) {
                        set(map, "type", text(kind));
                    }
                }
                set(map, "enum", Value::Sequence(vec![value]));
            }
        }
        if let Some(examples) = take(map, "examples") {
            if let (false, Some(first)) = (
                map.contains_key("example"),
                examples.as_sequence().and_then(|list| list.first()),
            ) {
                set(map, "example", first.clone());
            }
        }
        for (exclusive, bound) in [
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ] {
            if let Some(Value::Number(limit)) = map.get(exclusive).cloned() {
                set(map, bound, Value::Number(limit));
                set(map, exclusive, Value::Bool(true));
            }
        }
        let encoding = take(map, "contentEncoding");
        let media_type = take(map, "contentMediaType");
        if !map.contains_key("format") && (encoding.is_some() || media_type.is_some()) {
            let format = match encoding.as_ref().and_then(Value::as_str) {
                Some("base64" | "base64url") => Some("byte"),
                Some(_) => Some("binary"),
                None => media_type
                    .as_ref()
                    .and_then(Value::as_str)
                    .filter(|media| !is_text(media))
                    .map(|_| "binary"),
            };
            if let Some(format) = format {
                set(map, "format", text(format));
                if !map.contains_key("type") {
                    set(map, "type", text("string"));
                }
            }
        }
        if let Some(prefix) = take(map, "prefixItems") {
            let closed = matches!(map.get("items"), Some(Value::Bool(false)));
            if closed || !map.contains_key("items") {
                set(map, "items", Value::Mapping(Mapping::new()));
            }
            let count = prefix.as_sequence().map_or(0, Vec::len);
            self.warn(
                &child(pointer, "prefixItems"),
                format!("a tuple (`prefixItems`, {count} positions) is generated as a list of JSON values"),
            );
        }
        if let Some(unevaluated) = take(map, "unevaluatedProperties") {
            if !map.contains_key("additionalProperties") {
                set(map, "additionalProperties", unevaluated);
            }
        }
        take(map, "unevaluatedItems");
        if let Some(patterns) = take(map, "patternProperties") {
            let values: Vec<Value> = patterns
                .as_mapping()
                .map(|patterns| patterns.values().cloned().collect())
                .unwrap_or_default();
            if let ([only], false) = (values.as_slice(), map.contains_key("additionalProperties")) {
                set(map, "additionalProperties", only.clone());
                self.warn(
                    &child(pointer, "patternProperties"),
                    "`patternProperties` read as `additionalProperties`: keys are not checked against the pattern",
                );
            } else {
                self.warn(
                    &child(pointer, "patternProperties"),
                    "`patternProperties` with several patterns (or beside `additionalProperties`) is not generated; ignored",
                );
            }
        }
        for key in NOT_GENERATED {
            if take(map, key).is_some() {
                self.warn(
                    &child(pointer, key),
                    format!("JSON Schema keyword `{key}` is not generated (no type or check comes from it); ignored"),
                );
            }
        }
    }

    /// `items: [A, B]` (draft 4's positional items, which no OpenAPI version allows): an item is
    /// any of them.
    fn item_list(&mut self, map: &mut Mapping, pointer: &str) {
        let Some(Value::Sequence(list)) = map.get_mut("items") else {
            return;
        };
        let list = std::mem::take(list);
        let at = child(pointer, "items");
        let items = if list.len() == 1 {
            self.out.passes.push(vec![(at.clone(), child(&at, "0"))]);
            list.into_iter().next().unwrap_or_default()
        } else {
            self.warn(
                &at,
                "a list of item schemas (positional items) is read as: each item is any of them",
            );
            self.out
                .passes
                .push(vec![(child(&at, "anyOf"), at.clone())]);
            let mut any = Mapping::new();
            set(&mut any, "anyOf", Value::Sequence(list));
            Value::Mapping(any)
        };
        set(map, "items", items);
        if !map.contains_key("type") {
            set(map, "type", text("array"));
        }
    }

    /// `anyOf: [T, {type: null}]` (pydantic, utoipa): `T`, nullable.
    fn null_branches(&mut self, map: &mut Mapping, pointer: &str) {
        for keyword in ["anyOf", "oneOf"] {
            let Some(Value::Sequence(parts)) = map.get_mut(keyword) else {
                continue;
            };
            if !parts.iter().any(is_null_schema) {
                continue;
            }
            let at = child(pointer, keyword);
            let mut pass = Vec::new();
            let mut kept = Vec::new();
            for (index, part) in std::mem::take(parts).into_iter().enumerate() {
                if is_null_schema(&part) {
                    continue;
                }
                if kept.len() != index {
                    pass.push((
                        child(&at, &kept.len().to_string()),
                        child(&at, &index.to_string()),
                    ));
                }
                kept.push(part);
            }
            let empty = kept.is_empty();
            *parts = kept;
            if empty {
                take(map, keyword);
            }
            set(map, "nullable", Value::Bool(true));
            self.out.passes.push(pass);
        }
    }

    /// `type: [string, "null"]` → `type: string, nullable: true`; several types → a `oneOf` of
    /// one branch per type, each with the keywords that apply to it.
    fn type_list(&mut self, map: &mut Mapping, pointer: &str) {
        let Some(Value::Sequence(types)) = map.get("type") else {
            return;
        };
        let mut names: Vec<String> = types
            .iter()
            .filter_map(|kind| kind.as_str().map(str::to_string))
            .collect();
        if names.iter().any(|name| name == "null") {
            set(map, "nullable", Value::Bool(true));
            names.retain(|name| name != "null");
        }
        names.dedup();
        match names.as_slice() {
            [] => {
                take(map, "type");
            }
            [only] => set(map, "type", text(only)),
            _ if map.contains_key("oneOf") || map.contains_key("anyOf") => {
                set(map, "type", text(&names[0]));
                self.warn(
                    &child(pointer, "type"),
                    format!(
                        "a list of types beside `oneOf`/`anyOf` is read as its first, `{}`",
                        names[0]
                    ),
                );
            }
            _ => {
                take(map, "type");
                let mut branches = Vec::new();
                let mut pass = Vec::new();
                for (index, name) in names.iter().enumerate() {
                    let mut branch = Mapping::new();
                    set(&mut branch, "type", text(name));
                    for keyword in keywords_of(name) {
                        if let Some(value) = map.get(*keyword) {
                            if *keyword == "format" && !format_fits(value, name) {
                                continue;
                            }
                            branch.insert(text(keyword), value.clone());
                        }
                    }
                    if let Some(Value::Sequence(values)) = map.get("enum") {
                        let fitting: Vec<Value> = values
                            .iter()
                            .filter(|value| {
                                type_of_value(value).is_some_and(|kind| fits(kind, name))
                            })
                            .cloned()
                            .collect();
                        if !fitting.is_empty() {
                            set(&mut branch, "enum", Value::Sequence(fitting));
                        }
                    }
                    pass.push((
                        child(pointer, &format!("oneOf/{index}")),
                        pointer.to_string(),
                    ));
                    branches.push(Value::Mapping(branch));
                }
                for name in &names {
                    for keyword in keywords_of(name) {
                        take(map, keyword);
                    }
                }
                take(map, "enum");
                set(map, "oneOf", Value::Sequence(branches));
                self.out.passes.push(pass);
            }
        }
    }

    /// Moves the `$defs` taken out of schemas into `components/schemas` and points their
    /// references there.
    fn hoist(&mut self, document: &mut Value) {
        if self.hoisted.is_empty() {
            return;
        }
        let Some(root) = document.as_mapping_mut() else {
            return;
        };
        let schemas =
            super::tree::mapping_at(super::tree::mapping_at(root, "components"), "schemas");
        let mut renamed = Vec::new();
        for (parent, name, schema) in std::mem::take(&mut self.hoisted) {
            let mut unique = name.clone();
            let mut counter = 2;
            while schemas.contains_key(unique.as_str()) {
                unique = format!("{name}{counter}");
                counter += 1;
            }
            schemas.insert(text(&unique), schema);
            let to = child("/components/schemas", &unique);
            let from = child(&child(&parent, "$defs"), &name);
            self.out.passes.push(vec![(to.clone(), from.clone())]);
            renamed.push((format!("#{from}"), format!("#{to}")));
        }
        rewrite_refs(document, &|reference| {
            renamed.iter().find_map(|(old, new)| {
                let rest = reference.strip_prefix(old.as_str())?;
                (rest.is_empty() || rest.starts_with('/')).then(|| format!("{new}{rest}"))
            })
        });
    }
}

/// `{items: {...}, oneOf: [{type: array}, {type: string}]}` (Vercel): the keywords of a type
/// written beside a composition whose bare branch has that type belong to that branch.
fn distribute_keywords(map: &mut Mapping) {
    for keyword in ["oneOf", "anyOf"] {
        let mut moved = Vec::new();
        let Some(Value::Sequence(branches)) = map.get(keyword) else {
            continue;
        };
        let mut branches = branches.clone();
        for branch in branches.iter_mut().filter_map(Value::as_mapping_mut) {
            let Some(kind) = branch
                .get("type")
                .and_then(Value::as_str)
                .map(str::to_string)
            else {
                continue;
            };
            if branch.len() != 1 {
                continue;
            }
            for key in keywords_of(&kind) {
                if let Some(value) = map.get(*key) {
                    if *key == "format" && !format_fits(value, &kind) {
                        continue;
                    }
                    branch.insert(text(key), value.clone());
                    moved.push(*key);
                }
            }
        }
        if moved.is_empty() {
            continue;
        }
        for key in moved {
            take(map, key);
        }
        set(map, keyword, Value::Sequence(branches));
    }
}

/// Swagger 2.0's own schema spellings.
fn swagger_keywords(map: &mut Mapping) {
    if let Some(nullable) = take(map, "x-nullable") {
        if nullable == Value::Bool(true) {
            set(map, "nullable", nullable);
        }
    }
    if map.get("type").and_then(Value::as_str) == Some("file") {
        set(map, "type", text("string"));
        set(map, "format", text("binary"));
    }
    if let Some(Value::String(property)) = map.get("discriminator").cloned() {
        let mut discriminator = Mapping::new();
        set(&mut discriminator, "propertyName", Value::String(property));
        set(map, "discriminator", Value::Mapping(discriminator));
    }
}

/// `{type: null}`, `{type: [null]}`, `{enum: [null]}`, `{const: null}`, with at most a title or
/// description: a branch that only admits `null`.
fn is_null_schema(value: &Value) -> bool {
    let Some(map) = value.as_mapping() else {
        return false;
    };
    let null_only = |key: &str| match map.get(key) {
        Some(Value::String(kind)) => key == "type" && kind == "null",
        Some(Value::Sequence(items)) => {
            items.len() == 1 && (items[0].is_null() || items[0].as_str() == Some("null"))
        }
        Some(Value::Null) => key == "const",
        _ => false,
    };
    let marked = null_only("type") || null_only("enum") || null_only("const");
    marked
        && map.keys().all(|key| {
            matches!(
                key.as_str(),
                Some("type" | "enum" | "const" | "title" | "description")
            )
        })
}

fn type_of_value(value: &Value) -> Option<&'static str> {
    match value {
        Value::String(_) => Some("string"),
        Value::Bool(_) => Some("boolean"),
        Value::Number(number) if number.is_i64() || number.is_u64() => Some("integer"),
        Value::Number(_) => Some("number"),
        Value::Sequence(_) => Some("array"),
        Value::Mapping(_) => Some("object"),
        _ => None,
    }
}

fn fits(value_kind: &str, declared: &str) -> bool {
    value_kind == declared || (value_kind == "integer" && declared == "number")
}

fn keywords_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "string" => &["format", "pattern", "minLength", "maxLength"],
        "integer" | "number" => &[
            "format",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
        ],
        "array" => &["items", "minItems", "maxItems", "uniqueItems"],
        "object" => &[
            "properties",
            "required",
            "additionalProperties",
            "minProperties",
            "maxProperties",
        ],
        _ => &[],
    }
}

fn format_fits(format: &Value, kind: &str) -> bool {
    let numeric = matches!(
        format.as_str(),
        Some(
            "int32"
                | "int64"
                | "float"
                | "double"
                | "int8"
                | "int16"
                | "uint8"
                | "uint32"
                | "uint64"
        )
    );
    numeric == matches!(kind, "integer" | "number")
}

/// Media types whose content is text, so a string of them is not binary.
fn is_text(media_type: &str) -> bool {
    media_type.starts_with("text/")
        || media_type.contains("json")
        || media_type.contains("xml")
        || media_type == "application/x-www-form-urlencoded"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rewrites `schema` as component `S` of a document of `version`; returns it and the warnings.
    fn rewritten(version: Version, schema: &str) -> (Value, Vec<String>) {
        let mut document: Value =
            serde_yaml::from_str(&format!("components:\n  schemas:\n    S: {schema}\n")).unwrap();
        let out = rewrite(&mut document, version);
        let schemas = document["components"]["schemas"].clone();
        (
            schemas,
            out.warnings
                .into_iter()
                .map(|(p, m)| format!("{p}: {m}"))
                .collect(),
        )
    }

    fn yaml(text: &str) -> Value {
        serde_yaml::from_str(text).unwrap()
    }

    #[test]
    fn null_in_type_lists_and_branches_is_nullable() {
        let (schemas, warnings) = rewritten(
            Version::OpenApi31,
            "{properties: {a: {type: [string, 'null']}, b: {anyOf: [{$ref: '#/x'}, {type: 'null'}]}, c: {type: [integer, string]}}}",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let properties = &schemas["S"]["properties"];
        assert_eq!(properties["a"], yaml("{type: string, nullable: true}"));
        assert_eq!(
            properties["b"],
            yaml("{anyOf: [{$ref: '#/x'}], nullable: true}")
        );
        assert_eq!(
            properties["c"],
            yaml("{oneOf: [{type: integer}, {type: string}]}")
        );
    }

    #[test]
    fn const_examples_bounds_and_encodings_have_3_0_spellings() {
        let (schemas, _) = rewritten(
            Version::OpenApi31,
            "{properties: {k: {const: on}, n: {type: number, exclusiveMinimum: 0, examples: [3]}, b: {type: string, contentEncoding: base64}, f: {contentMediaType: image/png}}}",
        );
        let properties = &schemas["S"]["properties"];
        assert_eq!(properties["k"], yaml("{type: string, enum: ['on']}"));
        assert_eq!(
            properties["n"],
            yaml("{type: number, exclusiveMinimum: true, minimum: 0, example: 3}")
        );
        assert_eq!(properties["b"], yaml("{type: string, format: byte}"));
        assert_eq!(properties["f"], yaml("{format: binary, type: string}"));
    }

    #[test]
    fn ref_siblings_are_kept_in_every_version_and_others_warned() {
        for version in [Version::Swagger2, Version::OpenApi30, Version::OpenApi31] {
            let (schemas, warnings) = rewritten(
                version,
                "{$ref: '#/components/schemas/T', description: d, nullable: true, type: object}",
            );
            assert_eq!(
                schemas["S"],
                yaml("{allOf: [{$ref: '#/components/schemas/T'}], description: d, nullable: true}")
            );
            assert_eq!(
                warnings,
                ["/components/schemas/S/type: `type` beside a `$ref` is not applied to the referenced schema; ignored"]
            );
        }
    }

    #[test]
    fn defs_are_hoisted_and_their_references_follow() {
        let mut document = yaml(
            "components:\n  schemas:\n    Line: {}\n    S:\n      properties: {l: {$ref: '#/components/schemas/S/$defs/Line'}}\n      $defs: {Line: {type: integer}}\n",
        );
        let out = rewrite(&mut document, Version::OpenApi31);
        let schemas = &document["components"]["schemas"];
        assert_eq!(schemas["Line2"], yaml("{type: integer}"));
        assert_eq!(
            schemas["S"],
            yaml("{properties: {l: {$ref: '#/components/schemas/Line2'}}}")
        );
        assert!(out.passes.contains(&vec![(
            "/components/schemas/Line2".to_string(),
            "/components/schemas/S/$defs/Line".to_string()
        )]));
    }

    #[test]
    fn keywords_beside_a_composition_go_to_the_branch_of_their_type() {
        let (schemas, _) = rewritten(
            Version::OpenApi31,
            "{items: {type: string}, maxItems: 3, oneOf: [{type: array}, {type: string}]}",
        );
        assert_eq!(
            schemas["S"],
            yaml("{oneOf: [{type: array, items: {type: string}, maxItems: 3}, {type: string}]}")
        );
    }

    #[test]
    fn swagger_spellings_become_3_0() {
        let (schemas, _) = rewritten(
            Version::Swagger2,
            "{discriminator: kind, properties: {f: {type: file}, n: {type: string, x-nullable: true}}}",
        );
        assert_eq!(schemas["S"]["discriminator"], yaml("{propertyName: kind}"));
        assert_eq!(
            schemas["S"]["properties"]["f"],
            yaml("{type: string, format: binary}")
        );
        assert_eq!(
            schemas["S"]["properties"]["n"],
            yaml("{type: string, nullable: true}")
        );
    }
}
