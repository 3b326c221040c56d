// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

//! axum server for Alfresco Content Services REST API: People: a trait per tag to implement, and routers that decode and validate every request before calling it.
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

/// HTTP Basic Authentication
const BASIC_AUTH: rt::BasicAuth = rt::BasicAuth {
    realm: "Alfresco Content Services REST API: People",
};

/// Retrieve and manage people
///
/// Serve an implementation with [`people_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait PeopleApi: Send + Sync + 'static {
    /// List people
    ///
    /// List people.
    ///
    /// You can use the **include** parameter to return any additional information.
    ///
    /// The default sort order for the returned list is for people to be sorted by ascending id.
    /// You can override the default by using the **orderBy** parameter.
    ///
    /// You can use any of the following fields to order the results:
    /// * id
    /// * firstName
    /// * lastName
    ///
    /// Answers `GET /people`.
    fn list_people(
        &self,
        credentials: BasicCredentials,
        params: ListPeopleQuery,
    ) -> impl Future<Output = ListPeopleResponse> + Send;

    /// Create person
    ///
    /// Create a person.
    ///
    /// If applicable, the given person's login access can also be optionally disabled.
    ///
    /// You must have admin rights to create a person.
    ///
    /// You can set custom properties when you create a person:
    /// ```JSON
    /// {
    ///   "id": "abeecher",
    ///   "firstName": "Alice",
    ///   "lastName": "Beecher",
    ///   "displayName": "Alice Beecher",
    ///   "email": "abeecher@example.com",
    ///   "password": "secret",
    ///   "properties":
    ///   {
    ///     "my:property": "The value"
    ///   }
    /// }
    /// ```
    /// **Note:** setting properties of type d:content and d:category are not supported.
    ///
    /// Answers `POST /people`.
    fn create_person(
        &self,
        credentials: BasicCredentials,
        params: CreatePersonQuery,
        body: models::PersonBodyCreate,
    ) -> impl Future<Output = CreatePersonResponse> + Send;

    /// Get a person
    ///
    /// Gets information for the person **personId**.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// Answers `GET /people/{personId}`.
    fn get_person(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        params: GetPersonQuery,
    ) -> impl Future<Output = GetPersonResponse> + Send;

    /// Update person
    ///
    /// Update the given person's details.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// If applicable, the given person's login access can also be optionally disabled or re-enabled.
    ///
    /// You must have admin rights to update a person — unless updating your own details.
    ///
    /// If you are changing your password, as a non-admin user, then the existing password must also
    /// be supplied (using the oldPassword field in addition to the new password value).
    ///
    /// Admin users cannot be disabled by setting enabled to false.
    ///
    /// Non-admin users may not disable themselves.
    ///
    /// You can set custom properties when you update a person:
    /// ```JSON
    /// {
    ///   "firstName": "Alice",
    ///   "properties":
    ///   {
    ///     "my:property": "The value"
    ///   }
    /// }
    /// ```
    /// **Note:** setting properties of type d:content and d:category are not supported.
    ///
    /// Answers `PUT /people/{personId}`.
    fn update_person(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        params: UpdatePersonQuery,
        body: models::PersonBodyUpdate,
    ) -> impl Future<Output = UpdatePersonResponse> + Send;

    /// Get avatar image
    ///
    /// Gets the avatar image related to the person **personId**. If the person has no related avatar then
    /// the **placeholder** query parameter can be optionally used to request a placeholder image to be returned.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// Answers `GET /people/{personId}/avatar`.
    fn get_avatar_image(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        params: GetAvatarImageQuery,
        if_modified_since: Option<chrono::DateTime<chrono::Utc>>,
    ) -> impl Future<Output = GetAvatarImageResponse> + Send;

    /// Update avatar image
    ///
    /// Updates the avatar image related to the person **personId**.
    ///
    /// The request body should be the binary stream for the avatar image. The content type of the file
    /// should be an image file. This will be used to generate an "avatar" thumbnail rendition.
    ///
    /// You must be the person or have admin rights to update a person's avatar.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// Answers `PUT /people/{personId}/avatar`.
    fn update_avatar_image(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        body: bytes::Bytes,
    ) -> impl Future<Output = UpdateAvatarImageResponse> + Send;

    /// Delete avatar image
    ///
    /// Deletes the avatar image related to person **personId**.
    ///
    /// You must be the person or have admin rights to update a person's avatar.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// Answers `DELETE /people/{personId}/avatar`.
    fn delete_avatar_image(
        &self,
        credentials: BasicCredentials,
        person_id: String,
    ) -> impl Future<Output = DeleteAvatarImageResponse> + Send;

    /// Request password reset
    ///
    /// Initiates the reset password workflow to send an email with reset password instruction to the user's registered email.
    ///
    /// The client is mandatory in the request body. For example:
    /// ```JSON
    /// {
    ///   "client": "myClient"
    /// }
    /// ```
    /// **Note:** The client must be registered before this API can send an email. See [server documentation]. However, out-of-the-box
    /// share is registered as a default client, so you could pass **share** as the client name:
    /// ```JSON
    /// {
    ///   "client": "share"
    /// }
    /// ```
    /// **Note:** No authentication is required to call this endpoint.
    ///
    /// Answers `POST /people/{personId}/request-password-reset`.
    fn request_password_reset(
        &self,
        credentials: Option<BasicCredentials>,
        person_id: String,
        body: models::ClientBody,
    ) -> impl Future<Output = RequestPasswordResetResponse> + Send;

    /// Reset password
    ///
    /// Resets user's password
    ///
    /// The password, id and key properties are mandatory in the request body. For example:
    /// ```JSON
    /// {
    ///   "password":"newPassword",
    ///   "id":"activiti$10",
    ///   "key":"4dad6d00-0daf-413a-b200-f64af4e12345"
    /// }
    /// ```
    /// **Note:** No authentication is required to call this endpoint.
    ///
    /// Answers `POST /people/{personId}/reset-password`.
    fn reset_password(
        &self,
        credentials: Option<BasicCredentials>,
        person_id: String,
        body: models::PasswordResetBody,
    ) -> impl Future<Output = ResetPasswordResponse> + Send;
}

