// @generated from tests/fixtures/oas31-nullable.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod put_thing {
        extern crate self as fixture_oas31_nullable;

        use fixture_oas31_nullable::client::{Client, PutThingParams};
        use fixture_oas31_nullable::models;

        pub async fn put_thing(
            body: models::Thing,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let id = "id_example";
            let result = client
                .default_api()
                .put_thing(id, PutThingParams::default(), body)
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
