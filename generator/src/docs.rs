//! Reference docs: the IR seen as the pages openapi-generator writes for its SDKs (one page per
//! API with a method table, then per operation its signature, an example call, parameters,
//! return type, authorization, media types and statuses; one page per model), with Rust
//! signatures and Rust examples. Every decision (names, example code, table cells) is made here,
//! so the templates under `templates/crate/docs/` only lay the pages out.
//!
//! The example calls are also rendered into the crate's `src/doc_examples.rs` (compiled by the
//! crate's own `cargo test`), so an example that stops compiling fails CI.

pub mod markdown;

use minijinja::Value;
use serde::Serialize;

use crate::{ir, Template};

/// The output files of the templates rendered once per page: a `{tag}` in a template's name
/// makes it render once per tag, `{model}` once per model, with that page as `page`. Returns
/// (template name, output path, page).
pub fn page_outputs(templates: &[Template], docs: &Docs) -> Vec<(String, String, Value)> {
    let tags = docs.tags.iter().map(|tag| (tag.name.as_str(), tag));
    let models = docs.models.iter().map(|model| (model.name.as_str(), model));
    let mut outputs = crate::render::per_page(templates, "{tag}", tags);
    outputs.extend(crate::render::per_page(templates, "{model}", models));
    outputs
}

/// Every page of one crate's `docs/` folder.
#[derive(Debug, Serialize)]
pub struct Docs {
    /// The base URL the examples pass to `Client::new`: the spec's first server when it is an
    /// absolute URL, otherwise a placeholder the reader replaces.
    pub example_base_url: String,
    /// Whether the examples can use `DEFAULT_BASE_URL` (an absolute URL).
    pub base_url_is_absolute: bool,
    /// One page per tag.
    pub tags: Vec<TagPage>,
    /// One page per model.
    pub models: Vec<ModelPage>,
    /// The security schemes, for the authorization section of the index.
    pub schemes: Vec<SchemeRow>,
}

/// The page of one API (tag): `docs/<Name>.md`.
#[derive(Debug, Serialize)]
pub struct TagPage {
    /// `PeopleApi`, also the page's file stem.
    pub name: String,
    /// The tag's description lines (spec text).
    pub docs: Vec<String>,
    /// The `Client` method that returns this API (`people`).
    #[serde(serialize_with = "crate::ir::code")]
    pub accessor: String,
    /// One entry per operation, in spec order.
    pub operations: Vec<OperationDoc>,
}

/// One operation's section.
#[derive(Debug, Serialize)]
pub struct OperationDoc {
    /// The method name (`create_person`), also the section's anchor.
    #[serde(serialize_with = "crate::ir::code")]
    pub name: String,
    /// `GET`.
    pub method: String,
    /// The path as in the spec.
    pub path: String,
    /// The method table's description: the summary, else the first line of the description.
    pub summary: String,
    /// The Rust signature of the client method.
    pub signature: String,
    /// Description lines (spec text).
    pub docs: Vec<String>,
    /// The example call: a complete `async fn` with its `use` lines.
    #[serde(serialize_with = "crate::ir::code")]
    pub example: String,
    /// The parameter table.
    pub params: Vec<ParamRow>,
    /// What the method returns on success (`models::PersonEntry`, `()`).
    pub return_type: String,
    /// Whether `return_type` names a model, so that it links to the model page.
    pub return_model: Option<String>,
    /// For a success enum (several success statuses), its variants: `` `Ok(bytes::Bytes)` (200) ``.
    pub return_variants: Vec<String>,
    /// The security scheme alternatives by wire name (`basicAuth`); empty without auth.
    pub auth: Vec<String>,
    /// Whether a request without credentials is allowed too.
    pub auth_optional: bool,
    /// The request body's media type, or `None`.
    pub content_type: Option<String>,
    /// The `Accept` header, or `None` when no response has a body.
    pub accept: Option<String>,
    /// The status table, in spec order.
    pub statuses: Vec<StatusRow>,
}

