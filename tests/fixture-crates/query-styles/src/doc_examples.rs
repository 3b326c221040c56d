// @generated from tests/fixtures/query-styles.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod search {
        extern crate self as fixture_query_styles;

        use fixture_query_styles::client::{Client, SearchParams};

        pub async fn search() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().search(SearchParams::default()).await?;
            Ok(())
        }
    }
}
