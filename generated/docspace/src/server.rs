// @generated from spec/docspace.yaml by openapi-gen; do not edit.

//! axum server for ONLYOFFICE DocSpace API: People / Photos: a trait per tag to implement, and routers that decode and validate every request before calling it.
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

/// DocSpace authentication token, sent as the `asc_auth_key` cookie.
const ASC_AUTH_KEY: rt::CookieKey = rt::CookieKey("asc_auth_key");

/// Photos of DocSpace users: get, upload, update and delete a user photo, and create photo thumbnails.
///
/// Serve an implementation with [`people_photos_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait PeoplePhotosApi: Send + Sync + 'static {
    /// Get a user photo
    ///
    /// Returns a photo of the user with the ID specified in the request.
    ///
    /// Answers `GET /api/2.0/people/{userid}/photo`.
    fn get_member_photo(
        &self,
        credentials: ApiKey,
        userid: String,
    ) -> impl Future<Output = GetMemberPhotoResponse> + Send;

    /// Update a user photo
    ///
    /// Updates a photo of the user with the ID specified in the request.
    ///
    /// Answers `PUT /api/2.0/people/{userid}/photo`.
    fn update_member_photo(
        &self,
        credentials: ApiKey,
        userid: String,
        body: Option<models::UpdatePhotoMemberRequest>,
    ) -> impl Future<Output = UpdateMemberPhotoResponse> + Send;

    /// Upload a user photo
    ///
    /// Uploads a photo of the user with the ID specified in the request.
    ///
    /// Answers `POST /api/2.0/people/{userid}/photo`.
    fn upload_member_photo(
        &self,
        credentials: ApiKey,
        userid: String,
        body: Option<models::UploadMemberPhotoForm>,
    ) -> impl Future<Output = UploadMemberPhotoResponse> + Send;

    /// Delete a user photo
    ///
    /// Deletes a photo of the user with the ID specified in the request.
    ///
    /// Answers `DELETE /api/2.0/people/{userid}/photo`.
    fn delete_member_photo(
        &self,
        credentials: ApiKey,
        userid: String,
    ) -> impl Future<Output = DeleteMemberPhotoResponse> + Send;

    /// Create photo thumbnails
    ///
    /// Creates photo thumbnails by coordinates of the original image specified in the request.
    ///
    /// Answers `POST /api/2.0/people/{userid}/photo/thumbnails`.
    fn create_member_photo_thumbnails(
        &self,
        credentials: ApiKey,
        userid: String,
        body: Option<models::ThumbnailsRequest>,
    ) -> impl Future<Output = CreateMemberPhotoThumbnailsResponse> + Send;
}

/// The responses of `get_member_photo`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetMemberPhotoResponse {
    /// Thumbnail parameters: original photo, retina, maximum size photo, big, medium, small
    Ok(models::ThumbnailsDataWrapper),
    /// Unauthorized
    Unauthorized,
    /// No permissions to perform this action
    Forbidden,
    /// User not found
    NotFound,
}

impl IntoResponse for GetMemberPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::Forbidden => rt::reply_empty(StatusCode::FORBIDDEN),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
        }
    }
}

async fn get_member_photo<A: PeoplePhotosApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetMemberPhotoResponse, Problem> {
    let cx = Incoming::new(request, "/api/2.0/people/{userid}/photo").await?;
    let credentials = cx.require(&ASC_AUTH_KEY)?;
    let userid: String = cx.path_scalar("userid", "userid")?.required()?;
    drop(cx);
    Ok(A::get_member_photo(&api, credentials, userid).await)
}

/// The responses of `update_member_photo`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateMemberPhotoResponse {
    /// Updated thumbnail parameters: original photo, retina, maximum size photo, big, medium, small
    Ok(models::ThumbnailsDataWrapper),
    /// Unauthorized
    Unauthorized,
    /// No permissions to perform this action
    Forbidden,
    /// User not found
    NotFound,
}

impl IntoResponse for UpdateMemberPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::Forbidden => rt::reply_empty(StatusCode::FORBIDDEN),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
        }
    }
}

async fn update_member_photo<A: PeoplePhotosApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UpdateMemberPhotoResponse, Problem> {
    let cx = Incoming::new(request, "/api/2.0/people/{userid}/photo").await?;
    let credentials = cx.require(&ASC_AUTH_KEY)?;
    let userid: String = cx.path_scalar("userid", "userid")?.required()?;
    let body = cx.body_json("application/json").await?.optional();
    Ok(A::update_member_photo(&api, credentials, userid, body).await)
}

/// The responses of `upload_member_photo`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UploadMemberPhotoResponse {
    /// Result of file uploading
    Ok(models::FileUploadResultWrapper),
    /// Unauthorized
    Unauthorized,
}

