// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

//! axum server for Tag features: a trait per tag to implement, and routers that decode and validate every request before calling it.
//!
//! Bad input (a parameter that does not parse, a missing required parameter, a malformed or
//! schema-violating body, an unsupported `Content-Type`, missing credentials) is answered with an
//! RFC 9457 `application/problem+json` [`Problem`] and never reaches the implementation; so are
//! unknown paths (404), unsupported methods (405 with `Allow`) and panics (500). Optional query
//! parameters with a spec default arrive with the default applied.

#![cfg_attr(not(feature = "all-tags"), allow(dead_code, unused_imports))]

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

/// The `basicAuth` security scheme.
#[cfg(feature = "tag-users")]
const BASIC_AUTH: rt::BasicAuth = rt::BasicAuth {
    realm: "Tag features",
};

/// The operations tagged `pets`.
///
/// Serve an implementation with [`pets_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-pets")]
#[allow(clippy::too_many_arguments)]
pub trait PetsApi: Send + Sync + 'static {
    /// Answers `GET /pets`.
    fn list_pets(
        &self,
        params: ListPetsQuery,
    ) -> impl Future<Output = ListPetsResponse> + Send;
}

/// The query parameters of `listPets`, decoded.
#[cfg(feature = "tag-pets")]
#[derive(Debug, Clone)]
pub struct ListPetsQuery {
    pub label: Option<models::Label>,
}

/// The responses of `listPets`, one variant per documented status.
#[cfg(feature = "tag-pets")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ListPetsResponse {
    /// The pets.
    Ok { body: Vec<models::Pet>, headers: models::ListPetsOkHeaders },
    /// An error.
    Default { status: StatusCode, body: models::Problem },
}

#[cfg(feature = "tag-pets")]
impl IntoResponse for ListPetsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok { body, headers } => {
                rt::with_headers(
                    rt::reply_json(StatusCode::OK, "application/json", body),
                    &headers,
                    models::ListPetsOkHeaders::write,
                )
            }
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

#[cfg(feature = "tag-pets")]
async fn list_pets<A: PetsApi>(
    api: Arc<A>,
    request: Request,
) -> Result<ListPetsResponse, Problem> {
    let cx = Incoming::new(request, "/pets").await?;
    let params = ListPetsQuery {
        label: cx.query_scalar("label", "label")?.optional(),
    };
    drop(cx);
    Ok(A::list_pets(&api, params).await)
}

#[cfg(feature = "tag-pets")]
fn pets_routes<A: PetsApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/pets", rt::route(MethodFilter::GET, api, list_pets::<A>))
}

/// Serves [`PetsApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-pets")]
pub fn pets_router<A: PetsApi>(api: A) -> Router {
    pets_router_with(api, RouterOptions::default())
}

/// Serves [`PetsApi`] as `options` say.
#[cfg(feature = "tag-pets")]
pub fn pets_router_with<A: PetsApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(pets_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// The operations tagged `stores`.
///
/// Serve an implementation with [`stores_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-stores")]
#[allow(clippy::too_many_arguments)]
pub trait StoresApi: Send + Sync + 'static {
    /// Answers `GET /stores/{storeId}`.
    fn get_store(
        &self,
        store_id: String,
    ) -> impl Future<Output = GetStoreResponse> + Send;
}

/// The responses of `getStore`, one variant per documented status.
#[cfg(feature = "tag-stores")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetStoreResponse {
    /// The store.
    Ok(models::Store),
    /// An error.
    Default { status: StatusCode, body: models::Problem },
}

#[cfg(feature = "tag-stores")]
impl IntoResponse for GetStoreResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

#[cfg(feature = "tag-stores")]
async fn get_store<A: StoresApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetStoreResponse, Problem> {
    let cx = Incoming::new(request, "/stores/{store_id}").await?;
    let store_id: String = cx.path_scalar("store_id", "storeId")?.required()?;
    drop(cx);
    Ok(A::get_store(&api, store_id).await)
}

#[cfg(feature = "tag-stores")]
fn stores_routes<A: StoresApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/stores/{store_id}", rt::route(MethodFilter::GET, api, get_store::<A>))
}

