//! The intermediate representation: plain data that says what to emit.
//!
//! Architecture invariant: every naming and typing decision is made while lowering, so the IR holds
//! no openapiv3 types and templates only lay it out. Rust types are strings that `syn` has already
//! parsed; serde attributes are the text between `#[serde(` and `)]`. `Option`s serialize as `null`
//! so strict templates can test them.

use serde::{Serialize, Serializer};

/// Code the IR built (identifiers lowering made, type expressions syn parsed, literals already
/// escaped): serialized for the templates as minijinja safe strings, which print as they are.
/// Every other string is spec text and prints as an escaped literal (see `render`). Elsewhere
/// (the IR as JSON) these are plain strings.
pub trait CodeText {
    /// Serializes the value as code: a safe string, or a collection of them.
    fn serialize_code<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

impl CodeText for String {
    fn serialize_code<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        minijinja::Value::from_safe_string(self.clone()).serialize(serializer)
    }
}

impl<T: CodeText> CodeText for Option<T> {
    fn serialize_code<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&Code(value)),
            None => serializer.serialize_none(),
        }
    }
}

impl<T: CodeText> CodeText for Vec<T> {
    fn serialize_code<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(Code))
    }
}

struct Code<'a, T>(&'a T);

impl<T: CodeText> Serialize for Code<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_code(serializer)
    }
}

pub(crate) fn code<T: CodeText, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.serialize_code(serializer)
}

/// One spec, ready to render as a crate.
#[derive(Debug, Serialize)]
pub struct Api {
    /// The spec path as given (e.g. `spec/alfresco-core.yaml`), for the "generated from" line.
    pub spec_file: String,
    /// Cargo package name (`alfresco-core`).
    pub crate_name: String,
    /// Rust library name (`alfresco_core`).
    #[serde(serialize_with = "code")]
    pub lib_name: String,
    /// The spec's `info.title`.
    pub title: String,
    /// The spec's `info.version`.
    pub version: String,
    /// The spec's `info.description`, one entry per line.
    pub docs: Vec<String>,
    /// The first server URL, or `""` when the spec has none.
    pub default_base_url: String,
    /// The path part of the first server URL without a trailing slash (`/alfresco/api/...`), or `""`.
    pub base_path: String,
    /// Every named type, in a stable order.
    pub models: Vec<Model>,
    /// The unions of text-like alternatives (`oneOf: [integer, string]`), by model name: they get
    /// `Display` and `FromStr`, so that they can be path, query and header values.
    #[serde(serialize_with = "code")]
    pub text_unions: Vec<String>,
    /// One client and one server trait per tag, in spec order.
    pub tags: Vec<Tag>,
    /// The spec's security schemes, in spec order.
    pub security_schemes: Vec<SecurityScheme>,
    /// The documents the router serves with `RouterOptions::with_documentation` (the OpenAPI
    /// document and the documentation page), at routes no operation takes.
    pub documents: Vec<Document>,
    /// Structs of documented response headers (in `models.rs`, shared by client and server).
    pub header_structs: Vec<HeaderStruct>,
    /// The files of `src/models/`, each holding some of [`Api::models`].
    pub model_files: Vec<ModelFile>,
    /// The server's credential enums, in the order operations first use them.
    pub credential_enums: Vec<CredentialEnum>,
    /// Warnings (constructs skipped on purpose), listed in the crate docs.
    pub warnings: Vec<String>,
    /// What the crate needs beyond the base dependencies.
    pub features: Features,
    /// The cargo feature of each tag (`tag-repos`), in tag order, for specs with enough tags to
    /// get per-tag features (see `lower::tag_features`); empty otherwise. `all-tags` enables
    /// them all and is a default feature.
    pub tag_features: Vec<String>,
    /// Each tag feature → the hidden features it enables: one per set of three or more tags
    /// whose shared items have a gate of their own (`__tags-<hash>`, see `lower::tag_features`).
    pub tag_groups: std::collections::BTreeMap<String, Vec<String>>,
    /// Every hidden feature of [`Api::tag_groups`], sorted.
    pub feature_groups: Vec<String>,
}

/// The documented headers of a response (or, for the client, of an operation's successful
/// responses), typed.
#[derive(Debug, Serialize)]
pub struct HeaderStruct {
    /// The struct's name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// Doc lines.
    pub docs: Vec<String>,
    /// One field per header.
    pub fields: Vec<ResponseHeader>,
    /// Whether the client reads it (it is some operation's `success_headers`).
    pub read: bool,
    /// Whether the server writes it (a response variant carries it).
    pub write: bool,
    /// `#[cfg(...)]` limiting it to the tag features whose operations use it, or `null`.
    #[serde(serialize_with = "code")]
    pub cfg: Option<String>,
}

