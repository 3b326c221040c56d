// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

//! axum server for Names: a trait per tag to implement, and routers that decode and validate every request before calling it.
//!
//! Bad input (a parameter that does not parse, a missing required parameter, a malformed or
//! schema-violating body, an unsupported `Content-Type`, missing credentials) is answered with an
//! RFC 9457 `application/problem+json` [`Problem`] and never reaches the implementation; so are
//! unknown paths (404), unsupported methods (405 with `Allow`) and panics (500). Optional query
//! parameters with a spec default arrive with the default applied.

#![cfg_attr(not(feature = "all-tags"), allow(dead_code, unused_imports))]

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

/// A tag with spaces and a slash.
///
/// Serve an implementation with [`admin_users_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-admin-users")]
#[allow(clippy::too_many_arguments)]
pub trait AdminUsersApi: Send + Sync + 'static {
    /// No operationId, several tags.
    ///
    /// Answers `POST /users`.
    fn post_users(
        &self,
        body: models::User,
    ) -> impl Future<Output = PostUsersResponse> + Send;

    /// Answers `GET /users/{id}`.
    fn get_user(
        &self,
        id: String,
        params: GetUserQuery,
        id3: Option<String>,
    ) -> impl Future<Output = GetUserResponse> + Send;
}

/// The responses of ``, one variant per documented status.
#[cfg(feature = "tag-admin-users")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum PostUsersResponse {
    /// Created.
    Created,
}

#[cfg(feature = "tag-admin-users")]
impl IntoResponse for PostUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created => rt::reply_empty(StatusCode::CREATED),
        }
    }
}

#[cfg(feature = "tag-admin-users")]
async fn post_users<A: AdminUsersApi>(
    api: Arc<A>,
    request: Request,
) -> Result<PostUsersResponse, Problem> {
    let cx = Incoming::new(request, "/users").await?;
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::post_users(&api, body).await)
}

/// The query parameters of `get-user`, decoded.
#[cfg(feature = "tag-admin-users")]
#[derive(Debug, Clone)]
pub struct GetUserQuery {
    /// The same name as the path parameter, in the query.
    pub id2: Option<String>,
}

/// The responses of `get-user`, one variant per documented status.
#[cfg(feature = "tag-admin-users")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetUserResponse {
    /// The user.
    Ok(models::User),
}

#[cfg(feature = "tag-admin-users")]
impl IntoResponse for GetUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

#[cfg(feature = "tag-admin-users")]
async fn get_user<A: AdminUsersApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetUserResponse, Problem> {
    let cx = Incoming::new(request, "/users/{id}").await?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    let params = GetUserQuery {
        id2: cx.query_scalar("id2", "id")?.optional(),
    };
    let id3: Option<String> = cx.header_scalar("id3", "ID")?.optional();
    drop(cx);
    Ok(A::get_user(&api, id, params, id3).await)
}

#[cfg(feature = "tag-admin-users")]
fn admin_users_routes<A: AdminUsersApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/users", rt::route(MethodFilter::POST, api, post_users::<A>))
        .route("/users/{id}", rt::route(MethodFilter::GET, api, get_user::<A>))
}

/// Serves [`AdminUsersApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-admin-users")]
pub fn admin_users_router<A: AdminUsersApi>(api: A) -> Router {
    admin_users_router_with(api, RouterOptions::default())
}

/// Serves [`AdminUsersApi`] as `options` say.
#[cfg(feature = "tag-admin-users")]
pub fn admin_users_router_with<A: AdminUsersApi>(
    api: A,
    options: RouterOptions,
) -> Router {
    rt::finish(admin_users_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// The operations tagged `user accounts`.
///
/// Serve an implementation with [`user_accounts_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-user-accounts")]
#[allow(clippy::too_many_arguments)]
pub trait UserAccountsApi: Send + Sync + 'static {
    /// Answers `DELETE /users/{id}`.
    fn delete_users_by_id(
        &self,
        id: String,
    ) -> impl Future<Output = DeleteUsersByIdResponse> + Send;

    /// Answers `POST /users/{id}/2fa`.
    fn n2fa_verify(&self, id: String) -> impl Future<Output = N2faVerifyResponse> + Send;
}

/// The responses of ``, one variant per documented status.
#[cfg(feature = "tag-user-accounts")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteUsersByIdResponse {
    /// Deleted.
    NoContent,
}

