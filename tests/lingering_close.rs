//! Lingering close: a client that writes its whole 20 MB body before it reads (as Python's
//! http.client does) still gets the server's 413 problem+json, for every served API, with and
//! without credentials, whether the operation takes a body or not.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use api_tests::reference::{alfresco, docspace, pieces};
use axum::Router;

const BODY: usize = 20 * 1024 * 1024;

fn serve(app: Router) -> (SocketAddr, tokio::runtime::Runtime) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    runtime.spawn(async move { axum::serve(listener, app).await.unwrap() });
    (addr, runtime)
}

/// Writes the request head and all of the body, then reads the whole answer.
fn send_everything_then_read(addr: SocketAddr, head: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    stream
        .set_write_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    stream
        .write_all(format!("{head}Content-Length: {BODY}\r\nConnection: close\r\n\r\n").as_bytes())
        .unwrap();
    let chunk = vec![b'a'; 64 * 1024];
    let mut sent = 0;
    while sent < BODY {
        let n = chunk.len().min(BODY - sent);
        stream.write_all(&chunk[..n]).unwrap_or_else(|error| {
            panic!("the server stopped reading after {sent} bytes: {error}")
        });
        sent += n;
    }
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

fn assert_problem(answer: &str, status: &str) {
    let first = answer.lines().next().unwrap_or_default();
    assert!(first.starts_with(&format!("HTTP/1.1 {status}")), "{answer}");
    assert!(
        answer
            .to_ascii_lowercase()
            .contains("content-type: application/problem+json"),
        "{answer}"
    );
    assert!(answer.contains("\"status\":"), "{answer}");
}

#[test]
fn alfresco_answers_413_to_a_client_that_sends_everything_first() {
    let (addr, _runtime) = serve(alfresco::People::demo().router());
    let base = "/alfresco/api/-default-/public/alfresco/versions/1";
    let auth = "Authorization: Basic YWRtaW46YWRtaW4=\r\n";
    let answer = send_everything_then_read(
        addr,
        &format!(
            "POST {base}/people HTTP/1.1\r\nHost: x\r\n{auth}Content-Type: application/json\r\n"
        ),
    );
    assert_problem(&answer, "413");
    let answer = send_everything_then_read(
        addr,
        &format!("PUT {base}/people/-me-/avatar HTTP/1.1\r\nHost: x\r\n{auth}Content-Type: application/octet-stream\r\n"),
    );
    assert_problem(&answer, "413");
    // Refused before the body is looked at: the answer still arrives.
    let answer = send_everything_then_read(
        addr,
        &format!("POST {base}/people HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"),
    );
    assert_problem(&answer, "401");
}

#[test]
fn docspace_answers_413_to_a_client_that_sends_everything_first() {
    let (addr, _runtime) = serve(docspace::Photos::demo().router());
    let user = "5a2d9b1c-0e7f-4c3a-9d21-3b8f6e4c2a10";
    let answer = send_everything_then_read(
        addr,
        &format!(
            "POST /api/2.0/people/{user}/photo HTTP/1.1\r\nHost: x\r\nCookie: asc_auth_key=demo-key\r\n\
             Content-Type: multipart/form-data; boundary=b\r\n"
        ),
    );
    assert_problem(&answer, "413");
    let answer = send_everything_then_read(
        addr,
        &format!("GET /api/2.0/people/{user}/photo HTTP/1.1\r\nHost: x\r\nCookie: asc_auth_key=demo-key\r\n"),
    );
    assert!(answer.starts_with("HTTP/1.1 "), "{answer}");
}

#[test]
fn pieces_answers_413_to_a_client_that_sends_everything_first() {
    let (addr, _runtime) = serve(pieces::Pieces::demo().router());
    let answer = send_everything_then_read(
        addr,
        "POST /user/select HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo-token\r\nContent-Type: application/json\r\n",
    );
    assert_problem(&answer, "413");
}
