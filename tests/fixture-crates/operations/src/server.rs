// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

//! axum server for Operations: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
use crate::support::multipart::read_form;
pub use crate::support::server::{
    Accepted, ApiKey, BasicCredentials, BearerToken, InvalidParam, Problem,
    RouterOptions, PROBLEM_JSON,
};

/// The `basic` security scheme.
const BASIC: rt::BasicAuth = rt::BasicAuth {
    realm: "Operations",
};

/// The `bearer` security scheme.
const BEARER: rt::BearerAuth = rt::BearerAuth;

/// The `apiKey` security scheme.
const API_KEY: rt::HeaderKey = rt::HeaderKey("X-Api-Key");

/// The `cookieKey` security scheme.
const COOKIE_KEY: rt::CookieKey = rt::CookieKey("key");

/// The credentials of an operation that accepts any of several security alternatives: the first
/// one the request presents.
#[derive(Debug, Clone)]
pub enum BearerOrApiKeyCredentials {
    /// Credentials of `bearer`.
    Bearer(BearerToken),
    /// Credentials of `apiKey`.
    ApiKey(ApiKey),
}

/// The operations tagged `items`.
///
/// Serve an implementation with [`items_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait ItemsApi: Send + Sync + 'static {
    /// Get an item
    ///
    /// Answers `GET /items/{itemId}`.
    fn get_item(
        &self,
        credentials: BasicCredentials,
        item_id: String,
        params: GetItemQuery,
        if_modified_since: Option<chrono::DateTime<chrono::Utc>>,
        session: Option<String>,
    ) -> impl Future<Output = GetItemResponse> + Send;

    /// Answers `PUT /items/{itemId}`.
    fn put_items_by_item_id(
        &self,
        credentials: BearerOrApiKeyCredentials,
        item_id: String,
        body: models::Item,
    ) -> impl Future<Output = PutItemsByItemIdResponse> + Send;
}

/// The query parameters of `getItem`, decoded.
#[derive(Debug, Clone)]
pub struct GetItemQuery {
    pub type_: String,
    pub fields: Option<Vec<String>>,
    pub tag: Option<Vec<String>>,
    /// Defaults to `10` when absent.
    pub limit: i64,
}

/// The responses of `getItem`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetItemResponse {
    /// The item.
    Ok(models::Item),
    /// Not modified.
    NotModified,
    /// Not found.
    NotFound(String),
    /// Another client error.
    Status4xx { status: StatusCode },
    /// Unexpected error.
    Default { status: StatusCode, body: models::Problem },
}

impl IntoResponse for GetItemResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::NotModified => rt::reply_empty(StatusCode::NOT_MODIFIED),
            Self::NotFound(body) => {
                rt::reply_text(StatusCode::NOT_FOUND, "text/plain", body)
            }
            Self::Status4xx { status } => rt::reply_empty(status),
            Self::Default { status, body } => {
                rt::reply_json(status, "application/problem+json", body)
            }
        }
    }
}

async fn get_item<A: ItemsApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetItemResponse, Problem> {
    let cx = Incoming::new(request, "/items/{item_id}").await?;
    let credentials = cx.require(&BASIC)?;
    let item_id: String = cx.path_scalar("item_id", "itemId")?.required()?;
    let params = GetItemQuery {
        type_: cx.query_scalar("type_", "type")?.required()?,
        fields: cx.query_csv("fields", "fields")?.optional(),
        tag: cx.query_multi("tag", "tag")?.optional(),
        limit: cx.query_scalar("limit", "limit")?.or(10),
    };
    let if_modified_since: Option<chrono::DateTime<chrono::Utc>> = cx
        .header_http_date("if_modified_since", "If-Modified-Since")?
        .optional();
    let session: Option<String> = cx.cookie_scalar("session", "session")?.optional();
    drop(cx);
    Ok(A::get_item(&api, credentials, item_id, params, if_modified_since, session).await)
}

/// The responses of ``, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PutItemsByItemIdResponse {
    /// Updated.
    Ok(models::Item),
    /// Created.
    Created(models::PutItemsByItemIdCreatedBody),
}

impl IntoResponse for PutItemsByItemIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Created(body) => {
                rt::reply_json(StatusCode::CREATED, "application/json", body)
            }
        }
    }
}

