// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

//! axum server for Bodies: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// One request body in XML, JSON and text; the caller chooses.
    ///
    /// Answers `POST /notes`.
    fn create_note(
        &self,
        body: models::CreateNoteBody,
        accepted: Accepted,
    ) -> impl Future<Output = CreateNoteResponse> + Send;

    /// Answers `POST /notes/form`.
    fn submit_form(
        &self,
        body: models::NoteForm,
    ) -> impl Future<Output = SubmitFormResponse> + Send;

    /// Answers `PUT /notes/text`.
    fn put_text(&self, body: String) -> impl Future<Output = PutTextResponse> + Send;

    /// Several success statuses with different bodies.
    ///
    /// Answers `GET /notes/{id}`.
    fn get_note(&self, id: i64) -> impl Future<Output = GetNoteResponse> + Send;

    /// Answers `PATCH /notes/{id}`.
    fn patch_note(
        &self,
        id: i64,
        body: Option<models::Note>,
    ) -> impl Future<Output = PatchNoteResponse> + Send;

    /// Answers `POST /blobs`.
    fn upload_blob(
        &self,
        body: Option<bytes::Bytes>,
    ) -> impl Future<Output = UploadBlobResponse> + Send;
}

/// The responses of `createNote`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CreateNoteResponse {
    /// Created, in XML, JSON or text, as the client accepts.
    Created {
        body: models::CreateNoteCreatedBody,
        headers: models::CreateNoteCreatedHeaders,
    },
    /// A problem.
    Status4xx { status: StatusCode, body: models::Problem },
    /// A server error, as text.
    Status5xx { status: StatusCode, body: String },
}

impl IntoResponse for CreateNoteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created { body, headers } => {
                rt::with_headers(
                    body.reply(StatusCode::CREATED),
                    &headers,
                    models::CreateNoteCreatedHeaders::write,
                )
            }
            Self::Status4xx { status, body } => {
                rt::reply_json(status, "application/problem+json", body)
            }
            Self::Status5xx { status, body } => {
                rt::reply_text(status, "text/plain", body)
            }
        }
    }
}

async fn create_note<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CreateNoteResponse, Problem> {
    let cx = Incoming::new(request, "/notes").await?;
    let accepted = cx
        .accepted(
            &[
                "application/json",
                "application/problem+json",
                "application/xml",
                "text/plain",
            ],
        )?;
    let body = match cx
        .body_choice(&["application/xml", "application/json", "text/plain"])?
    {
        0 => cx.body_binary("application/xml").await?.map(models::CreateNoteBody::Xml),
        1 => cx.body_json("application/json").await?.map(models::CreateNoteBody::Json),
        _ => cx.body_text("text/plain").await?.map(models::CreateNoteBody::Text),
    }
        .required()?;
    Ok(A::create_note(&api, body, accepted).await)
}

/// The responses of `submitForm`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum SubmitFormResponse {
    /// Any success, echoing the form.
    Status2xx { status: StatusCode, body: models::NoteForm },
}

impl IntoResponse for SubmitFormResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status2xx { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

async fn submit_form<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<SubmitFormResponse, Problem> {
    let cx = Incoming::new(request, "/notes/form").await?;
    let body = cx.body_form("application/x-www-form-urlencoded").await?.required()?;
    Ok(A::submit_form(&api, body).await)
}

/// The responses of `putText`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PutTextResponse {
    /// The text back.
    Ok(String),
}

impl IntoResponse for PutTextResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_text(StatusCode::OK, "text/*", body),
        }
    }
}

async fn put_text<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PutTextResponse, Problem> {
    let cx = Incoming::new(request, "/notes/text").await?;
    let body = cx.body_text("text/plain").await?.required()?;
    Ok(A::put_text(&api, body).await)
}

/// The responses of `getNote`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetNoteResponse {
    /// The note, in a vendor JSON type.
    Ok { body: models::Note, headers: models::GetNoteOkHeaders },
    /// Still being written.
    Accepted(models::Pending),
    /// Empty note.
    NoContent,
    /// No such note.
    NotFound(models::Problem),
    /// A problem.
    Default { status: StatusCode, body: models::Problem },
}

impl IntoResponse for GetNoteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok { body, headers } => {
                rt::with_headers(
                    rt::reply_json(
                        StatusCode::OK,
                        "application/vnd.notes.v1+json",
                        body,
                    ),
                    &headers,
                    models::GetNoteOkHeaders::write,
                )
            }
            Self::Accepted(body) => {
                rt::reply_json(StatusCode::ACCEPTED, "application/json", body)
            }
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
            Self::NotFound(body) => {
                rt::reply_json(StatusCode::NOT_FOUND, "application/problem+json", body)
            }
            Self::Default { status, body } => {
                rt::reply_json(status, "application/problem+json", body)
            }
        }
    }
}

async fn get_note<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetNoteResponse, Problem> {
    let cx = Incoming::new(request, "/notes/{id}").await?;
    let id: i64 = cx.path_scalar("id", "id")?.required()?;
    drop(cx);
    Ok(A::get_note(&api, id).await)
}

/// The responses of `patchNote`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PatchNoteResponse {
    /// Anything at all.
    Ok(bytes::Bytes),
}

impl IntoResponse for PatchNoteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_binary(StatusCode::OK, "*/*", body),
        }
    }
}

async fn patch_note<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PatchNoteResponse, Problem> {
    let cx = Incoming::new(request, "/notes/{id}").await?;
    let id: i64 = cx.path_scalar("id", "id")?.required()?;
    let body = cx.body_json("application/merge-patch+json").await?.optional();
    Ok(A::patch_note(&api, id, body).await)
}

/// The responses of `uploadBlob`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UploadBlobResponse {
    /// Stored; the body is the raw bytes back.
    Created(bytes::Bytes),
}

impl IntoResponse for UploadBlobResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => {
                rt::reply_binary(StatusCode::CREATED, "application/octet-stream", body)
            }
        }
    }
}

async fn upload_blob<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UploadBlobResponse, Problem> {
    let cx = Incoming::new(request, "/blobs").await?;
    let body = cx.body_binary("*/*").await?.optional();
    Ok(A::upload_blob(&api, body).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/notes", rt::route(MethodFilter::POST, api, create_note::<A>))
        .route("/notes/form", rt::route(MethodFilter::POST, api, submit_form::<A>))
        .route("/notes/text", rt::route(MethodFilter::PUT, api, put_text::<A>))
        .route("/notes/{id}", rt::route(MethodFilter::GET, api, get_note::<A>))
        .route("/notes/{id}", rt::route(MethodFilter::PATCH, api, patch_note::<A>))
        .route("/blobs", rt::route(MethodFilter::POST, api, upload_blob::<A>))
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
