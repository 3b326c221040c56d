//! Server overhead: the generated alfresco-core router against a hand-written axum router doing
//! the same work (same extraction, same models, same JSON, same responses), in one run.
//!
//! Three operations: a small JSON `GET /people/{personId}`, a `POST /people` with a ~10 KB JSON
//! body, and a 1 MB `PUT /people/{personId}/avatar` (`application/octet-stream`). Each is driven
//! in-process with `tower::ServiceExt::oneshot` (group `inproc/...`) and over loopback HTTP/1.1
//! with reqwest against `axum::serve` (group `http/...`). Both routers call the same in-memory
//! [`Store`], so the difference is the routing, extraction, validation and encoding.
//!
//! Run with `cargo bench -p api-tests --bench server`; the ratios generated/hand-written are
//! printed at the end (see `tests/benches/support/ratios.rs`).

use std::sync::Arc;

use alfresco_core::models;
use alfresco_core::server::{
    BasicCredentials, CreatePersonQuery, CreatePersonResponse, DeleteAvatarImageResponse,
    GetAvatarImageQuery, GetAvatarImageResponse, GetPersonQuery, GetPersonResponse,
    ListPeopleQuery, ListPeopleResponse, PeopleApi, RequestPasswordResetResponse,
    ResetPasswordResponse, UpdateAvatarImageResponse, UpdatePersonQuery, UpdatePersonResponse,
};
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use base64::Engine as _;
use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use http_body_util::BodyExt as _;
use tower::ServiceExt as _;

#[path = "support/ratios.rs"]
mod ratios;

const BASE: &str = alfresco_core::BASE_PATH;
/// `admin:secret`.
const BASIC: &str = "Basic YWRtaW46c2VjcmV0";
const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// The in-memory "business logic" both routers call: the same work on either side.
struct Store {
    person: models::Person,
}

impl Store {
    fn new() -> Self {
        let person: models::Person = serde_json::from_value(serde_json::json!({
            "id": "abeecher",
            "firstName": "Alice",
            "lastName": "Beecher",
            "displayName": "Alice Beecher",
            "email": "abeecher@example.com",
            "jobTitle": "Graphic Designer",
            "location": "Tilbury, UK",
            "enabled": true,
            "aspectNames": ["cm:ownable", "cm:preferences"],
        }))
        .unwrap();
        Self { person }
    }

    fn get(&self, user: &str, person_id: &str, fields: Option<Vec<String>>) -> models::PersonEntry {
        std::hint::black_box((user, &fields));
        let mut entry = self.person.clone();
        entry.id = person_id.to_string();
        models::PersonEntry { entry }
    }

    fn create(
        &self,
        user: &str,
        fields: Option<Vec<String>>,
        body: models::PersonBodyCreate,
    ) -> models::PersonEntry {
        std::hint::black_box((user, &fields));
        let mut entry = self.person.clone();
        entry.id = body.id;
        entry.first_name = body.first_name;
        entry.last_name = body.last_name;
        entry.email = body.email;
        entry.job_title = body.job_title;
        entry.enabled = body.enabled.unwrap_or(true);
        entry.aspect_names = body.aspect_names;
        entry.properties = body.properties;
        models::PersonEntry { entry }
    }

    fn set_avatar(&self, user: &str, person_id: &str, image: Bytes) {
        std::hint::black_box((user, person_id, image.len()));
    }
}

// ---------------------------------------------------------------------------------------------
// The generated router, with a trivial implementation.

struct Generated(Store);

impl PeopleApi for Generated {
    async fn list_people(&self, _: BasicCredentials, _: ListPeopleQuery) -> ListPeopleResponse {
        ListPeopleResponse::BadRequest
    }

    async fn create_person(
        &self,
        credentials: BasicCredentials,
        params: CreatePersonQuery,
        body: models::PersonBodyCreate,
    ) -> CreatePersonResponse {
        CreatePersonResponse::Created(self.0.create(&credentials.username, params.fields, body))
    }

    async fn get_person(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        params: GetPersonQuery,
    ) -> GetPersonResponse {
        GetPersonResponse::Ok(self.0.get(&credentials.username, &person_id, params.fields))
    }

