//! Server runtime support: what every generated route shares, so per-operation code stays short.
//!
//! Requests are read through `Incoming`, whose getters either return a typed value or a
//! [`Problem`] (RFC 9457 `application/problem+json`) that the router sends instead of calling the
//! implementation. Extraction stops at the first invalid input.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::str::FromStr;
use std::sync::Arc;
use std::time::SystemTime;

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, RawPathParams, Request};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter};
use axum::Router;
use base64::Engine as _;
use futures_util::FutureExt as _;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The media type of every error the router produces itself.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem: the body of every error the router answers by itself. It serializes as
/// `{"type": "about:blank", "title": <reason phrase>, "status", "detail", "invalid_params"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The status the problem is answered with.
    pub status: StatusCode,
    /// What was wrong with this request.
    pub detail: String,
    /// The parameters, headers or body fields that were missing or invalid.
    pub invalid_params: Vec<InvalidParam>,
    /// `WWW-Authenticate` challenges, sent as headers with a 401.
    pub challenges: Vec<String>,
}

impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Body<'a> {
            #[serde(rename = "type")]
            type_: &'a str,
            title: &'a str,
            status: u16,
            detail: &'a str,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            invalid_params: &'a [InvalidParam],
        }
        Body {
            type_: "about:blank",
            title: self.status.canonical_reason().unwrap_or("Error"),
            status: self.status.as_u16(),
            detail: &self.detail,
            invalid_params: &self.invalid_params,
        }
        .serialize(serializer)
    }
}

/// One missing or invalid input, named as on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvalidParam {
    /// The parameter, header, cookie or part name, or the JSON path of a body field.
    pub name: String,
    /// `path`, `query`, `header`, `cookie` or `body`.
    #[serde(rename = "in")]
    pub location: String,
    /// Why it was refused (`required`, a parse error).
    pub reason: String,
}

impl Problem {
    /// A problem of type `about:blank` with the status's reason phrase as title.
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            status,
            detail: detail.into(),
            invalid_params: Vec::new(),
            challenges: Vec::new(),
        }
    }

    /// A 400 naming one invalid input.
    pub fn invalid(location: &str, name: &str, reason: impl Into<String>) -> Self {
        let reason = reason.into();
        let mut problem = Self::new(
            StatusCode::BAD_REQUEST,
            format!("invalid {location} parameter `{name}`: {reason}"),
        );
        problem.invalid_params.push(InvalidParam {
            name: name.to_string(),
            location: location.to_string(),
            reason,
        });
        problem
    }

    /// A 400 for a required input that is absent.
    pub fn missing(location: &str, name: &str) -> Self {
        let detail = match (location, name) {
            ("body", "body") => "a request body is required".to_string(),
            _ => format!("missing required {location} parameter `{name}`"),
        };
        let mut problem = Self::new(StatusCode::BAD_REQUEST, detail);
        problem.invalid_params.push(InvalidParam {
            name: name.to_string(),
            location: location.to_string(),
            reason: "required".to_string(),
        });
        problem
    }

    /// A 401 with the given `WWW-Authenticate` challenges.
    pub fn unauthorized(detail: impl Into<String>, challenges: &[&str]) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, detail).with_challenges(challenges)
    }
}

impl Problem {
    /// The same problem with `WWW-Authenticate` challenges (a 401 about credentials).
    pub fn with_challenges(mut self, challenges: &[&str]) -> Self {
        self.challenges = challenges
            .iter()
            .map(|challenge| challenge.to_string())
            .collect();
        self
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.status, self.detail)
    }
}

impl std::error::Error for Problem {}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = reply_bytes(self.status, PROBLEM_JSON, Bytes::from(body));
        for challenge in &self.challenges {
            if let Ok(value) = HeaderValue::from_str(challenge) {
                response
                    .headers_mut()
                    .append(header::WWW_AUTHENTICATE, value);
            }
        }
        response
    }
}

/// HTTP Basic credentials, decoded but not checked: whether they are valid is the
/// implementation's business.
#[derive(Clone, PartialEq, Eq)]
pub struct BasicCredentials {
    /// The user name, before the first `:`.
    pub username: String,
    /// The password, after the first `:`.
    pub password: String,
}

impl std::fmt::Debug for BasicCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BasicCredentials")
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

/// A bearer token (`Authorization: Bearer ...`), not checked.
#[derive(Clone, PartialEq, Eq)]
pub struct BearerToken(pub String);

impl std::fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BearerToken(..)")
    }
}

/// An API key from a header, query parameter or cookie, not checked.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(pub String);

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiKey(..)")
    }
}

/// How a generated router is mounted.
#[derive(Debug, Clone)]
pub struct RouterOptions {
    /// `None`: the path of the spec's first server URL (the crate's `BASE_PATH`).
    base_path: Option<String>,
    body_limit: usize,
    documentation: bool,
}

impl Default for RouterOptions {
    /// Routes under the path of the spec's first server URL (the crate's `BASE_PATH`), request
    /// bodies up to 2 MiB, no documentation served.
    fn default() -> Self {
        Self {
            base_path: None,
            body_limit: 2 * 1024 * 1024,
            documentation: false,
        }
    }
}

impl RouterOptions {
    /// Mounts the routes under `base_path` (`""` or `"/"` mounts them at the root, e.g. to `nest`
    /// the router yourself).
    pub fn with_base_path(mut self, base_path: impl Into<String>) -> Self {
        self.base_path = Some(base_path.into());
        self
    }

    /// Answers 413 to request bodies longer than `bytes`.
    pub fn with_body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Also serves, under the base path, the OpenAPI document the crate was generated from
    /// (`openapi.json`, `openapi.yaml`) and a documentation page with a "Try it" form per
    /// operation (`docs`), each where no operation of the API has the same route.
    pub fn with_documentation(mut self, serve: bool) -> Self {
        self.documentation = serve;
        self
    }

    /// The base path set by [`Self::with_base_path`]; `None` mounts the routes under the crate's
    /// `BASE_PATH`.
    pub fn base_path(&self) -> Option<&str> {
        self.base_path.as_deref()
    }

    /// Whether the OpenAPI documents and the documentation page are served.
    pub fn serves_documentation(&self) -> bool {
        self.documentation
    }

    /// The longest request body accepted, in bytes.
    pub fn body_limit(&self) -> usize {
        self.body_limit
    }
}

/// The documented response media types a client accepts, most preferred first (what a router
/// passes to operations whose responses offer several).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    media_types: Vec<&'static str>,
}

impl Accepted {
    /// Every documented media type, as when a request sends no `Accept`.
    pub fn all(media_types: &[&'static str]) -> Self {
        Self {
            media_types: media_types.to_vec(),
        }
    }

    /// The accepted media types, most preferred first.
    pub fn media_types(&self) -> &[&'static str] {
        &self.media_types
    }

    /// Whether the client accepts `media_type` (ASCII case ignored).
    pub fn accepts(&self, media_type: &str) -> bool {
        self.media_types
            .iter()
            .any(|accepted| accepted.eq_ignore_ascii_case(media_type))
    }

    /// The one of `offered` the client prefers, if it accepts any.
    pub fn preferred<'a>(&self, offered: &[&'a str]) -> Option<&'a str> {
        self.media_types.iter().find_map(|accepted| {
            offered
                .iter()
                .find(|media_type| media_type.eq_ignore_ascii_case(accepted))
                .copied()
        })
    }
}

/// One media range of an `Accept` header: the range in lower case and its quality.
fn media_range(text: &str) -> Option<(String, f32)> {
    let mut parts = text.split(';');
    let range = parts.next()?.trim().to_ascii_lowercase();
    if !range.contains('/') {
        return None;
    }
    let quality = parts
        .filter_map(|parameter| parameter.split_once('='))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("q"))
        .map_or(Some(1.0), |(_, value)| {
            value
                .trim()
                .parse::<f32>()
                .ok()
                .filter(|q| (0.0..=1.0).contains(q))
        })?;
    Some((range, quality))
}

/// The quality the most specific matching range gives `media_type` (0 when none matches).
fn quality_of(ranges: &[(String, f32)], media_type: &str) -> f32 {
    let media_type = media_type.to_ascii_lowercase();
    let kind = media_type.split('/').next().unwrap_or_default();
    let specificity = |range: &str| {
        if range == media_type {
            Some(2)
        } else if range.strip_suffix("/*") == Some(kind) {
            Some(1)
        } else if range == "*/*" {
            Some(0)
        } else {
            None
        }
    };
    ranges
        .iter()
        .filter_map(|(range, quality)| specificity(range).map(|rank| (rank, *quality)))
        .max_by_key(|(rank, _)| *rank)
        .map_or(0.0, |(_, quality)| quality)
}

/// A document the router serves beside the API (see [`RouterOptions::with_documentation`]).
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Document {
    pub route: &'static str,
    pub media_type: &'static str,
    pub body: &'static str,
}

