//! OpenAPI 3.1 documents to the 3.0 layout: the document-level differences. Schemas are
//! rewritten by [`super::schemas`].

use serde_yaml::{Mapping, Value};

use super::tree::{key_text, set, take, text};
use crate::pointer::child;

/// What the conversion did.
#[derive(Default)]
pub struct Converted {
    /// Warnings at pointers of the converted document.
    pub warnings: Vec<(String, String)>,
    /// Path items copied from `components/pathItems`: (path pointer, component pointer).
    pub moves: Vec<(String, String)>,
}

/// Rewrites the document in place.
pub fn convert(document: &mut Value) -> Converted {
    let mut converted = Converted::default();
    let Some(root) = document.as_mapping_mut() else {
        return converted;
    };
    let Converted { warnings, moves } = &mut converted;
    set(root, "openapi", text("3.0.3"));
    take(root, "jsonSchemaDialect");
    if let Some(info) = root.get_mut("info").and_then(Value::as_mapping_mut) {
        // 3.1's one-line summary leads the crate documentation, as a title line would.
        if let Some(Value::String(summary)) = take(info, "summary") {
            let description = match info.get("description").and_then(Value::as_str) {
                Some(description) => format!("{summary}\n\n{description}"),
                None => summary,
            };
            set(info, "description", Value::String(description));
        }
        if let Some(license) = info.get_mut("license").and_then(Value::as_mapping_mut) {
            // An SPDX identifier; the generated crate carries no license of the API.
            take(license, "identifier");
        }
    }
    if !root.contains_key("paths") {
        set(root, "paths", Value::Mapping(Mapping::new()));
    }
    let mut mutual_tls = Vec::new();
    let mut path_items = None;
    if let Some(components) = root.get_mut("components").and_then(Value::as_mapping_mut) {
        path_items = take(components, "pathItems").and_then(|items| match items {
            Value::Mapping(items) => Some(items),
            _ => None,
        });
        if let Some(schemes) = components
            .get_mut("securitySchemes")
            .and_then(Value::as_mapping_mut)
        {
            schemes.retain(|name, scheme| {
                let mutual = scheme.get("type").and_then(Value::as_str) == Some("mutualTLS");
                if mutual {
                    mutual_tls.push(key_text(name));
                }
                !mutual
            });
        }
    }
    for name in &mutual_tls {
        warnings.push((
            child("/components/securitySchemes", name),
            format!("security scheme `{name}` is mutual TLS: the TLS connection carries it, so it is left to the client's and server's TLS setup and removed from requirements"),
        ));
    }
    remove_schemes(root.get_mut("security"), &mutual_tls);
    let Some(paths) = root.get_mut("paths").and_then(Value::as_mapping_mut) else {
        return converted;
    };
    for (path, item) in paths.iter_mut() {
        // A path given as a reference to `components/pathItems` (3.1): that path item.
        let target = item
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| reference.strip_prefix("#/components/pathItems/"))
            .map(crate::pointer::unescape_segment);
        if let Some(name) = target {
            if let Some(found) = path_items
                .as_ref()
                .and_then(|items| items.get(name.as_str()))
            {
                *item = found.clone();
                moves.push((
                    child("/paths", &key_text(path)),
                    child("/components/pathItems", &name),
                ));
            }
        }
        let Some(item) = item.as_mapping_mut() else {
            continue;
        };
        for (method, operation) in item.iter_mut() {
            if !super::METHODS.contains(&key_text(method).as_str()) {
                continue;
            }
            let Some(operation) = operation.as_mapping_mut() else {
                continue;
            };
            // 3.1 makes `responses` optional: success is then all that can be said.
            if !operation.contains_key("responses") {
                set(operation, "responses", any_success());
                warnings.push((
                    child(&child("/paths", &key_text(path)), &key_text(method)),
                    "the operation documents no responses: any 2XX status is read as success without a body".to_string(),
                ));
            }
            remove_schemes(operation.get_mut("security"), &mutual_tls);
        }
    }
    converted
}

/// `responses: {2XX: {description: ...}}`.
pub fn any_success() -> Value {
    let mut response = Mapping::new();
    set(
        &mut response,
        "description",
        text("Success (no responses documented)"),
    );
    let mut responses = Mapping::new();
    set(&mut responses, "2XX", Value::Mapping(response));
    Value::Mapping(responses)
}

/// Takes the named schemes out of a list of security requirements.
fn remove_schemes(security: Option<&mut Value>, names: &[String]) {
    if names.is_empty() {
        return;
    }
    for requirement in security
        .and_then(Value::as_sequence_mut)
        .into_iter()
        .flatten()
    {
        if let Some(requirement) = requirement.as_mapping_mut() {
            requirement.retain(|name, _| !names.contains(&key_text(name)));
        }
    }
}