    async fn update_person(
        &self,
        _: BasicCredentials,
        _: String,
        _: UpdatePersonQuery,
        _: models::PersonBodyUpdate,
    ) -> UpdatePersonResponse {
        UpdatePersonResponse::NotFound
    }

    async fn get_avatar_image(
        &self,
        _: BasicCredentials,
        _: String,
        _: GetAvatarImageQuery,
        _: Option<chrono::DateTime<chrono::Utc>>,
    ) -> GetAvatarImageResponse {
        GetAvatarImageResponse::NotFound
    }

    async fn update_avatar_image(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        body: Bytes,
    ) -> UpdateAvatarImageResponse {
        self.0.set_avatar(&credentials.username, &person_id, body);
        UpdateAvatarImageResponse::Ok
    }

    async fn delete_avatar_image(
        &self,
        _: BasicCredentials,
        _: String,
    ) -> DeleteAvatarImageResponse {
        DeleteAvatarImageResponse::NotFound
    }

    async fn request_password_reset(
        &self,
        _: Option<BasicCredentials>,
        _: String,
        _: models::ClientBody,
    ) -> RequestPasswordResetResponse {
        RequestPasswordResetResponse::NotFound
    }

    async fn reset_password(
        &self,
        _: Option<BasicCredentials>,
        _: String,
        _: models::PasswordResetBody,
    ) -> ResetPasswordResponse {
        ResetPasswordResponse::BadRequest
    }
}

fn generated() -> Router {
    alfresco_core::server::router(Generated(Store::new()))
}

// ---------------------------------------------------------------------------------------------
// The hand-written router: plain axum extractors doing the same decoding.

#[derive(serde::Deserialize)]
struct FieldsQuery {
    fields: Option<String>,
}

fn csv(raw: Option<String>) -> Option<Vec<String>> {
    raw.map(|raw| {
        if raw.is_empty() {
            Vec::new()
        } else {
            raw.split(',').map(str::to_string).collect()
        }
    })
}

/// `Authorization: Basic ...`, decoded (user name and password).
fn basic(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let decoded = String::from_utf8(decoded).ok()?;
    let (user, password) = decoded.split_once(':')?;
    Some((user.to_string(), password.to_string()))
}

async fn hand_get_person(
    State(store): State<Arc<Store>>,
    Path(person_id): Path<String>,
    Query(query): Query<FieldsQuery>,
    headers: HeaderMap,
) -> Response {
    let Some((user, _password)) = basic(&headers) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    Json(store.get(&user, &person_id, csv(query.fields))).into_response()
}

async fn hand_create_person(
    State(store): State<Arc<Store>>,
    Query(query): Query<FieldsQuery>,
    headers: HeaderMap,
    Json(body): Json<models::PersonBodyCreate>,
) -> Response {
    let Some((user, _password)) = basic(&headers) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    (
        StatusCode::CREATED,
        Json(store.create(&user, csv(query.fields), body)),
    )
        .into_response()
}

