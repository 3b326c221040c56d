//! Swagger 2.0 documents to the OpenAPI 3.0 layout, on the value tree.
//!
//! Every node that changes place is recorded as a move (new pointer, pointer in the user's
//! document), so that a diagnostic about the converted document names the user's own line.
//! Schemas keep their 2.0 spellings (`type: file`, `x-nullable`, a string `discriminator`) here;
//! [`super::schemas`] rewrites them.

use serde_yaml::{Mapping, Value};

use super::tree::{key_text, mapping_at, rewrite_refs, set, strings, take, text};
use crate::pointer::child;

/// What the conversion did.
#[derive(Default)]
pub struct Converted {
    /// Warnings, at pointers into the document as the user wrote it.
    pub warnings: Vec<(String, String)>,
    /// (pointer in the converted document, pointer in the user's document), one pass.
    pub moves: Vec<(String, String)>,
}

/// The keys of a 2.0 parameter (and of an Items or Header Object) that describe its value: in
/// 3.0 they live in the parameter's `schema`.
const VALUE_KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
];

const JSON: &str = "application/json";
const MULTIPART: &str = "multipart/form-data";
const URLENCODED: &str = "application/x-www-form-urlencoded";

struct Conversion {
    out: Converted,
    consumes: Vec<String>,
    produces: Vec<String>,
    /// The API's `schemes` (`https` when it names none).
    schemes: Vec<String>,
    /// Top-level `in: body` and `in: formData` parameters, which 3.0 has no component for: they
    /// are copied into the operations that reference them.
    body_parameters: Mapping,
}

pub fn convert(document: &mut Value) -> Converted {
    let Some(root) = document.as_mapping_mut() else {
        return Converted::default();
    };
    let mut conversion = Conversion {
        out: Converted::default(),
        consumes: strings(root, "consumes").unwrap_or_else(|| vec![JSON.to_string()]),
        produces: strings(root, "produces").unwrap_or_else(|| vec![JSON.to_string()]),
        schemes: strings(root, "schemes").unwrap_or_else(|| vec!["https".to_string()]),
        body_parameters: Mapping::new(),
    };
    conversion.root(root);
    rewrite_refs(document, &|reference| {
        for (old, new) in [
            ("#/definitions/", "#/components/schemas/"),
            ("#/parameters/", "#/components/parameters/"),
            ("#/responses/", "#/components/responses/"),
        ] {
            if let Some(rest) = reference.strip_prefix(old) {
                return Some(format!("{new}{rest}"));
            }
        }
        None
    });
    conversion.out
}

