//! Operations: names, parameters and how each goes on the wire, bodies, responses, auth; grouped
//! into one API per tag.

use indexmap::IndexMap;
use openapiv3::{
    MediaType, OpenAPI, Operation, Parameter, ParameterSchemaOrContent, PathItem, PathStyle,
    QueryStyle, ReferenceOr, RequestBody, Response, Schema, SchemaKind, StatusCode, StringFormat,
    Type, VariantOrUnknownOrEmpty,
};

use crate::ir::{self, BodyKind, Encoding, Location, PartKind, Status};
use crate::names::{self, Namespace};
use crate::pointer::child;

use super::code;
use super::types::{component_schema, DraftKind, ModelDraft};
use super::{docs_of, resolve, type_stem, Context, Ty};
use crate::pointer::unescape_segment;

/// Plain types with a text form (`Display` and `FromStr`).
const TEXT_TYPES: &[&str] = &[
    "String",
    "bool",
    "i32",
    "i64",
    "f32",
    "f64",
    "uuid::Uuid",
    "chrono::NaiveDate",
    "chrono::DateTime<chrono::FixedOffset>",
    "url::Url",
];

/// What a parameter value is, for the style tables: scalars, arrays and objects serialize apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Scalar,
    Array,
    Object,
}

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Types the client and server modules import or define themselves. A per-operation type
/// (`{stem}Error`, `{stem}Params`, ...) must not be one of them.
const RESERVED_TYPES: &[&str] = &[
    "ApiError",
    "ApiKey",
    "Arc",
    "BasicCredentials",
    "BearerToken",
    "BoxError",
    "Client",
    "Credentials",
    "Error",
    "Future",
    "Incoming",
    "IntoResponse",
    "InvalidBaseUrl",
    "InvalidParam",
    "Method",
    "MethodFilter",
    "Multipart",
    "NoApiError",
    "Problem",
    "Request",
    "Response",
    "Router",
    "RouterOptions",
    "Scheme",
    "StatusCode",
    "ToMultipart",
    "UnexpectedResponse",
];

/// The suffixes of the per-operation types the templates generate from an operation's stem.
/// (The server's credential enums, `{A}Or{B}Credentials`, end differently from all of them.)
const TYPE_SUFFIXES: &[&str] = &["Params", "Success", "Error", "Query", "Response"];

/// Functions an operation's name must not take: the API struct's own methods (`new`, `client`,
/// `with_header`, `call`), the server module's functions and runtime imports (operation handlers
/// share its namespace) and the routes functions' `api` argument.
const RESERVED_FUNCTIONS: &[&str] = &[
    "new",
    "client",
    "with_header",
    "call",
    "router",
    "router_with",
    "read_form",
    "websocket",
    "api",
];

/// Methods of the runtime's `Client` (inherent or derived) that a tag's accessor must not shadow.
const RESERVED_TAG_STEMS: &[&str] = &[
    "new",
    "with_http_client",
    "with_user_agent",
    "with_basic_auth",
    "with_bearer_token",
    "with_api_key",
    "base_url",
    "credentials",
    "call",
    "default",
    "clone",
    "fmt",
];

/// Locals and arguments of the generated client methods and server handlers.
const RESERVED_PARAMS: &[&str] = &[
    "body",
    "params",
    "credentials",
    "self_",
    "api",
    "cx",
    "request",
    "accepted",
    "upgrade",
    "messages",
];

