//! Server tests: each generated router is driven in memory with `tower::ServiceExt::oneshot`,
//! with good requests (decoded arguments reach a recording fake) and bad ones (answered with
//! problem+json, and the fake records nothing). The WebSocket operation runs over a real listener.

use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::response::IntoResponse;
use axum::Router;
use futures_util::StreamExt as _;
use http_body_util::BodyExt as _;
use serde_json::{json, Value};
use tower::ServiceExt as _;

/// Request headers of a test case.
type Headers<'a> = Vec<(&'a str, &'a str)>;

/// A good request: method, path, headers, body, then the expected status, content type and
/// recorded call.
type Good<'a, B> = (
    &'a str,
    &'a str,
    Headers<'a>,
    B,
    u16,
    Option<&'a str>,
    &'a str,
);

/// A good request whose reply has a body text to check (before the recorded call).
type GoodText<'a> = (
    &'a str,
    &'a str,
    Headers<'a>,
    &'a str,
    u16,
    Option<&'a str>,
    &'a str,
    &'a str,
);

/// A bad request: method, path, headers, body, expected status and invalid parameter name.
type Bad<'a> = (&'a str, &'a str, Headers<'a>, &'a str, u16, Option<&'a str>);

/// `admin:secret`.
const BASIC: &str = "Basic YWRtaW46c2VjcmV0";

/// What the fakes were called with, one line per call.
#[derive(Clone, Default)]
struct Calls(Arc<Mutex<Vec<String>>>);

impl Calls {
    fn record(&self, call: String) {
        self.0.lock().unwrap().push(call);
    }

    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Reply {
    fn content_type(&self) -> Option<&str> {
        self.headers
            .get(header::CONTENT_TYPE)
            .map(|value| value.to_str().unwrap())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|error| panic!("{error}: {:?}", self.body))
    }

    /// The problem+json body, after checking the status and media type.
    fn problem(&self, status: u16) -> Value {
        assert_eq!(self.status.as_u16(), status, "body: {:?}", self.body);
        assert_eq!(self.content_type(), Some("application/problem+json"));
        let problem = self.json();
        assert_eq!(problem["status"], status);
        assert_eq!(problem["type"], "about:blank");
        assert!(
            problem["title"].is_string() && problem["detail"].is_string(),
            "{problem}"
        );
        problem
    }
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body,
    }
}

async fn encode(response: impl IntoResponse) -> Reply {
    let response = response.into_response();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body,
    }
}

/// A request with optional headers and body.
fn request(
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: impl Into<Body>,
) -> Request<Body> {
    let mut builder = Request::builder()
        .method(Method::from_bytes(method.as_bytes()).unwrap())
        .uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.into()).unwrap()
}

mod alfresco {
    use alfresco_core::models;
    use alfresco_core::server::*;

    use super::*;

    #[derive(Clone, Default)]
    pub struct People {
        pub calls: Calls,
    }

    fn error() -> models::Error {
        models::Error {
            error: models::ErrorError {
                status_code: 418,
                brief_summary: "teapot".into(),
                error_key: None,
                stack_trace: String::new(),
                description_url: String::new(),
                log_id: None,
            },
        }
    }

    fn entry() -> models::PersonEntry {
        serde_json::from_value(serde_json::json!({
            "entry": { "id": "", "firstName": "", "email": "", "enabled": false },
        }))
        .unwrap()
    }

    impl PeopleApi for People {
        async fn list_people(
            &self,
            credentials: BasicCredentials,
            params: ListPeopleQuery,
        ) -> ListPeopleResponse {
            self.calls.record(format!(
                "list_people {}:{} {} {} {:?} {:?} {:?}",
                credentials.username,
                credentials.password,
                params.skip_count,
                params.max_items,
                params.order_by,
                params.include,
                params.fields
            ));
            if params.skip_count == 418 {
                return ListPeopleResponse::Default {
                    status: StatusCode::IM_A_TEAPOT,
                    body: error(),
                };
            }
            ListPeopleResponse::Ok(models::PersonPaging::default())
        }

        async fn create_person(
            &self,
            _: BasicCredentials,
            params: CreatePersonQuery,
            body: models::PersonBodyCreate,
        ) -> CreatePersonResponse {
            self.calls.record(format!(
                "create_person {:?} {} {}",
                params.fields, body.id, body.first_name
            ));
            CreatePersonResponse::Created(entry())
        }

        async fn get_person(
            &self,
            _: BasicCredentials,
            person_id: String,
            params: GetPersonQuery,
        ) -> GetPersonResponse {
            if person_id == "panic" {
                panic!("the implementation panicked");
            }
            self.calls
                .record(format!("get_person {person_id} {:?}", params.fields));
            GetPersonResponse::NotFound
        }

        async fn update_person(
            &self,
            _: BasicCredentials,
            person_id: String,
            _: UpdatePersonQuery,
            body: models::PersonBodyUpdate,
        ) -> UpdatePersonResponse {
            self.calls
                .record(format!("update_person {person_id} {:?}", body.first_name));
            UpdatePersonResponse::Ok(entry())
        }

        async fn get_avatar_image(
            &self,
            _: BasicCredentials,
            person_id: String,
            params: GetAvatarImageQuery,
            if_modified_since: Option<chrono::DateTime<chrono::Utc>>,
        ) -> GetAvatarImageResponse {
            self.calls.record(format!(
                "get_avatar_image {person_id} {} {} {:?}",
                params.attachment,
                params.placeholder,
                if_modified_since.map(|date| date.to_rfc3339())
            ));
            match if_modified_since {
                Some(_) => GetAvatarImageResponse::NotModified,
                None => GetAvatarImageResponse::Ok(Bytes::from_static(b"\x89PNG")),
            }
        }

