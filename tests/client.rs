//! Wire-level tests of the generated clients: each operation of the three specs is called against a
//! small axum app on 127.0.0.1 that records the request and plays back a canned response, and the
//! tests check what went over the wire and what the client decoded.

use std::sync::{Arc, Mutex};

use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderMap, Method};
use axum::response::IntoResponse;
use bytes::Bytes;
use futures_util::StreamExt;
use serde_json::json;

use alfresco_core::client as alfresco;
use alfresco_core::models as am;
use docspace::client as ds;
use docspace::models as dm;
use pieces_os::client as pieces;
use pieces_os::models as pm;

// ---------------------------------------------------------------------------------------------
// The recording server.

/// One request as the server saw it.
#[derive(Debug, Clone)]
struct Seen {
    method: Method,
    /// The raw path, relative to the API's base path, still percent-encoded.
    path: String,
    /// The raw query string, `None` when the URL had none.
    query: Option<String>,
    headers: HeaderMap,
    body: Bytes,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(name)
            .map(|value| value.to_str().expect("ASCII header"))
    }
}

/// The canned response.
#[derive(Debug, Clone)]
struct Reply {
    status: u16,
    content_type: Option<&'static str>,
    body: Vec<u8>,
}

impl Reply {
    fn empty(status: u16) -> Self {
        Self {
            status,
            content_type: None,
            body: Vec::new(),
        }
    }

    fn json(status: u16, value: &impl serde::Serialize) -> Self {
        Self {
            status,
            content_type: Some("application/json"),
            body: serde_json::to_vec(value).unwrap(),
        }
    }

    fn raw(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            content_type: Some(content_type),
            body: body.into(),
        }
    }
}

struct Server {
    /// The URL to give the client: `http://127.0.0.1:<port><base_path>`.
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    async fn start(base_path: &'static str, reply: Reply) -> Self {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = seen.clone();
        let app = axum::Router::new().fallback(move |request: Request| {
            let record = record.clone();
            let reply = reply.clone();
            async move {
                let (parts, body) = request.into_parts();
                let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
                let path = parts.uri.path();
                let path = path.strip_prefix(base_path).unwrap_or(path).to_string();
                record.lock().unwrap().push(Seen {
                    method: parts.method,
                    path,
                    query: parts.uri.query().map(str::to_string),
                    headers: parts.headers,
                    body,
                });
                let mut response = axum::http::Response::builder().status(reply.status);
                if let Some(content_type) = reply.content_type {
                    response = response.header(header::CONTENT_TYPE, content_type);
                }
                response
                    .header("x-trace", "t-1")
                    .body(axum::body::Body::from(reply.body))
                    .unwrap()
            }
        });
        Self::serve(base_path, app, seen).await
    }

    async fn serve(base_path: &str, app: axum::Router, seen: Arc<Mutex<Vec<Seen>>>) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self {
            base: format!("http://{address}{base_path}"),
            seen,
        }
    }

    /// The only request the server received.
    fn request(&self) -> Seen {
        let seen = self.seen.lock().unwrap();
        assert_eq!(seen.len(), 1, "expected exactly one request, got {seen:#?}");
        seen[0].clone()
    }
}

fn alfresco_client(server: &Server) -> alfresco::Client {
    alfresco::Client::new(&server.base)
        .unwrap()
        .with_basic_auth("admin", "s3cret-pass")
}

fn docspace_client(server: &Server) -> ds::Client {
    ds::Client::new(&server.base)
        .unwrap()
        .with_api_key("key-123")
}

fn pieces_client(server: &Server) -> pieces::Client {
    pieces::Client::new(&server.base)
        .unwrap()
        .with_bearer_token("tok-456")
}

/// A check of a documented error, for table-driven tests.
type Expect<E> = fn(&E) -> bool;

const BASIC: &str = "Basic YWRtaW46czNjcmV0LXBhc3M=";

fn person_entry() -> am::PersonEntry {
    serde_json::from_value(json!({
        "entry": { "id": "jöhn", "firstName": "John", "email": "john@example.com", "enabled": false },
    }))
    .unwrap()
}

fn alfresco_error(status: i32) -> am::Error {
    am::Error {
        error: am::ErrorError {
            status_code: status,
            brief_summary: "boom".into(),
            stack_trace: "none".into(),
            description_url: "https://example.com".into(),
            error_key: None,
            log_id: None,
        },
    }
}

fn pieces_person() -> pm::Person {
    serde_json::from_value(json!({
        "id": "p-1",
        "created": { "value": "2024-01-02T03:04:05Z" },
        "updated": { "value": "2024-01-02T03:04:05Z" },
        "type": {},
    }))
    .unwrap()
}

fn user_profile() -> pm::UserProfile {
    serde_json::from_value(json!({
        "id": "u-1",
        "email": "u@example.com",
        "aesthetics": { "theme": { "dark": false }, "font": { "size": 0 } },
    }))
    .unwrap()
}

// ---------------------------------------------------------------------------------------------
// alfresco-core: PeopleApi.

#[tokio::test]
async fn list_people_encodes_query_and_sends_basic_auth() {
    let paging = am::PersonPaging {
        list: Some(am::PersonPagingList {
            entries: Some(vec![person_entry()]),
            ..Default::default()
        }),
    };
    let server = Server::start(alfresco_core::BASE_PATH, Reply::json(200, &paging)).await;
    let params = alfresco::ListPeopleParams {
        skip_count: Some(5),
        max_items: None,
        order_by: Some(vec!["firstName ASC".into(), "id".into()]),
        include: None,
        fields: Some(vec!["id".into(), "a,b&c".into()]),
    };
    let page = alfresco_client(&server)
        .people()
        .list_people(params)
        .await
        .unwrap();
    assert_eq!(page, paging);

    let seen = server.request();
    assert_eq!(seen.method, Method::GET);
    assert_eq!(seen.path, "/people");
    assert_eq!(
        seen.query.as_deref(),
        Some("skipCount=5&orderBy=firstName%20ASC,id&fields=id,a%2Cb%26c")
    );
    assert_eq!(seen.header("authorization"), Some(BASIC));
    assert_eq!(seen.header("accept"), Some("application/json"));
    assert!(seen
        .header("user-agent")
        .unwrap()
        .starts_with("alfresco-core/"));
    assert!(seen.body.is_empty());
}