impl Conversion {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.out
            .warnings
            .push((pointer.to_string(), message.into()));
    }

    fn moved(&mut self, to: String, from: String) {
        if to != from {
            self.out.moves.push((to, from));
        }
    }

    fn root(&mut self, root: &mut Mapping) {
        let mut old_root = std::mem::take(root);
        take(&mut old_root, "swagger");
        set(root, "openapi", text("3.0.3"));
        take(&mut old_root, "consumes");
        take(&mut old_root, "produces");
        let host = take(&mut old_root, "host");
        let base_path = take(&mut old_root, "basePath");
        let schemes = strings(&old_root, "schemes");
        take(&mut old_root, "schemes");
        let servers = self.servers(host.as_ref(), base_path.as_ref(), schemes);
        let definitions = take(&mut old_root, "definitions");
        let parameters = take(&mut old_root, "parameters");
        let responses = take(&mut old_root, "responses");
        let security = take(&mut old_root, "securityDefinitions");
        let extra_paths = take(&mut old_root, "x-ms-paths");
        for (key, value) in old_root {
            root.insert(key, value);
        }
        if let Some(servers) = servers {
            set(root, "servers", servers);
        }
        let mut components = Mapping::new();
        if let Some(definitions) = definitions {
            set(&mut components, "schemas", definitions);
            self.moved("/components/schemas".into(), "/definitions".into());
        }
        if let Some(Value::Mapping(parameters)) = parameters {
            let mut converted = Mapping::new();
            for (name, parameter) in parameters {
                let name_text = key_text(&name);
                let from = child("/parameters", &name_text);
                if matches!(
                    parameter.get("in").and_then(Value::as_str),
                    Some("body" | "formData")
                ) {
                    self.body_parameters.insert(name, parameter);
                    continue;
                }
                let to = child("/components/parameters", &name_text);
                let parameter = self.parameter(parameter, &to, &from);
                converted.insert(name, parameter);
            }
            if !converted.is_empty() {
                set(&mut components, "parameters", Value::Mapping(converted));
            }
        }
        if let Some(Value::Mapping(responses)) = responses {
            let mut converted = Mapping::new();
            let produces = self.produces.clone();
            for (name, response) in responses {
                let name_text = key_text(&name);
                let to = child("/components/responses", &name_text);
                let from = child("/responses", &name_text);
                let response = self.response(response, &to, &from, &produces);
                converted.insert(name, response);
            }
            set(&mut components, "responses", Value::Mapping(converted));
        }
        if let Some(Value::Mapping(schemes)) = security {
            let mut converted = Mapping::new();
            for (name, scheme) in schemes {
                let from = child("/securityDefinitions", &key_text(&name));
                let scheme = self.security_scheme(scheme, &from);
                converted.insert(name, scheme);
            }
            set(
                &mut components,
                "securitySchemes",
                Value::Mapping(converted),
            );
            self.moved(
                "/components/securitySchemes".into(),
                "/securityDefinitions".into(),
            );
        }
        if !components.is_empty() {
            set(root, "components", Value::Mapping(components));
        }
        let paths = mapping_at(root, "paths");
        let mut converted = Mapping::new();
        for (path, item) in std::mem::take(paths) {
            let pointer = child("/paths", &key_text(&path));
            let item = self.path_item(item, &pointer, &pointer);
            converted.insert(path, item);
        }
        if let Some(Value::Mapping(extra)) = extra_paths {
            self.extra_paths(extra, &mut converted);
        }
        *mapping_at(root, "paths") = converted;
    }

    /// `x-ms-paths` (Azure): paths that differ from a `paths` entry only by a query string, to
    /// give one path several operations. The query part is dropped and the operations merged.
    fn extra_paths(&mut self, extra: Mapping, paths: &mut Mapping) {
        for (path, item) in extra {
            let written = key_text(&path);
            let from = child("/x-ms-paths", &written);
            let bare = written.split('?').next().unwrap_or_default().to_string();
            let to = child("/paths", &bare);
            let Value::Mapping(item) = self.path_item(item, &to, &from) else {
                continue;
            };
            let target = mapping_at(paths, &bare);
            for (method, operation) in item {
                let method_text = key_text(&method);
                if target.contains_key(&method) {
                    self.warn(
                        &child(&from, &method_text),
                        format!("`x-ms-paths` operation `{method_text} {written}` has the same method and path (without its query) as another; skipped"),
                    );
                    continue;
                }
                target.insert(method, operation);
                self.moved(child(&to, &method_text), child(&from, &method_text));
            }
        }
    }

    fn servers(
        &mut self,
        host: Option<&Value>,
        base_path: Option<&Value>,
        schemes: Option<Vec<String>>,
    ) -> Option<Value> {
        let base = base_path
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim_end_matches('/');
        let host = host.and_then(Value::as_str);
        if host.is_none() && base.is_empty() {
            return None;
        }
        let urls: Vec<String> = match host {
            Some(host) => {
                let mut schemes = schemes.unwrap_or_default();
                if schemes.is_empty() {
                    schemes.push("https".into());
                }
                // The secure one first: the first server is the client's default.
                schemes.sort_by_key(|scheme| scheme != "https");
                schemes
                    .iter()
                    .filter(|scheme| matches!(scheme.as_str(), "http" | "https"))
                    .map(|scheme| format!("{scheme}://{host}{base}"))
                    .collect()
            }
            None => vec![base.to_string()],
        };
        let from = if host.is_some() { "/host" } else { "/basePath" };
        self.moved("/servers".into(), from.into());
        Some(Value::Sequence(
            urls.into_iter()
                .map(|url| {
                    let mut server = Mapping::new();
                    set(&mut server, "url", Value::String(url));
                    Value::Mapping(server)
                })
                .collect(),
        ))
    }

    fn path_item(&mut self, item: Value, to: &str, from: &str) -> Value {
        let Value::Mapping(mut item) = item else {
            return item;
        };
        // Path-level body and form parameters belong to each operation's body in 3.0.
        let mut shared_body = Vec::new();
        let mut shared = Vec::new();
        if let Some(Value::Sequence(parameters)) = take(&mut item, "parameters") {
            for (index, parameter) in parameters.into_iter().enumerate() {
                let from_at = child(&child(from, "parameters"), &index.to_string());
                let parameter = self.inline_body_reference(parameter);
                if is_body(&parameter) {
                    shared_body.push((parameter, from_at));
                } else {
                    shared.push((parameter, from_at));
                }
            }
        }
        let mut converted = Mapping::new();
        if !shared.is_empty() {
            let list = shared
                .into_iter()
                .enumerate()
                .map(|(index, (parameter, from_at))| {
                    let to_at = child(&child(to, "parameters"), &index.to_string());
                    self.parameter(parameter, &to_at, &from_at)
                })
                .collect();
            set(&mut converted, "parameters", Value::Sequence(list));
        }
        for (key, value) in item {
            let name = key_text(&key);
            if super::METHODS.contains(&name.as_str()) {
                let operation =
                    self.operation(value, &child(to, &name), &child(from, &name), &shared_body);
                converted.insert(key, operation);
            } else {
                converted.insert(key, value);
            }
        }
        Value::Mapping(converted)
    }

    /// A reference to a top-level body or form parameter: its copy (3.0 has no component for it).
    fn inline_body_reference(&self, parameter: Value) -> Value {
        let target = parameter
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| reference.strip_prefix("#/parameters/"))
            .map(crate::pointer::unescape_segment);
        match target.and_then(|name| self.body_parameters.get(name.as_str())) {
            Some(found) => found.clone(),
            None => parameter,
        }
    }

    fn operation(
        &mut self,
        operation: Value,
        to: &str,
        from: &str,
        shared_body: &[(Value, String)],
    ) -> Value {
        let Value::Mapping(mut operation) = operation else {
            return operation;
        };
        let consumes = strings(&operation, "consumes").unwrap_or_else(|| self.consumes.clone());
        let produces = strings(&operation, "produces").unwrap_or_else(|| self.produces.clone());
        take(&mut operation, "consumes");
        take(&mut operation, "produces");
        // Kubernetes repeats the API's schemes on every operation; only a different set is lost.
        if let Some(schemes) = take(&mut operation, "schemes") {
            let own: Vec<&str> = schemes
                .as_sequence()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            if !own
                .iter()
                .all(|scheme| self.schemes.iter().any(|s| s == scheme))
            {
                self.warn(
                    &child(from, "schemes"),
                    "per-operation `schemes` are not generated: the operation uses the API's servers",
                );
            }
        }
        let mut body = Vec::new();
        let mut plain = Vec::new();
        if let Some(Value::Sequence(parameters)) = take(&mut operation, "parameters") {
            for (index, parameter) in parameters.into_iter().enumerate() {
                let from_at = child(&child(from, "parameters"), &index.to_string());
                let parameter = self.inline_body_reference(parameter);
                if is_body(&parameter) {
                    body.push((parameter, from_at));
                } else {
                    plain.push((parameter, from_at));
                }
            }
        }
        for (parameter, from_at) in shared_body {
            let same = |(own, _): &(Value, String)| {
                own.get("name") == parameter.get("name") && own.get("in") == parameter.get("in")
            };
            if !body.iter().any(same) {
                body.push((parameter.clone(), from_at.clone()));
            }
        }
        let mut converted = Mapping::new();
        for (key, value) in operation {
            match key.as_str() {
                Some("responses") => {
                    let responses = self.responses(value, to, from, &produces);
                    converted.insert(key, responses);
                }
                _ => {
                    converted.insert(key, value);
                }
            }
        }
        if !plain.is_empty() {
            let list = plain
                .into_iter()
                .enumerate()
                .map(|(index, (parameter, from_at))| {
                    let to_at = child(&child(to, "parameters"), &index.to_string());
                    self.parameter(parameter, &to_at, &from_at)
                })
                .collect();
            set(&mut converted, "parameters", Value::Sequence(list));
        }
        if let Some(request_body) = self.request_body(body, to, &consumes) {
            set(&mut converted, "requestBody", request_body);
        }
        if !converted.contains_key("responses") {
            set(&mut converted, "responses", super::oas31::any_success());
            self.warn(
                from,
                "the operation documents no responses: any 2XX status is read as success without a body",
            );
        }
        Value::Mapping(converted)
    }

    /// `in: body` becomes the body in each media type of `consumes`; `in: formData` parameters
    /// become the properties of one object body, multipart when a file is among them or
    /// `consumes` says so, urlencoded otherwise.
    fn request_body(
        &mut self,
        parameters: Vec<(Value, String)>,
        to: &str,
        consumes: &[String],
    ) -> Option<Value> {
        let to = child(to, "requestBody");
        let (bodies, form): (Vec<_>, Vec<_>) =
            parameters.into_iter().partition(|(parameter, _)| {
                parameter.get("in").and_then(Value::as_str) == Some("body")
            });
        if let Some((body, from)) = bodies.first() {
            for (_, extra) in bodies.iter().skip(1).chain(form.iter()) {
                self.warn(
                    extra,
                    "an operation has one body: only its first `in: body` parameter is generated; this one is skipped",
                );
            }
            let mut request = Mapping::new();
            if let Some(description) = body.get("description") {
                set(&mut request, "description", description.clone());
            }
            if body.get("required") == Some(&Value::Bool(true)) {
                set(&mut request, "required", Value::Bool(true));
            }
            copy_extensions(body, &mut request);
            let schema = body
                .get("schema")
                .cloned()
                .unwrap_or_else(|| Value::Mapping(Mapping::new()));
            let media_types: Vec<&String> =
                consumes.iter().filter(|media| !is_form(media)).collect();
            // `consumes` may hold no string at all (`[{in: ...}]`): JSON, the 2.0 default.
            let json = JSON.to_string();
            let media_types = if media_types.is_empty() {
                vec![consumes.first().unwrap_or(&json)]
            } else {
                media_types
            };
            let content = mapping_at(&mut request, "content");
            for media_type in media_types {
                let mut media = Mapping::new();
                set(&mut media, "schema", schema.clone());
                content.insert(text(media_type), Value::Mapping(media));
                self.moved(
                    child(&child(&child(&to, "content"), media_type), "schema"),
                    child(from, "schema"),
                );
            }
            self.moved(to, from.clone());
            return Some(Value::Mapping(request));
        }
        let (_, first) = form.first()?;
        let first = first.clone();
        let has_file = form
            .iter()
            .any(|(parameter, _)| parameter.get("type").and_then(Value::as_str) == Some("file"));
        let media_type = if has_file || consumes.iter().any(|media| media == MULTIPART) {
            MULTIPART
        } else {
            URLENCODED
        };
        let schema_to = child(&child(&child(&to, "content"), media_type), "schema");
        let mut properties = Mapping::new();
        let mut required = Vec::new();
        let mut any_required = false;
        for (parameter, from) in form {
            let Value::Mapping(mut parameter) = parameter else {
                continue;
            };
            let Some(name) =
                take(&mut parameter, "name").and_then(|name| name.as_str().map(str::to_string))
            else {
                self.warn(&from, "a form parameter without a `name`; skipped");
                continue;
            };
            if take(&mut parameter, "required") == Some(Value::Bool(true)) {
                required.push(text(&name));
                any_required = true;
            }
            take(&mut parameter, "in");
            take(&mut parameter, "allowEmptyValue");
            if let Some(format) = take(&mut parameter, "collectionFormat") {
                if format.as_str() != Some("multi") {
                    self.warn(
                        &child(&from, "collectionFormat"),
                        format!("form field `{name}`: `collectionFormat: {}` is sent as repeated fields (as `multi`)", key_text(&format)),
                    );
                }
            }
            let property_to = child(&child(&schema_to, "properties"), &name);
            let items_from = child(&from, "items");
            let schema = self.value_schema(parameter, &items_from);
            properties.insert(text(&name), Value::Mapping(schema));
            self.moved(property_to, from);
        }
        let mut schema = Mapping::new();
        set(&mut schema, "type", text("object"));
        set(&mut schema, "properties", Value::Mapping(properties));
        if !required.is_empty() {
            set(&mut schema, "required", Value::Sequence(required));
        }
        let mut media = Mapping::new();
        set(&mut media, "schema", Value::Mapping(schema));
        let mut content = Mapping::new();
        content.insert(text(media_type), Value::Mapping(media));
        let mut request = Mapping::new();
        if any_required {
            set(&mut request, "required", Value::Bool(true));
        }
        set(&mut request, "content", Value::Mapping(content));
        self.moved(to, first);
        Some(Value::Mapping(request))
    }

    /// A query, path, header or cookie parameter: the value keys go into `schema`,
    /// `collectionFormat` becomes `style` and `explode`.
    fn parameter(&mut self, parameter: Value, to: &str, from: &str) -> Value {
        self.moved(to.to_string(), from.to_string());
        let Value::Mapping(mut parameter) = parameter else {
            return parameter;
        };
        if parameter.contains_key("$ref") {
            return Value::Mapping(parameter);
        }
        let location = parameter
            .get("in")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let format = take(&mut parameter, "collectionFormat");
        let is_array = parameter.get("type").and_then(Value::as_str) == Some("array");
        if parameter.get("type").and_then(Value::as_str) == Some("file") {
            self.warn(
                &child(from, "type"),
                "`type: file` outside `in: formData` has no meaning; read as binary text",
            );
        }
        let mut converted = Mapping::new();
        let mut values = Mapping::new();
        for (key, value) in parameter {
            match key.as_str() {
                Some(name) if VALUE_KEYS.contains(&name) => {
                    values.insert(key, value);
                }
                _ => {
                    converted.insert(key, value);
                }
            }
        }
        if !values.is_empty() {
            let schema = self.value_schema(values, &child(from, "items"));
            set(&mut converted, "schema", Value::Mapping(schema));
            self.moved(child(to, "schema"), from.to_string());
        }
        if is_array {
            let format = format
                .as_ref()
                .and_then(Value::as_str)
                .unwrap_or("csv")
                .to_string();
            let style = match (location.as_str(), format.as_str()) {
                ("query", "csv" | "multi") => Some("form"),
                ("query", "ssv") => Some("spaceDelimited"),
                ("query", "pipes") => Some("pipeDelimited"),
                ("query", "tsv") => {
                    self.warn(
                        &child(from, "collectionFormat"),
                        "`collectionFormat: tsv` has no OpenAPI 3.0 style; sent and read comma-separated",
                    );
                    Some("form")
                }
                (_, "csv") => None,
                (_, other) => {
                    self.warn(
                        &child(from, "collectionFormat"),
                        format!("`collectionFormat: {other}` is not defined for `in: {location}`; sent and read comma-separated"),
                    );
                    None
                }
            };
            if let Some(style) = style {
                set(&mut converted, "style", text(style));
            }
            set(
                &mut converted,
                "explode",
                Value::Bool(format == "multi" && location == "query"),
            );
        }
        Value::Mapping(converted)
    }

    /// The value keys of a parameter, header or Items Object as a schema; nested `items` too.
    fn value_schema(&mut self, mut values: Mapping, items_from: &str) -> Mapping {
        if let Some(Value::Mapping(mut items)) = take(&mut values, "items") {
            if let Some(format) = take(&mut items, "collectionFormat") {
                if format.as_str() != Some("csv") {
                    self.warn(
                        &child(items_from, "collectionFormat"),
                        "a `collectionFormat` of nested items is not generated; items are read as JSON values",
                    );
                }
            }
            let items = self.value_schema(items, &child(items_from, "items"));
            set(&mut values, "items", Value::Mapping(items));
        }
        if values.get("type").and_then(Value::as_str) == Some("file") {
            set(&mut values, "type", text("string"));
            set(&mut values, "format", text("binary"));
        }
        values
    }

    fn responses(&mut self, responses: Value, to: &str, from: &str, produces: &[String]) -> Value {
        let Value::Mapping(responses) = responses else {
            return responses;
        };
        let mut converted = Mapping::new();
        for (status, response) in responses {
            let status_text = key_text(&status);
            if status_text.starts_with("x-") {
                converted.insert(status, response);
                continue;
            }
            let to_at = child(&child(to, "responses"), &status_text);
            let from_at = child(&child(from, "responses"), &status_text);
            let response = self.response(response, &to_at, &from_at, produces);
            converted.insert(status, response);
        }
        Value::Mapping(converted)
    }

    fn response(&mut self, response: Value, to: &str, from: &str, produces: &[String]) -> Value {
        let Value::Mapping(mut response) = response else {
            return response;
        };
        if response.contains_key("$ref") {
            return Value::Mapping(response);
        }
        let schema = take(&mut response, "schema");
        let examples = take(&mut response, "examples");
        let headers = take(&mut response, "headers");
        let mut converted = Mapping::new();
        if !response.contains_key("description") {
            set(&mut converted, "description", text(""));
        }
        for (key, value) in response {
            converted.insert(key, value);
        }
        if let Some(Value::Mapping(headers)) = headers {
            let mut converted_headers = Mapping::new();
            for (name, header) in headers {
                let name_text = key_text(&name);
                let header_to = child(&child(to, "headers"), &name_text);
                let header_from = child(&child(from, "headers"), &name_text);
                let Value::Mapping(mut header) = header else {
                    continue;
                };
                take(&mut header, "collectionFormat");
                let mut kept = Mapping::new();
                let mut values = Mapping::new();
                for (key, value) in header {
                    match key.as_str() {
                        Some(name) if VALUE_KEYS.contains(&name) => {
                            values.insert(key, value);
                        }
                        _ => {
                            kept.insert(key, value);
                        }
                    }
                }
                let schema = self.value_schema(values, &child(&header_from, "items"));
                set(&mut kept, "schema", Value::Mapping(schema));
                self.moved(child(&header_to, "schema"), header_from.clone());
                converted_headers.insert(name, Value::Mapping(kept));
            }
            set(&mut converted, "headers", Value::Mapping(converted_headers));
        }
        if let Some(schema) = schema {
            let is_file = schema.get("type").and_then(Value::as_str) == Some("file");
            let mut media_types: Vec<String> = produces.to_vec();
            if is_file && media_types.iter().all(|media| media.contains("json")) {
                media_types = vec!["application/octet-stream".to_string()];
            }
            if media_types.is_empty() {
                media_types.push(JSON.to_string());
            }
            let content = mapping_at(&mut converted, "content");
            for media_type in &media_types {
                let mut media = Mapping::new();
                set(&mut media, "schema", schema.clone());
                if let Some(example) = examples.as_ref().and_then(|e| e.get(media_type.as_str())) {
                    set(&mut media, "example", example.clone());
                }
                content.insert(text(media_type), Value::Mapping(media));
                self.moved(
                    child(&child(&child(to, "content"), media_type), "schema"),
                    child(from, "schema"),
                );
            }
        }
        self.moved(to.to_string(), from.to_string());
        Value::Mapping(converted)
    }

    fn security_scheme(&mut self, scheme: Value, from: &str) -> Value {
        let Value::Mapping(mut scheme) = scheme else {
            return scheme;
        };
        let kind = scheme
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        match kind.as_str() {
            "basic" => {
                set(&mut scheme, "type", text("http"));
                set(&mut scheme, "scheme", text("basic"));
            }
            "oauth2" => {
                let flow = take(&mut scheme, "flow");
                let mut details = Mapping::new();
                for key in ["authorizationUrl", "tokenUrl"] {
                    if let Some(url) = take(&mut scheme, key) {
                        details.insert(text(key), url);
                    }
                }
                let scopes =
                    take(&mut scheme, "scopes").unwrap_or_else(|| Value::Mapping(Mapping::new()));
                set(&mut details, "scopes", scopes);
                let name = match flow.as_ref().and_then(Value::as_str) {
                    Some("implicit") => "implicit",
                    Some("password") => "password",
                    Some("application") => "clientCredentials",
                    Some("accessCode") => "authorizationCode",
                    other => {
                        self.warn(
                            &child(from, "flow"),
                            format!(
                                "unknown OAuth2 flow `{}`; read as `implicit`",
                                other.unwrap_or_default()
                            ),
                        );
                        "implicit"
                    }
                };
                if name == "implicit" && !details.contains_key("authorizationUrl") {
                    set(&mut details, "authorizationUrl", text(""));
                }
                let mut flows = Mapping::new();
                set(&mut flows, name, Value::Mapping(details));
                set(&mut scheme, "flows", Value::Mapping(flows));
            }
            _ => {}
        }
        Value::Mapping(scheme)
    }
}

fn is_body(parameter: &Value) -> bool {
    matches!(
        parameter.get("in").and_then(Value::as_str),
        Some("body" | "formData")
    )
}

fn is_form(media_type: &str) -> bool {
    media_type == MULTIPART || media_type == URLENCODED
}

fn copy_extensions(from: &Value, to: &mut Mapping) {
    for (key, value) in from.as_mapping().into_iter().flatten() {
        if key.as_str().is_some_and(|key| key.starts_with("x-")) {
            to.insert(key.clone(), value.clone());
        }
    }
}
