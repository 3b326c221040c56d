// @generated from tests/fixtures/security.yaml by openapi-gen; do not edit.

//! axum server for Security: a trait per tag to implement, and routers that decode and validate every request before calling it.
//!
//! Bad input (a parameter that does not parse, a missing required parameter, a malformed or
//! schema-violating body, an unsupported `Content-Type`, missing credentials) is answered with an
//! RFC 9457 `application/problem+json` [`Problem`] and never reaches the implementation; so are
//! unknown paths (404), unsupported methods (405 with `Allow`) and panics (500). Optional query
//! parameters with a spec default arrive with the default applied.

use std::future::Future;
use std::sync::Arc;
use axum::extract::Request;

#[allow(unused_imports)]
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::MethodFilter;
use axum::Router;

#[allow(unused_imports)]
use crate::models;
use crate::support::server::{self as rt, Incoming};
pub use crate::support::server::{
    Accepted, ApiKey, BasicCredentials, BearerToken, InvalidParam, Problem,
    RouterOptions, PROBLEM_JSON,
};

/// An API key in a header.
const HEADER_KEY: rt::HeaderKey = rt::HeaderKey("X-Api-Key");

/// The `queryKey` security scheme.
const QUERY_KEY: rt::QueryKey = rt::QueryKey("api_key");

/// The `cookieKey` security scheme.
const COOKIE_KEY: rt::CookieKey = rt::CookieKey("session");

/// The `basic` security scheme.
const BASIC: rt::BasicAuth = rt::BasicAuth { realm: "Security" };

/// The `bearer` security scheme.
const BEARER: rt::BearerAuth = rt::BearerAuth;

/// The `digest` security scheme.
const DIGEST: rt::HeaderKey = rt::HeaderKey("Authorization");

/// The `oauth` security scheme.
const OAUTH: rt::BearerAuth = rt::BearerAuth;

/// The `openId` security scheme.
const OPEN_ID: rt::BearerAuth = rt::BearerAuth;

/// The credentials of an operation that accepts any of several security alternatives: the first
/// one the request presents.
#[derive(Debug, Clone)]
pub enum BasicOrBearerCredentials {
    /// Credentials of `basic`.
    Basic(BasicCredentials),
    /// Credentials of `bearer`.
    Bearer(BearerToken),
}

/// The credentials of an operation that accepts any of several security alternatives: the first
/// one the request presents.
#[derive(Debug, Clone)]
pub enum OpenIdOrBasicAndHeaderKeyCredentials {
    /// Credentials of `openId`.
    OpenId(BearerToken),
    /// Credentials of `basic` and `headerKey` at once.
    BasicAndHeaderKey((BasicCredentials, ApiKey)),
}

/// The operations tagged `default`.
///
/// Serve an implementation with [`default_api_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait DefaultApi: Send + Sync + 'static {
    /// The global requirement (an API key in a header).
    ///
    /// Answers `GET /global`.
    fn uses_global(
        &self,
        credentials: ApiKey,
    ) -> impl Future<Output = UsesGlobalResponse> + Send;

    /// No authentication (`security: []`).
    ///
    /// Answers `GET /public`.
    fn public(&self) -> impl Future<Output = PublicResponse> + Send;

    /// Either HTTP basic or a bearer token.
    ///
    /// Answers `GET /alternatives`.
    fn alternatives(
        &self,
        credentials: BasicOrBearerCredentials,
    ) -> impl Future<Output = AlternativesResponse> + Send;

    /// An API key in the query and one in a cookie, both at once.
    ///
    /// Answers `GET /combination`.
    fn combination(
        &self,
        credentials: (ApiKey, ApiKey),
    ) -> impl Future<Output = CombinationResponse> + Send;

    /// Anonymous, or with an OAuth2 token.
    ///
    /// Answers `GET /optional`.
    fn optional(
        &self,
        credentials: Option<BearerToken>,
    ) -> impl Future<Output = OptionalResponse> + Send;

    /// OpenID Connect alone, or basic with an API key.
    ///
    /// Answers `GET /mixed`.
    fn mixed(
        &self,
        credentials: OpenIdOrBasicAndHeaderKeyCredentials,
    ) -> impl Future<Output = MixedResponse> + Send;

    /// An HTTP scheme the generator does not know; the caller supplies the header.
    ///
    /// Answers `GET /digest`.
    fn digest(&self, credentials: ApiKey) -> impl Future<Output = DigestResponse> + Send;
}

/// The responses of `usesGlobal`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UsesGlobalResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for UsesGlobalResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn uses_global<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UsesGlobalResponse, Problem> {
    let cx = Incoming::new(request, "/global").await?;
    let credentials = cx.require(&HEADER_KEY)?;
    drop(cx);
    Ok(A::uses_global(&api, credentials).await)
}