/// Mounts routes as the options say (under `base_path`, the crate's `BASE_PATH`, unless they set
/// another), with problem+json answers to unknown paths (404) and methods (405, with `Allow`).
#[doc(hidden)]
pub fn finish(
    mut routes: Router,
    options: &RouterOptions,
    documents: &[Document],
    base_path: &str,
) -> Router {
    if options.documentation {
        for &Document {
            route,
            media_type,
            body,
        } in documents
        {
            let answer =
                move || async move { ([(axum::http::header::CONTENT_TYPE, media_type)], body) };
            routes = routes.route(route, axum::routing::get(answer));
        }
    }
    let routes = routes.method_not_allowed_fallback(method_not_allowed);
    let base = options
        .base_path()
        .unwrap_or(base_path)
        .trim_end_matches('/');
    let app = if base.is_empty() {
        routes
    } else if base.starts_with('/') {
        Router::new().without_v07_checks().nest(base, routes)
    } else {
        Router::new()
            .without_v07_checks()
            .nest(&format!("/{base}"), routes)
    };
    // `with_state` turns every handler into a ready route once, instead of on every request when
    // the router is called directly (`oneshot`, `Router::call`).
    app.fallback(not_found)
        .layer(DefaultBodyLimit::max(options.body_limit))
        .layer(axum::middleware::from_fn(lingering_close))
        .with_state(())
}

async fn not_found(method: Method, uri: axum::http::Uri) -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        format!("no route for {method} {}", uri.path()),
    )
}

async fn method_not_allowed(method: Method, uri: axum::http::Uri) -> Problem {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{} does not support {method}", uri.path()),
    )
}

/// The future of a route's handler, as axum boxes it.
type BoxedResponse = std::pin::Pin<Box<dyn Future<Output = Response> + Send>>;

/// A route for one operation: `handler` reads the request and calls the implementation. Its
/// panics become a 500 problem, its `Problem`s a problem+json response.
#[doc(hidden)]
pub fn route<A, H, F, R>(filter: MethodFilter, api: &Arc<A>, handler: H) -> MethodRouter
where
    A: Send + Sync + 'static,
    H: Fn(Arc<A>, Request) -> F + Clone + Send + Sync + 'static,
    F: Future<Output = Result<R, Problem>> + Send + 'static,
    R: IntoResponse,
{
    let api = Arc::clone(api);
    axum::routing::on(filter, move |request: Request| {
        let (handler, api) = (handler.clone(), Arc::clone(&api));
        // The handler's future is created in place: it is large, and moving it costs a copy.
        // It is boxed here, where `F: Send` is proven once for any `A`: axum would box it too,
        // but in the crate that builds the router, which proves `Send` again for the concrete
        // future, through every type the request holds. Deeply nested models (Pieces' 120
        // mutually containing structs) exceed that crate's recursion limit there.
        let future: BoxedResponse = Box::pin(async move {
            match AssertUnwindSafe(handler(api, request)).catch_unwind().await {
                Ok(Ok(response)) => response.into_response(),
                Ok(Err(problem)) => problem.into_response(),
                Err(_) => Problem::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the request handler panicked",
                )
                .into_response(),
            }
        });
        future
    })
}

/// A parameter value as found in the request: present or absent. Invalid values never get this
/// far; they are reported by the getter.
#[doc(hidden)]
#[derive(Debug)]
pub struct Found<T> {
    value: Option<T>,
    location: &'static str,
    name: &'static str,
}

impl<T> Found<T> {
    /// The value turned into another type (a body enum's variant).
    pub fn map<U>(self, variant: fn(T) -> U) -> Found<U> {
        Found {
            value: self.value.map(variant),
            location: self.location,
            name: self.name,
        }
    }

    /// The value, or a 400 naming the absent parameter.
    pub fn required(self) -> Result<T, Problem> {
        self.value
            .ok_or_else(|| Problem::missing(self.location, self.name))
    }

    pub fn optional(self) -> Option<T> {
        self.value
    }

    /// The value, or the spec's default when absent.
    pub fn or(self, default: T) -> T {
        self.value.unwrap_or(default)
    }
}

/// A request being read: path parameters decoded up front, query pairs when first asked for, the
/// body last.
#[doc(hidden)]
pub struct Incoming {
    parts: Parts,
    body: Body,
    path: RawPathParams,
    /// The operation's route (`/colors/{color}`), to find each path parameter's raw text.
    route: &'static str,
    /// Decoded on first use: the styles that split before decoding read the raw query instead,
    /// and an operation without query parameters never needs it.
    query: std::sync::OnceLock<Vec<(String, String)>>,
}

impl Incoming {
    /// Reads the request of the operation routed at `route`.
    pub async fn new(request: Request, route: &'static str) -> Result<Self, Problem> {
        let (mut parts, body) = request.into_parts();
        let path = RawPathParams::from_request_parts(&mut parts, &())
            .await
            .map_err(|rejection| Problem::new(StatusCode::BAD_REQUEST, rejection.body_text()))?;
        Ok(Self {
            parts,
            body,
            path,
            route,
            query: std::sync::OnceLock::new(),
        })
    }

    /// Every `key=value` pair of the query, decoded (`+` as a space, invalid UTF-8 replaced).
    fn query(&self) -> &[(String, String)] {
        self.query.get_or_init(|| {
            let raw = self.parts.uri.query().unwrap_or_default();
            form_urlencoded::parse(raw.as_bytes())
                .into_owned()
                .collect()
        })
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.parts.headers
    }

    /// The request again, for extractors that need all of it (WebSocket upgrades).
    pub fn into_request(self) -> Request {
        Request::from_parts(self.parts, self.body)
    }

    fn found<T>(location: &'static str, name: &'static str, value: Option<T>) -> Found<T> {
        Found {
            value,
            location,
            name,
        }
    }