/// The query parameters of `list_people`, decoded.
#[derive(Debug, Clone)]
pub struct ListPeopleQuery {
    /// The number of entities that exist in the collection before those included in this list.
    /// If not supplied then the default value is 0.
    /// Defaults to `0` when absent.
    pub skip_count: i64,
    /// The maximum number of items to return in the list.
    /// If not supplied then the default value is 100.
    /// Defaults to `100` when absent.
    pub max_items: i64,
    /// A string to control the order of the entities returned in a list. You can use the **orderBy** parameter to sort the list by one or more fields.
    ///
    /// Each field has a default sort order, which is normally ascending order. Read the API method implementation notes above to check if any fields used in this method have a descending default search order.
    ///
    /// To sort the entities in a specific order, you can use the **ASC** and **DESC** keywords for any field.
    pub order_by: Option<Vec<String>>,
    /// Returns additional information about the person. The following optional fields can be requested:
    /// * properties
    /// * aspectNames
    /// * capabilities
    pub include: Option<Vec<String>>,
    /// A list of field names.
    ///
    /// You can use this parameter to restrict the fields returned within a response if, for example, you want to save on overall bandwidth.
    ///
    /// The list applies to a returned individual entity or entries within a collection.
    ///
    /// If the API method also supports the **include** parameter, then the fields specified in the **include** parameter are returned in addition to those specified in the **fields** parameter.
    pub fields: Option<Vec<String>>,
}

/// The responses of `list_people`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ListPeopleResponse {
    /// Successful response
    Ok(models::PersonPaging),
    /// Invalid parameter: value of **maxItems**, **skipCount** or **orderBy** is invalid
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// Unexpected error
    Default { status: StatusCode, body: models::Error },
}

impl IntoResponse for ListPeopleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::BadRequest => rt::reply_empty(StatusCode::BAD_REQUEST),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

async fn list_people<A: PeopleApi>(
    api: Arc<A>,
    request: Request,
) -> Result<ListPeopleResponse, Problem> {
    let cx = Incoming::new(request, "/people").await?;
    let credentials = cx.require(&BASIC_AUTH)?;
    let params = ListPeopleQuery {
        skip_count: cx.query_scalar("skip_count", "skipCount")?.or(0),
        max_items: cx.query_scalar("max_items", "maxItems")?.or(100),
        order_by: cx.query_csv("order_by", "orderBy")?.optional(),
        include: cx.query_csv("include", "include")?.optional(),
        fields: cx.query_csv("fields", "fields")?.optional(),
    };
    drop(cx);
    Ok(A::list_people(&api, credentials, params).await)
}

/// The query parameters of `create_person`, decoded.
#[derive(Debug, Clone)]
pub struct CreatePersonQuery {
    /// A list of field names.
    ///
    /// You can use this parameter to restrict the fields returned within a response if, for example, you want to save on overall bandwidth.
    ///
    /// The list applies to a returned individual entity or entries within a collection.
    ///
    /// If the API method also supports the **include** parameter, then the fields specified in the **include** parameter are returned in addition to those specified in the **fields** parameter.
    pub fields: Option<Vec<String>>,
}

