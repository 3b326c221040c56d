// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

//! axum server for Pieces OS Client API: Person and User: a trait per tag to implement, and routers that decode and validate every request before calling it.
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
use crate::support::websocket;
pub use crate::support::server::{
    Accepted, ApiKey, BasicCredentials, BearerToken, InvalidParam, Problem,
    RouterOptions, PROBLEM_JSON,
};

/// OAuth2 (Auth0). Only `select_user` (POST /user/select) requires it; the upstream specification leaves every flow URL empty and defines no scopes.
const AUTH0: rt::BearerAuth = rt::BearerAuth;

/// Persons known to Pieces OS: snapshot and update a person, associate or disassociate workstream summaries, and increment scores.
///
/// Serve an implementation with [`person_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait PersonApi: Send + Sync + 'static {
    /// /person/{person}/workstream_summaries/associate/{workstream_summary} [POST]
    ///
    /// This will associate a person with a workstream summary. This will do the same thing as the workstreamSummary equivalent.
    ///
    /// Answers `POST /person/{person}/workstream_summaries/associate/{workstream_summary}`.
    fn person_associate_workstream_summary(
        &self,
        person: String,
        workstream_summary: String,
    ) -> impl Future<Output = PersonAssociateWorkstreamSummaryResponse> + Send;

    /// /person/{person}/workstream_summaries/disassociate/{workstream_summary} [POST]
    ///
    /// This will enable us to disassociate an person from a workstream summary. This will do the same thing as the workstreamSummary equivalent.
    ///
    /// Answers `POST /person/{person}/workstream_summaries/disassociate/{workstream_summary}`.
    fn person_disassociate_workstream_summary(
        &self,
        person: String,
        workstream_summary: String,
    ) -> impl Future<Output = PersonDisassociateWorkstreamSummaryResponse> + Send;

    /// '/person/{person}/scores/increment' [POST]
    ///
    /// This will take in a SeededScoreIncrement and will increment the material relative to the incoming body.
    ///
    /// Answers `POST /person/{person}/scores/increment`.
    fn person_scores_increment(
        &self,
        person: String,
        body: Option<models::SeededScoreIncrement>,
    ) -> impl Future<Output = PersonScoresIncrementResponse> + Send;

    /// /person/{person} [GET]
    ///
    /// This will get a snapshot of a specific person
    ///
    /// Answers `GET /person/{person}`.
    fn person_snapshot(
        &self,
        person: String,
        params: PersonSnapshotQuery,
    ) -> impl Future<Output = PersonSnapshotResponse> + Send;

    /// /person/update [POST]
    ///
    /// This will update a specific person
    ///
    /// Answers `POST /person/update`.
    fn update_person(
        &self,
        params: UpdatePersonQuery,
        body: Option<models::Person>,
    ) -> impl Future<Output = UpdatePersonResponse> + Send;
}

/// The responses of `person_associate_workstream_summary`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PersonAssociateWorkstreamSummaryResponse {
    /// No Content
    NoContent,
    /// Internal Server Error
    InternalServerError(String),
}

impl IntoResponse for PersonAssociateWorkstreamSummaryResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
            Self::InternalServerError(body) => {
                rt::reply_text(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", body)
            }
        }
    }
}

async fn person_associate_workstream_summary<A: PersonApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PersonAssociateWorkstreamSummaryResponse, Problem> {
    let cx = Incoming::new(
            request,
            "/person/{person}/workstream_summaries/associate/{workstream_summary}",
        )
        .await?;
    let person: String = cx.path_scalar("person", "person")?.required()?;
    let workstream_summary: String = cx
        .path_scalar("workstream_summary", "workstream_summary")?
        .required()?;
    drop(cx);
    Ok(A::person_associate_workstream_summary(&api, person, workstream_summary).await)
}

/// The responses of `person_disassociate_workstream_summary`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PersonDisassociateWorkstreamSummaryResponse {
    /// No Content
    NoContent,
    /// Internal Server Error
    InternalServerError(String),
}

impl IntoResponse for PersonDisassociateWorkstreamSummaryResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
            Self::InternalServerError(body) => {
                rt::reply_text(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", body)
            }
        }
    }
}

async fn person_disassociate_workstream_summary<A: PersonApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PersonDisassociateWorkstreamSummaryResponse, Problem> {
    let cx = Incoming::new(
            request,
            "/person/{person}/workstream_summaries/disassociate/{workstream_summary}",
        )
        .await?;
    let person: String = cx.path_scalar("person", "person")?.required()?;
    let workstream_summary: String = cx
        .path_scalar("workstream_summary", "workstream_summary")?
        .required()?;
    drop(cx);
    Ok(A::person_disassociate_workstream_summary(&api, person, workstream_summary).await)
}