        async fn update_avatar_image(
            &self,
            _: BasicCredentials,
            person_id: String,
            body: Bytes,
        ) -> UpdateAvatarImageResponse {
            self.calls
                .record(format!("update_avatar_image {person_id} {:?}", body));
            UpdateAvatarImageResponse::Ok
        }

        async fn delete_avatar_image(
            &self,
            _: BasicCredentials,
            person_id: String,
        ) -> DeleteAvatarImageResponse {
            self.calls
                .record(format!("delete_avatar_image {person_id}"));
            DeleteAvatarImageResponse::NoContent
        }

        async fn request_password_reset(
            &self,
            _: Option<BasicCredentials>,
            person_id: String,
            body: models::ClientBody,
        ) -> RequestPasswordResetResponse {
            self.calls.record(format!(
                "request_password_reset {person_id} {}",
                body.client
            ));
            RequestPasswordResetResponse::Accepted
        }

        async fn reset_password(
            &self,
            _: Option<BasicCredentials>,
            person_id: String,
            body: models::PasswordResetBody,
        ) -> ResetPasswordResponse {
            self.calls.record(format!(
                "reset_password {person_id} {} {}",
                body.id, body.key
            ));
            ResetPasswordResponse::Accepted
        }
    }

    pub fn app() -> (Router, Calls) {
        let people = People::default();
        let calls = people.calls.clone();
        (router(people), calls)
    }

    pub fn url(path: &str) -> String {
        format!("{}{path}", alfresco_core::BASE_PATH)
    }

    pub fn error_value() -> models::Error {
        error()
    }
}

const PERSON_CREATE: &str =
    r#"{"id":"jdoe","firstName":"John","email":"j@example.com","password":"pw"}"#;