/// The responses of `create_person`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CreatePersonResponse {
    /// Successful response
    Created(models::PersonEntry),
    /// Invalid parameter: **personBodyCreate** is invalid
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// Current user does not have permission to create a person
    Forbidden,
    /// Person within given *id* already exists
    Conflict,
    /// Model integrity exception
    UnprocessableEntity,
    /// Unexpected error
    Default { status: StatusCode, body: models::Error },
}

impl IntoResponse for CreatePersonResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => {
                rt::reply_json(StatusCode::CREATED, "application/json", body)
            }
            Self::BadRequest => rt::reply_empty(StatusCode::BAD_REQUEST),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::Forbidden => rt::reply_empty(StatusCode::FORBIDDEN),
            Self::Conflict => rt::reply_empty(StatusCode::CONFLICT),
            Self::UnprocessableEntity => {
                rt::reply_empty(StatusCode::UNPROCESSABLE_ENTITY)
            }
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

async fn create_person<A: PeopleApi>(
    api: Arc<A>,
    request: Request,
) -> Result<CreatePersonResponse, Problem> {
    let cx = Incoming::new(request, "/people").await?;
    let credentials = cx.require(&BASIC_AUTH)?;
    let params = CreatePersonQuery {
        fields: cx.query_csv("fields", "fields")?.optional(),
    };
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::create_person(&api, credentials, params, body).await)
}

/// The query parameters of `get_person`, decoded.
#[derive(Debug, Clone)]
pub struct GetPersonQuery {
    /// A list of field names.
    ///
    /// You can use this parameter to restrict the fields returned within a response if, for example, you want to save on overall bandwidth.
    ///
    /// The list applies to a returned individual entity or entries within a collection.
    ///
    /// If the API method also supports the **include** parameter, then the fields specified in the **include** parameter are returned in addition to those specified in the **fields** parameter.
    pub fields: Option<Vec<String>>,
}

/// The responses of `get_person`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetPersonResponse {
    /// Successful response
    Ok(models::PersonEntry),
    /// Authentication failed
    Unauthorized,
    /// **personId** does not exist
    NotFound,
    /// Unexpected error
    Default { status: StatusCode, body: models::Error },
}

impl IntoResponse for GetPersonResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

async fn get_person<A: PeopleApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetPersonResponse, Problem> {
    let cx = Incoming::new(request, "/people/{person_id}").await?;
    let credentials = cx.require(&BASIC_AUTH)?;
    let person_id: String = cx.path_scalar("person_id", "personId")?.required()?;
    let params = GetPersonQuery {
        fields: cx.query_csv("fields", "fields")?.optional(),
    };
    drop(cx);
    Ok(A::get_person(&api, credentials, person_id, params).await)
}

/// The query parameters of `update_person`, decoded.
#[derive(Debug, Clone)]
pub struct UpdatePersonQuery {
    /// A list of field names.
    ///
    /// You can use this parameter to restrict the fields returned within a response if, for example, you want to save on overall bandwidth.
    ///
    /// The list applies to a returned individual entity or entries within a collection.
    ///
    /// If the API method also supports the **include** parameter, then the fields specified in the **include** parameter are returned in addition to those specified in the **fields** parameter.
    pub fields: Option<Vec<String>>,
}

/// The responses of `update_person`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UpdatePersonResponse {
    /// Successful response
    Ok(models::PersonEntry),
    /// Invalid parameter: the update request is invalid or **personId** is not a valid format or **personBodyUpdate** is invalid
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// Current user does not have permission to update a person
    Forbidden,
    /// **personId** does not exist
    NotFound,
    /// Model integrity exception
    UnprocessableEntity,
    /// Unexpected error
    Default { status: StatusCode, body: models::Error },
}

impl IntoResponse for UpdatePersonResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::BadRequest => rt::reply_empty(StatusCode::BAD_REQUEST),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::Forbidden => rt::reply_empty(StatusCode::FORBIDDEN),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
            Self::UnprocessableEntity => {
                rt::reply_empty(StatusCode::UNPROCESSABLE_ENTITY)
            }
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

async fn update_person<A: PeopleApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UpdatePersonResponse, Problem> {
    let cx = Incoming::new(request, "/people/{person_id}").await?;
    let credentials = cx.require(&BASIC_AUTH)?;
    let person_id: String = cx.path_scalar("person_id", "personId")?.required()?;
    let params = UpdatePersonQuery {
        fields: cx.query_csv("fields", "fields")?.optional(),
    };
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::update_person(&api, credentials, person_id, params, body).await)
}

