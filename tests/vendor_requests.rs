//! What the vendors' own SDKs send, replayed against the generated servers over the reference
//! implementations (the routers `serve` mounts), in memory with `tower::ServiceExt::oneshot`.
//!
//! Every request here is one the interop suite (`tests/interop.sh`) saw on the wire from
//! pieces-os-client 5.0.1, docspace-api-sdk 3.6.0 or python-alfresco-api 1.2.2, or one that
//! Python's requests/httpx/urllib produce for the same call (comma lists with `%2C`), with
//! the headers and body bytes they carry. Each would have failed before the cause it names was
//! fixed.

use api_tests::reference;
use axum::body::{Body, Bytes};
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt as _;
use serde_json::Value;
use tower::ServiceExt as _;

const ALFRESCO: &str = "/alfresco/api/-default-/public/alfresco/versions/1";
/// `admin:admin`, the Alfresco demo administrator.
const ADMIN: &str = "Basic YWRtaW46YWRtaW4=";
const DOCSPACE_USER: &str = "5a2d9b1c-0e7f-4c3a-9d21-3b8f6e4c2a10";
const PIECES_PERSON: &str = "7e3b1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b";
/// The `User-Agent` of openapi-generator's Python clients (Pieces' SDK says 5.0.0).
const PYTHON_SDK: &str = "OpenAPI-Generator/5.0.0/python";

fn app(spec: &str) -> Router {
    reference::app(spec, false).expect("a served spec").0
}

struct Reply {
    status: StatusCode,
    content_type: Option<String>,
    body: Bytes,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|error| panic!("{error}: {:?}", self.body))
    }
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|value| value.to_str().unwrap().to_string());
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        content_type,
        body,
    }
}

/// A request as the Python SDKs frame it: the headers given and an explicit `Content-Length`.
fn request(method: &str, uri: &str, headers: &[(&str, &str)], body: &[u8]) -> Request<Body> {
    let mut builder = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::CONTENT_LENGTH, body.len());
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Body::from(body.to_vec())).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Cause 1: an optional body left out is sent as `Content-Type: application/json` with
// `Content-Length: 0`.

#[tokio::test]
async fn an_empty_optional_body_with_a_content_type_is_no_body() {
    let pieces = app("pieces-os");
    let json_sdk = [
        ("accept", "application/json"),
        ("content-type", "application/json"),
        ("user-agent", PYTHON_SDK),
    ];
    // person_api.update_person(transferables=True): the demo person comes back.
    let reply = send(
        &pieces,
        request("POST", "/person/update?transferables=true", &json_sdk, b""),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    assert_eq!(reply.json()["id"], PIECES_PERSON);
    // user_api.update_user() and select_user() (with its bearer token).
    let reply = send(&pieces, request("POST", "/user/update", &json_sdk, b"")).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    let mut with_token = json_sdk.to_vec();
    with_token.push(("authorization", "Bearer demo-token"));
    let reply = send(&pieces, request("POST", "/user/select", &with_token, b"")).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    // person_api.person_scores_increment(person): no increment to apply, answered by the
    // implementation (its documented 500 text), not a 400 from the router.
    let uri = format!("/person/{PIECES_PERSON}/scores/increment");
    let reply = send(&pieces, request("POST", &uri, &json_sdk, b"")).await;
    assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(reply.content_type.as_deref(), Some("text/plain"));
    assert_eq!(&reply.body[..], b"A SeededScoreIncrement is required");

    // DocSpace update_member_photo(userid) without a request: the current photo is kept.
    let docspace = app("docspace");
    let uri = format!("/api/2.0/people/{DOCSPACE_USER}/photo");
    let headers = [
        ("accept", "application/json"),
        ("content-type", "application/json"),
        ("cookie", "asc_auth_key=demo-key"),
    ];
    let reply = send(&docspace, request("PUT", &uri, &headers, b"")).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    assert!(reply.json()["response"]["original"].is_string());
}

#[tokio::test]
async fn an_empty_required_body_is_a_clear_400() {
    let alfresco = app("alfresco-core");
    let uri = format!("{ALFRESCO}/people");
    let headers = [
        ("authorization", ADMIN),
        ("content-type", "application/json"),
    ];
    let reply = send(&alfresco, request("POST", &uri, &headers, b"")).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        reply.content_type.as_deref(),
        Some("application/problem+json")
    );
    let problem = reply.json();
    assert_eq!(problem["detail"], "a request body is required");
    assert_eq!(problem["invalid_params"][0]["in"], "body");
}