/// One row of a parameter table.
#[derive(Debug, Serialize)]
pub struct ParamRow {
    /// The Rust name (`person_id`), or `body`.
    pub name: String,
    /// The Rust type the method takes.
    pub ty: String,
    /// The model the type names, for a link, or `None`.
    pub model: Option<String>,
    /// The spec's description, one line per entry (spec text).
    pub docs: Vec<String>,
    /// Where it goes (`path personId`) and whether it is optional, with its default.
    pub notes: String,
}

/// One row of a status table.
#[derive(Debug, Serialize)]
pub struct StatusRow {
    /// `200`, `4XX` or `default`.
    pub status: String,
    /// The response's description (spec text).
    pub docs: Vec<String>,
    /// The documented response headers (`` `x-rate-limit` (`i64`) ``, one per line), or `-`.
    pub headers: Vec<String>,
}

/// One model's page: `docs/models/<Name>.md`.
#[derive(Debug, Serialize)]
pub struct ModelPage {
    /// The Rust type name, also the page's file stem.
    pub name: String,
    /// The schema's name in the spec.
    pub wire_name: String,
    /// Description lines (spec text).
    pub docs: Vec<String>,
    /// What kind of Rust type it is, in words (`struct`, `string enum`, ...).
    pub kind: String,
    /// The property (or variant) table.
    pub rows: Vec<PropertyRow>,
    /// For a type alias, its target.
    pub alias: Option<String>,
}

/// One property (or variant) of a model.
#[derive(Debug, Serialize)]
pub struct PropertyRow {
    /// The Rust name.
    pub name: String,
    /// The JSON name.
    pub wire_name: String,
    /// The Rust type, or the wire value of an enum variant.
    pub ty: String,
    /// The model the type names, for a link, or `None`.
    pub model: Option<String>,
    /// Description lines (spec text).
    pub docs: Vec<String>,
    /// `[optional]` for an `Option` field.
    pub notes: String,
}

/// One security scheme.
#[derive(Debug, Serialize)]
pub struct SchemeRow {
    /// The scheme's name in the spec.
    pub wire_name: String,
    /// How it is sent, in words.
    pub kind: String,
    /// How the example sets it on the client.
    pub setter: String,
    /// Description lines (spec text).
    pub docs: Vec<String>,
}

/// The docs of `api`.
pub fn view(api: &ir::Api) -> Docs {
    let base_url_is_absolute = api.default_base_url.contains("://");
    let example_base_url = if base_url_is_absolute {
        api.default_base_url.clone()
    } else {
        "http://localhost:8080".to_string()
    };
    let models: Vec<&str> = api.models.iter().map(|m| m.name.as_str()).collect();
    let example = Example {
        api,
        example_base_url: &example_base_url,
    };
    Docs {
        tags: api
            .tags
            .iter()
            .map(|tag| TagPage {
                name: tag.name.clone(),
                docs: tag.docs.clone(),
                accessor: tag.stem.clone(),
                operations: tag
                    .operations
                    .iter()
                    .map(|op| operation(api, tag, op, &example, &models))
                    .collect(),
            })
            .collect(),
        models: api.models.iter().map(|m| model(m, &models)).collect(),
        schemes: api
            .security_schemes
            .iter()
            .map(|scheme| SchemeRow {
                wire_name: scheme.wire_name.clone(),
                kind: scheme_kind(scheme),
                setter: setter(scheme.kind).to_string(),
                docs: scheme.docs.clone(),
            })
            .collect(),
        example_base_url,
        base_url_is_absolute,
    }
}

