//! Client runtime support: the shared configuration, request building, response decoding and the
//! error type.

use std::fmt;
use std::sync::Arc;

use base64::Engine as _;
use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Characters escaped in a path segment or a query component: everything but RFC 3986 unreserved
/// characters, so `/`, `?`, `#`, `&`, `=`, `,`, `;` and spaces never leak structure.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// [`COMPONENT`] and `.`, the separator of `label` path values.
const LABEL: &AsciiSet = &COMPONENT.add(b'.');

fn encode(value: &impl fmt::Display, set: &'static AsciiSet) -> String {
    utf8_percent_encode(&value.to_string(), set).to_string()
}

/// An object's properties in the order it serializes them (declaration order), or `None` when
/// `value` is not an object. A `serde_json::Value` would sort them, unless some crate of the build
/// enables serde_json's `preserve_order`; the style tables list properties in order.
fn properties(
    value: &impl Serialize,
) -> Result<Option<Vec<(String, serde_json::Value)>>, serde_json::Error> {
    struct Properties(Vec<(String, serde_json::Value)>);

    impl<'de> serde::Deserialize<'de> for Properties {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct InOrder;

            impl<'de> serde::de::Visitor<'de> for InOrder {
                type Value = Properties;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object")
                }

                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Properties, A::Error> {
                    let mut properties = Vec::new();
                    while let Some(entry) = map.next_entry()? {
                        properties.push(entry);
                    }
                    Ok(Properties(properties))
                }
            }

            deserializer.deserialize_map(InOrder)
        }
    }

    let text = serde_json::to_string(value)?;
    Ok(serde_json::from_str::<Properties>(&text)
        .ok()
        .map(|properties| properties.0))
}

/// A JSON value as parameter text: strings as themselves, other scalars as JSON, nested arrays
/// and objects as JSON text (the style tables define no nesting).
fn json_scalar_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The configuration every API client of a generated crate shares: base URL, HTTP client,
/// credentials and user agent.
///
/// A generated crate's `client::Client` wraps it, adding one accessor per tag, and derefs to it
/// for the getters. Cheap to clone: the configuration sits behind an [`Arc`]. The `with_*`
/// methods return a changed copy and leave other clones untouched.
#[derive(Clone)]
pub struct Config {
    inner: Arc<Inner>,
}

#[derive(Clone)]
struct Inner {
    base_url: String,
    http: reqwest::Client,
    credentials: Credentials,
    user_agent: Option<String>,
}

impl Config {
    /// A configuration for the API at `base_url`, sending no `User-Agent` (a generated crate's
    /// `Client::new` names the crate and its version).
    ///
    /// Fails when `base_url` is not an absolute `http` or `https` URL.
    pub fn new(base_url: impl AsRef<str>) -> Result<Self, InvalidBaseUrl> {
        let base_url = base_url.as_ref().trim_end_matches('/');
        let parsed =
            reqwest::Url::parse(base_url).map_err(|error| InvalidBaseUrl(error.to_string()))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(InvalidBaseUrl(format!(
                "unsupported scheme `{}`",
                parsed.scheme()
            )));
        }
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(InvalidBaseUrl(
                "a base URL takes no query or fragment".to_string(),
            ));
        }
        Ok(Self::unchecked(base_url))
    }

    /// `base_url` as given, even when it is not an absolute URL: the `Default` of a crate whose
    /// spec's server URL is relative. Its requests fail with [`Error::InvalidRequest`].
    #[doc(hidden)]
    pub fn unchecked(base_url: &str) -> Self {
        Self {
            inner: Arc::new(Inner {
                base_url: base_url.to_string(),
                http: reqwest::Client::new(),
                credentials: Credentials::default(),
                user_agent: None,
            }),
        }
    }

    /// Uses `http` for every request, so that its timeouts, proxies and TLS settings apply.
    pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
        Arc::make_mut(&mut self.inner).http = http;
        self
    }

    /// Sends `user_agent` as the `User-Agent` header.
    pub fn with_user_agent(mut self, user_agent: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.inner).user_agent = Some(user_agent.into());
        self
    }

    /// Sends HTTP basic credentials to the operations that accept HTTP basic authentication.
    pub fn with_basic_auth(
        mut self,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        Arc::make_mut(&mut self.inner).credentials.basic = Some((username.into(), password.into()));
        self
    }

    /// Sends `token` as `Authorization: Bearer` to the operations that accept bearer tokens
    /// (HTTP bearer, OAuth2 and OpenID Connect schemes).
    pub fn with_bearer_token(mut self, token: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.inner).credentials.bearer = Some(token.into());
        self
    }

    /// Sends `key` to the operations that accept an API key, in the header, query parameter or
    /// cookie that their scheme names.
    pub fn with_api_key(mut self, key: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.inner).credentials.api_key = Some(key.into());
        self
    }

    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The credentials sent to the operations that ask for them.
    pub fn credentials(&self) -> &Credentials {
        &self.inner.credentials
    }

    /// Starts a request of `operation` (its `operationId`, for error messages) that also sends
    /// `extra` (the API value's [`RequestHeaders`]).
    #[doc(hidden)]
    pub fn call<'a>(
        &'a self,
        operation: &'static str,
        method: Method,
        extra: &'a RequestHeaders,
    ) -> Call<'a> {
        Call {
            extra,
            client: self,
            operation,
            method,
            url: self.inner.base_url.clone(),
            query: String::new(),
            headers: HeaderMap::new(),
            cookies: Vec::new(),
            body: None,
            problem: None,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &self.inner.credentials)
            .field("user_agent", &self.inner.user_agent)
            .finish_non_exhaustive()
    }
}

/// The result of a documented error response: its decoded body in the operation's error enum
/// (`api_error(response.json("application/json"), GetPetError::NotFound)`), or the error that
/// decoding it met.
#[doc(hidden)]
pub fn api_error<T, E, X>(body: Result<T, Error<E>>, variant: fn(T) -> E) -> Result<X, Error<E>> {
    Err(match body {
        Ok(body) => Error::Api(variant(body)),
        Err(error) => error,
    })
}