/// One documented response header.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseHeader {
    /// The field name (`x_rate_limit`).
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The header name, lower case (`x-rate-limit`).
    pub wire_name: String,
    /// The value type, as seen inside `models.rs`.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// The field type: `ty`, or `Option<ty>` for a header that is not required.
    #[serde(serialize_with = "code")]
    pub field_ty: String,
    /// Whether the spec requires it.
    pub required: bool,
    /// How the value is text (the runtime's `parse` and `text` functions of that name).
    pub encoding: HeaderEncoding,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
}

/// A document the generated router can serve beside the API.
#[derive(Debug, Serialize)]
pub struct Document {
    /// The route under the base path (`/openapi.json`).
    pub route: String,
    /// The `Content-Type` it is served with.
    pub media_type: String,
    /// The `server.rs` constant holding it (`OPENAPI_JSON`).
    #[serde(serialize_with = "code")]
    pub constant: String,
}

/// Which optional pieces of runtime support and which dependencies the crate needs.
#[derive(Debug, Default, Serialize)]
pub struct Features {
    /// `chrono` for `date` and `date-time` formats.
    pub chrono: bool,
    /// `uuid` for the `uuid` format.
    pub uuid: bool,
    /// `format: uri` occurs: the crate exports `Uri`.
    pub uri: bool,
    /// The base64 support for the `byte` format.
    pub base64: bool,
    /// `multipart/form-data` bodies.
    pub multipart: bool,
    /// WebSocket operations (`x-websocket`).
    pub websocket: bool,
    /// HTTP dates (`If-Modified-Since`-style headers).
    pub http_date: bool,
    /// Some client match arm returns a documented error response through the runtime's
    /// `api_error`.
    pub api_error: bool,
}

/// A named Rust type generated from a schema (a component or an inline schema that needed a name).
#[derive(Debug, Serialize)]
pub struct Model {
    /// JSON pointer of the schema in the spec.
    pub pointer: String,
    /// The Rust type name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The model whose file (`src/models/<module>.rs`) holds this one: itself, or the model whose
    /// inline schema defined it.
    #[serde(skip)]
    pub root: String,
    /// The schema's name in the spec.
    pub wire_name: String,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
    /// Extra derives beyond the base set, e.g. `Default`, `Eq`, `Copy`.
    #[serde(serialize_with = "code")]
    pub derives: Vec<String>,
    /// `#[cfg(...)]` limiting the model (and its impls) to the tag features whose operations
    /// reach it, or `null` when every build needs it (or the crate has no tag features).
    #[serde(serialize_with = "code")]
    pub cfg: Option<String>,
    #[serde(flatten)]
    /// What kind of type it is.
    pub kind: ModelKind,
}

/// One file of `src/models/` (see `lower::model_files`).
#[derive(Debug, Serialize)]
pub struct ModelFile {
    /// The module and file stem (`repository`).
    #[serde(serialize_with = "code")]
    pub module: String,
    /// Indices into [`Api::models`], in definition order.
    pub models: Vec<usize>,
    /// Some type in the file names a model of another file: it imports `super::*`.
    pub imports_models: bool,
    /// `#![cfg(...)]` for the whole file when every model in it has the same tag gate (then
    /// they carry none of their own), or `null`.
    #[serde(serialize_with = "code")]
    pub inner_cfg: Option<String>,
    /// The same gate as an outer `#[cfg(...)]`, for the file's re-export in `models/mod.rs`
    /// (without the module, `pub use module::*` would not resolve).
    #[serde(serialize_with = "code")]
    pub cfg: Option<String>,
}