#[tokio::test]
async fn optional_query_parameters_are_omitted_when_none() {
    let server = Server::start(
        alfresco_core::BASE_PATH,
        Reply::json(200, &am::PersonPaging::default()),
    )
    .await;
    alfresco_client(&server)
        .people()
        .list_people(Default::default())
        .await
        .unwrap();
    assert_eq!(server.request().query, None);
}

#[tokio::test]
async fn path_parameters_are_encoded_as_one_segment() {
    let cases = [
        ("-me-", "/people/-me-"),
        ("a/b c", "/people/a%2Fb%20c"),
        ("jöhn", "/people/j%C3%B6hn"),
        ("50%?#", "/people/50%25%3F%23"),
        ("x.y_z~", "/people/x.y_z~"),
    ];
    for (id, path) in cases {
        let server =
            Server::start(alfresco_core::BASE_PATH, Reply::json(200, &person_entry())).await;
        let entry = alfresco_client(&server)
            .people()
            .get_person(id, Default::default())
            .await
            .unwrap();
        assert_eq!(entry, person_entry());
        let seen = server.request();
        assert_eq!(seen.path, path, "person id {id:?}");
        assert_eq!(seen.query, None);
    }
}

#[tokio::test]
async fn create_person_sends_json_and_decodes_201() {
    let server = Server::start(alfresco_core::BASE_PATH, Reply::json(201, &person_entry())).await;
    let body: am::PersonBodyCreate = serde_json::from_value(json!({
        "id": "abeecher",
        "firstName": "Alice",
        "email": "abeecher@example.com",
        "password": "",
    }))
    .unwrap();
    let params = alfresco::CreatePersonParams {
        fields: Some(vec!["id".into()]),
    };
    let created = alfresco_client(&server)
        .people()
        .create_person(params, body.clone())
        .await
        .unwrap();
    assert_eq!(created, person_entry());

    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::POST, "/people")
    );
    assert_eq!(seen.query.as_deref(), Some("fields=id"));
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.body, serde_json::to_vec(&body).unwrap());
}

#[tokio::test]
async fn update_person_sends_put_with_json() {
    let server = Server::start(alfresco_core::BASE_PATH, Reply::json(200, &person_entry())).await;
    let body = am::PersonBodyUpdate {
        first_name: Some("Al".into()),
        ..Default::default()
    };
    let updated = alfresco_client(&server)
        .people()
        .update_person("-me-", Default::default(), body.clone())
        .await
        .unwrap();
    assert_eq!(updated, person_entry());
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::PUT, "/people/-me-")
    );
    assert_eq!(seen.body, serde_json::to_vec(&body).unwrap());
}

#[tokio::test]
async fn documented_error_statuses_are_typed() {
    let cases: Vec<(Reply, Expect<alfresco::GetPersonError>, u16)> = vec![
        (
            Reply::empty(401),
            |e| matches!(e, alfresco::GetPersonError::Unauthorized),
            401,
        ),
        (
            Reply::empty(404),
            |e| matches!(e, alfresco::GetPersonError::NotFound),
            404,
        ),
        (
            Reply::json(500, &alfresco_error(500)),
            |e| matches!(e, alfresco::GetPersonError::Default { status: 500, body } if **body == alfresco_error(500)),
            500,
        ),
        (
            Reply::json(418, &alfresco_error(418)),
            |e| matches!(e, alfresco::GetPersonError::Default { status: 418, .. }),
            418,
        ),
    ];
    for (reply, expected, status) in cases {
        let server = Server::start(alfresco_core::BASE_PATH, reply).await;
        let error = alfresco_client(&server)
            .people()
            .get_person("x", Default::default())
            .await
            .unwrap_err();
        match &error {
            alfresco::Error::Api(api) => assert!(expected(api), "status {status}: {api:?}"),
            other => panic!("status {status}: expected a documented error, got {other:?}"),
        }
        assert_eq!(error.status(), Some(status));
        assert_eq!(error.operation(), "get_person");
        let message = error.to_string();
        assert!(message.starts_with("get_person: "), "{message}");
        assert!(message.contains(&status.to_string()), "{message}");
        assert!(!message.contains("s3cret"), "{message}");
    }
}

#[tokio::test]
async fn get_avatar_image_sends_http_date_and_decodes_binary() {
    let image = b"\x89PNG\r\n\x1a\n\x00binary".to_vec();
    let server = Server::start(
        alfresco_core::BASE_PATH,
        Reply::raw(200, "image/png", image.clone()),
    )
    .await;
    let since = chrono::DateTime::parse_from_rfc3339("2016-03-09T16:56:34Z")
        .unwrap()
        .to_utc();
    let params = alfresco::GetAvatarImageParams {
        attachment: Some(false),
        if_modified_since: Some(since),
        placeholder: Some(true),
    };
    let result = alfresco_client(&server)
        .people()
        .get_avatar_image("-me-", params)
        .await
        .unwrap();
    match result {
        alfresco::GetAvatarImageSuccess::Ok(bytes) => assert_eq!(bytes, image),
        other => panic!("expected the image, got {other:?}"),
    }
    let seen = server.request();
    assert_eq!(seen.path, "/people/-me-/avatar");
    assert_eq!(
        seen.query.as_deref(),
        Some("attachment=false&placeholder=true")
    );
    assert_eq!(
        seen.header("if-modified-since"),
        Some("Wed, 09 Mar 2016 16:56:34 GMT")
    );
    assert_eq!(seen.header("accept"), Some("application/octet-stream"));
}

