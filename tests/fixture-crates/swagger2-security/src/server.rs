// @generated from tests/fixtures/swagger2-security.yaml by openapi-gen; do not edit.

//! axum server for Security 2.0: a trait per tag to implement, and routers that decode and validate every request before calling it.
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

/// The `basic` security scheme.
const BASIC: rt::BasicAuth = rt::BasicAuth {
    realm: "Security 2.0",
};

/// The `headerKey` security scheme.
const HEADER_KEY: rt::HeaderKey = rt::HeaderKey("X-Api-Key");

/// The `queryKey` security scheme.
const QUERY_KEY: rt::QueryKey = rt::QueryKey("api_key");

/// The `code` security scheme.
const CODE: rt::BearerAuth = rt::BearerAuth;

/// The `implicit` security scheme.
const IMPLICIT: rt::BearerAuth = rt::BearerAuth;

/// The `password` security scheme.
const PASSWORD: rt::BearerAuth = rt::BearerAuth;

/// The `application` security scheme.
const APPLICATION: rt::BearerAuth = rt::BearerAuth;

/// The credentials of an operation that accepts any of several security alternatives: the first
/// one the request presents.
#[derive(Debug, Clone)]
pub enum HeaderKeyOrQueryKeyCredentials {
    /// Credentials of `headerKey`.
    HeaderKey(ApiKey),
    /// Credentials of `queryKey`.
    QueryKey(ApiKey),
}

/// The credentials of an operation that accepts any of several security alternatives: the first
/// one the request presents.
#[derive(Debug, Clone)]
pub enum CodeOrImplicitOrPasswordOrApplicationCredentials {
    /// Credentials of `code`.
    Code(BearerToken),
    /// Credentials of `implicit`.
    Implicit(BearerToken),
    /// Credentials of `password`.
    Password(BearerToken),
    /// Credentials of `application`.
    Application(BearerToken),
}

/// The operations tagged `default`.
///
/// Serve an implementation with [`default_api_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait DefaultApi: Send + Sync + 'static {
    /// Answers `GET /me`.
    fn me(
        &self,
        credentials: BasicCredentials,
    ) -> impl Future<Output = MeResponse> + Send;

    /// Answers `GET /keys`.
    fn keys(
        &self,
        credentials: HeaderKeyOrQueryKeyCredentials,
    ) -> impl Future<Output = KeysResponse> + Send;

    /// Answers `GET /admin`.
    fn admin(
        &self,
        credentials: CodeOrImplicitOrPasswordOrApplicationCredentials,
    ) -> impl Future<Output = AdminResponse> + Send;
}

/// The responses of `me`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum MeResponse {
    /// Me
    Ok,
}

impl IntoResponse for MeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => rt::reply_empty(StatusCode::OK),
        }
    }
}

async fn me<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<MeResponse, Problem> {
    let cx = Incoming::new(request, "/me").await?;
    let credentials = cx.require(&BASIC)?;
    drop(cx);
    Ok(A::me(&api, credentials).await)
}

/// The responses of `keys`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum KeysResponse {
    /// Keys
    Ok,
}

impl IntoResponse for KeysResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => rt::reply_empty(StatusCode::OK),
        }
    }
}

async fn keys<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<KeysResponse, Problem> {
    let cx = Incoming::new(request, "/keys").await?;
    let credentials = cx
        .require(
            &rt::AnyOf(
                rt::Map(HEADER_KEY, HeaderKeyOrQueryKeyCredentials::HeaderKey),
                rt::Map(QUERY_KEY, HeaderKeyOrQueryKeyCredentials::QueryKey),
            ),
        )?;
    drop(cx);
    Ok(A::keys(&api, credentials).await)
}

/// The responses of `admin`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum AdminResponse {
    /// Admin
    Ok,
}

impl IntoResponse for AdminResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => rt::reply_empty(StatusCode::OK),
        }
    }
}

async fn admin<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<AdminResponse, Problem> {
    let cx = Incoming::new(request, "/admin").await?;
    let credentials = cx
        .require(
            &rt::AnyOf(
                rt::AnyOf(
                    rt::AnyOf(
                        rt::Map(
                            CODE,
                            CodeOrImplicitOrPasswordOrApplicationCredentials::Code,
                        ),
                        rt::Map(
                            IMPLICIT,
                            CodeOrImplicitOrPasswordOrApplicationCredentials::Implicit,
                        ),
                    ),
                    rt::Map(
                        PASSWORD,
                        CodeOrImplicitOrPasswordOrApplicationCredentials::Password,
                    ),
                ),
                rt::Map(
                    APPLICATION,
                    CodeOrImplicitOrPasswordOrApplicationCredentials::Application,
                ),
            ),
        )?;
    drop(cx);
    Ok(A::admin(&api, credentials).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/me", rt::route(MethodFilter::GET, api, me::<A>))
        .route("/keys", rt::route(MethodFilter::GET, api, keys::<A>))
        .route("/admin", rt::route(MethodFilter::GET, api, admin::<A>))
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
