// @generated from tests/fixtures/byte-parameters.yaml by openapi-gen; do not edit.

//! axum server for Byte parameters: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `GET /blobs/{key}`.
    fn get_blob(
        &self,
        key: crate::Base64,
        params: GetBlobQuery,
        x_signature: Option<crate::Base64>,
    ) -> impl Future<Output = GetBlobResponse> + Send;
}

/// The query parameters of `getBlob`, decoded.
#[derive(Debug, Clone)]
pub struct GetBlobQuery {
    pub salt: crate::Base64,
    pub chunks: Option<Vec<crate::Base64>>,
}

/// The responses of `getBlob`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetBlobResponse {
    /// The decoded lengths and the bytes, as received
    Ok(models::Blob),
}

impl IntoResponse for GetBlobResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn get_blob<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetBlobResponse, Problem> {
    let cx = Incoming::new(request, "/blobs/{key}").await?;
    let key: crate::Base64 = cx.path_scalar("key", "key")?.required()?;
    let params = GetBlobQuery {
        salt: cx.query_scalar("salt", "salt")?.required()?,
        chunks: cx.query_csv("chunks", "chunks")?.optional(),
    };
    let x_signature: Option<crate::Base64> = cx
        .header_scalar("x_signature", "X-Signature")?
        .optional();
    drop(cx);
    Ok(A::get_blob(&api, key, params, x_signature).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/blobs/{key}", rt::route(MethodFilter::GET, api, get_blob::<A>))
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