#[tokio::test]
async fn http_dates_match_the_http_date_format_across_years() {
    // Leap days, the end of a century and the epoch all format as IMF-fixdate.
    let cases = [
        ("1970-01-01T00:00:00Z", "Thu, 01 Jan 1970 00:00:00 GMT"),
        ("2000-02-29T23:59:59Z", "Tue, 29 Feb 2000 23:59:59 GMT"),
        ("2100-03-01T12:00:00Z", "Mon, 01 Mar 2100 12:00:00 GMT"),
        ("2024-12-31T08:09:10Z", "Tue, 31 Dec 2024 08:09:10 GMT"),
    ];
    for (time, expected) in cases {
        let server = Server::start(alfresco_core::BASE_PATH, Reply::empty(304)).await;
        let since = chrono::DateTime::parse_from_rfc3339(time).unwrap().to_utc();
        let params = alfresco::GetAvatarImageParams {
            if_modified_since: Some(since),
            ..Default::default()
        };
        let result = alfresco_client(&server)
            .people()
            .get_avatar_image("-me-", params)
            .await
            .unwrap();
        assert!(matches!(
            result,
            alfresco::GetAvatarImageSuccess::NotModified
        ));
        assert_eq!(server.request().header("if-modified-since"), Some(expected));
    }
}

#[tokio::test]
async fn json_default_documented_under_octet_stream_is_decoded_as_json() {
    for content_type in ["application/octet-stream", "application/json"] {
        let reply = Reply::raw(
            503,
            content_type,
            serde_json::to_vec(&alfresco_error(503)).unwrap(),
        );
        let server = Server::start(alfresco_core::BASE_PATH, reply).await;
        let error = alfresco_client(&server)
            .people()
            .get_avatar_image("x", Default::default())
            .await
            .unwrap_err();
        assert!(
            matches!(&error, alfresco::Error::Api(alfresco::GetAvatarImageError::Default { status: 503, body }) if **body == alfresco_error(503)),
            "{content_type}: {error:?}"
        );
    }
}

#[tokio::test]
async fn update_avatar_image_sends_binary_body() {
    let server = Server::start(alfresco_core::BASE_PATH, Reply::empty(200)).await;
    let image = Bytes::from_static(b"\x00\x01\x02\xff image");
    alfresco_client(&server)
        .people()
        .update_avatar_image("a b", image.clone())
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::PUT, "/people/a%20b/avatar")
    );
    assert_eq!(
        seen.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(seen.body, image);
}

#[tokio::test]
async fn update_avatar_image_statuses() {
    let cases: Vec<(u16, Expect<alfresco::UpdateAvatarImageError>)> = vec![
        (400, |e| {
            matches!(e, alfresco::UpdateAvatarImageError::BadRequest)
        }),
        (403, |e| {
            matches!(e, alfresco::UpdateAvatarImageError::Forbidden)
        }),
        (413, |e| {
            matches!(e, alfresco::UpdateAvatarImageError::PayloadTooLarge)
        }),
        (501, |e| {
            matches!(e, alfresco::UpdateAvatarImageError::NotImplemented)
        }),
        (507, |e| {
            matches!(e, alfresco::UpdateAvatarImageError::InsufficientStorage)
        }),
    ];
    for (status, expected) in cases {
        let server = Server::start(alfresco_core::BASE_PATH, Reply::empty(status)).await;
        let error = alfresco_client(&server)
            .people()
            .update_avatar_image("me", Bytes::new())
            .await
            .unwrap_err();
        assert!(
            matches!(&error, alfresco::Error::Api(api) if expected(api)),
            "{status}: {error:?}"
        );
    }
}

#[tokio::test]
async fn delete_avatar_image_returns_unit_on_204() {
    let server = Server::start(alfresco_core::BASE_PATH, Reply::empty(204)).await;
    alfresco_client(&server)
        .people()
        .delete_avatar_image("-me-")
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::DELETE, "/people/-me-/avatar")
    );
    assert_eq!(
        seen.header("accept"),
        Some("application/json"),
        "the default response is JSON"
    );
}

#[tokio::test]
async fn password_reset_operations_return_unit_on_202() {
    let server = Server::start(alfresco_core::BASE_PATH, Reply::empty(202)).await;
    let body = am::ClientBody {
        client: "share".into(),
    };
    alfresco_client(&server)
        .people()
        .request_password_reset("bob", body.clone())
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::POST, "/people/bob/request-password-reset")
    );
    assert_eq!(seen.body, serde_json::to_vec(&body).unwrap());
    assert_eq!(
        seen.header("accept"),
        Some("*/*"),
        "no response has a body, so reqwest's default stays"
    );

    let server = Server::start(alfresco_core::BASE_PATH, Reply::empty(202)).await;
    let body = am::PasswordResetBody {
        password: "n".into(),
        id: "i".into(),
        key: "k".into(),
    };
    alfresco_client(&server)
        .people()
        .reset_password("bob", body.clone())
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(seen.path, "/people/bob/reset-password");
    assert_eq!(seen.body, serde_json::to_vec(&body).unwrap());

    let server = Server::start(alfresco_core::BASE_PATH, Reply::empty(400)).await;
    let error = alfresco_client(&server)
        .people()
        .reset_password("bob", body)
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        alfresco::Error::Api(alfresco::ResetPasswordError::BadRequest)
    ));

    let server = Server::start(alfresco_core::BASE_PATH, Reply::empty(404)).await;
    let body = am::ClientBody {
        client: String::new(),
    };
    let error = alfresco_client(&server)
        .people()
        .request_password_reset("bob", body)
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        alfresco::Error::Api(alfresco::RequestPasswordResetError::NotFound)
    ));
}

#[tokio::test]
async fn undocumented_status_keeps_status_headers_and_body() {
    let server = Server::start(
        alfresco_core::BASE_PATH,
        Reply::raw(500, "text/html", "<h1>oops</h1>"),
    )
    .await;
    let body = am::ClientBody {
        client: String::new(),
    };
    let error = alfresco_client(&server)
        .people()
        .request_password_reset("bob", body)
        .await
        .unwrap_err();
    let alfresco::Error::UnexpectedStatus(response) = &error else {
        panic!("expected an unexpected status, got {error:?}")
    };
    assert_eq!(response.status, 500);
    assert_eq!(response.operation, "request_password_reset");
    assert_eq!(response.headers.get("x-trace").unwrap(), "t-1");
    assert_eq!(response.body, "<h1>oops</h1>");
    assert_eq!(
        error.to_string(),
        "request_password_reset: the server answered with undocumented status 500 Internal Server Error"
    );
}