#[cfg(feature = "tag-user-accounts")]
impl IntoResponse for DeleteUsersByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-user-accounts")]
async fn delete_users_by_id<A: UserAccountsApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DeleteUsersByIdResponse, Problem> {
    let cx = Incoming::new(request, "/users/{id}").await?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    drop(cx);
    Ok(A::delete_users_by_id(&api, id).await)
}

/// The responses of `2fa.verify`, one variant per documented status.
#[cfg(feature = "tag-user-accounts")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum N2faVerifyResponse {
    /// Verified.
    NoContent,
}

#[cfg(feature = "tag-user-accounts")]
impl IntoResponse for N2faVerifyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-user-accounts")]
async fn n2fa_verify<A: UserAccountsApi>(
    api: Arc<A>,
    request: Request,
) -> Result<N2faVerifyResponse, Problem> {
    let cx = Incoming::new(request, "/users/{id}/2fa").await?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    drop(cx);
    Ok(A::n2fa_verify(&api, id).await)
}

#[cfg(feature = "tag-user-accounts")]
fn user_accounts_routes<A: UserAccountsApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route(
            "/users/{id}",
            rt::route(MethodFilter::DELETE, api, delete_users_by_id::<A>),
        )
        .route("/users/{id}/2fa", rt::route(MethodFilter::POST, api, n2fa_verify::<A>))
}

/// Serves [`UserAccountsApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-user-accounts")]
pub fn user_accounts_router<A: UserAccountsApi>(api: A) -> Router {
    user_accounts_router_with(api, RouterOptions::default())
}

/// Serves [`UserAccountsApi`] as `options` say.
#[cfg(feature = "tag-user-accounts")]
pub fn user_accounts_router_with<A: UserAccountsApi>(
    api: A,
    options: RouterOptions,
) -> Router {
    rt::finish(
        user_accounts_routes(&Arc::new(api)),
        &options,
        DOCUMENTS,
        crate::BASE_PATH,
    )
}

/// The operations tagged `pets`.
///
/// Serve an implementation with [`pets_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-pets")]
#[allow(clippy::too_many_arguments)]
pub trait PetsApi: Send + Sync + 'static {
    /// Answers `GET /пользователи`.
    fn список_пользователей(
        &self,
    ) -> impl Future<Output = СписокПользователейResponse> + Send;
}

/// The responses of `списокПользователей`, one variant per documented status.
#[cfg(feature = "tag-pets")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum СписокПользователейResponse {
    /// Listed.
    NoContent,
}

#[cfg(feature = "tag-pets")]
impl IntoResponse for СписокПользователейResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-pets")]
async fn список_пользователей<A: PetsApi>(
    api: Arc<A>,
    request: Request,
) -> Result<СписокПользователейResponse, Problem> {
    let cx = Incoming::new(
            request,
            "/%D0%BF%D0%BE%D0%BB%D1%8C%D0%B7%D0%BE%D0%B2%D0%B0%D1%82%D0%B5%D0%BB%D0%B8",
        )
        .await?;
    drop(cx);
    Ok(A::список_пользователей(&api).await)
}

#[cfg(feature = "tag-pets")]
fn pets_routes<A: PetsApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route(
            "/%D0%BF%D0%BE%D0%BB%D1%8C%D0%B7%D0%BE%D0%B2%D0%B0%D1%82%D0%B5%D0%BB%D0%B8",
            rt::route(
                MethodFilter::GET,
                api,
                список_пользователей::<A>,
            ),
        )
}

/// Serves [`PetsApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-pets")]
pub fn pets_router<A: PetsApi>(api: A) -> Router {
    pets_router_with(api, RouterOptions::default())
}

