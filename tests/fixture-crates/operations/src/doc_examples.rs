// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod items {
    pub mod get_item {
        extern crate self as fixture_operations;

        use fixture_operations::client::{Client, GetItemParams};

        pub async fn get_item() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://api.example.com/v1")?
                .with_basic_auth("username", "password");
            let item_id = "item_id_example";
            let type_ = "type__example";
            let result = client
                .items()
                .get_item(item_id, type_, GetItemParams::default())
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod put_items_by_item_id {
        extern crate self as fixture_operations;

        use fixture_operations::client::Client;
        use fixture_operations::models;

        pub async fn put_items_by_item_id(
            body: models::Item,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://api.example.com/v1")?
                .with_bearer_token("token");
            let item_id = "item_id_example";
            let result = client.items().put_items_by_item_id(item_id, body).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}

#[allow(clippy::module_inception)]
pub mod files {
    pub mod put_file {
        extern crate self as fixture_operations;

        use fixture_operations::client::Client;

        pub async fn put_file(
            body: Option<bytes::Bytes>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://api.example.com/v1")?;
            let item_id = "item_id_example";
            client.files().put_file(item_id, body).await?;
            Ok(())
        }
    }

    pub mod upload_form {
        extern crate self as fixture_operations;

        use fixture_operations::client::Client;
        use fixture_operations::models;

        pub async fn upload_form(
            body: Option<models::UploadFormForm>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://api.example.com/v1")?.with_api_key("key");
            let item_id = "item_id_example";
            client.files().upload_form(item_id, body).await?;
            Ok(())
        }
    }
}