/// Defines a generated crate's `Client`: a [`Config`] with the crate's default base URL and user
/// agent. It is a type of the generated crate, so that the crate can add an accessor per tag.
/// Reached as `crate::support::client::define_client!` in either runtime mode (paths in it are
/// resolved where it is called).
#[doc(hidden)]
#[macro_export]
// `crate` is meant: the generated crate calling the macro, whose `support` module is this runtime
// in either mode (`$crate` would be the generated crate itself in inline mode).
#[allow(clippy::crate_in_macro_def)]
macro_rules! __openapi_gen_define_client {
    ($default_base_url:expr) => {
        /// The configuration every API client of this crate shares: base URL, HTTP client,
        /// credentials and user agent.
        ///
        /// Cheap to clone: the configuration sits behind an `Arc`. The `with_*` methods return a
        /// changed copy and leave other clones untouched. Derefs to the runtime's
        /// [`Config`](crate::support::client::Config) for its getters (`base_url`, `credentials`).
        #[derive(Clone)]
        pub struct Client(crate::support::client::Config);

        impl Client {
            /// A client for the API at `base_url` (for example [`crate::DEFAULT_BASE_URL`]).
            ///
            /// Fails when `base_url` is not an absolute `http` or `https` URL.
            pub fn new(
                base_url: impl AsRef<str>,
            ) -> Result<Self, crate::support::client::InvalidBaseUrl> {
                crate::support::client::Config::new(base_url).map(Self::named)
            }

            /// The default `User-Agent` names this crate and its version.
            fn named(config: crate::support::client::Config) -> Self {
                Self(config.with_user_agent(concat!(
                    env!("CARGO_PKG_NAME"),
                    "/",
                    env!("CARGO_PKG_VERSION")
                )))
            }

            /// Uses `http` for every request, so that its timeouts, proxies and TLS settings apply.
            pub fn with_http_client(self, http: reqwest::Client) -> Self {
                Self(self.0.with_http_client(http))
            }

            /// Sends `user_agent` as the `User-Agent` header (the default names this crate and its
            /// version).
            pub fn with_user_agent(self, user_agent: impl Into<String>) -> Self {
                Self(self.0.with_user_agent(user_agent))
            }

            /// Sends HTTP basic credentials to the operations that accept HTTP basic
            /// authentication.
            pub fn with_basic_auth(
                self,
                username: impl Into<String>,
                password: impl Into<String>,
            ) -> Self {
                Self(self.0.with_basic_auth(username, password))
            }

            /// Sends `token` as `Authorization: Bearer` to the operations that accept bearer
            /// tokens (HTTP bearer, OAuth2 and OpenID Connect schemes).
            pub fn with_bearer_token(self, token: impl Into<String>) -> Self {
                Self(self.0.with_bearer_token(token))
            }

            /// Sends `key` to the operations that accept an API key, in the header, query
            /// parameter or cookie that their scheme names.
            pub fn with_api_key(self, key: impl Into<String>) -> Self {
                Self(self.0.with_api_key(key))
            }
        }

        impl Default for Client {
            /// A client for [`crate::DEFAULT_BASE_URL`], the spec's first server.
            fn default() -> Self {
                let url = $default_base_url;
                Self::named(
                    crate::support::client::Config::new(url)
                        .unwrap_or_else(|_| crate::support::client::Config::unchecked(url)),
                )
            }
        }

        impl std::ops::Deref for Client {
            type Target = crate::support::client::Config;

            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        impl std::fmt::Debug for Client {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_tuple("Client").field(&self.0).finish()
            }
        }
    };
}

// A crate's own copy (`--runtime inline`) keeps the macro to itself instead: `macro_export` would
// put it at that crate's root, where an `include!`d copy (a build script's output) cannot name it
// by path. openapi-gen rewrites these two lines for the copy.
#[doc(hidden)]
pub use crate::__openapi_gen_define_client as define_client;

/// The base URL given to [`Config::new`] (or a generated `Client::new`) is not an absolute `http` or `https` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidBaseUrl(String);

impl fmt::Display for InvalidBaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid base URL: {}", self.0)
    }
}

impl std::error::Error for InvalidBaseUrl {}

/// Credentials, sent only to the operations whose security requirements ask for them.
///
/// `Debug` shows which credentials are set, never their values.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    basic: Option<(String, String)>,
    bearer: Option<String>,
    api_key: Option<String>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |set: bool| if set { "<redacted>" } else { "<none>" };
        f.debug_struct("Credentials")
            .field("basic", &redacted(self.basic.is_some()))
            .field("bearer", &redacted(self.bearer.is_some()))
            .field("api_key", &redacted(self.api_key.is_some()))
            .finish()
    }
}

/// A security scheme of the spec, as the client applies it.
#[derive(Debug, Clone, Copy)]
#[doc(hidden)]
pub enum Scheme {
    Basic,
    Bearer,
    ApiKeyHeader(&'static str),
    ApiKeyQuery(&'static str),
    ApiKeyCookie(&'static str),
}

impl Scheme {
    pub const fn basic() -> Self {
        Self::Basic
    }

    pub const fn bearer() -> Self {
        Self::Bearer
    }

    pub const fn api_key_header(name: &'static str) -> Self {
        Self::ApiKeyHeader(name)
    }

    pub const fn api_key_query(name: &'static str) -> Self {
        Self::ApiKeyQuery(name)
    }

    pub const fn api_key_cookie(name: &'static str) -> Self {
        Self::ApiKeyCookie(name)
    }

    fn is_configured(self, credentials: &Credentials) -> bool {
        match self {
            Self::Basic => credentials.basic.is_some(),
            Self::Bearer => credentials.bearer.is_some(),
            Self::ApiKeyHeader(_) | Self::ApiKeyQuery(_) | Self::ApiKeyCookie(_) => {
                credentials.api_key.is_some()
            }
        }
    }
}

/// Headers that an API value adds to each request it makes (`Prefer`, an idempotency key, a
/// trace id, `If-None-Match`): see the `with_header` method of each API struct. They are set
/// after the operation's own headers and replace any of the same name.
///
/// `Debug` shows the header names, never their values.
#[derive(Clone, Default)]
pub struct RequestHeaders {
    headers: HeaderMap,
    problem: Option<String>,
}

impl RequestHeaders {
    /// Adds `name: value`; a name or value that is not valid in HTTP is reported by the request
    /// as [`Error::InvalidRequest`].
    pub fn insert(&mut self, name: &str, value: &str) {
        match (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            (Ok(name), Ok(value)) => {
                self.headers.append(name, value);
            }
            (Err(_), _) => {
                self.problem
                    .get_or_insert(format!("`{name}` is not a valid header name"));
            }
            (_, Err(_)) => {
                self.problem.get_or_insert(format!(
                    "the value of header `{name}` is not a valid header value"
                ));
            }
        }
    }
}

impl fmt::Debug for RequestHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.headers.keys()).finish()
    }
}

/// A request body: bytes of a media type, or a multipart form that reqwest encodes.
enum Body {
    Bytes(HeaderValue, Bytes),
    #[cfg(feature = "multipart")]
    Multipart(reqwest::multipart::Form),
}

/// A request being built; every failure is kept until [`Call::send`] reports it.
#[doc(hidden)]
pub struct Call<'a> {
    extra: &'a RequestHeaders,
    client: &'a Config,
    operation: &'static str,
    method: Method,
    url: String,
    query: String,
    headers: HeaderMap,
    cookies: Vec<String>,
    body: Option<Body>,
    problem: Option<String>,
}

