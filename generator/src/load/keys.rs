//! Strict key check for OpenAPI 3.0 documents.
//!
//! `openapiv3` silently drops keys it does not know, so a typo such as `requried: true` would
//! quietly change the generated code; this module walks the raw YAML and reports every key that
//! the OpenAPI 3.0.3 specification does not allow where it appears.

use std::borrow::Cow;

use serde_yaml::Value;

use crate::pointer::escape_segment;

// Short names keep the field tables below to one line per field.
use self::Kind as K;
use self::Shape::{Leaf, List, Map, One};

/// One unknown or misplaced key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KeyProblem {
    /// RFC 6901 JSON pointer of the offending key itself, without a leading `#`, e.g. `/paths/~1people/get/summery`.
    pub pointer: String,
    /// Human message, no trailing period, e.g. "unknown key `summery` in an Operation Object".
    pub message: String,
    /// The most helpful explanation or suggestion, e.g. "did you mean `summary`?".
    pub help: Option<String>,
    /// The key is in a Schema Object, where OpenAPI 3.1 (JSON Schema) allows keywords of a
    /// document's own.
    pub in_schema: bool,
}

/// What the key check found: the keys not allowed, and the specification extensions.
#[derive(Debug, Default)]
pub(crate) struct Checked {
    pub problems: Vec<KeyProblem>,
    /// JSON pointers of every `x-` key where the specification allows extensions, in document
    /// order, so that the generator can say which it does not interpret.
    pub extensions: Vec<String>,
}

/// Walks an OpenAPI 3.0 document and reports every key that the OpenAPI 3.0.3 specification does
/// not allow at that place, and where its extensions are.
pub(crate) fn check(document: &serde_yaml::Value) -> Checked {
    let mut found = Checked::default();
    walk(document, Kind::OpenApi, &At::Root, &mut found);
    found
}

/// The keys the OpenAPI 3.0.3 specification does not allow where they appear.
#[cfg(test)]
pub(crate) fn unknown_keys(document: &serde_yaml::Value) -> Vec<KeyProblem> {
    check(document).problems
}

/// The objects of the OpenAPI 3.0.3 specification whose keys are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    OpenApi,
    Info,
    Contact,
    License,
    Server,
    ServerVariable,
    Components,
    Paths,
    PathItem,
    Operation,
    ExternalDocs,
    Parameter,
    RequestBody,
    MediaType,
    Encoding,
    Responses,
    Response,
    Callback,
    Example,
    Link,
    Header,
    Tag,
    Schema,
    Discriminator,
    Xml,
    SecurityScheme,
    OAuthFlows,
    OAuthFlow,
    SecurityRequirement,
}

/// How the value of a field is descended into.
#[derive(Debug, Clone, Copy)]
enum Shape {
    /// Scalars, lists of strings and free-form values (examples, defaults, enums): never descended
    /// into, because any key is legal inside them.
    Leaf,
    /// A single object of the given kind.
    One(Kind),
    /// An array of objects of the given kind.
    List(Kind),
    /// A map from user-chosen names (property names, media types, component names, ...) to
    /// objects of the given kind; the names themselves are not checked.
    Map(Kind),
}