/// Serves [`PetsApi`] as `options` say.
#[cfg(feature = "tag-pets")]
pub fn pets_router_with<A: PetsApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(pets_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// Differs from `pets` only in case.
///
/// Serve an implementation with [`pets_api2_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-pets-api2")]
#[allow(clippy::too_many_arguments)]
pub trait PetsApi2: Send + Sync + 'static {
    /// Answers `GET /duplicates/a`.
    fn list_things(&self) -> impl Future<Output = ListThingsResponse> + Send;

    /// Answers `GET /duplicates/b`.
    fn list_things2(&self) -> impl Future<Output = ListThings2Response> + Send;
}

/// The responses of `listThings`, one variant per documented status.
#[cfg(feature = "tag-pets-api2")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ListThingsResponse {
    /// First of two operations with the same id.
    NoContent,
}

#[cfg(feature = "tag-pets-api2")]
impl IntoResponse for ListThingsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-pets-api2")]
async fn list_things<A: PetsApi2>(
    api: Arc<A>,
    request: Request,
) -> Result<ListThingsResponse, Problem> {
    let cx = Incoming::new(request, "/duplicates/a").await?;
    drop(cx);
    Ok(A::list_things(&api).await)
}

/// The responses of `listThings`, one variant per documented status.
#[cfg(feature = "tag-pets-api2")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum ListThings2Response {
    /// Second of two operations with the same id.
    NoContent,
}

#[cfg(feature = "tag-pets-api2")]
impl IntoResponse for ListThings2Response {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-pets-api2")]
async fn list_things2<A: PetsApi2>(
    api: Arc<A>,
    request: Request,
) -> Result<ListThings2Response, Problem> {
    let cx = Incoming::new(request, "/duplicates/b").await?;
    drop(cx);
    Ok(A::list_things2(&api).await)
}

#[cfg(feature = "tag-pets-api2")]
fn pets_api2_routes<A: PetsApi2>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/duplicates/a", rt::route(MethodFilter::GET, api, list_things::<A>))
        .route("/duplicates/b", rt::route(MethodFilter::GET, api, list_things2::<A>))
}

/// Serves [`PetsApi2`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-pets-api2")]
pub fn pets_api2_router<A: PetsApi2>(api: A) -> Router {
    pets_api2_router_with(api, RouterOptions::default())
}

/// Serves [`PetsApi2`] as `options` say.
#[cfg(feature = "tag-pets-api2")]
pub fn pets_api2_router_with<A: PetsApi2>(api: A, options: RouterOptions) -> Router {
    rt::finish(pets_api2_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// The operations tagged `Client`.
///
/// Serve an implementation with [`client_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-client")]
#[allow(clippy::too_many_arguments)]
pub trait ClientApi: Send + Sync + 'static {
    /// Operation ids named like the functions and types the templates generate.
    ///
    /// Answers `GET /helpers/{type}`.
    fn router2(
        &self,
        type_: String,
        params: Router2Query,
        match_: Option<String>,
        self3: Option<String>,
    ) -> impl Future<Output = Router2Response> + Send;

    /// Answers `PUT /helpers/{type}`.
    fn client2(&self, type_: String) -> impl Future<Output = Client2Response> + Send;

    /// Answers `POST /helpers/{type}`.
    fn new2(
        &self,
        type_: String,
        params: New2Query,
        api2: String,
        cx2: String,
        params2: Option<String>,
        credentials2: Option<String>,
        challenges: Option<String>,
        body: Option<models::Error>,
    ) -> impl Future<Output = New2Response> + Send;
}

/// The query parameters of `router`, decoded.
#[cfg(feature = "tag-client")]
#[derive(Debug, Clone)]
pub struct Router2Query {
    pub self2: String,
    pub crate_: Option<String>,
    pub async_: Option<i64>,
}

/// The responses of `router`, one variant per documented status.
#[cfg(feature = "tag-client")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Router2Response {
    /// Done.
    NoContent,
}