/// The query parameters of `get_avatar_image`, decoded.
#[derive(Debug, Clone)]
pub struct GetAvatarImageQuery {
    /// **true** enables a web browser to download the file as an attachment.
    /// **false** means a web browser may preview the file in a new tab or window, but not download the file.
    ///
    /// You can only set this parameter to **false** if the content type of the file is in the supported list; for example, certain image files and PDF files.
    ///
    /// If the content type is not supported for preview, then a value of **false**  is ignored, and the attachment will be returned in the response.
    /// Defaults to `true` when absent.
    pub attachment: bool,
    /// If **true** and there is no avatar for this **personId** then the placeholder image is returned, rather than a 404 response.
    /// Defaults to `true` when absent.
    pub placeholder: bool,
}

/// The responses of `get_avatar_image`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetAvatarImageResponse {
    /// Successful response
    Ok(bytes::Bytes),
    /// Content has not been modified since the date provided in the If-Modified-Since header
    NotModified,
    /// Invalid parameter: **personId** is not a valid format
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// **personId** does not exist or avatar does not exist (and no placeholder requested)
    NotFound,
    /// Unexpected error
    Default { status: StatusCode, body: models::Error },
}

impl IntoResponse for GetAvatarImageResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                rt::reply_binary(StatusCode::OK, "application/octet-stream", body)
            }
            Self::NotModified => rt::reply_empty(StatusCode::NOT_MODIFIED),
            Self::BadRequest => rt::reply_empty(StatusCode::BAD_REQUEST),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
            Self::Default { status, body } => {
                rt::reply_json(status, "application/octet-stream", body)
            }
        }
    }
}

async fn get_avatar_image<A: PeopleApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetAvatarImageResponse, Problem> {
    let cx = Incoming::new(request, "/people/{person_id}/avatar").await?;
    let credentials = cx.require(&BASIC_AUTH)?;
    let person_id: String = cx.path_scalar("person_id", "personId")?.required()?;
    let params = GetAvatarImageQuery {
        attachment: cx.query_scalar("attachment", "attachment")?.or(true),
        placeholder: cx.query_scalar("placeholder", "placeholder")?.or(true),
    };
    let if_modified_since: Option<chrono::DateTime<chrono::Utc>> = cx
        .header_http_date("if_modified_since", "If-Modified-Since")?
        .optional();
    drop(cx);
    Ok(
        A::get_avatar_image(&api, credentials, person_id, params, if_modified_since)
            .await,
    )
}

/// The responses of `update_avatar_image`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateAvatarImageResponse {
    /// Successful response
    Ok,
    /// Invalid parameter: **personId** is not a valid format or the avatar cannot be uploaded
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// Current user does not have permission to update the avatar image for **personId**
    Forbidden,
    /// **personId** does not exist
    NotFound,
    /// Content exceeds individual file size limit (configured for network/system)
    PayloadTooLarge,
    /// Renditions/thumbnails are disabled for the system
    NotImplemented,
    /// Content exceeds overall storage quota limit configured for the network/system
    InsufficientStorage,
    /// Unexpected error
    Default { status: StatusCode, body: models::Error },
}

impl IntoResponse for UpdateAvatarImageResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => rt::reply_empty(StatusCode::OK),
            Self::BadRequest => rt::reply_empty(StatusCode::BAD_REQUEST),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::Forbidden => rt::reply_empty(StatusCode::FORBIDDEN),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
            Self::PayloadTooLarge => rt::reply_empty(StatusCode::PAYLOAD_TOO_LARGE),
            Self::NotImplemented => rt::reply_empty(StatusCode::NOT_IMPLEMENTED),
            Self::InsufficientStorage => {
                rt::reply_empty(StatusCode::INSUFFICIENT_STORAGE)
            }
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

async fn update_avatar_image<A: PeopleApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UpdateAvatarImageResponse, Problem> {
    let cx = Incoming::new(request, "/people/{person_id}/avatar").await?;
    let credentials = cx.require(&BASIC_AUTH)?;
    let person_id: String = cx.path_scalar("person_id", "personId")?.required()?;
    let body = cx.body_binary("application/octet-stream").await?.required()?;
    Ok(A::update_avatar_image(&api, credentials, person_id, body).await)
}

/// The responses of `delete_avatar_image`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAvatarImageResponse {
    /// Successful response
    NoContent,
    /// Authentication failed
    Unauthorized,
    /// Current user does not have permission to delete the avatar image for **personId**
    Forbidden,
    /// **personId** does not exist
    NotFound,
    /// Unexpected error
    Default { status: StatusCode, body: models::Error },
}

