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
        ..Default::default()
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