/// How the keys of an object are checked.
#[derive(Debug, Clone, Copy)]
enum Keys {
    /// Only the listed fixed fields and `x-` extensions.
    Fixed(&'static [Field]),
    /// Paths Object: keys are paths starting with `/`, or `x-` extensions.
    Paths,
    /// Responses Object: `default`, status codes, status code ranges, or `x-` extensions.
    Responses,
    /// Callback Object: any runtime expression, or `x-` extensions.
    Callback,
    /// Security Requirement Object: keys are security scheme names, values lists of scopes.
    Any,
}

/// A fixed field: its name and how its value is walked.
type Field = (&'static str, Shape);

const OPENAPI: &[Field] = &[
    ("openapi", Leaf),
    ("info", One(K::Info)),
    ("servers", List(K::Server)),
    ("paths", One(K::Paths)),
    ("components", One(K::Components)),
    ("security", List(K::SecurityRequirement)),
    ("tags", List(K::Tag)),
    ("externalDocs", One(K::ExternalDocs)),
];

const INFO: &[Field] = &[
    ("title", Leaf),
    ("description", Leaf),
    ("termsOfService", Leaf),
    ("contact", One(K::Contact)),
    ("license", One(K::License)),
    ("version", Leaf),
];

const CONTACT: &[Field] = &[("name", Leaf), ("url", Leaf), ("email", Leaf)];

const LICENSE: &[Field] = &[("name", Leaf), ("url", Leaf)];

const SERVER: &[Field] = &[
    ("url", Leaf),
    ("description", Leaf),
    ("variables", Map(K::ServerVariable)),
];

const SERVER_VARIABLE: &[Field] = &[("enum", Leaf), ("default", Leaf), ("description", Leaf)];

const COMPONENTS: &[Field] = &[
    ("schemas", Map(K::Schema)),
    ("responses", Map(K::Response)),
    ("parameters", Map(K::Parameter)),
    ("examples", Map(K::Example)),
    ("requestBodies", Map(K::RequestBody)),
    ("headers", Map(K::Header)),
    ("securitySchemes", Map(K::SecurityScheme)),
    ("links", Map(K::Link)),
    ("callbacks", Map(K::Callback)),
];

/// In a Path Item `$ref` is an ordinary fixed field: its siblings still count, so they are checked.
const PATH_ITEM: &[Field] = &[
    ("$ref", Leaf),
    ("summary", Leaf),
    ("description", Leaf),
    ("get", One(K::Operation)),
    ("put", One(K::Operation)),
    ("post", One(K::Operation)),
    ("delete", One(K::Operation)),
    ("options", One(K::Operation)),
    ("head", One(K::Operation)),
    ("patch", One(K::Operation)),
    ("trace", One(K::Operation)),
    ("servers", List(K::Server)),
    ("parameters", List(K::Parameter)),
];

const OPERATION: &[Field] = &[
    ("tags", Leaf),
    ("summary", Leaf),
    ("description", Leaf),
    ("externalDocs", One(K::ExternalDocs)),
    ("operationId", Leaf),
    ("parameters", List(K::Parameter)),
    ("requestBody", One(K::RequestBody)),
    ("responses", One(K::Responses)),
    ("callbacks", Map(K::Callback)),
    ("deprecated", Leaf),
    ("security", List(K::SecurityRequirement)),
    ("servers", List(K::Server)),
];

const EXTERNAL_DOCS: &[Field] = &[("description", Leaf), ("url", Leaf)];

/// `name` and `in` come first: [`HEADER`] is the rest.
const PARAMETER: &[Field] = &[
    ("name", Leaf),
    ("in", Leaf),
    ("description", Leaf),
    ("required", Leaf),
    ("deprecated", Leaf),
    ("allowEmptyValue", Leaf),
    ("style", Leaf),
    ("explode", Leaf),
    ("allowReserved", Leaf),
    ("schema", One(K::Schema)),
    ("example", Leaf),
    ("examples", Map(K::Example)),
    ("content", Map(K::MediaType)),
];

/// The Header Object is the Parameter Object without `name` and `in`.
const HEADER: &[Field] = PARAMETER.split_at(2).1;

const REQUEST_BODY: &[Field] = &[
    ("description", Leaf),
    ("content", Map(K::MediaType)),
    ("required", Leaf),
];

const MEDIA_TYPE: &[Field] = &[
    ("schema", One(K::Schema)),
    ("example", Leaf),
    ("examples", Map(K::Example)),
    ("encoding", Map(K::Encoding)),
];

const ENCODING: &[Field] = &[
    ("contentType", Leaf),
    ("headers", Map(K::Header)),
    ("style", Leaf),
    ("explode", Leaf),
    ("allowReserved", Leaf),
];

const RESPONSE: &[Field] = &[
    ("description", Leaf),
    ("headers", Map(K::Header)),
    ("content", Map(K::MediaType)),
    ("links", Map(K::Link)),
];

const EXAMPLE: &[Field] = &[
    ("summary", Leaf),
    ("description", Leaf),
    ("value", Leaf),
    ("externalValue", Leaf),
];

/// Link `parameters` and `requestBody` hold constants or runtime expressions of any shape.
const LINK: &[Field] = &[
    ("operationRef", Leaf),
    ("operationId", Leaf),
    ("parameters", Leaf),
    ("requestBody", Leaf),
    ("description", Leaf),
    ("server", One(K::Server)),
];

const TAG: &[Field] = &[
    ("name", Leaf),
    ("description", Leaf),
    ("externalDocs", One(K::ExternalDocs)),
];

/// `additionalProperties` may also be a boolean; non-mapping values are never descended into, so
/// `One(Schema)` covers both forms.
const SCHEMA: &[Field] = &[
    ("title", Leaf),
    ("multipleOf", Leaf),
    ("maximum", Leaf),
    ("exclusiveMaximum", Leaf),
    ("minimum", Leaf),
    ("exclusiveMinimum", Leaf),
    ("maxLength", Leaf),
    ("minLength", Leaf),
    ("pattern", Leaf),
    ("maxItems", Leaf),
    ("minItems", Leaf),
    ("uniqueItems", Leaf),
    ("maxProperties", Leaf),
    ("minProperties", Leaf),
    ("required", Leaf),
    ("enum", Leaf),
    ("type", Leaf),
    ("allOf", List(K::Schema)),
    ("oneOf", List(K::Schema)),
    ("anyOf", List(K::Schema)),
    ("not", One(K::Schema)),
    ("items", One(K::Schema)),
    ("properties", Map(K::Schema)),
    ("additionalProperties", One(K::Schema)),
    ("description", Leaf),
    ("format", Leaf),
    ("default", Leaf),
    ("nullable", Leaf),
    ("discriminator", One(K::Discriminator)),
    ("readOnly", Leaf),
    ("writeOnly", Leaf),
    ("xml", One(K::Xml)),
    ("externalDocs", One(K::ExternalDocs)),
    ("example", Leaf),
    ("deprecated", Leaf),
];

/// OpenAPI 3.0.3 does not say this object may be extended (3.1 does); `x-` keys are accepted here
/// like everywhere else, since tools emit them and they are harmless.
const DISCRIMINATOR: &[Field] = &[("propertyName", Leaf), ("mapping", Leaf)];

const XML: &[Field] = &[
    ("name", Leaf),
    ("namespace", Leaf),
    ("prefix", Leaf),
    ("attribute", Leaf),
    ("wrapped", Leaf),
];

const SECURITY_SCHEME: &[Field] = &[
    ("type", Leaf),
    ("description", Leaf),
    ("name", Leaf),
    ("in", Leaf),
    ("scheme", Leaf),
    ("bearerFormat", Leaf),
    ("flows", One(K::OAuthFlows)),
    ("openIdConnectUrl", Leaf),
];

const OAUTH_FLOWS: &[Field] = &[
    ("implicit", One(K::OAuthFlow)),
    ("password", One(K::OAuthFlow)),
    ("clientCredentials", One(K::OAuthFlow)),
    ("authorizationCode", One(K::OAuthFlow)),
];

/// `scopes` maps scope names to descriptions: free-form.
const OAUTH_FLOW: &[Field] = &[
    ("authorizationUrl", Leaf),
    ("tokenUrl", Leaf),
    ("refreshUrl", Leaf),
    ("scopes", Leaf),
];

const SWAGGER_CONTENT: &str = "Swagger 2.0; use `content` with media types";
const OPENAPI_31: &str = "OpenAPI 3.1, not allowed in 3.0";
const JSON_SCHEMA: &str = "OpenAPI 3.1 / JSON Schema keyword, not allowed in 3.0";

/// Keys that people carry over from Swagger 2.0 or OpenAPI 3.1, with what to write instead.
/// Checked before the edit-distance suggestion, which would otherwise point at a wrong near-miss
/// (e.g. `examples` → `example` on a Schema without saying why).
#[rustfmt::skip]
const FOREIGN_KEYS: &[(&[Kind], &[&str], &str)] = &[
    (&[K::OpenApi], &["swagger"], "Swagger 2.0; use `openapi: 3.0.3`"),
    (&[K::OpenApi, K::Operation], &["host", "basePath", "schemes"], "Swagger 2.0; use `servers`"),
    (&[K::OpenApi, K::Operation], &["consumes", "produces"], SWAGGER_CONTENT),
    (&[K::OpenApi], &["definitions"], "Swagger 2.0; use `components/schemas`"),
    (&[K::OpenApi], &["securityDefinitions"], "Swagger 2.0; use `components/securitySchemes`"),
    (&[K::OpenApi], &["parameters"], "Swagger 2.0; use `components/parameters`"),
    (&[K::OpenApi], &["responses"], "Swagger 2.0; use `components/responses`"),
    (&[K::OpenApi], &["webhooks", "jsonSchemaDialect"], OPENAPI_31),
    (&[K::Info], &["summary"], OPENAPI_31),
    (&[K::License], &["identifier"], OPENAPI_31),
    (&[K::Components], &["pathItems"], OPENAPI_31),
    (&[K::Parameter, K::Header], &["collectionFormat"], "Swagger 2.0; use `style` and `explode`"),
    (&[K::Parameter, K::Header], &["type", "format", "items"], "Swagger 2.0; move it into `schema`"),
    (&[K::Response], &["schema", "examples"], SWAGGER_CONTENT),
    (&[K::SecurityScheme], &["flow", "authorizationUrl", "tokenUrl", "scopes"], "Swagger 2.0; use `flows`"),
    (&[K::Schema], &["examples"], "OpenAPI 3.1 / JSON Schema keyword, not allowed in 3.0; use `example`"),
    (
        &[K::Schema],
        &[
            "const", "$schema", "$id", "$defs", "$comment", "prefixItems", "contains",
            "patternProperties", "propertyNames", "dependentRequired", "dependentSchemas",
            "unevaluatedProperties", "unevaluatedItems", "if", "then", "else",
        ],
        JSON_SCHEMA,
    ),
];

/// Objects that may be replaced by a Reference Object (the spec's "X | Reference Object").
const REFERABLE: &[Kind] = &[
    K::Schema,
    K::Response,
    K::Parameter,
    K::Example,
    K::RequestBody,
    K::Header,
    K::SecurityScheme,
    K::Link,
    K::Callback,
];

impl Kind {
    /// How keys of this object are checked and their values walked.
    fn keys(self) -> Keys {
        match self {
            K::OpenApi => Keys::Fixed(OPENAPI),
            K::Info => Keys::Fixed(INFO),
            K::Contact => Keys::Fixed(CONTACT),
            K::License => Keys::Fixed(LICENSE),
            K::Server => Keys::Fixed(SERVER),
            K::ServerVariable => Keys::Fixed(SERVER_VARIABLE),
            K::Components => Keys::Fixed(COMPONENTS),
            K::Paths => Keys::Paths,
            K::PathItem => Keys::Fixed(PATH_ITEM),
            K::Operation => Keys::Fixed(OPERATION),
            K::ExternalDocs => Keys::Fixed(EXTERNAL_DOCS),
            K::Parameter => Keys::Fixed(PARAMETER),
            K::RequestBody => Keys::Fixed(REQUEST_BODY),
            K::MediaType => Keys::Fixed(MEDIA_TYPE),
            K::Encoding => Keys::Fixed(ENCODING),
            K::Responses => Keys::Responses,
            K::Response => Keys::Fixed(RESPONSE),
            K::Callback => Keys::Callback,
            K::Example => Keys::Fixed(EXAMPLE),
            K::Link => Keys::Fixed(LINK),
            K::Header => Keys::Fixed(HEADER),
            K::Tag => Keys::Fixed(TAG),
            K::Schema => Keys::Fixed(SCHEMA),
            K::Discriminator => Keys::Fixed(DISCRIMINATOR),
            K::Xml => Keys::Fixed(XML),
            K::SecurityScheme => Keys::Fixed(SECURITY_SCHEME),
            K::OAuthFlows => Keys::Fixed(OAUTH_FLOWS),
            K::OAuthFlow => Keys::Fixed(OAUTH_FLOW),
            K::SecurityRequirement => Keys::Any,
        }
    }

    /// The object's name as the specification spells it, with its article, for messages.
    fn name(self) -> &'static str {
        match self {
            K::OpenApi => "an OpenAPI Object",
            K::Info => "an Info Object",
            K::Contact => "a Contact Object",
            K::License => "a License Object",
            K::Server => "a Server Object",
            K::ServerVariable => "a Server Variable Object",
            K::Components => "a Components Object",
            K::Paths => "a Paths Object",
            K::PathItem => "a Path Item Object",
            K::Operation => "an Operation Object",
            K::ExternalDocs => "an External Documentation Object",
            K::Parameter => "a Parameter Object",
            K::RequestBody => "a Request Body Object",
            K::MediaType => "a Media Type Object",
            K::Encoding => "an Encoding Object",
            K::Responses => "a Responses Object",
            K::Response => "a Response Object",
            K::Callback => "a Callback Object",
            K::Example => "an Example Object",
            K::Link => "a Link Object",
            K::Header => "a Header Object",
            K::Tag => "a Tag Object",
            K::Schema => "a Schema Object",
            K::Discriminator => "a Discriminator Object",
            K::Xml => "an XML Object",
            K::SecurityScheme => "a Security Scheme Object",
            K::OAuthFlows => "an OAuth Flows Object",
            K::OAuthFlow => "an OAuth Flow Object",
            K::SecurityRequirement => "a Security Requirement Object",
        }
    }

    /// Known keys to suggest for a misspelling.
    fn suggestions(self) -> &'static [Field] {
        match self.keys() {
            Keys::Fixed(fields) => fields,
            Keys::Responses => &[("default", Leaf)],
            Keys::Paths | Keys::Callback | Keys::Any => &[],
        }
    }
}