    /// The still percent-encoded text of the path parameter `key` (its route name): the request
    /// path's segment where the route has `{key}` (counted from the end, so a base path does not
    /// matter), without the route's literal text around it. Styled values are split before they
    /// are decoded, so that an encoded `,` stays inside its value.
    fn path_raw(&self, key: &str) -> Option<std::borrow::Cow<'_, str>> {
        // Runs for every path parameter of every request: no allocation on the way.
        let segments = self.route.bytes().filter(|&byte| byte == b'/').count() + 1;
        let (index, segment, open) =
            self.route
                .split('/')
                .enumerate()
                .find_map(|(index, segment)| {
                    let open = segment.match_indices('{').map(|(at, _)| at).find(|&at| {
                        segment[at + 1..]
                            .strip_prefix(key)
                            .is_some_and(|rest| rest.starts_with('}'))
                    })?;
                    Some((index, segment, open))
                })?;
        let raw = (segment.bytes().filter(|&byte| byte == b'{').count() == 1)
            .then(|| {
                let (prefix, suffix) = (&segment[..open], &segment[open + key.len() + 2..]);
                let raw = self
                    .parts
                    .uri
                    .path()
                    .rsplit('/')
                    .nth(segments - 1 - index)?;
                raw.strip_prefix(prefix)?.strip_suffix(suffix)
            })
            .flatten();
        match raw {
            Some(raw) => Some(std::borrow::Cow::Borrowed(raw)),
            // Several parameters in one segment: the router split them; encode its decoded value
            // again so that it reads like raw text.
            None => {
                let decoded = self
                    .path
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, value)| value)?;
                Some(std::borrow::Cow::Owned(reencode(decoded)))
            }
        }
    }

    fn path_with<T>(
        &self,
        key: &str,
        name: &'static str,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Result<Found<T>, Problem> {
        let value = self.path_raw(key).map(|raw| parse(&raw)).transpose()?;
        Ok(Self::found("path", name, value))
    }

    /// `blue` (`style: simple`), looked up by its route name (`key`) and reported by its wire name.
    pub fn path_scalar<T: FromStr>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        // A scalar is the router's decoded capture as it is: no need to find the raw text (the
        // most common parameter, so the cheapest path).
        let decoded = self
            .path
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, value)| value);
        let value = decoded
            .map(|text| parse_scalar(PATH, name, text))
            .transpose()?;
        Ok(Self::found(PATH, name, value))
    }

    /// `blue,black,brown` (`style: simple`).
    pub fn path_csv<T: FromStr>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.path_with(key, name, |raw| match encoded_commas(raw) {
            Some(encoded) => {
                let decoded = percent_decode(PATH, name, encoded)?;
                parse_each(&decoded, &[','], |item| parse_scalar(PATH, name, item))
            }
            None => parse_items(PATH, name, raw, &[',']),
        })
    }

    /// `R,100,G,200` (`style: simple`, `explode: false`).
    pub fn path_object<T: DeserializeOwned>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.path_with(key, name, |raw| {
            parse_object(PATH, name, raw, &[','], false)
        })
    }

    /// `R=100,G=200` (`style: simple`, `explode: true`).
    pub fn path_object_exploded<T: DeserializeOwned>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.path_with(key, name, |raw| parse_object(PATH, name, raw, &[','], true))
    }

    /// `.blue` (`style: label`).
    pub fn path_label_scalar<T: FromStr>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.path_with(key, name, |raw| parse_text(PATH, name, label(name, raw)?))
    }

    /// `.blue.black.brown` (`style: label`, as the OpenAPI 3.0.3 table has it); the RFC 6570 form
    /// `.blue,black,brown` is accepted too.
    pub fn path_label_array<T: FromStr>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.path_with(key, name, |raw| {
            parse_items(PATH, name, label(name, raw)?, &['.', ','])
        })
    }

    /// `.R.100.G.200` (`style: label`, `explode: false`; `.R,100,G,200` is accepted too).
    pub fn path_label_object<T: DeserializeOwned>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.path_with(key, name, |raw| {
            parse_object(PATH, name, label(name, raw)?, &['.', ','], false)
        })
    }

    /// `.R=100.G=200` (`style: label`, `explode: true`).
    pub fn path_label_object_exploded<T: DeserializeOwned>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.path_with(key, name, |raw| {
            parse_object(PATH, name, label(name, raw)?, &['.'], true)
        })
    }

    /// `;color=blue` (`style: matrix`); `;color` is the empty value.
    pub fn path_matrix_scalar<T: FromStr>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.path_with(key, name, |raw| {
            parse_text(PATH, name, matrix_value(name, raw)?.unwrap_or_default())
        })
    }

    /// `;color=blue,black,brown` (`style: matrix`, `explode: false`); `;color` is the empty array.
    pub fn path_matrix_array<T: FromStr>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.path_with(key, name, |raw| match matrix_value(name, raw)? {
            Some(value) => parse_items(PATH, name, value, &[',']),
            None => Ok(Vec::new()),
        })
    }

    /// `;color=blue;color=black;color=brown` (`style: matrix`, `explode: true`); `;color` is the
    /// empty array.
    pub fn path_matrix_array_exploded<T: FromStr>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.path_with(key, name, |raw| {
            let rest = raw
                .strip_prefix(';')
                .ok_or_else(|| expected(name, "`;` before the value"))?;
            let mut items = Vec::new();
            for piece in rest.split(';') {
                if let Some(value) = matrix_value(name, &format!(";{piece}"))? {
                    items.push(parse_text(PATH, name, value)?);
                }
            }
            Ok(items)
        })
    }

    /// `;color=R,100,G,200` (`style: matrix`, `explode: false`).
    pub fn path_matrix_object<T: DeserializeOwned>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.path_with(key, name, |raw| {
            parse_object(
                PATH,
                name,
                matrix_value(name, raw)?.unwrap_or_default(),
                &[','],
                false,
            )
        })
    }

    /// `;R=100;G=200` (`style: matrix`, `explode: true`); `;color` is the empty object.
    pub fn path_matrix_object_exploded<T: DeserializeOwned>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.path_with(key, name, |raw| {
            let rest = raw
                .strip_prefix(';')
                .ok_or_else(|| expected(name, "`;` before the value"))?;
            let rest = if percent_decode(PATH, name, rest)? == name {
                ""
            } else {
                rest
            };
            parse_object(PATH, name, rest, &[';'], true)
        })
    }

    /// A `content`-typed path parameter: JSON text.
    pub fn path_json<T: DeserializeOwned>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.path_with(key, name, |raw| {
            parse_json(PATH, name, &percent_decode(PATH, name, raw)?)
        })
    }

    fn query_values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.query()
            .iter()
            .filter(move |(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    fn query_one<'a>(&'a self, name: &'a str) -> Result<Option<&'a str>, Problem> {
        let mut values = self.query_values(name);
        let first = values.next();
        if values.next().is_some() {
            return Err(Problem::invalid("query", name, "given more than once"));
        }
        Ok(first)
    }

    pub fn query_scalar<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        let value = self
            .query_one(name)?
            .map(|raw| parse_scalar("query", name, raw))
            .transpose()?;
        Ok(Self::found("query", name, value))
    }

    /// The still encoded value of the query key `name`, so that it is split before it is
    /// decoded (an encoded `,` stays inside its item).
    fn query_raw_one(&self, name: &str) -> Result<Option<&str>, Problem> {
        let mut found = None;
        for pair in self.parts.uri.query().unwrap_or_default().split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if form_decode(QUERY, name, key)? != name {
                continue;
            }
            if found.replace(value).is_some() {
                return Err(Problem::invalid(QUERY, name, "given more than once"));
            }
        }
        Ok(found)
    }

    /// One comma-separated value (`style: form, explode: false`).
    ///
    /// The key given several times (the exploded form, `orderBy=a&orderBy=b`, which
    /// openapi-python-client's httpx clients send for every array) is read as the items of
    /// all its values in order: the intent is unambiguous and refusing it helps no one.
    pub fn query_csv<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        let mut value: Option<Vec<T>> = None;
        for pair in self.parts.uri.query().unwrap_or_default().split('&') {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            if form_decode(QUERY, name, key)? == name {
                value
                    .get_or_insert_with(Vec::new)
                    .extend(parse_form_items(name, raw)?);
            }
        }
        Ok(Self::found(QUERY, name, value))
    }

    /// `name=R,100,G,200` (`style: form`, `explode: false`, on an object).
    pub fn query_object<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        let value = self
            .query_raw_one(name)?
            .map(|raw| {
                let pairs = split_pairs(raw, &[','], false)
                    .ok_or_else(|| Problem::invalid(QUERY, name, "expected name,value pairs"))?;
                let decoded = pairs
                    .into_iter()
                    .map(|(key, value)| {
                        Ok((
                            form_decode(QUERY, name, key)?,
                            form_decode(QUERY, name, value)?,
                        ))
                    })
                    .collect::<Result<Vec<_>, Problem>>()?;
                decode_pairs(QUERY, name, &decoded)
            })
            .transpose()?;
        Ok(Self::found(QUERY, name, value))
    }

    /// A repeated key (`style: form, explode: true`).
    pub fn query_multi<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        let values: Vec<T> = self
            .query_values(name)
            .map(|raw| parse_scalar("query", name, raw))
            .collect::<Result<_, _>>()?;
        Ok(Self::found(
            "query",
            name,
            (!values.is_empty()).then_some(values),
        ))
    }

    /// `style: spaceDelimited`, `explode: false`.
    pub fn query_space<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        let value = self
            .query_one(name)?
            .map(|raw| parse_delimited("query", name, raw, ' '))
            .transpose()?;
        Ok(Self::found("query", name, value))
    }

    /// `style: pipeDelimited`, `explode: false`.
    pub fn query_pipe<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        let value = self
            .query_one(name)?
            .map(|raw| parse_delimited("query", name, raw, '|'))
            .transpose()?;
        Ok(Self::found("query", name, value))
    }

    /// `name=R%20100%20G%20200` (`style: spaceDelimited`, on an object).
    pub fn query_space_object<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.query_delimited_object(name, ' ')
    }

    /// `name=R|100|G|200` (`style: pipeDelimited`, on an object).
    pub fn query_pipe_object<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.query_delimited_object(name, '|')
    }

    fn query_delimited_object<T: DeserializeOwned>(
        &self,
        name: &'static str,
        separator: char,
    ) -> Result<Found<T>, Problem> {
        let value = self
            .query_one(name)?
            .map(|text| {
                let pairs = split_pairs(text, &[separator], false).ok_or_else(|| {
                    Problem::invalid(QUERY, name, "expected name and value pairs")
                })?;
                decode_pairs(QUERY, name, &pairs)
            })
            .transpose()?;
        Ok(Self::found(QUERY, name, value))
    }

    /// `style: deepObject`: the keys `name[...]`, as an object.
    pub fn query_deep_object<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        let prefix = format!("{name}[");
        let pairs = self.query().iter().filter_map(|(key, value)| {
            let rest = key.strip_prefix(&prefix)?;
            Some((
                rest.trim_end_matches(']').split("][").collect::<Vec<_>>(),
                value.as_str(),
            ))
        });
        let value = text_object(pairs)
            .map(|object| decode_text_object("query", name, object))
            .transpose()?;
        Ok(Self::found("query", name, value))
    }

    /// `style: form`, `explode: true`, on an object: every query key is a property, except those
    /// of the operation's `others` query parameters (`other` and `other[...]`).
    pub fn query_form_object<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
        others: &[&str],
    ) -> Result<Found<T>, Problem> {
        let is_other = |key: &str| {
            others.iter().any(|other| {
                key.strip_prefix(other)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('['))
            })
        };
        let pairs = self
            .query()
            .iter()
            .filter(|(key, _)| !is_other(key))
            .map(|(key, value)| (vec![key.as_str()], value.as_str()));
        let value = text_object(pairs)
            .map(|object| decode_text_object("query", name, object))
            .transpose()?;
        Ok(Self::found("query", name, value))
    }

    /// A `content`-typed parameter holding JSON.
    pub fn query_json<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        let value = self
            .query_one(name)?
            .map(|raw| parse_json("query", name, raw))
            .transpose()?;
        Ok(Self::found("query", name, value))
    }

    fn header_one(&self, name: &str) -> Result<Option<&str>, Problem> {
        match self.parts.headers.get(name) {
            None => Ok(None),
            Some(value) => value
                .to_str()
                .map(Some)
                .map_err(|_| Problem::invalid(HEADER, name, "not visible ASCII")),
        }
    }

    /// The header `name`, read by `parse` when present.
    fn header_parsed<T>(
        &self,
        name: &'static str,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Result<Found<T>, Problem> {
        let value = self.header_one(name)?.map(parse).transpose()?;
        Ok(Self::found(HEADER, name, value))
    }

    pub fn header_scalar<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.header_parsed(name, |raw| parse_scalar(HEADER, name, raw.trim()))
    }

    pub fn header_csv<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.header_parsed(name, |raw| parse_csv(HEADER, name, raw))
    }

    /// `R,100,G,200` (`style: simple`, `explode: false`, on an object).
    pub fn header_object<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.header_parsed(name, |raw| header_object(name, raw, false))
    }

    /// `R=100,G=200` (`style: simple`, `explode: true`, on an object).
    pub fn header_object_exploded<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.header_parsed(name, |raw| header_object(name, raw, true))
    }

    pub fn header_json<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.header_parsed(name, |raw| parse_json(HEADER, name, raw))
    }

    /// One of HTTP's own date headers (`If-Modified-Since`, `Date`, ...): an HTTP-date in any of
    /// RFC 9110's three forms, or RFC 3339 text (`T::from_str`), which specs typing the header
    /// `format: date-time` show in their examples.
    ///
    /// A conditional header that is neither is ignored, as RFC 9110 §13.1.3 and §13.1.4 require
    /// of a recipient (the request is answered as if it had none); any other is a 400.
    pub fn header_http_date<T: From<SystemTime> + FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        let Some(raw) = self.header_one(name)? else {
            return Ok(Self::found(HEADER, name, None));
        };
        let raw = raw.trim();
        let value = match httpdate::parse_http_date(raw) {
            Ok(time) => Some(T::from(time)),
            Err(_) => raw.parse::<T>().ok(),
        };
        let conditional = ["if-modified-since", "if-unmodified-since"]
            .iter()
            .any(|header| name.eq_ignore_ascii_case(header));
        if value.is_none() && !conditional {
            return Err(Problem::invalid(
                HEADER,
                name,
                "not an HTTP-date or an RFC 3339 date-time",
            ));
        }
        Ok(Self::found(HEADER, name, value))
    }

    /// A query parameter typed `format: date-time`: RFC 3339 text.
    pub fn query_rfc3339<T: FromStr>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.query_scalar(key, name)
    }

    /// An application header typed `format: date-time`: RFC 3339 text.
    pub fn header_rfc3339<T: FromStr>(
        &self,
        key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.header_scalar(key, name)
    }

    /// Every cookie called `name`, in order, as sent (still percent-encoded).
    fn cookies<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|cookies| cookies.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .filter(move |(key, _)| *key == name)
            .map(|(_, value)| value.trim_matches('"'))
    }

    fn cookie_one<'a>(&'a self, name: &'a str) -> Option<&'a str> {
        self.cookies(name).next()
    }

    /// The first cookie called `name`, read by `parse` when present.
    fn cookie_parsed<T>(
        &self,
        name: &'static str,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Result<Found<T>, Problem> {
        let value = self.cookie_one(name).map(parse).transpose()?;
        Ok(Self::found(COOKIE, name, value))
    }

    /// A cookie's value, percent-decoded (the client encodes cookie values).
    pub fn cookie_scalar<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.cookie_parsed(name, |raw| parse_text(COOKIE, name, raw))
    }

    /// `color=blue,black,brown` (`style: form`, `explode: false`).
    pub fn cookie_csv<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        self.cookie_parsed(name, |raw| parse_items(COOKIE, name, raw, &[',']))
    }

    /// One cookie per item, all of the same name (`style: form`, `explode: true`).
    pub fn cookie_multi<T: FromStr>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        let values: Vec<T> = self
            .cookies(name)
            .map(|raw| parse_text(COOKIE, name, raw))
            .collect::<Result<_, _>>()?;
        Ok(Self::found(
            COOKIE,
            name,
            (!values.is_empty()).then_some(values),
        ))
    }

    /// A `content`-typed cookie: percent-encoded JSON text.
    pub fn cookie_json<T: DeserializeOwned>(
        &self,
        _key: &str,
        name: &'static str,
    ) -> Result<Found<T>, Problem> {
        self.cookie_parsed(name, |raw| {
            parse_json(COOKIE, name, &percent_decode(COOKIE, name, raw)?)
        })
    }

    fn authorization(&self, scheme: &str) -> Result<Option<&str>, Problem> {
        let Some(value) = self.parts.headers.get(header::AUTHORIZATION) else {
            return Ok(None);
        };
        let malformed = || {
            Problem::new(
                StatusCode::UNAUTHORIZED,
                format!("malformed `Authorization` header for {scheme}"),
            )
        };
        let value = value.to_str().map_err(|_| malformed())?;
        match value.split_once(' ') {
            Some((given, rest)) if given.eq_ignore_ascii_case(scheme) => Ok(Some(rest.trim())),
            // Another scheme: not these credentials (another alternative may accept it).
            Some(_) => Ok(None),
            None => Err(malformed()),
        }
    }

    /// `Authorization: Basic ...`, decoded; `None` when absent or of another scheme.
    pub fn basic(&self, _key: &str) -> Result<Option<BasicCredentials>, Problem> {
        let Some(encoded) = self.authorization("Basic")? else {
            return Ok(None);
        };
        let malformed = || Problem::new(StatusCode::UNAUTHORIZED, "malformed Basic credentials");
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|_| malformed())?;
        let mut username = String::from_utf8(decoded).map_err(|_| malformed())?;
        let colon = username.find(':').ok_or_else(malformed)?;
        let password = username[colon + 1..].to_string();
        username.truncate(colon);
        Ok(Some(BasicCredentials { username, password }))
    }

    /// `Authorization: Bearer ...`; `None` when absent or of another scheme.
    pub fn bearer(&self, _key: &str) -> Result<Option<BearerToken>, Problem> {
        match self.authorization("Bearer")? {
            Some("") => Err(Problem::new(StatusCode::UNAUTHORIZED, "empty bearer token")),
            token => Ok(token.map(|token| BearerToken(token.to_string()))),
        }
    }

    pub fn api_key_header(&self, key: &str) -> Result<Option<ApiKey>, Problem> {
        let value = self.parts.headers.get(key).map(|value| value.to_str());
        match value {
            Some(Ok(value)) if !value.is_empty() => Ok(Some(ApiKey(value.to_string()))),
            Some(_) => Err(Problem::new(
                StatusCode::UNAUTHORIZED,
                format!("malformed API key header `{key}`"),
            )),
            None => Ok(None),
        }
    }

    pub fn api_key_query(&self, key: &str) -> Result<Option<ApiKey>, Problem> {
        Ok(self
            .query_values(key)
            .find(|value| !value.is_empty())
            .map(|value| ApiKey(value.to_string())))
    }

    pub fn api_key_cookie(&self, key: &str) -> Result<Option<ApiKey>, Problem> {
        Ok(self
            .cookie_one(key)
            .filter(|value| !value.is_empty())
            .map(|value| ApiKey(value.to_string())))
    }

    /// The request's media type (without parameters), as sent.
    fn media_type(&self) -> Option<&str> {
        let value = self
            .parts
            .headers
            .get(header::CONTENT_TYPE)?
            .to_str()
            .ok()?;
        Some(value.split(';').next().unwrap_or_default().trim())
    }

    /// Checks `Content-Type` against the documented media type (415 otherwise) and reads the
    /// body within the router's limit (413 over it). `None` for an absent body.
    ///
    /// A zero-length body is no body, whatever `Content-Type` came with it: generated clients
    /// (openapi-generator's Python among them) send `Content-Type: application/json` and
    /// `Content-Length: 0` when an optional body is left out. A required body then gets the
    /// "missing" 400 of [`Found::required`], not a parse error.
    async fn read(self, documented: &str) -> Result<Option<Bytes>, Problem> {
        // Checked before the request is taken apart, reported after the body is read (a body
        // over the limit is a 413 whatever its type).
        let checked = check_media_type(self.media_type(), documented);
        let request = Request::from_parts(self.parts, self.body);
        let bytes = Bytes::from_request(request, &())
            .await
            .map_err(|rejection| Problem::new(rejection.status(), rejection.body_text()))?;
        if bytes.is_empty() {
            return Ok(None);
        }
        checked?;
        Ok(Some(bytes))
    }

    /// What the client accepts among `produces` (the operation's documented response media
    /// types), from its `Accept` header (RFC 9110 §12.5.1); a 406 when it accepts none of them.
    pub fn accepted(&self, produces: &[&'static str]) -> Result<Accepted, Problem> {
        let ranges: Vec<(String, f32)> = self
            .parts
            .headers
            .get_all(header::ACCEPT)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .filter_map(media_range)
            .collect();
        if ranges.is_empty() {
            return Ok(Accepted {
                media_types: produces.to_vec(),
            });
        }
        let mut weighed: Vec<(&'static str, f32)> = produces
            .iter()
            .filter_map(|&media_type| {
                let quality = quality_of(&ranges, media_type);
                (quality > 0.0).then_some((media_type, quality))
            })
            .collect();
        if weighed.is_empty() {
            let offered = produces.join("`, `");
            return Err(Problem::new(StatusCode::NOT_ACCEPTABLE, format!("`Accept` allows none of the media types this operation answers with: `{offered}`")));
        }
        // Stable: among equal qualities the documented order stands.
        weighed.sort_by(|a, b| b.1.total_cmp(&a.1));
        Ok(Accepted {
            media_types: weighed
                .into_iter()
                .map(|(media_type, _)| media_type)
                .collect(),
        })
    }

    /// For a body documented under several media types: the index of the first that the
    /// request's `Content-Type` is. Without a `Content-Type`, the first (reading it then finds an
    /// absent body, or answers 415); with another one, a 415 naming every documented type.
    pub fn body_choice(&self, documented: &[&str]) -> Result<usize, Problem> {
        let given = self.media_type();
        if given.is_none() {
            return Ok(0);
        }
        match documented
            .iter()
            .position(|media| media_type_matches(given, media))
        {
            Some(index) => Ok(index),
            None => Err(unsupported_media_type(given, &documented.join("`, `"))),
        }
    }

    pub async fn body_json<T: DeserializeOwned>(
        self,
        documented: &str,
    ) -> Result<Found<T>, Problem> {
        let value = match self.read(documented).await? {
            Some(bytes) => Some(decode_json(&bytes)?),
            None => None,
        };
        Ok(Self::found("body", "body", value))
    }

    pub async fn body_binary(self, documented: &str) -> Result<Found<Bytes>, Problem> {
        let value = self.read(documented).await?;
        Ok(Self::found("body", "body", value))
    }

    pub async fn body_text(self, documented: &str) -> Result<Found<String>, Problem> {
        let value = match self.read(documented).await? {
            Some(bytes) => Some(
                String::from_utf8(bytes.to_vec())
                    .map_err(|_| Problem::invalid("body", "body", "not UTF-8 text"))?,
            ),
            None => None,
        };
        Ok(Self::found("body", "body", value))
    }

    pub async fn body_form<T: DeserializeOwned>(
        self,
        documented: &str,
    ) -> Result<Found<T>, Problem> {
        let value = match self.read(documented).await? {
            Some(bytes) => Some(
                super::values::validating_request(|| serde_urlencoded::from_bytes(&bytes))
                    .or_else(|error| {
                        super::values::validating_request(|| form_with_scalars(&bytes)).ok_or(error)
                    })
                    .map_err(|error| Problem::invalid("body", "body", error.to_string()))?,
            ),
            None => None,
        };
        Ok(Self::found("body", "body", value))
    }

    /// For multipart bodies: checks the media type, then hands the request on to the multipart
    /// reader (which applies the body limit). `None` for an absent body.
    pub fn multipart_request(self, documented: &str) -> Result<Option<Request>, Problem> {
        let media_type = self.media_type();
        // No body: `Content-Length: 0` (or a body known to be empty), or (HTTP/1.1) neither a
        // length nor a transfer coding. As in `read`, an empty body is no body even when it
        // comes with a `Content-Type`.
        let headers = &self.parts.headers;
        let unframed = !headers.contains_key(header::CONTENT_LENGTH)
            && !headers.contains_key(header::TRANSFER_ENCODING);
        let empty = headers
            .get(header::CONTENT_LENGTH)
            .is_some_and(|length| length == "0")
            || axum::body::HttpBody::size_hint(&self.body).exact() == Some(0);
        if empty || (media_type.is_none() && unframed) {
            return Ok(None);
        }
        check_media_type(media_type, documented)?;
        Ok(Some(Request::from_parts(self.parts, self.body)))
    }
}

/// Whether `given` (a media type without parameters) is `documented` (`type/subtype`, `type/*`
/// or `*/*`), ignoring ASCII case.
fn media_type_matches(given: Option<&str>, documented: &str) -> bool {
    match (given, documented.strip_suffix("/*")) {
        (None, _) => false,
        (Some(_), Some("*")) => true,
        (Some(given), Some(prefix)) => given
            .split('/')
            .next()
            .is_some_and(|kind| kind.eq_ignore_ascii_case(prefix)),
        (Some(given), None) => given.eq_ignore_ascii_case(documented),
    }
}

fn check_media_type(given: Option<&str>, documented: &str) -> Result<(), Problem> {
    if media_type_matches(given, documented) {
        return Ok(());
    }
    Err(unsupported_media_type(given, documented))
}

/// A 415 for a request whose `Content-Type` (or its absence) is not `documented`.
fn unsupported_media_type(given: Option<&str>, documented: &str) -> Problem {
    let given = given.map(str::to_ascii_lowercase);
    let given = given.as_deref();
    let documented = documented.to_ascii_lowercase();
    let detail = match given {
        Some(given) => format!("`Content-Type: {given}` is not supported; send `{documented}`"),
        None => format!("missing `Content-Type`; send `{documented}`"),
    };
    let mut problem = Problem::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, detail);
    problem.invalid_params.push(InvalidParam {
        name: "Content-Type".to_string(),
        location: "header".to_string(),
        reason: format!("expected `{documented}`"),
    });
    problem
}