impl Context<'_, '_> {
    pub(super) fn lower_operations(&mut self, schemes: &[ir::SecurityScheme]) -> Vec<ir::Tag> {
        let mut tags: IndexMap<String, ir::Tag> = IndexMap::new();
        let mut tag_names = TagNames::default();
        // Declared tags first, in declaration order, so the output follows the spec's grouping;
        // then the undeclared ones operations use. All are named before any operation, so that
        // operation names can avoid the server's per-tag functions.
        for tag in &self.document.tags {
            tags.entry(tag.name.clone())
                .or_insert_with(|| tag_names.new_tag(&tag.name, tag.description.as_deref()));
        }
        for item in self.document.paths.paths.values() {
            if let ReferenceOr::Item(item) = item {
                for (_, operation) in operations_of(item) {
                    let tag_name = tag_of(operation);
                    tags.entry(tag_name.to_string())
                        .or_insert_with(|| tag_names.new_tag(tag_name, None));
                }
            }
        }
        let mut function_names = Namespace::default();
        RESERVED_FUNCTIONS
            .iter()
            .for_each(|name| function_names.reserve(name));
        for tag in tags.values() {
            for suffix in ["_router", "_router_with", "_routes"] {
                function_names.reserve(&format!("{}{suffix}", tag.stem));
            }
        }
        let mut type_stems = Namespace::default();
        for (path, item) in self.document.paths.paths.iter() {
            let path_pointer = child("/paths", path);
            let ReferenceOr::Item(item) = item else {
                self.diagnostics.error(
                    &path_pointer,
                    "path item references (`$ref` on a path) are not supported",
                );
                continue;
            };
            for (method, operation) in operations_of(item) {
                let pointer = child(&path_pointer, method);
                let tag_name = tag_of(operation);
                if operation.tags.len() > 1 {
                    self.diagnostics.warning(
                        &child(&pointer, "tags"),
                        format!("operation has several tags; it is generated once, under the first (`{tag_name}`)"),
                    );
                }
                let lowered = self.lower_operation(
                    path,
                    method,
                    item,
                    operation,
                    &pointer,
                    schemes,
                    (&mut function_names, &mut type_stems),
                );
                if std::mem::take(&mut self.leave_out_operation) {
                    continue;
                }
                if let Some(reason) = crate::routes::shape_problem(&lowered.route) {
                    self.diagnostics.warning(
                        &pointer,
                        format!("the path `{path}` cannot be routed by axum: {reason}; the operation is left out"),
                    );
                    continue;
                }
                if let Some(tag) = tags.get_mut(tag_name) {
                    tag.operations.push(lowered);
                }
            }
        }
        tags.into_values()
            .filter(|tag| !tag.operations.is_empty())
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn lower_operation(
        &mut self,
        path: &str,
        method: &str,
        item: &PathItem,
        operation: &Operation,
        pointer: &str,
        schemes: &[ir::SecurityScheme],
        (function_names, type_stems): (&mut Namespace, &mut Namespace),
    ) -> ir::Operation {
        let operation_id = operation.operation_id.clone().unwrap_or_default();
        let base_name = if operation_id.is_empty() {
            derived_name(method, path)
        } else {
            names::field_name(&operation_id)
        };
        let name = function_names.unique(&base_name);
        let stem = type_stems.unique_avoiding(&type_stem(&name), |stem| {
            TYPE_SUFFIXES
                .iter()
                .any(|suffix| RESERVED_TYPES.contains(&format!("{stem}{suffix}").as_str()))
        });

        let mut param_names = Namespace::default();
        for reserved in RESERVED_PARAMS {
            param_names.reserve(reserved);
        }
        let (params, all_params_lowered) =
            self.lower_params(item, operation, pointer, &stem, &mut param_names);
        let path_segments = self.path_segments(path, &params, pointer, all_params_lowered);
        let route = path_segments
            .iter()
            .map(|segment| match segment {
                ir::PathSegment::Literal { text } => route_literal(text),
                ir::PathSegment::Param { name, .. } => format!("{{{name}}}"),
            })
            .collect();
        let body = operation
            .request_body
            .as_ref()
            .and_then(|body| self.lower_body(body, &child(pointer, "requestBody"), &stem));
        let mut responses = self.lower_responses(operation, pointer, &stem);
        let (success_type, success_enum) = success_shape(&responses, &stem);
        let error_enum = format!("{stem}Error");
        let enums = code::Enums {
            success: success_enum.as_deref(),
            error: &error_enum,
        };
        for response in &mut responses {
            self.features.api_error |= response.fill_code(&enums);
        }
        let success_headers = self.success_headers(&responses, &stem);
        let with_headers = success_headers
            .as_ref()
            .map(|_| function_names.unique(&format!("{name}_with_headers")));
        let security = self.lower_security(operation.security.as_ref(), pointer, schemes);
        let query_struct = params
            .iter()
            .any(|param| param.location == Location::Query)
            .then(|| format!("{stem}Query"));
        let websocket = self.websocket_message(operation, pointer, &responses);
        let has_optional = params.iter().any(|param| !param.required);
        // Every documented response media type, JSON first: a server that honours the order
        // answers in the type the client models.
        let mut accept: Vec<&str> = Vec::new();
        for body in responses
            .iter()
            .filter_map(|response| response.body.as_ref())
        {
            let media_types: Vec<&str> = match body.alternatives.as_slice() {
                [] => vec![body.media_type.as_str()],
                alternatives => alternatives.iter().map(|a| a.media_type.as_str()).collect(),
            };
            for media_type in media_types {
                if !accept.contains(&media_type) {
                    accept.push(media_type);
                }
            }
        }
        accept.sort_by_key(|media_type| !is_json(media_type));
        let negotiates = responses.iter().any(|response| {
            response
                .body
                .as_ref()
                .is_some_and(|body| body.kind == BodyKind::Choice)
        });
        // What the router negotiates among, in the same order.
        let produces: Vec<String> = if negotiates {
            accept
                .iter()
                .map(|media_type| media_type.to_string())
                .collect()
        } else {
            Vec::new()
        };
        let accept = (!accept.is_empty()).then(|| accept.join(", "));
        let params_struct = has_optional.then(|| format!("{stem}Params"));
        let client_args = client_args(&params, params_struct.as_deref(), body.as_ref());
        let server_args = server_args(
            &params,
            query_struct.as_deref(),
            body.as_ref(),
            security.as_ref(),
            !produces.is_empty(),
        );

        ir::Operation {
            pointer: pointer.to_string(),
            operation_id,
            method: method.to_uppercase(),
            path: path.to_string(),
            route,
            path_template: path_template(&path_segments),
            path_segments,
            summary: operation.summary.clone(),
            docs: docs_of(
                operation.summary.as_deref(),
                operation.description.as_deref(),
            ),
            deprecated: operation.deprecated,
            argument_docs: argument_docs(&params, body.as_ref()),
            params,
            client_args,
            server_args,
            params_struct,
            body,
            has_default: responses.iter().any(|r| r.status == Status::Default),
            responses,
            success_type,
            success_enum,
            error_enum,
            response_enum: format!("{stem}Response"),
            query_struct,
            security,
            websocket,
            accept,
            success_headers,
            with_headers,
            produces,
            name,
        }
    }

    fn lower_params(
        &mut self,
        item: &PathItem,
        operation: &Operation,
        pointer: &str,
        stem: &str,
        param_names: &mut Namespace,
    ) -> (Vec<ir::Param>, bool) {
        let components = self.document.components.as_ref().map(|c| &c.parameters);
        // Operation parameters override path-level ones with the same name and location.
        let mut merged: IndexMap<(String, Location), (&Parameter, String)> = IndexMap::new();
        let mut unresolved = false;
        let sources =
            item.parameters
                .iter()
                .enumerate()
                .map(|(index, p)| {
                    (
                        p,
                        child(
                            &child(&pointer[..pointer.rfind('/').unwrap_or(0)], "parameters"),
                            &index.to_string(),
                        ),
                    )
                })
                .chain(operation.parameters.iter().enumerate().map(|(index, p)| {
                    (p, child(&child(pointer, "parameters"), &index.to_string()))
                }));
        for (parameter, parameter_pointer) in sources {
            match resolve(parameter, "parameters", components) {
                Ok(resolved) => {
                    let key = (
                        resolved.parameter_data_ref().name.clone(),
                        location_of(resolved),
                    );
                    merged.insert(key, (resolved, parameter_pointer));
                }
                Err(message) => {
                    self.diagnostics.error(&parameter_pointer, message);
                    unresolved = true;
                }
            }
        }
        let mut params = Vec::new();
        let mut complete = !unresolved;
        for (parameter, parameter_pointer) in merged.into_values() {
            match self.lower_param(parameter, &parameter_pointer, stem, param_names) {
                Some(param) => params.push(param),
                None => complete = false,
            }
        }
        let query_names: Vec<String> = params
            .iter()
            .filter(|param| param.location == Location::Query)
            .map(|param| param.wire_name.clone())
            .collect();
        for param in params
            .iter_mut()
            .filter(|param| param.encoding == Encoding::FormObject)
        {
            param.other_query_names = Some(
                query_names
                    .iter()
                    .filter(|name| **name != param.wire_name)
                    .cloned()
                    .collect(),
            );
        }
        // Path parameters first, then required ones; spec order otherwise.
        params.sort_by_key(|param| (param.location != Location::Path, !param.required));
        (params, complete)
    }

    fn lower_param(
        &mut self,
        parameter: &Parameter,
        pointer: &str,
        stem: &str,
        param_names: &mut Namespace,
    ) -> Option<ir::Param> {
        let data = parameter.parameter_data_ref();
        let location = location_of(parameter);
        let hint = format!("{stem}{}", names::type_name(&data.name));
        let (ty, encoding) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let ty =
                    untyped_as_text(self.type_of_ref(schema, &child(pointer, "schema"), &hint));
                let schema = schema_of(self.document, schema);
                let unwrapped = match &ty {
                    Ty::Option(inner) => inner,
                    other => other,
                };
                let encoding = self.param_encoding(parameter, schema, unwrapped, pointer)?;
                (ty, encoding)
            }
            ParameterSchemaOrContent::Content(content) => {
                let Some((media_type, media)) = content.first() else {
                    self.diagnostics
                        .error(&child(pointer, "content"), "`content` has no media type");
                    return None;
                };
                if !is_json(media_type) {
                    self.diagnostics.error(
                        &child(pointer, "content"),
                        format!("`content`-typed parameters are supported with JSON media types only, not `{media_type}`"),
                    );
                    return None;
                }
                let ty = match &media.schema {
                    Some(schema) => self.type_of_ref(
                        schema,
                        &child(&child(pointer, "content"), media_type),
                        &hint,
                    ),
                    None => Ty::JSON,
                };
                (ty, Encoding::Json)
            }
        };
        let item_ty = match &ty {
            Ty::Vec(item) if encoding.is_array() => Some(item.render_with("models::")),
            _ => None,
        };
        let ty = match ty {
            Ty::Option(inner) => *inner,
            other => other,
        };
        let default = match &data.format {
            ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => schema
                .schema_data
                .default
                .as_ref()
                .and_then(|value| {
                    let expr = default_expr(value, &ty);
                    if expr.is_none() && value.is_number() {
                        self.diagnostics.warning(
                            &child(&child(pointer, "schema"), "default"),
                            format!("the default {value} is out of range for the parameter's type; not applied"),
                        );
                    }
                    expr
                }),
            _ => None,
        };
        let ty = if encoding == Encoding::HttpDate {
            self.features.http_date = true;
            self.features.chrono = true;
            "chrono::DateTime<chrono::Utc>".to_string()
        } else {
            ty.render_with("models::")
        };
        let arg_ty = match (ty.as_str(), &item_ty) {
            ("String", _) => "&str".to_string(),
            (_, Some(item)) => format!("&[{item}]"),
            _ => ty.clone(),
        };
        let required = data.required || location == Location::Path;
        let server_ty = if required || default.is_some() {
            ty.clone()
        } else {
            format!("Option<{ty}>")
        };
        let name = param_names.unique(&names::field_name(&data.name));
        Some(ir::Param {
            arg_ty,
            client_value: if required {
                format!("Some({name})")
            } else {
                format!("params.{name}")
            },
            take: code::take(required, default.as_deref()),
            method: format!("{}_{}", location.as_str(), encoding.as_str()),
            key: name.clone(),
            name,
            wire_name: data.name.clone(),
            location,
            required,
            ty,
            encoding,
            other_query_names: None,
            server_ty,
            default,
            docs: docs_of(None, data.description.as_deref()),
        })
    }

    /// How a schema-typed parameter is serialized, or a diagnostic when that style is not supported.
    ///
    /// The encoding names the runtime methods `{location}_{encoding}` of the client's `Call` and
    /// the server's `Incoming`; each implements one row of the OpenAPI 3.0.3 "Style Examples"
    /// table.
    fn param_encoding(
        &mut self,
        parameter: &Parameter,
        schema: Option<&Schema>,
        ty: &Ty,
        pointer: &str,
    ) -> Option<Encoding> {
        let explode = parameter.parameter_data_ref().explode;
        let data_name = parameter.parameter_data_ref().name.clone();
        let is_array = matches!(ty, Ty::Vec(_))
            || schema.is_some_and(|s| {
                matches!(&s.schema_kind, SchemaKind::Type(Type::Array(_)))
                    || matches!(&s.schema_kind, SchemaKind::Any(any) if any.items.is_some())
            });
        // Composed or referenced objects that the schema's own shape does not reveal are objects
        // too; an array is never an object, whatever its items are.
        let is_object = !is_array
            && (self.is_object_like(ty)
                || schema
                    .is_some_and(|s| matches!(&s.schema_kind, SchemaKind::Type(Type::Object(_)))));
        let items_are_structured = match ty {
            Ty::Vec(item) => self.is_object_like(item) || matches!(**item, Ty::Vec(_)),
            _ => false,
        };
        let is_date_time = schema.is_some_and(|s| {
            matches!(&s.schema_kind, SchemaKind::Type(Type::String(string))
                if string.format == VariantOrUnknownOrEmpty::Item(StringFormat::DateTime))
        });
        let shape = match (is_object, is_array) {
            (true, _) => Shape::Object,
            (_, true) => Shape::Array,
            _ => Shape::Scalar,
        };
        let unsupported = |what: &str| format!("{what} parameters are not supported yet");
        if items_are_structured
            && !matches!(
                parameter,
                Parameter::Query {
                    style: QueryStyle::DeepObject,
                    ..
                }
            )
        {
            // OpenAPI defines no serialization for them: one such parameter leaves its
            // operation out, not the whole API.
            self.diagnostics.warning(
                pointer,
                "arrays of objects or of arrays have no text form in this parameter style (use `content: {application/json: ...}`); the operation is left out",
            );
            self.leave_out_operation = true;
            return None;
        }
        let encoding = match parameter {
            Parameter::Query { style, .. } => {
                // `form` explodes by default; every other style does not.
                let exploded = explode.unwrap_or(matches!(style, QueryStyle::Form));
                match (style, shape, exploded) {
                    (QueryStyle::Form, Shape::Object, false) => Ok(Encoding::Object),
                    (QueryStyle::Form, Shape::Object, true) => Ok(Encoding::FormObject),
                    (QueryStyle::Form, Shape::Array, false) => Ok(Encoding::Csv),
                    (QueryStyle::Form, Shape::Array, true) => Ok(Encoding::Multi),
                    // chrono's `Display` is not RFC 3339 (`2026-12-01 10:00:00 UTC`).
                    (QueryStyle::Form, Shape::Scalar, _) if is_date_time => Ok(Encoding::Rfc3339),
                    (QueryStyle::Form, Shape::Scalar, _) => Ok(Encoding::Scalar),
                    (QueryStyle::SpaceDelimited, Shape::Array, false) => Ok(Encoding::Space),
                    (QueryStyle::PipeDelimited, Shape::Array, false) => Ok(Encoding::Pipe),
                    (
                        QueryStyle::SpaceDelimited | QueryStyle::PipeDelimited,
                        Shape::Array,
                        true,
                    ) => Ok(Encoding::Multi),
                    (QueryStyle::SpaceDelimited, Shape::Object, _) => Ok(Encoding::SpaceObject),
                    (QueryStyle::PipeDelimited, Shape::Object, _) => Ok(Encoding::PipeObject),
                    (QueryStyle::SpaceDelimited | QueryStyle::PipeDelimited, Shape::Scalar, _) => {
                        Ok(if is_date_time {
                            Encoding::Rfc3339
                        } else {
                            Encoding::Scalar
                        })
                    }
                    (QueryStyle::DeepObject, _, _) => Ok(Encoding::DeepObject),
                }
            }
            Parameter::Path { style, .. } => {
                let exploded = explode.unwrap_or(false);
                Ok(match (style, shape, exploded) {
                    (PathStyle::Simple, Shape::Scalar, _) => Encoding::Scalar,
                    (PathStyle::Simple, Shape::Array, _) => Encoding::Csv,
                    (PathStyle::Simple, Shape::Object, false) => Encoding::Object,
                    (PathStyle::Simple, Shape::Object, true) => Encoding::ObjectExploded,
                    (PathStyle::Label, Shape::Scalar, _) => Encoding::LabelScalar,
                    // The 3.0.3 table separates items with `.` whether exploded or not.
                    (PathStyle::Label, Shape::Array, _) => Encoding::LabelArray,
                    (PathStyle::Label, Shape::Object, false) => Encoding::LabelObject,
                    (PathStyle::Label, Shape::Object, true) => Encoding::LabelObjectExploded,
                    (PathStyle::Matrix, Shape::Scalar, _) => Encoding::MatrixScalar,
                    (PathStyle::Matrix, Shape::Array, false) => Encoding::MatrixArray,
                    (PathStyle::Matrix, Shape::Array, true) => Encoding::MatrixArrayExploded,
                    (PathStyle::Matrix, Shape::Object, false) => Encoding::MatrixObject,
                    (PathStyle::Matrix, Shape::Object, true) => Encoding::MatrixObjectExploded,
                })
            }
            Parameter::Header { .. } => match (shape, explode.unwrap_or(false)) {
                (Shape::Object, false) => Ok(Encoding::Object),
                (Shape::Object, true) => Ok(Encoding::ObjectExploded),
                (Shape::Array, _) => Ok(Encoding::Csv),
                // HTTP's own date headers carry HTTP-dates (RFC 9110), whatever format the spec
                // names; an application's own header carries the RFC 3339 text `date-time` means.
                (Shape::Scalar, _) if is_date_time && is_http_date_header(&data_name) => {
                    Ok(Encoding::HttpDate)
                }
                (Shape::Scalar, _) if is_date_time => Ok(Encoding::Rfc3339),
                (Shape::Scalar, _) => Ok(Encoding::Scalar),
            },
            Parameter::Cookie { .. } => match (shape, explode.unwrap_or(true)) {
                (Shape::Object, _) => Err(unsupported("object-valued cookie")),
                (Shape::Array, false) => Ok(Encoding::Csv),
                (Shape::Array, true) => Ok(Encoding::Multi),
                (Shape::Scalar, _) => Ok(Encoding::Scalar),
            },
        };
        match encoding {
            Ok(encoding) => Some(encoding),
            Err(message) => {
                self.diagnostics
                    .warning(pointer, format!("{message}; the operation is left out"));
                self.leave_out_operation = true;
                None
            }
        }
    }

    /// Whether a parameter type is an object (a struct, union or map) rather than text-like.
    /// Unions of text-like alternatives are text-like: they parse and print (`Display`, `FromStr`).
    fn is_object_like(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Option(inner) | Ty::Vec(inner) | Ty::Box(inner) => self.is_object_like(inner),
            Ty::Map(_) => true,
            Ty::Plain(path) => path.starts_with("serde_json::"),
            Ty::Named(name) => self.draft(name).is_some_and(|draft| match &draft.kind {
                DraftKind::Struct { .. } => true,
                DraftKind::Union { .. } => !self.is_text_union(name, 0),
                DraftKind::Alias { target } => self.is_object_like(target),
                _ => false,
            }),
        }
    }

    fn draft(&self, name: &str) -> Option<&ModelDraft> {
        self.types.models.iter().find(|model| model.name == name)
    }

    /// Whether `name` is an untagged union whose every alternative is text-like (a number, a
    /// boolean, a string or a string-like model), so that it can be a path, query or header value.
    pub(super) fn is_text_union(&self, name: &str, depth: usize) -> bool {
        match self.draft(name).map(|draft| &draft.kind) {
            // A discriminated union is an object: it has no text form.
            Some(DraftKind::Union {
                variants,
                tag: None,
            }) => {
                !variants.is_empty()
                    && variants
                        .iter()
                        .all(|variant| self.is_text_like(&variant.ty, depth + 1))
            }
            _ => false,
        }
    }

    pub(super) fn is_text_like(&self, ty: &Ty, depth: usize) -> bool {
        // A union nested this deep is a cycle; it has no text form.
        if depth > 8 {
            return false;
        }
        match ty {
            Ty::Plain(path) => TEXT_TYPES.contains(path),
            Ty::Named(name) => match self.draft(name).map(|draft| &draft.kind) {
                Some(DraftKind::StringEnum { .. } | DraftKind::IntegerEnum { .. }) => true,
                Some(DraftKind::Union { .. }) => self.is_text_union(name, depth),
                Some(DraftKind::Alias { target }) => self.is_text_like(target, depth + 1),
                _ => false,
            },
            _ => false,
        }
    }

    /// The names of every union that [`Context::is_text_union`], for `Display` and `FromStr` impls.
    pub(super) fn text_unions(&self) -> Vec<String> {
        self.types
            .models
            .iter()
            .filter(|model| self.is_text_union(&model.name, 0))
            .map(|model| model.name.clone())
            .collect()
    }

    /// Splits the path into literals and parameters. Undeclared parameters are only reported when
    /// every parameter lowered, so one broken parameter gives one diagnostic, not two.
    fn path_segments(
        &mut self,
        path: &str,
        params: &[ir::Param],
        pointer: &str,
        report: bool,
    ) -> Vec<ir::PathSegment> {
        let mut segments = Vec::new();
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|i| open + i) else {
                break;
            };
            if open > 0 {
                segments.push(ir::PathSegment::Literal {
                    text: rest[..open].to_string(),
                });
            }
            let wire = &rest[open + 1..close];
            match params
                .iter()
                .find(|p| p.location == Location::Path && p.wire_name == wire)
            {
                Some(param) => segments.push(ir::PathSegment::Param {
                    name: param.name.clone(),
                    wire_name: param.wire_name.clone(),
                    method: param.method.clone(),
                }),
                None => {
                    if report {
                        self.diagnostics
                            .error(pointer, format!("path parameter `{wire}` is not declared"));
                    }
                    segments.push(ir::PathSegment::Literal {
                        text: rest[open..=close].to_string(),
                    });
                }
            }
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            segments.push(ir::PathSegment::Literal {
                text: rest.to_string(),
            });
        }
        for param in params.iter().filter(|p| p.location == Location::Path) {
            if !path.contains(&format!("{{{}}}", param.wire_name)) {
                self.diagnostics.error(
                    pointer,
                    format!(
                        "path parameter `{}` does not appear in the path",
                        param.wire_name
                    ),
                );
            }
        }
        segments
    }

    fn lower_body(
        &mut self,
        body: &ReferenceOr<RequestBody>,
        pointer: &str,
        stem: &str,
    ) -> Option<ir::RequestBody> {
        let components = self.document.components.as_ref().map(|c| &c.request_bodies);
        let body = match resolve(body, "requestBodies", components) {
            Ok(body) => body,
            Err(message) => {
                self.diagnostics.error(pointer, message);
                return None;
            }
        };
        if body.content.is_empty() {
            // `content` is required to name at least one media type; an empty map can only mean
            // that there is nothing to send.
            self.diagnostics.warning(
                &child(pointer, "content"),
                "a request body without media types; the operation is generated without a body",
            );
            return None;
        }
        let Some((media_type, media, kind)) = choose_media(&body.content, true) else {
            let types = body.content.keys().cloned().collect::<Vec<_>>().join(", ");
            self.diagnostics.error(
                &child(pointer, "content"),
                format!("no supported media type among: {types}"),
            );
            return None;
        };
        let media_pointer = child(&child(pointer, "content"), media_type);
        let hint = format!("{stem}Request");
        let (media_type, kind, ty, form, parts, alternatives) =
            if has_request_alternatives(&body.content) {
                // Several media types: an enum with a variant per media type, which the caller
                // chooses and the server tells by `Content-Type`.
                let alternatives =
                    self.media_alternatives(&body.content, pointer, true, stem, "Request");
                let name = self.types.names.unique(&format!("{stem}Body"));
                let media_types: Vec<&str> =
                    alternatives.iter().map(|a| a.media_type.as_str()).collect();
                (
                    media_types.join(", "),
                    BodyKind::Choice,
                    Ty::Named(name.clone()),
                    Some(name),
                    Vec::new(),
                    alternatives,
                )
            } else {
                let (ty, form, parts) = match kind {
                    BodyKind::Json | BodyKind::Form | BodyKind::Choice => (
                        self.media_type_of(media, &media_pointer, &hint),
                        None,
                        Vec::new(),
                    ),
                    BodyKind::Binary => (Ty::BYTES, None, Vec::new()),
                    BodyKind::Text => (Ty::STRING, None, Vec::new()),
                    BodyKind::Multipart => {
                        self.features.multipart = true;
                        let parts = self.multipart_parts(media, &media_pointer, stem);
                        let name = self.types.names.unique(&format!("{stem}Form"));
                        (Ty::Named(name.clone()), Some(name), parts)
                    }
                };
                (media_type.clone(), kind, ty, form, parts, Vec::new())
            };
        let ty = ty.render_with("models::");
        Some(ir::RequestBody {
            media_type,
            kind,
            arg_ty: if body.required {
                ty.clone()
            } else {
                format!("Option<{ty}>")
            },
            encode: kind.as_str().to_string(),
            decode: match kind {
                BodyKind::Multipart | BodyKind::Choice => None,
                kind => Some(format!("body_{}", kind.as_str())),
            },
            take: code::take(body.required, None),
            ty,
            required: body.required,
            docs: docs_of(None, body.description.as_deref()),
            form,
            parts,
            alternatives,
        })
    }

    /// One variant per media type of `content`, for a body documented under several: typed by
    /// its schema where the generator models the type (JSON, forms, text), bytes otherwise (XML,
    /// images). Payload types that need a name get `{hint}{variant}{suffix}`.
    fn media_alternatives(
        &mut self,
        content: &IndexMap<String, MediaType>,
        pointer: &str,
        request: bool,
        hint: &str,
        suffix: &str,
    ) -> Vec<ir::BodyAlternative> {
        let mut variants = Namespace::default();
        let mut alternatives = Vec::new();
        for (media_type, media) in content {
            let kind = media_kind(media_type, media, request);
            let variant = variants.unique(&media_variant(media_type));
            let media_pointer = child(&child(pointer, "content"), media_type);
            let ty = match kind {
                BodyKind::Json | BodyKind::Form => {
                    self.media_type_of(media, &media_pointer, &format!("{hint}{variant}{suffix}"))
                }
                BodyKind::Text => Ty::STRING,
                _ => Ty::BYTES,
            };
            alternatives.push(ir::BodyAlternative {
                variant,
                media_type: media_type.clone(),
                kind,
                decode: format!("body_{}", kind.as_str()),
                ty: ty.render(),
            });
        }
        alternatives
    }

    fn media_type_of(&mut self, media: &MediaType, pointer: &str, hint: &str) -> Ty {
        match &media.schema {
            Some(schema) => {
                let ty = self.type_of_ref(schema, &child(pointer, "schema"), hint);
                match ty {
                    Ty::Option(inner) => *inner,
                    other => other,
                }
            }
            None => Ty::JSON,
        }
    }

    fn multipart_parts(
        &mut self,
        media: &MediaType,
        pointer: &str,
        stem: &str,
    ) -> Vec<ir::MultipartPart> {
        let schema = media
            .schema
            .as_ref()
            .and_then(|schema| schema_of(self.document, schema))
            .cloned();
        let Some(Schema {
            schema_kind: SchemaKind::Type(Type::Object(object)),
            ..
        }) = schema
        else {
            // The schema does not name the parts (a string, a missing schema): the caller names
            // them, and every part the server receives is handed on.
            self.diagnostics.warning(
                &child(pointer, "schema"),
                "a `multipart/form-data` schema that is not an object does not name the parts; the body is generated as a list of named parts",
            );
            return vec![ir::MultipartPart {
                name: "parts".to_string(),
                wire_name: String::new(),
                field_ty: "Vec<crate::FormPart>".to_string(),
                required: true,
                kind: PartKind::Parts,
                take: code::take(true, None),
            }];
        };
        let mut part_names = Namespace::default();
        let mut parts = Vec::new();
        for (wire, property) in &object.properties {
            let property_pointer = child(&child(&child(pointer, "schema"), "properties"), wire);
            let hint = format!("{stem}{}", names::type_name(wire));
            let resolved = match property {
                ReferenceOr::Item(schema) => Some((**schema).clone()),
                ReferenceOr::Reference { reference } => reference
                    .strip_prefix("#/components/schemas/")
                    .and_then(|wire| component_schema(self.document, &unescape_segment(wire)))
                    .cloned(),
            };
            let (kind, ty) = match resolved.as_ref().map(|s| &s.schema_kind) {
                Some(SchemaKind::Type(Type::String(string)))
                    if string.format == VariantOrUnknownOrEmpty::Item(StringFormat::Binary) =>
                {
                    (PartKind::File, Ty::BYTES)
                }
                Some(SchemaKind::Type(Type::Array(array))) => {
                    let item = match &array.items {
                        Some(items) => self.type_of_boxed_ref(
                            items,
                            &child(&property_pointer, "items"),
                            &format!("{hint}Item"),
                        ),
                        None => Ty::JSON,
                    };
                    let kind = match item {
                        Ty::Plain("String") => PartKind::TextArray,
                        _ => PartKind::JsonArray,
                    };
                    (kind, Ty::Vec(Box::new(item)))
                }
                Some(SchemaKind::Type(Type::Object(_))) | Some(SchemaKind::Any(_)) | None => (
                    PartKind::Json,
                    self.type_of_boxed_ref(property, &property_pointer, &hint),
                ),
                Some(_) => {
                    let ty = self.type_of_boxed_ref(property, &property_pointer, &hint);
                    // A composition that is not text-like (a string-or-object union, an allOf
                    // struct) has no text form: it travels as JSON, the default OpenAPI gives a
                    // complex part.
                    let kind = if self.is_object_like(&ty) {
                        PartKind::Json
                    } else {
                        PartKind::Text
                    };
                    (kind, ty)
                }
            };
            let ty = match ty {
                Ty::Option(inner) => *inner,
                other => other,
            };
            let required = object.required.contains(wire);
            let field_ty = if required {
                ty
            } else {
                Ty::Option(Box::new(ty))
            };
            parts.push(ir::MultipartPart {
                name: part_names.unique(&names::field_name(wire)),
                wire_name: wire.clone(),
                field_ty: field_ty.render(),
                required,
                kind,
                take: code::take(required, None),
            });
        }
        parts
    }

    fn lower_responses(
        &mut self,
        operation: &Operation,
        pointer: &str,
        stem: &str,
    ) -> Vec<ir::Response> {
        let responses_pointer = child(pointer, "responses");
        let mut variants = Namespace::default();
        let statuses = operation
            .responses
            .responses
            .iter()
            .map(|(status, response)| {
                let status = match status {
                    StatusCode::Code(code) => Status::Code(*code),
                    StatusCode::Range(range) => Status::Range(u8::try_from(*range).unwrap_or(9)),
                };
                (status, response)
            })
            .chain(
                operation
                    .responses
                    .default
                    .iter()
                    .map(|response| (Status::Default, response)),
            );
        let mut lowered = Vec::new();
        let components = self.document.components.as_ref().map(|c| &c.responses);
        for (status, response) in statuses {
            let status_text = status.to_string();
            let response_pointer = child(&responses_pointer, &status_text);
            let response: &Response = match resolve(response, "responses", components) {
                Ok(response) => response,
                Err(message) => {
                    self.diagnostics.error(&response_pointer, message);
                    continue;
                }
            };
            let (is_success, base_variant) = match status {
                Status::Code(code) => (code < 400, status_variant(code)),
                Status::Range(range) => (range < 4, format!("Status{range}xx")),
                Status::Default => (false, "Default".to_string()),
            };
            let variant = variants.unique(&base_variant);
            let body = if response.content.is_empty() {
                None
            } else if response.content.len() > 1 {
                Some(self.response_alternatives(
                    &response.content,
                    &response_pointer,
                    stem,
                    &variant,
                ))
            } else {
                match choose_media(&response.content, false) {
                    Some((media_type, media, kind)) => {
                        let hint = format!("{stem}{variant}Body");
                        let media_pointer = child(&child(&response_pointer, "content"), media_type);
                        let ty = match kind {
                            BodyKind::Binary => Ty::BYTES,
                            BodyKind::Text => Ty::STRING,
                            _ => self.media_type_of(media, &media_pointer, &hint),
                        };
                        Some(ir::ResponseBody {
                            media_type: media_type.clone(),
                            kind,
                            ty: ty.render_with("models::"),
                            choice: None,
                            alternatives: Vec::new(),
                        })
                    }
                    None => {
                        let types = response
                            .content
                            .keys()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ");
                        self.diagnostics.error(
                            &child(&response_pointer, "content"),
                            format!("no supported media type among: {types}"),
                        );
                        None
                    }
                }
            };
            let headers_struct =
                self.response_headers(response, &response_pointer, stem, &variant, &status_text);
            lowered.push(ir::Response {
                headers_struct,
                status,
                variant,
                docs: docs_of(None, Some(&response.description)),
                is_success,
                body,
                client_variant: String::new(),
                client_arm: String::new(),
                client_status_arm: String::new(),
                server_variant: String::new(),
                server_arm: String::new(),
            });
        }
        // An operation documented only by `default` treats it as its success.
        if !lowered.iter().any(|r| r.is_success) {
            if let Some(default) = lowered.iter_mut().find(|r| r.status == Status::Default) {
                default.is_success = true;
            }
        }
        // Match-arm order: a `4XX` arm after a `404` one, `default` last.
        lowered.sort_by_key(|response| response.status);
        lowered
    }

    /// A response body documented under several media types: an enum with a variant per media
    /// type, which the server's implementation chooses (seeing what the client accepts) and the
    /// client tells by `Content-Type`.
    fn response_alternatives(
        &mut self,
        content: &IndexMap<String, MediaType>,
        pointer: &str,
        stem: &str,
        variant: &str,
    ) -> ir::ResponseBody {
        let alternatives =
            self.media_alternatives(content, pointer, false, &format!("{stem}{variant}"), "Body");
        let name = self.types.names.unique(&format!("{stem}{variant}Body"));
        ir::ResponseBody {
            media_type: content.keys().cloned().collect::<Vec<_>>().join(", "),
            kind: BodyKind::Choice,
            ty: format!("models::{name}"),
            choice: Some(name),
            alternatives,
        }
    }

    fn websocket_message(
        &mut self,
        operation: &Operation,
        pointer: &str,
        responses: &[ir::Response],
    ) -> Option<String> {
        match operation.extensions.get("x-websocket") {
            Some(serde_json::Value::Bool(true)) => {}
            Some(serde_json::Value::Bool(false)) | None => return None,
            Some(_) => {
                self.diagnostics.error(
                    &child(pointer, "x-websocket"),
                    "`x-websocket` must be `true` or `false`",
                );
                return None;
            }
        }
        self.features.websocket = true;
        let from_extension = operation
            .extensions
            .get("x-websocket-message")
            .and_then(|value| serde_json::from_value::<ReferenceOr<Schema>>(value.clone()).ok());
        match from_extension {
            Some(schema) => {
                let ty = self.type_of_ref(&schema, &child(pointer, "x-websocket-message"), "WebsocketMessage");
                Some(ty.render_with("models::"))
            }
            None => responses
                .iter()
                .find(|r| r.is_success)
                .and_then(|r| r.body.as_ref())
                .map(|body| body.ty.clone())
                .or_else(|| {
                    self.diagnostics.error(
                        pointer,
                        "a WebSocket operation needs `x-websocket-message` or a JSON success response describing its messages",
                    );
                    None
                }),
        }
    }
}