/// The shape of a generated type.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ModelKind {
    /// A struct with named fields.
    Struct {
        /// The fields, in spec order.
        fields: Vec<Field>,
        /// `additionalProperties: false`: a request the server validates may carry no other
        /// properties (`object!(closed ..)`).
        closed: bool,
    },
    /// A closed set of string values plus an `Other(String)` fallback that keeps unknown values.
    StringEnum {
        /// The known values.
        variants: Vec<EnumVariant>,
        /// The variant used by `Default`, from the schema's `default`.
        #[serde(serialize_with = "code")]
        default_variant: Option<String>,
    },
    /// Integers with named values: a newtype with associated constants, so unknown values decode.
    IntegerEnum {
        /// The integer type (`i64`).
        #[serde(serialize_with = "code")]
        repr: String,
        /// The named values.
        constants: Vec<IntegerConstant>,
    },
    /// `oneOf` / `anyOf` with a `discriminator`: the tag property's value chooses the variant, and
    /// the whole object (tag included) decodes into it; an unknown tag is kept in `Other`.
    TaggedUnion {
        /// The discriminator property's name.
        property: String,
        /// One variant per alternative.
        variants: Vec<TaggedVariant>,
    },
    /// `oneOf` / `anyOf` without a discriminator: one variant per alternative, the first that
    /// decodes wins.
    Union {
        /// One variant per alternative.
        variants: Vec<UnionVariant>,
        /// The serde container attribute (`tag = "kind"` or `untagged`).
        #[serde(serialize_with = "code")]
        serde: String,
    },
    /// A type alias (`pub type X = Vec<Y>;`).
    Alias {
        /// The aliased type expression.
        #[serde(serialize_with = "code")]
        target: String,
    },
}

/// One field of a struct model.
#[derive(Debug, Serialize)]
pub struct Field {
    /// The Rust field name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The JSON property name.
    pub wire_name: String,
    /// The full field type, `Option` included.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
    /// How the property is read and written: the runtime's `object!` names it.
    pub presence: Presence,
}

/// One value of a string enum.
#[derive(Debug, Serialize)]
pub struct EnumVariant {
    /// The Rust variant name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The wire value as a Rust string literal (quoted, escaped).
    #[serde(serialize_with = "code")]
    pub wire_literal: String,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
}

/// One named value of an integer enum.
#[derive(Debug, Serialize)]
pub struct IntegerConstant {
    /// The constant's name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The value, as Rust source.
    #[serde(serialize_with = "code")]
    pub value: String,
}

/// One alternative of an untagged union.
#[derive(Debug, Serialize)]
pub struct UnionVariant {
    /// The Rust variant name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The payload type, or `null` for a unit variant.
    #[serde(serialize_with = "code")]
    pub ty: Option<String>,
    /// Contents of `#[serde(...)]` for the variant, or `null`.
    #[serde(serialize_with = "code")]
    pub serde: Option<String>,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
}

/// One alternative of a discriminated union.
#[derive(Debug, Serialize)]
pub struct TaggedVariant {
    /// The Rust variant name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The payload type.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// The tag values that select this variant, as a Rust pattern (`"dog" | "hound"`).
    #[serde(serialize_with = "code")]
    pub pattern: String,
    /// The tag value written when the variant's own value lacks the property.
    pub tag: String,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
}

