// @generated from tests/fixtures/no-servers.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod ping {
        extern crate self as fixture_no_servers;

        use fixture_no_servers::client::Client;

        pub async fn ping() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().ping().await?;
            Ok(())
        }
    }
}
