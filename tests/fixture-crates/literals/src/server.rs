// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

//! axum server for Literals: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `GET /a`.
    fn get_a(&self, params: GetAQuery) -> impl Future<Output = GetAResponse> + Send;
}

/// The query parameters of ``, decoded.
#[derive(Debug, Clone)]
pub struct GetAQuery {
    pub n: Option<i32>,
    pub f: Option<f32>,
    pub e: Option<models::GetAe>,
}

/// The responses of ``, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetAResponse {
    /// ok
    Ok,
}

impl IntoResponse for GetAResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => rt::reply_empty(StatusCode::OK),
        }
    }
}

async fn get_a<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetAResponse, Problem> {
    let cx = Incoming::new(request, "/a").await?;
    let params = GetAQuery {
        n: cx.query_scalar("n", "n")?.optional(),
        f: cx.query_scalar("f", "f")?.optional(),
        e: cx.query_scalar("e", "e")?.optional(),
    };
    drop(cx);
    Ok(A::get_a(&api, params).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/a", rt::route(MethodFilter::GET, api, get_a::<A>))
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
