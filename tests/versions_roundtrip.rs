//! Round trips of an OpenAPI 3.1 and a Swagger 2.0 fixture (`oas31-roundtrip.yaml`,
//! `swagger2-roundtrip.yaml`): each generated server is started on 127.0.0.1 port 0 over an
//! implementation that records what it received, driven by its generated client over real HTTP.
//! Nullable values, a const, a file upload and a repeated (`multi`) query array arrive intact,
//! and the query text on the wire is the one the spec's version defines.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::extract::Request;
use axum::middleware::Next;
use axum::Router;
use bytes::Bytes;

/// Serves `app` on a fresh port of 127.0.0.1, recording the query string of every request.
async fn serve(app: Router, queries: Log) -> SocketAddr {
    let app = app.layer(axum::middleware::from_fn(
        move |request: Request, next: Next| {
            let queries = queries.clone();
            async move {
                queries.push(request.uri().query().unwrap_or_default());
                next.run(request).await
            }
        },
    ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<String>>>);

impl Log {
    fn push(&self, line: impl Into<String>) {
        self.0.lock().unwrap().push(line.into());
    }

    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

/// A 1 KiB upload with every byte value, so that nothing is read as text on the way.
fn file_bytes() -> Bytes {
    (0..1024u32).map(|i| (i % 256) as u8).collect()
}

fn digest(bytes: &[u8]) -> String {
    // Not cryptographic: only shows the server saw exactly these bytes, in this order.
    let sum = bytes.iter().enumerate().fold(0u64, |acc, (i, b)| {
        acc.wrapping_mul(31).wrapping_add((i as u64) ^ (*b as u64))
    });
    format!("{sum:016x}")
}

mod v31 {
    use fixture_oas31_roundtrip::models::{AttachForm, Attachment, Note};
    use fixture_oas31_roundtrip::server::{
        AttachResponse, DefaultApi, PutNoteQuery, PutNoteResponse,
    };

    use super::{digest, Log};

    pub struct Notes(pub Log);

    impl DefaultApi for Notes {
        async fn put_note(&self, params: PutNoteQuery, body: Note) -> PutNoteResponse {
            self.0.push(format!("tag={:?} note={body:?}", params.tag));
            PutNoteResponse::Ok(body)
        }

        async fn attach(&self, body: AttachForm) -> AttachResponse {
            AttachResponse::Ok(Attachment {
                size: body.file.len() as i64,
                sha: digest(&body.file),
                caption: body.caption,
            })
        }
    }
}

#[tokio::test]
async fn oas31_nullable_const_upload_and_exploded_query_arrive_intact() {
    use fixture_oas31_roundtrip::client::{Client, PutNoteParams};
    use fixture_oas31_roundtrip::models::{AttachForm, Note, NoteKind};

    let (calls, queries) = (Log::default(), Log::default());
    let app = fixture_oas31_roundtrip::server::router(v31::Notes(calls.clone()));
    let addr = serve(app, queries.clone()).await;
    let api = Client::new(format!("http://{addr}")).unwrap().default_api();

    // `due: [string, null]` is required: `None` goes out as `null` and comes back as `None`;
    // `parent` is an `anyOf` with a null branch; `kind` is a const.
    let note = Note {
        kind: NoteKind::Note,
        text: "ß & ü".to_string(),
        due: None,
        parent: Some(Box::new(Note {
            kind: NoteKind::Note,
            text: "parent".to_string(),
            due: Some(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
            parent: None,
            tags: None,
        })),
        tags: Some(vec!["a".to_string()]),
    };
    let params = PutNoteParams {
        tag: Some(vec!["x y".to_string(), "z,w".to_string()]),
    };
    let stored = api.put_note(params, note.clone()).await.unwrap();
    assert_eq!(stored, note);
    assert_eq!(queries.take(), ["tag=x%20y&tag=z%2Cw"]);
    let received = calls.take();
    assert_eq!(received.len(), 1);
    assert!(
        received[0].starts_with(
            r#"tag=Some(["x y", "z,w"]) note=Note { kind: Note, text: "ß & ü", due: None"#
        ),
        "{received:?}"
    );

    // The wire form of a required nullable value is `null`; a value of the wrong type is
    // refused before the implementation runs.
    let http = reqwest::Client::new();
    let url = format!("http://{addr}/notes");
    let answer = http
        .put(&url)
        .header("content-type", "application/json")
        .body(r#"{"kind":"note","text":"t","due":null,"parent":null}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let echoed: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(echoed["due"], serde_json::Value::Null);
    let answer = http
        .put(&url)
        .header("content-type", "application/json")
        .body(r#"{"kind":"note","text":"t","due":5}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    assert_eq!(answer.headers()["content-type"], "application/problem+json");
    assert_eq!(
        calls.take().len(),
        1,
        "only the valid request reached the implementation"
    );

    // contentMediaType: application/octet-stream is a binary multipart part.
    let file = file_bytes();
    let attachment = api
        .attach(AttachForm {
            file: file.clone(),
            caption: None,
        })
        .await
        .unwrap();
    assert_eq!(attachment.size, file.len() as i64);
    assert_eq!(attachment.sha, digest(&file));
    assert_eq!(attachment.caption, None);
}

mod v2 {
    use fixture_swagger2_roundtrip::models::{AttachForm, Attachment, Note};
    use fixture_swagger2_roundtrip::server::{
        AttachResponse, DefaultApi, PutNoteQuery, PutNoteResponse,
    };

    use super::{digest, Log};

    pub struct Notes(pub Log);

    impl DefaultApi for Notes {
        async fn put_note(&self, params: PutNoteQuery, body: Note) -> PutNoteResponse {
            self.0.push(format!(
                "tag={:?} ids={:?} due={:?} kind={}",
                params.tag, params.ids, body.due, body.kind
            ));
            PutNoteResponse::Ok(body)
        }

        async fn attach(&self, body: AttachForm) -> AttachResponse {
            AttachResponse::Ok(Attachment {
                size: body.file.len() as i64,
                sha: digest(&body.file),
                caption: body.caption,
            })
        }
    }
}

#[tokio::test]
async fn swagger2_nullable_enum_file_upload_and_multi_arrive_intact() {
    use fixture_swagger2_roundtrip::client::{Client, PutNoteParams};
    use fixture_swagger2_roundtrip::models::{AttachForm, Note, NoteKind};

    let (calls, queries) = (Log::default(), Log::default());
    let app = fixture_swagger2_roundtrip::server::router(v2::Notes(calls.clone()));
    let addr = serve(app, queries.clone()).await;
    let base = format!("http://{addr}{}", fixture_swagger2_roundtrip::BASE_PATH);
    let api = Client::new(base.clone()).unwrap().default_api();

    // `collectionFormat: multi` repeats the name; the default `csv` joins with commas.
    let note = Note {
        kind: NoteKind::Note,
        text: "t".to_string(),
        due: None,
        tags: None,
        ids: Some(vec![1.into(), 2.into()]),
    };
    let params = PutNoteParams {
        tag: Some(vec!["a b".to_string(), "c".to_string()]),
        ids: Some(vec![7, 8]),
    };
    let stored = api.put_note(params, note.clone()).await.unwrap();
    assert_eq!(stored, note);
    assert_eq!(queries.take(), ["tag=a%20b&tag=c&ids=7,8"]);
    assert_eq!(
        calls.take(),
        [r#"tag=Some(["a b", "c"]) ids=Some([7, 8]) due=None kind=note"#]
    );

    // `x-nullable: true` on a required property: `null` is a value like a date; a number is
    // refused.
    let http = reqwest::Client::new();
    let url = format!("{base}/notes");
    for (body, status) in [
        (r#"{"kind":"note","text":"t","due":null}"#, 200),
        (r#"{"kind":"note","text":"t","due":"2026-12-01"}"#, 200),
        (r#"{"kind":"note","text":"t","due":5}"#, 400),
    ] {
        let answer = http
            .put(&url)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), status, "{body}");
    }
    assert_eq!(
        calls.take().len(),
        2,
        "the refused body never reached the implementation"
    );

    // `in: formData` with `type: file`: a multipart upload, byte-exact.
    let file = file_bytes();
    let attachment = api
        .attach(AttachForm {
            file: file.clone(),
            caption: Some("über".to_string()),
        })
        .await
        .unwrap();
    assert_eq!(attachment.size, file.len() as i64);
    assert_eq!(attachment.sha, digest(&file));
    assert_eq!(attachment.caption.as_deref(), Some("über"));
}