/// Enums whose values templates test (`{% if p.location == "query" %}`) and may print as code
/// (their snake_case name is an identifier: `parse::{{ h.encoding }}`); in the IR's JSON they are
/// those names.
macro_rules! keyword_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$variant_meta:meta])* $variant:ident => $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl $name {
            /// The snake_case name (the IR's JSON, template comparisons).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)*
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                minijinja::Value::from_safe_string(self.as_str().to_string()).serialize(serializer)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

keyword_enum! {
    /// Whether a struct's property must be present and may be `null`: the name of the runtime's
    /// module (`object::optional`, ...) that reads, finishes and writes it.
    Presence {
        /// Required, not `nullable`: `T`.
        Required => "required",
        /// Required and `nullable`: `Option<T>`, written as `null` when `None`.
        RequiredOrNull => "required_or_null",
        /// Optional, not `nullable`: `Option<T>`, left out when `None`.
        Optional => "optional",
        /// Optional and `nullable`: `Option<T>`, left out when `None`.
        OptionalOrNull => "optional_or_null",
        /// The map that keeps unknown properties (`additionalProperties`); it has no wire name.
        Rest => "rest",
    }
}

keyword_enum! {
    /// How a documented response header is text.
    HeaderEncoding {
        /// `Display` / `FromStr`.
        Scalar => "scalar",
        /// An array, comma-separated.
        Csv => "csv",
        /// RFC 3339.
        DateTime => "date_time",
        /// RFC 9110 HTTP-date, for HTTP's own date headers.
        HttpDate => "http_date",
    }
}

/// The operations of one tag: a client struct and a server trait of the same name.
#[derive(Debug, Serialize)]
pub struct Tag {
    /// The tag's name in the spec.
    pub wire_name: String,
    /// `PeopleApi`.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// `people`: the snake_case stem, used for router function names.
    #[serde(serialize_with = "code")]
    pub stem: String,
    /// The tag's description lines (spec text).
    pub docs: Vec<String>,
    /// The tag's operations, in spec order.
    pub operations: Vec<Operation>,
    /// The tag's cargo feature (`tag-people`), or `null` when the crate has no tag features.
    pub feature: Option<String>,
    /// `#[cfg(feature = "tag-people")]` for the tag's client and server items, or `null`.
    #[serde(serialize_with = "code")]
    pub cfg: Option<String>,
}

/// One operation: a client method and a server trait method.
#[derive(Debug, Serialize)]
pub struct Operation {
    /// JSON pointer of the operation in the spec.
    pub pointer: String,
    /// The spec's `operationId` (or one derived from method and path).
    pub operation_id: String,
    /// The method name (`create_person`).
    #[serde(serialize_with = "code")]
    pub name: String,
    /// Upper-case HTTP method (`GET`), a constant of `http::Method`.
    #[serde(serialize_with = "code")]
    pub method: String,
    /// The path as in the spec (`/people/{personId}`).
    pub path: String,
    /// The path as an axum route, with Rust parameter names (`/people/{person_id}`).
    pub route: String,
    /// Literal pieces and parameters of the path, for building URLs.
    pub path_segments: Vec<PathSegment>,
    /// When every path parameter is a `style: simple` scalar (most are), the client builds the
    /// path in one call: the path with a `{}` per parameter, and the parameters' Rust names in
    /// order; `null` otherwise, or for a path without parameters.
    pub path_template: Option<PathTemplate>,
    /// The spec's summary.
    pub summary: Option<String>,
    /// Doc lines: summary and description.
    pub docs: Vec<String>,
    /// Whether the spec marks the operation deprecated.
    pub deprecated: bool,
    /// Every parameter, path parameters first in path order, then the required ones.
    pub params: Vec<Param>,
    /// The "# Parameters" list of the client method's docs (spec text): the required parameters
    /// and the body that the signature does not already say everything about, those with docs,
    /// a wire name other than the Rust name, or a media type other than `application/json`.
    pub argument_docs: Vec<String>,
    /// The client method's arguments after `&self`: required parameters, the optional ones'
    /// struct (`params`), the body.
    pub client_args: Vec<Argument>,
    /// The server trait method's arguments after `&self`: credentials, path parameters, the
    /// query struct (`params`), header and cookie parameters, the body, `accepted`.
    pub server_args: Vec<Argument>,
    /// Name of the struct holding the optional parameters (`CreatePersonParams`), or `null` when
    /// the operation has none.
    #[serde(serialize_with = "code")]
    pub params_struct: Option<String>,
    /// The request body, or `null`.
    pub body: Option<RequestBody>,
    /// The documented responses, in match order ([`Status`]'s order: exact codes, ranges,
    /// `default`).
    pub responses: Vec<Response>,
    /// Whether `default` is documented (otherwise the client's last match arm is "unexpected").
    pub has_default: bool,
    /// What the client returns on success: a type, `()` or the success enum.
    #[serde(serialize_with = "code")]
    pub success_type: String,
    /// `Some(name)` when several success statuses carry different bodies.
    #[serde(serialize_with = "code")]
    pub success_enum: Option<String>,
    /// The per-operation error enum (`CreatePersonError`).
    #[serde(serialize_with = "code")]
    pub error_enum: String,
    /// The server response enum (`CreatePersonResponse`).
    #[serde(serialize_with = "code")]
    pub response_enum: String,
    /// The security requirements, or `null` when the operation takes no credentials.
    pub security: Option<Security>,
    /// For `x-websocket` operations: the message type of each text frame.
    #[serde(serialize_with = "code")]
    pub websocket: Option<String>,
    /// The server's struct of decoded query parameters (`ListPeopleQuery`), or `null` when the
    /// operation has no query parameter.
    #[serde(serialize_with = "code")]
    pub query_struct: Option<String>,
    /// The client's `Accept` header: the documented response media types, deduplicated in spec
    /// order and joined with `, `, or `null` when no response has a body.
    pub accept: Option<String>,
    /// The headers struct the client's `{name}_with_headers` returns beside the body, or `null`
    /// when no successful response documents headers.
    #[serde(serialize_with = "code")]
    pub success_headers: Option<String>,
    /// The name of the client method that returns the body with the headers
    /// (`{name}_with_headers`), when `success_headers` is set.
    #[serde(serialize_with = "code")]
    pub with_headers: Option<String>,
    /// When some response offers several media types: every documented response media type, in
    /// spec order. The router then answers 406 to a request that accepts none of them, and the
    /// implementation receives what the client accepts. Empty otherwise.
    pub produces: Vec<String>,
}

/// One argument of a generated function.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Argument {
    /// The argument's name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// Its type.
    #[serde(serialize_with = "code")]
    pub ty: String,
}