#[tokio::test]
async fn bodies_that_do_not_decode_are_decode_errors() {
    let cases = [
        Reply::raw(200, "application/json", "{not json"),
        Reply::raw(
            200,
            "text/plain",
            serde_json::to_vec(&person_entry()).unwrap(),
        ),
        Reply::json(200, &json!({ "entry": { "id": 7 } })),
    ];
    for reply in cases {
        let server = Server::start(alfresco_core::BASE_PATH, reply.clone()).await;
        let error = alfresco_client(&server)
            .people()
            .get_person("x", Default::default())
            .await
            .unwrap_err();
        let alfresco::Error::Decode {
            operation,
            status,
            message,
        } = &error
        else {
            panic!("{reply:?}: expected a decode error, got {error:?}")
        };
        assert_eq!((*operation, *status), ("get_person", 200));
        assert!(!message.is_empty());
        assert!(
            error
                .to_string()
                .starts_with("get_person: cannot decode the 200 OK response: "),
            "{error}"
        );
    }
}

#[tokio::test]
async fn transport_errors_do_not_leak_credentials() {
    // Bind then drop a listener so that nothing listens on the port.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = alfresco::Client::new(format!("http://{address}"))
        .unwrap()
        .with_basic_auth("admin", "s3cret-pass");
    let error = client
        .people()
        .delete_avatar_image("-me-")
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            alfresco::Error::Transport {
                operation: "delete_avatar_image",
                ..
            }
        ),
        "{error:?}"
    );
    assert!(std::error::Error::source(&error).is_some());
    for text in [error.to_string(), format!("{error:?}")] {
        assert!(!text.contains("s3cret"), "{text}");
    }
}

#[tokio::test]
async fn debug_output_redacts_credentials() {
    let client = alfresco::Client::new("http://localhost/api")
        .unwrap()
        .with_basic_auth("admin", "s3cret-pass")
        .with_bearer_token("bearer-token-value")
        .with_api_key("api-key-value");
    let debug = format!(
        "{client:?} {:?} {:?}",
        client.people(),
        client.credentials()
    );
    for secret in [
        "s3cret-pass",
        "bearer-token-value",
        "api-key-value",
        "admin",
    ] {
        assert!(!debug.contains(secret), "{secret} leaked in {debug}");
    }
    assert!(debug.contains("<redacted>"), "{debug}");
    assert!(debug.contains("http://localhost/api"), "{debug}");
}

#[tokio::test]
async fn client_configuration() {
    assert!(alfresco::Client::new("not a url").is_err());
    assert!(alfresco::Client::new("ftp://example.com").is_err());
    assert_eq!(
        alfresco::Client::default().base_url(),
        alfresco_core::DEFAULT_BASE_URL
    );
    let client = alfresco::Client::new("http://example.com/api/").unwrap();
    assert_eq!(
        client.base_url(),
        "http://example.com/api",
        "the trailing slash is dropped"
    );

    // An injected reqwest client, a custom user agent, and no credentials: no Authorization header.
    let server = Server::start(alfresco_core::BASE_PATH, Reply::empty(204)).await;
    let http = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(5))
        .build()
        .unwrap();
    let client = alfresco::Client::new(&server.base)
        .unwrap()
        .with_http_client(http)
        .with_user_agent("tests/1.0");
    let configured = client.clone().with_basic_auth("a", "b");
    alfresco::PeopleApi::new(client)
        .delete_avatar_image("-me-")
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(seen.header("user-agent"), Some("tests/1.0"));
    assert_eq!(seen.header("authorization"), None);
    assert!(format!("{:?}", configured.credentials()).contains("basic: \"<redacted>\""));
}

// ---------------------------------------------------------------------------------------------
// docspace: PeoplePhotosApi (API key in a cookie, multipart).

#[tokio::test]
async fn get_member_photo_sends_the_api_key_cookie() {
    let photo = dm::ThumbnailsDataWrapper::default();
    let server = Server::start("", Reply::json(200, &photo)).await;
    let result = docspace_client(&server)
        .people_photos()
        .get_member_photo("user 1")
        .await
        .unwrap();
    assert_eq!(result, photo);
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::GET, "/api/2.0/people/user%201/photo")
    );
    assert_eq!(seen.header("cookie"), Some("asc_auth_key=key-123"));
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(seen.query, None);
}

#[tokio::test]
async fn docspace_statuses_are_typed() {
    let cases: Vec<(u16, Expect<ds::DeleteMemberPhotoError>)> = vec![
        (401, |e| {
            matches!(e, ds::DeleteMemberPhotoError::Unauthorized)
        }),
        (403, |e| matches!(e, ds::DeleteMemberPhotoError::Forbidden)),
        (404, |e| matches!(e, ds::DeleteMemberPhotoError::NotFound)),
    ];
    for (status, expected) in cases {
        let server = Server::start("", Reply::empty(status)).await;
        let error = docspace_client(&server)
            .people_photos()
            .delete_member_photo("u")
            .await
            .unwrap_err();
        assert!(
            matches!(&error, ds::Error::Api(api) if expected(api)),
            "{status}: {error:?}"
        );
        assert_eq!(
            error.to_string(),
            format!(
                "delete_member_photo: the server answered {}",
                error_status_text(status)
            )
        );
    }
}

fn error_status_text(status: u16) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .unwrap()
        .canonical_reason()
        .unwrap();
    format!("{status} {reason}")
}