#[tokio::test]
async fn alfresco_good_requests_reach_the_implementation_decoded() {
    let (app, calls) = alfresco::app();
    let auth = ("authorization", BASIC);
    let json = ("content-type", "application/json");
    // (method, path, headers, body, status, content type, recorded call)
    let cases: Vec<Good<&str>> = vec![
        ("GET", "/people", vec![auth], "", 200, Some("application/json"), "list_people admin:secret 0 100 None None None"),
        (
            "GET",
            "/people?skipCount=5&maxItems=2&orderBy=firstName%20ASC,id&include=properties&fields=id,email",
            vec![auth],
            "",
            200,
            Some("application/json"),
            r#"list_people admin:secret 5 2 Some(["firstName ASC", "id"]) Some(["properties"]) Some(["id", "email"])"#,
        ),
        ("POST", "/people?fields=id", vec![auth, json], PERSON_CREATE, 201, Some("application/json"), r#"create_person Some(["id"]) jdoe John"#),
        ("GET", "/people/-me-", vec![auth], "", 404, None, "get_person -me- None"),
        ("GET", "/people/a%20b%2Fc", vec![auth], "", 404, None, "get_person a b/c None"),
        ("PUT", "/people/jdoe", vec![auth, json], r#"{"firstName":"Jo"}"#, 200, Some("application/json"), r#"update_person jdoe Some("Jo")"#),
        ("GET", "/people/jdoe/avatar", vec![auth], "", 200, Some("application/octet-stream"), "get_avatar_image jdoe true true None"),
        (
            "GET",
            "/people/jdoe/avatar?attachment=false&placeholder=false",
            vec![auth, ("if-modified-since", "Sun, 06 Nov 1994 08:49:37 GMT")],
            "",
            304,
            None,
            r#"get_avatar_image jdoe false false Some("1994-11-06T08:49:37+00:00")"#,
        ),
        (
            "PUT",
            "/people/jdoe/avatar",
            vec![auth, ("content-type", "application/octet-stream")],
            "\u{1}\u{2}",
            200,
            None,
            r#"update_avatar_image jdoe b"\x01\x02""#,
        ),
        ("DELETE", "/people/jdoe/avatar", vec![auth], "", 204, None, "delete_avatar_image jdoe"),
        (
            "POST",
            "/people/jdoe/request-password-reset",
            vec![auth, json],
            r#"{"client":"share"}"#,
            202,
            None,
            "request_password_reset jdoe share",
        ),
        (
            "POST",
            "/people/jdoe/reset-password",
            vec![auth, ("content-type", "application/json; charset=utf-8")],
            r#"{"password":"p","id":"i","key":"k"}"#,
            202,
            None,
            "reset_password jdoe i k",
        ),
    ];
    for (method, path, headers, body, status, content_type, call) in cases {
        let reply = send(
            &app,
            request(method, &alfresco::url(path), &headers, body.to_string()),
        )
        .await;
        assert_eq!(
            reply.status.as_u16(),
            status,
            "{method} {path}: {:?}",
            reply.body
        );
        assert_eq!(reply.content_type(), content_type, "{method} {path}");
        assert_eq!(calls.take(), vec![call.to_string()], "{method} {path}");
    }
}

#[tokio::test]
async fn alfresco_bad_input_is_a_problem_and_never_reaches_the_implementation() {
    let (app, calls) = alfresco::app();
    let auth = ("authorization", BASIC);
    let json = ("content-type", "application/json");
    // (method, path, headers, body, status, invalid parameter name and location, or null)
    let cases: Vec<(&str, &str, Headers, &str, u16, Value)> = vec![
        (
            "GET",
            "/people?skipCount=ten",
            vec![auth],
            "",
            400,
            json!(["skipCount", "query"]),
        ),
        (
            "GET",
            "/people?maxItems=1.5",
            vec![auth],
            "",
            400,
            json!(["maxItems", "query"]),
        ),
        (
            "GET",
            "/people?skipCount=1&skipCount=2",
            vec![auth],
            "",
            400,
            json!(["skipCount", "query"]),
        ),
        (
            "GET",
            "/people/jdoe/avatar?attachment=yes",
            vec![auth],
            "",
            400,
            json!(["attachment", "query"]),
        ),
        ("GET", "/people/%FF", vec![auth], "", 400, Value::Null),
        (
            "POST",
            "/people",
            vec![auth, json],
            "{",
            400,
            json!(["body", "body"]),
        ),
        (
            "POST",
            "/people",
            vec![auth, json],
            r#"{"id":"jdoe"}"#,
            400,
            json!(["body", "body"]),
        ),
        (
            "POST",
            "/people",
            vec![auth, json],
            r#"{"id":7,"firstName":"John","email":"j@example.com","password":"pw"}"#,
            400,
            json!(["id", "body"]),
        ),
        (
            "POST",
            "/people",
            vec![auth],
            "",
            400,
            json!(["body", "body"]),
        ),
        (
            "POST",
            "/people",
            vec![auth, ("content-type", "text/plain")],
            PERSON_CREATE,
            415,
            json!(["Content-Type", "header"]),
        ),
        (
            "POST",
            "/people",
            vec![auth],
            PERSON_CREATE,
            415,
            json!(["Content-Type", "header"]),
        ),
        (
            "PUT",
            "/people/jdoe/avatar",
            vec![auth, json],
            "{}",
            415,
            json!(["Content-Type", "header"]),
        ),
        (
            "PUT",
            "/people/jdoe/avatar",
            vec![auth],
            "",
            400,
            json!(["body", "body"]),
        ),
        (
            "POST",
            "/people/jdoe/reset-password",
            vec![auth, json],
            r#"{"password":"p","id":"i","key":["k"]}"#,
            400,
            json!(["key", "body"]),
        ),
    ];
    for (method, path, headers, body, status, param) in cases {
        let reply = send(
            &app,
            request(method, &alfresco::url(path), &headers, body.to_string()),
        )
        .await;
        let problem = reply.problem(status);
        if let Value::Array(expected) = &param {
            let invalid = &problem["invalid_params"][0];
            assert_eq!(
                (&invalid["name"], &invalid["in"]),
                (&expected[0], &expected[1]),
                "{method} {path}: {problem}"
            );
            assert!(
                invalid["reason"]
                    .as_str()
                    .is_some_and(|reason| !reason.is_empty()),
                "{problem}"
            );
        }
        assert_eq!(
            calls.take(),
            Vec::<String>::new(),
            "{method} {path} reached the implementation"
        );
    }
}

#[tokio::test]
async fn alfresco_missing_field_is_named_in_the_reason() {
    let (app, calls) = alfresco::app();
    let headers = [
        ("authorization", BASIC),
        ("content-type", "application/json"),
    ];
    let reply = send(
        &app,
        request(
            "POST",
            &alfresco::url("/people"),
            &headers,
            r#"{"id":"jdoe","email":"e","password":"pw"}"#,
        ),
    )
    .await;
    let problem = reply.problem(400);
    assert!(
        problem["invalid_params"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("firstName"),
        "{problem}"
    );
    assert!(calls.take().is_empty());
}

#[tokio::test]
async fn alfresco_requires_basic_credentials() {
    let (app, calls) = alfresco::app();
    for authorization in [
        None,
        Some("Basic !!!"),
        Some("Basic"),
        Some("Basic YWRtaW4="),
        Some("Bearer abc"),
    ] {
        let headers: Vec<(&str, &str)> = authorization
            .map(|value| ("authorization", value))
            .into_iter()
            .collect();
        for (method, path) in [("GET", "/people"), ("DELETE", "/people/jdoe/avatar")] {
            let reply = send(
                &app,
                request(method, &alfresco::url(path), &headers, Body::empty()),
            )
            .await;
            reply.problem(401);
            let challenge = reply
                .headers
                .get(header::WWW_AUTHENTICATE)
                .unwrap()
                .to_str()
                .unwrap();
            assert_eq!(
                challenge, r#"Basic realm="Alfresco Content Services REST API: People""#,
                "{authorization:?}"
            );
        }
    }
    assert!(calls.take().is_empty());
}

#[tokio::test]
async fn alfresco_response_variants_are_encoded_as_documented() {
    use alfresco_core::server::*;
    let error = alfresco::error_value();
    let error_json = serde_json::to_value(&error).unwrap();
    // (response, status, content type, body: JSON value, raw bytes, or null for empty)
    let cases: Vec<(axum::response::Response, u16, Option<&str>, Value)> = vec![
        (
            ListPeopleResponse::Ok(Default::default()).into_response(),
            200,
            Some("application/json"),
            json!({"list": {}}),
        ),
        (
            ListPeopleResponse::BadRequest.into_response(),
            400,
            None,
            Value::Null,
        ),
        (
            ListPeopleResponse::Unauthorized.into_response(),
            401,
            None,
            Value::Null,
        ),
        (
            ListPeopleResponse::Default {
                status: StatusCode::SERVICE_UNAVAILABLE,
                body: error.clone(),
            }
            .into_response(),
            503,
            Some("application/json"),
            error_json.clone(),
        ),
        (
            CreatePersonResponse::Conflict.into_response(),
            409,
            None,
            Value::Null,
        ),
        (
            CreatePersonResponse::UnprocessableEntity.into_response(),
            422,
            None,
            Value::Null,
        ),
        (
            GetAvatarImageResponse::Ok(Bytes::from_static(b"img")).into_response(),
            200,
            Some("application/octet-stream"),
            json!("img"),
        ),
        (
            GetAvatarImageResponse::NotModified.into_response(),
            304,
            None,
            Value::Null,
        ),
        // The spec documents the default error of this operation as JSON under
        // `application/octet-stream`: JSON bytes, with the documented content type.
        (
            GetAvatarImageResponse::Default {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                body: error.clone(),
            }
            .into_response(),
            500,
            Some("application/octet-stream"),
            error_json.clone(),
        ),
        (
            UpdateAvatarImageResponse::InsufficientStorage.into_response(),
            507,
            None,
            Value::Null,
        ),
        (
            DeleteAvatarImageResponse::NoContent.into_response(),
            204,
            None,
            Value::Null,
        ),
        (
            RequestPasswordResetResponse::NotFound.into_response(),
            404,
            None,
            Value::Null,
        ),
        (
            ResetPasswordResponse::Accepted.into_response(),
            202,
            None,
            Value::Null,
        ),
    ];
    for (response, status, content_type, body) in cases {
        let reply = encode(response).await;
        assert_eq!(reply.status.as_u16(), status);
        assert_eq!(reply.content_type(), content_type, "status {status}");
        match body {
            Value::Null => assert!(reply.body.is_empty(), "status {status}"),
            Value::String(raw) => assert_eq!(reply.body, raw.as_bytes()),
            json => {
                let got = reply.json();
                for (key, value) in json.as_object().unwrap() {
                    if key != "list" {
                        assert_eq!(&got[key], value, "status {status}");
                    }
                }
                assert!(got.is_object());
            }
        }
    }
}

#[tokio::test]
async fn alfresco_default_response_through_the_router() {
    let (app, calls) = alfresco::app();
    let reply = send(
        &app,
        request(
            "GET",
            &alfresco::url("/people?skipCount=418"),
            &[("authorization", BASIC)],
            Body::empty(),
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::IM_A_TEAPOT);
    assert_eq!(reply.content_type(), Some("application/json"));
    assert_eq!(reply.json()["error"]["briefSummary"], "teapot");
    assert_eq!(calls.take().len(), 1);
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405_with_allow() {
    let (app, calls) = alfresco::app();
    let auth = [("authorization", BASIC)];
    let reply = send(
        &app,
        request("GET", &alfresco::url("/nope"), &auth, Body::empty()),
    )
    .await;
    reply.problem(404);
    let reply = send(&app, request("GET", "/people", &auth, Body::empty())).await;
    reply.problem(404);

    let reply = send(
        &app,
        request("DELETE", &alfresco::url("/people"), &auth, Body::empty()),
    )
    .await;
    reply.problem(405);
    let allow = reply.headers.get(header::ALLOW).unwrap().to_str().unwrap();
    let mut allow: Vec<&str> = allow.split(',').map(str::trim).collect();
    allow.sort();
    assert_eq!(allow, ["GET", "HEAD", "POST"]);

    let reply = send(
        &app,
        request(
            "POST",
            &alfresco::url("/people/jdoe/avatar"),
            &auth,
            Body::empty(),
        ),
    )
    .await;
    reply.problem(405);
    let allow = reply.headers.get(header::ALLOW).unwrap().to_str().unwrap();
    for method in ["GET", "PUT", "DELETE"] {
        assert!(allow.contains(method), "{allow}");
    }

    let (pieces, _) = pieces::app();
    send(&pieces, request("GET", "/nowhere", &[], Body::empty()))
        .await
        .problem(404);
    let reply = send(&pieces, request("GET", "/user/clear", &[], Body::empty())).await;
    reply.problem(405);
    assert_eq!(reply.headers.get(header::ALLOW).unwrap(), "POST");
    assert!(calls.take().is_empty());
}

#[tokio::test]
async fn a_panicking_implementation_gives_500_problem() {
    let (app, _) = alfresco::app();
    let reply = send(
        &app,
        request(
            "GET",
            &alfresco::url("/people/panic"),
            &[("authorization", BASIC)],
            Body::empty(),
        ),
    )
    .await;
    reply.problem(500);
    // The router keeps serving.
    let reply = send(
        &app,
        request(
            "DELETE",
            &alfresco::url("/people/x/avatar"),
            &[("authorization", BASIC)],
            Body::empty(),
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn bodies_over_the_limit_are_413() {
    use alfresco_core::server::{router_with, RouterOptions};
    let people = alfresco::People::default();
    let calls = people.calls.clone();
    let app = router_with(people, RouterOptions::default().with_body_limit(16));
    let headers = [
        ("authorization", BASIC),
        ("content-type", "application/octet-stream"),
    ];
    let reply = send(
        &app,
        request(
            "PUT",
            &alfresco::url("/people/jdoe/avatar"),
            &headers,
            vec![0u8; 17],
        ),
    )
    .await;
    reply.problem(413);
    let reply = send(
        &app,
        request(
            "PUT",
            &alfresco::url("/people/jdoe/avatar"),
            &headers,
            vec![0u8; 16],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(calls.take().len(), 1);

    // The default limit is 2 MiB.
    let (app, calls) = alfresco::app();
    let big = vec![0u8; 2 * 1024 * 1024 + 1];
    send(
        &app,
        request("PUT", &alfresco::url("/people/jdoe/avatar"), &headers, big),
    )
    .await
    .problem(413);
    assert!(calls.take().is_empty());
}

#[tokio::test]
async fn the_base_path_is_an_option() {
    use alfresco_core::server::{people_router_with, RouterOptions};
    let auth = [("authorization", BASIC)];
    for (base, path) in [
        ("", "/people/jdoe/avatar"),
        ("/", "/people/jdoe/avatar"),
        ("/api/v1/", "/api/v1/people/jdoe/avatar"),
    ] {
        let people = alfresco::People::default();
        let app = people_router_with(
            people.clone(),
            RouterOptions::default().with_base_path(base),
        );
        let reply = send(&app, request("DELETE", path, &auth, Body::empty())).await;
        assert_eq!(reply.status, StatusCode::NO_CONTENT, "base {base:?}");
        assert_eq!(people.calls.take(), ["delete_avatar_image jdoe"]);
        send(
            &app,
            request(
                "DELETE",
                &alfresco::url("/people/jdoe/avatar"),
                &auth,
                Body::empty(),
            ),
        )
        .await
        .problem(404);
    }
    // Mounted at the root, the router nests and merges into a bigger app.
    let people = alfresco::People::default();
    let app = Router::new().nest(
        "/mine",
        people_router_with(people.clone(), RouterOptions::default().with_base_path("")),
    );
    let reply = send(
        &app,
        request("DELETE", "/mine/people/x/avatar", &auth, Body::empty()),
    )
    .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert_eq!(people.calls.take(), ["delete_avatar_image x"]);
}

mod docspace_fake {
    use docspace::models;
    use docspace::server::*;

    use super::*;

    #[derive(Clone, Default)]
    pub struct Photos {
        pub calls: Calls,
    }

    impl PeoplePhotosApi for Photos {
        async fn get_member_photo(
            &self,
            credentials: ApiKey,
            userid: String,
        ) -> GetMemberPhotoResponse {
            self.calls
                .record(format!("get_member_photo {} {userid}", credentials.0));
            GetMemberPhotoResponse::Ok(models::ThumbnailsDataWrapper::default())
        }

        async fn update_member_photo(
            &self,
            _: ApiKey,
            userid: String,
            body: Option<models::UpdatePhotoMemberRequest>,
        ) -> UpdateMemberPhotoResponse {
            self.calls
                .record(format!("update_member_photo {userid} {}", body.is_some()));
            UpdateMemberPhotoResponse::Forbidden
        }

        async fn upload_member_photo(
            &self,
            _: ApiKey,
            userid: String,
            body: Option<models::UploadMemberPhotoForm>,
        ) -> UploadMemberPhotoResponse {
            let keys: Option<Vec<Option<String>>> = body
                .and_then(|form| form.form_collection)
                .map(|items| items.into_iter().map(|item| item.key).collect());
            self.calls
                .record(format!("upload_member_photo {userid} {keys:?}"));
            UploadMemberPhotoResponse::Ok(models::FileUploadResultWrapper::default())
        }

        async fn delete_member_photo(
            &self,
            _: ApiKey,
            userid: String,
        ) -> DeleteMemberPhotoResponse {
            self.calls.record(format!("delete_member_photo {userid}"));
            DeleteMemberPhotoResponse::NotFound
        }

        async fn create_member_photo_thumbnails(
            &self,
            _: ApiKey,
            userid: String,
            body: Option<models::ThumbnailsRequest>,
        ) -> CreateMemberPhotoThumbnailsResponse {
            self.calls.record(format!(
                "create_member_photo_thumbnails {userid} {}",
                body.is_some()
            ));
            CreateMemberPhotoThumbnailsResponse::Unauthorized
        }
    }

    pub fn app() -> (Router, Calls) {
        let photos = Photos::default();
        let calls = photos.calls.clone();
        (router(photos), calls)
    }
}

fn multipart(parts: &[(&str, &str)]) -> (String, String) {
    let boundary = "XyZbOuNdArY";
    let mut body = String::new();
    for (name, value) in parts {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\nContent-Type: application/json\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test]
async fn docspace_good_requests_reach_the_implementation_decoded() {
    let (app, calls) = docspace_fake::app();
    let cookie = ("cookie", "theme=dark; asc_auth_key=k3y");
    let json = ("content-type", "application/json");
    let (form_type, form) = multipart(&[
        ("formCollection", r#"[{"key":"a","value":["1"]}]"#),
        ("formCollection", r#"[{"key":"b"}]"#),
        ("other", "x"),
    ]);
    let (_, empty_form) = multipart(&[]);
    let photo = "/api/2.0/people/u1/photo";
    let cases: Vec<Good<String>> = vec![
        (
            "GET",
            photo,
            vec![cookie],
            String::new(),
            200,
            Some("application/json"),
            "get_member_photo k3y u1",
        ),
        (
            "PUT",
            photo,
            vec![cookie, json],
            r#"{"files":"a.png"}"#.into(),
            403,
            None,
            "update_member_photo u1 true",
        ),
        (
            "PUT",
            photo,
            vec![cookie],
            String::new(),
            403,
            None,
            "update_member_photo u1 false",
        ),
        (
            "POST",
            photo,
            vec![cookie, ("content-type", form_type.as_str())],
            form,
            200,
            Some("application/json"),
            r#"upload_member_photo u1 Some([Some("a"), Some("b")])"#,
        ),
        (
            "POST",
            photo,
            vec![cookie, ("content-type", form_type.as_str())],
            empty_form,
            200,
            Some("application/json"),
            "upload_member_photo u1 None",
        ),
        (
            "DELETE",
            photo,
            vec![cookie],
            String::new(),
            404,
            None,
            "delete_member_photo u1",
        ),
        (
            "POST",
            "/api/2.0/people/u1/photo/thumbnails",
            vec![cookie, json],
            "{}".into(),
            401,
            None,
            "create_member_photo_thumbnails u1 true",
        ),
    ];
    for (method, path, headers, body, status, content_type, call) in cases {
        let reply = send(&app, request(method, path, &headers, body)).await;
        assert_eq!(
            reply.status.as_u16(),
            status,
            "{method} {path}: {:?}",
            reply.body
        );
        assert_eq!(reply.content_type(), content_type, "{method} {path}");
        assert_eq!(calls.take(), vec![call.to_string()], "{method} {path}");
    }
}

#[tokio::test]
async fn docspace_bad_input_and_missing_api_key() {
    let (app, calls) = docspace_fake::app();
    let cookie = ("cookie", "asc_auth_key=k3y");
    let photo = "/api/2.0/people/u1/photo";
    let (form_type, bad_json_part) = multipart(&[("formCollection", r#"[{"key":5}]"#)]);
    let cases: Vec<(&str, Headers, String, u16, Option<&str>)> = vec![
        ("GET", vec![], String::new(), 401, None),
        (
            "GET",
            vec![("cookie", "asc_auth_key=")],
            String::new(),
            401,
            None,
        ),
        ("GET", vec![("cookie", "other=1")], String::new(), 401, None),
        (
            "POST",
            vec![cookie, ("content-type", form_type.as_str())],
            bad_json_part,
            400,
            Some("formCollection[0].key"),
        ),
        (
            "POST",
            vec![cookie, ("content-type", form_type.as_str())],
            "garbage without boundaries".into(),
            400,
            None,
        ),
        (
            "POST",
            vec![cookie, ("content-type", "multipart/form-data")],
            "x".into(),
            400,
            None,
        ),
        (
            "POST",
            vec![cookie, ("content-type", "application/json")],
            "{}".into(),
            415,
            Some("Content-Type"),
        ),
        (
            "PUT",
            vec![cookie, ("content-type", "application/json")],
            r#"{"files":1}"#.into(),
            400,
            Some("files"),
        ),
        (
            "PUT",
            vec![cookie, ("content-type", "application/xml")],
            "<a/>".into(),
            415,
            Some("Content-Type"),
        ),
    ];
    for (method, headers, body, status, name) in cases {
        let reply = send(&app, request(method, photo, &headers, body)).await;
        let problem = reply.problem(status);
        if let Some(name) = name {
            assert_eq!(problem["invalid_params"][0]["name"], name, "{problem}");
        }
        if status == 401 {
            // API keys have no standard challenge.
            assert!(reply.headers.get(header::WWW_AUTHENTICATE).is_none());
        }
        assert!(
            calls.take().is_empty(),
            "{method} {headers:?} reached the implementation"
        );
    }
}

#[tokio::test]
async fn docspace_multipart_over_the_limit_is_413() {
    use docspace::server::{router_with, RouterOptions};
    let photos = docspace_fake::Photos::default();
    let app = router_with(photos.clone(), RouterOptions::default().with_body_limit(64));
    let big = format!(r#"[{{"key":"{}"}}]"#, "k".repeat(200));
    let (form_type, form) = multipart(&[("formCollection", &big)]);
    let headers = [
        ("cookie", "asc_auth_key=k"),
        ("content-type", form_type.as_str()),
    ];
    send(
        &app,
        request("POST", "/api/2.0/people/u1/photo", &headers, form),
    )
    .await
    .problem(413);
    assert!(photos.calls.take().is_empty());
}

mod pieces {
    use pieces_os::models;
    use pieces_os::server::*;

    use super::*;

    #[derive(Clone, Default)]
    pub struct Os {
        pub calls: Calls,
    }

    pub fn profile(id: &str) -> models::UserProfile {
        serde_json::from_value(serde_json::json!({
            "id": id,
            "aesthetics": { "theme": { "dark": false }, "font": { "size": 0 } },
        }))
        .unwrap()
    }

    impl PersonApi for Os {
        async fn person_associate_workstream_summary(
            &self,
            person: String,
            workstream_summary: String,
        ) -> PersonAssociateWorkstreamSummaryResponse {
            self.calls
                .record(format!("associate {person} {workstream_summary}"));
            PersonAssociateWorkstreamSummaryResponse::NoContent
        }

        async fn person_disassociate_workstream_summary(
            &self,
            person: String,
            workstream_summary: String,
        ) -> PersonDisassociateWorkstreamSummaryResponse {
            self.calls
                .record(format!("disassociate {person} {workstream_summary}"));
            PersonDisassociateWorkstreamSummaryResponse::InternalServerError("oops".into())
        }

        async fn person_scores_increment(
            &self,
            person: String,
            body: Option<models::SeededScoreIncrement>,
        ) -> PersonScoresIncrementResponse {
            self.calls
                .record(format!("scores {person} {}", body.is_some()));
            PersonScoresIncrementResponse::NoContent
        }

        async fn person_snapshot(
            &self,
            person: String,
            params: PersonSnapshotQuery,
        ) -> PersonSnapshotResponse {
            self.calls.record(format!(
                "person_snapshot {person} {:?}",
                params.transferables
            ));
            PersonSnapshotResponse::InternalServerError("no person".into())
        }

        async fn update_person(
            &self,
            params: UpdatePersonQuery,
            body: Option<models::Person>,
        ) -> UpdatePersonResponse {
            let body = body.expect("the test sends a body");
            self.calls.record(format!(
                "update_person {:?} {}",
                params.transferables, body.id
            ));
            UpdatePersonResponse::Ok(body)
        }
    }

    impl UserApi for Os {
        async fn clear_user(&self) -> ClearUserResponse {
            self.calls.record("clear_user".into());
            ClearUserResponse::NoContent
        }

        async fn refresh_user(&self) -> RefreshUserResponse {
            self.calls.record("refresh_user".into());
            RefreshUserResponse::Ok(profile("me"))
        }

        async fn select_user(
            &self,
            credentials: BearerToken,
            body: Option<models::Auth0User>,
        ) -> SelectUserResponse {
            self.calls
                .record(format!("select_user {} {}", credentials.0, body.is_some()));
            SelectUserResponse::Ok(profile("selected"))
        }

        async fn stream_user(
            &self,
        ) -> futures_util::stream::BoxStream<'static, models::UserProfile> {
            self.calls.record("stream_user".into());
            futures_util::stream::iter([profile("one"), profile("two")]).boxed()
        }

        async fn update_user(&self, body: Option<models::UserProfile>) -> UpdateUserResponse {
            self.calls
                .record(format!("update_user {:?}", body.map(|profile| profile.id)));
            UpdateUserResponse::Ok(profile("updated"))
        }

        async fn user_beta_status(
            &self,
            body: Option<models::UserBetaStatus>,
        ) -> UserBetaStatusResponse {
            self.calls.record(format!(
                "user_beta_status {:?}",
                body.map(|status| status.user)
            ));
            UserBetaStatusResponse::NetworkAuthenticationRequired("log in first".into())
        }

        async fn user_providers(&self) -> UserProvidersResponse {
            self.calls.record("user_providers".into());
            UserProvidersResponse::NotImplemented("not yet".into())
        }

        async fn user_snapshot(&self) -> UserSnapshotResponse {
            self.calls.record("user_snapshot".into());
            UserSnapshotResponse::Ok(models::ReturnedUserProfile::default())
        }

        async fn user_update_vanity(
            &self,
            body: Option<models::UserProfile>,
        ) -> UserUpdateVanityResponse {
            self.calls
                .record(format!("user_update_vanity {}", body.is_some()));
            UserUpdateVanityResponse::Conflict("taken".into())
        }
    }

    pub fn app() -> (Router, Calls) {
        let os = Os::default();
        let calls = os.calls.clone();
        (router(os), calls)
    }
}

const PIECES_PERSON: &str = r#"{"id":"p1","created":{"value":"2024-01-02T03:04:05Z"},"updated":{"value":"2024-01-02T03:04:05Z"},"type":{}}"#;

#[tokio::test]
async fn pieces_good_requests_reach_the_implementation_decoded() {
    let (app, calls) = pieces::app();
    let json = ("content-type", "application/json");
    let profile = serde_json::to_string(&pieces::profile("u9")).unwrap();
    let profile = profile.as_str();
    let cases: Vec<GoodText> = vec![
        (
            "POST",
            "/person/p1/workstream_summaries/associate/w1",
            vec![],
            "",
            204,
            None,
            "",
            "associate p1 w1",
        ),
        (
            "POST",
            "/person/p1/workstream_summaries/disassociate/w1",
            vec![],
            "",
            500,
            Some("text/plain"),
            "oops",
            "disassociate p1 w1",
        ),
        (
            "POST",
            "/person/p1/scores/increment",
            vec![json],
            "{}",
            204,
            None,
            "",
            "scores p1 true",
        ),
        (
            "POST",
            "/person/p1/scores/increment",
            vec![],
            "",
            204,
            None,
            "",
            "scores p1 false",
        ),
        (
            "GET",
            "/person/p1?transferables=true",
            vec![],
            "",
            500,
            Some("text/plain"),
            "no person",
            "person_snapshot p1 Some(true)",
        ),
        (
            "GET",
            "/person/p1",
            vec![],
            "",
            500,
            Some("text/plain"),
            "no person",
            "person_snapshot p1 None",
        ),
        (
            "POST",
            "/person/update?transferables=false",
            vec![json],
            PIECES_PERSON,
            200,
            Some("application/json"),
            "",
            "update_person Some(false) p1",
        ),
        (
            "POST",
            "/user/clear",
            vec![],
            "",
            204,
            None,
            "",
            "clear_user",
        ),
        (
            "GET",
            "/user/refresh",
            vec![],
            "",
            200,
            Some("application/json"),
            "",
            "refresh_user",
        ),
        (
            "POST",
            "/user/select",
            vec![("authorization", "Bearer t0ken"), json],
            "{}",
            200,
            Some("application/json"),
            "",
            "select_user t0ken true",
        ),
        (
            "POST",
            "/user/update",
            vec![json],
            profile,
            200,
            Some("application/json"),
            "",
            r#"update_user Some("u9")"#,
        ),
        (
            "POST",
            "/user/beta/status",
            vec![json],
            r#"{"user":"u9"}"#,
            511,
            Some("text/plain"),
            "log in first",
            r#"user_beta_status Some("u9")"#,
        ),
        (
            "GET",
            "/user/providers",
            vec![],
            "",
            501,
            Some("text/plain"),
            "not yet",
            "user_providers",
        ),
        (
            "GET",
            "/user",
            vec![],
            "",
            200,
            Some("application/json"),
            "",
            "user_snapshot",
        ),
        (
            "POST",
            "/user/update/vanity",
            vec![json],
            profile,
            409,
            Some("text/plain"),
            "taken",
            "user_update_vanity true",
        ),
    ];
    for (method, path, headers, body, status, content_type, text, call) in cases {
        let reply = send(&app, request(method, path, &headers, body.to_string())).await;
        assert_eq!(
            reply.status.as_u16(),
            status,
            "{method} {path}: {:?}",
            reply.body
        );
        assert_eq!(reply.content_type(), content_type, "{method} {path}");
        if !text.is_empty() {
            assert_eq!(reply.body, text.as_bytes());
        }
        if content_type == Some("application/json") {
            assert!(reply.json().is_object());
        }
        assert_eq!(calls.take(), vec![call.to_string()], "{method} {path}");
    }
}

#[tokio::test]
async fn pieces_bad_input_and_missing_bearer() {
    let (app, calls) = pieces::app();
    let json = ("content-type", "application/json");
    let cases: Vec<Bad> = vec![
        ("POST", "/user/select", vec![json], "{}", 401, None),
        (
            "POST",
            "/user/select",
            vec![("authorization", "Bearer "), json],
            "{}",
            401,
            None,
        ),
        (
            "POST",
            "/user/select",
            vec![("authorization", "Basic YTpi"), json],
            "{}",
            401,
            None,
        ),
        (
            "GET",
            "/person/p1?transferables=maybe",
            vec![],
            "",
            400,
            Some("transferables"),
        ),
        (
            "POST",
            "/user/beta/status",
            vec![json],
            r#"{"user":5}"#,
            400,
            Some("user"),
        ),
        (
            "POST",
            "/user/update",
            vec![json],
            r#"{"id":"u1","#,
            400,
            Some("body"),
        ),
        (
            "POST",
            "/person/update",
            vec![json],
            r#"{"id":"p1"}"#,
            400,
            Some("body"),
        ),
        (
            "POST",
            "/user/update/vanity",
            vec![("content-type", "text/plain")],
            "hi",
            415,
            Some("Content-Type"),
        ),
        // `Score.manual` is `type: integer` without a format: an `i64`, so beyond it is a 400.
        (
            "POST",
            "/person/update",
            vec![json],
            r#"{"id":"p1","created":{"value":"2024-01-02T03:04:05Z"},"updated":{"value":"2024-01-02T03:04:05Z"},"type":{},"score":{"manual":9223372036854775808,"automatic":0}}"#,
            400,
            Some("score.manual"),
        ),
        (
            "POST",
            "/person/p1/scores/increment",
            vec![("content-type", "application/x-www-form-urlencoded")],
            "a=b",
            415,
            Some("Content-Type"),
        ),
        // Not a WebSocket handshake.
        ("GET", "/user/stream", vec![], "", 400, None),
    ];
    for (method, path, headers, body, status, name) in cases {
        let reply = send(&app, request(method, path, &headers, body.to_string())).await;
        let problem = reply.problem(status);
        if status == 401 {
            assert_eq!(
                reply.headers.get(header::WWW_AUTHENTICATE).unwrap(),
                "Bearer"
            );
        }
        if let Some(name) = name {
            assert_eq!(
                problem["invalid_params"][0]["name"], name,
                "{method} {path}: {problem}"
            );
        }
        assert!(
            calls.take().is_empty(),
            "{method} {path} reached the implementation"
        );
    }
}

#[tokio::test]
async fn pieces_text_and_json_response_variants() {
    use pieces_os::server::*;
    let reply = encode(UserUpdateVanityResponse::NotFound("who?".into())).await;
    assert_eq!(
        (reply.status.as_u16(), reply.content_type()),
        (404, Some("text/plain"))
    );
    assert_eq!(reply.body, "who?".as_bytes());
    let reply = encode(UserBetaStatusResponse::InternalServerError(String::new())).await;
    assert_eq!(
        (reply.status.as_u16(), reply.content_type()),
        (500, Some("text/plain"))
    );
    let reply = encode(UserBetaStatusResponse::Ok(
        pieces_os::models::UserBetaStatus {
            user: "u".into(),
            schema: None,
            auth0: None,
        },
    ))
    .await;
    assert_eq!(
        (reply.status.as_u16(), reply.content_type()),
        (200, Some("application/json"))
    );
    assert_eq!(reply.json()["user"], "u");
    let reply = encode(ClearUserResponse::NoContent).await;
    assert_eq!((reply.status.as_u16(), reply.content_type()), (204, None));
}

#[tokio::test]
async fn pieces_websocket_streams_json_text_frames_then_closes() {
    use tokio_tungstenite::tungstenite::Message;
    let os = pieces::Os::default();
    let calls = os.calls.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server =
        tokio::spawn(async move { axum::serve(listener, pieces_os::server::router(os)).await });
    let (mut socket, _) = tokio_tungstenite::connect_async(format!("ws://{address}/user/stream"))
        .await
        .unwrap();
    let mut texts = Vec::new();
    let mut closed = false;
    while let Some(message) = socket.next().await {
        match message.unwrap() {
            Message::Text(text) => {
                texts.push(serde_json::from_str::<Value>(&text).unwrap()["id"].clone())
            }
            Message::Close(frame) => {
                assert_eq!(frame.map(|frame| u16::from(frame.code)), Some(1000));
                closed = true;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(texts, [json!("one"), json!("two")]);
    assert!(closed);
    assert_eq!(calls.take(), ["stream_user"]);
    server.abort();
}

#[test]
fn problems_serialize_as_rfc_9457() {
    let problem = alfresco_core::server::Problem::invalid("query", "skipCount", "not a number");
    assert_eq!(
        serde_json::to_value(&problem).unwrap(),
        json!({
            "type": "about:blank",
            "title": "Bad Request",
            "status": 400,
            "detail": "invalid query parameter `skipCount`: not a number",
            "invalid_params": [{"name": "skipCount", "in": "query", "reason": "not a number"}],
        })
    );
}
