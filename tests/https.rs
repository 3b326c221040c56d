//! HTTPS: a generated client (default features, so reqwest with rustls) calls a generated server
//! behind TLS. The certificate is made here for `localhost`, and the client trusts it through
//! `Client::with_http_client`, as a user with a private CA would.

use std::sync::Arc;

use api_tests::reference::docspace;
use tokio_rustls::rustls;

/// Serves `app` over TLS with a fresh self-signed certificate for `localhost`; returns the port
/// and the certificate in DER form.
async fn serve_tls(app: axum::Router) -> (u16, Vec<u8>) {
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let cert_der = certified.cert.der().to_vec();
    let key =
        rustls::pki_types::PrivateKeyDer::try_from(certified.signing_key.serialize_der()).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![cert_der.clone().into()], key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let (tcp, _) = listener.accept().await.unwrap();
            let acceptor = acceptor.clone();
            let app = app.clone();
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let service = hyper::service::service_fn(move |request| {
                    tower::ServiceExt::oneshot(app.clone(), request)
                });
                let _ = hyper_util::server::conn::auto::Builder::new(
                    hyper_util::rt::TokioExecutor::new(),
                )
                .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                .await;
            });
        }
    });
    (port, cert_der)
}

#[tokio::test]
async fn generated_client_calls_generated_server_over_https() {
    let photos = docspace::Photos::demo();
    let (port, cert_der) = serve_tls(photos.router()).await;
    let http = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_der(&cert_der).unwrap()])
        .build()
        .unwrap();
    let base = format!("https://localhost:{port}{}", ::docspace::BASE_PATH);
    let api = ::docspace::client::Client::new(&base)
        .unwrap()
        .with_http_client(http)
        .with_api_key(docspace::DEMO_KEY)
        .people_photos();
    let photo = api.get_member_photo(docspace::USER).await.unwrap();
    assert!(
        photo.response.is_some(),
        "the photo record came back over TLS: {photo:?}"
    );

    // A client that does not trust the certificate refuses the connection: TLS is really in use.
    let untrusting = ::docspace::client::Client::new(&base)
        .unwrap()
        .with_api_key(docspace::DEMO_KEY)
        .people_photos();
    let refused = untrusting
        .get_member_photo(docspace::USER)
        .await
        .unwrap_err();
    assert!(
        matches!(refused, ::docspace::client::Error::Transport { .. }),
        "an unknown certificate is a transport error: {refused:?}"
    );
}