/// Where a node sits: its chain of keys up to the document root. It becomes a JSON pointer only
/// when a problem needs one, so walking a clean document allocates nothing per key.
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a Value),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    fn pointer(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Key(parent, key) => {
                format!("{}/{}", parent.pointer(), escape_segment(&key_text(key)))
            }
            At::Index(parent, index) => format!("{}/{index}", parent.pointer()),
        }
    }
}

/// Checks the keys of `value`, seen as a `kind` object at `at`, and walks its children.
/// Values that are not mappings are skipped: wrong types are reported by the typed parse.
fn walk(value: &Value, kind: Kind, at: &At<'_>, found: &mut Checked) {
    let Some(map) = value.as_mapping() else {
        return;
    };
    // A Reference Object: OpenAPI 3.0 ignores its siblings, and the target is checked where it
    // is defined.
    if REFERABLE.contains(&kind) && map.contains_key("$ref") {
        return;
    }
    for (key_value, child) in map {
        let key: Cow<'_, str> = match key_value.as_str() {
            Some(text) => Cow::Borrowed(text),
            None => Cow::Owned(key_text(key_value)),
        };
        let key = key.as_ref();
        let child_at = At::Key(at, key_value);
        match kind.keys() {
            Keys::Fixed(fields) => match fields.iter().find(|(name, _)| *name == key) {
                Some(&(_, shape)) => descend(child, shape, &child_at, found),
                None if is_extension(key) => found.extensions.push(child_at.pointer()),
                None => found.problems.push(problem(kind, key, child_at.pointer())),
            },
            Keys::Paths => {
                if is_extension(key) {
                    found.extensions.push(child_at.pointer());
                    continue;
                }
                if !key.starts_with('/') {
                    found.problems.push(problem(kind, key, child_at.pointer()));
                }
                // Even a badly named path is clearly meant as a Path Item: check inside it too.
                walk(child, K::PathItem, &child_at, found);
            }
            Keys::Responses => {
                if is_extension(key) {
                    found.extensions.push(child_at.pointer());
                    continue;
                }
                if !is_response_key(key) {
                    found.problems.push(problem(kind, key, child_at.pointer()));
                }
                walk(child, K::Response, &child_at, found);
            }
            Keys::Callback => {
                if is_extension(key) {
                    found.extensions.push(child_at.pointer());
                } else {
                    walk(child, K::PathItem, &child_at, found);
                }
            }
            Keys::Any => {}
        }
    }
}