// ---------------------------------------------------------------------------------------------
// Cause 2: multipart arrays as one part per item (urllib3's encoding, as docspace-api-sdk
// sends `form_collection`, `formCollection` being `multi` in its collection formats).

#[tokio::test]
async fn a_multipart_array_is_one_part_per_item() {
    let docspace = app("docspace");
    let uri = format!("/api/2.0/people/{DOCSPACE_USER}/photo");
    let boundary = "7d1fa1d8d9e0b6f6c0ab5e9e0f2e3b4c";
    // Byte for byte what urllib3.encode_multipart_formdata produces for the SDK's two items
    // (no Content-Type on the parts).
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"formCollection\"\r\n\r\n\
         {{\"key\": \"photo.png\", \"value\": [\"iVBORw0KGgo=\"]}}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"formCollection\"\r\n\r\n\
         {{\"key\": \"autosave\", \"value\": [\"true\"]}}\r\n--{boundary}--\r\n"
    );
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let headers = [
        ("accept", "application/json"),
        ("content-type", content_type.as_str()),
        ("cookie", "asc_auth_key=demo-key"),
    ];
    let reply = send(&docspace, request("POST", &uri, &headers, body.as_bytes())).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    let result = reply.json();
    assert_eq!(result["response"]["success"], true);
    assert_eq!(
        result["response"]["data"]["keys"],
        serde_json::json!(["photo.png", "autosave"])
    );
}

// ---------------------------------------------------------------------------------------------
// Cause 3: If-Modified-Since as the seed example sends it (RFC 3339), as HTTP defines it, and
// invalid (ignored, RFC 9110 §13.1.3).

async fn avatar_with(alfresco: &Router, if_modified_since: &str) -> Reply {
    let uri = format!("{ALFRESCO}/people/admin/avatar?attachment=true&placeholder=true");
    let headers = [
        ("authorization", ADMIN),
        ("if-modified-since", if_modified_since),
    ];
    send(alfresco, request("GET", &uri, &headers, b"")).await
}

#[tokio::test]
async fn if_modified_since_accepts_http_dates_and_rfc_3339_and_ignores_anything_else() {
    let alfresco = app("alfresco-core");
    let uri = format!("{ALFRESCO}/people/admin/avatar");
    let headers = [
        ("authorization", ADMIN),
        ("content-type", "application/octet-stream"),
    ];
    let png = b"\x89PNG\r\n\x1a\nnot really";
    let reply = send(&alfresco, request("PUT", &uri, &headers, png)).await;
    assert_eq!(reply.status, StatusCode::OK);

    // The seed page's example value, long before the upload: modified since, 200.
    let reply = avatar_with(&alfresco, "2013-10-20T19:20:30+01:00").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(&reply.body[..], png);
    // In the future, in either form: not modified.
    for later in ["Fri, 01 Jan 2100 00:00:00 GMT", "2100-01-01T00:00:00Z"] {
        let reply = avatar_with(&alfresco, later).await;
        assert_eq!(reply.status, StatusCode::NOT_MODIFIED, "{later}");
        assert!(reply.body.is_empty());
    }
    // Not a date at all: ignored, the avatar is sent.
    for invalid in ["yesterday", "2013-13-45T99:00:00Z", ""] {
        let reply = avatar_with(&alfresco, invalid).await;
        assert_eq!(
            reply.status,
            StatusCode::OK,
            "{invalid:?}: {:?}",
            reply.body
        );
        assert_eq!(&reply.body[..], png);
    }
}

// ---------------------------------------------------------------------------------------------
// Cause 4: comma-separated lists whose commas arrive percent-encoded.

