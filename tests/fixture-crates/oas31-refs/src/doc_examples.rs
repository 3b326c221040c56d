// @generated from tests/fixtures/oas31-refs.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod list_orders {
        extern crate self as fixture_oas31_refs;

        use fixture_oas31_refs::client::Client;

        pub async fn list_orders() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.default_api().list_orders().await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
