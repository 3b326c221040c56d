// @generated from tests/fixtures/query-styles.yaml by openapi-gen; do not edit.

//! axum server for Query styles: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `GET /search`.
    fn search(&self, params: SearchQuery) -> impl Future<Output = SearchResponse> + Send;
}

/// The query parameters of `search`, decoded.
#[derive(Debug, Clone)]
pub struct SearchQuery {
    pub filter: Option<models::SearchFilter>,
    pub page: Option<models::Page>,
    pub ids: Option<Vec<i64>>,
    pub tags: Option<Vec<String>>,
    pub colors: Option<Vec<String>>,
    pub color: Option<models::Color>,
    pub names: Option<Vec<String>>,
    pub area: Option<models::Color>,
    pub box_: Option<models::Color>,
    pub labels: Option<Vec<String>>,
}

/// The responses of `search`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum SearchResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for SearchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn search<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<SearchResponse, Problem> {
    let cx = Incoming::new(request, "/search").await?;
    let params = SearchQuery {
        filter: cx.query_deep_object("filter", "filter")?.optional(),
        page: cx
            .query_form_object(
                "page",
                "page",
                &[
                    "filter",
                    "ids",
                    "tags",
                    "colors",
                    "color",
                    "names",
                    "area",
                    "box",
                    "labels",
                ],
            )?
            .optional(),
        ids: cx.query_space("ids", "ids")?.optional(),
        tags: cx.query_pipe("tags", "tags")?.optional(),
        colors: cx.query_multi("colors", "colors")?.optional(),
        color: cx.query_object("color", "color")?.optional(),
        names: cx.query_csv("names", "names")?.optional(),
        area: cx.query_space_object("area", "area")?.optional(),
        box_: cx.query_pipe_object("box_", "box")?.optional(),
        labels: cx.query_multi("labels", "labels")?.optional(),
    };
    drop(cx);
    Ok(A::search(&api, params).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/search", rt::route(MethodFilter::GET, api, search::<A>))
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
