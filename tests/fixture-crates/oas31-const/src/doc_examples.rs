// @generated from tests/fixtures/oas31-const.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod send_event {
        extern crate self as fixture_oas31_const;

        use fixture_oas31_const::client::Client;
        use fixture_oas31_const::models;

        pub async fn send_event(
            body: models::Event,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().send_event(body).await?;
            Ok(())
        }
    }
}
