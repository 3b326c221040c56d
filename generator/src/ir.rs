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
    /// Warnings (constructs skipped on purpose), listed in the crate docs.
    pub warnings: Vec<String>,
    /// What the crate needs beyond the base dependencies.
    pub features: Features,
    /// The cargo feature of each tag (`tag-repos`), in tag order, for specs with enough tags to
    /// get per-tag features (see `lower::tag_features`); empty otherwise. `all-tags` enables
    /// them all and is a default feature.
    pub tag_features: Vec<String>,
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
    /// How the value is text: `scalar` (`Display` / `FromStr`), `csv` (an array, comma-separated),
    /// `date_time` (RFC 3339) or `http_date` (RFC 9110 HTTP-date, for HTTP's own date headers).
    #[serde(serialize_with = "code")]
    pub encoding: String,
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
    /// Some optional property is not `nullable`: with the `server` feature, `models.rs` imports
    /// the deserializer that refuses its explicit `null`.
    pub non_null: bool,
}

/// A named Rust type generated from a schema (a component or an inline schema that needed a name).
#[derive(Debug, Serialize)]
pub struct Model {
    /// JSON pointer of the schema in the spec.
    pub pointer: String,
    /// The Rust type name.
    #[serde(serialize_with = "code")]
    pub name: String,
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

/// The shape of a generated type.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ModelKind {
    /// A struct with named fields.
    Struct {
        /// The fields, in spec order.
        fields: Vec<Field>,
        /// `#[serde(deny_unknown_fields)]` for `additionalProperties: false`.
        deny_unknown_fields: bool,
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
    /// Contents of `#[serde(...)]`, or `null` when none is needed.
    #[serde(serialize_with = "code")]
    pub serde: Option<String>,
    /// Contents of a `#[serde(...)]` that only the `server` feature needs (refusing an explicit
    /// `null` for an optional property that is not `nullable`), or `null`.
    #[serde(serialize_with = "code")]
    pub server_serde: Option<String>,
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
    /// The UpperCamel stem for per-operation types (`CreatePerson`).
    #[serde(serialize_with = "code")]
    pub type_stem: String,
    /// Upper-case HTTP method (`GET`), a constant of `http::Method`.
    #[serde(serialize_with = "code")]
    pub method: String,
    /// The path as in the spec (`/people/{personId}`).
    pub path: String,
    /// The path as an axum route, with Rust parameter names (`/people/{person_id}`).
    pub route: String,
    /// Literal pieces and parameters of the path, for building URLs.
    pub path_segments: Vec<PathSegment>,
    /// The spec's summary.
    pub summary: Option<String>,
    /// Doc lines: summary, description and the request line.
    pub docs: Vec<String>,
    /// Whether the spec marks the operation deprecated.
    pub deprecated: bool,
    /// Every parameter, path parameters first in path order.
    pub params: Vec<Param>,
    /// Name of the struct holding the optional parameters (`CreatePersonParams`), or `null` when
    /// the operation has none.
    #[serde(serialize_with = "code")]
    pub params_struct: Option<String>,
    /// The request body, or `null`.
    pub body: Option<RequestBody>,
    /// The documented responses, in spec order.
    pub responses: Vec<Response>,
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
    /// Alternatives of requirements; empty means no auth.
    pub security: Vec<SecurityRequirement>,
    /// Whether a request without credentials is allowed (`{}` among the alternatives).
    pub security_optional: bool,
    /// The alternatives of `security` by the schemes' snake_case `field` names (`[["basic_auth"]]`).
    #[serde(serialize_with = "code")]
    pub security_fields: Vec<Vec<String>>,
    /// For `x-websocket` operations: the message type of each text frame.
    #[serde(serialize_with = "code")]
    pub websocket: Option<String>,
    /// The server's struct of decoded query parameters (`ListPeopleQuery`), or `null` when the
    /// operation has no query parameter.
    #[serde(serialize_with = "code")]
    pub query_struct: Option<String>,
    /// What the server trait method receives as credentials, or `null` without security.
    pub credentials: Option<Credentials>,
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

/// One piece of an operation's path.
#[derive(Debug, Serialize)]
pub struct PathSegment {
    /// Literal text, or `null` for a parameter.
    pub literal: Option<String>,
    /// The Rust name of the parameter, or `null` for literal text.
    #[serde(serialize_with = "code")]
    pub param: Option<String>,
    /// The parameter's wire name (`matrix` styles repeat it), or `null` for literal text.
    pub wire_name: Option<String>,
    /// The parameter's encoding (see [`Param::encoding`]), or `null` for literal text.
    #[serde(serialize_with = "code")]
    pub encoding: Option<String>,
}

/// One path, query, header or cookie parameter.
#[derive(Debug, Serialize)]
pub struct Param {
    /// The Rust name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The name on the wire.
    pub wire_name: String,
    /// `path`, `query`, `header` or `cookie`.
    #[serde(serialize_with = "code")]
    pub location: String,
    /// Whether the spec requires it.
    pub required: bool,
    /// The value type, without the `Option` of an optional parameter.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// For arrays, the item type; `null` for scalars.
    #[serde(serialize_with = "code")]
    pub item_ty: Option<String>,
    /// How values go on the wire; the runtime methods `{location}_{encoding}` implement each.
    /// Scalars: `scalar`, `label_scalar` (`.blue`), `matrix_scalar` (`;color=blue`),
    /// `http_date`. Arrays: `csv` (`blue,black`), `multi` (a repeated key or cookie), `space`,
    /// `pipe`, `label_array` (`.blue.black`), `matrix_array` (`;color=blue,black`),
    /// `matrix_array_exploded` (`;color=blue;color=black`). Objects: `object` (`R,100,G,200`),
    /// `object_exploded` (`R=100,G=200`), `label_object`, `label_object_exploded`,
    /// `matrix_object`, `matrix_object_exploded`, `form_object` (a query key per property),
    /// `deep_object`. `json`: a `content`-typed parameter.
    #[serde(serialize_with = "code")]
    pub encoding: String,
    /// For `form_object`: the wire names of the operation's other query parameters. Their keys
    /// (and `name[...]` keys of deep objects) are not properties of this object.
    pub other_query_names: Vec<String>,
    /// The spec default as a Rust expression, documented (the server applies it), or `null`.
    #[serde(serialize_with = "code")]
    pub default: Option<String>,
    /// The type the server trait receives: `ty` when required or when the spec has a default (the
    /// router applies it), otherwise `Option<ty>`.
    #[serde(serialize_with = "code")]
    pub server_ty: String,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
    /// The type a client method takes the parameter as when it is required: `&str` for `String`,
    /// `&[T]` for `Vec<T>`, `ty` otherwise.
    #[serde(serialize_with = "code")]
    pub arg_ty: String,
}

/// The request body of an operation.
#[derive(Debug, Serialize)]
pub struct RequestBody {
    /// The media type generated (JSON first when there are several).
    pub media_type: String,
    /// `json`, `binary`, `text`, `form`, `multipart` or `choice` (several media types).
    #[serde(serialize_with = "code")]
    pub kind: String,
    /// The Rust type of the body value (without `Option`). For multipart bodies, a struct
    /// generated in `models.rs` from `parts`.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// Whether the spec requires it.
    pub required: bool,
    /// The type the server trait receives: `ty`, or `Option<ty>` for an optional body.
    #[serde(serialize_with = "code")]
    pub server_ty: String,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
    /// For multipart bodies: the name of the form struct in `models.rs`, and its parts; for a
    /// `choice`, the name of the body enum in `models.rs`.
    #[serde(serialize_with = "code")]
    pub form: Option<String>,
    /// The parts of a multipart body.
    pub parts: Vec<MultipartPart>,
    /// For kind `choice` (several media types documented): one variant per media type.
    pub alternatives: Vec<BodyAlternative>,
}

/// One media type of a request body documented under several.
#[derive(Debug, Serialize)]
pub struct BodyAlternative {
    /// The variant of the body enum (`Json`, `Xml`).
    #[serde(serialize_with = "code")]
    pub variant: String,
    /// The media type.
    pub media_type: String,
    /// `json`, `form`, `text` or `binary`: how it is encoded.
    #[serde(serialize_with = "code")]
    pub kind: String,
    /// The variant's payload type, as seen inside `models.rs`.
    #[serde(serialize_with = "code")]
    pub ty: String,
}

/// One part of a multipart body.
#[derive(Debug, Serialize)]
pub struct MultipartPart {
    /// The Rust field name.
    #[serde(serialize_with = "code")]
    pub name: String,
    /// The part's name on the wire.
    pub wire_name: String,
    /// The value type, as seen inside `models.rs` (where the form struct lives).
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// The field type in the form struct: `ty`, or `Option<ty>` for an optional part.
    #[serde(serialize_with = "code")]
    pub field_ty: String,
    /// Whether the schema requires it.
    pub required: bool,
    /// `text` (scalar as text), `file` (bytes), `json` (an object or array of objects, as JSON),
    /// `text_array` (each item a part of the same name), `parts` (every part, named by the caller,
    /// for a schema that does not name them).
    #[serde(serialize_with = "code")]
    pub kind: String,
}

/// One documented response of an operation.
#[derive(Debug, Serialize)]
pub struct Response {
    /// `200`, `4XX` or `default`.
    pub status: String,
    /// The numeric status for exact codes; `null` for ranges and `default`.
    pub code: Option<u16>,
    /// Variant name in the error / success / response enums (`Ok`, `NotFound`, `Default`).
    #[serde(serialize_with = "code")]
    pub variant: String,
    /// A Rust pattern matching the numeric status: `404`, `400..=499` for `4XX`, `_` for `default`.
    #[serde(serialize_with = "code")]
    pub pattern: String,
    /// The body's type in the client's error enum: boxed for JSON bodies (`Box<models::Error>`) so
    /// that the client's `Result`s stay small, as is for text and binary; `null` without a body.
    #[serde(serialize_with = "code")]
    pub error_ty: Option<String>,
    /// Doc lines (spec text).
    pub docs: Vec<String>,
    /// Whether the status is a success (2XX, or the only response).
    pub is_success: bool,
    /// The body, or `null`.
    pub body: Option<ResponseBody>,
    /// The struct of the response's documented headers (in `models.rs`), or `null`.
    #[serde(serialize_with = "code")]
    pub headers_struct: Option<String>,
}

/// The body of a response.
#[derive(Debug, Serialize)]
pub struct ResponseBody {
    /// The media type generated.
    pub media_type: String,
    /// `json`, `binary`, `text`, or `choice` (several media types documented).
    #[serde(serialize_with = "code")]
    pub kind: String,
    /// The Rust type of the decoded body.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// For a `choice`: the name of the body enum in `models.rs`.
    #[serde(serialize_with = "code")]
    pub choice: Option<String>,
    /// For a `choice`: one variant per media type.
    pub alternatives: Vec<BodyAlternative>,
}

/// One alternative of an operation's security requirements.
#[derive(Debug, Serialize)]
pub struct SecurityRequirement {
    /// The schemes that must all be satisfied, by Rust name of the scheme.
    #[serde(serialize_with = "code")]
    pub schemes: Vec<String>,
}

/// One security scheme of the spec.
#[derive(Debug, Serialize)]
pub struct SecurityScheme {
    /// The scheme's name in the spec.
    pub wire_name: String,
    /// UpperCamel name (`BasicAuth`).
    #[serde(serialize_with = "code")]
    pub name: String,
    /// snake_case name for fields and methods (`basic_auth`).
    #[serde(serialize_with = "code")]
    pub field: String,
    /// `basic`, `bearer`, `api_key`.
    #[serde(serialize_with = "code")]
    pub kind: String,
    /// For API keys: `header`, `query` or `cookie`.
    #[serde(serialize_with = "code")]
    pub location: Option<String>,
    /// For API keys: the header, query or cookie name.
    pub key_name: Option<String>,
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

/// The credentials argument of a server trait method, decided from the security requirements.
#[derive(Debug, Serialize)]
pub struct Credentials {
    /// The argument type: a credential type (`BasicCredentials`), `Option` of it when anonymous
    /// access is allowed, or the per-operation enum when there are alternatives.
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// `Some(name)` (`GetThingCredentials`) when several alternatives need an enum in `server.rs`.
    #[serde(serialize_with = "code")]
    pub enum_name: Option<String>,
    /// Whether a request without credentials reaches the implementation (`ty` is an `Option`).
    pub optional: bool,
    /// Where credentials are looked for, in order; the first one present wins.
    pub sources: Vec<CredentialSource>,
    /// `WWW-Authenticate` challenges sent with a 401 (`Basic realm="..."`, `Bearer`).
    pub challenges: Vec<String>,
}

/// One way to present credentials (a requirement: one security scheme or several at once), as
/// read by the server runtime.
#[derive(Debug, Serialize)]
pub struct CredentialSource {
    /// The variant of the credentials enum: the schemes' UpperCamel names joined by `And`.
    #[serde(serialize_with = "code")]
    pub variant: String,
    /// The schemes' wire names, in backticks, joined by ` and `, for docs.
    pub scheme: String,
    /// `BasicCredentials`, `BearerToken` or `ApiKey` (from `support::server`); for several schemes
    /// at once, their tuple, nested in reading order (`((A, B), C)`).
    #[serde(serialize_with = "code")]
    pub ty: String,
    /// The runtime reads, one per scheme; all must find credentials.
    pub reads: Vec<CredentialRead>,
}

/// One runtime read of one scheme's credentials.
#[derive(Debug, Serialize)]
pub struct CredentialRead {
    /// The reader method (`basic`, `bearer`, `api_key_header`, `api_key_query`, `api_key_cookie`).
    #[serde(serialize_with = "code")]
    pub reader: String,
    /// The header, query or cookie name for API keys, `""` otherwise.
    pub key_name: String,
}
