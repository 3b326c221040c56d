// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod get_a {
        extern crate self as fixture_literals;

        use fixture_literals::client::{Client, GetAParams};

        pub async fn get_a() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().get_a(GetAParams::default()).await?;
            Ok(())
        }
    }
}