/// The responses of `person_scores_increment`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PersonScoresIncrementResponse {
    /// No Content
    NoContent,
    /// Internal Server Error
    InternalServerError(String),
}

impl IntoResponse for PersonScoresIncrementResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
            Self::InternalServerError(body) => {
                rt::reply_text(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", body)
            }
        }
    }
}

async fn person_scores_increment<A: PersonApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PersonScoresIncrementResponse, Problem> {
    let cx = Incoming::new(request, "/person/{person}/scores/increment").await?;
    let person: String = cx.path_scalar("person", "person")?.required()?;
    let body = cx.body_json("application/json").await?.optional();
    Ok(A::person_scores_increment(&api, person, body).await)
}

/// The query parameters of `person_snapshot`, decoded.
#[derive(Debug, Clone)]
pub struct PersonSnapshotQuery {
    /// This is a boolean that will decided if we are want to return the transferable data (default) or not(performance enhancement)
    pub transferables: Option<bool>,
}

/// The responses of `person_snapshot`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PersonSnapshotResponse {
    /// OK
    Ok(models::Person),
    /// Internal Server Error
    InternalServerError(String),
}

impl IntoResponse for PersonSnapshotResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::InternalServerError(body) => {
                rt::reply_text(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", body)
            }
        }
    }
}

async fn person_snapshot<A: PersonApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PersonSnapshotResponse, Problem> {
    let cx = Incoming::new(request, "/person/{person}").await?;
    let person: String = cx.path_scalar("person", "person")?.required()?;
    let params = PersonSnapshotQuery {
        transferables: cx.query_scalar("transferables", "transferables")?.optional(),
    };
    drop(cx);
    Ok(A::person_snapshot(&api, person, params).await)
}

/// The query parameters of `update_person`, decoded.
#[derive(Debug, Clone)]
pub struct UpdatePersonQuery {
    /// This is a boolean that will decided if we are want to return the transferable data (default) or not(performance enhancement)
    pub transferables: Option<bool>,
}

/// The responses of `update_person`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UpdatePersonResponse {
    /// OK
    Ok(models::Person),
}

impl IntoResponse for UpdatePersonResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn update_person<A: PersonApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UpdatePersonResponse, Problem> {
    let cx = Incoming::new(request, "/person/update").await?;
    let params = UpdatePersonQuery {
        transferables: cx.query_scalar("transferables", "transferables")?.optional(),
    };
    let body = cx.body_json("application/json").await?.optional();
    Ok(A::update_person(&api, params, body).await)
}

fn person_routes<A: PersonApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route(
            "/person/{person}/workstream_summaries/associate/{workstream_summary}",
            rt::route(MethodFilter::POST, api, person_associate_workstream_summary::<A>),
        )
        .route(
            "/person/{person}/workstream_summaries/disassociate/{workstream_summary}",
            rt::route(
                MethodFilter::POST,
                api,
                person_disassociate_workstream_summary::<A>,
            ),
        )
        .route(
            "/person/{person}/scores/increment",
            rt::route(MethodFilter::POST, api, person_scores_increment::<A>),
        )
        .route(
            "/person/{person}",
            rt::route(MethodFilter::GET, api, person_snapshot::<A>),
        )
        .route("/person/update", rt::route(MethodFilter::POST, api, update_person::<A>))
}

/// Serves [`PersonApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
pub fn person_router<A: PersonApi>(api: A) -> Router {
    person_router_with(api, RouterOptions::default())
}