async fn hand_update_avatar(
    State(store): State<Arc<Store>>,
    Path(person_id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some((user, _password)) = basic(&headers) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    if headers
        .get(header::CONTENT_TYPE)
        .is_none_or(|value| value != "application/octet-stream")
    {
        return StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response();
    }
    store.set_avatar(&user, &person_id, body);
    StatusCode::OK.into_response()
}

fn hand_written() -> Router {
    let routes = Router::new()
        .route("/people", post(hand_create_person))
        .route("/people/{person_id}", get(hand_get_person))
        .route("/people/{person_id}/avatar", put(hand_update_avatar))
        .with_state(Arc::new(Store::new()));
    Router::new()
        .nest(BASE, routes)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
}

// ---------------------------------------------------------------------------------------------
// The requests.

/// One request of a case, rebuilt for each iteration (the body bytes are shared).
#[derive(Clone)]
struct Case {
    name: &'static str,
    method: Method,
    path: String,
    content_type: Option<&'static str>,
    body: Bytes,
    status: u16,
}

impl Case {
    fn request(&self) -> Request<Body> {
        let mut builder = Request::builder()
            .method(self.method.clone())
            .uri(&self.path)
            .header(header::AUTHORIZATION, BASIC);
        if let Some(content_type) = self.content_type {
            builder = builder.header(header::CONTENT_TYPE, content_type);
        }
        builder.body(Body::from(self.body.clone())).unwrap()
    }
}

/// A `PersonBodyCreate` of about 10 KB, most of it in `properties`.
fn create_body() -> Bytes {
    let properties: serde_json::Map<String, serde_json::Value> = (0..120)
        .map(|index| {
            (
                format!("my:property{index:03}"),
                format!("value {index:03} {}", "x".repeat(56)).into(),
            )
        })
        .collect();
    let body = serde_json::json!({
        "id": "abeecher",
        "firstName": "Alice",
        "lastName": "Beecher",
        "email": "abeecher@example.com",
        "password": "secret",
        "jobTitle": "Graphic Designer",
        "aspectNames": ["cm:ownable"],
        "properties": properties,
    });
    Bytes::from(serde_json::to_vec(&body).unwrap())
}

fn cases() -> Vec<Case> {
    let create = create_body();
    assert!(
        (9_000..12_000).contains(&create.len()),
        "create body is {} bytes",
        create.len()
    );
    vec![
        Case {
            name: "get_person",
            method: Method::GET,
            path: format!("{BASE}/people/abeecher?fields=id,firstName,email"),
            content_type: None,
            body: Bytes::new(),
            status: 200,
        },
        Case {
            name: "create_person_10k",
            method: Method::POST,
            path: format!("{BASE}/people?fields=id,firstName"),
            content_type: Some("application/json"),
            body: create,
            status: 201,
        },
        Case {
            name: "update_avatar_1m",
            method: Method::PUT,
            path: format!("{BASE}/people/abeecher/avatar"),
            content_type: Some("application/octet-stream"),
            body: Bytes::from(vec![0x5a; 1024 * 1024]),
            status: 200,
        },
    ]
}

async fn oneshot(app: &Router, request: Request<Body>) -> (StatusCode, Bytes) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    (
        status,
        response.into_body().collect().await.unwrap().to_bytes(),
    )
}

/// Both routers answer every case alike before anything is timed.
fn check(runtime: &tokio::runtime::Runtime, routers: &[(&str, Router)]) {
    for case in cases() {
        let replies: Vec<_> = routers
            .iter()
            .map(|(name, app)| {
                let (status, body) = runtime.block_on(oneshot(app, case.request()));
                assert_eq!(
                    status.as_u16(),
                    case.status,
                    "{name} {}: {body:?}",
                    case.name
                );
                body
            })
            .collect();
        assert!(
            replies.windows(2).all(|pair| pair[0] == pair[1]),
            "{}: the routers answer differently",
            case.name
        );
    }
}

fn in_process(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let routers = [("generated", generated()), ("hand-written", hand_written())];
    check(&runtime, &routers);
    for case in cases() {
        let mut group = c.benchmark_group(format!("inproc/{}", case.name));
        group.throughput(Throughput::Elements(1));
        for (name, app) in &routers {
            group.bench_function(BenchmarkId::from_parameter(name), |b| {
                b.to_async(&runtime).iter(|| oneshot(app, case.request()));
            });
        }
        group.finish();
    }
}

fn over_http(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let mut servers = Vec::new();
    for (name, app) in [("generated", generated()), ("hand-written", hand_written())] {
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        runtime.spawn(async move { axum::serve(listener, app).await.unwrap() });
        servers.push((name, url));
    }
    let http = reqwest::Client::new();
    let send = |url: &str, case: &Case| {
        let mut request = http
            .request(case.method.clone(), format!("{url}{}", case.path))
            .header(header::AUTHORIZATION, BASIC)
            .body(case.body.clone());
        if let Some(content_type) = case.content_type {
            request = request.header(header::CONTENT_TYPE, content_type);
        }
        let expected = case.status;
        async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status().as_u16(), expected);
            response.bytes().await.unwrap()
        }
    };
    for case in cases() {
        let mut group = c.benchmark_group(format!("http/{}", case.name));
        group.throughput(Throughput::Elements(1));
        for (name, url) in &servers {
            group.bench_function(BenchmarkId::from_parameter(name), |b| {
                b.to_async(&runtime).iter(|| send(url, &case));
            });
        }
        group.finish();
    }
}

criterion_group!(benches, in_process, over_http);

fn main() {
    ratios::start();
    benches();
    Criterion::default().configure_from_args().final_summary();
    ratios::print("generated", "hand-written");
}