async fn put_items_by_item_id<A: ItemsApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PutItemsByItemIdResponse, Problem> {
    let cx = Incoming::new(request, "/items/{item_id}").await?;
    let credentials = cx
        .require(
            &rt::AnyOf(
                rt::Map(BEARER, BearerOrApiKeyCredentials::Bearer),
                rt::Map(API_KEY, BearerOrApiKeyCredentials::ApiKey),
            ),
        )?;
    let item_id: String = cx.path_scalar("item_id", "itemId")?.required()?;
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::put_items_by_item_id(&api, credentials, item_id, body).await)
}

fn items_routes<A: ItemsApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/items/{item_id}", rt::route(MethodFilter::GET, api, get_item::<A>))
        .route(
            "/items/{item_id}",
            rt::route(MethodFilter::PUT, api, put_items_by_item_id::<A>),
        )
}

/// Serves [`ItemsApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
pub fn items_router<A: ItemsApi>(api: A) -> Router {
    items_router_with(api, RouterOptions::default())
}

/// Serves [`ItemsApi`] as `options` say.
pub fn items_router_with<A: ItemsApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(items_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// The operations tagged `files`.
///
/// Serve an implementation with [`files_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait FilesApi: Send + Sync + 'static {
    /// Answers `PUT /items/{itemId}/file`.
    fn put_file(
        &self,
        item_id: String,
        body: Option<bytes::Bytes>,
    ) -> impl Future<Output = PutFileResponse> + Send;

    /// Answers `POST /items/{itemId}/file`.
    fn upload_form(
        &self,
        credentials: Option<ApiKey>,
        item_id: String,
        body: Option<models::UploadFormForm>,
    ) -> impl Future<Output = UploadFormResponse> + Send;
}

/// The responses of `putFile`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PutFileResponse {
    /// Stored.
    NoContent,
}

impl IntoResponse for PutFileResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn put_file<A: FilesApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PutFileResponse, Problem> {
    let cx = Incoming::new(request, "/items/{item_id}/file").await?;
    let item_id: String = cx.path_scalar("item_id", "itemId")?.required()?;
    let body = cx.body_binary("application/octet-stream").await?.optional();
    Ok(A::put_file(&api, item_id, body).await)
}

/// The responses of `uploadForm`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UploadFormResponse {
    /// Accepted.
    Accepted,
}

impl IntoResponse for UploadFormResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Accepted => rt::reply_empty(StatusCode::ACCEPTED),
        }
    }
}

async fn upload_form<A: FilesApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UploadFormResponse, Problem> {
    let cx = Incoming::new(request, "/items/{item_id}/file").await?;
    let credentials = cx.credentials(&COOKIE_KEY)?;
    let item_id: String = cx.path_scalar("item_id", "itemId")?.required()?;
    let body = rt::found_body(
            match read_form(cx, "multipart/form-data").await? {
                Some(form) => {
                    Some(models::UploadFormForm {
                        file: form.file("file")?.required()?,
                        note: form.text("note")?.optional(),
                        labels: form.text_array("labels")?.optional(),
                    })
                }
                None => None,
            },
        )
        .optional();
    Ok(A::upload_form(&api, credentials, item_id, body).await)
}

fn files_routes<A: FilesApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/items/{item_id}/file", rt::route(MethodFilter::PUT, api, put_file::<A>))
        .route(
            "/items/{item_id}/file",
            rt::route(MethodFilter::POST, api, upload_form::<A>),
        )
}

/// Serves [`FilesApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
pub fn files_router<A: FilesApi>(api: A) -> Router {
    files_router_with(api, RouterOptions::default())
}

/// Serves [`FilesApi`] as `options` say.
pub fn files_router_with<A: FilesApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(files_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// Serves every tag of the API from one implementation, with the default [`RouterOptions`].
pub fn router<A: ItemsApi + FilesApi>(api: A) -> Router {
    router_with(api, RouterOptions::default())
}

/// Serves every tag of the API from one implementation, as `options` say.
pub fn router_with<A: ItemsApi + FilesApi>(api: A, options: RouterOptions) -> Router {
    let api = Arc::new(api);
    let routes = Router::new()
        .without_v07_checks()
        .merge(items_routes(&api))
        .merge(files_routes(&api));
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
