// @generated from tests/fixtures/media-types.yaml by openapi-gen; do not edit.

//! axum server for Media types: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `PUT /notes`.
    fn replace_note(
        &self,
        body: Option<models::ReplaceNoteBody>,
    ) -> impl Future<Output = ReplaceNoteResponse> + Send;

    /// Answers `POST /notes`.
    fn create_note(
        &self,
        body: models::CreateNoteBody,
    ) -> impl Future<Output = CreateNoteResponse> + Send;

    /// Answers `GET /notes/{id}`.
    fn get_note(
        &self,
        id: String,
        accepted: Accepted,
    ) -> impl Future<Output = GetNoteResponse> + Send;
}

/// The responses of `replaceNote`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ReplaceNoteResponse {
    /// Replaced.
    NoContent,
}

impl IntoResponse for ReplaceNoteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn replace_note<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<ReplaceNoteResponse, Problem> {
    let cx = Incoming::new(request, "/notes").await?;
    let body = match cx.body_choice(&["application/json", "application/octet-stream"])? {
        0 => cx.body_json("application/json").await?.map(models::ReplaceNoteBody::Json),
        _ => {
            cx.body_binary("application/octet-stream")
                .await?
                .map(models::ReplaceNoteBody::Binary)
        }
    }
        .optional();
    Ok(A::replace_note(&api, body).await)
}

/// The responses of `createNote`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CreateNoteResponse {
    /// Created; the body says which media type arrived.
    Created(String),
}

impl IntoResponse for CreateNoteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => {
                rt::reply_json(StatusCode::CREATED, "application/json", body)
            }
        }
    }
}

async fn create_note<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CreateNoteResponse, Problem> {
    let cx = Incoming::new(request, "/notes").await?;
    let body = match cx
        .body_choice(
            &[
                "application/json",
                "application/vnd.notes.v2+json",
                "application/x-www-form-urlencoded",
                "application/xml",
                "text/plain",
            ],
        )?
    {
        0 => cx.body_json("application/json").await?.map(models::CreateNoteBody::Json),
        1 => {
            cx.body_json("application/vnd.notes.v2+json")
                .await?
                .map(models::CreateNoteBody::VndNotesV2Json)
        }
        2 => {
            cx.body_form("application/x-www-form-urlencoded")
                .await?
                .map(models::CreateNoteBody::Form)
        }
        3 => cx.body_binary("application/xml").await?.map(models::CreateNoteBody::Xml),
        _ => cx.body_text("text/plain").await?.map(models::CreateNoteBody::Text),
    }
        .required()?;
    Ok(A::create_note(&api, body).await)
}

/// The responses of `getNote`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetNoteResponse {
    /// The note, in the media type the client prefers.
    Ok(models::GetNoteOkBody),
    /// No such note.
    NotFound(serde_json::Map<String, serde_json::Value>),
}

impl IntoResponse for GetNoteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => body.reply(StatusCode::OK),
            Self::NotFound(body) => {
                rt::reply_json(StatusCode::NOT_FOUND, "application/problem+json", body)
            }
        }
    }
}

async fn get_note<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetNoteResponse, Problem> {
    let cx = Incoming::new(request, "/notes/{id}").await?;
    let accepted = cx
        .accepted(
            &[
                "application/json",
                "application/problem+json",
                "application/xml",
                "text/plain",
            ],
        )?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    drop(cx);
    Ok(A::get_note(&api, id, accepted).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/notes", rt::route(MethodFilter::PUT, api, replace_note::<A>))
        .route("/notes", rt::route(MethodFilter::POST, api, create_note::<A>))
        .route("/notes/{id}", rt::route(MethodFilter::GET, api, get_note::<A>))
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