/// Serves [`StoresApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-stores")]
pub fn stores_router<A: StoresApi>(api: A) -> Router {
    stores_router_with(api, RouterOptions::default())
}

/// Serves [`StoresApi`] as `options` say.
#[cfg(feature = "tag-stores")]
pub fn stores_router_with<A: StoresApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(stores_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// The operations tagged `users`.
///
/// Serve an implementation with [`users_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-users")]
#[allow(clippy::too_many_arguments)]
pub trait UsersApi: Send + Sync + 'static {
    /// Answers `POST /users`.
    fn create_user(
        &self,
        credentials: BasicCredentials,
        body: models::User,
    ) -> impl Future<Output = CreateUserResponse> + Send;
}

/// The responses of `createUser`, one variant per documented status.
#[cfg(feature = "tag-users")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CreateUserResponse {
    /// Created.
    Created(models::User),
    /// An error.
    Default { status: StatusCode, body: models::Problem },
}

#[cfg(feature = "tag-users")]
impl IntoResponse for CreateUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => {
                rt::reply_json(StatusCode::CREATED, "application/json", body)
            }
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

#[cfg(feature = "tag-users")]
async fn create_user<A: UsersApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CreateUserResponse, Problem> {
    let cx = Incoming::new(request, "/users").await?;
    let credentials = cx.require(&BASIC_AUTH)?;
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::create_user(&api, credentials, body).await)
}

#[cfg(feature = "tag-users")]
fn users_routes<A: UsersApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/users", rt::route(MethodFilter::POST, api, create_user::<A>))
}

/// Serves [`UsersApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-users")]
pub fn users_router<A: UsersApi>(api: A) -> Router {
    users_router_with(api, RouterOptions::default())
}

/// Serves [`UsersApi`] as `options` say.
#[cfg(feature = "tag-users")]
pub fn users_router_with<A: UsersApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(users_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// The operations tagged `orders`.
///
/// Serve an implementation with [`orders_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-orders")]
#[allow(clippy::too_many_arguments)]
pub trait OrdersApi: Send + Sync + 'static {
    /// Answers `GET /orders`.
    fn list_orders(&self) -> impl Future<Output = ListOrdersResponse> + Send;
}

/// The responses of `listOrders`, one variant per documented status.
#[cfg(feature = "tag-orders")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ListOrdersResponse {
    /// The orders.
    Ok(Vec<models::Order>),
    /// An error.
    Default { status: StatusCode, body: models::Problem },
}

#[cfg(feature = "tag-orders")]
impl IntoResponse for ListOrdersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

#[cfg(feature = "tag-orders")]
async fn list_orders<A: OrdersApi>(
    api: Arc<A>,
    request: Request,
) -> Result<ListOrdersResponse, Problem> {
    let cx = Incoming::new(request, "/orders").await?;
    drop(cx);
    Ok(A::list_orders(&api).await)
}

#[cfg(feature = "tag-orders")]
fn orders_routes<A: OrdersApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/orders", rt::route(MethodFilter::GET, api, list_orders::<A>))
}

/// Serves [`OrdersApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-orders")]
pub fn orders_router<A: OrdersApi>(api: A) -> Router {
    orders_router_with(api, RouterOptions::default())
}

/// Serves [`OrdersApi`] as `options` say.
#[cfg(feature = "tag-orders")]
pub fn orders_router_with<A: OrdersApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(orders_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// Serves every tag of the API from one implementation, with the default [`RouterOptions`].
#[cfg(feature = "all-tags")]
pub fn router<A: PetsApi + StoresApi + UsersApi + OrdersApi>(api: A) -> Router {
    router_with(api, RouterOptions::default())
}

/// Serves every tag of the API from one implementation, as `options` say.
#[cfg(feature = "all-tags")]
pub fn router_with<A: PetsApi + StoresApi + UsersApi + OrdersApi>(
    api: A,
    options: RouterOptions,
) -> Router {
    let api = Arc::new(api);
    let routes = Router::new()
        .without_v07_checks()
        .merge(pets_routes(&api))
        .merge(stores_routes(&api))
        .merge(users_routes(&api))
        .merge(orders_routes(&api));
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
