// @generated from tests/fixtures/swagger2-collection-formats.yaml by openapi-gen; do not edit.

//! axum server for Collection formats 2.0: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `GET /search/{ids}`.
    fn search(
        &self,
        ids: Vec<i64>,
        params: SearchQuery,
        x_tags: Option<Vec<String>>,
    ) -> impl Future<Output = SearchResponse> + Send;
}

/// The query parameters of `search`, decoded.
#[derive(Debug, Clone)]
pub struct SearchQuery {
    pub csv: Option<Vec<String>>,
    pub ssv: Option<Vec<String>>,
    pub pipes: Option<Vec<String>>,
    pub multi: Option<Vec<String>>,
    pub flag: Option<String>,
}

/// The responses of `search`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum SearchResponse {
    /// Matches
    Ok(Vec<String>),
}

impl IntoResponse for SearchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn search<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<SearchResponse, Problem> {
    let cx = Incoming::new(request, "/search/{ids}").await?;
    let ids: Vec<i64> = cx.path_csv("ids", "ids")?.required()?;
    let params = SearchQuery {
        csv: cx.query_csv("csv", "csv")?.optional(),
        ssv: cx.query_space("ssv", "ssv")?.optional(),
        pipes: cx.query_pipe("pipes", "pipes")?.optional(),
        multi: cx.query_multi("multi", "multi")?.optional(),
        flag: cx.query_scalar("flag", "flag")?.optional(),
    };
    let x_tags: Option<Vec<String>> = cx.header_csv("x_tags", "X-Tags")?.optional();
    drop(cx);
    Ok(A::search(&api, ids, params, x_tags).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/search/{ids}", rt::route(MethodFilter::GET, api, search::<A>))
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
