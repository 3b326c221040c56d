// @generated from tests/fixtures/swagger2-collection-formats.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod search {
        extern crate self as fixture_swagger2_collection_formats;

        use fixture_swagger2_collection_formats::client::{Client, SearchParams};

        pub async fn search(ids: &[i64]) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client
                .default_api()
                .search(ids, SearchParams::default())
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