impl IntoResponse for UploadMemberPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
        }
    }
}

async fn upload_member_photo<A: PeoplePhotosApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UploadMemberPhotoResponse, Problem> {
    let cx = Incoming::new(request, "/api/2.0/people/{userid}/photo").await?;
    let credentials = cx.require(&ASC_AUTH_KEY)?;
    let userid: String = cx.path_scalar("userid", "userid")?.required()?;
    let body = rt::found_body(
            match read_form(cx, "multipart/form-data").await? {
                Some(form) => {
                    Some(models::UploadMemberPhotoForm {
                        form_collection: form.json_array("formCollection")?.optional(),
                    })
                }
                None => None,
            },
        )
        .optional();
    Ok(A::upload_member_photo(&api, credentials, userid, body).await)
}

/// The responses of `delete_member_photo`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteMemberPhotoResponse {
    /// Thumbnail parameters: original photo, retina, maximum size photo, big, medium, small
    Ok(models::ThumbnailsDataWrapper),
    /// Unauthorized
    Unauthorized,
    /// No permissions to perform this action
    Forbidden,
    /// User not found
    NotFound,
}

impl IntoResponse for DeleteMemberPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::Forbidden => rt::reply_empty(StatusCode::FORBIDDEN),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
        }
    }
}

async fn delete_member_photo<A: PeoplePhotosApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DeleteMemberPhotoResponse, Problem> {
    let cx = Incoming::new(request, "/api/2.0/people/{userid}/photo").await?;
    let credentials = cx.require(&ASC_AUTH_KEY)?;
    let userid: String = cx.path_scalar("userid", "userid")?.required()?;
    drop(cx);
    Ok(A::delete_member_photo(&api, credentials, userid).await)
}

/// The responses of `create_member_photo_thumbnails`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CreateMemberPhotoThumbnailsResponse {
    /// Thumbnail parameters
    Ok(models::ThumbnailsDataWrapper),
    /// Unauthorized
    Unauthorized,
    /// No permissions to perform this action
    Forbidden,
    /// User not found
    NotFound,
}

impl IntoResponse for CreateMemberPhotoThumbnailsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::Forbidden => rt::reply_empty(StatusCode::FORBIDDEN),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
        }
    }
}

async fn create_member_photo_thumbnails<A: PeoplePhotosApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CreateMemberPhotoThumbnailsResponse, Problem> {
    let cx = Incoming::new(request, "/api/2.0/people/{userid}/photo/thumbnails").await?;
    let credentials = cx.require(&ASC_AUTH_KEY)?;
    let userid: String = cx.path_scalar("userid", "userid")?.required()?;
    let body = cx.body_json("application/json").await?.optional();
    Ok(A::create_member_photo_thumbnails(&api, credentials, userid, body).await)
}

fn people_photos_routes<A: PeoplePhotosApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route(
            "/api/2.0/people/{userid}/photo",
            rt::route(MethodFilter::GET, api, get_member_photo::<A>),
        )
        .route(
            "/api/2.0/people/{userid}/photo",
            rt::route(MethodFilter::PUT, api, update_member_photo::<A>),
        )
        .route(
            "/api/2.0/people/{userid}/photo",
            rt::route(MethodFilter::POST, api, upload_member_photo::<A>),
        )
        .route(
            "/api/2.0/people/{userid}/photo",
            rt::route(MethodFilter::DELETE, api, delete_member_photo::<A>),
        )
        .route(
            "/api/2.0/people/{userid}/photo/thumbnails",
            rt::route(MethodFilter::POST, api, create_member_photo_thumbnails::<A>),
        )
}

/// Serves [`PeoplePhotosApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
pub fn people_photos_router<A: PeoplePhotosApi>(api: A) -> Router {
    people_photos_router_with(api, RouterOptions::default())
}

/// Serves [`PeoplePhotosApi`] as `options` say.
pub fn people_photos_router_with<A: PeoplePhotosApi>(
    api: A,
    options: RouterOptions,
) -> Router {
    rt::finish(
        people_photos_routes(&Arc::new(api)),
        &options,
        DOCUMENTS,
        crate::BASE_PATH,
    )
}

/// Serves every tag of the API from one implementation, with the default [`RouterOptions`].
pub fn router<A: PeoplePhotosApi>(api: A) -> Router {
    router_with(api, RouterOptions::default())
}

/// Serves every tag of the API from one implementation, as `options` say.
pub fn router_with<A: PeoplePhotosApi>(api: A, options: RouterOptions) -> Router {
    let api = Arc::new(api);
    let routes = Router::new().without_v07_checks().merge(people_photos_routes(&api));
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