#[tokio::test]
async fn update_and_delete_member_photo() {
    let wrapper = dm::ThumbnailsDataWrapper::default();

    let server = Server::start("", Reply::json(200, &wrapper)).await;
    let body = dm::UpdatePhotoMemberRequest {
        files: Some("f.png".into()),
    };
    let result = docspace_client(&server)
        .people_photos()
        .update_member_photo("u", Some(body.clone()))
        .await
        .unwrap();
    assert_eq!(result, wrapper);
    let seen = server.request();
    assert_eq!(seen.method, Method::PUT);
    assert_eq!(seen.body, serde_json::to_vec(&body).unwrap());
    assert_eq!(seen.header("content-type"), Some("application/json"));

    // An optional body left out sends no body and no content type.
    let server = Server::start("", Reply::json(200, &wrapper)).await;
    docspace_client(&server)
        .people_photos()
        .update_member_photo("u", None)
        .await
        .unwrap();
    let seen = server.request();
    assert!(seen.body.is_empty());
    assert_eq!(seen.header("content-type"), None);

    let server = Server::start("", Reply::json(200, &wrapper)).await;
    docspace_client(&server)
        .people_photos()
        .delete_member_photo("u")
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::DELETE, "/api/2.0/people/u/photo")
    );
}

#[tokio::test]
async fn create_member_photo_thumbnails_sends_json() {
    let server = Server::start("", Reply::json(200, &dm::ThumbnailsDataWrapper::default())).await;
    let body = dm::ThumbnailsRequest {
        tmp_file: Some("tmp".into()),
        x: Some(3),
        ..Default::default()
    };
    docspace_client(&server)
        .people_photos()
        .create_member_photo_thumbnails("u", Some(body.clone()))
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::POST, "/api/2.0/people/u/photo/thumbnails")
    );
    assert_eq!(seen.body, serde_json::to_vec(&body).unwrap());
    assert_eq!(seen.header("cookie"), Some("asc_auth_key=key-123"));
}

#[tokio::test]
async fn upload_member_photo_sends_multipart_json_parts() {
    let result = dm::FileUploadResultWrapper::default();
    let server = Server::start("", Reply::json(200, &result)).await;
    let items = vec![
        dm::KeyValuePairStringStringValues {
            key: Some("a".into()),
            value: Some(vec!["1".into()]),
        },
        dm::KeyValuePairStringStringValues {
            key: Some("b\"--".into()),
            value: None,
        },
    ];
    let form = dm::UploadMemberPhotoForm {
        form_collection: Some(items.clone()),
    };
    let uploaded = docspace_client(&server)
        .people_photos()
        .upload_member_photo("u", Some(form))
        .await
        .unwrap();
    assert_eq!(uploaded, result);

    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::POST, "/api/2.0/people/u/photo")
    );
    assert!(seen
        .header("content-type")
        .unwrap()
        .starts_with("multipart/form-data; boundary="));
    // Parse the body back with axum's multipart extractor.
    let mut request = axum::http::Request::builder().method("POST").uri("/");
    for (name, value) in &seen.headers {
        request = request.header(name, value);
    }
    let request = request
        .body(axum::body::Body::from(seen.body.clone()))
        .unwrap();
    let mut multipart = axum::extract::Multipart::from_request(request, &())
        .await
        .unwrap();
    let mut parts = Vec::new();
    while let Some(field) = multipart.next_field().await.unwrap() {
        let name = field.name().unwrap().to_string();
        let content_type = field.content_type().map(str::to_string);
        let bytes = field.bytes().await.unwrap();
        parts.push((
            name,
            content_type,
            serde_json::from_slice::<dm::KeyValuePairStringStringValues>(&bytes).unwrap(),
        ));
    }
    // An array of objects travels as one JSON part per item (OpenAPI 3.0's form encoding, what
    // the vendor's own SDK sends and its server reads).
    let expected: Vec<_> = items
        .into_iter()
        .map(|item| {
            (
                "formCollection".to_string(),
                Some("application/json".to_string()),
                item,
            )
        })
        .collect();
    assert_eq!(parts, expected);

    // Without a form there is no body at all.
    let server = Server::start("", Reply::json(200, &result)).await;
    docspace_client(&server)
        .people_photos()
        .upload_member_photo("u", None)
        .await
        .unwrap();
    assert!(server.request().body.is_empty());
}

// ---------------------------------------------------------------------------------------------
// pieces-os: PersonApi and UserApi (bearer only where required, text/plain errors, WebSocket).

#[tokio::test]
async fn person_workstream_associations_use_two_path_segments() {
    let server = Server::start("", Reply::empty(204)).await;
    pieces_client(&server)
        .person()
        .person_associate_workstream_summary("p/1", "w 2")
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (
            Method::POST,
            "/person/p%2F1/workstream_summaries/associate/w%202"
        )
    );
    assert_eq!(
        seen.header("authorization"),
        None,
        "the operation asks for no auth"
    );

    let server = Server::start(
        "",
        Reply::raw(500, "text/plain; charset=utf-8", "disk on fire"),
    )
    .await;
    let error = pieces_client(&server)
        .person()
        .person_disassociate_workstream_summary("p", "w")
        .await
        .unwrap_err();
    assert!(
        matches!(&error, pieces::Error::Api(pieces::PersonDisassociateWorkstreamSummaryError::InternalServerError(text)) if text == "disk on fire"),
        "{error:?}"
    );
    assert_eq!(
        server.request().path,
        "/person/p/workstream_summaries/disassociate/w"
    );
}

#[tokio::test]
async fn person_scores_increment_with_optional_body() {
    let server = Server::start("", Reply::empty(204)).await;
    let body = pm::SeededScoreIncrement::default();
    pieces_client(&server)
        .person()
        .person_scores_increment("p", Some(body.clone()))
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(seen.path, "/person/p/scores/increment");
    assert_eq!(seen.body, serde_json::to_vec(&body).unwrap());
}

#[tokio::test]
async fn person_snapshot_and_update_encode_booleans() {
    for (flag, query) in [
        (Some(true), Some("transferables=true")),
        (Some(false), Some("transferables=false")),
        (None, None),
    ] {
        let server = Server::start("", Reply::json(200, &pieces_person())).await;
        let params = pieces::PersonSnapshotParams {
            transferables: flag,
        };
        let person = pieces_client(&server)
            .person()
            .person_snapshot("p-1", params)
            .await
            .unwrap();
        assert_eq!(person, pieces_person());
        let seen = server.request();
        assert_eq!(seen.path, "/person/p-1");
        assert_eq!(seen.query.as_deref(), query);
    }

    let server = Server::start("", Reply::json(200, &pieces_person())).await;
    let params = pieces::UpdatePersonParams {
        transferables: Some(false),
    };
    let person = pieces_client(&server)
        .person()
        .update_person(params, Some(pieces_person()))
        .await
        .unwrap();
    assert_eq!(person, pieces_person());
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::POST, "/person/update")
    );
    assert_eq!(seen.query.as_deref(), Some("transferables=false"));
    assert_eq!(seen.body, serde_json::to_vec(&pieces_person()).unwrap());
}

