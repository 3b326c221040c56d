//! Client overhead: the generated alfresco-core client against raw reqwest sending the same
//! request (same URL, query, headers, credentials, body) to the same local axum server, and
//! decoding the same response into the same models, in one run.
//!
//! Three operations: `get_person` (small JSON response), `create_person` (~10 KB JSON request and
//! response) and `get_avatar_image` (1 MB binary download). The server answers from prebuilt
//! bytes, so what differs is the request building and response decoding of each client.
//!
//! Run with `cargo bench -p api-tests --bench client`; the ratios generated/raw are printed at the
//! end.

use alfresco_core::client::{
    Client, CreatePersonParams, GetAvatarImageParams, GetAvatarImageSuccess, GetPersonParams,
};
use alfresco_core::models;
use axum::body::Bytes;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use criterion::{criterion_group, BatchSize, BenchmarkId, Criterion, Throughput};

#[path = "support/ratios.rs"]
mod ratios;

const BASE: &str = alfresco_core::BASE_PATH;
/// What the generated client sends as `User-Agent`; raw reqwest sends the same.
const USER_AGENT: &str = "alfresco-core/0.1.0";

fn person(properties: usize) -> models::Person {
    models::Person {
        id: "abeecher".into(),
        first_name: "Alice".into(),
        last_name: Some("Beecher".into()),
        display_name: Some("Alice Beecher".into()),
        email: "abeecher@example.com".into(),
        job_title: Some("Graphic Designer".into()),
        enabled: true,
        aspect_names: Some(vec!["cm:ownable".into(), "cm:preferences".into()]),
        properties: (properties > 0).then(|| properties_map(properties)),
        description: None,
        avatar_id: None,
        skype_id: None,
        google_id: None,
        instant_message_id: None,
        location: None,
        company: None,
        mobile: None,
        telephone: None,
        status_updated_at: None,
        user_status: None,
        email_notifications_enabled: None,
        capabilities: None,
    }
}

fn properties_map(count: usize) -> serde_json::Map<String, serde_json::Value> {
    (0..count)
        .map(|index| {
            (
                format!("my:property{index:03}"),
                format!("value {index:03} {}", "x".repeat(56)).into(),
            )
        })
        .collect()
}

/// A `PersonBodyCreate` of about 10 KB, most of it in `properties`.
fn create_body() -> models::PersonBodyCreate {
    models::PersonBodyCreate {
        id: "abeecher".into(),
        first_name: "Alice".into(),
        last_name: Some("Beecher".into()),
        email: "abeecher@example.com".into(),
        password: "secret".into(),
        job_title: Some("Graphic Designer".into()),
        aspect_names: Some(vec!["cm:ownable".into()]),
        properties: Some(properties_map(120)),
        description: None,
        skype_id: None,
        google_id: None,
        instant_message_id: None,
        location: None,
        company: None,
        mobile: None,
        telephone: None,
        user_status: None,
        enabled: None,
        email_notifications_enabled: None,
    }
}

fn json(value: &impl serde::Serialize) -> Bytes {
    Bytes::from(serde_json::to_vec(value).unwrap())
}

/// A server answering from prebuilt bytes; it reads (and drops) request bodies.
fn server() -> Router {
    let small = json(&models::PersonEntry { entry: person(0) });
    let large = json(&models::PersonEntry { entry: person(120) });
    assert!((9_000..12_000).contains(&large.len()), "{}", large.len());
    let avatar = Bytes::from(vec![0x5a; 1024 * 1024]);
    let reply = |status: StatusCode, content_type: &'static str, body: Bytes| {
        (status, [(header::CONTENT_TYPE, content_type)], body).into_response()
    };
    let routes = Router::new()
        .route(
            "/people/{person_id}",
            get(move || async move { reply(StatusCode::OK, "application/json", small) }),
        )
        .route(
            "/people",
            post(move |body: Bytes| async move {
                std::hint::black_box(body.len());
                reply(StatusCode::CREATED, "application/json", large)
            }),
        )
        .route(
            "/people/{person_id}/avatar",
            get(move || async move { reply(StatusCode::OK, "application/octet-stream", avatar) }),
        );
    Router::new().nest(BASE, routes)
}