impl IntoResponse for DeleteAvatarImageResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
            Self::Unauthorized => rt::reply_empty(StatusCode::UNAUTHORIZED),
            Self::Forbidden => rt::reply_empty(StatusCode::FORBIDDEN),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
            Self::Default { status, body } => {
                rt::reply_json(status, "application/json", body)
            }
        }
    }
}

async fn delete_avatar_image<A: PeopleApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DeleteAvatarImageResponse, Problem> {
    let cx = Incoming::new(request, "/people/{person_id}/avatar").await?;
    let credentials = cx.require(&BASIC_AUTH)?;
    let person_id: String = cx.path_scalar("person_id", "personId")?.required()?;
    drop(cx);
    Ok(A::delete_avatar_image(&api, credentials, person_id).await)
}

/// The responses of `request_password_reset`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum RequestPasswordResetResponse {
    /// Successful response or even when the **personId** does not exist or the user is disabled by an Administrator
    Accepted,
    /// **client** is not registered
    NotFound,
}

impl IntoResponse for RequestPasswordResetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Accepted => rt::reply_empty(StatusCode::ACCEPTED),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
        }
    }
}

async fn request_password_reset<A: PeopleApi>(
    api: Arc<A>,
    request: Request,
) -> Result<RequestPasswordResetResponse, Problem> {
    let cx = Incoming::new(request, "/people/{person_id}/request-password-reset").await?;
    let credentials = cx.credentials(&BASIC_AUTH)?;
    let person_id: String = cx.path_scalar("person_id", "personId")?.required()?;
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::request_password_reset(&api, credentials, person_id, body).await)
}

/// The responses of `reset_password`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ResetPasswordResponse {
    /// Successful response or even when no workflow instance is found with the given **id** or the workflow instance is invalid (already been used or expired) or the given **personId** does not match the person's id requesting the password reset or the given workflow **key** does not match the recovered key.
    Accepted,
    /// Invalid parameter: Value of **password**, **id** or **key** is invalid
    BadRequest,
}

impl IntoResponse for ResetPasswordResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Accepted => rt::reply_empty(StatusCode::ACCEPTED),
            Self::BadRequest => rt::reply_empty(StatusCode::BAD_REQUEST),
        }
    }
}

async fn reset_password<A: PeopleApi>(
    api: Arc<A>,
    request: Request,
) -> Result<ResetPasswordResponse, Problem> {
    let cx = Incoming::new(request, "/people/{person_id}/reset-password").await?;
    let credentials = cx.credentials(&BASIC_AUTH)?;
    let person_id: String = cx.path_scalar("person_id", "personId")?.required()?;
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::reset_password(&api, credentials, person_id, body).await)
}

fn people_routes<A: PeopleApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/people", rt::route(MethodFilter::GET, api, list_people::<A>))
        .route("/people", rt::route(MethodFilter::POST, api, create_person::<A>))
        .route("/people/{person_id}", rt::route(MethodFilter::GET, api, get_person::<A>))
        .route(
            "/people/{person_id}",
            rt::route(MethodFilter::PUT, api, update_person::<A>),
        )
        .route(
            "/people/{person_id}/avatar",
            rt::route(MethodFilter::GET, api, get_avatar_image::<A>),
        )
        .route(
            "/people/{person_id}/avatar",
            rt::route(MethodFilter::PUT, api, update_avatar_image::<A>),
        )
        .route(
            "/people/{person_id}/avatar",
            rt::route(MethodFilter::DELETE, api, delete_avatar_image::<A>),
        )
        .route(
            "/people/{person_id}/request-password-reset",
            rt::route(MethodFilter::POST, api, request_password_reset::<A>),
        )
        .route(
            "/people/{person_id}/reset-password",
            rt::route(MethodFilter::POST, api, reset_password::<A>),
        )
}

/// Serves [`PeopleApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
pub fn people_router<A: PeopleApi>(api: A) -> Router {
    people_router_with(api, RouterOptions::default())
}

/// Serves [`PeopleApi`] as `options` say.
pub fn people_router_with<A: PeopleApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(people_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// Serves every tag of the API from one implementation, with the default [`RouterOptions`].
pub fn router<A: PeopleApi>(api: A) -> Router {
    router_with(api, RouterOptions::default())
}

/// Serves every tag of the API from one implementation, as `options` say.
pub fn router_with<A: PeopleApi>(api: A, options: RouterOptions) -> Router {
    let api = Arc::new(api);
    let routes = Router::new().without_v07_checks().merge(people_routes(&api));
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