#[tokio::test]
async fn bearer_token_is_sent_only_where_required() {
    let server = Server::start("", Reply::json(200, &user_profile())).await;
    let body = pm::Auth0User {
        name: Some("n".into()),
        ..Default::default()
    };
    let profile = pieces_client(&server)
        .user()
        .select_user(Some(body.clone()))
        .await
        .unwrap();
    assert_eq!(profile, user_profile());
    let seen = server.request();
    assert_eq!(
        (seen.method.clone(), seen.path.as_str()),
        (Method::POST, "/user/select")
    );
    assert_eq!(seen.header("authorization"), Some("Bearer tok-456"));
    assert_eq!(seen.body, serde_json::to_vec(&body).unwrap());

    let server = Server::start("", Reply::json(200, &user_profile())).await;
    pieces_client(&server)
        .user()
        .update_user(Some(user_profile()))
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(seen.path, "/user/update");
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(seen.body, serde_json::to_vec(&user_profile()).unwrap());
}

#[tokio::test]
async fn user_operations_round_trip() {
    let server = Server::start("", Reply::empty(204)).await;
    pieces_client(&server).user().clear_user().await.unwrap();
    assert_eq!(server.request().path, "/user/clear");

    let server = Server::start("", Reply::json(200, &user_profile())).await;
    assert_eq!(
        pieces_client(&server).user().refresh_user().await.unwrap(),
        user_profile()
    );
    assert_eq!(
        server.request().header("accept"),
        Some("application/json, text/plain")
    );

    let returned = pm::ReturnedUserProfile {
        user: Some(user_profile()),
        ..Default::default()
    };
    let server = Server::start("", Reply::json(200, &returned)).await;
    assert_eq!(
        pieces_client(&server).user().user_snapshot().await.unwrap(),
        returned
    );
    assert_eq!(server.request().path, "/user");

    let server = Server::start("", Reply::json(200, &returned)).await;
    assert_eq!(
        pieces_client(&server)
            .user()
            .user_providers()
            .await
            .unwrap(),
        returned
    );
    assert_eq!(server.request().path, "/user/providers");

    let status = pm::UserBetaStatus {
        user: "u-1".into(),
        schema: None,
        auth0: None,
    };
    let server = Server::start("", Reply::json(200, &status)).await;
    assert_eq!(
        pieces_client(&server)
            .user()
            .user_beta_status(Some(status.clone()))
            .await
            .unwrap(),
        status
    );
    assert_eq!(server.request().body, serde_json::to_vec(&status).unwrap());

    let server = Server::start("", Reply::json(200, &user_profile())).await;
    assert_eq!(
        pieces_client(&server)
            .user()
            .user_update_vanity(None)
            .await
            .unwrap(),
        user_profile()
    );
    let seen = server.request();
    assert_eq!(seen.path, "/user/update/vanity");
    assert!(seen.body.is_empty());
}