impl Call<'_> {
    fn fail(&mut self, message: String) {
        self.problem.get_or_insert(message);
    }

    /// Appends literal path text from the spec.
    pub fn path(mut self, literal: &str) -> Self {
        self.url.push_str(literal);
        self
    }

    /// The whole path from a template whose `{}`s stand for `style: simple` scalars, in order:
    /// each value as one percent-encoded segment (`path_template("/users/{}/repos", &[&user])`).
    /// The same as the chain of [`Call::path`] and [`Call::path_scalar`] calls it stands for.
    pub fn path_template(mut self, template: &str, values: &[&dyn fmt::Display]) -> Self {
        let mut pieces = template.split("{}");
        self = self.path(pieces.next().unwrap_or_default());
        for (value, literal) in values.iter().zip(pieces) {
            self = self.path_scalar("", value).path(literal);
        }
        self
    }

    /// `blue` (`style: simple`): the value as one percent-encoded path segment.
    pub fn path_scalar(mut self, _name: &str, value: impl fmt::Display) -> Self {
        let value = value.to_string();
        self.url.extend(utf8_percent_encode(&value, COMPONENT));
        self
    }

    /// `blue,black,brown` (`style: simple`, either `explode`).
    pub fn path_csv<T: fmt::Display>(mut self, _name: &str, values: impl AsRef<[T]>) -> Self {
        self.url
            .push_str(&join(values.as_ref(), |item| encode(item, COMPONENT)));
        self
    }

    /// `R,100,G,200` (`style: simple`, `explode: false`).
    pub fn path_object(mut self, name: &str, value: impl Serialize) -> Self {
        if let Some(pairs) = self.object_pairs(name, &value, COMPONENT) {
            self.url.push_str(
                &pairs
                    .iter()
                    .map(|(key, value)| format!("{key},{value}"))
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        self
    }

    /// `R=100,G=200` (`style: simple`, `explode: true`).
    pub fn path_object_exploded(mut self, name: &str, value: impl Serialize) -> Self {
        if let Some(pairs) = self.object_pairs(name, &value, COMPONENT) {
            self.url.push_str(
                &pairs
                    .iter()
                    .map(|(key, value)| format!("{key}={value}"))
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        self
    }

    /// `.blue` (`style: label`).
    pub fn path_label_scalar(mut self, name: &str, value: impl fmt::Display) -> Self {
        let value = encode(&value, LABEL);
        self.push_label(name, format!(".{value}"));
        self
    }

    /// `.blue.black.brown` (`style: label`, either `explode`, as the OpenAPI 3.0.3 table has it).
    pub fn path_label_array<T: fmt::Display>(
        mut self,
        name: &str,
        values: impl AsRef<[T]>,
    ) -> Self {
        let items: Vec<String> = values
            .as_ref()
            .iter()
            .map(|item| encode(item, LABEL))
            .collect();
        self.push_label(name, format!(".{}", items.join(".")));
        self
    }

    /// `.R.100.G.200` (`style: label`, `explode: false`).
    pub fn path_label_object(mut self, name: &str, value: impl Serialize) -> Self {
        if let Some(pairs) = self.object_pairs(name, &value, LABEL) {
            let text: String = pairs
                .iter()
                .map(|(key, value)| format!(".{key}.{value}"))
                .collect();
            self.push_label(name, text);
        }
        self
    }

    /// `.R=100.G=200` (`style: label`, `explode: true`).
    pub fn path_label_object_exploded(mut self, name: &str, value: impl Serialize) -> Self {
        if let Some(pairs) = self.object_pairs(name, &value, LABEL) {
            let text: String = pairs
                .iter()
                .map(|(key, value)| format!(".{key}={value}"))
                .collect();
            self.push_label(name, text);
        }
        self
    }

    /// Appends a `label` value. An empty value is a lone `.` which, as a whole path segment, URL
    /// normalization removes (`/a/./b` is `/a/b`): that request could not reach its route, so it
    /// is refused instead.
    fn push_label(&mut self, name: &str, text: String) {
        let text = if text.is_empty() {
            ".".to_string()
        } else {
            text
        };
        if text == "." && self.url.ends_with('/') {
            self.fail(format!(
                "parameter `{name}` is empty, and an empty `label` value cannot be a path segment"
            ));
        }
        self.url.push_str(&text);
    }

    /// `;color=blue`, or `;color` for an empty value (`style: matrix`).
    pub fn path_matrix_scalar(mut self, name: &str, value: impl fmt::Display) -> Self {
        let value = encode(&value, COMPONENT);
        self.push_matrix(name, &value);
        self
    }

    /// `;color=blue,black,brown` (`style: matrix`, `explode: false`).
    pub fn path_matrix_array<T: fmt::Display>(
        mut self,
        name: &str,
        values: impl AsRef<[T]>,
    ) -> Self {
        let value = join(values.as_ref(), |item| encode(item, COMPONENT));
        self.push_matrix(name, &value);
        self
    }

    /// `;color=blue;color=black;color=brown` (`style: matrix`, `explode: true`); `;color` when
    /// empty.
    pub fn path_matrix_array_exploded<T: fmt::Display>(
        mut self,
        name: &str,
        values: impl AsRef<[T]>,
    ) -> Self {
        let values = values.as_ref();
        if values.is_empty() {
            self.push_matrix(name, "");
        }
        for item in values {
            // Every item keeps its `=`, so that an empty item is not the empty array.
            self.url.push(';');
            self.url.extend(utf8_percent_encode(name, COMPONENT));
            self.url.push('=');
            self.url.push_str(&encode(item, COMPONENT));
        }
        self
    }

    /// `;color=R,100,G,200` (`style: matrix`, `explode: false`).
    pub fn path_matrix_object(mut self, name: &str, value: impl Serialize) -> Self {
        if let Some(pairs) = self.object_pairs(name, &value, COMPONENT) {
            let value = pairs
                .iter()
                .map(|(key, value)| format!("{key},{value}"))
                .collect::<Vec<_>>()
                .join(",");
            self.push_matrix(name, &value);
        }
        self
    }

    /// `;R=100;G=200` (`style: matrix`, `explode: true`); `;color` when empty.
    pub fn path_matrix_object_exploded(mut self, name: &str, value: impl Serialize) -> Self {
        if let Some(pairs) = self.object_pairs(name, &value, COMPONENT) {
            if pairs.is_empty() {
                self.push_matrix(name, "");
            }
            for (key, value) in &pairs {
                self.push_matrix(key, value);
            }
        }
        self
    }

    /// A `content`-typed path parameter: its JSON text as one percent-encoded segment.
    pub fn path_json(mut self, _name: &str, value: impl Serialize) -> Self {
        if let Some(text) = self.json_text(&value) {
            self.url.push_str(&encode(&text, COMPONENT));
        }
        self
    }

    /// `;name=value`, or `;name` when `value` is empty; `value` is already encoded.
    fn push_matrix(&mut self, name: &str, value: &str) {
        self.url.push(';');
        self.url.extend(utf8_percent_encode(name, COMPONENT));
        if !value.is_empty() {
            self.url.push('=');
            self.url.push_str(value);
        }
    }

    /// `text_pairs`, percent-encoded with `set`.
    fn object_pairs(
        &mut self,
        name: &str,
        value: &impl Serialize,
        set: &'static AsciiSet,
    ) -> Option<Vec<(String, String)>> {
        let pairs = self.text_pairs(name, value)?;
        Some(
            pairs
                .iter()
                .map(|(key, text)| (encode(key, set), encode(text, set)))
                .collect(),
        )
    }

    fn push_query(&mut self, name: &str, value: &str) {
        self.query
            .push(if self.query.is_empty() { '?' } else { '&' });
        self.query.extend(utf8_percent_encode(name, COMPONENT));
        self.query.push('=');
        self.query.push_str(value);
    }

    /// `name=value`, omitted when `value` is `None`.
    pub fn query_scalar(mut self, name: &str, value: Option<impl fmt::Display>) -> Self {
        if let Some(value) = value {
            let value = value.to_string();
            let encoded = utf8_percent_encode(&value, COMPONENT).to_string();
            self.push_query(name, &encoded);
        }
        self
    }

    /// A query parameter typed `format: date-time`: RFC 3339 text, the date-time's JSON form
    /// (`2013-10-20T19:20:30+01:00`), where chrono's `Display` would write `2013-10-20 18:20:30 UTC`.
    pub fn query_rfc3339(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        let text = value.and_then(|value| self.json_text(&value));
        self.query_scalar(name, text.as_deref().map(|text| text.trim_matches('"')))
    }

    /// `name=a,b,c` (`explode: false`): one comma-separated value, each item percent-encoded.
    pub fn query_csv<T: fmt::Display>(
        mut self,
        name: &str,
        values: Option<impl AsRef<[T]>>,
    ) -> Self {
        if let Some(values) = values {
            let encoded = join(values.as_ref(), |item| {
                utf8_percent_encode(&item.to_string(), COMPONENT).to_string()
            });
            self.push_query(name, &encoded);
        }
        self
    }

    /// `name=a&name=b` (`explode: true`): one key per item.
    pub fn query_multi<T: fmt::Display>(
        mut self,
        name: &str,
        values: Option<impl AsRef<[T]>>,
    ) -> Self {
        for item in values.iter().flat_map(|values| values.as_ref()) {
            let item = item.to_string();
            let encoded = utf8_percent_encode(&item, COMPONENT).to_string();
            self.push_query(name, &encoded);
        }
        self
    }

    /// `name=a%20b` (`style: spaceDelimited`, `explode: false`).
    pub fn query_space<T: fmt::Display>(self, name: &str, values: Option<impl AsRef<[T]>>) -> Self {
        self.query_delimited(name, values, "%20")
    }

    /// `name=a|b` (`style: pipeDelimited`, `explode: false`).
    pub fn query_pipe<T: fmt::Display>(self, name: &str, values: Option<impl AsRef<[T]>>) -> Self {
        self.query_delimited(name, values, "|")
    }

    fn query_delimited<T: fmt::Display>(
        mut self,
        name: &str,
        values: Option<impl AsRef<[T]>>,
        separator: &str,
    ) -> Self {
        if let Some(values) = values {
            let encoded: Vec<String> = values
                .as_ref()
                .iter()
                .map(|item| utf8_percent_encode(&item.to_string(), COMPONENT).to_string())
                .collect();
            self.push_query(name, &encoded.join(separator));
        }
        self
    }

    /// `name[key]=value` for every property (`style: deepObject`); nested objects nest the
    /// brackets and arrays repeat the key.
    pub fn query_deep_object(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        match value.map(|value| properties(&value)) {
            Some(Ok(Some(properties))) => {
                for (property, value) in &properties {
                    self.push_object(&format!("{name}[{property}]"), value);
                }
            }
            Some(Ok(None)) => self.fail(format!("parameter `{name}` is not an object")),
            Some(Err(error)) => self.fail(format!("cannot serialize parameter `{name}`: {error}")),
            None => {}
        }
        self
    }

    /// `name=R%20100%20G%20200` (`style: spaceDelimited`, on an object).
    pub fn query_space_object(self, name: &str, value: Option<impl Serialize>) -> Self {
        self.query_delimited_object(name, value, "%20")
    }

    /// `name=R|100|G|200` (`style: pipeDelimited`, on an object).
    pub fn query_pipe_object(self, name: &str, value: Option<impl Serialize>) -> Self {
        self.query_delimited_object(name, value, "|")
    }

    fn query_delimited_object(
        mut self,
        name: &str,
        value: Option<impl Serialize>,
        separator: &str,
    ) -> Self {
        if let Some(value) = value {
            if let Some(pairs) = self.object_pairs(name, &value, COMPONENT) {
                let joined: Vec<String> = pairs
                    .iter()
                    .map(|(key, value)| format!("{key}{separator}{value}"))
                    .collect();
                self.push_query(name, &joined.join(separator));
            }
        }
        self
    }

    /// `name=R,100,G,200` (`style: form`, `explode: false`, on an object).
    pub fn query_object(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        if let Some(value) = value {
            if let Some(pairs) = self.object_pairs(name, &value, COMPONENT) {
                let joined = pairs
                    .iter()
                    .map(|(key, value)| format!("{key},{value}"))
                    .collect::<Vec<_>>()
                    .join(",");
                self.push_query(name, &joined);
            }
        }
        self
    }

    /// Every property as a query key of its own (`style: form`, `explode: true`, on an object).
    pub fn query_form_object(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        match value.map(|value| properties(&value)) {
            Some(Ok(Some(properties))) => {
                for (key, value) in &properties {
                    self.push_object(key, value);
                }
            }
            Some(Ok(None)) => self.fail(format!("parameter `{name}` is not an object")),
            Some(Err(error)) => self.fail(format!("cannot serialize parameter `{name}`: {error}")),
            None => {}
        }
        self
    }

    fn push_object(&mut self, key: &str, value: &serde_json::Value) {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::Object(properties) => {
                for (property, value) in properties {
                    self.push_object(&format!("{key}[{property}]"), value);
                }
            }
            serde_json::Value::Array(items) => {
                items.iter().for_each(|item| self.push_object(key, item))
            }
            serde_json::Value::String(text) => {
                let encoded = utf8_percent_encode(text, COMPONENT).to_string();
                self.push_query(key, &encoded);
            }
            scalar => self.push_query(key, &scalar.to_string()),
        }
    }

    /// `name=<JSON>` for a `content`-typed parameter.
    pub fn query_json(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        if let Some(text) = value.and_then(|value| self.json_text(&value)) {
            let encoded = utf8_percent_encode(&text, COMPONENT).to_string();
            self.push_query(name, &encoded);
        }
        self
    }

    fn json_text(&mut self, value: &impl Serialize) -> Option<String> {
        match serde_json::to_string(value) {
            Ok(text) => Some(text),
            Err(error) => {
                self.fail(format!("cannot serialize a parameter as JSON: {error}"));
                None
            }
        }
    }

    fn insert_header(&mut self, name: &str, value: &str, sensitive: bool) {
        match (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            (Ok(name), Ok(mut value)) => {
                value.set_sensitive(sensitive);
                self.headers.append(name, value);
            }
            (Err(_), _) => self.fail(format!("`{name}` is not a valid header name")),
            (_, Err(_)) if sensitive => {
                self.fail("a credential is not a valid header value".to_string())
            }
            (_, Err(_)) => self.fail(format!(
                "the value of header `{name}` is not a valid header value"
            )),
        }
    }

    /// A header, omitted when `value` is `None`.
    pub fn header_scalar(mut self, name: &str, value: Option<impl fmt::Display>) -> Self {
        if let Some(value) = value {
            self.insert_header(name, &value.to_string(), false);
        }
        self
    }

    /// A header holding a comma-separated list.
    pub fn header_csv<T: fmt::Display>(
        mut self,
        name: &str,
        values: Option<impl AsRef<[T]>>,
    ) -> Self {
        if let Some(values) = values {
            let value = join(values.as_ref(), T::to_string);
            self.insert_header(name, &value, false);
        }
        self
    }

    /// A header `R,100,G,200` (`style: simple`, `explode: false`, on an object). Header values
    /// are not percent-encoded.
    pub fn header_object(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        if let Some(pairs) = value.and_then(|value| self.text_pairs(name, &value)) {
            let joined = pairs
                .iter()
                .map(|(key, value)| format!("{key},{value}"))
                .collect::<Vec<_>>()
                .join(",");
            self.insert_header(name, &joined, false);
        }
        self
    }

    /// A header `R=100,G=200` (`style: simple`, `explode: true`, on an object).
    pub fn header_object_exploded(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        if let Some(pairs) = value.and_then(|value| self.text_pairs(name, &value)) {
            let joined = pairs
                .iter()
                .map(|(key, value)| format!("{key}={value}"))
                .collect::<Vec<_>>()
                .join(",");
            self.insert_header(name, &joined, false);
        }
        self
    }

    /// An object's properties as `(name, text)` pairs, in declaration order; absent (`null`)
    /// properties are left out, nested values go as JSON text.
    fn text_pairs(&mut self, name: &str, value: &impl Serialize) -> Option<Vec<(String, String)>> {
        match properties(value) {
            Ok(Some(properties)) => Some(
                properties
                    .iter()
                    .filter(|(_, value)| !value.is_null())
                    .map(|(key, value)| (key.clone(), json_scalar_text(value)))
                    .collect(),
            ),
            Ok(None) => {
                self.fail(format!("parameter `{name}` is not an object"));
                None
            }
            Err(error) => {
                self.fail(format!("cannot serialize parameter `{name}`: {error}"));
                None
            }
        }
    }

    /// A header holding JSON.
    pub fn header_json(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        if let Some(text) = value.and_then(|value| self.json_text(&value)) {
            self.insert_header(name, &text, false);
        }
        self
    }

    /// A header holding an HTTP date (`Wed, 09 Mar 2016 16:56:34 GMT`).
    pub fn header_http_date(
        mut self,
        name: &str,
        value: Option<impl Into<std::time::SystemTime>>,
    ) -> Self {
        if let Some(value) = value {
            self.insert_header(name, &super::values::http_date(value.into()), false);
        }
        self
    }

    /// A header typed `format: date-time` that is not one of HTTP's own date headers: RFC 3339
    /// text, the date-time's JSON form (`2013-10-20T19:20:30+01:00`).
    pub fn header_rfc3339(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        if let Some(text) = value.and_then(|value| self.json_text(&value)) {
            self.insert_header(name, text.trim_matches('"'), false);
        }
        self
    }

    /// A cookie, omitted when `value` is `None`.
    pub fn cookie_scalar(mut self, name: &str, value: Option<impl fmt::Display>) -> Self {
        if let Some(value) = value {
            let value = value.to_string();
            self.cookies
                .push(format!("{name}={}", utf8_percent_encode(&value, COMPONENT)));
        }
        self
    }

    /// A cookie holding a comma-separated list.
    pub fn cookie_csv<T: fmt::Display>(
        mut self,
        name: &str,
        values: Option<impl AsRef<[T]>>,
    ) -> Self {
        if let Some(values) = values {
            let value = join(values.as_ref(), |item| {
                utf8_percent_encode(&item.to_string(), COMPONENT).to_string()
            });
            self.cookies.push(format!("{name}={value}"));
        }
        self
    }

    /// One cookie per item, all of the same name (`style: form`, `explode: true`, on an array).
    pub fn cookie_multi<T: fmt::Display>(
        mut self,
        name: &str,
        values: Option<impl AsRef<[T]>>,
    ) -> Self {
        for item in values.iter().flat_map(|values| values.as_ref()) {
            self.cookies
                .push(format!("{name}={}", encode(item, COMPONENT)));
        }
        self
    }

    /// A cookie holding JSON text, percent-encoded (a `content`-typed parameter).
    pub fn cookie_json(mut self, name: &str, value: Option<impl Serialize>) -> Self {
        if let Some(text) = value.and_then(|value| self.json_text(&value)) {
            self.cookies
                .push(format!("{name}={}", encode(&text, COMPONENT)));
        }
        self
    }

    /// Applies the first alternative of `security` whose credentials are all configured; sends
    /// no credentials when none is (the server then answers as it documents, typically 401).
    pub fn security(mut self, alternatives: &[&[Scheme]]) -> Self {
        let credentials = self.client.inner.credentials.clone();
        let chosen = alternatives.iter().find(|schemes| {
            schemes
                .iter()
                .all(|scheme| scheme.is_configured(&credentials))
        });
        for scheme in chosen.into_iter().flat_map(|schemes| schemes.iter()) {
            match (*scheme, &credentials) {
                (
                    Scheme::Basic,
                    Credentials {
                        basic: Some((user, password)),
                        ..
                    },
                ) => {
                    let token = base64::engine::general_purpose::STANDARD
                        .encode(format!("{user}:{password}"));
                    self.insert_header("authorization", &format!("Basic {token}"), true);
                }
                (
                    Scheme::Bearer,
                    Credentials {
                        bearer: Some(token),
                        ..
                    },
                ) => {
                    self.insert_header("authorization", &format!("Bearer {token}"), true);
                }
                (
                    Scheme::ApiKeyHeader(name),
                    Credentials {
                        api_key: Some(key), ..
                    },
                ) => {
                    self.insert_header(name, key, true);
                }
                (
                    Scheme::ApiKeyQuery(name),
                    Credentials {
                        api_key: Some(key), ..
                    },
                ) => {
                    let encoded = utf8_percent_encode(key, COMPONENT).to_string();
                    self.push_query(name, &encoded);
                }
                (
                    Scheme::ApiKeyCookie(name),
                    Credentials {
                        api_key: Some(key), ..
                    },
                ) => {
                    self.cookies
                        .push(format!("{name}={}", utf8_percent_encode(key, COMPONENT)));
                }
                _ => {}
            }
        }
        self
    }

    /// Sends `Accept` with the documented response media types.
    pub fn accept(mut self, media_types: &str) -> Self {
        self.insert_header("accept", media_types, false);
        self
    }

    fn set_body(&mut self, media_type: &str, body: Bytes) {
        // A documented range (`text/*`, `*/*`) names no type to send; the most general one of it is.
        let media_type = match media_type {
            "text/*" => "text/plain",
            range if range.ends_with("/*") => "application/octet-stream",
            concrete => concrete,
        };
        match HeaderValue::try_from(media_type) {
            Ok(content_type) => self.body = Some(Body::Bytes(content_type, body)),
            Err(_) => self.fail(format!("`{media_type}` is not a valid content type")),
        }
    }

    /// A body of one of several documented media types, as the caller chose; omitted when `None`.
    pub fn choice(self, _media_types: &str, body: Option<&impl ToBody>) -> Self {
        match body {
            Some(body) => body.add_to(self),
            None => self,
        }
    }

    /// A JSON request body, omitted when `None`.
    pub fn json(mut self, media_type: &str, body: Option<&impl Serialize>) -> Self {
        if let Some(body) = body {
            match serde_json::to_vec(body) {
                Ok(bytes) => self.set_body(media_type, bytes.into()),
                Err(error) => self.fail(format!("cannot serialize the request body: {error}")),
            }
        }
        self
    }

    /// A raw binary request body, omitted when `None`.
    pub fn binary(mut self, media_type: &str, body: Option<&Bytes>) -> Self {
        if let Some(body) = body {
            self.set_body(media_type, body.clone());
        }
        self
    }

    /// A text request body, omitted when `None`.
    pub fn text(mut self, media_type: &str, body: Option<&String>) -> Self {
        if let Some(body) = body {
            self.set_body(media_type, Bytes::copy_from_slice(body.as_bytes()));
        }
        self
    }

    /// An `application/x-www-form-urlencoded` body: one field per top-level property, arrays as
    /// repeated keys, nested objects as JSON.
    pub fn form(mut self, media_type: &str, body: Option<&impl Serialize>) -> Self {
        let Some(body) = body else { return self };
        let fields = match serde_json::to_value(body) {
            Ok(serde_json::Value::Object(fields)) => fields,
            Ok(_) => {
                self.fail("a form body must serialize to an object".to_string());
                return self;
            }
            Err(error) => {
                self.fail(format!("cannot serialize the request body: {error}"));
                return self;
            }
        };
        let mut encoded = String::new();
        for (name, value) in &fields {
            let items = match value {
                serde_json::Value::Null => Vec::new(),
                serde_json::Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            for item in items {
                let text = match item {
                    serde_json::Value::String(text) => text.clone(),
                    other => other.to_string(),
                };
                if !encoded.is_empty() {
                    encoded.push('&');
                }
                encoded.extend(utf8_percent_encode(name, COMPONENT));
                encoded.push('=');
                encoded.extend(utf8_percent_encode(&text, COMPONENT));
            }
        }
        self.set_body(media_type, encoded.into());
        self
    }

    /// A `multipart/form-data` body built from the operation's form struct, omitted when `None`.
    #[cfg(feature = "multipart")]
    pub fn multipart(mut self, _media_type: &str, body: Option<&impl ToMultipart>) -> Self {
        if let Some(body) = body {
            let mut form = Multipart::default();
            body.to_multipart(&mut form);
            match form.finish() {
                Ok(form) => self.body = Some(Body::Multipart(form)),
                Err(message) => self.fail(message),
            }
        }
        self
    }

    fn finish_headers(&mut self) {
        if let Some(agent) = self.client.inner.user_agent.clone() {
            self.insert_header("user-agent", &agent, false);
        }
        if !self.cookies.is_empty() {
            let cookies = self.cookies.join("; ");
            // Cookies may carry an API key, so the header is always marked sensitive.
            self.insert_header("cookie", &cookies, true);
        }
        // The API value's headers come last and replace the operation's own of the same name.
        let extra = self.extra;
        if let Some(problem) = &extra.problem {
            self.fail(problem.clone());
        }
        for name in extra.headers.keys() {
            self.headers.remove(name);
        }
        for (name, value) in &extra.headers {
            self.headers.append(name, value.clone());
        }
    }

    /// The `ws://` or `wss://` URL (from the base URL's `http` or `https`) and the headers of a
    /// WebSocket handshake.
    pub fn websocket<E>(mut self) -> Result<(String, HeaderMap), Error<E>> {
        let operation = self.operation;
        self.finish_headers();
        if let Some(message) = self.problem {
            return Err(Error::InvalidRequest { operation, message });
        }
        let url = match self.url.split_once("://") {
            Some(("https", rest)) => format!("wss://{rest}{}", self.query),
            Some(("http", rest)) => format!("ws://{rest}{}", self.query),
            _ => {
                return Err(Error::InvalidRequest {
                    operation,
                    message: "the base URL is not http or https".into(),
                })
            }
        };
        Ok((url, self.headers))
    }

    /// Sends the request and reads the whole response.
    pub async fn send<E>(self) -> Result<Response, Error<E>> {
        self.send_untyped().await.map_err(Error::retype)
    }

    /// [`Call::send`], compiled once rather than once per operation's error type.
    async fn send_untyped(mut self) -> Result<Response, Error<std::convert::Infallible>> {
        let operation = self.operation;
        self.finish_headers();
        if let Some(message) = self.problem {
            return Err(Error::InvalidRequest { operation, message });
        }
        let url = reqwest::Url::parse(&format!("{}{}", self.url, self.query)).map_err(|error| {
            Error::InvalidRequest {
                operation,
                message: format!("invalid URL: {error}"),
            }
        })?;
        let mut request = self
            .client
            .inner
            .http
            .request(self.method, url)
            .headers(self.headers);
        match self.body {
            Some(Body::Bytes(content_type, body)) => {
                request = request
                    .header(reqwest::header::CONTENT_TYPE, content_type)
                    .body(body);
            }
            // reqwest writes the boundary into `Content-Type` and the parts' length into
            // `Content-Length`.
            #[cfg(feature = "multipart")]
            Some(Body::Multipart(form)) => request = request.multipart(form),
            None => {}
        }
        let transport = |source: reqwest::Error| Error::Transport {
            operation,
            source: source.without_url(),
        };
        let response = request.send().await.map_err(transport)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(transport)?;
        Ok(Response {
            operation,
            status,
            headers,
            body,
        })
    }
}

fn join<T>(items: &[T], mut encode: impl FnMut(&T) -> String) -> String {
    let mut joined = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            joined.push(',');
        }
        joined.push_str(&encode(item));
    }
    joined
}

/// A body enum (several documented media types) decoded from a response as the variant its
/// `Content-Type` names.
#[doc(hidden)]
pub trait FromResponse: Sized {
    fn from_response<E>(response: &Response) -> Result<Self, Error<E>>;
}

/// A body enum (several documented media types) that sets the request body of its variant.
#[doc(hidden)]
pub trait ToBody {
    fn add_to<'a>(&self, call: Call<'a>) -> Call<'a>;
}