#[cfg(feature = "tag-client")]
impl IntoResponse for Router2Response {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-client")]
async fn router2<A: ClientApi>(
    api: Arc<A>,
    request: Request,
) -> Result<Router2Response, Problem> {
    let cx = Incoming::new(request, "/helpers/{type_}").await?;
    let type_: String = cx.path_scalar("type_", "type")?.required()?;
    let params = Router2Query {
        self2: cx.query_scalar("self2", "self")?.required()?,
        crate_: cx.query_scalar("crate_", "crate")?.optional(),
        async_: cx.query_scalar("async_", "async")?.optional(),
    };
    let match_: Option<String> = cx.header_scalar("match_", "match")?.optional();
    let self3: Option<String> = cx.cookie_scalar("self3", "Self")?.optional();
    drop(cx);
    Ok(A::router2(&api, type_, params, match_, self3).await)
}

/// The responses of `client`, one variant per documented status.
#[cfg(feature = "tag-client")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Client2Response {
    /// Done.
    NoContent,
}

#[cfg(feature = "tag-client")]
impl IntoResponse for Client2Response {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-client")]
async fn client2<A: ClientApi>(
    api: Arc<A>,
    request: Request,
) -> Result<Client2Response, Problem> {
    let cx = Incoming::new(request, "/helpers/{type_}").await?;
    let type_: String = cx.path_scalar("type_", "type")?.required()?;
    drop(cx);
    Ok(A::client2(&api, type_).await)
}

/// The query parameters of `new`, decoded.
#[cfg(feature = "tag-client")]
#[derive(Debug, Clone)]
pub struct New2Query {
    pub request2: Option<String>,
    pub response: Option<String>,
    pub body2: Option<String>,
}

/// The responses of `new`, one variant per documented status.
#[cfg(feature = "tag-client")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum New2Response {
    /// Done.
    NoContent,
}

#[cfg(feature = "tag-client")]
impl IntoResponse for New2Response {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-client")]
async fn new2<A: ClientApi>(
    api: Arc<A>,
    request: Request,
) -> Result<New2Response, Problem> {
    let cx = Incoming::new(request, "/helpers/{type_}").await?;
    let type_: String = cx.path_scalar("type_", "type")?.required()?;
    let params = New2Query {
        request2: cx.query_scalar("request2", "request")?.optional(),
        response: cx.query_scalar("response", "response")?.optional(),
        body2: cx.query_scalar("body2", "body")?.optional(),
    };
    let api2: String = cx.header_scalar("api2", "api")?.required()?;
    let cx2: String = cx.header_scalar("cx2", "cx")?.required()?;
    let params2: Option<String> = cx.header_scalar("params2", "params")?.optional();
    let credentials2: Option<String> = cx
        .header_scalar("credentials2", "credentials")?
        .optional();
    let challenges: Option<String> = cx
        .header_scalar("challenges", "challenges")?
        .optional();
    let body = cx.body_json("application/json").await?.optional();
    Ok(
        A::new2(&api, type_, params, api2, cx2, params2, credentials2, challenges, body)
            .await,
    )
}

#[cfg(feature = "tag-client")]
fn client_routes<A: ClientApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/helpers/{type_}", rt::route(MethodFilter::GET, api, router2::<A>))
        .route("/helpers/{type_}", rt::route(MethodFilter::PUT, api, client2::<A>))
        .route("/helpers/{type_}", rt::route(MethodFilter::POST, api, new2::<A>))
}

/// Serves [`ClientApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-client")]
pub fn client_router<A: ClientApi>(api: A) -> Router {
    client_router_with(api, RouterOptions::default())
}