#[tokio::test]
async fn text_plain_errors_are_decoded_as_strings() {
    let text = |status| Reply::raw(status, "text/plain", format!("status {status} ✓"));

    let server = Server::start("", text(500)).await;
    let error = pieces_client(&server)
        .user()
        .refresh_user()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, pieces::Error::Api(pieces::RefreshUserError::InternalServerError(t)) if t == "status 500 ✓")
    );

    let server = Server::start("", text(501)).await;
    let error = pieces_client(&server)
        .user()
        .user_providers()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, pieces::Error::Api(pieces::UserProvidersError::NotImplemented(t)) if t == "status 501 ✓")
    );
    assert_eq!(
        error.to_string(),
        "user_providers: the server answered 501 Not Implemented"
    );

    let server = Server::start("", text(511)).await;
    let error = pieces_client(&server)
        .user()
        .user_beta_status(None)
        .await
        .unwrap_err();
    assert!(matches!(
        &error,
        pieces::Error::Api(pieces::UserBetaStatusError::NetworkAuthenticationRequired(
            _
        ))
    ));

    let cases: Vec<(u16, Expect<pieces::UserUpdateVanityError>)> = vec![
        (
            404,
            |e| matches!(e, pieces::UserUpdateVanityError::NotFound(t) if t == "status 404 ✓"),
        ),
        (
            409,
            |e| matches!(e, pieces::UserUpdateVanityError::Conflict(t) if t == "status 409 ✓"),
        ),
        (500, |e| {
            matches!(e, pieces::UserUpdateVanityError::InternalServerError(_))
        }),
        (511, |e| {
            matches!(
                e,
                pieces::UserUpdateVanityError::NetworkAuthenticationRequired(_)
            )
        }),
    ];
    for (status, expected) in cases {
        let server = Server::start("", text(status)).await;
        let error = pieces_client(&server)
            .user()
            .user_update_vanity(None)
            .await
            .unwrap_err();
        assert!(
            matches!(&error, pieces::Error::Api(api) if expected(api)),
            "{status}: {error:?}"
        );
    }

    // Invalid UTF-8 in a text body is a decode error.
    let server = Server::start("", Reply::raw(500, "text/plain", vec![0xff, 0xfe])).await;
    let error = pieces_client(&server)
        .user()
        .refresh_user()
        .await
        .unwrap_err();
    assert!(
        matches!(error, pieces::Error::Decode { status: 500, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn stream_user_yields_messages_until_the_server_closes() {
    use axum::extract::ws::{Message, WebSocketUpgrade};

    let profiles: Vec<pm::UserProfile> = (1..=3)
        .map(|n| pm::UserProfile {
            id: format!("u-{n}"),
            ..user_profile()
        })
        .collect();
    let sent = profiles.clone();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    let app = axum::Router::new().route(
        "/user/stream",
        axum::routing::get(move |headers: HeaderMap, upgrade: WebSocketUpgrade| {
            let sent = sent.clone();
            record.lock().unwrap().push(Seen {
                method: Method::GET,
                path: "/user/stream".into(),
                query: None,
                headers,
                body: Bytes::new(),
            });
            async move {
                upgrade
                    .on_upgrade(move |mut socket| async move {
                        for profile in sent {
                            let text = serde_json::to_string(&profile).unwrap();
                            socket.send(Message::Text(text.into())).await.unwrap();
                        }
                        socket.send(Message::Close(None)).await.unwrap();
                    })
                    .into_response()
            }
        }),
    );
    let server = Server::serve("", app, seen).await;
    let stream = pieces_client(&server).user().stream_user().await.unwrap();
    let received: Vec<_> = stream.collect().await;
    let received: Vec<pm::UserProfile> = received.into_iter().map(Result::unwrap).collect();
    assert_eq!(received, profiles);
    let handshake = server.request();
    assert!(handshake
        .header("user-agent")
        .unwrap()
        .starts_with("pieces-os/"));
    assert_eq!(
        handshake.header("authorization"),
        None,
        "stream_user asks for no auth"
    );
}

#[tokio::test]
async fn stream_user_reports_undecodable_messages_and_refused_connections() {
    use axum::extract::ws::{Message, WebSocketUpgrade};

    let app = axum::Router::new().route(
        "/user/stream",
        axum::routing::get(|upgrade: WebSocketUpgrade| async move {
            upgrade.on_upgrade(|mut socket| async move {
                socket
                    .send(Message::Text("{\"id\": 1}".into()))
                    .await
                    .unwrap();
                socket.send(Message::Close(None)).await.unwrap();
            })
        }),
    );
    let server = Server::serve("", app, Arc::default()).await;
    let received: Vec<_> = pieces_client(&server)
        .user()
        .stream_user()
        .await
        .unwrap()
        .collect()
        .await;
    assert_eq!(received.len(), 1);
    assert!(
        matches!(
            &received[0],
            Err(pieces::Error::Decode {
                operation: "stream_user",
                ..
            })
        ),
        "{received:?}"
    );

    // A server that refuses the upgrade fails the connection.
    let server = Server::start("", Reply::empty(404)).await;
    let error = pieces_client(&server)
        .user()
        .stream_user()
        .await
        .err()
        .expect("the handshake fails");
    assert!(
        matches!(
            error,
            pieces::Error::WebSocket {
                operation: "stream_user",
                ..
            }
        ),
        "{error:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// What a vendor's server may send (causes found against Prism serving the vendors' upstream
// documents), and request bodies checked against those documents (tests/upstream/).

/// The required properties of upstream schema `name` (and, recursively, of the objects under
/// its properties and array items) missing from `value`, as `path: property`.
fn missing_required(
    document: &serde_yaml::Value,
    name: &str,
    value: &serde_json::Value,
) -> Vec<String> {
    fn check(
        document: &serde_yaml::Value,
        schema: &serde_yaml::Value,
        value: &serde_json::Value,
        path: &str,
        missing: &mut Vec<String>,
    ) {
        let schema = match schema.get("$ref").and_then(|r| r.as_str()) {
            Some(reference) => {
                let name = reference.trim_start_matches("#/components/schemas/");
                &document["components"]["schemas"][name]
            }
            None => schema,
        };
        match value {
            serde_json::Value::Object(object) => {
                for required in schema["required"].as_sequence().into_iter().flatten() {
                    let required = required.as_str().unwrap();
                    if !object.contains_key(required) {
                        missing.push(format!("{path}: {required}"));
                    }
                }
                for (key, item) in object {
                    let property = &schema["properties"][key.as_str()];
                    if !property.is_null() {
                        check(document, property, item, &format!("{path}.{key}"), missing);
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    check(
                        document,
                        &schema["items"],
                        item,
                        &format!("{path}[{index}]"),
                        missing,
                    );
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    let schema = &document["components"]["schemas"][name];
    assert!(!schema.is_null(), "no upstream schema {name}");
    check(document, schema, value, name, &mut missing);
    missing
}

fn upstream(file: &str) -> serde_yaml::Value {
    let path = format!("{}/upstream/{file}", env!("CARGO_MANIFEST_DIR"));
    serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn user_profile_json(picture: &str) -> serde_json::Value {
    json!({
        "id": "auth0|1",
        "picture": picture,
        "aesthetics": { "theme": { "dark": true }, "font": { "size": 12 } },
    })
}

/// Cause 7: `format: uri` is the text sent. RFC 3986 allows these (Pieces' own validator
/// accepts them); WHATWG URL parsing refuses the first three and rewrites the fourth.
#[tokio::test]
async fn unusual_uris_decode_and_go_back_unchanged() {
    let document = upstream("pieces-user.yaml");
    for picture in [
        "https://cdn.pieces.123/avatar.png",
        "http://256.1.2.3/a.png",
        "https://pieces.app:99999/a.png",
        "HTTPS://Pieces.APP",
    ] {
        let read = Server::start(
            "",
            Reply::json(200, &json!({ "user": user_profile_json(picture) })),
        )
        .await;
        let profile = pieces_client(&read)
            .user()
            .user_snapshot()
            .await
            .unwrap_or_else(|error| panic!("{picture}: {error}"))
            .user
            .unwrap();
        assert_eq!(profile.picture.as_deref(), Some(picture));

        let write = Server::start("", Reply::json(200, &user_profile_json(picture))).await;
        pieces_client(&write)
            .user()
            .update_user(Some(profile))
            .await
            .unwrap();
        let sent: serde_json::Value = serde_json::from_slice(&write.request().body).unwrap();
        assert_eq!(sent["picture"], picture, "the text goes back as it came");
        assert_eq!(
            missing_required(&document, "UserProfile", &sent),
            Vec::<String>::new()
        );
    }
}

/// A Person from Pieces OS carrying an anchor (whose `text` upstream requires without
/// describing it) and explicit nulls for optional properties that are not `nullable`.
fn person_with_anchor_and_nulls() -> serde_json::Value {
    let stamp = json!({ "value": "2024-09-05T10:00:00Z" });
    json!({
        "id": "p1",
        "created": stamp,
        "updated": stamp,
        "type": { "basic": { "name": "Ada" } },
        "deleted": null,
        "interactions": null,
        "score": null,
        "anchors": {
            "iterable": [{
                "id": "a1",
                "reference": {
                    "id": "a1",
                    "type": "FILE",
                    "points": { "iterable": [] },
                    "created": stamp,
                    "updated": stamp,
                    "text": "src/main.rs",
                    "name": null,
                }
            }]
        }
    })
}

/// Cause 9: an explicit `null` for an optional, non-nullable property decodes as `None` in a
/// response (the server stays strict on requests: `tests/vendor_requests.rs`).
#[tokio::test]
async fn nulls_for_optional_properties_in_responses_decode_as_none() {
    let server = Server::start("", Reply::json(200, &person_with_anchor_and_nulls())).await;
    let person = pieces_client(&server)
        .person()
        .person_snapshot("p1", Default::default())
        .await
        .unwrap();
    assert!(person.deleted.is_none() && person.interactions.is_none() && person.score.is_none());
    // A value the spec does not list is kept too (the server refuses it in requests).
    let mut newer = person_with_anchor_and_nulls();
    newer["anchors"]["iterable"][0]["reference"]["type"] = json!("SYMLINK");
    let server_newer = Server::start("", Reply::json(200, &newer)).await;
    let anchors = pieces_client(&server_newer)
        .person()
        .person_snapshot("p1", Default::default())
        .await
        .unwrap()
        .anchors
        .unwrap();
    let kept = &anchors.iterable[0].reference.as_ref().unwrap().type_;
    assert_eq!(*kept, pm::AnchorTypeEnum::Other("SYMLINK".into()));
    let anchor = person.anchors.unwrap().iterable[0]
        .reference
        .clone()
        .unwrap();
    assert!(anchor.name.is_none());
    // Decoding is the same outside a client: only a request the server validates is strict.
    assert!(serde_json::from_value::<pm::Person>(person_with_anchor_and_nulls()).is_ok());
}

/// Cause 8: a property upstream requires without describing it (`FlattenedAnchor.text`) is a
/// required field, so what is read keeps it and what is sent carries it.
#[tokio::test]
async fn undeclared_required_properties_are_kept_and_sent() {
    let document = upstream("pieces-person.yaml");
    let mut vendor = person_with_anchor_and_nulls();
    for key in ["deleted", "interactions", "score"] {
        vendor.as_object_mut().unwrap().remove(key);
    }
    vendor["anchors"]["iterable"][0]["reference"]
        .as_object_mut()
        .unwrap()
        .remove("name");
    let server = Server::start("", Reply::json(200, &vendor)).await;
    let person = pieces_client(&server)
        .person()
        .person_snapshot("p1", Default::default())
        .await
        .unwrap();
    let anchor = person.anchors.as_ref().unwrap().iterable[0]
        .reference
        .clone()
        .unwrap();
    assert_eq!(anchor.text, json!("src/main.rs"));

    let write = Server::start("", Reply::json(200, &vendor)).await;
    pieces_client(&write)
        .person()
        .update_person(Default::default(), Some(person))
        .await
        .unwrap();
    let sent: serde_json::Value = serde_json::from_slice(&write.request().body).unwrap();
    assert_eq!(
        sent["anchors"]["iterable"][0]["reference"]["text"],
        "src/main.rs"
    );
    assert_eq!(
        missing_required(&document, "Person", &sent),
        Vec::<String>::new()
    );
    // Before this was fixed the field did not exist, so a value built in Rust lacked it.
    let built = pm::FlattenedAnchor {
        id: "a2".into(),
        type_: pm::AnchorTypeEnum::Directory,
        points: pm::FlattenedAnchorPoints {
            iterable: vec![],
            schema: None,
            indices: None,
            score: None,
        },
        created: anchor.created.clone(),
        updated: anchor.updated.clone(),
        text: json!("src"),
        ..anchor
    };
    let built = serde_json::to_value(&built).unwrap();
    assert_eq!(
        missing_required(&document, "FlattenedAnchor", &built),
        Vec::<String>::new()
    );
}

/// Cause 10: headers added to one request (Prism's `Prefer`, idempotency keys, tracing), after
/// the operation's own (an added `Accept` replaces the operation's).
#[tokio::test]
async fn headers_can_be_added_to_one_request() {
    let server = Server::start("", Reply::raw(500, "text/plain", "mocked")).await;
    let client = pieces_client(&server);
    let error = client
        .person()
        .with_header("Prefer", "code=500")
        .with_header("X-Request-Id", "r-1")
        .with_header("Accept", "text/plain")
        .person_snapshot("p1", Default::default())
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        pieces::Error::Api(pieces::PersonSnapshotError::InternalServerError(ref text)) if text == "mocked"
    ));
    let seen = server.request();
    assert_eq!(seen.header("prefer"), Some("code=500"));
    assert_eq!(seen.header("x-request-id"), Some("r-1"));
    assert_eq!(
        seen.headers.get_all("accept").iter().collect::<Vec<_>>(),
        ["text/plain"]
    );

    // The plain call is unchanged and sends none of them.
    let server = Server::start("", Reply::json(200, &person_with_anchor_and_nulls())).await;
    pieces_client(&server)
        .person()
        .person_snapshot("p1", Default::default())
        .await
        .unwrap();
    let seen = server.request();
    assert_eq!(seen.header("prefer"), None);
    assert_eq!(seen.header("accept"), Some("application/json, text/plain"));

    // An invalid header is reported before anything is sent.
    let server = Server::start("", Reply::empty(204)).await;
    let error = pieces_client(&server)
        .person()
        .with_header("Bad Name", "x")
        .person_snapshot("p1", Default::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, pieces::Error::InvalidRequest { .. }),
        "{error}"
    );
    assert!(server.seen.lock().unwrap().is_empty());
}
