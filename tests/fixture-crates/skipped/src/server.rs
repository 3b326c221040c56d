// @generated from tests/fixtures/skipped.yaml by openapi-gen; do not edit.

//! axum server for Skipped: a trait per tag to implement, and routers that decode and validate every request before calling it.
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

/// The operations tagged `subscriptions`.
///
/// Serve an implementation with [`subscriptions_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait SubscriptionsApi: Send + Sync + 'static {
    /// Answers `POST /subscriptions`.
    fn subscribe(
        &self,
        trace: Option<String>,
        body: models::Subscription,
    ) -> impl Future<Output = SubscribeResponse> + Send;

    /// Answers `GET /subscriptions/{id}`.
    fn get_subscription(
        &self,
        id: String,
    ) -> impl Future<Output = GetSubscriptionResponse> + Send;

    /// Answers `DELETE /subscriptions/{id}`.
    fn unsubscribe(
        &self,
        id: String,
    ) -> impl Future<Output = UnsubscribeResponse> + Send;
}

/// The responses of `subscribe`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum SubscribeResponse {
    /// Subscribed.
    Created(models::Subscription),
}

impl IntoResponse for SubscribeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => {
                rt::reply_json(StatusCode::CREATED, "application/json", body)
            }
        }
    }
}

async fn subscribe<A: SubscriptionsApi>(
    api: Arc<A>,
    request: Request,
) -> Result<SubscribeResponse, Problem> {
    let cx = Incoming::new(request, "/subscriptions").await?;
    let trace: Option<String> = cx.header_scalar("trace", "trace")?.optional();
    let body = cx.body_json("application/json").await?.required()?;
    Ok(A::subscribe(&api, trace, body).await)
}

/// The responses of `getSubscription`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionResponse {
    /// The subscription.
    Ok(models::Subscription),
}

impl IntoResponse for GetSubscriptionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
        }
    }
}

async fn get_subscription<A: SubscriptionsApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetSubscriptionResponse, Problem> {
    let cx = Incoming::new(request, "/subscriptions/{id}").await?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    drop(cx);
    Ok(A::get_subscription(&api, id).await)
}

/// The responses of `unsubscribe`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UnsubscribeResponse {
    /// Unsubscribed.
    NoContent,
}

impl IntoResponse for UnsubscribeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn unsubscribe<A: SubscriptionsApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UnsubscribeResponse, Problem> {
    let cx = Incoming::new(request, "/subscriptions/{id}").await?;
    let id: String = cx.path_scalar("id", "id")?.required()?;
    drop(cx);
    Ok(A::unsubscribe(&api, id).await)
}

fn subscriptions_routes<A: SubscriptionsApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/subscriptions", rt::route(MethodFilter::POST, api, subscribe::<A>))
        .route(
            "/subscriptions/{id}",
            rt::route(MethodFilter::GET, api, get_subscription::<A>),
        )
        .route(
            "/subscriptions/{id}",
            rt::route(MethodFilter::DELETE, api, unsubscribe::<A>),
        )
}

/// Serves [`SubscriptionsApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
pub fn subscriptions_router<A: SubscriptionsApi>(api: A) -> Router {
    subscriptions_router_with(api, RouterOptions::default())
}

/// Serves [`SubscriptionsApi`] as `options` say.
pub fn subscriptions_router_with<A: SubscriptionsApi>(
    api: A,
    options: RouterOptions,
) -> Router {
    rt::finish(
        subscriptions_routes(&Arc::new(api)),
        &options,
        DOCUMENTS,
        crate::BASE_PATH,
    )
}

/// Serves every tag of the API from one implementation, with the default [`RouterOptions`].
pub fn router<A: SubscriptionsApi>(api: A) -> Router {
    router_with(api, RouterOptions::default())
}

/// Serves every tag of the API from one implementation, as `options` say.
pub fn router_with<A: SubscriptionsApi>(api: A, options: RouterOptions) -> Router {
    let api = Arc::new(api);
    let routes = Router::new().without_v07_checks().merge(subscriptions_routes(&api));
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