/// The responses of `public`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PublicResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for PublicResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn public<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PublicResponse, Problem> {
    let cx = Incoming::new(request, "/public").await?;
    drop(cx);
    Ok(A::public(&api).await)
}

/// The responses of `alternatives`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum AlternativesResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for AlternativesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn alternatives<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<AlternativesResponse, Problem> {
    let cx = Incoming::new(request, "/alternatives").await?;
    let credentials = cx
        .require(
            &rt::AnyOf(
                rt::Map(BASIC, BasicOrBearerCredentials::Basic),
                rt::Map(BEARER, BasicOrBearerCredentials::Bearer),
            ),
        )?;
    drop(cx);
    Ok(A::alternatives(&api, credentials).await)
}

/// The responses of `combination`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CombinationResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for CombinationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn combination<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CombinationResponse, Problem> {
    let cx = Incoming::new(request, "/combination").await?;
    let credentials = cx.require(&rt::AllOf(QUERY_KEY, COOKIE_KEY))?;
    drop(cx);
    Ok(A::combination(&api, credentials).await)
}

/// The responses of `optional`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum OptionalResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for OptionalResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn optional<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<OptionalResponse, Problem> {
    let cx = Incoming::new(request, "/optional").await?;
    let credentials = cx.credentials(&OAUTH)?;
    drop(cx);
    Ok(A::optional(&api, credentials).await)
}

/// The responses of `mixed`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum MixedResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for MixedResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn mixed<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<MixedResponse, Problem> {
    let cx = Incoming::new(request, "/mixed").await?;
    let credentials = cx
        .require(
            &rt::AnyOf(
                rt::Map(OPEN_ID, OpenIdOrBasicAndHeaderKeyCredentials::OpenId),
                rt::Map(
                    rt::AllOf(BASIC, HEADER_KEY),
                    OpenIdOrBasicAndHeaderKeyCredentials::BasicAndHeaderKey,
                ),
            ),
        )?;
    drop(cx);
    Ok(A::mixed(&api, credentials).await)
}

/// The responses of `digest`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DigestResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for DigestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn digest<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DigestResponse, Problem> {
    let cx = Incoming::new(request, "/digest").await?;
    let credentials = cx.require(&DIGEST)?;
    drop(cx);
    Ok(A::digest(&api, credentials).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/global", rt::route(MethodFilter::GET, api, uses_global::<A>))
        .route("/public", rt::route(MethodFilter::GET, api, public::<A>))
        .route("/alternatives", rt::route(MethodFilter::GET, api, alternatives::<A>))
        .route("/combination", rt::route(MethodFilter::GET, api, combination::<A>))
        .route("/optional", rt::route(MethodFilter::GET, api, optional::<A>))
        .route("/mixed", rt::route(MethodFilter::GET, api, mixed::<A>))
        .route("/digest", rt::route(MethodFilter::GET, api, digest::<A>))
}

/// Serves [`DefaultApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
pub fn default_api_router<A: DefaultApi>(api: A) -> Router {
    default_api_router_with(api, RouterOptions::default())
}

/// Serves [`DefaultApi`] as `options` say.
pub fn default_api_router_with<A: DefaultApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(default_api_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// Serves every tag of the API from one implementation, with the default [`RouterOptions`].
pub fn router<A: DefaultApi>(api: A) -> Router {
    router_with(api, RouterOptions::default())
}

/// Serves every tag of the API from one implementation, as `options` say.
pub fn router_with<A: DefaultApi>(api: A, options: RouterOptions) -> Router {
    let api = Arc::new(api);
    let routes = Router::new().without_v07_checks().merge(default_api_routes(&api));
    rt::finish(routes, &options, DOCUMENTS, crate::BASE_PATH)
}

/// The OpenAPI document this crate was generated from, as JSON.
pub const OPENAPI_JSON: &str = include_str!("../openapi/openapi.json");

/// The OpenAPI document this crate was generated from, as YAML.
pub const OPENAPI_YAML: &str = include_str!("../openapi/openapi.yaml");

/// The API's documentation page (self-contained HTML), with a "Try it" form per operation.
pub const DOCUMENTATION_HTML: &str = include_str!("../openapi/index.html");

/// What [`RouterOptions::with_documentation`] serves, by route under the base path.
const DOCUMENTS: &[rt::Document] = &[
    rt::Document {
        route: "/openapi.json",
        media_type: "application/json",
        body: OPENAPI_JSON,
    },
    rt::Document {
        route: "/openapi.yaml",
        media_type: "application/yaml",
        body: OPENAPI_YAML,
    },
    rt::Document {
        route: "/docs",
        media_type: "text/html; charset=utf-8",
        body: DOCUMENTATION_HTML,
    },
];