/// Serves [`PersonApi`] as `options` say.
pub fn person_router_with<A: PersonApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(person_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// The current user of Pieces OS: snapshot, refresh, select, update, clear, stream (WebSocket), beta status, providers and vanity name.
///
/// Serve an implementation with [`user_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait UserApi: Send + Sync + 'static {
    /// /user/clear
    ///
    /// An endpoint to clear the current user.
    ///
    /// Answers `POST /user/clear`.
    fn clear_user(&self) -> impl Future<Output = ClearUserResponse> + Send;

    /// /user/refresh [GET]
    ///
    /// This will refresh a user.
    ///
    /// Answers `GET /user/refresh`.
    fn refresh_user(&self) -> impl Future<Output = RefreshUserResponse> + Send;

    /// /user/select [POST]
    ///
    /// This will select the current user.
    ///
    /// Answers `POST /user/select`.
    fn select_user(
        &self,
        credentials: BearerToken,
        body: Option<models::Auth0User>,
    ) -> impl Future<Output = SelectUserResponse> + Send;

    /// /user/stream [WS]
    ///
    /// Provides a WebSocket connection that streams user data.
    ///
    /// **WebSocket endpoint.** OpenAPI 3.0 cannot describe a WebSocket, so this is declared as a plain `GET`: clients open `/user/stream` with a WebSocket upgrade (for example `ws://localhost:1000/user/stream`). Each server-to-client text frame is one `UserProfile` JSON document (see the `x-websocket-message` extension); the `200` response documents that message type.
    ///
    /// Answers `GET /user/stream`.
    ///
    /// A WebSocket: the router upgrades the connection and sends each item of the returned stream as a JSON text frame.
    fn stream_user(
        &self,
    ) -> impl Future<
        Output = futures_util::stream::BoxStream<'static, models::UserProfile>,
    > + Send;

    /// /user/update [POST]
    ///
    /// This will update a specific user in the database.
    ///
    /// Answers `POST /user/update`.
    fn update_user(
        &self,
        body: Option<models::UserProfile>,
    ) -> impl Future<Output = UpdateUserResponse> + Send;

    /// /user/beta/status [POST]
    ///
    /// This will be an endpoint to give access or remove access immediately from a given user.(isomorphic from the given provider)
    ///
    /// Answers `POST /user/beta/status`.
    fn user_beta_status(
        &self,
        body: Option<models::UserBetaStatus>,
    ) -> impl Future<Output = UserBetaStatusResponse> + Send;

    /// Your GET endpoint
    ///
    /// This will retrieve all the users Providers that are connected to this account. If called locally. we will 501 - because it is not implemented locally yet. If called in the cloud, we will refresh && get your access tokens to access these providers.
    ///
    /// Answers `GET /user/providers`.
    fn user_providers(&self) -> impl Future<Output = UserProvidersResponse> + Send;

    /// /user [GET]
    ///
    /// This will return a snapshot of the current user. This will return our ReturnUserProfile and the user on that object is just a UserProfile and can potentially be null.
    ///
    /// Answers `GET /user`.
    fn user_snapshot(&self) -> impl Future<Output = UserSnapshotResponse> + Send;

    /// /user/update/vanity [POST]
    ///
    /// This is a local route to update your vanityname. ie mark.pieces.cloud, where "mark" is the vanityname.
    ///
    /// Answers `POST /user/update/vanity`.
    fn user_update_vanity(
        &self,
        body: Option<models::UserProfile>,
    ) -> impl Future<Output = UserUpdateVanityResponse> + Send;
}

/// The responses of `clear_user`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ClearUserResponse {
    /// No Content
    NoContent,
}

impl IntoResponse for ClearUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn clear_user<A: UserApi>(
    api: Arc<A>,
    request: Request,
) -> Result<ClearUserResponse, Problem> {
    let cx = Incoming::new(request, "/user/clear").await?;
    drop(cx);
    Ok(A::clear_user(&api).await)
}

/// The responses of `refresh_user`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum RefreshUserResponse {
    /// OK
    Ok(models::UserProfile),
    /// Internal Server Error
    InternalServerError(String),
}

impl IntoResponse for RefreshUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::InternalServerError(body) => {
                rt::reply_text(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", body)
            }
        }
    }
}

async fn refresh_user<A: UserApi>(
    api: Arc<A>,
    request: Request,
) -> Result<RefreshUserResponse, Problem> {
    let cx = Incoming::new(request, "/user/refresh").await?;
    drop(cx);
    Ok(A::refresh_user(&api).await)
}

/// The responses of `select_user`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum SelectUserResponse {
    /// OK
    Ok(models::UserProfile),
}

impl IntoResponse for SelectUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn select_user<A: UserApi>(
    api: Arc<A>,
    request: Request,
) -> Result<SelectUserResponse, Problem> {
    let cx = Incoming::new(request, "/user/select").await?;
    let credentials = cx.require(&AUTH0)?;
    let body = cx.body_json("application/json").await?.optional();
    Ok(A::select_user(&api, credentials, body).await)
}

async fn stream_user<A: UserApi>(
    api: Arc<A>,
    request: Request,
) -> Result<Response, Problem> {
    let cx = Incoming::new(request, "/user/stream").await?;
    let upgrade = websocket::upgrade(cx).await?;
    let messages = A::stream_user(&api).await;
    Ok(websocket::serve(upgrade, messages))
}

/// The responses of `update_user`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserResponse {
    /// OK
    Ok(models::UserProfile),
}

impl IntoResponse for UpdateUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn update_user<A: UserApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UpdateUserResponse, Problem> {
    let cx = Incoming::new(request, "/user/update").await?;
    let body = cx.body_json("application/json").await?.optional();
    Ok(A::update_user(&api, body).await)
}

/// The responses of `user_beta_status`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UserBetaStatusResponse {
    /// OK
    Ok(models::UserBetaStatus),
    /// Internal Server Error
    InternalServerError(String),
    /// Authentication Required, This means that you user needs to be authenticated with OS in order to change the beta status
    NetworkAuthenticationRequired(String),
}