fn parse_scalar<T: FromStr>(location: &str, name: &str, raw: &str) -> Result<T, Problem>
where
    T::Err: std::fmt::Display,
{
    raw.parse()
        .map_err(|error: T::Err| Problem::invalid(location, name, format!("`{raw}`: {error}")))
}

fn parse_csv<T: FromStr>(location: &str, name: &str, raw: &str) -> Result<Vec<T>, Problem>
where
    T::Err: std::fmt::Display,
{
    parse_each(raw, &[','], |item| {
        parse_scalar(location, name, item.trim())
    })
}

fn parse_delimited<T: FromStr>(
    location: &str,
    name: &str,
    raw: &str,
    separator: char,
) -> Result<Vec<T>, Problem>
where
    T::Err: std::fmt::Display,
{
    parse_each(raw, &[separator], |item| parse_scalar(location, name, item))
}

/// Each item of `raw` between `separators`, read by `parse_item`; empty text has no items.
fn parse_each<'a, T>(
    raw: &'a str,
    separators: &[char],
    parse_item: impl FnMut(&'a str) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    if raw.is_empty() {
        return Ok(Vec::new());
    }
    raw.split(separators).map(parse_item).collect()
}

const PATH: &str = "path";
const QUERY: &str = "query";
const HEADER: &str = "header";
const COOKIE: &str = "cookie";

