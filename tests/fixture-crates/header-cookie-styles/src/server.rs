// @generated from tests/fixtures/header-cookie-styles.yaml by openapi-gen; do not edit.

//! axum server for Header and cookie styles: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `GET /headers`.
    fn headers(
        &self,
        x_scalar: i64,
        x_array: Option<Vec<String>>,
        x_object: Option<models::Color>,
        x_exploded: Option<models::Color>,
        x_json: Option<models::Color>,
        x_union: Option<models::IdOrName>,
    ) -> impl Future<Output = HeadersResponse> + Send;

    /// `format: date-time` headers: HTTP's own date headers carry HTTP-dates (RFC 9110), an
    /// application's header the RFC 3339 text the format names.
    ///
    /// Answers `GET /dates`.
    fn dates(
        &self,
        if_unmodified_since: Option<chrono::DateTime<chrono::Utc>>,
        x_not_before: Option<chrono::DateTime<chrono::FixedOffset>>,
    ) -> impl Future<Output = DatesResponse> + Send;

    /// Answers `GET /cookies`.
    fn cookies(
        &self,
        session: String,
        ids: Option<Vec<i32>>,
        tag: Option<Vec<String>>,
        prefs: Option<models::Color>,
    ) -> impl Future<Output = CookiesResponse> + Send;
}

/// The responses of `headers`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum HeadersResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for HeadersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn headers<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<HeadersResponse, Problem> {
    let cx = Incoming::new(request, "/headers").await?;
    let x_scalar: i64 = cx.header_scalar("x_scalar", "X-Scalar")?.required()?;
    let x_array: Option<Vec<String>> = cx.header_csv("x_array", "X-Array")?.optional();
    let x_object: Option<models::Color> = cx
        .header_object("x_object", "X-Object")?
        .optional();
    let x_exploded: Option<models::Color> = cx
        .header_object_exploded("x_exploded", "X-Exploded")?
        .optional();
    let x_json: Option<models::Color> = cx.header_json("x_json", "X-Json")?.optional();
    let x_union: Option<models::IdOrName> = cx
        .header_scalar("x_union", "X-Union")?
        .optional();
    drop(cx);
    Ok(A::headers(&api, x_scalar, x_array, x_object, x_exploded, x_json, x_union).await)
}

/// The responses of `dates`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DatesResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for DatesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn dates<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DatesResponse, Problem> {
    let cx = Incoming::new(request, "/dates").await?;
    let if_unmodified_since: Option<chrono::DateTime<chrono::Utc>> = cx
        .header_http_date("if_unmodified_since", "If-Unmodified-Since")?
        .optional();
    let x_not_before: Option<chrono::DateTime<chrono::FixedOffset>> = cx
        .header_rfc3339("x_not_before", "X-Not-Before")?
        .optional();
    drop(cx);
    Ok(A::dates(&api, if_unmodified_since, x_not_before).await)
}

/// The responses of `cookies`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CookiesResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for CookiesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn cookies<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CookiesResponse, Problem> {
    let cx = Incoming::new(request, "/cookies").await?;
    let session: String = cx.cookie_scalar("session", "session")?.required()?;
    let ids: Option<Vec<i32>> = cx.cookie_csv("ids", "ids")?.optional();
    let tag: Option<Vec<String>> = cx.cookie_multi("tag", "tag")?.optional();
    let prefs: Option<models::Color> = cx.cookie_json("prefs", "prefs")?.optional();
    drop(cx);
    Ok(A::cookies(&api, session, ids, tag, prefs).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/headers", rt::route(MethodFilter::GET, api, headers::<A>))
        .route("/dates", rt::route(MethodFilter::GET, api, dates::<A>))
        .route("/cookies", rt::route(MethodFilter::GET, api, cookies::<A>))
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
