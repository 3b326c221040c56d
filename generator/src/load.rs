//! Load: text (YAML or JSON) to an `openapiv3::OpenAPI`, checked for the version and for unknown
//! keys, with a source map so that later stages can locate their diagnostics.

use openapiv3::OpenAPI;
use serde_path_to_error::Segment;

use crate::diagnostics::{child, Diagnostic, Diagnostics, Severity};
use crate::keys;
use crate::source_map::SourceMap;

/// A parsed spec and where its nodes came from.
pub struct Loaded {
    pub document: OpenAPI,
}

/// Parses `text`; on failure returns every problem found, located.
pub fn load(file: &str, text: &str, map: &SourceMap) -> Result<Loaded, Vec<Diagnostic>> {
    let raw: serde_yaml::Value = match serde_yaml::from_str(text) {
        Ok(value) => value,
        Err(error) => return Err(vec![syntax_error(file, &error)]),
    };
    let mut diagnostics = Diagnostics::new(file, map);
    if !check_version(&raw, &mut diagnostics) {
        return Err(diagnostics.into_sorted());
    }
    for problem in keys::unknown_keys(&raw) {
        diagnostics.error(&problem.pointer, problem.message);
    }
    let document = match serde_path_to_error::deserialize::<_, OpenAPI>(raw) {
        Ok(document) => Some(document),
        Err(error) => {
            let pointer = pointer_of(error.path());
            let message = error.into_inner().to_string();
            diagnostics.error(&pointer, format!("not a valid OpenAPI 3.0 document: {message}"));
            None
        }
    };
    match document {
        Some(document) if !diagnostics.has_errors() => Ok(Loaded { document }),
        _ => Err(diagnostics.into_sorted()),
    }
}

fn syntax_error(file: &str, error: &serde_yaml::Error) -> Diagnostic {
    let (line, column) = error.location().map(|l| (l.line(), l.column())).unwrap_or((0, 0));
    // serde_yaml appends "at line X column Y" itself; the location is already in front.
    let message = error.to_string();
    let message = match message.find(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message,
    };
    Diagnostic {
        severity: Severity::Error,
        file: file.to_string(),
        line,
        column,
        pointer: String::new(),
        message: format!("not valid YAML or JSON: {message}"),
    }
}

/// Rejects anything but OpenAPI 3.0.x with a message that says what was found.
fn check_version(raw: &serde_yaml::Value, diagnostics: &mut Diagnostics) -> bool {
    let Some(mapping) = raw.as_mapping() else {
        diagnostics.error("", "the document is not a mapping; expected an OpenAPI 3.0 object");
        return false;
    };
    let as_text = |key: &str| {
        mapping.get(key).map(|value| match value {
            serde_yaml::Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other).unwrap_or_default().trim().to_string(),
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
            diagnostics.error("", "missing `openapi` version field; this generator supports OpenAPI 3.0.x");
            false
        }
    }
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    path.iter().fold(String::new(), |pointer, segment| match segment {
        Segment::Seq { index } => child(&pointer, &index.to_string()),
        Segment::Map { key } => child(&pointer, key),
        Segment::Enum { variant } => child(&pointer, variant),
        Segment::Unknown => pointer,
    })
}
