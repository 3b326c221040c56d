// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

//! axum server for Bodies 2.0: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
    /// Answers `POST /pets`.
    fn create_pet(
        &self,
        body: models::Pet,
    ) -> impl Future<Output = CreatePetResponse> + Send;

    /// Answers `POST /login`.
    fn login(
        &self,
        body: models::LoginRequest,
    ) -> impl Future<Output = LoginResponse> + Send;

    /// Answers `GET /pets/{id}/photo`.
    fn download_photo(
        &self,
        id: String,
    ) -> impl Future<Output = DownloadPhotoResponse> + Send;

    /// Answers `PUT /pets/{id}/photo`.
    fn upload_photo(
        &self,
        id: String,
        body: models::UploadPhotoForm,
    ) -> impl Future<Output = UploadPhotoResponse> + Send;
}

/// The responses of `createPet`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CreatePetResponse {
    /// Created
    Created(models::Pet),
}

impl IntoResponse for CreatePetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => {
                rt::reply_json(StatusCode::CREATED, "application/json", body)
            }
        }
    }
}

async fn create_pet<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CreatePetResponse, Problem> {
    let cx = Incoming::new(request, "/pets").await?;
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::create_pet(&api, body).await)
}

/// The responses of `login`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum LoginResponse {
    /// Logged in
    NoContent,
}

impl IntoResponse for LoginResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn login<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<LoginResponse, Problem> {
    let cx = Incoming::new(request, "/login").await?;
    let body = cx.body_form("application/x-www-form-urlencoded").await?.required()?;
    Ok(A::login(&api, body).await)
}

/// The responses of `downloadPhoto`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DownloadPhotoResponse {
    /// The photo
    Ok(bytes::Bytes),
}

impl IntoResponse for DownloadPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_binary(StatusCode::OK, "image/png", body),
        }
    }
}

async fn download_photo<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DownloadPhotoResponse, Problem> {
    let cx = Incoming::new(request, "/pets/{id}/photo").await?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    drop(cx);
    Ok(A::download_photo(&api, id).await)
}

/// The responses of `uploadPhoto`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UploadPhotoResponse {
    /// Stored
    Ok(models::Photo),
}

impl IntoResponse for UploadPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn upload_photo<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UploadPhotoResponse, Problem> {
    let cx = Incoming::new(request, "/pets/{id}/photo").await?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    let body = rt::found_body(
            match read_form(cx, "multipart/form-data").await? {
                Some(form) => {
                    Some(models::UploadPhotoForm {
                        photo: form.file("photo")?.required()?,
                        caption: form.text("caption")?.optional(),
                    })
                }
                None => None,
            },
        )
        .required()?;
    Ok(A::upload_photo(&api, id, body).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/pets", rt::route(MethodFilter::POST, api, create_pet::<A>))
        .route("/login", rt::route(MethodFilter::POST, api, login::<A>))
        .route(
            "/pets/{id}/photo",
            rt::route(MethodFilter::GET, api, download_photo::<A>),
        )
        .route("/pets/{id}/photo", rt::route(MethodFilter::PUT, api, upload_photo::<A>))
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