/// The parts of a `multipart/form-data` body, filled by a generated [`ToMultipart`] impl.
#[cfg(feature = "multipart")]
#[derive(Default)]
#[doc(hidden)]
pub struct Multipart {
    parts: Vec<(String, Option<String>, String, Bytes)>,
    problem: Option<String>,
}

/// A form struct that becomes a `multipart/form-data` body.
#[cfg(feature = "multipart")]
#[doc(hidden)]
pub trait ToMultipart {
    fn to_multipart(&self, form: &mut Multipart);
}

#[cfg(feature = "multipart")]
impl Multipart {
    /// A text part holding the value's text.
    pub fn text(&mut self, name: &str, value: Option<&impl fmt::Display>) {
        if let Some(value) = value {
            self.parts.push((
                name.to_string(),
                None,
                "text/plain; charset=utf-8".to_string(),
                value.to_string().into(),
            ));
        }
    }

    /// A file part (`application/octet-stream`), named after the part.
    pub fn file(&mut self, name: &str, value: Option<&Bytes>) {
        if let Some(value) = value {
            self.parts.push((
                name.to_string(),
                Some("file".to_string()),
                "application/octet-stream".to_string(),
                value.clone(),
            ));
        }
    }

    /// A part holding the value as JSON.
    pub fn json(&mut self, name: &str, value: Option<&impl Serialize>) {
        if let Some(value) = value {
            match serde_json::to_vec(value) {
                Ok(bytes) => self.parts.push((
                    name.to_string(),
                    None,
                    "application/json".to_string(),
                    bytes.into(),
                )),
                Err(error) => {
                    self.problem
                        .get_or_insert(format!("cannot serialize part `{name}`: {error}"));
                }
            }
        }
    }