fn operation(
    api: &ir::Api,
    tag: &ir::Tag,
    op: &ir::Operation,
    example: &Example,
    models: &[&str],
) -> OperationDoc {
    let auth = op
        .security
        .iter()
        .flat_map(|security| &security.alternatives)
        .map(|requirement| requirement.wire_names.join(" + "))
        .collect();
    let return_type = match &op.websocket {
        Some(message) => format!(
            "impl Stream<Item = Result<{message}, Error<{}>>>",
            op.error_enum
        ),
        None => op.success_type.clone(),
    };
    let return_model = op
        .websocket
        .as_deref()
        .or(Some(&op.success_type))
        .and_then(|ty| model_of(ty, models));
    let summary = op
        .summary
        .clone()
        .or_else(|| op.docs.first().cloned())
        .unwrap_or_default();
    OperationDoc {
        name: op.name.clone(),
        method: op.method.clone(),
        path: op.path.clone(),
        summary,
        signature: format!(
            "pub async fn {}(&self{}) -> Result<{return_type}, Error<{}>>",
            op.name,
            op.client_args
                .iter()
                .map(|arg| format!(", {}: {}", arg.name, arg.ty))
                .collect::<String>(),
            op.error_enum
        ),
        docs: op.docs.clone(),
        example: example.render(tag, op),
        params: param_rows(op, models),
        return_type,
        return_model,
        return_variants: match &op.success_enum {
            Some(_) => op
                .responses
                .iter()
                .filter(|response| response.is_success)
                .map(|response| match &response.body {
                    Some(body) => {
                        format!("`{}({})` ({})", response.variant, body.ty, response.status)
                    }
                    None => format!("`{}` ({})", response.variant, response.status),
                })
                .collect(),
            None => Vec::new(),
        },
        auth,
        auth_optional: op
            .security
            .as_ref()
            .is_some_and(|security| security.optional),
        content_type: op.body.as_ref().map(|body| body.media_type.clone()),
        accept: op.accept.clone(),
        statuses: op
            .responses
            .iter()
            .map(|response| StatusRow {
                status: response.status.to_string(),
                docs: response.docs.clone(),
                headers: response_headers(api, response),
            })
            .collect(),
    }
}

fn response_headers(api: &ir::Api, response: &ir::Response) -> Vec<String> {
    let fields = response.headers_struct.as_ref().and_then(|name| {
        api.header_structs
            .iter()
            .find(|headers| &headers.name == name)
    });
    match fields {
        Some(headers) => headers
            .fields
            .iter()
            .map(|field| format!("`{}` (`{}`)", field.wire_name, field.field_ty))
            .collect(),
        None => vec!["-".to_string()],
    }
}

fn param_rows(op: &ir::Operation, models: &[&str]) -> Vec<ParamRow> {
    // `params` lists path parameters first, then required ones: the client's argument order.
    let required = op.params.iter().filter(|p| p.required);
    let optional = op.params.iter().filter(|p| !p.required);
    let mut rows: Vec<ParamRow> = required
        .chain(optional)
        .map(|p| {
            let mut notes = format!("{} `{}`", p.location, p.wire_name);
            if !p.required {
                let params = op.params_struct.as_deref().unwrap_or_default();
                notes.push_str(&format!("; [optional], a field of `{params}`"));
            }
            if let Some(default) = &p.default {
                notes.push_str(&format!(" [default to `{default}`]"));
            }
            let ty = if p.required {
                p.arg_ty.clone()
            } else {
                format!("Option<{}>", p.ty)
            };
            ParamRow {
                name: p.name.clone(),
                model: model_of(&ty, models),
                ty,
                docs: p.docs.clone(),
                notes,
            }
        })
        .collect();
    if let Some(body) = &op.body {
        let (ty, notes) = if body.required {
            (body.ty.clone(), format!("body, `{}`", body.media_type))
        } else {
            (
                format!("Option<{}>", body.ty),
                format!("body, `{}`; [optional]", body.media_type),
            )
        };
        rows.push(ParamRow {
            name: "body".to_string(),
            model: model_of(&ty, models),
            ty,
            docs: body.docs.clone(),
            notes,
        });
    }
    rows
}

