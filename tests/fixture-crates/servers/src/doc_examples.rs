// @generated from tests/fixtures/servers.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod ping {
        extern crate self as fixture_servers;

        use fixture_servers::client::Client;

        pub async fn ping() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://eu.servers.example.com:8443/api/v2")?;
            client.default_api().ping().await?;
            Ok(())
        }
    }
}