    /// One text part per item, all with the same name.
    pub fn text_array<T: fmt::Display>(&mut self, name: &str, values: Option<&Vec<T>>) {
        for value in values.into_iter().flatten() {
            self.text(name, Some(value));
        }
    }

    /// An array of objects: one `application/json` part per item, all with the same name, as
    /// OpenAPI 3.0 encodes form arrays and as other generators' servers expect them.
    pub fn json_array<T: Serialize>(&mut self, name: &str, values: Option<&Vec<T>>) {
        for value in values.into_iter().flatten() {
            self.json(name, Some(value));
        }
    }

    /// Parts named by the caller, for a body whose schema does not name them.
    pub fn parts(&mut self, _name: &str, parts: Option<&Vec<super::values::FormPart>>) {
        for part in parts.into_iter().flatten() {
            let content_type = part
                .content_type
                .clone()
                .unwrap_or_else(|| "application/octet-stream".to_string());
            self.parts.push((
                part.name.clone(),
                part.file_name.clone(),
                content_type,
                part.data.clone(),
            ));
        }
    }

    /// The form, for reqwest to encode (names and file names escaped as it does: a name
    /// holding `"` or a line break cannot break out of its header).
    fn finish(self) -> Result<reqwest::multipart::Form, String> {
        if let Some(problem) = self.problem {
            return Err(problem);
        }
        let mut form = reqwest::multipart::Form::new();
        for (name, file_name, content_type, bytes) in self.parts {
            let length = bytes.len() as u64;
            let part = reqwest::multipart::Part::stream_with_length(bytes, length)
                .mime_str(&content_type)
                .map_err(|_| {
                    format!("`{content_type}` (part `{name}`) is not a valid content type")
                })?;
            let part = match file_name {
                Some(file_name) => part.file_name(file_name),
                None => part,
            };
            form = form.part(name, part);
        }
        Ok(form)
    }
}

