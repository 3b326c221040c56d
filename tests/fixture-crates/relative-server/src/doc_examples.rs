// @generated from tests/fixtures/relative-server.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod ping {
        extern crate self as fixture_relative_server;

        use fixture_relative_server::client::Client;

        pub async fn ping() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().ping().await?;
            Ok(())
        }
    }
}
