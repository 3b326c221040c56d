// @generated from tests/fixtures/literal-segments.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod literal {
        extern crate self as fixture_literal_segments;

        use fixture_literal_segments::client::Client;

        pub async fn literal() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().literal().await?;
            Ok(())
        }
    }
}