/// A constant's type and value, as code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConstantCode {
    /// The type (`rt::HeaderKey`).
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// The value (`rt::HeaderKey("X-Key")`).
    #[serde(serialize_with = "code")]
    pub value: String,
}

/// One piece of an operation's path.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PathSegment {
    /// Literal text.
    Literal {
        /// The text, as in the spec.
        text: String,
    },
    /// A path parameter's value.
    Param {
        /// The Rust name of the parameter.
        #[serde(serialize_with = "code")]
        name: String,
        /// The parameter's wire name (`matrix` styles repeat it).
        wire_name: String,
        /// The client's `Call` method that writes it (`path_scalar`).
        #[serde(serialize_with = "code")]
        method: String,
    },
}

/// See [`Operation::path_template`].
#[derive(Debug, Serialize)]
pub struct PathTemplate {
    /// The path with `{}` for each parameter (`/users/{}/repos`).
    pub text: String,
    /// The parameters' Rust names, in path order.
    #[serde(serialize_with = "code")]
    pub names: Vec<String>,
}

keyword_enum! {
    /// Where a parameter goes.
    Location {
        /// A path segment.
        Path => "path",
        /// The query string.
        Query => "query",
        /// A request header.
        Header => "header",
        /// A cookie.
        Cookie => "cookie",
    }
}

keyword_enum! {
    /// How a parameter's value goes on the wire: one row of the OpenAPI 3.0.3 "Style Examples"
    /// table. The runtime's client `Call` and server `Incoming` implement each as the method
    /// `{location}_{encoding}` ([`Param::method`]).
    Encoding {
        /// `Display` / `FromStr` text.
        Scalar => "scalar",
        /// `.blue`
        LabelScalar => "label_scalar",
        /// `;color=blue`
        MatrixScalar => "matrix_scalar",
        /// An RFC 9110 HTTP-date (HTTP's own date headers).
        HttpDate => "http_date",
        /// RFC 3339 text (a `date-time` header of the application's own).
        Rfc3339 => "rfc3339",
        /// `blue,black`
        Csv => "csv",
        /// A repeated query key or cookie.
        Multi => "multi",
        /// `blue black`
        Space => "space",
        /// `blue|black`
        Pipe => "pipe",
        /// `.blue.black`
        LabelArray => "label_array",
        /// `;color=blue,black`
        MatrixArray => "matrix_array",
        /// `;color=blue;color=black`
        MatrixArrayExploded => "matrix_array_exploded",
        /// `R,100,G,200`
        Object => "object",
        /// `R=100,G=200`
        ObjectExploded => "object_exploded",
        /// `.R.100.G.200`
        LabelObject => "label_object",
        /// `.R=100.G=200`
        LabelObjectExploded => "label_object_exploded",
        /// `;color=R,100,G,200`
        MatrixObject => "matrix_object",
        /// `;R=100;G=200`
        MatrixObjectExploded => "matrix_object_exploded",
        /// A query key per property.
        FormObject => "form_object",
        /// `color[R]=100`
        DeepObject => "deep_object",
        /// `R%20100%20G%20200`
        SpaceObject => "space_object",
        /// `R|100|G|200`
        PipeObject => "pipe_object",
        /// A `content`-typed parameter: JSON text.
        Json => "json",
    }
}

impl Encoding {
    /// Whether the value is an array whose items go on the wire as text, one by one.
    pub const fn is_array(self) -> bool {
        matches!(
            self,
            Self::Csv
                | Self::Multi
                | Self::Space
                | Self::Pipe
                | Self::LabelArray
                | Self::MatrixArray
                | Self::MatrixArrayExploded
        )
    }
}

