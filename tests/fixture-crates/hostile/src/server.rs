// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

//! axum server for Hostile"
//! }
//! #![doc = include_str!("/etc/hostname")]
//! pub fn injected() {}
//! //
//! x
//! y
//! z *\/ \u{202e}evil\u{200b} \u{1b}]0;t\u{7}: a trait per tag to implement, and routers that decode and validate every request before calling it.
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

/// scheme *\/
/// }
const KEY_FN_INJECTED: rt::HeaderKey = rt::HeaderKey("X-Key\"\n}");

/// tag *\/
/// docs
///
/// Serve an implementation with [`tag_fn_injected_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait TagFnInjectedApi: Send + Sync + 'static {
    /// summary *\/
    /// }
    /// fn injected() {}
    ///
    /// description
    /// *\/
    ///
    /// Answers `GET /items/{itemId}/say"\x*/é`.
    fn get_fn_injected_item(
        &self,
        item_id: String,
        params: GetFnInjectedItemQuery,
        x_head: String,
    ) -> impl Future<Output = GetFnInjectedItemResponse> + Send;
}

/// The query parameters of `get"
/// }
/// fn injected() {}
/// /*item*\/`, decoded.
#[derive(Debug, Clone)]
pub struct GetFnInjectedItemQuery {
    /// query *\/
    pub q_fn_injected: Option<models::GetFnInjectedItemQFnInjected>,
}

/// The responses of `get"
/// }
/// fn injected() {}
/// /*item*\/`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GetFnInjectedItemResponse {
    /// ok *\/
    /// }
    /// fn injected() {}
    Ok(models::Pet),
    /// error "
    /// }
    Default { status: StatusCode },
}

impl IntoResponse for GetFnInjectedItemResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => rt::reply_json(StatusCode::OK, "application/json", body),
            Self::Default { status } => rt::reply_empty(status),
        }
    }
}

async fn get_fn_injected_item<A: TagFnInjectedApi>(
    api: Arc<A>,
    request: Request,
) -> Result<GetFnInjectedItemResponse, Problem> {
    let cx = Incoming::new(request, "/items/{item_id}/say%22%5Cx*/%C3%A9").await?;
    let item_id: String = cx.path_scalar("item_id", "itemId")?.required()?;
    let params = GetFnInjectedItemQuery {
        q_fn_injected: cx
            .query_scalar("q_fn_injected", "q\"\n}fn injected(){}")?
            .optional(),
    };
    let x_head: String = cx
        .header_scalar("x_head", "X-Head\"\n")?
        .or("d\"\n}fn injected(){}\u{202e}".to_string());
    drop(cx);
    Ok(A::get_fn_injected_item(&api, item_id, params, x_head).await)
}

fn tag_fn_injected_routes<A: TagFnInjectedApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route(
            "/items/{item_id}/say%22%5Cx*/%C3%A9",
            rt::route(MethodFilter::GET, api, get_fn_injected_item::<A>),
        )
}

/// Serves [`TagFnInjectedApi`] with the default [`RouterOptions`] (under [`crate::BASE_PATH`]).
pub fn tag_fn_injected_router<A: TagFnInjectedApi>(api: A) -> Router {
    tag_fn_injected_router_with(api, RouterOptions::default())
}

/// Serves [`TagFnInjectedApi`] as `options` say.
pub fn tag_fn_injected_router_with<A: TagFnInjectedApi>(
    api: A,
    options: RouterOptions,
) -> Router {
    rt::finish(
        tag_fn_injected_routes(&Arc::new(api)),
        &options,
        DOCUMENTS,
        crate::BASE_PATH,
    )
}

/// The operations tagged `default`.
///
/// Serve an implementation with [`default_api_router`] or, with every other tag, [`router`].
#[allow(clippy::too_many_arguments)]
pub trait DefaultApi: Send + Sync + 'static {
    /// Answers `POST /upload`.
    fn upload_fn_injected(
        &self,
        credentials: ApiKey,
        body: models::UploadFnInjectedForm,
    ) -> impl Future<Output = UploadFnInjectedResponse> + Send;
}

/// The responses of `upload"
/// }fn injected(){}`, one variant per documented status.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum UploadFnInjectedResponse {
    /// done
    /// }
    NoContent,
}

impl IntoResponse for UploadFnInjectedResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => rt::reply_empty(StatusCode::NO_CONTENT),
        }
    }
}

async fn upload_fn_injected<A: DefaultApi>(
    api: Arc<A>,
    request: Request,
) -> Result<UploadFnInjectedResponse, Problem> {
    let cx = Incoming::new(request, "/upload").await?;
    let credentials = cx.require(&KEY_FN_INJECTED)?;
    let body = rt::found_body(
            match read_form(cx, "multipart/form-data").await? {
                Some(form) => {
                    Some(models::UploadFnInjectedForm {
                        part_pub_fn_injected_macro_rules_m: form
                            .text("part\"\n}\npub fn injected() {}\nmacro_rules! m {")?
                            .required()?,
                        file: form.file("file\"\n*/")?.optional(),
                    })
                }
                None => None,
            },
        )
        .required()?;
    Ok(A::upload_fn_injected(&api, credentials, body).await)
}

fn default_api_routes<A: DefaultApi>(api: &Arc<A>) -> Router {
    Router::new()
        .without_v07_checks()
        .route("/upload", rt::route(MethodFilter::POST, api, upload_fn_injected::<A>))
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
pub fn router<A: TagFnInjectedApi + DefaultApi>(api: A) -> Router {
    router_with(api, RouterOptions::default())
}

/// Serves every tag of the API from one implementation, as `options` say.
pub fn router_with<A: TagFnInjectedApi + DefaultApi>(
    api: A,
    options: RouterOptions,
) -> Router {
    let api = Arc::new(api);
    let routes = Router::new()
        .without_v07_checks()
        .merge(tag_fn_injected_routes(&api))
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