/// An untyped parameter value (`schema: {}`, or `items: {}`) as text: that is all the wire carries,
/// and without a type there is nothing to parse it as.
fn untyped_as_text(ty: Ty) -> Ty {
    match ty {
        Ty::Plain("serde_json::Value") => Ty::STRING,
        Ty::Vec(item) => Ty::Vec(Box::new(untyped_as_text(*item))),
        Ty::Option(inner) => Ty::Option(Box::new(untyped_as_text(*inner))),
        other => other,
    }
}

/// The inline schema behind a reference, for decisions that depend on its shape.
pub(super) fn schema_of<'s>(
    document: &'s OpenAPI,
    schema: &'s ReferenceOr<Schema>,
) -> Option<&'s Schema> {
    match schema {
        ReferenceOr::Item(schema) => Some(schema),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/schemas/")
            .and_then(|wire| component_schema(document, &unescape_segment(wire))),
    }
}

/// The tag an operation is generated under: its first, or `default` when it has none.
fn tag_of(operation: &Operation) -> &str {
    operation.tags.first().map_or("default", String::as_str)
}

/// Names of the per-tag items: the API struct and trait (`PeopleApi`) and the snake_case stem of
/// the client accessor and the router functions (`people`, `people_router`).
#[derive(Default)]
struct TagNames {
    types: Namespace,
    stems: Namespace,
}