/// One path, query, header or cookie parameter.
#[derive(Debug, Serialize)]
pub struct Param {
    /// The Rust name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// What the server finds the value under: for a path parameter the route's capture name
    /// (its Rust name, or the first one's of a route it shares with paths that differ only in
    /// parameter names), the Rust name otherwise.
    pub key: String,
    /// The name on the wire.
    pub wire_name: String,
    /// Where it goes.
    pub location: Location,
    /// How its value is text.
    pub encoding: Encoding,
    /// The runtime method that writes (client) and reads (server) it: `{location}_{encoding}`.
    #[serde(serialize_with = "code")]
    pub method: String,
    /// Whether the spec requires it.
    pub required: bool,
    /// The value type, without the `Option` of an optional parameter.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// The value the client passes to [`Param::method`]: `Some(name)` for a required parameter
    /// (an argument), `params.name` for an optional one.
    #[serde(serialize_with = "code")]
    pub client_value: String,
    /// For `form_object`: the wire names of the operation's other query parameters, whose keys
    /// (and `name[...]` keys of deep objects) are not properties of this object; `null` for
    /// other encodings.
    pub other_query_names: Option<Vec<String>>,
    /// The spec default as a Rust expression, documented (the server applies it), or `null`.
    #[serde(serialize_with = "code")]
    pub default: Option<String>,
    /// The type the server receives: `ty` when required or when the spec has a default (the
    /// router applies it), otherwise `Option<ty>`.
    #[serde(serialize_with = "code")]
    pub server_ty: String,
    /// What the server does with the `Found` value read: `.required()?`, `.or(default)` or
    /// `.optional()`.
    #[serde(serialize_with = "code")]
    pub take: String,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
    /// The type a client method takes the parameter as when it is required: `&str` for `String`,
    /// `&[T]` for `Vec<T>`, `ty` otherwise.
    #[serde(serialize_with = "code")]
    pub arg_ty: String,
}

keyword_enum! {
    /// How a body of one media type is encoded.
    BodyKind {
        /// JSON (`application/json`, `*+json`).
        Json => "json",
        /// Bytes as they are.
        Binary => "binary",
        /// Text (`text/*`).
        Text => "text",
        /// `application/x-www-form-urlencoded`.
        Form => "form",
        /// `multipart/form-data`: the parts of [`RequestBody::parts`].
        Multipart => "multipart",
        /// Several media types documented: an enum with a variant per media type.
        Choice => "choice",
    }
}

/// The request body of an operation.
#[derive(Debug, Serialize)]
pub struct RequestBody {
    /// The media type generated (for a `choice`, every one, joined by `, `).
    pub media_type: String,
    /// How it is encoded.
    pub kind: BodyKind,
    /// The Rust type of the body value (without `Option`). For multipart bodies, a struct
    /// generated in `models.rs` from `parts`.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// Whether the spec requires it.
    pub required: bool,
    /// The type the client and the server take it as: `ty`, or `Option<ty>` for an optional body.
    #[serde(serialize_with = "code")]
    pub arg_ty: String,
    /// The client's `Call` method that sends it (`json`, `multipart`, ...).
    #[serde(serialize_with = "code")]
    pub encode: String,
    /// The server's `Incoming` method that reads it (`body_json`, ...), `null` for `multipart`
    /// (read by `read_form`) and `choice` (one read per alternative).
    #[serde(serialize_with = "code")]
    pub decode: Option<String>,
    /// `.required()?` or `.optional()`, applied to what the server read.
    #[serde(serialize_with = "code")]
    pub take: String,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
    /// For multipart bodies: the name of the form struct in `models.rs`; for a `choice`, the
    /// name of the body enum in `models.rs`.
    #[serde(serialize_with = "code")]
    pub form: Option<String>,
    /// The parts of a multipart body.
    pub parts: Vec<MultipartPart>,
    /// For kind `choice` (several media types documented): one variant per media type.
    pub alternatives: Vec<BodyAlternative>,
}

/// One media type of a body documented under several.
#[derive(Debug, Serialize)]
pub struct BodyAlternative {
    /// The variant of the body enum (`Json`, `Xml`).
    #[serde(serialize_with = "code")]
    pub variant: String,
    /// The media type.
    pub media_type: String,
    /// `json`, `form`, `text` or `binary`: how it is encoded (the client's `Response` method
    /// that decodes it has this name).
    pub kind: BodyKind,
    /// The server's `Incoming` method that reads it (`body_json`).
    #[serde(serialize_with = "code")]
    pub decode: String,
    /// The variant's payload type, as seen inside `models.rs`.
    #[serde(serialize_with = "code")]
    pub ty: String,
}