/// A response, read whole, waiting to be decoded as its status documents.
#[doc(hidden)]
pub struct Response {
    operation: &'static str,
    status: u16,
    headers: HeaderMap,
    body: Bytes,
}

impl Response {
    pub fn status(&self) -> u16 {
        self.status
    }

    fn content_type(&self) -> Option<&str> {
        let value = self
            .headers
            .get(reqwest::header::CONTENT_TYPE)?
            .to_str()
            .ok()?;
        Some(value.split(';').next().unwrap_or_default().trim())
    }

    fn decode_error<E>(&self, message: String) -> Error<E> {
        Error::Decode {
            operation: self.operation,
            status: self.status,
            message,
        }
    }

    /// Decodes a JSON body. The response's `Content-Type` must be JSON (`application/json` or
    /// `+json`), the documented media type, or absent; a JSON body documented under another media
    /// type is still decoded as JSON.
    pub fn json<T: DeserializeOwned, E>(&self, documented: &str) -> Result<T, Error<E>> {
        if let Some(actual) = self.content_type() {
            let is_json = |media: &str| {
                let media = media.to_ascii_lowercase();
                media == "application/json" || media.ends_with("+json")
            };
            if !is_json(actual) && !actual.eq_ignore_ascii_case(documented) {
                return Err(self.decode_error(format!("expected a JSON body, got `{actual}`")));
            }
        }
        serde_json::from_slice(&self.body).map_err(|error| self.decode_error(error.to_string()))
    }