/// A 400 for a parameter whose text does not have its style's shape.
fn expected(name: &str, what: &str) -> Problem {
    Problem::invalid(PATH, name, format!("expected {what}"))
}

/// Decodes `%XX` escapes (other `%`s are kept, as browsers and axum do); the result must be UTF-8.
fn percent_decode<'a>(
    location: &str,
    name: &str,
    raw: &'a str,
) -> Result<std::borrow::Cow<'a, str>, Problem> {
    percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .map_err(|_| Problem::invalid(location, name, "not UTF-8 once percent-decoded"))
}

/// [`percent_decode`] for query text, where `+` is a space.
fn form_decode<'a>(
    location: &str,
    name: &str,
    raw: &'a str,
) -> Result<std::borrow::Cow<'a, str>, Problem> {
    if raw.contains('+') {
        Ok(std::borrow::Cow::Owned(
            percent_decode(location, name, &raw.replace('+', " "))?.into_owned(),
        ))
    } else {
        percent_decode(location, name, raw)
    }
}

/// Escapes the characters that separate styled values, so that decoded text reads as raw text.
fn reencode(decoded: &str) -> String {
    let mut raw = String::with_capacity(decoded.len());
    for c in decoded.chars() {
        match c {
            '%' | ',' | '.' | ';' | '=' => raw.push_str(&format!("%{:02X}", c as u32)),
            c => raw.push(c),
        }
    }
    raw
}

/// One percent-encoded value, parsed.
fn parse_text<T: FromStr>(location: &str, name: &str, raw: &str) -> Result<T, Problem>
where
    T::Err: std::fmt::Display,
{
    parse_scalar(location, name, &percent_decode(location, name, raw)?)
}

/// Percent-encoded items between `separators`, each parsed; empty text is the empty array.
fn parse_items<T: FromStr>(
    location: &str,
    name: &str,
    raw: &str,
    separators: &[char],
) -> Result<Vec<T>, Problem>
where
    T::Err: std::fmt::Display,
{
    parse_each(raw, separators, |item| parse_text(location, name, item))
}

/// Comma-separated query items, each form-decoded and parsed (see [`encoded_commas`]).
fn parse_form_items<T: FromStr>(name: &str, raw: &str) -> Result<Vec<T>, Problem>
where
    T::Err: std::fmt::Display,
{
    if let Some(decoded) = encoded_commas(raw) {
        let decoded = form_decode(QUERY, name, decoded)?;
        return parse_each(&decoded, &[','], |item| parse_scalar(QUERY, name, item));
    }
    parse_each(raw, &[','], |item| {
        parse_scalar(QUERY, name, &form_decode(QUERY, name, item)?)
    })
}

/// The rule for comma-separated values whose commas arrive percent-encoded: `raw` when it has
/// no literal comma but an encoded one (`%2C`), which then separates items.
///
/// Raw text with a literal comma is split before it is decoded, so that an item may hold an
/// encoded comma (what this runtime's client sends). Python's requests, httpx and urllib encode
/// every comma of a joined list (`orderBy=lastName%2CfirstName+DESC`); with no literal comma
/// to split at, the value is decoded first and split at its commas. A single item containing a
/// comma is only expressible by clients that keep the separators literal.
fn encoded_commas(raw: &str) -> Option<&str> {
    let encoded = raw.contains("%2C") || raw.contains("%2c");
    (!raw.contains(',') && encoded).then_some(raw)
}

/// `R,100,G,200` (alternating) or, `exploded`, `R=100,G=200`, split at `separators`; `None`
/// when the text does not have that shape. Empty text has no pairs.
fn split_pairs<'a>(
    raw: &'a str,
    separators: &[char],
    exploded: bool,
) -> Option<Vec<(&'a str, &'a str)>> {
    if raw.is_empty() {
        return Some(Vec::new());
    }
    let pieces: Vec<&str> = raw.split(separators).collect();
    if exploded {
        pieces.iter().map(|piece| piece.split_once('=')).collect()
    } else {
        let pairs = pieces.chunks_exact(2);
        pairs
            .remainder()
            .is_empty()
            .then(|| pairs.map(|pair| (pair[0], pair[1])).collect())
    }
}