keyword_enum! {
    /// How one part of a multipart body is written and read (the runtime's `Multipart` and
    /// `FormData` methods of that name).
    PartKind {
        /// A scalar, as text.
        Text => "text",
        /// Bytes.
        File => "file",
        /// An object or array of objects, as JSON.
        Json => "json",
        /// Each item a text part of the same name.
        TextArray => "text_array",
        /// Each item a JSON part of the same name.
        JsonArray => "json_array",
        /// Every part, named by the caller, for a schema that does not name them.
        Parts => "parts",
    }
}

/// One part of a multipart body.
#[derive(Debug, Serialize)]
pub struct MultipartPart {
    /// The Rust field name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The part's name on the wire.
    pub wire_name: String,
    /// The field type in the form struct (in `models.rs`): the value type, or `Option` of it for
    /// an optional part.
    #[serde(serialize_with = "code")]
    pub field_ty: String,
    /// Whether the schema requires it.
    pub required: bool,
    /// How it is written and read.
    pub kind: PartKind,
    /// `.required()?` or `.optional()`, applied to what the server read.
    #[serde(serialize_with = "code")]
    pub take: String,
}

/// A response's status as documented. The derived order is the order of match arms: exact codes
/// (ascending), then ranges, then `default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// An exact code.
    Code(u16),
    /// `4XX` is `Range(4)`.
    Range(u8),
    /// `default`: any status not documented otherwise.
    Default,
}

impl Status {
    /// The exact code, for `Code`.
    pub const fn code(self) -> Option<u16> {
        match self {
            Self::Code(code) => Some(code),
            _ => None,
        }
    }

    /// A Rust pattern matching the numeric status: `404`, `400..=499`, `_`.
    pub fn pattern(self) -> String {
        match self {
            Self::Code(code) => code.to_string(),
            Self::Range(range) => {
                let low = u16::from(range) * 100;
                format!("{low}..={}", low + 99)
            }
            Self::Default => "_".to_string(),
        }
    }
}

impl std::fmt::Display for Status {
    /// As the spec writes it: `200`, `4XX`, `default`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Code(code) => write!(f, "{code}"),
            Self::Range(range) => write!(f, "{range}XX"),
            Self::Default => f.write_str("default"),
        }
    }
}

/// Serialized, flattened into its [`Response`], as `status` (as the spec writes it: `4XX`),
/// `code` (the exact code or `null`) and `pattern` (the match pattern, code).
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut status = serializer.serialize_struct("Status", 3)?;
        status.serialize_field("status", &self.to_string())?;
        status.serialize_field("code", &self.code())?;
        status.serialize_field("pattern", &Code(&self.pattern()))?;
        status.end()
    }
}

/// One documented response of an operation.
#[derive(Debug, Serialize)]
pub struct Response {
    /// The status it documents.
    #[serde(flatten)]
    pub status: Status,
    /// Variant name in the error / success / response enums (`Ok`, `NotFound`, `Default`).
    #[serde(serialize_with = "code")]
    pub variant: String,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
    /// Whether the status is a success (2XX, or the only response).
    pub is_success: bool,
    /// The body, or `null`.
    pub body: Option<ResponseBody>,
    /// The struct of the response's documented headers (in `models.rs`), or `null`.
    #[serde(serialize_with = "code")]
    pub headers_struct: Option<String>,
    /// The variant as the client's success or error enum declares it: `NotFound(Box<models::Error>)`,
    /// `Default { status: u16, body: String }`, `NoContent`. Error bodies of JSON are boxed so
    /// that the client's `Result`s stay small.
    #[serde(serialize_with = "code")]
    pub client_variant: String,
    /// The client's match arm value for this status (`response.json("application/json")`,
    /// `Err(Error::Api(..))`, ...).
    #[serde(serialize_with = "code")]
    pub client_arm: String,
    /// The arm of the error enum's `ApiError::status` (`Self::NotFound(_) => 404`).
    #[serde(serialize_with = "code")]
    pub client_status_arm: String,
    /// The variant as the server's response enum declares it.
    #[serde(serialize_with = "code")]
    pub server_variant: String,
    /// The server's `IntoResponse` match arm (`Self::Ok(body) => rt::reply_json(..)`).
    #[serde(serialize_with = "code")]
    pub server_arm: String,
}

/// The body of a response.
#[derive(Debug, Serialize)]
pub struct ResponseBody {
    /// The media type generated.
    pub media_type: String,
    /// `json`, `binary`, `text`, or `choice` (several media types documented).
    pub kind: BodyKind,
    /// The Rust type of the decoded body.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// For a `choice`: the name of the body enum in `models.rs`.
    #[serde(serialize_with = "code")]
    pub choice: Option<String>,
    /// For a `choice`: one variant per media type.
    pub alternatives: Vec<BodyAlternative>,
}