fn entry_ids(page: &Value) -> Vec<String> {
    page["list"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["entry"]["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn comma_lists_with_encoded_commas_are_split_after_decoding() {
    let alfresco = app("alfresco-core");
    let list = |query: &str| format!("{ALFRESCO}/people?{query}");
    let headers = [("authorization", ADMIN)];
    // What requests/httpx/urllib send for orderBy="firstName DESC", include="properties,aspectNames".
    let encoded = send(
        &alfresco,
        request(
            "GET",
            &list("orderBy=firstName+DESC%2Cid&include=properties%2CaspectNames"),
            &headers,
            b"",
        ),
    )
    .await;
    assert_eq!(encoded.status, StatusCode::OK, "{:?}", encoded.body);
    // The same request with literal commas, as this project's client sends it.
    let literal = send(
        &alfresco,
        request(
            "GET",
            &list("orderBy=firstName%20DESC,id&include=properties,aspectNames"),
            &headers,
            b"",
        ),
    )
    .await;
    assert_eq!(encoded.json(), literal.json());
    let page = encoded.json();
    assert!(entry_ids(&page).len() > 1);
    let first_names: Vec<&str> = page["list"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["entry"]["firstName"].as_str().unwrap())
        .collect();
    let mut sorted = first_names.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(first_names, sorted, "firstName DESC");
    let person = &page["list"]["entries"][0]["entry"];
    assert!(person["properties"].is_object() && person["aspectNames"].is_array());
    assert!(person.get("capabilities").is_none(), "not included");

    // The exploded form python-alfresco-api (httpx) sends for every array: the same items.
    let exploded = send(
        &alfresco,
        request(
            "GET",
            &list("orderBy=firstName+DESC&orderBy=id&include=properties&include=aspectNames"),
            &headers,
            b"",
        ),
    )
    .await;
    assert_eq!(exploded.json(), page);

    // Literal commas keep the raw-split rule: an encoded comma stays inside its item, so this
    // is one (unknown) sort field, refused with the operation's 400.
    let reply = send(
        &alfresco,
        request("GET", &list("orderBy=firstName%2Cid,id"), &headers, b""),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
}

// ---------------------------------------------------------------------------------------------
// Cause 5: the password reset operations need no authentication.

#[tokio::test]
async fn password_reset_needs_no_credentials() {
    let alfresco = app("alfresco-core");
    let json = [("content-type", "application/json")];
    let uri = format!("{ALFRESCO}/people/abeecher/request-password-reset");
    let reply = send(
        &alfresco,
        request("POST", &uri, &json, br#"{"client":"share"}"#),
    )
    .await;
    assert_eq!(reply.status, StatusCode::ACCEPTED, "{:?}", reply.body);
    let uri = format!("{ALFRESCO}/people/abeecher/reset-password");
    let body = br#"{"id":"activiti$10","key":"4dad6d00-0daf-413a-b200-f64af4e12345","password":"newPassword"}"#;
    let reply = send(&alfresco, request("POST", &uri, &json, body)).await;
    assert_eq!(reply.status, StatusCode::ACCEPTED, "{:?}", reply.body);
    // Credentials, as the page also shows them, are still accepted.
    let with_basic = [
        ("content-type", "application/json"),
        ("authorization", ADMIN),
    ];
    let uri = format!("{ALFRESCO}/people/abeecher/request-password-reset");
    let reply = send(
        &alfresco,
        request("POST", &uri, &with_basic, br#"{"client":"share"}"#),
    )
    .await;
    assert_eq!(reply.status, StatusCode::ACCEPTED);
}

// ---------------------------------------------------------------------------------------------
// Cause 6: `fields` restricts what comes back.

#[tokio::test]
async fn fields_restricts_the_returned_properties() {
    let alfresco = app("alfresco-core");
    let headers = [("authorization", ADMIN)];
    let keys = |entry: &Value| {
        let mut keys: Vec<String> = entry.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    // httpx's encoding of fields=["id", "firstName", "jobTitle"], repeated keys.
    let uri = format!("{ALFRESCO}/people/-me-?fields=id&fields=firstName&fields=jobTitle");
    let reply = send(&alfresco, request("GET", &uri, &headers, b"")).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    // The listed properties that are set, and the ones Person requires.
    assert_eq!(
        keys(&reply.json()["entry"]),
        ["email", "enabled", "firstName", "id"]
    );
    // Without fields, everything.
    let uri = format!("{ALFRESCO}/people/-me-");
    let full = send(&alfresco, request("GET", &uri, &headers, b""))
        .await
        .json();
    assert!(keys(&full["entry"]).contains(&"displayName".to_string()));
    // In lists, per entry.
    let uri = format!("{ALFRESCO}/people?fields=id%2ClastName");
    let page = send(&alfresco, request("GET", &uri, &headers, b""))
        .await
        .json();
    for entry in page["list"]["entries"].as_array().unwrap() {
        let keys = keys(&entry["entry"]);
        assert!(!keys.contains(&"displayName".to_string()), "{keys:?}");
        assert!(keys.contains(&"lastName".to_string()), "{keys:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The other side of cause 9: the client reads `null` for an optional, non-nullable property as
// absent, the server does not accept it in a request.

#[tokio::test]
async fn requests_with_null_for_a_non_nullable_property_are_refused() {
    let pieces = app("pieces-os");
    let stamp = r#"{"value":"2024-09-05T10:00:00Z"}"#;
    let body = format!(
        r#"{{"id":"p1","created":{stamp},"updated":{stamp},"type":{{"basic":{{"name":"Ada"}}}},"deleted":null}}"#
    );
    let headers = [("content-type", "application/json")];
    let reply = send(
        &pieces,
        request("POST", "/person/update", &headers, body.as_bytes()),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.json()["invalid_params"][0]["name"], "deleted");
    // Without the null the same person is accepted.
    let body = body.replace(r#","deleted":null"#, "");
    let reply = send(
        &pieces,
        request("POST", "/person/update", &headers, body.as_bytes()),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
}

/// DocSpace's DTOs say `additionalProperties: false`: a request may carry no other property, and
/// a request body is an object, never the array serde's derive would read positionally.
#[tokio::test]
async fn requests_with_properties_a_closed_schema_forbids_are_refused() {
    let docspace = app("docspace");
    let uri = format!("/api/2.0/people/{DOCSPACE_USER}/photo/thumbnails");
    let headers = [
        ("accept", "application/json"),
        ("content-type", "application/json"),
        ("cookie", "asc_auth_key=demo-key"),
    ];
    let thumbnails = |body: &'static str| {
        let docspace = docspace.clone();
        let uri = uri.clone();
        async move { send(&docspace, request("POST", &uri, &headers, body.as_bytes())).await }
    };
    let reply = thumbnails(r#"{"x":1,"nope":1}"#).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let problem = reply.json();
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("unknown field `nope`"),
        "{problem}"
    );
    for not_an_object in ["[]", "[1,2,3,4]", "1"] {
        let reply = thumbnails(not_an_object).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{not_an_object}");
    }
    let reply = thumbnails(r#"{"x":1,"y":2}"#).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
}

/// String enums keep values the spec does not list when a client reads a response (a newer
/// server may send them), but a request the server validates holds only the listed values.
#[tokio::test]
async fn requests_with_an_enum_value_the_spec_does_not_list_are_refused() {
    let pieces = app("pieces-os");
    let profile = |status: &str| {
        format!(
            r#"{{"id":"auth0|5f1e2d3c4b5a697887766554","aesthetics":{{"theme":{{"dark":false}},"font":{{"size":12}}}},
            "allocation":{{"id":"a1","user":"auth0|5f1e2d3c4b5a697887766554","project":"p",
            "status":{{"cloud":"{status}","dns":"RUNNING"}},
            "urls":{{"base":{{"url":"https://b.example","status":"RUNNING"}},"id":{{"url":"https://i.example","status":"RUNNING"}}}}}}}}"#
        )
    };
    let headers = [("content-type", "application/json")];
    let reply = send(
        &pieces,
        request(
            "POST",
            "/user/update",
            &headers,
            profile("HIBERNATING").as_bytes(),
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{:?}", reply.body);
    assert_eq!(
        reply.json()["invalid_params"][0]["name"],
        "allocation.status.cloud"
    );
    let reply = send(
        &pieces,
        request(
            "POST",
            "/user/update",
            &headers,
            profile("RUNNING").as_bytes(),
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
}

/// `format: uri` is kept as text, but a request holds only RFC 3986 URIs, unusual ones included.
#[tokio::test]
async fn requests_hold_rfc_3986_uris() {
    let pieces = app("pieces-os");
    let profile = |picture: &str| {
        serde_json::json!({
            "id": "auth0|5f1e2d3c4b5a697887766554",
            "aesthetics": { "theme": { "dark": false }, "font": { "size": 12 } },
            "picture": picture,
        })
        .to_string()
    };
    let headers = [("content-type", "application/json")];
    for valid in [
        "https://cdn.pieces.123/avatar.png",
        "http://256.1.2.3/a.png",
        "https://pieces.app:99999/a.png",
        "HTTPS://Pieces.APP",
        "http://[2001:db8::7]:8080/a?b=c#d",
        "urn:isbn:0451450523",
        "mailto:ada@example.com",
    ] {
        let reply = send(
            &pieces,
            request("POST", "/user/update", &headers, profile(valid).as_bytes()),
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK, "{valid}: {:?}", reply.body);
        assert_eq!(reply.json()["picture"], valid, "kept as sent");
    }
    for invalid in [
        "not a uri",
        "\u{dbd26}",
        "//no-scheme.example/a",
        "http://exa mple.com/",
        "http://[::1/a",
        "http://example.com/%zz",
        "1http://example.com",
    ] {
        let reply = send(
            &pieces,
            request(
                "POST",
                "/user/update",
                &headers,
                profile(invalid).as_bytes(),
            ),
        )
        .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{invalid:?}");
        assert_eq!(reply.json()["invalid_params"][0]["name"], "picture");
    }
}