/// A percent-encoded object in one of the pair forms of [`split_pairs`], decoded as `T`.
fn parse_object<T: DeserializeOwned>(
    location: &str,
    name: &str,
    raw: &str,
    separators: &[char],
    exploded: bool,
) -> Result<T, Problem> {
    let shape = if exploded {
        "name=value pairs"
    } else {
        "name,value pairs"
    };
    let pairs = split_pairs(raw, separators, exploded)
        .ok_or_else(|| Problem::invalid(location, name, format!("expected {shape}")))?;
    let decoded = pairs
        .into_iter()
        .map(|(key, value)| {
            Ok((
                percent_decode(location, name, key)?,
                percent_decode(location, name, value)?,
            ))
        })
        .collect::<Result<Vec<_>, Problem>>()?;
    decode_pairs(location, name, &decoded)
}

/// A header object (`R,100,G,200` or `R=100,G=200`): header text is not percent-encoded.
fn header_object<T: DeserializeOwned>(name: &str, raw: &str, exploded: bool) -> Result<T, Problem> {
    let shape = if exploded {
        "name=value pairs"
    } else {
        "name,value pairs"
    };
    let pairs = split_pairs(raw.trim(), &[','], exploded)
        .ok_or_else(|| Problem::invalid(HEADER, name, format!("expected {shape}")))?;
    let pairs: Vec<(&str, &str)> = pairs
        .into_iter()
        .map(|(key, value)| (key.trim(), value.trim()))
        .collect();
    decode_pairs(HEADER, name, &pairs)
}

/// Decoded `(property, text)` pairs as an object of type `T`.
fn decode_pairs<K: AsRef<str>, V: AsRef<str>, T: DeserializeOwned>(
    location: &str,
    name: &str,
    pairs: &[(K, V)],
) -> Result<T, Problem> {
    let mut object = serde_json::Map::new();
    for (key, value) in pairs {
        if object
            .insert(
                key.as_ref().to_string(),
                serde_json::Value::String(value.as_ref().to_string()),
            )
            .is_some()
        {
            return Err(Problem::invalid(
                location,
                name,
                format!("property `{}` given more than once", key.as_ref()),
            ));
        }
    }
    decode_text_object(location, name, object)
}

/// The text after a `label` value's leading `.`.
fn label<'a>(name: &str, raw: &'a str) -> Result<&'a str, Problem> {
    raw.strip_prefix('.')
        .ok_or_else(|| expected(name, "`.` before the value"))
}

/// The value of `;name=value` (`None` for `;name`, the empty value), still percent-encoded.
fn matrix_value<'a>(name: &str, raw: &'a str) -> Result<Option<&'a str>, Problem> {
    let rest = raw
        .strip_prefix(';')
        .ok_or_else(|| expected(name, &format!("`;{name}=` before the value")))?;
    let (key, value) = match rest.split_once('=') {
        Some((key, value)) => (key, Some(value)),
        None => (rest, None),
    };
    if percent_decode(PATH, name, key)? != name {
        return Err(expected(name, &format!("`;{name}=` before the value")));
    }
    Ok(value)
}

/// Query pairs with bracketed key paths as a JSON object of text; a repeated key becomes an
/// array. `None` when there are no pairs.
fn text_object<'a>(
    pairs: impl Iterator<Item = (Vec<&'a str>, &'a str)>,
) -> Option<serde_json::Map<String, serde_json::Value>> {
    let mut object = serde_json::Map::new();
    let mut any = false;
    for (path, value) in pairs {
        any = true;
        insert_text(&mut object, &path, value);
    }
    any.then_some(object)
}

fn insert_text(
    object: &mut serde_json::Map<String, serde_json::Value>,
    path: &[&str],
    value: &str,
) {
    use serde_json::Value;
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    if rest.is_empty() {
        match object.get_mut(*first) {
            Some(Value::Array(items)) => items.push(Value::String(value.to_string())),
            Some(existing) => {
                let earlier = existing.take();
                *existing = Value::Array(vec![earlier, Value::String(value.to_string())]);
            }
            None => {
                object.insert(first.to_string(), Value::String(value.to_string()));
            }
        }
        return;
    }
    let entry = object
        .entry(first.to_string())
        .or_insert_with(|| Value::Object(Default::default()));
    if !entry.is_object() {
        *entry = Value::Object(Default::default());
    }
    if let Value::Object(next) = entry {
        insert_text(next, rest, value);
    }
}

/// Decodes an object whose leaves are query text. Text carries no types, so numbers and booleans
/// are first read as such; if the target wants text there, the all-text reading is tried.
fn decode_text_object<T: DeserializeOwned>(
    location: &str,
    name: &str,
    object: serde_json::Map<String, serde_json::Value>,
) -> Result<T, Problem> {
    fn typed(value: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match value {
            Value::String(text) => match text.as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => serde_json::from_str::<serde_json::Number>(&text)
                    .map(Value::Number)
                    .unwrap_or(Value::String(text)),
            },
            Value::Array(items) => Value::Array(items.into_iter().map(typed).collect()),
            Value::Object(map) => {
                Value::Object(map.into_iter().map(|(k, v)| (k, typed(v))).collect())
            }
            other => other,
        }
    }
    /// The value at `path` in `value`, when the path is made of keys and indexes only.
    fn at<'v>(
        value: &'v mut serde_json::Value,
        path: &serde_path_to_error::Path,
    ) -> Option<&'v mut serde_json::Value> {
        use serde_path_to_error::Segment;
        path.iter().try_fold(value, |value, segment| match segment {
            Segment::Map { key } => value.get_mut(key.as_str()),
            Segment::Seq { index } => value.get_mut(*index),
            _ => None,
        })
    }
    let text = serde_json::Value::Object(object);
    let mut value = typed(text.clone());
    // Where the target wants text that read as a number or boolean (a name `"12"`), that leaf
    // goes back to its text and decoding is tried again: at most once per leaf.
    loop {
        let decoded = super::values::validating_request(|| {
            serde_path_to_error::deserialize::<_, T>(value.clone())
        });
        let error = match decoded {
            Ok(decoded) => return Ok(decoded),
            Err(error) => error,
        };
        let original = {
            let mut text = text.clone();
            at(&mut text, error.path())
                .filter(|leaf| leaf.is_string())
                .cloned()
        };
        match (at(&mut value, error.path()), original) {
            (Some(leaf), Some(original)) if !leaf.is_string() => *leaf = original,
            _ => {
                return Err(Problem::invalid(
                    location,
                    name,
                    error.into_inner().to_string(),
                ))
            }
        }
    }
}

fn parse_json<T: DeserializeOwned>(location: &str, name: &str, raw: &str) -> Result<T, Problem> {
    super::values::validating_request(|| serde_json::from_str(raw))
        .map_err(|error| Problem::invalid(location, name, format!("invalid JSON: {error}")))
}

/// Decodes a JSON document, naming the field at fault (`entries[0].id`) in the problem.
#[doc(hidden)]
pub fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Problem> {
    // The depth never exceeds the number of opening brackets, and counting them is a fast
    // (vectorised) pass: the byte-by-byte scan only runs for bodies that could be too deep.
    let openings = bytes
        .iter()
        .filter(|&&byte| byte == b'[' || byte == b'{')
        .count();
    if openings > MAX_JSON_DEPTH && nesting_depth(bytes) > MAX_JSON_DEPTH {
        let reason = format!("nested deeper than {MAX_JSON_DEPTH} levels");
        let mut problem = Problem::new(
            StatusCode::BAD_REQUEST,
            format!("invalid JSON body: {reason}"),
        );
        problem.invalid_params.push(InvalidParam {
            name: "body".to_string(),
            location: "body".to_string(),
            reason,
        });
        return Err(problem);
    }
    // Tracking the path costs a wrapper around every value, so it runs only to explain an error.
    // A request holds only the enum values the schema lists.
    if let Ok(value) = super::values::validating_request(|| serde_json::from_slice(bytes)) {
        return Ok(value);
    }
    let deserializer = &mut serde_json::Deserializer::from_slice(bytes);
    super::values::validating_request(|| serde_path_to_error::deserialize(deserializer)).map_err(
        |error| {
            let path = error.path().to_string();
            // The root (`.`) or no path at all (`?`, a syntax error) is the body itself.
            let name = if path == "." || path == "?" {
                "body".to_string()
            } else {
                path
            };
            let reason = error.into_inner().to_string();
            let mut problem = Problem::new(
                StatusCode::BAD_REQUEST,
                format!("invalid JSON body at `{name}`: {reason}"),
            );
            problem.invalid_params.push(InvalidParam {
                name,
                location: "body".to_string(),
                reason,
            });
            problem
        },
    )
}

/// How deep a JSON body may nest. Each level of a recursive model costs a deserializer frame (a
/// large one for big structs in debug builds); serde_json's own limit of 128 can still exhaust a
/// 2 MiB worker stack, and a stack overflow aborts the whole server, so the router refuses deeper
/// bodies up front.
#[doc(hidden)]
pub const MAX_JSON_DEPTH: usize = 48;

