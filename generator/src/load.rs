//! Load: text (YAML or JSON) to an `openapiv3::OpenAPI`, checked for the version and for unknown
//! keys, with a source map so that later stages can locate their diagnostics.

use openapiv3::OpenAPI;
use serde_path_to_error::Segment;

use crate::diagnostics::{child, Diagnostic, Diagnostics, Severity};
use crate::keys;
use crate::refs;
use crate::source_map::SourceMap;

/// A parsed spec and where its nodes came from.
pub struct Loaded {
    pub document: OpenAPI,
    /// Schemas that reference normalization moved into `components/schemas`.
    pub moved: Vec<refs::Moved>,
    /// Pointers of the specification extensions (`x-` keys), in document order.
    pub extensions: Vec<String>,
    /// Constructs the loader skipped or repaired, located.
    pub warnings: Vec<Diagnostic>,
}

/// Parses `text`; on failure returns every problem found, located.
pub fn load(file: &str, text: &str, map: &SourceMap) -> Result<Loaded, Vec<Diagnostic>> {
    let mut raw = match parse(text) {
        Ok(value) => value,
        Err(error) => return Err(vec![syntax_error(file, text, &error)]),
    };
    let mut diagnostics = Diagnostics::new(file, map);
    if !check_version(&raw, &mut diagnostics) {
        return Err(diagnostics.into_sorted());
    }
    if remove_webhooks(&mut raw) {
        diagnostics.warning(
            "/webhooks",
            "webhooks (OpenAPI 3.1) are not generated; skipped",
        );
    }
    let checked = keys::check(&raw);
    for problem in checked.problems {
        diagnostics.error_with_help(&problem.pointer, problem.message, problem.help);
    }
    let repairs = repair(&mut raw);
    for pointer in &repairs.callbacks {
        diagnostics.warning(pointer, "callbacks are not generated; skipped");
    }
    for (pointer, message) in repairs.responses {
        diagnostics.warning(&pointer, message);
    }
    // Deeply nested schemas, one level at a time: the typed parse's retries are exponential in
    // the depth of a mistake.
    let shapes = crate::schema_shapes::check(&raw);
    if !shapes.is_empty() {
        for (pointer, message) in shapes {
            diagnostics.error(&pointer, message);
        }
        return Err(diagnostics.into_sorted());
    }
    // The plain deserializer first: tracking the path costs a wrapper at every node, so it only
    // runs again, to locate the error, when there is one. (Deserializing the tree by value saves
    // no memory, the peak is while parsing, and costs 4% more instructions.)
    let document = match <OpenAPI as serde::Deserialize>::deserialize(&raw)
        .or_else(|_| serde_path_to_error::deserialize::<_, OpenAPI>(&raw))
    {
        Ok(document) => Some(document),
        Err(error) => {
            let pointer = pointer_of(error.path());
            let (pointer, message) =
                narrow(&raw, &pointer).unwrap_or_else(|| (pointer, error.into_inner().to_string()));
            diagnostics.error(
                &pointer,
                format!("not a valid OpenAPI 3.0 document: {message}"),
            );
            None
        }
    };
    match document {
        Some(document) if !diagnostics.has_errors() => Ok(Loaded {
            document,
            moved: repairs.moved,
            extensions: checked.extensions,
            warnings: diagnostics.into_sorted(),
        }),
        _ => Err(diagnostics.into_sorted()),
    }
}

/// Webhooks are OpenAPI 3.1, but 3.0 documents written against newer tooling carry them; like
/// callbacks they describe requests the API sends, which nothing generated here handles.
fn remove_webhooks(raw: &mut serde_yaml::Value) -> bool {
    raw.as_mapping_mut()
        .is_some_and(|root| root.remove("webhooks").is_some())
}

/// What [`repair`] changed.
struct Repairs {
    /// Pointers of the callbacks removed.
    callbacks: Vec<String>,
    /// Response references read as their evident intent: (pointer, warning).
    responses: Vec<(String, String)>,
    /// Schemas that reference normalization moved into `components/schemas`.
    moved: Vec<refs::Moved>,
}

/// Brings the tree into the shape openapiv3 reads: extensions under `paths` and callbacks out,
/// response references repaired, inline schemas that references point into moved to components.
fn repair(raw: &mut serde_yaml::Value) -> Repairs {
    drop_path_extensions(raw);
    let callbacks = refs::remove_callbacks(raw);
    let responses = refs::repair_response_refs(raw);
    let moved = refs::normalize(raw);
    Repairs {
        callbacks,
        responses,
        moved,
    }
}

