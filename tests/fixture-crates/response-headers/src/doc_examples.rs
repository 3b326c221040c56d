// @generated from tests/fixtures/response-headers.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod list_items {
        extern crate self as fixture_response_headers;

        use fixture_response_headers::client::Client;

        pub async fn list_items() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost/v1")?;
            let result = client.default_api().list_items().await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod create_item {
        extern crate self as fixture_response_headers;

        use fixture_response_headers::client::Client;

        pub async fn create_item() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost/v1")?;
            let body = "body_example".to_string();
            client.default_api().create_item(body).await?;
            Ok(())
        }
    }

    pub mod get_item {
        extern crate self as fixture_response_headers;

        use fixture_response_headers::client::Client;

        pub async fn get_item() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost/v1")?;
            let id = "id_example";
            let result = client.default_api().get_item(id).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