impl TagNames {
    fn new_tag(&mut self, wire: &str, description: Option<&str>) -> ir::Tag {
        // Named as a whole, so that a keyword or prelude tag (`default`, `Self`) reads `DefaultApi`.
        let name = self.types.unique(&names::type_name(&format!("{wire} Api")));
        let short = names::field_name(name.strip_suffix("Api").unwrap_or(&name));
        // An accessor shadowing a `Client` method (`default`, `new`) keeps the `_api` suffix.
        let base = if RESERVED_TAG_STEMS.contains(&short.as_str()) || short.is_empty() {
            names::field_name(&name)
        } else {
            short
        };
        ir::Tag {
            wire_name: wire.to_string(),
            stem: self
                .stems
                .unique_avoiding(&base, |stem| RESERVED_TAG_STEMS.contains(&stem)),
            name,
            docs: docs_of(None, description),
            operations: Vec::new(),
            feature: None,
            cfg: None,
        }
    }
}

pub(super) fn operations_of(item: &PathItem) -> Vec<(&'static str, &Operation)> {
    let all = [
        &item.get,
        &item.put,
        &item.post,
        &item.delete,
        &item.options,
        &item.head,
        &item.patch,
        &item.trace,
    ];
    METHODS
        .iter()
        .zip(all)
        .filter_map(|(method, operation)| operation.as_ref().map(|operation| (*method, operation)))
        .collect()
}