/// Serves [`ClientApi`] as `options` say.
#[cfg(feature = "tag-client")]
pub fn client_router_with<A: ClientApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(client_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// The operations tagged `default`.
///
/// Serve an implementation with [`default_api_router`] or, with every other tag, [`router`].
#[cfg(feature = "tag-default-api")]
#[allow(clippy::too_many_arguments)]
pub trait DefaultApi: Send + Sync + 'static {
    /// No operationId and no tags.
    ///
    /// Answers `GET /users`.
    fn get_users(&self) -> impl Future<Output = GetUsersResponse> + Send;

    /// Answers `GET /helpers/{type}/more`.
    fn api2(&self, type_: String) -> impl Future<Output = Api2Response> + Send;

    /// Answers `PUT /helpers/{type}/more`.
    fn router_with2(
        &self,
        type_: String,
    ) -> impl Future<Output = RouterWith2Response> + Send;

    /// Answers `POST /helpers/{type}/more`.
    fn box_(&self, type_: String) -> impl Future<Output = BoxModelResponse> + Send;

    /// Answers `DELETE /helpers/{type}/more`.
    fn default_router(
        &self,
        type_: String,
    ) -> impl Future<Output = DefaultRouterResponse> + Send;

    /// Answers `PATCH /helpers/{type}/more`.
    fn default_routes(
        &self,
        type_: String,
    ) -> impl Future<Output = DefaultRoutesResponse> + Send;

    /// Answers `GET /long/{a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th}`.
    fn a_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_g(
        &self,
        a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th: String,
    ) -> impl Future<
        Output = AVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGResponse,
    > + Send;
}

/// The responses of ``, one variant per documented status.
#[cfg(feature = "tag-default-api")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetUsersResponse {
    /// The users.
    Ok(Vec<models::User>),
}

#[cfg(feature = "tag-default-api")]
impl IntoResponse for GetUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

#[cfg(feature = "tag-default-api")]
async fn get_users<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetUsersResponse, Problem> {
    let cx = Incoming::new(request, "/users").await?;
    drop(cx);
    Ok(A::get_users(&api).await)
}

/// The responses of `api`, one variant per documented status.
#[cfg(feature = "tag-default-api")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Api2Response {
    /// The `ApiError` name is taken by the runtime trait.
    Ok(models::Client),
    /// Not found.
    NotFound,
}

#[cfg(feature = "tag-default-api")]
impl IntoResponse for Api2Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::NotFound => rt::reply_empty(StatusCode::NOT_FOUND),
        }
    }
}

#[cfg(feature = "tag-default-api")]
async fn api2<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<Api2Response, Problem> {
    let cx = Incoming::new(request, "/helpers/{type_}/more").await?;
    let type_: String = cx.path_scalar("type_", "type")?.required()?;
    drop(cx);
    Ok(A::api2(&api, type_).await)
}

/// The responses of `router_with`, one variant per documented status.
#[cfg(feature = "tag-default-api")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum RouterWith2Response {
    /// Done.
    NoContent,
}

#[cfg(feature = "tag-default-api")]
impl IntoResponse for RouterWith2Response {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-default-api")]
async fn router_with2<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<RouterWith2Response, Problem> {
    let cx = Incoming::new(request, "/helpers/{type_}/more").await?;
    let type_: String = cx.path_scalar("type_", "type")?.required()?;
    drop(cx);
    Ok(A::router_with2(&api, type_).await)
}

/// The responses of `box`, one variant per documented status.
#[cfg(feature = "tag-default-api")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum BoxModelResponse {
    /// The `BoxError` name is taken by the runtime alias.
    NoContent,
}

#[cfg(feature = "tag-default-api")]
impl IntoResponse for BoxModelResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-default-api")]
async fn box_<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<BoxModelResponse, Problem> {
    let cx = Incoming::new(request, "/helpers/{type_}/more").await?;
    let type_: String = cx.path_scalar("type_", "type")?.required()?;
    drop(cx);
    Ok(A::box_(&api, type_).await)
}

/// The responses of `default_router`, one variant per documented status.
#[cfg(feature = "tag-default-api")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DefaultRouterResponse {
    /// Done.
    NoContent,
}

#[cfg(feature = "tag-default-api")]
impl IntoResponse for DefaultRouterResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-default-api")]
async fn default_router<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DefaultRouterResponse, Problem> {
    let cx = Incoming::new(request, "/helpers/{type_}/more").await?;
    let type_: String = cx.path_scalar("type_", "type")?.required()?;
    drop(cx);
    Ok(A::default_router(&api, type_).await)
}

