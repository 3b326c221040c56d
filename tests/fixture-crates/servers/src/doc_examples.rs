// @generated from tests/fixtures/servers.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod ping {
        extern crate self as fixture_servers;

        use fixture_servers::client::Client;

        pub async fn ping() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(fixture_servers::DEFAULT_BASE_URL)?;
            client.default_api().ping().await?;
            Ok(())
        }
    }
}