fn model(model: &ir::Model, models: &[&str]) -> ModelPage {
    let (kind, rows, alias) = match &model.kind {
        ir::ModelKind::Struct { fields, .. } => (
            "struct",
            fields
                .iter()
                .map(|field| PropertyRow {
                    name: field.name.clone(),
                    wire_name: field.wire_name.clone(),
                    model: model_of(&field.ty, models),
                    ty: field.ty.clone(),
                    docs: field.docs.clone(),
                    notes: if field.ty.starts_with("Option<") {
                        "[optional]".to_string()
                    } else {
                        String::new()
                    },
                })
                .collect(),
            None,
        ),
        ir::ModelKind::StringEnum { variants, .. } => (
            "string enum (unknown values are kept in `Other`)",
            variants
                .iter()
                .map(|variant| PropertyRow {
                    name: variant.name.clone(),
                    wire_name: variant.wire_literal.trim_matches('"').to_string(),
                    ty: variant.wire_literal.clone(),
                    model: None,
                    docs: variant.docs.clone(),
                    notes: String::new(),
                })
                .collect(),
            None,
        ),
        ir::ModelKind::IntegerEnum { repr, constants } => (
            "integer enum (unknown values decode too)",
            constants
                .iter()
                .map(|constant| PropertyRow {
                    name: constant.name.clone(),
                    wire_name: constant.value.clone(),
                    ty: repr.clone(),
                    model: None,
                    docs: Vec::new(),
                    notes: String::new(),
                })
                .collect(),
            None,
        ),
        ir::ModelKind::TaggedUnion { property, variants } => (
            "tagged union",
            variants
                .iter()
                .map(|variant| PropertyRow {
                    name: variant.name.clone(),
                    wire_name: format!("{property}: {}", variant.tag),
                    model: model_of(&variant.ty, models),
                    ty: variant.ty.clone(),
                    docs: variant.docs.clone(),
                    notes: String::new(),
                })
                .collect(),
            None,
        ),
        ir::ModelKind::Union { variants, .. } => (
            "union (the first alternative that decodes)",
            variants
                .iter()
                .map(|variant| PropertyRow {
                    name: variant.name.clone(),
                    wire_name: String::new(),
                    ty: variant.ty.clone().unwrap_or_else(|| "()".to_string()),
                    model: variant.ty.as_deref().and_then(|ty| model_of(ty, models)),
                    docs: variant.docs.clone(),
                    notes: String::new(),
                })
                .collect(),
            None,
        ),
        ir::ModelKind::Alias { target } => ("type alias", Vec::new(), Some(target.clone())),
    };
    ModelPage {
        name: model.name.clone(),
        wire_name: model.wire_name.clone(),
        docs: model.docs.clone(),
        kind: kind.to_string(),
        rows,
        alias,
    }
}

/// The one model a type names (`models::X`, `Option<models::X>`, `Vec<X>` inside `models.rs`),
/// for a link to its page; `None` for none or several.
fn model_of(ty: &str, models: &[&str]) -> Option<String> {
    let mut found: Option<&str> = None;
    for word in ty.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')) {
        let name = word.strip_prefix("models::").unwrap_or(word);
        if name.contains("::") || !models.contains(&name) {
            continue;
        }
        match found {
            Some(other) if other != name => return None,
            _ => found = Some(name),
        }
    }
    found.map(str::to_string)
}

fn scheme_kind(scheme: &ir::SecurityScheme) -> String {
    match (scheme.kind, &scheme.key) {
        (ir::SchemeKind::Basic, _) => "HTTP Basic".to_string(),
        (ir::SchemeKind::Bearer, _) => "bearer token (`Authorization: Bearer`)".to_string(),
        (ir::SchemeKind::ApiKey, Some(key)) => {
            format!("API key in {} `{}`", key.location, key.name)
        }
        (ir::SchemeKind::ApiKey, None) => "API key".to_string(),
    }
}

fn setter(kind: ir::SchemeKind) -> &'static str {
    match kind {
        ir::SchemeKind::Basic => ".with_basic_auth(\"username\", \"password\")",
        ir::SchemeKind::Bearer => ".with_bearer_token(\"token\")",
        ir::SchemeKind::ApiKey => ".with_api_key(\"key\")",
    }
}

/// Writes the example call of an operation.
struct Example<'a> {
    api: &'a ir::Api,
    example_base_url: &'a str,
}