/// Walks a field's value according to its shape.
fn descend(value: &Value, shape: Shape, at: &At<'_>, found: &mut Checked) {
    match shape {
        Leaf => {}
        One(kind) => walk(value, kind, at, found),
        List(kind) => {
            for (index, item) in value.as_sequence().into_iter().flatten().enumerate() {
                walk(item, kind, &At::Index(at, index), found);
            }
        }
        Map(kind) => {
            for (name, item) in value.as_mapping().into_iter().flatten() {
                walk(item, kind, &At::Key(at, name), found);
            }
        }
    }
}

/// Specification extensions: the spec's pattern is `^x-`, case-sensitive. Every object walked here
/// accepts them (only the Reference and Security Requirement Objects do not, and neither has its
/// keys checked).
fn is_extension(key: &str) -> bool {
    key.starts_with("x-")
}

/// `default`, an HTTP status code (100..=599), or a range `1XX`..`5XX` with `X` in any case.
fn is_response_key(key: &str) -> bool {
    let bytes = key.as_bytes();
    match bytes {
        [b'1'..=b'5', rest @ ..] if rest.len() == 2 => {
            rest.iter().all(u8::is_ascii_digit)
                || rest.iter().all(|b| b.eq_ignore_ascii_case(&b'x'))
        }
        _ => key == "default",
    }
}

/// Builds the problem for an unknown `key` in a `kind` object.
fn problem(kind: Kind, key: &str, pointer: String) -> KeyProblem {
    KeyProblem {
        pointer,
        message: format!("unknown key `{key}` in {}", kind.name()),
        help: hint(kind, key),
        in_schema: kind == K::Schema,
    }
}

/// The most helpful explanation for an unknown key, most specific first.
fn hint(kind: Kind, key: &str) -> Option<String> {
    if let Some(&(_, _, hint)) = FOREIGN_KEYS
        .iter()
        .find(|(kinds, keys, _)| kinds.contains(&kind) && keys.contains(&key))
    {
        return Some(hint.to_owned());
    }
    if key == "$ref" {
        return Some("a Reference Object is not allowed here".to_owned());
    }
    if key.starts_with("X-") {
        return Some("specification extensions must start with lowercase `x-`".to_owned());
    }
    if let Some(known) = suggestion(kind, key) {
        return Some(format!("did you mean `{known}`?"));
    }
    match kind {
        K::Paths => Some("paths must start with `/`".to_owned()),
        K::Responses => Some(
            "expected `default`, a status code such as `200`, a range such as `2XX`, or an `x-` extension"
                .to_owned(),
        ),
        _ => None,
    }
}

/// The closest known key: one equal ignoring case, else the nearest within edit distance 2 that
/// keeps at least one character (so `ab` does not suggest `in`). Ties go to table order.
fn suggestion(kind: Kind, key: &str) -> Option<&'static str> {
    let key_len = key.chars().count();
    kind.suggestions()
        .iter()
        .map(|&(known, _)| {
            let distance = if known.eq_ignore_ascii_case(key) {
                0
            } else {
                strsim::levenshtein(known, key)
            };
            (distance, known)
        })
        .filter(|&(distance, known)| distance <= 2 && distance < key_len.max(known.chars().count()))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, known)| known)
}