fn location_of(parameter: &Parameter) -> Location {
    match parameter {
        Parameter::Query { .. } => Location::Query,
        Parameter::Header { .. } => Location::Header,
        Parameter::Path { .. } => Location::Path,
        Parameter::Cookie { .. } => Location::Cookie,
    }
}

/// A literal piece of a path as the router sees it: axum matches the request path as sent, where
/// clients percent-encode what may not appear in a path (`/пользователи`, spaces).
fn route_literal(literal: &str) -> String {
    let mut route = String::with_capacity(literal.len());
    for byte in literal.bytes() {
        let allowed = byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/".contains(&byte);
        if allowed {
            route.push(char::from(byte));
        } else {
            route.push_str(&format!("%{byte:02X}"));
        }
    }
    route
}

/// A stable name for an operation without `operationId`: the method and the path's words.
fn derived_name(method: &str, path: &str) -> String {
    let words: Vec<String> = path
        .split('/')
        .filter(|segment| !segment.is_empty())
        .map(
            |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(param) => format!("by {param}"),
                None => segment.to_string(),
            },
        )
        .collect();
    names::field_name(&format!("{method} {}", words.join(" ")))
}

fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence.ends_with("+json")
}

/// How a body of this media type is handled: JSON, multipart, a form, text or binary. Every
/// media type has a kind; what is not JSON, a form or text travels as bytes.
fn media_kind(media_type: &str, media: &MediaType, request: bool) -> BodyKind {
    let essence = essence(media_type);
    let object_schema = match &media.schema {
        None => false,
        Some(ReferenceOr::Reference { .. }) => true,
        Some(ReferenceOr::Item(schema)) => !matches!(
            &schema.schema_kind,
            SchemaKind::Type(Type::String(_)) | SchemaKind::Any(_)
        ),
    };
    if is_json(&essence) {
        BodyKind::Json
    } else if essence == "multipart/form-data" && request {
        BodyKind::Multipart
    } else if essence == "application/x-www-form-urlencoded" && request {
        BodyKind::Form
    } else if essence.starts_with("text/") {
        BodyKind::Text
    } else if object_schema && (essence == "application/octet-stream" || essence == "*/*") {
        // Swagger 2.0 conversions put JSON schemas under `application/octet-stream` or `*/*`
        // (an operation-wide `produces`); such a body is still JSON bytes.
        BodyKind::Json
    } else {
        BodyKind::Binary
    }
}