fn clients(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let base = format!("http://{}{BASE}", listener.local_addr().unwrap());
    runtime.spawn(async move { axum::serve(listener, server()).await.unwrap() });

    let generated = Client::new(&base)
        .unwrap()
        .with_basic_auth("admin", "secret");
    let raw = reqwest::Client::new();
    let fields = || {
        Some(vec![
            "id".to_string(),
            "firstName".to_string(),
            "email".to_string(),
        ])
    };

    // Both clients get the same answers before anything is timed.
    runtime.block_on(async {
        let ours = generated
            .people()
            .get_person("abeecher", GetPersonParams { fields: fields() })
            .await
            .unwrap();
        let theirs = raw_get_person(&raw, &base).await;
        assert_eq!(ours, theirs);
        let ours = generated
            .people()
            .create_person(CreatePersonParams { fields: fields() }, create_body())
            .await
            .unwrap();
        assert_eq!(ours, raw_create_person(&raw, &base, &create_body()).await);
        let GetAvatarImageSuccess::Ok(ours) = generated
            .people()
            .get_avatar_image("abeecher", GetAvatarImageParams::default())
            .await
            .unwrap()
        else {
            panic!("no avatar")
        };
        assert_eq!(ours, raw_get_avatar(&raw, &base).await);
    });

    let mut group = c.benchmark_group("client/get_person");
    group.throughput(Throughput::Elements(1));
    group.bench_function(BenchmarkId::from_parameter("generated"), |b| {
        b.to_async(&runtime).iter(|| async {
            generated
                .people()
                .get_person("abeecher", GetPersonParams { fields: fields() })
                .await
                .unwrap()
        });
    });
    group.bench_function(BenchmarkId::from_parameter("raw-reqwest"), |b| {
        b.to_async(&runtime).iter(|| raw_get_person(&raw, &base));
    });
    group.finish();

    // The body is built outside the timed part: the generated method takes it by value.
    let (generated, raw, base) = (&generated, &raw, base.as_str());
    let mut group = c.benchmark_group("client/create_person_10k");
    group.throughput(Throughput::Elements(1));
    group.bench_function(BenchmarkId::from_parameter("generated"), |b| {
        b.to_async(&runtime).iter_batched(
            create_body,
            |body| async move {
                generated
                    .people()
                    .create_person(CreatePersonParams { fields: fields() }, body)
                    .await
                    .unwrap()
            },
            BatchSize::SmallInput,
        );
    });
    group.bench_function(BenchmarkId::from_parameter("raw-reqwest"), |b| {
        b.to_async(&runtime).iter_batched(
            create_body,
            |body| async move { raw_create_person(raw, base, &body).await },
            BatchSize::SmallInput,
        );
    });
    group.finish();

    let mut group = c.benchmark_group("client/get_avatar_1m");
    group.throughput(Throughput::Elements(1));
    group.bench_function(BenchmarkId::from_parameter("generated"), |b| {
        b.to_async(&runtime).iter(|| async {
            generated
                .people()
                .get_avatar_image("abeecher", GetAvatarImageParams::default())
                .await
                .unwrap()
        });
    });
    group.bench_function(BenchmarkId::from_parameter("raw-reqwest"), |b| {
        b.to_async(&runtime).iter(|| raw_get_avatar(raw, base));
    });
    group.finish();
}

async fn raw_get_person(http: &reqwest::Client, base: &str) -> models::PersonEntry {
    let response = http
        .get(format!(
            "{base}/people/{}?fields=id%2CfirstName%2Cemail",
            "abeecher"
        ))
        .basic_auth("admin", Some("secret"))
        .header(header::ACCEPT, "application/json")
        .header(header::USER_AGENT, USER_AGENT)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn raw_create_person(
    http: &reqwest::Client,
    base: &str,
    body: &models::PersonBodyCreate,
) -> models::PersonEntry {
    let response = http
        .post(format!("{base}/people?fields=id%2CfirstName%2Cemail"))
        .basic_auth("admin", Some("secret"))
        .header(header::ACCEPT, "application/json")
        .header(header::USER_AGENT, USER_AGENT)
        .json(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

async fn raw_get_avatar(http: &reqwest::Client, base: &str) -> Bytes {
    let response = http
        .get(format!("{base}/people/abeecher/avatar"))
        .basic_auth("admin", Some("secret"))
        .header(header::ACCEPT, "application/octet-stream")
        .header(header::USER_AGENT, USER_AGENT)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.bytes().await.unwrap()
}

criterion_group!(benches, clients);

fn main() {
    ratios::start();
    benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
    ratios::print("generated", "raw-reqwest");
}
