//! Load: text (YAML or JSON) to an `openapiv3::OpenAPI`, checked for the version and for unknown
//! keys, with a source map so that later stages can locate their diagnostics.

use openapiv3::OpenAPI;
use serde_path_to_error::Segment;

use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::pointer::child;

mod keys;
mod oas31;
mod path_queries;
mod refs;
mod schemas;
mod source_map;
mod swagger2;
mod tree;
mod version;

pub use source_map::SourceMap;
use version::Version;

/// The methods of a Path Item Object, whose values are operations.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A parsed spec and where its nodes came from.
pub struct Loaded {
    pub document: OpenAPI,
    /// Pointers of the specification extensions (`x-` keys), in document order.
    pub extensions: Vec<String>,
    /// Constructs the loader skipped, repaired or converted with a loss, located.
    pub warnings: Vec<Diagnostic>,
}

/// Parses `text`, brings Swagger 2.0 and OpenAPI 3.1 documents to the 3.0 shape (recording in
/// `map` where each moved node came from); on failure returns every problem found, located.
pub fn load(file: &str, text: &str, map: &mut SourceMap) -> Result<Loaded, Vec<Diagnostic>> {
    let mut raw = match parse(text) {
        Ok(value) => value,
        Err(error) => return Err(vec![syntax_error(file, text, &error)]),
    };
    let version = match version::detect(&raw) {
        Ok(version) => version,
        Err((pointer, message)) => {
            let mut diagnostics = Diagnostics::new(file, map);
            diagnostics.error(&pointer, message);
            return Err(diagnostics.into_sorted());
        }
    };
    // Warnings at pointers of the document as written, and at pointers of the converted one.
    let mut as_written = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    match version {
        Version::Swagger2 => {
            let converted = swagger2::convert(&mut raw);
            map.record_moves(converted.moves);
            as_written = converted.warnings;
        }
        Version::OpenApi31 => {
            let converted = oas31::convert(&mut raw);
            map.record_moves(converted.moves);
            warnings = converted.warnings;
        }
        Version::OpenApi30 => {}
    }
    let stripped = path_queries::strip(&mut raw);
    map.record_moves(stripped.moves);
    warnings.extend(stripped.warnings);
    let rewritten = schemas::rewrite(&mut raw, version);
    for pass in rewritten.passes {
        map.record_moves(pass);
    }
    warnings.extend(rewritten.warnings);
    if remove_webhooks(&mut raw) {
        warnings.push((
            "/webhooks".to_string(),
            "webhooks (requests the API sends) are not generated; skipped".to_string(),
        ));
    }
    let checked = keys::check(&raw);
    for problem in checked.problems {
        // JSON Schema 2020-12 ignores keywords it does not know, so a 3.1 document may carry
        // its own: a warning (with the near miss, when there is one), not a refusal.
        if version == Version::OpenApi31 && problem.in_schema {
            let message = match problem.help {
                Some(help) => format!("{} ({help})", problem.message),
                None => problem.message,
            };
            warnings.push((
                problem.pointer,
                format!("{message}; ignored, as JSON Schema ignores unknown keywords"),
            ));
        } else {
            errors.push((problem.pointer, problem.message, problem.help));
        }
    }
    let repairs = repair(&mut raw);
    for pointer in repairs.callbacks {
        warnings.push((pointer, "callbacks are not generated; skipped".to_string()));
    }
    warnings.extend(repairs.responses);
    // Each hoist is a pass of its own: a target inside an earlier one moves again.
    for moved in repairs.moved {
        map.record_moves(vec![(moved.to, moved.from)]);
    }
    let mut diagnostics = Diagnostics::new(file, map);
    diagnostics.extend(as_written.into_iter().map(|(pointer, message)| {
        let (line, column) = map.locate(&pointer);
        // Spec text, written on one line (see `escape`).
        Diagnostic {
            severity: Severity::Warning,
            file: crate::escape::one_line(file),
            line,
            column,
            pointer: crate::escape::one_line(&pointer),
            message: crate::escape::one_line(&message),
            help: None,
        }
    }));
    for (pointer, message) in warnings {
        diagnostics.warning(&pointer, message);
    }
    for (pointer, message, help) in errors {
        diagnostics.error_with_help(&pointer, message, help);
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
            let read_as = match version {
                Version::OpenApi30 => "",
                Version::OpenApi31 => " (OpenAPI 3.1 read as 3.0)",
                Version::Swagger2 => " (Swagger 2.0 read as OpenAPI 3.0)",
            };
            diagnostics.error(
                &pointer,
                format!("not a valid OpenAPI 3.0 document{read_as}: {message}"),
            );
            None
        }
    };
    match document {
        Some(document) if !diagnostics.has_errors() => Ok(Loaded {
            document,
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
pub(crate) fn parse(text: &str) -> Result<serde_yaml::Value, serde_yaml::Error> {
    if text.trim_start().starts_with('{') {
        if let Ok(json) = serde_json::from_str::<serde_json::Value>(text) {
            return serde_yaml::to_value(json);
        }
    }
    serde_yaml::from_str(text).or_else(|error| {
        let beyond_64_bits = error.to_string().contains("as i128");
        match beyond_64_bits.then(|| big_integers(text)).flatten() {
            Some(value) => Ok(value),
            None => Err(error),
        }
    })
}

/// serde_yaml's values stop at 64-bit integers and refuse the document beyond them (OpenAI's
/// `minimum: -9223372036854776000`); yaml-rust2 reads such a number as a float, as JSON does.
fn big_integers(text: &str) -> Option<serde_yaml::Value> {
    use yaml_rust2::Yaml;
    fn convert(yaml: Yaml) -> serde_yaml::Value {
        match yaml {
            Yaml::Real(text) => text
                .parse::<f64>()
                .map(|number| serde_yaml::Value::Number(number.into()))
                .unwrap_or(serde_yaml::Value::String(text)),
            Yaml::Integer(number) => serde_yaml::Value::Number(number.into()),
            Yaml::String(text) => serde_yaml::Value::String(text),
            Yaml::Boolean(flag) => serde_yaml::Value::Bool(flag),
            Yaml::Array(items) => {
                serde_yaml::Value::Sequence(items.into_iter().map(convert).collect())
            }
            Yaml::Hash(entries) => serde_yaml::Value::Mapping(
                entries
                    .into_iter()
                    .map(|(key, value)| (convert(key), convert(value)))
                    .collect(),
            ),
            Yaml::Alias(_) | Yaml::Null | Yaml::BadValue => serde_yaml::Value::Null,
        }
    }
    let mut documents = yaml_rust2::YamlLoader::load_from_str(text).ok()?;
    (documents.len() == 1).then(|| convert(documents.remove(0)))
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