/// The variant of a body enum that holds a body of `media_type`.
fn media_variant(media_type: &str) -> String {
    match essence(media_type).as_str() {
        "application/json" => "Json".to_string(),
        "application/x-www-form-urlencoded" => "Form".to_string(),
        "text/plain" => "Text".to_string(),
        "application/octet-stream" => "Binary".to_string(),
        other => match names::type_name(other.rsplit('/').next().unwrap_or_default()).as_str() {
            "" => "Any".to_string(),
            name => name.to_string(),
        },
    }
}

/// Whether a request body's media types become a choice ([`Context::body_alternatives`]): more
/// than one, none of them multipart (whose parts need a form of their own).
pub(super) fn has_request_alternatives(content: &IndexMap<String, MediaType>) -> bool {
    content.len() > 1
        && content
            .iter()
            .all(|(media_type, media)| media_kind(media_type, media, true) != BodyKind::Multipart)
}

/// The media type a body is generated for, among those `content` offers.
pub(super) fn preferred_media_type(
    content: &IndexMap<String, MediaType>,
    request: bool,
) -> Option<&String> {
    choose_media(content, request).map(|(media_type, _, _)| media_type)
}

/// The media type to generate for, by preference (JSON first), with its kind.
fn choose_media(
    content: &IndexMap<String, MediaType>,
    request: bool,
) -> Option<(&String, &MediaType, BodyKind)> {
    let preference = [
        BodyKind::Json,
        BodyKind::Multipart,
        BodyKind::Form,
        BodyKind::Text,
        BodyKind::Binary,
    ];
    preference.iter().find_map(|wanted| {
        content.iter().find_map(|(media_type, media)| {
            (media_kind(media_type, media, request) == *wanted)
                .then_some((media_type, media, *wanted))
        })
    })
}

