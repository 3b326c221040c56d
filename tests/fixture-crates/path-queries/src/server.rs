// @generated from tests/fixtures/path-queries.yaml by openapi-gen; do not edit.

//! axum server for Path queries: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `GET /items/{id}`.
    fn get_item(&self, id: String) -> impl Future<Output = GetItemResponse> + Send;

    /// Answers `DELETE /items/{id}`.
    fn delete_item_beta(
        &self,
        id: String,
    ) -> impl Future<Output = DeleteItemBetaResponse> + Send;

    /// Answers `PUT /items/{itemId}`.
    fn put_item(&self, item_id: i64) -> impl Future<Output = PutItemResponse> + Send;

    /// Answers `POST /compact`.
    fn compact(&self) -> impl Future<Output = CompactResponse> + Send;
}

/// The responses of `getItem`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetItemResponse {
    /// The item
    Ok(String),
}

impl IntoResponse for GetItemResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_text(StatusCode::OK, "text/plain", body),
        }
    }
}

async fn get_item<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetItemResponse, Problem> {
    let cx = Incoming::new(request, "/items/{id}").await?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    drop(cx);
    Ok(A::get_item(&api, id).await)
}

/// The responses of `deleteItemBeta`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteItemBetaResponse {
    /// Deleted
    NoContent,
}

impl IntoResponse for DeleteItemBetaResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn delete_item_beta<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DeleteItemBetaResponse, Problem> {
    let cx = Incoming::new(request, "/items/{id}").await?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    drop(cx);
    Ok(A::delete_item_beta(&api, id).await)
}

/// The responses of `putItem`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PutItemResponse {
    /// Stored
    NoContent,
}

impl IntoResponse for PutItemResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn put_item<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PutItemResponse, Problem> {
    let cx = Incoming::new(request, "/items/{id}").await?;
    let item_id: i64 = cx.path_scalar("id", "itemId")?.required()?;
    drop(cx);
    Ok(A::put_item(&api, item_id).await)
}

/// The responses of `compact`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CompactResponse {
    /// Compacted
    NoContent,
}

impl IntoResponse for CompactResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn compact<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CompactResponse, Problem> {
    let cx = Incoming::new(request, "/compact").await?;
    drop(cx);
    Ok(A::compact(&api).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/items/{id}", rt::route(MethodFilter::GET, api, get_item::<A>))
        .route(
            "/items/{id}",
            rt::route(MethodFilter::DELETE, api, delete_item_beta::<A>),
        )
        .route("/items/{id}", rt::route(MethodFilter::PUT, api, put_item::<A>))
        .route("/compact", rt::route(MethodFilter::POST, api, compact::<A>))
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
