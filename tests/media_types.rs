//! Bodies documented under several media types (fixture `media-types`): the client sends the
//! variant the caller chose under its media type, and the server tells them apart by
//! `Content-Type`, answering 415 (naming every documented type) to any other.

use std::net::SocketAddr;

use axum::body::Bytes;
use fixture_media_types::client::Client;
use fixture_media_types::models::*;
use fixture_media_types::server::*;

struct Notes;

impl DefaultApi for Notes {
    async fn create_note(&self, body: CreateNoteBody) -> CreateNoteResponse {
        let arrived = match body {
            CreateNoteBody::Json(note) => format!("json {} {:?}", note.title, note.pinned),
            CreateNoteBody::VndNotesV2Json(note) => format!("v2 {}", note.title),
            CreateNoteBody::Form(note) => format!("form {} {:?}", note.title, note.pinned),
            CreateNoteBody::Xml(bytes) => format!("xml {}", String::from_utf8_lossy(&bytes)),
            CreateNoteBody::Text(text) => format!("text {text}"),
        };
        CreateNoteResponse::Created(arrived)
    }

    async fn get_note(&self, id: String, accepted: Accepted) -> GetNoteResponse {
        if id == "missing" {
            return GetNoteResponse::NotFound(serde_json::Map::new());
        }
        let note = note(&id);
        match accepted.preferred(&["application/json", "application/xml", "text/plain"]) {
            Some("application/xml") => GetNoteResponse::Ok(GetNoteOkBody::Xml(Bytes::from(
                format!("<note><title>{id}</title></note>"),
            ))),
            Some("text/plain") => GetNoteResponse::Ok(GetNoteOkBody::Text(id)),
            _ => GetNoteResponse::Ok(GetNoteOkBody::Json(note)),
        }
    }

    async fn replace_note(&self, body: Option<ReplaceNoteBody>) -> ReplaceNoteResponse {
        assert!(
            !matches!(body, Some(ReplaceNoteBody::Json(_))),
            "the test sends no JSON here"
        );
        ReplaceNoteResponse::NoContent
    }
}

async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router(Notes)).await.unwrap() });
    addr
}

fn note(title: &str) -> Note {
    Note {
        title: title.to_string(),
        pinned: Some(true),
    }
}

#[tokio::test]
async fn each_documented_media_type_round_trips_as_its_variant() {
    let addr = serve().await;
    let notes = Client::new(format!("http://{addr}/v1"))
        .unwrap()
        .default_api();
    let sent = [
        (CreateNoteBody::Json(note("a")), "json a Some(true)"),
        (CreateNoteBody::VndNotesV2Json(note("b")), "v2 b"),
        (CreateNoteBody::Form(note("c d")), "form c d Some(true)"),
        (
            CreateNoteBody::Xml(Bytes::from_static(b"<note><title>e</title></note>")),
            "xml <note><title>e</title></note>",
        ),
        (CreateNoteBody::Text("f".to_string()), "text f"),
    ];
    for (body, expected) in sent {
        assert_eq!(notes.create_note(body).await.unwrap(), expected);
    }
    notes
        .replace_note(Some(ReplaceNoteBody::Binary(Bytes::from_static(&[
            0, 1, 2,
        ]))))
        .await
        .unwrap();
    notes.replace_note(None).await.unwrap();
}