/// The responses of `default_routes`, one variant per documented status.
#[cfg(feature = "tag-default-api")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum DefaultRoutesResponse {
    /// Done.
    NoContent,
}

#[cfg(feature = "tag-default-api")]
impl IntoResponse for DefaultRoutesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

#[cfg(feature = "tag-default-api")]
async fn default_routes<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<DefaultRoutesResponse, Problem> {
    let cx = Incoming::new(request, "/helpers/{type_}/more").await?;
    let type_: String = cx.path_scalar("type_", "type")?.required()?;
    drop(cx);
    Ok(A::default_routes(&api, type_).await)
}

/// The responses of `aVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsG`, one variant per documented status.
#[cfg(feature = "tag-default-api")]
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum AVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGResponse {
    /// A very long schema.
    Ok(
        models::AVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAv,
    ),
}

#[cfg(feature = "tag-default-api")]
impl IntoResponse
for AVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

#[cfg(feature = "tag-default-api")]
async fn a_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_g<
    A: DefaultApi,
>(
    api: Arc<A>,
    request: Request,
) -> Result<
    AVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGResponse,
    Problem,
> {
    let cx = Incoming::new(
            request,
            "/long/{a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th}",
        )
        .await?;
    let a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th: String = cx
        .path_scalar(
            "a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th",
            "a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th",
        )?
        .required()?;
    drop(cx);
    Ok(
        A::a_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_g(
                &api,
                a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th,
            )
            .await,
    )
}

#[cfg(feature = "tag-default-api")]
fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/users", rt::route(MethodFilter::GET, api, get_users::<A>))
        .route("/helpers/{type_}/more", rt::route(MethodFilter::GET, api, api2::<A>))
        .route(
            "/helpers/{type_}/more",
            rt::route(MethodFilter::PUT, api, router_with2::<A>),
        )
        .route("/helpers/{type_}/more", rt::route(MethodFilter::POST, api, box_::<A>))
        .route(
            "/helpers/{type_}/more",
            rt::route(MethodFilter::DELETE, api, default_router::<A>),
        )
        .route(
            "/helpers/{type_}/more",
            rt::route(MethodFilter::PATCH, api, default_routes::<A>),
        )
        .route(
            "/long/{a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th}",
            rt::route(
                MethodFilter::GET,
                api,
                a_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_g::<
                    A,
                >,
            ),
        )
}

/// Serves [`DefaultApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
#[cfg(feature = "tag-default-api")]
pub fn default_api_router<A: DefaultApi>(api: A) -> Router {
    default_api_router_with(api, RouterOptions::default())
}

/// Serves [`DefaultApi`] as `options` say.
#[cfg(feature = "tag-default-api")]
pub fn default_api_router_with<A: DefaultApi>(api: A, options: RouterOptions) -> Router {
    rt::finish(default_api_routes(&Arc::new(api)), &options, DOCUMENTS, crate::BASE_PATH)
}

/// Serves every tag of the API from one implementation, with the default [`RouterOptions`].
#[cfg(feature = "all-tags")]
pub fn router<
    A: AdminUsersApi + UserAccountsApi + PetsApi + PetsApi2 + ClientApi + DefaultApi,
>(api: A) -> Router {
    router_with(api, RouterOptions::default())
}

/// Serves every tag of the API from one implementation, as `options` say.
#[cfg(feature = "all-tags")]
pub fn router_with<
    A: AdminUsersApi + UserAccountsApi + PetsApi + PetsApi2 + ClientApi + DefaultApi,
>(api: A, options: RouterOptions) -> Router {
    let api = Arc::new(api);
    let routes = Router::new()
        .without_v07_checks()
        .merge(admin_users_routes(&api))
        .merge(user_accounts_routes(&api))
        .merge(pets_routes(&api))
        .merge(pets_api2_routes(&api))
        .merge(client_routes(&api))
        .merge(default_api_routes(&api));
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
