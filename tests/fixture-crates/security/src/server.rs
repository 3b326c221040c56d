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

/// The operations tagged `default`.
///
/// Serve an implementation with [`default_api_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait DefaultApi: Send + Sync + 'static {
    /// The global requirement (an API key in a header).
    ///
    /// Sends `GET /global`.
    fn uses_global(
        &self,
        credentials: ApiKey,
    ) -> impl Future<Output = UsesGlobalResponse> + Send;

    /// No authentication (`security: []`).
    ///
    /// Sends `GET /public`.
    fn public(&self) -> impl Future<Output = PublicResponse> + Send;

    /// Either HTTP basic or a bearer token.
    ///
    /// Sends `GET /alternatives`.
    fn alternatives(
        &self,
        credentials: AlternativesCredentials,
    ) -> impl Future<Output = AlternativesResponse> + Send;

    /// An API key in the query and one in a cookie, both at once.
    ///
    /// Sends `GET /combination`.
    fn combination(
        &self,
        credentials: (ApiKey, ApiKey),
    ) -> impl Future<Output = CombinationResponse> + Send;

    /// Anonymous, or with an OAuth2 token.
    ///
    /// Sends `GET /optional`.
    fn optional(
        &self,
        credentials: Option<BearerToken>,
    ) -> impl Future<Output = OptionalResponse> + Send;

    /// OpenID Connect alone, or basic with an API key.
    ///
    /// Sends `GET /mixed`.
    fn mixed(
        &self,
        credentials: MixedCredentials,
    ) -> impl Future<Output = MixedResponse> + Send;

    /// An HTTP scheme the generator does not know; the caller supplies the header.
    ///
    /// Sends `GET /digest`.
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
            Self::NoContent => rt::reply_empty(rt::status(204)),
        }
    }
}

async fn uses_global<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UsesGlobalResponse, Problem> {
    let cx = Incoming::new(request, "/global").await?;
    let challenges: &[&str] = &[];
    let credentials = cx
        .api_key_header("X-Api-Key")
        .map_err(|problem| problem.with_challenges(challenges))?;
    let credentials = rt::require_credentials(credentials, challenges)?;
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
            Self::NoContent => rt::reply_empty(rt::status(204)),
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

/// The credentials `alternatives` accepts, one variant per security scheme.
#[derive(Debug, Clone)]
pub enum AlternativesCredentials {
    /// Credentials of `basic`.
    Basic(BasicCredentials),
    /// Credentials of `bearer`.
    Bearer(BearerToken),
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
            Self::NoContent => rt::reply_empty(rt::status(204)),
        }
    }
}

async fn alternatives<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<AlternativesResponse, Problem> {
    let cx = Incoming::new(request, "/alternatives").await?;
    let challenges: &[&str] = &["Basic realm=\"Security\"", "Bearer"];
    let credentials = cx
        .basic("")
        .map_err(|problem| problem.with_challenges(challenges))?
        .map(AlternativesCredentials::Basic)
        .or(
            cx
                .bearer("")
                .map_err(|problem| problem.with_challenges(challenges))?
                .map(AlternativesCredentials::Bearer),
        );
    let credentials = rt::require_credentials(credentials, challenges)?;
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
            Self::NoContent => rt::reply_empty(rt::status(204)),
        }
    }
}

async fn combination<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CombinationResponse, Problem> {
    let cx = Incoming::new(request, "/combination").await?;
    let challenges: &[&str] = &[];
    let credentials = cx
        .api_key_query("api_key")
        .map_err(|problem| problem.with_challenges(challenges))?
        .zip(
            cx
                .api_key_cookie("session")
                .map_err(|problem| problem.with_challenges(challenges))?,
        );
    let credentials = rt::require_credentials(credentials, challenges)?;
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
            Self::NoContent => rt::reply_empty(rt::status(204)),
        }
    }
}

async fn optional<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<OptionalResponse, Problem> {
    let cx = Incoming::new(request, "/optional").await?;
    let challenges: &[&str] = &["Bearer"];
    let credentials = cx
        .bearer("")
        .map_err(|problem| problem.with_challenges(challenges))?;
    drop(cx);
    Ok(A::optional(&api, credentials).await)
}

/// The credentials `mixed` accepts, one variant per security scheme.
#[derive(Debug, Clone)]
pub enum MixedCredentials {
    /// Credentials of `openId`.
    OpenId(BearerToken),
    /// Credentials of `basic` and `headerKey` at once.
    BasicAndHeaderKey((BasicCredentials, ApiKey)),
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
            Self::NoContent => rt::reply_empty(rt::status(204)),
        }
    }
}

async fn mixed<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<MixedResponse, Problem> {
    let cx = Incoming::new(request, "/mixed").await?;
    let challenges: &[&str] = &["Bearer", "Basic realm=\"Security\""];
    let credentials = cx
        .bearer("")
        .map_err(|problem| problem.with_challenges(challenges))?
        .map(MixedCredentials::OpenId)
        .or(
            cx
                .basic("")
                .map_err(|problem| problem.with_challenges(challenges))?
                .zip(
                    cx
                        .api_key_header("X-Api-Key")
                        .map_err(|problem| problem.with_challenges(challenges))?,
                )
                .map(MixedCredentials::BasicAndHeaderKey),
        );
    let credentials = rt::require_credentials(credentials, challenges)?;
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
            Self::NoContent => rt::reply_empty(rt::status(204)),
        }
    }
}

async fn digest<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DigestResponse, Problem> {
    let cx = Incoming::new(request, "/digest").await?;
    let challenges: &[&str] = &[];
    let credentials = cx
        .api_key_header("Authorization")
        .map_err(|problem| problem.with_challenges(challenges))?;
    let credentials = rt::require_credentials(credentials, challenges)?;
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