/// A Rust expression for a parameter default, when the type is a plain scalar and the value is
/// a literal of it (an `i32` default of 3000000000, or an `f32` one of 1e39, would not compile).
fn default_expr(value: &serde_json::Value, ty: &Ty) -> Option<String> {
    match (value, ty) {
        (serde_json::Value::Bool(b), Ty::Plain("bool")) => Some(b.to_string()),
        (serde_json::Value::Number(n), Ty::Plain("i64")) if n.is_i64() => Some(n.to_string()),
        (serde_json::Value::Number(n), Ty::Plain("i32")) => n
            .as_i64()
            .filter(|v| i32::try_from(*v).is_ok())
            .map(|v| v.to_string()),
        (serde_json::Value::Number(n), Ty::Plain("f64")) => n
            .as_f64()
            .filter(|f| f.is_finite())
            .map(|f| format!("{f:?}")),
        (serde_json::Value::Number(n), Ty::Plain("f32")) => n
            .as_f64()
            .filter(|f| f.is_finite() && (*f as f32).is_finite())
            .map(|f| format!("{f:?}")),
        (serde_json::Value::String(s), Ty::Plain("String")) => Some(format!("{s:?}.to_string()")),
        _ => None,
    }
}

/// The variant name of a status: its reason phrase in UpperCamelCase (`404` → `NotFound`).
fn status_variant(code: u16) -> String {
    match reason(code) {
        Some(reason) => names::variant_name(reason),
        None => format!("Status{code}"),
    }
}