keyword_enum! {
    /// What a security scheme asks of a request.
    SchemeKind {
        /// HTTP Basic.
        Basic => "basic",
        /// `Authorization: Bearer` (also OAuth 2 and OpenID Connect access tokens).
        Bearer => "bearer",
        /// An API key in a header, query parameter or cookie ([`SecurityScheme::key`]).
        ApiKey => "api_key",
    }
}

/// Where an API key goes, and its name.
#[derive(Debug, Serialize)]
pub struct ApiKeyPlace {
    /// `header`, `query` or `cookie`.
    pub location: Location,
    /// The header, query or cookie name.
    pub name: String,
}

/// One security scheme of the spec.
#[derive(Debug, Serialize)]
pub struct SecurityScheme {
    /// The scheme's name in the spec.
    pub wire_name: String,
    /// UpperCamel name (`BasicAuth`): a credentials enum's variant.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The client's constant for it (`BASIC_AUTH`).
    #[serde(serialize_with = "code")]
    pub constant: String,
    /// What it asks of a request.
    pub kind: SchemeKind,
    /// For API keys: where the key goes.
    pub key: Option<ApiKeyPlace>,
    /// The client's runtime `Scheme` value (`Scheme::ApiKeyHeader("X-Key")`).
    #[serde(serialize_with = "code")]
    pub client_scheme: String,
    /// How the server reads it: the `server.rs` constant named `constant`.
    pub server_scheme: ConstantCode,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
    /// Whether some operation's security requirements name this scheme (the client defines
    /// constants only for those).
    pub used: bool,
    /// `#[cfg(...)]` limiting the client's constant to the tag features that use the scheme,
    /// or `null`.
    #[serde(serialize_with = "code")]
    pub cfg: Option<String>,
}

/// An operation's security: the alternatives the spec lists, and what the server makes of them.
#[derive(Debug, Serialize)]
pub struct Security {
    /// The alternatives, in spec order; each is satisfied when all of its schemes are.
    pub alternatives: Vec<Requirement>,
    /// Whether a request without credentials is allowed (`{}` among the alternatives): the
    /// server's implementation then receives an `Option`.
    pub optional: bool,
    /// The server's credentials argument type: a credential type (`BasicCredentials`), a tuple
    /// for schemes required together, the per-operation enum for alternatives, in an `Option`
    /// when `optional`.
    #[serde(serialize_with = "code")]
    pub server_ty: String,
    /// `Some(name)` (`BasicAuthOrApiKeyCredentials`, one of [`Api::credential_enums`]) when
    /// alternatives need an enum in `server.rs`.
    #[serde(serialize_with = "code")]
    pub server_enum: Option<String>,
    /// The runtime expression that reads the credentials on the server (a scheme's constant,
    /// `BASIC_AUTH`, or `rt::AnyOf(..)` of them), given to `Incoming::credentials`.
    #[serde(serialize_with = "code")]
    pub server_read: String,
}

/// An enum of credentials in `server.rs`, one variant per security alternative: one per set of
/// alternatives, shared by the operations that accept the same ones.
#[derive(Debug, Serialize)]
pub struct CredentialEnum {
    /// The enum's name: the alternatives' variants joined by `Or`, then `Credentials`.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The alternatives, in the order the first operation listed them.
    pub alternatives: Vec<Requirement>,
    /// `#[cfg(...)]` limiting the enum to the tag features whose operations use it, or `null`.
    #[serde(serialize_with = "code")]
    pub cfg: Option<String>,
}

/// One alternative of an operation's security requirements.
#[derive(Debug, Clone, Serialize)]
pub struct Requirement {
    /// The schemes' client constants (`BASIC_AUTH`), all required at once.
    #[serde(serialize_with = "code")]
    pub constants: Vec<String>,
    /// The schemes' wire names.
    pub wire_names: Vec<String>,
    /// The variant of the server's credentials enum: the schemes' UpperCamel names joined by `And`.
    #[serde(serialize_with = "code")]
    pub variant: String,
    /// What the server's implementation receives: `BasicCredentials`, `BearerToken` or `ApiKey`,
    /// or their tuple for several schemes, nested in reading order (`((A, B), C)`).
    #[serde(serialize_with = "code")]
    pub server_ty: String,
}