/// The text of a mapping key: YAML keys may be numbers (`200:`), booleans or null. Non-scalar
/// keys are never valid but still need a readable name, so they are rendered in flow style.
fn key_text(key: &Value) -> String {
    match key {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        Value::Bool(flag) => flag.to_string(),
        Value::Null => "null".to_owned(),
        Value::Tagged(tagged) => key_text(&tagged.value),
        Value::Sequence(items) => {
            let items: Vec<String> = items.iter().map(key_text).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Mapping(map) => {
            let entries: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", key_text(k), key_text(v)))
                .collect();
            format!("{{{}}}", entries.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document with every object kind filled in correctly.
    const FULL_VALID: &str = r##"
openapi: 3.0.3
info:
  title: People
  description: d
  termsOfService: https://example.com/tos
  contact: {name: n, url: https://example.com, email: a@example.com}
  license: {name: MIT, url: https://example.com/mit}
  version: "1.0"
  x-audience: internal
servers:
  - url: https://{env}.example.com
    description: main
    variables:
      env: {enum: [prod, dev], default: prod, description: e}
paths:
  /people/{id}:
    summary: s
    description: d
    servers: [{url: /}]
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      tags: [people]
      summary: s
      description: d
      externalDocs: {url: https://example.com, description: d}
      operationId: getPerson
      deprecated: false
      security: [{oauth: [read]}]
      servers: [{url: /}]
      parameters:
        - name: fields
          in: query
          description: d
          required: false
          deprecated: false
          allowEmptyValue: true
          style: form
          explode: false
          allowReserved: true
          schema: {type: array, items: {type: string}}
          example: [a]
        - name: filter
          in: query
          content:
            application/json:
              schema: {type: object}
              examples:
                one: {summary: s, description: d, value: {a: 1}}
                two: {externalValue: https://example.com/x.json}
      requestBody:
        description: d
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                file: {type: string, format: binary}
            encoding:
              file:
                contentType: image/png
                headers:
                  X-Rate: {schema: {type: integer}}
                style: form
                explode: true
                allowReserved: false
      responses:
        '200':
          description: ok
          headers:
            X-Total:
              description: d
              required: true
              deprecated: false
              allowEmptyValue: false
              style: simple
              explode: false
              allowReserved: false
              schema: {type: integer}
              example: 3
              examples: {a: {value: 3}}
            X-Other:
              content: {text/plain: {schema: {type: string}}}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Person'}
              example: {id: 1}
          links:
            self:
              operationRef: '#/paths/~1people~1{id}/get'
              operationId: getPerson
              parameters: {id: $response.body#/id}
              requestBody: {anything: goes}
              description: d
              server: {url: /}
        2XX: {description: ok}
        default: {description: error}
      callbacks:
        onChange:
          '{$request.query.url}':
            post:
              responses: {'200': {description: ok}}
components:
  schemas:
    Person:
      title: Person
      description: d
      type: object
      required: [id]
      nullable: false
      readOnly: false
      writeOnly: false
      deprecated: false
      externalDocs: {url: https://example.com}
      example: {id: 1}
      default: {}
      xml: {name: person, namespace: https://example.com, prefix: p, attribute: false, wrapped: false}
      discriminator:
        propertyName: kind
        mapping: {admin: '#/components/schemas/Admin'}
      properties:
        id: {type: integer, multipleOf: 1, maximum: 10, exclusiveMaximum: true, minimum: 0, exclusiveMinimum: false}
        name: {type: string, maxLength: 5, minLength: 1, pattern: '^a', enum: [ab, ac]}
        tags: {type: array, maxItems: 3, minItems: 0, uniqueItems: true, items: {type: string}}
        extra: {type: object, maxProperties: 3, minProperties: 0, additionalProperties: {type: string}}
        open: {type: object, additionalProperties: true}
        kind: {allOf: [{type: string}], oneOf: [{type: string}], anyOf: [{type: string}], not: {type: integer}}
  responses:
    NotFound: {description: not found}
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
  examples:
    Person: {value: {id: 1}}
  requestBodies:
    Person: {content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}
  headers:
    X-Id: {schema: {type: string}}
  securitySchemes:
    key: {type: apiKey, name: X-Key, in: header, description: d}
    basic: {type: http, scheme: bearer, bearerFormat: JWT}
    oidc: {type: openIdConnect, openIdConnectUrl: https://example.com/.well-known}
    oauth:
      type: oauth2
      flows:
        implicit: {authorizationUrl: https://example.com/a, scopes: {read: r}}
        password: {tokenUrl: https://example.com/t, refreshUrl: https://example.com/r, scopes: {}}
        clientCredentials: {tokenUrl: https://example.com/t, scopes: {}}
        authorizationCode: {authorizationUrl: https://example.com/a, tokenUrl: https://example.com/t, scopes: {}}
  links:
    Self: {operationId: getPerson}
  callbacks:
    Hook:
      '{$request.body#/url}':
        post: {responses: {'200': {description: ok}}}
security:
  - key: []
tags:
  - {name: people, description: d, externalDocs: {url: https://example.com}}
externalDocs: {url: https://example.com}
"##;

    /// A named YAML document and the exact (pointer, message) pairs expected for it.
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
    );

    /// Runs the check on a YAML snippet and returns (pointer, message) pairs, the help in
    /// parentheses after the message as the one-line diagnostic prints it.
    fn check(yaml: &str) -> Vec<(String, String)> {
        let document: Value = serde_yaml::from_str(yaml).expect("test YAML parses");
        unknown_keys(&document)
            .into_iter()
            .map(|problem| {
                let message = match problem.help {
                    Some(help) => format!("{} ({help})", problem.message),
                    None => problem.message,
                };
                (problem.pointer, message)
            })
            .collect()
    }

    #[test]
    fn reports_exactly_the_expected_problems() {
        let cases: &[Case] = &[
            (
                "minimal valid document",
                "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n",
                &[],
            ),
            ("every object kind, all valid", FULL_VALID, &[]),
            (
                "misspelled operation key",
                r#"
paths:
  /people:
    get:
      summery: List people
      responses: {'200': {description: ok}}
"#,
                &[(
                    "/paths/~1people/get/summery",
                    "unknown key `summery` in an Operation Object (did you mean `summary`?)",
                )],
            ),
            (
                "misspelled parameter key",
                r#"
paths:
  /people:
    parameters:
      - {name: q, in: query, requried: true}
"#,
                &[(
                    "/paths/~1people/parameters/0/requried",
                    "unknown key `requried` in a Parameter Object (did you mean `required`?)",
                )],
            ),
            (
                "inline schema under properties, escaped pointer",
                r#"
paths:
  /people/{id}:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  name: {type: string, maxLenght: 3}
                  a~b: {items: {tpye: string}}
"#,
                &[
                    (
                        "/paths/~1people~1{id}/get/responses/200/content/application~1json/schema/properties/name/maxLenght",
                        "unknown key `maxLenght` in a Schema Object (did you mean `maxLength`?)",
                    ),
                    (
                        "/paths/~1people~1{id}/get/responses/200/content/application~1json/schema/properties/a~0b/items/tpye",
                        "unknown key `tpye` in a Schema Object (did you mean `type`?)",
                    ),
                ],
            ),
            (
                "response code keys",
                r#"
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        2XX: {description: ok}
        4xx: {description: ok}
        default: {description: ok}
        x-note: {anything: 1}
        '20': {description: ok}
        6XX: {description: ok}
        defualt: {descripton: ok}
        OK: {description: ok}
"#,
                &[
                    (
                        "/paths/~1a/get/responses/20",
                        "unknown key `20` in a Responses Object (expected `default`, a status code such as `200`, a range such as `2XX`, or an `x-` extension)",
                    ),
                    (
                        "/paths/~1a/get/responses/6XX",
                        "unknown key `6XX` in a Responses Object (expected `default`, a status code such as `200`, a range such as `2XX`, or an `x-` extension)",
                    ),
                    (
                        "/paths/~1a/get/responses/defualt",
                        "unknown key `defualt` in a Responses Object (did you mean `default`?)",
                    ),
                    (
                        "/paths/~1a/get/responses/defualt/descripton",
                        "unknown key `descripton` in a Response Object (did you mean `description`?)",
                    ),
                    (
                        "/paths/~1a/get/responses/OK",
                        "unknown key `OK` in a Responses Object (expected `default`, a status code such as `200`, a range such as `2XX`, or an `x-` extension)",
                    ),
                ],
            ),
            (
                "numeric mapping keys",
                r#"
paths:
  /a:
    get:
      responses:
        200: {description: ok}
        404: {description: missing, content: {application/json: {schema: {type: object, properties: {1: {tipe: x}}}}}}
        600: {description: no}
      201: {description: misplaced}
      true: 1
"#,
                &[
                    (
                        "/paths/~1a/get/responses/404/content/application~1json/schema/properties/1/tipe",
                        "unknown key `tipe` in a Schema Object (did you mean `type`?)",
                    ),
                    (
                        "/paths/~1a/get/responses/600",
                        "unknown key `600` in a Responses Object (expected `default`, a status code such as `200`, a range such as `2XX`, or an `x-` extension)",
                    ),
                    ("/paths/~1a/get/201", "unknown key `201` in an Operation Object"),
                    ("/paths/~1a/get/true", "unknown key `true` in an Operation Object"),
                ],
            ),
            (
                "Reference Objects with siblings are not checked nor descended",
                r##"
paths:
  /a:
    get:
      parameters:
        - {$ref: '#/components/parameters/P', description: d, bogus: 1}
      responses:
        '200': {$ref: '#/components/responses/R', summery: s}
components:
  schemas:
    S:
      $ref: '#/components/schemas/T'
      description: d
      nullable: true
      properties: {a: {tpye: string}}
"##,
                &[],
            ),
            (
                "Path Item `$ref` is a field, its siblings are checked",
                r##"
paths:
  /a:
    $ref: '#/x'
    summery: s
"##,
                &[(
                    "/paths/~1a/summery",
                    "unknown key `summery` in a Path Item Object (did you mean `summary`?)",
                )],
            ),
            (
                "`$ref` where no Reference Object is allowed",
                r##"
info: {$ref: 'info.yaml'}
paths:
  /a:
    get: {$ref: '#/x'}
"##,
                &[
                    ("/info/$ref", "unknown key `$ref` in an Info Object (a Reference Object is not allowed here)"),
                    (
                        "/paths/~1a/get/$ref",
                        "unknown key `$ref` in an Operation Object (a Reference Object is not allowed here)",
                    ),
                ],
            ),
            (
                "extensions allowed everywhere and not descended",
                r#"
openapi: 3.0.3
x-root: {summery: 1}
info: {title: t, version: '1', x-logo: {bogus: 1}}
paths:
  x-paths-ext: {get: {summery: 1}}
  /a:
    x-item: 1
    get:
      x-op: {requried: true}
      responses:
        x-resp: 1
        '200':
          description: ok
          x-r: 1
          content:
            application/json:
              x-mt: 1
              schema: {type: string, x-schema: {tpye: 1}}
      callbacks:
        cb:
          x-cb: {post: {bogus: 1}}
components:
  x-comp: 1
  securitySchemes:
    o: {type: oauth2, x-s: 1, flows: {x-f: 1, implicit: {x-i: 1, authorizationUrl: u, scopes: {}}}}
  schemas:
    D: {discriminator: {propertyName: k, x-d: 1}, xml: {x-x: 1}}
"#,
                &[],
            ),
            (
                "uppercase X- is not an extension",
                "info: {title: t, version: '1', X-Logo: l}\n",
                &[(
                    "/info/X-Logo",
                    "unknown key `X-Logo` in an Info Object (specification extensions must start with lowercase `x-`)",
                )],
            ),
            (
                "free-form values are not descended",
                r#"
paths:
  /a:
    get:
      parameters:
        - {name: p, in: query, example: {requried: 1}, schema: {type: object, example: {summery: 1}, default: {tpye: 1}, enum: [{bogus: 1}]}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              example: {bogus: 1}
              examples: {e: {value: {bogus: 1}}}
          links:
            l: {operationId: x, parameters: {bogus: {nested: 1}}, requestBody: {bogus: 1}}
components:
  schemas:
    S: {discriminator: {propertyName: k, mapping: {any: thing}}}
  securitySchemes:
    o: {type: oauth2, flows: {implicit: {authorizationUrl: u, scopes: {any: thing}}}}
servers:
  - {url: /, variables: {v: {default: a, enum: [{bogus: 1}]}}}
security:
  - {any-name: [read], Other: []}
"#,
                &[],
            ),
            (
                "Swagger 2.0 keys",
                r#"
swagger: '2.0'
basePath: /v1
definitions: {}
paths:
  /a:
    get:
      produces: [application/json]
      parameters:
        - {name: ids, in: query, type: array, collectionFormat: csv}
      responses:
        '200': {description: ok, schema: {type: string}}
"#,
                &[
                    ("/swagger", "unknown key `swagger` in an OpenAPI Object (Swagger 2.0; use `openapi: 3.0.3`)"),
                    ("/basePath", "unknown key `basePath` in an OpenAPI Object (Swagger 2.0; use `servers`)"),
                    ("/definitions", "unknown key `definitions` in an OpenAPI Object (Swagger 2.0; use `components/schemas`)"),
                    (
                        "/paths/~1a/get/produces",
                        "unknown key `produces` in an Operation Object (Swagger 2.0; use `content` with media types)",
                    ),
                    (
                        "/paths/~1a/get/parameters/0/type",
                        "unknown key `type` in a Parameter Object (Swagger 2.0; move it into `schema`)",
                    ),
                    (
                        "/paths/~1a/get/parameters/0/collectionFormat",
                        "unknown key `collectionFormat` in a Parameter Object (Swagger 2.0; use `style` and `explode`)",
                    ),
                    (
                        "/paths/~1a/get/responses/200/schema",
                        "unknown key `schema` in a Response Object (Swagger 2.0; use `content` with media types)",
                    ),
                ],
            ),
            (
                "OpenAPI 3.1 / JSON Schema keywords",
                r#"
webhooks: {}
components:
  schemas:
    S:
      $schema: https://json-schema.org/draft/2020-12/schema
      const: 1
      examples: [1]
      prefixItems: [{type: string}]
"#,
                &[
                    ("/webhooks", "unknown key `webhooks` in an OpenAPI Object (OpenAPI 3.1, not allowed in 3.0)"),
                    (
                        "/components/schemas/S/$schema",
                        "unknown key `$schema` in a Schema Object (OpenAPI 3.1 / JSON Schema keyword, not allowed in 3.0)",
                    ),
                    (
                        "/components/schemas/S/const",
                        "unknown key `const` in a Schema Object (OpenAPI 3.1 / JSON Schema keyword, not allowed in 3.0)",
                    ),
                    (
                        "/components/schemas/S/examples",
                        "unknown key `examples` in a Schema Object (OpenAPI 3.1 / JSON Schema keyword, not allowed in 3.0; use `example`)",
                    ),
                    (
                        "/components/schemas/S/prefixItems",
                        "unknown key `prefixItems` in a Schema Object (OpenAPI 3.1 / JSON Schema keyword, not allowed in 3.0)",
                    ),
                ],
            ),
            (
                "wrong-typed values are skipped",
                r#"
openapi: 3.0.3
info: [1, 2]
servers: {url: /}
paths: 3
components: {schemas: 3, responses: [1], securitySchemes: {a: 1}}
tags: oops
security: [1, [2], null]
"#,
                &[],
            ),
            ("document is a sequence", "[1, {bogus: 2}]", &[]),
            ("document is a scalar", "hello", &[]),
            ("document is empty", "", &[]),
            (
                "security requirement keys are scheme names",
                r#"
security:
  - {api_key: [], Whatever Name: [a, b]}
paths:
  /a:
    get:
      security: [{}, {petstore_auth: ['write:pets']}]
      responses: {'200': {description: ok}}
"#,
                &[],
            ),
            (
                "callbacks are walked as path items",
                r#"
paths:
  /subscribe:
    post:
      callbacks:
        onEvent:
          '{$request.body#/url}':
            post:
              sumary: s
              responses: {'200': {descripton: ok}}
            bogus: 1
components:
  callbacks:
    Hook:
      '{$url}':
        get: {operationID: x}
"#,
                &[
                    (
                        "/paths/~1subscribe/post/callbacks/onEvent/{$request.body#~1url}/post/sumary",
                        "unknown key `sumary` in an Operation Object (did you mean `summary`?)",
                    ),
                    (
                        "/paths/~1subscribe/post/callbacks/onEvent/{$request.body#~1url}/post/responses/200/descripton",
                        "unknown key `descripton` in a Response Object (did you mean `description`?)",
                    ),
                    (
                        "/paths/~1subscribe/post/callbacks/onEvent/{$request.body#~1url}/bogus",
                        "unknown key `bogus` in a Path Item Object",
                    ),
                    (
                        "/components/callbacks/Hook/{$url}/get/operationID",
                        "unknown key `operationID` in an Operation Object (did you mean `operationId`?)",
                    ),
                ],
            ),
            (
                "paths must start with a slash, and are still walked",
                "paths:\n  people:\n    get: {summery: s}\n",
                &[
                    ("/paths/people", "unknown key `people` in a Paths Object (paths must start with `/`)"),
                    (
                        "/paths/people/get/summery",
                        "unknown key `summery` in an Operation Object (did you mean `summary`?)",
                    ),
                ],
            ),
            (
                "case-insensitive match is suggested",
                "paths:\n  /a:\n    post: {RequestBody: {}, responses: {}}\n",
                &[(
                    "/paths/~1a/post/RequestBody",
                    "unknown key `RequestBody` in an Operation Object (did you mean `requestBody`?)",
                )],
            ),
            (
                "no suggestion when nothing is close",
                "info: {title: t, version: '1', ab: 1, colour: red}\n",
                &[
                    ("/info/ab", "unknown key `ab` in an Info Object"),
                    ("/info/colour", "unknown key `colour` in an Info Object"),
                ],
            ),
            (
                "nested objects of every other kind are checked",
                r#"
info: {title: t, version: '1', contact: {mail: m}, license: {nam: n}}
servers: [{url: /, variables: {v: {defualt: a}}}]
externalDocs: {uri: u}
tags: [{nmae: t}]
paths:
  /a:
    put:
      requestBody:
        content:
          application/json:
            schemma: {}
            encoding: {f: {contentTyp: x, headers: {H: {requred: true}}}}
            examples: {e: {vaule: 1}}
      responses:
        '200': {description: ok, links: {l: {operationid: x, server: {uri: /}}}}
components:
  schemas:
    S: {discriminator: {propertyname: k}, xml: {wraped: true}}
  securitySchemes:
    o: {type: oauth2, flow: implicit, flows: {implict: {}, password: {tokenUrl: t, scope: {}}}}
"#,
                &[
                    ("/info/contact/mail", "unknown key `mail` in a Contact Object (did you mean `email`?)"),
                    ("/info/license/nam", "unknown key `nam` in a License Object (did you mean `name`?)"),
                    (
                        "/servers/0/variables/v/defualt",
                        "unknown key `defualt` in a Server Variable Object (did you mean `default`?)",
                    ),
                    ("/externalDocs/uri", "unknown key `uri` in an External Documentation Object (did you mean `url`?)"),
                    ("/tags/0/nmae", "unknown key `nmae` in a Tag Object (did you mean `name`?)"),
                    (
                        "/paths/~1a/put/requestBody/content/application~1json/schemma",
                        "unknown key `schemma` in a Media Type Object (did you mean `schema`?)",
                    ),
                    (
                        "/paths/~1a/put/requestBody/content/application~1json/encoding/f/contentTyp",
                        "unknown key `contentTyp` in an Encoding Object (did you mean `contentType`?)",
                    ),
                    (
                        "/paths/~1a/put/requestBody/content/application~1json/encoding/f/headers/H/requred",
                        "unknown key `requred` in a Header Object (did you mean `required`?)",
                    ),
                    (
                        "/paths/~1a/put/requestBody/content/application~1json/examples/e/vaule",
                        "unknown key `vaule` in an Example Object (did you mean `value`?)",
                    ),
                    (
                        "/paths/~1a/put/responses/200/links/l/operationid",
                        "unknown key `operationid` in a Link Object (did you mean `operationId`?)",
                    ),
                    (
                        "/paths/~1a/put/responses/200/links/l/server/uri",
                        "unknown key `uri` in a Server Object (did you mean `url`?)",
                    ),
                    (
                        "/components/schemas/S/discriminator/propertyname",
                        "unknown key `propertyname` in a Discriminator Object (did you mean `propertyName`?)",
                    ),
                    ("/components/schemas/S/xml/wraped", "unknown key `wraped` in an XML Object (did you mean `wrapped`?)"),
                    (
                        "/components/securitySchemes/o/flow",
                        "unknown key `flow` in a Security Scheme Object (Swagger 2.0; use `flows`)",
                    ),
                    (
                        "/components/securitySchemes/o/flows/implict",
                        "unknown key `implict` in an OAuth Flows Object (did you mean `implicit`?)",
                    ),
                    (
                        "/components/securitySchemes/o/flows/password/scope",
                        "unknown key `scope` in an OAuth Flow Object (did you mean `scopes`?)",
                    ),
                ],
            ),
            (
                "non-scalar and null keys are named readably",
                "info:\n  ? [a, {b: 1}]\n  : x\n  ~: y\n",
                &[
                    ("/info/[a, {b: 1}]", "unknown key `[a, {b: 1}]` in an Info Object"),
                    ("/info/null", "unknown key `null` in an Info Object"),
                ],
            ),
        ];
        // Collect every mismatch so one failing case does not hide the others.
        let mut failures = Vec::new();
        for (name, yaml, expected) in cases {
            let expected: Vec<(String, String)> = expected
                .iter()
                .map(|&(p, m)| (p.to_owned(), m.to_owned()))
                .collect();
            let actual = check(yaml);
            if actual != expected {
                failures.push(format!(
                    "case `{name}`:\n  expected {expected:#?}\n  actual {actual:#?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn escapes_pointer_segments() {
        let cases = [
            ("plain", "plain"),
            ("/a/b", "~1a~1b"),
            ("a~b", "a~0b"),
            ("~/", "~0~1"),
            ("~1", "~01"),
        ];
        for (segment, escaped) in cases {
            assert_eq!(escape_segment(segment), escaped, "segment: {segment}");
        }
    }

    #[test]
    fn recognises_response_keys() {
        let cases = [
            ("default", true),
            ("200", true),
            ("599", true),
            ("100", true),
            ("1XX", true),
            ("5xx", true),
            ("2Xx", true),
            ("099", false),
            ("600", false),
            ("6XX", false),
            ("20", false),
            ("2000", false),
            ("2X0", false),
            ("Default", false),
            ("", false),
            ("２00", false),
        ];
        for (key, allowed) in cases {
            assert_eq!(is_response_key(key), allowed, "key: {key}");
        }
    }
}