impl Example<'_> {
    /// A complete `async fn` named after the operation: the arguments that have a literal
    /// example value are `let` bindings, the others (models, bodies) are the function's
    /// parameters, so that the example compiles for any spec.
    fn render(&self, tag: &ir::Tag, op: &ir::Operation) -> String {
        let lib = &self.api.lib_name;
        let mut imports = vec!["Client".to_string()];
        imports.extend(op.params_struct.clone());
        let mut inputs = Vec::new();
        let mut bindings = Vec::new();
        let mut call = Vec::new();
        for ir::Argument { name, ty } in op.client_args.iter().cloned() {
            if name == "params" {
                call.push(format!("{ty}::default()"));
            } else if let Some(value) = literal(&name, &ty) {
                bindings.push(format!("    let {name} = {value};\n"));
                call.push(name);
            } else {
                inputs.push(format!("{name}: {ty}"));
                call.push(name);
            }
        }
        let uses_models = inputs.iter().any(|input| input.contains("models::"));
        let mut text = format!(
            "use {lib}::client::{};\n",
            if imports.len() == 1 {
                imports[0].clone()
            } else {
                format!("{{{}}}", imports.join(", "))
            }
        );
        if uses_models {
            text.push_str(&format!("use {lib}::models;\n"));
        }
        // A literal, as the seed pages write the host (`{:?}` is a Rust string literal): the
        // example reads the same whatever the spec's server URL is.
        let base_url = format!("{:?}", self.example_base_url);
        text.push_str(&format!(
            "\npub async fn {}({}) -> Result<(), Box<dyn std::error::Error>> {{\n",
            op.name,
            inputs.join(", ")
        ));
        text.push_str(&format!("    let client = Client::new({base_url})?"));
        let first = op
            .security
            .as_ref()
            .and_then(|security| security.alternatives.first());
        if let Some(requirement) = first {
            for scheme in requirement.constants.iter().filter_map(|constant| {
                self.api
                    .security_schemes
                    .iter()
                    .find(|scheme| &scheme.constant == constant)
            }) {
                text.push_str(setter(scheme.kind));
            }
        }
        text.push_str(";\n");
        for binding in bindings {
            text.push_str(&binding);
        }
        let call = format!(
            "client.{}().{}({}).await?",
            tag.stem,
            op.name,
            call.join(", ")
        );
        if op.websocket.is_some() {
            text.push_str(&format!("    let stream = {call};\n"));
            text.push_str("    let mut stream = std::pin::pin!(stream);\n");
            text.push_str(
                "    while let Some(message) = futures_util::StreamExt::next(&mut stream).await {\n",
            );
            text.push_str("        println!(\"{:?}\", message?);\n    }\n");
        } else if op.success_type == "()" {
            text.push_str(&format!("    {call};\n"));
        } else {
            text.push_str(&format!("    let result = {call};\n"));
            text.push_str("    println!(\"{result:?}\");\n");
        }
        text.push_str("    Ok(())\n}\n");
        text
    }
}

/// An example value for a required argument whose type has a literal form: text (named after
/// the parameter, as openapi-generator's pages do), numbers and booleans.
fn literal(name: &str, ty: &str) -> Option<String> {
    match ty {
        "&str" => Some(format!("\"{name}_example\"")),
        "String" => Some(format!("\"{name}_example\".to_string()")),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" => Some("56".to_string()),
        "f32" | "f64" => Some("3.4".to_string()),
        "bool" => Some("true".to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_of_finds_the_one_model_a_type_names() {
        let models = ["Person", "Error"];
        assert_eq!(
            model_of("Option<Vec<models::Person>>", &models).as_deref(),
            Some("Person")
        );
        assert_eq!(model_of("String", &models), None);
        assert_eq!(model_of("models::Unknown", &models), None);
        assert_eq!(
            model_of("Option<Person>", &models).as_deref(),
            Some("Person")
        );
        assert_eq!(
            model_of("chrono::Person", &models),
            None,
            "another crate's type"
        );
        assert_eq!(
            model_of("std::collections::HashMap<String, models::Person>", &models).as_deref(),
            Some("Person")
        );
        assert_eq!(
            model_of("(models::Person, models::Error)", &models),
            None,
            "two models: no single link"
        );
    }
}