impl IntoResponse for UserBetaStatusResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::InternalServerError(body) => {
                rt::reply_text(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", body)
            }
            Self::NetworkAuthenticationRequired(body) => {
                rt::reply_text(
                    StatusCode::NETWORK_AUTHENTICATION_REQUIRED,
                    "text/plain",
                    body,
                )
            }
        }
    }
}

async fn user_beta_status<A: UserApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UserBetaStatusResponse, Problem> {
    let cx = Incoming::new(request, "/user/beta/status").await?;
    let body = cx.body_json("application/json").await?.optional();
    Ok(A::user_beta_status(&api, body).await)
}

/// The responses of `user_providers`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UserProvidersResponse {
    /// OK
    Ok(models::ReturnedUserProfile),
    /// Internal Server Error
    InternalServerError(String),
    /// Not Implemented
    NotImplemented(String),
}

impl IntoResponse for UserProvidersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::InternalServerError(body) => {
                rt::reply_text(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", body)
            }
            Self::NotImplemented(body) => {
                rt::reply_text(StatusCode::NOT_IMPLEMENTED, "text/plain", body)
            }
        }
    }
}

async fn user_providers<A: UserApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UserProvidersResponse, Problem> {
    let cx = Incoming::new(request, "/user/providers").await?;
    drop(cx);
    Ok(A::user_providers(&api).await)
}

/// The responses of `user_snapshot`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UserSnapshotResponse {
    /// OK
    Ok(models::ReturnedUserProfile),
}

impl IntoResponse for UserSnapshotResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn user_snapshot<A: UserApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UserSnapshotResponse, Problem> {
    let cx = Incoming::new(request, "/user").await?;
    drop(cx);
    Ok(A::user_snapshot(&api).await)
}

/// The responses of `user_update_vanity`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UserUpdateVanityResponse {
    /// OK
    Ok(models::UserProfile),
    /// The original dns record was not found, please wait for cloud connectivity to fully connect.
    NotFound(String),
    /// Conflict, This means that we were unable to update the username because it was already taken.
    Conflict(String),
    /// Unable to create a username. Internal Server Error.
    InternalServerError(String),
    /// Network Authentication Required, Cannot Update the Vanityname of the user because the user is either not signed in or in not connected to the cloud.
    NetworkAuthenticationRequired(String),
}

impl IntoResponse for UserUpdateVanityResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::NotFound(body) => {
                rt::reply_text(StatusCode::NOT_FOUND, "text/plain", body)
            }
            Self::Conflict(body) => {
                rt::reply_text(StatusCode::CONFLICT, "text/plain", body)
            }
            Self::InternalServerError(body) => {
                rt::reply_text(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", body)
            }
            Self::NetworkAuthenticationRequired(body) => {
                rt::reply_text(
                    StatusCode::NETWORK_AUTHENTICATION_REQUIRED,
                    "text/plain",
                    body,
                )
            }
        }
    }
}

async fn user_update_vanity<A: UserApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UserUpdateVanityResponse, Problem> {
    let cx = Incoming::new(request, "/user/update/vanity").await?;
    let body = cx.body_json("application/json").await?.optional();
    Ok(A::user_update_vanity(&api, body).await)
}

fn user_routes<A: UserApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/user/clear", rt::route(MethodFilter::POST, api, clear_user::<A>))
        .route("/user/refresh", rt::route(MethodFilter::GET, api, refresh_user::<A>))
        .route("/user/select", rt::route(MethodFilter::POST, api, select_user::<A>))
        .route("/user/stream", rt::route(MethodFilter::GET, api, stream_user::<A>))
        .route("/user/update", rt::route(MethodFilter::POST, api, update_user::<A>))
        .route(
            "/user/beta/status",
            rt::route(MethodFilter::POST, api, user_beta_status::<A>),
        )
        .route("/user/providers", rt::route(MethodFilter::GET, api, user_providers::<A>))
        .route("/user", rt::route(MethodFilter::GET, api, user_snapshot::<A>))
        .route(
            "/user/update/vanity",
            rt::route(MethodFilter::POST, api, user_update_vanity::<A>),
        )
}

/// Serves [`UserApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
pub fn user_router<A: UserApi>(api: A) -> Router {
    user_router_with(api, RouterOptions::default())
}

/// Serves [`UserApi`] as `options` say.
pub fn user_router_with<A: UserApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(user_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// Serves every tag of the API from one implementation, with the default [`RouterOptions`].
pub fn router<A: PersonApi + UserApi>(api: A) -> Router {
    router_with(api, RouterOptions::default())
}

/// Serves every tag of the API from one implementation, as `options` say.
pub fn router_with<A: PersonApi + UserApi>(api: A, options: RouterOptions) -> Router {
    let api = Arc::new(api);
    let routes = Router::new()
        .without_v07_checks()
        .merge(person_routes(&api))
        .merge(user_routes(&api));
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