    /// A documented error whose body is `application/json`: [`Error::Api`] holding it as
    /// `variant` (`response.json_error(GetPetError::NotFound)`), or the error decoding met.
    #[doc(hidden)]
    pub fn json_error<T: DeserializeOwned, E, X>(
        &self,
        variant: fn(T) -> E,
    ) -> Result<X, Error<E>> {
        api_error(self.json("application/json"), variant)
    }

    /// A documented success whose body is `application/json`, as `variant` of the operation's
    /// success enum (`response.json_ok(CreatePetSuccess::Created)`).
    #[doc(hidden)]
    pub fn json_ok<T: DeserializeOwned, S, E>(&self, variant: fn(T) -> S) -> Result<S, Error<E>> {
        self.json("application/json").map(variant)
    }

    /// A body documented under several media types, decoded as the variant its `Content-Type`
    /// names.
    pub fn choice<T: FromResponse, E>(&self, _documented: &str) -> Result<T, Error<E>> {
        T::from_response(self)
    }

    /// The index of the documented media type the response's `Content-Type` is (parameters and
    /// case ignored); the first without a `Content-Type`; a decode error for another one.
    pub fn media_index<E>(&self, documented: &[&str]) -> Result<usize, Error<E>> {
        let Some(actual) = self.content_type() else {
            return Ok(0);
        };
        documented
            .iter()
            .position(|media_type| media_type.eq_ignore_ascii_case(actual))
            .ok_or_else(|| {
                self.decode_error(format!(
                    "`Content-Type: {actual}` is none of the documented `{}`",
                    documented.join("`, `")
                ))
            })
    }

    /// The raw body.
    pub fn binary<E>(&self, _documented: &str) -> Result<Bytes, Error<E>> {
        Ok(self.body.clone())
    }

    /// A UTF-8 text body.
    pub fn text<E>(&self, _documented: &str) -> Result<String, Error<E>> {
        String::from_utf8(self.body.to_vec()).map_err(|error| self.decode_error(error.to_string()))
    }

    /// A documented response header, parsed by `parse`: `None` when it is absent or does not
    /// parse (a client is lenient in what it accepts). Repeated fields are joined with `, `, as
    /// RFC 9110 §5.3 combines them.
    pub fn header<T>(&self, name: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
        let mut values = self.headers.get_all(name).iter();
        let first = values.next()?.to_str().ok()?;
        let mut joined = first.to_string();
        for value in values {
            joined.push_str(", ");
            joined.push_str(value.to_str().ok()?);
        }
        parse(&joined)
    }

    /// A header the response documents as required: a decode error when it is absent or does not
    /// parse.
    pub fn required_header<T, E>(
        &self,
        name: &str,
        parse: fn(&str) -> Option<T>,
    ) -> Result<T, Error<E>> {
        self.header(name, parse).ok_or_else(|| {
            self.decode_error(format!(
                "the required response header `{name}` is missing or not of its documented type"
            ))
        })
    }

    /// Every header of the response, for [`Headed::raw`].
    pub fn into_headers(self) -> HeaderMap {
        self.headers
    }

    /// The error for a status the operation does not document.
    pub fn unexpected<E>(self) -> Error<E> {
        let Self {
            operation,
            status,
            headers,
            body,
        } = self;
        Error::UnexpectedStatus(Box::new(UnexpectedResponse {
            operation,
            status,
            headers,
            body,
        }))
    }
}

/// A response body with the response's headers: the documented ones typed, and all of them raw
/// (what `{operation}_with_headers` methods return).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Headed<T, H> {
    /// The decoded body, as the plain method returns it.
    pub body: T,
    /// The headers the spec documents for the response, typed.
    pub headers: H,
    /// Every header of the response, documented or not.
    pub raw: HeaderMap,
}

impl<T, H> Headed<T, H> {
    #[doc(hidden)]
    pub fn new(body: T, headers: H, raw: HeaderMap) -> Self {
        Self { body, headers, raw }
    }

    /// The body alone.
    pub fn into_body(self) -> T {
        self.body
    }
}

/// How documented response header values are read: each returns `None` for text that is not of
/// the documented type.
#[doc(hidden)]
pub mod parse {
    use std::str::FromStr;
    use std::time::SystemTime;

    /// A value with a text form (`FromStr`), surrounding whitespace ignored.
    pub fn scalar<T: FromStr>(text: &str) -> Option<T> {
        text.trim().parse().ok()
    }

    /// A comma-separated list (the `simple` style), each item trimmed.
    pub fn csv<T: FromStr>(text: &str) -> Option<Vec<T>> {
        if text.trim().is_empty() {
            return Some(Vec::new());
        }
        text.split(',')
            .map(|item| item.trim().parse().ok())
            .collect()
    }

    /// An RFC 3339 date-time.
    pub fn date_time<T: FromStr>(text: &str) -> Option<T> {
        scalar(text)
    }

