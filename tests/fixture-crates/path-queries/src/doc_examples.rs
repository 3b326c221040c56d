// @generated from tests/fixtures/path-queries.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod get_item {
        extern crate self as fixture_path_queries;

        use fixture_path_queries::client::Client;

        pub async fn get_item() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let id = "id_example";
            let result = client.default_api().get_item(id).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod delete_item_beta {
        extern crate self as fixture_path_queries;

        use fixture_path_queries::client::Client;

        pub async fn delete_item_beta() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let id = "id_example";
            client.default_api().delete_item_beta(id).await?;
            Ok(())
        }
    }

    pub mod put_item {
        extern crate self as fixture_path_queries;

        use fixture_path_queries::client::Client;

        pub async fn put_item() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let item_id = 56;
            client.default_api().put_item(item_id).await?;
            Ok(())
        }
    }

    pub mod compact {
        extern crate self as fixture_path_queries;

        use fixture_path_queries::client::Client;

        pub async fn compact() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().compact().await?;
            Ok(())
        }
    }
}