/// The deepest nesting of arrays and objects in a JSON text (outside strings).
fn nesting_depth(bytes: &[u8]) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &byte in bytes {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Credentials found by one of the operation's schemes, or a 401 with the challenges.
#[doc(hidden)]
pub fn require_credentials<T>(credentials: Option<T>, challenges: &[&str]) -> Result<T, Problem> {
    credentials
        .ok_or_else(|| Problem::unauthorized("this operation requires credentials", challenges))
}

/// The parts of a `multipart/form-data` body, by name in arrival order.
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct FormData {
    parts: Vec<super::values::FormPart>,
}

impl FormData {
    pub fn push(&mut self, part: super::values::FormPart) {
        self.parts.push(part);
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Bytes> + 'a {
        self.parts
            .iter()
            .filter(move |part| part.name == name)
            .map(|part| &part.data)
    }

    /// Every part, for a body whose schema does not name them.
    pub fn parts(
        &self,
        _name: &'static str,
    ) -> Result<Found<Vec<super::values::FormPart>>, Problem> {
        Ok(Found {
            value: Some(self.parts.clone()),
            location: "body",
            name: "body",
        })
    }

    fn one<'a>(&'a self, name: &'a str) -> Result<Option<&'a Bytes>, Problem> {
        let mut parts = self.all(name);
        let first = parts.next();
        if parts.next().is_some() {
            return Err(Problem::invalid("body", name, "part given more than once"));
        }
        Ok(first)
    }

    fn text_of<'a>(name: &str, data: &'a Bytes) -> Result<&'a str, Problem> {
        std::str::from_utf8(data)
            .map_err(|_| Problem::invalid("body", name, "part is not UTF-8 text"))
    }

    pub fn text<T: FromStr>(&self, name: &'static str) -> Result<Found<T>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        let value = self
            .one(name)?
            .map(|data| parse_scalar("body", name, Self::text_of(name, data)?))
            .transpose()?;
        Ok(Found {
            value,
            location: "body",
            name,
        })
    }

    pub fn file(&self, name: &'static str) -> Result<Found<Bytes>, Problem> {
        Ok(Found {
            value: self.one(name)?.cloned(),
            location: "body",
            name,
        })
    }

    pub fn json<T: DeserializeOwned>(&self, name: &'static str) -> Result<Found<T>, Problem> {
        let value = self
            .one(name)?
            .map(|data| decode_part(name, data))
            .transpose()?;
        Ok(Found {
            value,
            location: "body",
            name,
        })
    }

    /// Each item a part of the same name, as text.
    pub fn text_array<T: FromStr>(&self, name: &'static str) -> Result<Found<Vec<T>>, Problem>
    where
        T::Err: std::fmt::Display,
    {
        let values: Vec<T> = self
            .all(name)
            .map(|data| parse_scalar("body", name, Self::text_of(name, data)?))
            .collect::<Result<_, _>>()?;
        Ok(Found {
            value: (!values.is_empty()).then_some(values),
            location: "body",
            name,
        })
    }

    /// An array of objects: one part per item, each holding the item's JSON (OpenAPI 3.0's
    /// encoding of form arrays, which mainstream generators send). A part holding a JSON array
    /// of items is also accepted (an older form of this runtime's client); its items join the
    /// others in order.
    pub fn json_array<T: DeserializeOwned>(
        &self,
        name: &'static str,
    ) -> Result<Found<Vec<T>>, Problem> {
        let mut values: Option<Vec<T>> = None;
        for data in self.all(name) {
            let items = values.get_or_insert_with(Vec::new);
            let is_array = data.iter().find(|byte| !byte.is_ascii_whitespace()) == Some(&b'[');
            // An item that is itself an array (`[[..]]` items) reads as one item when the part
            // is not an array of such items.
            match is_array.then(|| decode_part::<Vec<T>>(name, data)) {
                Some(Ok(several)) => items.extend(several),
                Some(Err(problem)) => items.push(decode_part(name, data).map_err(|_| problem)?),
                None => items.push(decode_part(name, data)?),
            }
        }
        Ok(Found {
            value: values,
            location: "body",
            name,
        })
    }
}

fn decode_part<T: DeserializeOwned>(name: &str, data: &[u8]) -> Result<T, Problem> {
    decode_json(data).map_err(|mut problem| {
        for param in &mut problem.invalid_params {
            param.name = match param.name.as_str() {
                "body" => name.to_string(),
                path if path.starts_with('[') => format!("{name}{path}"),
                path => format!("{name}.{path}"),
            };
        }
        problem
    })
}

/// A body read by generated code (multipart), as a [`Found`].
#[doc(hidden)]
pub fn found_body<T>(value: Option<T>) -> Found<T> {
    Found {
        value,
        location: "body",
        name: "body",
    }
}

/// A multipart reading failure (broken framing, over the body limit) as a problem.
#[doc(hidden)]
pub fn multipart_problem(status: StatusCode, reason: String) -> Problem {
    let status = if status.is_client_error() {
        status
    } else {
        StatusCode::BAD_REQUEST
    };
    Problem::new(status, format!("malformed multipart body: {reason}"))
}

/// The numeric status of a documented response.
#[doc(hidden)]
pub fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

fn reply_bytes(status: StatusCode, content_type: &'static str, body: Bytes) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    // A documented range (`text/*`, `*/*`) names no type to send; the most general one of it is.
    let content_type = match content_type {
        "text/*" => "text/plain",
        range if range.ends_with("/*") => "application/octet-stream",
        concrete => concrete,
    };
    // `from_static` shares the text instead of copying it; it panics on what this check refuses.
    let content_type = if content_type
        .bytes()
        .all(|byte| (32..127).contains(&byte) || byte == b'\t')
    {
        HeaderValue::from_static(content_type)
    } else {
        HeaderValue::from_static("application/octet-stream")
    };
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, content_type);
    response
}

/// A response with no body.
#[doc(hidden)]
pub fn reply_empty(status: StatusCode) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response
}

/// Writes a documented response header, when it has a value. A value that cannot be a header (a
/// line break, a control character) is not written: the implementation produced it, and sending
/// it would let it forge other headers.
#[doc(hidden)]
pub fn put_header<T>(
    headers: &mut HeaderMap,
    name: &'static str,
    value: Option<&T>,
    text: fn(&T) -> Option<String>,
) {
    let Some(text) = value.and_then(text) else {
        return;
    };
    if let (Ok(name), Ok(value)) = (
        header::HeaderName::try_from(name),
        HeaderValue::try_from(text),
    ) {
        headers.append(name, value);
    }
}

/// A response with its documented headers written by `write`.
#[doc(hidden)]
pub fn with_headers<H>(
    mut response: Response,
    headers: &H,
    write: fn(&H, &mut HeaderMap),
) -> Response {
    write(headers, response.headers_mut());
    response
}

/// How documented response header values are written; the inverse of the client's reading.
/// `None` is a value with no text form, which is not written.
#[doc(hidden)]
pub mod text {
    use std::fmt::Display;
    use std::time::SystemTime;

    use serde::Serialize;

    /// A value's text form (`Display`).
    pub fn scalar<T: Display>(value: &T) -> Option<String> {
        Some(value.to_string())
    }

    /// A list, comma-separated (the `simple` style).
    #[allow(clippy::ptr_arg)] // a `fn(&T)` over the field's type, which is a `Vec`
    pub fn csv<T: Display>(values: &Vec<T>) -> Option<String> {
        Some(
            values
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(","),
        )
    }

    /// An RFC 3339 date-time: its serde form (chrono's `Display` is not RFC 3339).
    pub fn date_time<T: Serialize>(value: &T) -> Option<String> {
        match serde_json::to_value(value) {
            Ok(serde_json::Value::String(text)) => Some(text),
            _ => None,
        }
    }

    /// An HTTP-date (IMF-fixdate).
    pub fn http_date<T: Clone + Into<SystemTime>>(value: &T) -> Option<String> {
        Some(super::super::values::http_date(value.clone().into()))
    }
}

/// A JSON body under the documented media type (which may not be a JSON one).
#[doc(hidden)]
pub fn reply_json<T: Serialize>(
    status: StatusCode,
    content_type: &'static str,
    body: T,
) -> Response {
    match serde_json::to_vec(&body) {
        Ok(bytes) => reply_bytes(status, content_type, Bytes::from(bytes)),
        Err(error) => Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot encode the response: {error}"),
        )
        .into_response(),
    }
}

#[doc(hidden)]
pub fn reply_binary(status: StatusCode, content_type: &'static str, body: Bytes) -> Response {
    reply_bytes(status, content_type, body)
}

#[doc(hidden)]
pub fn reply_text(status: StatusCode, content_type: &'static str, body: String) -> Response {
    reply_bytes(status, content_type, Bytes::from(body))
}

/// A form read again with numbers and booleans as such: every form value is text, and a model that
/// keeps unknown properties reads its fields through serde's buffering, where the text `3` is not
/// an integer. `None` when that does not decode either (the first error is then reported).
fn form_with_scalars<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(bytes).ok()?;
    let object = pairs
        .into_iter()
        .map(|(name, text)| {
            let value = match text.as_str() {
                "true" => serde_json::Value::Bool(true),
                "false" => serde_json::Value::Bool(false),
                _ => text
                    .parse::<serde_json::Number>()
                    .map_or(serde_json::Value::String(text), serde_json::Value::Number),
            };
            (name, value)
        })
        .collect::<serde_json::Map<_, _>>();
    serde_json::from_value(serde_json::Value::Object(object)).ok()
}

/// Bytes of an unread request body read and discarded after the response is decided.
const LINGER_BYTES: usize = 64 * 1024 * 1024;
/// How long reading and discarding an unread request body may take.
const LINGER_TIME: std::time::Duration = std::time::Duration::from_secs(10);