#[tokio::test]
async fn another_media_type_is_a_415_naming_the_documented_ones() {
    let addr = serve().await;
    let http = reqwest::Client::new();
    let response = http
        .post(format!("http://{addr}/v1/notes"))
        .header("content-type", "application/yaml")
        .body("title: x")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 415);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: serde_json::Value = response.json().await.unwrap();
    let detail = problem["detail"].as_str().unwrap();
    for media_type in [
        "application/json",
        "application/xml",
        "text/plain",
        "application/x-www-form-urlencoded",
    ] {
        assert!(detail.contains(media_type), "{detail}");
    }
    // A media type's parameters and case do not matter; a required body that is absent is a 400.
    let response = http
        .post(format!("http://{addr}/v1/notes"))
        .header("content-type", "Text/Plain; charset=utf-8")
        .body("g")
        .send()
        .await
        .unwrap();
    assert_eq!(response.text().await.unwrap(), "\"text g\"");
    let response = http
        .post(format!("http://{addr}/v1/notes"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
}

/// The server answers in the media type the client prefers (q-values, ranges), and 406 when it
/// accepts none; the client decodes whichever arrives by `Content-Type`.
#[tokio::test]
async fn responses_follow_accept_and_the_client_decodes_by_content_type() {
    let addr = serve().await;
    let http = reqwest::Client::new();
    let get = |accept: &'static str| {
        let request = http.get(format!("http://{addr}/v1/notes/n1"));
        let request = if accept.is_empty() {
            request
        } else {
            request.header("accept", accept)
        };
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let content_type = response
                .headers()
                .get("content-type")
                .map(|v| v.to_str().unwrap().to_string());
            (
                status,
                content_type.unwrap_or_default(),
                response.text().await.unwrap(),
            )
        }
    };
    assert_eq!(
        get("application/xml").await,
        (
            200,
            "application/xml".to_string(),
            "<note><title>n1</title></note>".to_string()
        )
    );
    assert_eq!(get("text/*;q=0.9, application/json;q=0.5").await.2, "n1");
    assert_eq!(
        get("application/json;q=0, */*;q=0.1").await.1,
        "application/xml",
        "q=0 refuses JSON"
    );
    assert_eq!(
        get("").await.1,
        "application/json",
        "no Accept: the implementation's first choice"
    );
    let (status, content_type, body) = get("image/png").await;
    assert_eq!(
        (status, content_type.as_str()),
        (406, "application/problem+json")
    );
    assert!(
        body.contains("application/json") && body.contains("text/plain"),
        "{body}"
    );

    // The generated client accepts every documented type, JSON first, and decodes the one that
    // arrives; a caller who prefers another says so with `Accept` on the request.
    let notes = Client::new(format!("http://{addr}/v1"))
        .unwrap()
        .default_api();
    assert_eq!(
        notes.get_note("n2").await.unwrap(),
        GetNoteOkBody::Json(note("n2"))
    );
    let as_xml = notes.clone().with_header("Accept", "application/xml");
    assert_eq!(
        as_xml.get_note("n3").await.unwrap(),
        GetNoteOkBody::Xml(Bytes::from_static(b"<note><title>n3</title></note>"))
    );
    let as_text = notes.with_header("Accept", "text/plain, application/json;q=0.5");
    assert_eq!(
        as_text.get_note("n4").await.unwrap(),
        GetNoteOkBody::Text("n4".to_string())
    );
}

/// A vendor server that answers in another documented media type, or an undocumented one.
#[tokio::test]
async fn the_client_decodes_each_documented_media_type_and_refuses_others() {
    use axum::routing::get;
    let app = axum::Router::new().route(
        "/v1/notes/{id}",
        get(
            |axum::extract::Path(id): axum::extract::Path<String>| async move {
                let content_type = match id.as_str() {
                    "xml" => "application/xml",
                    "text" => "text/plain; charset=utf-8",
                    _ => "application/yaml",
                };
                ([("content-type", content_type)], id)
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let notes = Client::new(format!("http://{addr}/v1"))
        .unwrap()
        .default_api();
    assert_eq!(
        notes.get_note("xml").await.unwrap(),
        GetNoteOkBody::Xml(Bytes::from_static(b"xml"))
    );
    assert_eq!(
        notes.get_note("text").await.unwrap(),
        GetNoteOkBody::Text("text".to_string())
    );
    let error = notes.get_note("yaml").await.unwrap_err();
    assert!(
        matches!(&error, fixture_media_types::client::Error::Decode { message, .. } if message.contains("application/yaml")),
        "{error:?}"
    );
}
