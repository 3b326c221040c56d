// @generated from tests/fixtures/swagger2-schemas.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod list_shapes {
        extern crate self as fixture_swagger2_schemas;

        use fixture_swagger2_schemas::client::Client;

        pub async fn list_shapes() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.default_api().list_shapes().await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod create_circle {
        extern crate self as fixture_swagger2_schemas;

        use fixture_swagger2_schemas::client::Client;
        use fixture_swagger2_schemas::models;

        pub async fn create_circle(
            body: models::Circle,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().create_circle(body).await?;
            Ok(())
        }
    }
}
