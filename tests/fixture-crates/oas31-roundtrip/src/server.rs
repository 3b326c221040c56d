// @generated from tests/fixtures/oas31-roundtrip.yaml by openapi-gen; do not edit.

//! axum server for Round trip 3.1: a trait per tag to implement, and routers that decode and validate every request before calling it.
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

/// The operations tagged `default`.
///
/// Serve an implementation with [`default_api_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait DefaultApi: Send + Sync + 'static {
    /// Answers `PUT /notes`.
    fn put_note(
        &self,
        params: PutNoteQuery,
        body: models::Note,
    ) -> impl Future<Output = PutNoteResponse> + Send;

    /// Answers `POST /notes/attachment`.
    fn attach(
        &self,
        body: models::AttachForm,
    ) -> impl Future<Output = AttachResponse> + Send;
}

/// The query parameters of `putNote`, decoded.
#[derive(Debug, Clone)]
pub struct PutNoteQuery {
    pub tag: Option<Vec<String>>,
}

/// The responses of `putNote`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PutNoteResponse {
    /// The note as stored
    Ok(models::Note),
}

impl IntoResponse for PutNoteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn put_note<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PutNoteResponse, Problem> {
    let cx = Incoming::new(request, "/notes").await?;
    let params = PutNoteQuery {
        tag: cx.query_multi("tag", "tag")?.optional(),
    };
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::put_note(&api, params, body).await)
}

/// The responses of `attach`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum AttachResponse {
    /// What arrived
    Ok(models::Attachment),
}

impl IntoResponse for AttachResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn attach<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<AttachResponse, Problem> {
    let cx = Incoming::new(request, "/notes/attachment").await?;
    let body = rt::found_body(
            match read_form(cx, "multipart/form-data").await? {
                Some(form) => {
                    Some(models::AttachForm {
                        file: form.file("file")?.required()?,
                        caption: form.text("caption")?.optional(),
                    })
                }
                None => None,
            },
        )
        .required()?;
    Ok(A::attach(&api, body).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/notes", rt::route(MethodFilter::PUT, api, put_note::<A>))
        .route("/notes/attachment", rt::route(MethodFilter::POST, api, attach::<A>))
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