/// openapiv3 reads every key of the Paths Object as a path, so an extension there (recorded by the
/// key check, reported as ignored) would fail the typed parse.
fn drop_path_extensions(raw: &mut serde_yaml::Value) {
    if let Some(paths) = raw
        .get_mut("paths")
        .and_then(|paths| paths.as_mapping_mut())
    {
        paths.retain(|key, _| !key.as_str().is_some_and(|key| key.starts_with("x-")));
    }
}

/// Where serde_yaml's unlocated refusal of a second document starts: the first `---` or `...`
/// line after some content, or the document's start.
fn second_document(text: &str) -> (usize, usize) {
    let mut seen_content = false;
    for (index, line) in text.lines().enumerate() {
        if seen_content && (line.starts_with("---") || line.starts_with("...")) {
            return (index + 1, 1);
        }
        seen_content |= !line.trim().is_empty() && !line.trim_start().starts_with('#');
    }
    (1, 1)
}

/// YAML, or JSON through serde_json when the text is a JSON object: YAML's integers stop at 64 bits,
/// while JSON specs carry bounds like `maximum: 18446744073709551616` that serde_json reads as floats.
fn parse(text: &str) -> Result<serde_yaml::Value, serde_yaml::Error> {
    if text.trim_start().starts_with('{') {
        if let Ok(json) = serde_json::from_str::<serde_json::Value>(text) {
            return serde_yaml::to_value(json);
        }
    }
    serde_yaml::from_str(text)
}

fn syntax_error(file: &str, text: &str, error: &serde_yaml::Error) -> Diagnostic {
    let (line, column) = error
        .location()
        .map(|l| (l.line(), l.column()))
        .unwrap_or_else(|| second_document(text));
    // serde_yaml appends "at line X column Y" itself; the location is already in front.
    let message = error.to_string();
    let message = match message.find(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message,
    };
    Diagnostic {
        severity: Severity::Error,
        file: crate::escape::one_line(file),
        line,
        column,
        pointer: String::new(),
        message: crate::escape::one_line(&format!("not valid YAML or JSON: {message}")),
        help: None,
    }
}

/// Rejects anything but OpenAPI 3.0.x with a message that says what was found.
fn check_version(raw: &serde_yaml::Value, diagnostics: &mut Diagnostics) -> bool {
    let Some(mapping) = raw.as_mapping() else {
        diagnostics.error(
            "",
            "the document is not a mapping; expected an OpenAPI 3.0 object",
        );
        return false;
    };
    let as_text = |key: &str| {
        mapping.get(key).map(|value| match value {
            serde_yaml::Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other)
                .unwrap_or_default()
                .trim()
                .to_string(),
        })
    };
    if let Some(version) = as_text("swagger") {
        diagnostics.error(
            "/swagger",
            format!("found Swagger {version}; this generator supports OpenAPI 3.0.x (convert it first, e.g. with swagger2openapi)"),
        );
        return false;
    }
    match as_text("openapi") {
        Some(version) if version.starts_with("3.0.") || version == "3.0" => true,
        Some(version) => {
            diagnostics.error(
                "/openapi",
                format!("found OpenAPI {version}; this generator supports OpenAPI 3.0.x"),
            );
            false
        }
        None => {
            diagnostics.error(
                "",
                "missing `openapi` version field; this generator supports OpenAPI 3.0.x",
            );
            false
        }
    }
}