/// The reason phrase of a registered status code, in title case (`Not Found`).
pub(super) fn reason(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "Non Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi Status",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        414 => "Uri Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "Im A Teapot",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "Http Version Not Supported",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        511 => "Network Authentication Required",
        _ => return None,
    })
}

/// The client's success type: the one body type all success statuses share, or an enum.
fn success_shape(responses: &[ir::Response], stem: &str) -> (String, Option<String>) {
    let success: Vec<&ir::Response> = responses.iter().filter(|r| r.is_success).collect();
    let body_type = |r: &ir::Response| {
        r.body
            .as_ref()
            .map(|b| b.ty.clone())
            .unwrap_or_else(|| "()".to_string())
    };
    match success.as_slice() {
        [] => ("()".to_string(), None),
        [only] => (body_type(only), None),
        [first, rest @ ..] if rest.iter().all(|r| body_type(r) == body_type(first)) => {
            (body_type(first), None)
        }
        _ => {
            let name = format!("{stem}Success");
            (name.clone(), Some(name))
        }
    }
}

/// [`ir::Operation::path_template`]: `None` when a parameter has another style, or a literal
/// piece has a brace of its own (it would read as a placeholder).
fn path_template(segments: &[ir::PathSegment]) -> Option<ir::PathTemplate> {
    let mut text = String::new();
    let mut names = Vec::new();
    for segment in segments {
        match segment {
            ir::PathSegment::Literal { text: literal } if !literal.contains(['{', '}']) => {
                text.push_str(literal);
            }
            ir::PathSegment::Param { name, method, .. } if method == "path_scalar" => {
                text.push_str("{}");
                names.push(name.clone());
            }
            _ => return None,
        }
    }
    (!names.is_empty()).then_some(ir::PathTemplate { text, names })
}

/// [`ir::Operation::argument_docs`]: a line per argument worth one, as
/// "- `name` (query `wireName`): docs" or "- `body` (`text/csv`, optional): docs".
fn argument_docs(params: &[ir::Param], body: Option<&ir::RequestBody>) -> Vec<String> {
    let joined = |docs: &[String]| match docs {
        [] => String::new(),
        docs => format!(": {}", docs.join(" ")),
    };
    let mut lines: Vec<String> = params
        .iter()
        .filter(|p| p.required)
        .filter(|p| !p.docs.is_empty() || p.name.trim_start_matches("r#") != p.wire_name)
        .map(|p| {
            format!(
                "- `{}` ({} `{}`){}",
                p.name,
                p.location.as_str(),
                p.wire_name,
                joined(&p.docs)
            )
        })
        .collect();
    if let Some(body) = body.filter(|b| !b.docs.is_empty() || b.media_type != "application/json") {
        let optional = if body.required { "" } else { ", optional" };
        lines.push(format!(
            "- `body` (`{}`{optional}){}",
            body.media_type,
            joined(&body.docs)
        ));
    }
    lines
}

/// The client method's arguments after `&self`: required parameters (path ones first), the
/// struct of the optional ones, the body.
fn client_args(
    params: &[ir::Param],
    params_struct: Option<&str>,
    body: Option<&ir::RequestBody>,
) -> Vec<ir::Argument> {
    let mut args: Vec<ir::Argument> = params
        .iter()
        .filter(|p| p.required)
        .map(|p| argument(&p.name, &p.arg_ty))
        .collect();
    if let Some(params_struct) = params_struct {
        args.push(argument("params", params_struct));
    }
    if let Some(body) = body {
        args.push(argument("body", &body.arg_ty));
    }
    args
}

/// The server trait method's arguments after `&self`, in the order the handler passes them.
fn server_args(
    params: &[ir::Param],
    query_struct: Option<&str>,
    body: Option<&ir::RequestBody>,
    security: Option<&ir::Security>,
    negotiates: bool,
) -> Vec<ir::Argument> {
    let mut args = Vec::new();
    if let Some(security) = security {
        args.push(argument("credentials", &security.server_ty));
    }
    let located = |location: Location| {
        params
            .iter()
            .filter(move |p| p.location == location)
            .map(|p| argument(&p.name, &p.server_ty))
    };
    args.extend(located(Location::Path));
    if let Some(query_struct) = query_struct {
        args.push(argument("params", query_struct));
    }
    args.extend(
        params
            .iter()
            .filter(|p| matches!(p.location, Location::Header | Location::Cookie))
            .map(|p| argument(&p.name, &p.server_ty)),
    );
    if let Some(body) = body {
        args.push(argument("body", &body.arg_ty));
    }
    if negotiates {
        args.push(argument("accepted", "Accepted"));
    }
    args
}

fn argument(name: &str, ty: &str) -> ir::Argument {
    ir::Argument {
        name: name.to_string(),
        ty: ty.to_string(),
    }
}

/// The headers whose values RFC 9110 and its companions define as HTTP-dates.
const HTTP_DATE_HEADERS: &[&str] = &[
    "date",
    "expires",
    "if-modified-since",
    "if-range",
    "if-unmodified-since",
    "last-modified",
    "retry-after",
    "sunset",
];

/// Whether a header parameter is one of HTTP's own date headers ([`HTTP_DATE_HEADERS`]).
fn is_http_date_header(name: &str) -> bool {
    HTTP_DATE_HEADERS
        .iter()
        .any(|header| header.eq_ignore_ascii_case(name))
}
