// @generated from tests/fixtures/response-headers.yaml by openapi-gen; do not edit.

//! axum server for Response headers: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `GET /items`.
    fn list_items(&self) -> impl Future<Output = ListItemsResponse> + Send;

    /// Answers `POST /items`.
    fn create_item(
        &self,
        body: String,
    ) -> impl Future<Output = CreateItemResponse> + Send;

    /// Answers `GET /items/{id}`.
    fn get_item(&self, id: String) -> impl Future<Output = GetItemResponse> + Send;
}

/// The responses of `listItems`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ListItemsResponse {
    /// The items.
    Ok { body: Vec<String>, headers: models::ListItemsOkHeaders },
    /// Slow down.
    TooManyRequests { headers: models::ListItemsTooManyRequestsHeaders },
}

impl IntoResponse for ListItemsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok { body, headers } => {
                rt::with_headers(
                    rt::reply_json(StatusCode::OK, "application/json", body),
                    &headers,
                    models::ListItemsOkHeaders::write,
                )
            }
            Self::TooManyRequests { headers } => {
                rt::with_headers(
                    rt::reply_empty(StatusCode::TOO_MANY_REQUESTS),
                    &headers,
                    models::ListItemsTooManyRequestsHeaders::write,
                )
            }
        }
    }
}

async fn list_items<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<ListItemsResponse, Problem> {
    let cx = Incoming::new(request, "/items").await?;
    drop(cx);
    Ok(A::list_items(&api).await)
}

/// The responses of `createItem`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CreateItemResponse {
    /// Created.
    Created { headers: models::CreateItemCreatedHeaders },
}

impl IntoResponse for CreateItemResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created { headers } => {
                rt::with_headers(
                    rt::reply_empty(StatusCode::CREATED),
                    &headers,
                    models::CreateItemCreatedHeaders::write,
                )
            }
        }
    }
}

async fn create_item<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CreateItemResponse, Problem> {
    let cx = Incoming::new(request, "/items").await?;
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::create_item(&api, body).await)
}

/// The responses of `getItem`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetItemResponse {
    /// The item.
    Ok { body: String, headers: models::GetItemOkHeaders },
    /// From a cache.
    NonAuthoritativeInformation {
        body: String,
        headers: models::GetItemNonAuthoritativeInformationHeaders,
    },
}

impl IntoResponse for GetItemResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok { body, headers } => {
                rt::with_headers(
                    rt::reply_json(StatusCode::OK, "application/json", body),
                    &headers,
                    models::GetItemOkHeaders::write,
                )
            }
            Self::NonAuthoritativeInformation { body, headers } => {
                rt::with_headers(
                    rt::reply_json(
                        StatusCode::NON_AUTHORITATIVE_INFORMATION,
                        "application/json",
                        body,
                    ),
                    &headers,
                    models::GetItemNonAuthoritativeInformationHeaders::write,
                )
            }
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

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/items", rt::route(MethodFilter::GET, api, list_items::<A>))
        .route("/items", rt::route(MethodFilter::POST, api, create_item::<A>))
        .route("/items/{id}", rt::route(MethodFilter::GET, api, get_item::<A>))
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