    /// An HTTP-date (RFC 9110 §5.6.7: IMF-fixdate and the two obsolete forms).
    pub fn http_date<T: From<SystemTime>>(text: &str) -> Option<T> {
        httpdate::parse_http_date(text.trim()).ok().map(T::from)
    }
}

/// A response with a status the operation does not document, kept whole.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct UnexpectedResponse {
    /// The `operationId` of the operation.
    pub operation: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// Every header of the response.
    pub headers: HeaderMap,
    /// The whole body, undecoded.
    pub body: Bytes,
}

/// Decodes one WebSocket text or binary frame as a JSON message.
#[doc(hidden)]
pub fn websocket_message<T: DeserializeOwned, E>(
    operation: &'static str,
    frame: &[u8],
) -> Result<T, Error<E>> {
    serde_json::from_slice(frame).map_err(|error| Error::Decode {
        operation,
        status: 101,
        message: error.to_string(),
    })
}

/// A documented error response of one operation: implemented by each generated error enum.
pub trait ApiError {
    /// The `operationId` of the operation.
    fn operation(&self) -> &'static str;
    /// The HTTP status the response came with.
    fn status(&self) -> u16;
}

/// The error enum of an operation that documents no error responses: it has no values, so
/// [`Error::Api`] never occurs for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoApiError {}

impl ApiError for NoApiError {
    fn operation(&self) -> &'static str {
        match *self {}
    }

    fn status(&self) -> u16 {
        match *self {}
    }
}

/// Boxed error of the WebSocket layer.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The error of every operation; `E` is the operation's enum of documented error responses.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The server answered with a status the operation documents as an error.
    Api(E),
    /// The server answered with a status the operation does not document.
    UnexpectedStatus(Box<UnexpectedResponse>),
    /// The request could not be sent or the response could not be read.
    Transport {
        /// The `operationId` of the operation.
        operation: &'static str,
        /// What reqwest reported (without the URL, which may hold credentials).
        source: reqwest::Error,
    },
    /// The response body did not decode as documented.
    Decode {
        /// The `operationId` of the operation.
        operation: &'static str,
        /// The HTTP status of the response.
        status: u16,
        /// Why it did not decode.
        message: String,
    },
    /// The request could not be built: an invalid base URL, header value or body.
    InvalidRequest {
        /// The `operationId` of the operation.
        operation: &'static str,
        /// What was wrong with it.
        message: String,
    },
    /// The WebSocket connection failed.
    WebSocket {
        /// The `operationId` of the operation.
        operation: &'static str,
        /// The WebSocket library's error.
        source: BoxError,
    },
}

impl Error<std::convert::Infallible> {
    /// The same error as one of any operation's (it cannot be `Api`).
    fn retype<E>(self) -> Error<E> {
        match self {
            Self::Api(never) => match never {},
            Self::UnexpectedStatus(response) => Error::UnexpectedStatus(response),
            Self::Transport { operation, source } => Error::Transport { operation, source },
            Self::Decode {
                operation,
                status,
                message,
            } => Error::Decode {
                operation,
                status,
                message,
            },
            Self::InvalidRequest { operation, message } => {
                Error::InvalidRequest { operation, message }
            }
            Self::WebSocket { operation, source } => Error::WebSocket { operation, source },
        }
    }
}

impl<E: ApiError> Error<E> {
    /// The `operationId` of the failed operation.
    pub fn operation(&self) -> &'static str {
        match self {
            Self::Api(error) => error.operation(),
            Self::UnexpectedStatus(response) => response.operation,
            Self::Transport { operation, .. }
            | Self::Decode { operation, .. }
            | Self::InvalidRequest { operation, .. }
            | Self::WebSocket { operation, .. } => operation,
        }
    }

    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api(error) => Some(error.status()),
            Self::UnexpectedStatus(response) => Some(response.status),
            Self::Decode { status, .. } => Some(*status),
            Self::Transport { source, .. } => source.status().map(|status| status.as_u16()),
            Self::InvalidRequest { .. } | Self::WebSocket { .. } => None,
        }
    }
}

impl<E: ApiError> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api(error) => write!(
                f,
                "{}: the server answered {}",
                error.operation(),
                status_text(error.status())
            ),
            Self::UnexpectedStatus(response) => write!(
                f,
                "{}: the server answered with undocumented status {}",
                response.operation,
                status_text(response.status)
            ),
            Self::Transport { operation, source } => write!(f, "{operation}: {source}"),
            Self::Decode {
                operation,
                status,
                message,
            } => {
                write!(
                    f,
                    "{operation}: cannot decode the {} response: {message}",
                    status_text(*status)
                )
            }
            Self::InvalidRequest { operation, message } => {
                write!(f, "{operation}: invalid request: {message}")
            }
            Self::WebSocket { operation, source } => {
                write!(f, "{operation}: WebSocket error: {source}")
            }
        }
    }
}

impl<E: ApiError + fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Transport { source, .. } => Some(source),
            Self::WebSocket { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}

fn status_text(status: u16) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason());
    match reason {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}

impl Call<'_> {
    /// The operation this call makes, for errors reported beside this module (WebSocket).
    #[doc(hidden)]
    pub fn operation_name(&self) -> &'static str {
        self.operation
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static NO_HEADERS: std::sync::LazyLock<RequestHeaders> =
        std::sync::LazyLock::new(RequestHeaders::default);

    #[test]
    fn a_base_url_is_an_absolute_http_url() {
        assert_eq!(
            Config::new("http://h/api/").unwrap().base_url(),
            "http://h/api"
        );
        assert!(Config::new("ftp://h").is_err());
        assert!(Config::new("/relative").is_err());
        assert!(Config::new("http://h/?q=1").is_err());
    }

    #[test]
    fn credentials_go_where_the_scheme_says_and_never_into_debug() {
        let config = Config::new("http://h")
            .unwrap()
            .with_basic_auth("ann", "s3cret")
            .with_api_key("k&y");
        let debug = format!("{config:?}");
        assert!(
            !debug.contains("s3cret") && !debug.contains("k&y"),
            "{debug}"
        );
        let call = config
            .call("op", Method::GET, &NO_HEADERS)
            .security(&[&[Scheme::basic(), Scheme::api_key_query("key")]]);
        assert_eq!(call.headers["authorization"], "Basic YW5uOnMzY3JldA==");
        assert!(call.headers["authorization"].is_sensitive());
        assert_eq!(call.query, "?key=k%26y");
    }

    #[test]
    fn an_unconfigured_alternative_sends_nothing() {
        let config = Config::new("http://h").unwrap().with_bearer_token("t");
        let call = config
            .call("op", Method::GET, &NO_HEADERS)
            .security(&[&[Scheme::basic()], &[Scheme::bearer()]]);
        assert_eq!(call.headers["authorization"], "Bearer t");
        let none = Config::new("http://h").unwrap();
        let call = none
            .call("op", Method::GET, &NO_HEADERS)
            .security(&[&[Scheme::basic()]]);
        assert!(call.headers.is_empty());
    }

    #[test]
    fn date_headers_are_http_dates() {
        let config = Config::new("http://h").unwrap();
        let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(784_111_777);
        let call = config
            .call("op", Method::GET, &NO_HEADERS)
            .header_http_date("If-Modified-Since", Some(time));
        assert_eq!(
            call.headers["if-modified-since"],
            "Sun, 06 Nov 1994 08:49:37 GMT"
        );
    }
}