/// Lingering close: a request answered before its body was read (a 413 over the body limit, a
/// 401, a 415) has the rest of its body read and discarded, within [`LINGER_BYTES`] and
/// [`LINGER_TIME`], before the answer is sent. Otherwise the connection closes under a client
/// that writes its whole body before it reads, and it sees a broken pipe instead of the
/// problem+json answer. A client that asked `Expect: 100-continue` waits instead of sending, so
/// its body is not asked for.
async fn lingering_close(request: Request, next: axum::middleware::Next) -> Response {
    let expects_continue = request.headers().contains_key(header::EXPECT);
    let (parts, body) = request.into_parts();
    let slot = Arc::new(std::sync::Mutex::new(Some(body.into_data_stream())));
    let shared = SharedBody(Arc::clone(&slot));
    let response = next
        .run(Request::from_parts(parts, Body::from_stream(shared)))
        .await;
    let rest = slot
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take();
    if let (Some(mut rest), false) = (rest, expects_continue) {
        let discard = async {
            let mut left = LINGER_BYTES;
            while let Some(Ok(chunk)) = futures_util::StreamExt::next(&mut rest).await {
                match left.checked_sub(chunk.len()) {
                    Some(remaining) => left = remaining,
                    None => break,
                }
            }
        };
        let _ = tokio::time::timeout(LINGER_TIME, discard).await;
    }
    response
}

/// The request body as the handlers read it, while [`lingering_close`] keeps the means to read
/// what they leave.
struct SharedBody(Arc<std::sync::Mutex<Option<axum::body::BodyDataStream>>>);

impl futures_util::Stream for SharedBody {
    type Item = Result<Bytes, axum::Error>;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        let mut slot = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match slot.as_mut() {
            Some(stream) => futures_util::StreamExt::poll_next_unpin(stream, cx),
            None => std::task::Poll::Ready(None),
        }
    }
}

/// How a generated handler reads credentials: one security scheme, several required together
/// ([`AllOf`]) or the first of several alternatives ([`AnyOf`]), and which `WWW-Authenticate`
/// challenges a 401 about them names.
pub trait Scheme {
    /// What the implementation receives.
    type Credentials;

    /// The credentials the request presents, `None` when it presents none of this scheme.
    fn read(&self, cx: &Incoming) -> Result<Option<Self::Credentials>, Problem>;

    /// Appends this scheme's challenges (none for API keys).
    fn challenges(&self, out: &mut Vec<String>);
}

/// HTTP Basic, with the realm its challenge names.
pub struct BasicAuth {
    /// The realm its `WWW-Authenticate` challenge names.
    pub realm: &'static str,
}

/// `Authorization: Bearer`.
pub struct BearerAuth;

/// An API key in the named header.
pub struct HeaderKey(pub &'static str);

/// An API key in the named query parameter.
pub struct QueryKey(pub &'static str);

/// An API key in the named cookie.
pub struct CookieKey(pub &'static str);

/// Two schemes required together; their credentials as a pair.
pub struct AllOf<A, B>(pub A, pub B);

/// Two alternatives; the first one the request presents wins.
pub struct AnyOf<A, B>(pub A, pub B);

/// An alternative's credentials as a variant of the operation's credentials enum.
pub struct Map<S: Scheme, T>(pub S, pub fn(S::Credentials) -> T);

impl Scheme for BasicAuth {
    type Credentials = BasicCredentials;

    fn read(&self, cx: &Incoming) -> Result<Option<BasicCredentials>, Problem> {
        cx.basic("")
    }

    fn challenges(&self, out: &mut Vec<String>) {
        let realm = self.realm.replace('\\', "\\\\").replace('"', "\\\"");
        push_challenge(out, format!("Basic realm=\"{realm}\""));
    }
}

impl Scheme for BearerAuth {
    type Credentials = BearerToken;

    fn read(&self, cx: &Incoming) -> Result<Option<BearerToken>, Problem> {
        cx.bearer("")
    }

    fn challenges(&self, out: &mut Vec<String>) {
        push_challenge(out, "Bearer".to_string());
    }
}

impl Scheme for HeaderKey {
    type Credentials = ApiKey;

    fn read(&self, cx: &Incoming) -> Result<Option<ApiKey>, Problem> {
        cx.api_key_header(self.0)
    }

    fn challenges(&self, _: &mut Vec<String>) {}
}

impl Scheme for QueryKey {
    type Credentials = ApiKey;

    fn read(&self, cx: &Incoming) -> Result<Option<ApiKey>, Problem> {
        cx.api_key_query(self.0)
    }

    fn challenges(&self, _: &mut Vec<String>) {}
}

impl Scheme for CookieKey {
    type Credentials = ApiKey;

    fn read(&self, cx: &Incoming) -> Result<Option<ApiKey>, Problem> {
        cx.api_key_cookie(self.0)
    }

    fn challenges(&self, _: &mut Vec<String>) {}
}

impl<A: Scheme, B: Scheme> Scheme for AllOf<A, B> {
    type Credentials = (A::Credentials, B::Credentials);

    fn read(&self, cx: &Incoming) -> Result<Option<Self::Credentials>, Problem> {
        let first = self.0.read(cx)?;
        Ok(first.zip(self.1.read(cx)?))
    }

    fn challenges(&self, out: &mut Vec<String>) {
        self.0.challenges(out);
        self.1.challenges(out);
    }
}

impl<T, A: Scheme<Credentials = T>, B: Scheme<Credentials = T>> Scheme for AnyOf<A, B> {
    type Credentials = T;

    /// Both are read, so that malformed credentials of either are refused.
    fn read(&self, cx: &Incoming) -> Result<Option<T>, Problem> {
        let first = self.0.read(cx)?;
        Ok(first.or(self.1.read(cx)?))
    }

    fn challenges(&self, out: &mut Vec<String>) {
        self.0.challenges(out);
        self.1.challenges(out);
    }
}

impl<S: Scheme, T> Scheme for Map<S, T> {
    type Credentials = T;

    fn read(&self, cx: &Incoming) -> Result<Option<T>, Problem> {
        Ok(self.0.read(cx)?.map(self.1))
    }

    fn challenges(&self, out: &mut Vec<String>) {
        self.0.challenges(out);
    }
}

fn push_challenge(out: &mut Vec<String>, challenge: String) {
    if !out.contains(&challenge) {
        out.push(challenge);
    }
}

fn challenges_of(scheme: &impl Scheme) -> Vec<String> {
    let mut challenges = Vec::new();
    scheme.challenges(&mut challenges);
    challenges
}

impl Incoming {
    /// The credentials `scheme` finds, `None` when the request presents none (the operation
    /// allows anonymous requests); malformed ones are a 401 with the scheme's challenges.
    pub fn credentials<S: Scheme>(&self, scheme: &S) -> Result<Option<S::Credentials>, Problem> {
        scheme.read(self).map_err(|problem| {
            let challenges = challenges_of(scheme);
            problem.with_challenges(&challenges.iter().map(String::as_str).collect::<Vec<_>>())
        })
    }

    /// The credentials `scheme` finds, or a 401 with its challenges.
    pub fn require<S: Scheme>(&self, scheme: &S) -> Result<S::Credentials, Problem> {
        let credentials = self.credentials(scheme)?;
        let challenges = challenges_of(scheme);
        require_credentials(
            credentials,
            &challenges.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding_keeps_malformed_escapes_and_wants_utf8() {
        assert_eq!(percent_decode(PATH, "p", "a%20b%2").unwrap(), "a b%2");
        assert_eq!(percent_decode(PATH, "p", "100%").unwrap(), "100%");
        assert_eq!(percent_decode(PATH, "p", "%C3%A9").unwrap(), "é");
        let problem = percent_decode(PATH, "p", "%FF").unwrap_err();
        assert_eq!(problem.status, StatusCode::BAD_REQUEST);
        assert_eq!(problem.invalid_params[0].name, "p");
        assert_eq!(form_decode(QUERY, "q", "a+b%2B").unwrap(), "a b+");
    }

    #[test]
    fn problems_serialize_as_rfc_9457() {
        let problem = Problem::invalid("query", "limit", "`x`: not a number");
        let json = serde_json::to_value(&problem).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "type": "about:blank",
                "title": "Bad Request",
                "status": 400,
                "detail": "invalid query parameter `limit`: `x`: not a number",
                "invalid_params": [{"name": "limit", "in": "query", "reason": "`x`: not a number"}],
            })
        );
    }

    #[test]
    fn router_options_default_to_the_crates_base_path() {
        let options = RouterOptions::default();
        assert_eq!(options.base_path(), None);
        assert_eq!(options.with_base_path("/v2").base_path(), Some("/v2"));
    }

    #[test]
    fn deep_json_is_refused_before_decoding() {
        let deep = format!(
            "{}{}",
            "[".repeat(MAX_JSON_DEPTH + 1),
            "]".repeat(MAX_JSON_DEPTH + 1)
        );
        let problem = decode_json::<serde_json::Value>(deep.as_bytes()).unwrap_err();
        assert!(
            problem.detail.contains("nested deeper"),
            "{}",
            problem.detail
        );
        assert_eq!(decode_json::<Vec<u8>>(b"[1,2]").unwrap(), vec![1, 2]);
    }

    #[test]
    fn header_dates_are_written_as_http_dates() {
        let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(784_111_777);
        assert_eq!(
            text::http_date(&time).unwrap(),
            "Sun, 06 Nov 1994 08:49:37 GMT"
        );
    }
}
