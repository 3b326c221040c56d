// @generated from tests/fixtures/path-styles.yaml by openapi-gen; do not edit.

//! axum server for Path styles: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `GET /simple/{scalar}/{array}/{object}/{exploded}`.
    fn simple(
        &self,
        scalar: String,
        array: Vec<String>,
        object: models::Color,
        exploded: models::Color,
    ) -> impl Future<Output = SimpleResponse> + Send;

    /// Answers `GET /simple-exploded-array/{array}`.
    fn simple_exploded_array(
        &self,
        array: Vec<i32>,
    ) -> impl Future<Output = SimpleExplodedArrayResponse> + Send;

    /// Answers `GET /label/{scalar}/{array}/{exploded_array}/{object}/{exploded_object}`.
    fn label(
        &self,
        scalar: String,
        array: Vec<String>,
        exploded_array: Vec<String>,
        object: models::LabelObject,
        exploded_object: models::Color,
    ) -> impl Future<Output = LabelResponse> + Send;

    /// Answers `GET /matrix/{scalar}/{array}/{exploded_array}/{object}/{exploded_object}`.
    fn matrix(
        &self,
        scalar: String,
        array: Vec<String>,
        exploded_array: Vec<String>,
        object: models::Color,
        exploded_object: models::Color,
    ) -> impl Future<Output = MatrixResponse> + Send;

    /// A union of scalars in the path, as GitHub's `workflow_id` (an id or a file name).
    ///
    /// Answers `GET /workflows/{workflow_id}/runs`.
    fn workflow_runs(
        &self,
        workflow_id: models::WorkflowRunsWorkflowId,
        params: WorkflowRunsQuery,
    ) -> impl Future<Output = WorkflowRunsResponse> + Send;

    /// A `content`-typed path parameter, sent as JSON text.
    ///
    /// Answers `GET /documents/{filter}`.
    fn documents(
        &self,
        filter: models::Color,
    ) -> impl Future<Output = DocumentsResponse> + Send;
}

/// The responses of `simple`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum SimpleResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for SimpleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn simple<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<SimpleResponse, Problem> {
    let cx = Incoming::new(request, "/simple/{scalar}/{array}/{object}/{exploded}")
        .await?;
    let scalar: String = cx.path_scalar("scalar", "scalar")?.required()?;
    let array: Vec<String> = cx.path_csv("array", "array")?.required()?;
    let object: models::Color = cx.path_object("object", "object")?.required()?;
    let exploded: models::Color = cx
        .path_object_exploded("exploded", "exploded")?
        .required()?;
    drop(cx);
    Ok(A::simple(&api, scalar, array, object, exploded).await)
}

/// The responses of `simpleExplodedArray`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum SimpleExplodedArrayResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for SimpleExplodedArrayResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn simple_exploded_array<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<SimpleExplodedArrayResponse, Problem> {
    let cx = Incoming::new(request, "/simple-exploded-array/{array}").await?;
    let array: Vec<i32> = cx.path_csv("array", "array")?.required()?;
    drop(cx);
    Ok(A::simple_exploded_array(&api, array).await)
}

/// The responses of `label`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum LabelResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for LabelResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn label<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<LabelResponse, Problem> {
    let cx = Incoming::new(
            request,
            "/label/{scalar}/{array}/{exploded_array}/{object}/{exploded_object}",
        )
        .await?;
    let scalar: String = cx.path_label_scalar("scalar", "scalar")?.required()?;
    let array: Vec<String> = cx.path_label_array("array", "array")?.required()?;
    let exploded_array: Vec<String> = cx
        .path_label_array("exploded_array", "exploded_array")?
        .required()?;
    let object: models::LabelObject = cx
        .path_label_object("object", "object")?
        .required()?;
    let exploded_object: models::Color = cx
        .path_label_object_exploded("exploded_object", "exploded_object")?
        .required()?;
    drop(cx);
    Ok(A::label(&api, scalar, array, exploded_array, object, exploded_object).await)
}

/// The responses of `matrix`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum MatrixResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for MatrixResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn matrix<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<MatrixResponse, Problem> {
    let cx = Incoming::new(
            request,
            "/matrix/{scalar}/{array}/{exploded_array}/{object}/{exploded_object}",
        )
        .await?;
    let scalar: String = cx.path_matrix_scalar("scalar", "scalar")?.required()?;
    let array: Vec<String> = cx.path_matrix_array("array", "array")?.required()?;
    let exploded_array: Vec<String> = cx
        .path_matrix_array_exploded("exploded_array", "exploded_array")?
        .required()?;
    let object: models::Color = cx.path_matrix_object("object", "object")?.required()?;
    let exploded_object: models::Color = cx
        .path_matrix_object_exploded("exploded_object", "exploded_object")?
        .required()?;
    drop(cx);
    Ok(A::matrix(&api, scalar, array, exploded_array, object, exploded_object).await)
}

/// The query parameters of `workflowRuns`, decoded.
#[derive(Debug, Clone)]
pub struct WorkflowRunsQuery {
    pub since: Option<models::WorkflowId>,
}

/// The responses of `workflowRuns`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowRunsResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for WorkflowRunsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn workflow_runs<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<WorkflowRunsResponse, Problem> {
    let cx = Incoming::new(request, "/workflows/{workflow_id}/runs").await?;
    let workflow_id: models::WorkflowRunsWorkflowId = cx
        .path_scalar("workflow_id", "workflow_id")?
        .required()?;
    let params = WorkflowRunsQuery {
        since: cx.query_scalar("since", "since")?.optional(),
    };
    drop(cx);
    Ok(A::workflow_runs(&api, workflow_id, params).await)
}

/// The responses of `documents`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DocumentsResponse {
    /// Done.
    NoContent,
}

impl IntoResponse for DocumentsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn documents<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DocumentsResponse, Problem> {
    let cx = Incoming::new(request, "/documents/{filter}").await?;
    let filter: models::Color = cx.path_json("filter", "filter")?.required()?;
    drop(cx);
    Ok(A::documents(&api, filter).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route(
            "/simple/{scalar}/{array}/{object}/{exploded}",
            rt::route(MethodFilter::GET, api, simple::<A>),
        )
        .route(
            "/simple-exploded-array/{array}",
            rt::route(MethodFilter::GET, api, simple_exploded_array::<A>),
        )
        .route(
            "/label/{scalar}/{array}/{exploded_array}/{object}/{exploded_object}",
            rt::route(MethodFilter::GET, api, label::<A>),
        )
        .route(
            "/matrix/{scalar}/{array}/{exploded_array}/{object}/{exploded_object}",
            rt::route(MethodFilter::GET, api, matrix::<A>),
        )
        .route(
            "/workflows/{workflow_id}/runs",
            rt::route(MethodFilter::GET, api, workflow_runs::<A>),
        )
        .route("/documents/{filter}", rt::route(MethodFilter::GET, api, documents::<A>))
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
