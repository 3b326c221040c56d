// @generated from tests/fixtures/oas31-document.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod ping {
        extern crate self as fixture_oas31_document;

        use fixture_oas31_document::client::Client;

        pub async fn ping() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?.with_api_key("key");
            client.default_api().ping().await?;
            Ok(())
        }
    }

    pub mod get_status {
        extern crate self as fixture_oas31_document;

        use fixture_oas31_document::client::Client;

        pub async fn get_status() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.default_api().get_status().await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