/// openapiv3 flattens and uses untagged enums, which hide where inside a path item or component a
/// type error sits. Deserializing the pieces under `pointer` one at a time finds the smallest one
/// that fails, with its own path.
fn narrow(raw: &serde_yaml::Value, pointer: &str) -> Option<(String, String)> {
    fn first_error<T: serde::de::DeserializeOwned>(
        value: &serde_yaml::Value,
        base: &str,
    ) -> Option<(String, String)> {
        serde_path_to_error::deserialize::<_, T>(value.clone())
            .err()
            .map(|error| {
                let inner = pointer_of(error.path());
                (format!("{base}{inner}"), error.into_inner().to_string())
            })
    }
    fn entries<'v>(
        value: &'v serde_yaml::Value,
        base: &str,
    ) -> Vec<(String, &'v serde_yaml::Value)> {
        value
            .as_mapping()
            .map(|mapping| {
                mapping
                    .iter()
                    .filter_map(|(key, value)| Some((child(base, key.as_str()?), value)))
                    .collect()
            })
            .unwrap_or_default()
    }
    let mut found = None;
    match pointer {
        "/paths" => {
            for (item_pointer, item) in entries(raw.get("paths")?, "/paths") {
                for (operation_pointer, operation) in entries(item, &item_pointer) {
                    if operation_pointer.ends_with("/parameters")
                        || operation_pointer.contains("/x-")
                    {
                        continue;
                    }
                    if let Some((at, message)) = narrow_operation(operation, &operation_pointer) {
                        found.get_or_insert((at, message));
                    }
                }
                if found.is_none() {
                    found = first_error::<openapiv3::ReferenceOr<openapiv3::PathItem>>(
                        item,
                        &item_pointer,
                    );
                }
            }
        }
        "/components" => {
            for (section_pointer, section) in entries(raw.get("components")?, "/components") {
                for (entry_pointer, entry) in entries(section, &section_pointer) {
                    let error = match section_pointer.as_str() {
                        "/components/schemas" => first_error::<
                            openapiv3::ReferenceOr<openapiv3::Schema>,
                        >(entry, &entry_pointer),
                        "/components/parameters" => first_error::<
                            openapiv3::ReferenceOr<openapiv3::Parameter>,
                        >(entry, &entry_pointer),
                        "/components/responses" => first_error::<
                            openapiv3::ReferenceOr<openapiv3::Response>,
                        >(entry, &entry_pointer),
                        "/components/requestBodies" => first_error::<
                            openapiv3::ReferenceOr<openapiv3::RequestBody>,
                        >(
                            entry, &entry_pointer
                        ),
                        "/components/securitySchemes" => first_error::<
                            openapiv3::ReferenceOr<openapiv3::SecurityScheme>,
                        >(
                            entry, &entry_pointer
                        ),
                        _ => None,
                    };
                    if found.is_none() {
                        found = error;
                    }
                }
            }
        }
        _ => {}
    }
    found
}

/// The first type error inside one operation: its parameters, body and responses one by one.
fn narrow_operation(operation: &serde_yaml::Value, base: &str) -> Option<(String, String)> {
    fn each<T: serde::de::DeserializeOwned>(
        list: Option<&serde_yaml::Value>,
        base: &str,
    ) -> Option<(String, String)> {
        let list = list?;
        let items: Vec<(String, &serde_yaml::Value)> = match list {
            serde_yaml::Value::Sequence(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (child(base, &i.to_string()), v))
                .collect(),
            serde_yaml::Value::Mapping(mapping) => mapping
                .iter()
                .filter_map(|(k, v)| {
                    let key = match k {
                        serde_yaml::Value::String(s) => s.clone(),
                        serde_yaml::Value::Number(n) => n.to_string(),
                        _ => return None,
                    };
                    (!key.starts_with("x-")).then(|| (child(base, &key), v))
                })
                .collect(),
            _ => return None,
        };
        items.into_iter().find_map(|(pointer, value)| {
            serde_path_to_error::deserialize::<_, T>(value.clone())
                .err()
                .map(|error| {
                    (
                        format!("{pointer}{}", pointer_of(error.path())),
                        error.into_inner().to_string(),
                    )
                })
        })
    }
    each::<openapiv3::ReferenceOr<openapiv3::Parameter>>(
        operation.get("parameters"),
        &child(base, "parameters"),
    )
    .or_else(|| {
        let body = operation.get("requestBody")?;
        serde_path_to_error::deserialize::<_, openapiv3::ReferenceOr<openapiv3::RequestBody>>(
            body.clone(),
        )
        .err()
        .map(|e| {
            (
                format!("{}{}", child(base, "requestBody"), pointer_of(e.path())),
                e.into_inner().to_string(),
            )
        })
    })
    .or_else(|| {
        each::<openapiv3::ReferenceOr<openapiv3::Response>>(
            operation.get("responses"),
            &child(base, "responses"),
        )
    })
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    path.iter()
        .fold(String::new(), |pointer, segment| match segment {
            Segment::Seq { index } => child(&pointer, &index.to_string()),
            Segment::Map { key } => child(&pointer, key),
            Segment::Enum { variant } => child(&pointer, variant),
            Segment::Unknown => pointer,
        })
}
