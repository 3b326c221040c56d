//! Constructs the real-world corpora showed, each on its fixture, client against server over
//! HTTP (127.0.0.1, port 0):
//! - `oas31-multipart-unions.yaml`: multipart parts whose schema is a string-or-object union, a
//!   oneOf with an object, an allOf (JSON parts) or a union of scalars (a text part);
//! - `byte-parameters.yaml`: `format: byte` / `contentEncoding: base64` in the path, the query
//!   and a header, standard base64 on the wire;
//! - `path-queries.yaml`: path keys with a query string (`/items/{id}?beta=true`) read as their
//!   bare path;
//! - `query-date-time.yaml`: `format: date-time` query parameters as RFC 3339 text.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::extract::Request;
use axum::middleware::Next;
use axum::Router;

/// Serves `app` on a fresh port, recording each request's method, path and query.
async fn serve(app: Router, requests: Log<String>) -> SocketAddr {
    let app = app.layer(axum::middleware::from_fn(
        move |request: Request, next: Next| {
            let requests = requests.clone();
            async move {
                requests.push(format!("{} {}", request.method(), request.uri()));
                next.run(request).await
            }
        },
    ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

struct Log<T>(Arc<Mutex<Vec<T>>>);

impl<T> Clone for Log<T> {
    fn clone(&self) -> Self {
        Log(self.0.clone())
    }
}

impl<T> Default for Log<T> {
    fn default() -> Self {
        Log(Arc::default())
    }
}

impl<T> Log<T> {
    fn push(&self, item: T) {
        self.0.lock().unwrap().push(item);
    }

    fn take(&self) -> Vec<T> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

mod unions {
    use fixture_oas31_multipart_unions::models::{Received, UploadFileForm};
    use fixture_oas31_multipart_unions::server::{DefaultApi, UploadFileResponse};

    use super::Log;

    pub struct Uploads(pub Log<UploadFileForm>);

    impl DefaultApi for Uploads {
        async fn upload_file(&self, body: UploadFileForm) -> UploadFileResponse {
            let received = Received {
                size: body.file.len() as i64,
                strategy: format!("{:?}", body.strategy),
                owner: None,
                labels: None,
                expires: body.expires.as_ref().map(ToString::to_string),
            };
            self.0.push(body);
            UploadFileResponse::Ok(received)
        }
    }
}

#[tokio::test]
async fn multipart_union_parts_round_trip_as_json_and_scalar_unions_as_text() {
    use fixture_oas31_multipart_unions::client::Client;
    use fixture_oas31_multipart_unions::models::{
        Owner, StaticStrategy, UploadFileExpires, UploadFileForm, UploadFileLabels,
        UploadFileOwner, UploadFileStrategy, UploadFileStrategyVariant0,
    };

    let received = Log::default();
    let app = fixture_oas31_multipart_unions::server::router(unions::Uploads(received.clone()));
    let addr = serve(app, Log::default()).await;
    let api = Client::new(format!("http://{addr}")).unwrap().default_api();

    let string_side = UploadFileForm {
        file: bytes::Bytes::from_static(b"\x00\xffdata"),
        strategy: UploadFileStrategy::Variant0(UploadFileStrategyVariant0::Auto),
        owner: Some(UploadFileOwner::Variant1("ops team".to_string())),
        labels: None,
        expires: Some(UploadFileExpires::Variant0(3600)),
    };
    let object_side = UploadFileForm {
        file: bytes::Bytes::from_static(b"x"),
        strategy: UploadFileStrategy::StaticStrategy(StaticStrategy {
            max_chunk_size_tokens: 800,
            chunk_overlap_tokens: Some(400),
        }),
        owner: Some(UploadFileOwner::Owner(Owner {
            id: "u-1".to_string(),
        })),
        labels: Some(UploadFileLabels {
            main: Some("a,b".to_string()),
            extra: Some("ü".to_string()),
        }),
        expires: Some(UploadFileExpires::Variant1(
            chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        )),
    };
    for form in [string_side, object_side] {
        let answer = api.upload_file(form.clone()).await.unwrap();
        assert_eq!(answer.size, form.file.len() as i64);
        assert_eq!(received.take(), [form]);
    }

    // On the wire: the union parts are JSON, the scalar union is text.
    let http = reqwest::Client::new();
    let url = format!("http://{addr}/files");
    let send = |strategy: &'static str, expires: &'static str| {
        let form = reqwest::multipart::Form::new()
            .part(
                "file",
                reqwest::multipart::Part::bytes(b"raw".to_vec()).file_name("f.bin"),
            )
            .text("strategy", strategy)
            .text("expires", expires);
        http.post(&url).multipart(form).send()
    };
    let answer = send(r#"{"max_chunk_size_tokens": 100}"#, "2026-01-31")
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let got = received.take();
    assert_eq!(got.len(), 1);
    assert!(matches!(
        &got[0].strategy,
        UploadFileStrategy::StaticStrategy(s) if s.max_chunk_size_tokens == 100
    ));
    assert_eq!(
        got[0].expires,
        Some(UploadFileExpires::Variant1(
            chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
        ))
    );
    let answer = send(r#""auto""#, "60").await.unwrap();
    assert_eq!(answer.status(), 200);
    assert_eq!(
        received.take()[0].strategy,
        UploadFileStrategy::Variant0(UploadFileStrategyVariant0::Auto)
    );

    // A part that matches no alternative is refused before the implementation runs.
    for (strategy, expires) in [(r#"{"max_chunk_size_tokens": "many"}"#, "60"), ("{", "60")] {
        let answer = send(strategy, expires).await.unwrap();
        assert_eq!(answer.status(), 400, "{strategy}");
        assert_eq!(answer.headers()["content-type"], "application/problem+json");
    }
    let answer = send(r#""auto""#, "soon").await.unwrap();
    assert_eq!(answer.status(), 400);
    assert!(received.take().is_empty(), "no bad request was handled");
}

mod blobs {
    use fixture_byte_parameters::models::Blob;
    use fixture_byte_parameters::server::{DefaultApi, GetBlobQuery, GetBlobResponse};
    use fixture_byte_parameters::Base64;

    pub struct Blobs;

    impl DefaultApi for Blobs {
        async fn get_blob(
            &self,
            key: Base64,
            params: GetBlobQuery,
            x_signature: Option<Base64>,
        ) -> GetBlobResponse {
            GetBlobResponse::Ok(Blob {
                key,
                salt: params.salt,
                chunks: params.chunks,
                signature: x_signature,
            })
        }
    }
}

#[tokio::test]
async fn byte_parameters_round_trip_as_standard_base64() {
    use fixture_byte_parameters::client::{Client, GetBlobParams};
    use fixture_byte_parameters::Base64;

    let requests = Log::default();
    let app = fixture_byte_parameters::server::router(blobs::Blobs);
    let addr = serve(app, requests.clone()).await;
    let api = Client::new(format!("http://{addr}")).unwrap().default_api();

    // Bytes whose base64 holds `+`, `/` and `=`, each of which must survive the URL.
    let key = Base64(vec![0xfb, 0xff, 0xbf]);
    let salt = Base64(vec![0xfa, 0x00]);
    let chunks = vec![Base64(b"a".to_vec()), Base64(vec![0xff, 0xfe])];
    let signature = Base64((0..=255).collect());
    let blob = api
        .get_blob(
            key.clone(),
            salt.clone(),
            GetBlobParams {
                chunks: Some(chunks.clone()),
                x_signature: Some(signature.clone()),
            },
        )
        .await
        .unwrap();
    assert_eq!(blob.key, key);
    assert_eq!(blob.salt, salt);
    assert_eq!(blob.chunks, Some(chunks));
    assert_eq!(blob.signature, Some(signature));
    assert_eq!(
        requests.take(),
        ["GET /blobs/%2B%2F%2B%2F?salt=%2BgA%3D&chunks=YQ%3D%3D,%2F%2F4%3D"]
    );

    // Text that is not base64 is a 400 problem+json, in any location.
    let http = reqwest::Client::new();
    for path in [
        "/blobs/AA==?salt=not*base64",
        "/blobs/%25%25?salt=AA==",
        "/blobs/AA==?salt=AA%3D%3D&chunks=AA==,%3F",
    ] {
        let answer = http
            .get(format!("http://{addr}{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 400, "{path}");
        assert_eq!(answer.headers()["content-type"], "application/problem+json");
    }
    requests.take();
    assert_eq!(Base64(b"hi".to_vec()).to_string(), "aGk=");
    assert_eq!("aGk=".parse::<Base64>().unwrap(), Base64(b"hi".to_vec()));
}

mod beta {
    use fixture_path_queries::server::{
        CompactResponse, DefaultApi, DeleteItemBetaResponse, GetItemResponse, PutItemResponse,
    };

    use super::Log;

    pub struct Items(pub Log<String>);

    impl DefaultApi for Items {
        async fn get_item(&self, id: String) -> GetItemResponse {
            GetItemResponse::Ok(format!("item {id}"))
        }

        async fn delete_item_beta(&self, id: String) -> DeleteItemBetaResponse {
            self.0.push(format!("deleted {id}"));
            DeleteItemBetaResponse::NoContent
        }

        async fn put_item(&self, id: i64) -> PutItemResponse {
            self.0.push(format!("put {id}"));
            PutItemResponse::NoContent
        }

        async fn compact(&self) -> CompactResponse {
            self.0.push("compacted".to_string());
            CompactResponse::NoContent
        }
    }
}

#[tokio::test]
async fn path_keys_with_a_query_string_are_served_at_their_bare_path() {
    use fixture_path_queries::client::Client;

    let (calls, requests) = (Log::default(), Log::default());
    let app = fixture_path_queries::server::router(beta::Items(calls.clone()));
    let addr = serve(app, requests.clone()).await;
    let api = Client::new(format!("http://{addr}")).unwrap().default_api();

    assert_eq!(api.get_item("7").await.unwrap(), "item 7");
    // `delete` joined `/items/{id}`, with the path-level `id` parameter of its own item.
    api.delete_item_beta("7").await.unwrap();
    api.compact().await.unwrap();
    // `/items/{itemId}` is routed with `/items/{id}`, its parameter typed as its own spec says.
    api.put_item(8).await.unwrap();
    assert_eq!(calls.take(), ["deleted 7", "compacted", "put 8"]);
    assert_eq!(
        requests.take(),
        [
            "GET /items/7",
            "DELETE /items/7",
            "POST /compact",
            "PUT /items/8"
        ]
    );
    let answer = reqwest::Client::new()
        .put(format!("http://{addr}/items/eight"))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    assert!(calls.take().is_empty());
}

mod events {
    use fixture_query_date_time::models::Window;
    use fixture_query_date_time::server::{DefaultApi, ListEventsQuery, ListEventsResponse};

    pub struct Events;

    impl DefaultApi for Events {
        async fn list_events(&self, params: ListEventsQuery) -> ListEventsResponse {
            ListEventsResponse::Ok(Window {
                since: params.since,
                until: params.until,
            })
        }
    }
}

#[tokio::test]
async fn date_time_query_parameters_are_rfc3339_on_the_wire() {
    use fixture_query_date_time::client::{Client, ListEventsParams};

    let requests = Log::default();
    let app = fixture_query_date_time::server::router(events::Events);
    let addr = serve(app, requests.clone()).await;
    let api = Client::new(format!("http://{addr}")).unwrap().default_api();

    let since = chrono::DateTime::parse_from_rfc3339("2026-12-01T10:00:00.250+01:00").unwrap();
    let until = chrono::DateTime::parse_from_rfc3339("2026-12-02T00:00:00Z").unwrap();
    let window = api
        .list_events(since, ListEventsParams { until: Some(until) })
        .await
        .unwrap();
    assert_eq!((window.since, window.until), (since, Some(until)));
    assert_eq!(window.since.offset(), since.offset(), "the offset is kept");
    assert_eq!(
        requests.take(),
        ["GET /events?since=2026-12-01T10%3A00%3A00.250%2B01%3A00&until=2026-12-02T00%3A00%3A00Z"]
    );

    // The server reads what chrono reads (its own `Display` form too, as older clients sent it);
    // text that is no date-time is refused before the implementation runs.
    let http = reqwest::Client::new();
    let url = format!("http://{addr}/events");
    let answer = http
        .get(format!(
            "{url}?since=2026-12-01%2010%3A00%3A00.250%20%2B01%3A00"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let window: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(window["since"], "2026-12-01T10:00:00.250+01:00");
    for query in [
        "since=tomorrow",
        "since=2026-12-01T10%3A00%3A00Z&until=2026-13-01",
    ] {
        let answer = http.get(format!("{url}?{query}")).send().await.unwrap();
        assert_eq!(answer.status(), 400, "{query}");
        assert_eq!(answer.headers()["content-type"], "application/problem+json");
    }
}
