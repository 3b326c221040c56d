// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[cfg(feature = "tag-pets")]
#[allow(clippy::module_inception)]
pub mod pets {
    pub mod list_pets {
        extern crate self as fixture_tag_features;

        use fixture_tag_features::client::{Client, ListPetsParams};

        pub async fn list_pets() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.pets().list_pets(ListPetsParams::default()).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}

#[cfg(feature = "tag-stores")]
#[allow(clippy::module_inception)]
pub mod stores {
    pub mod get_store {
        extern crate self as fixture_tag_features;

        use fixture_tag_features::client::Client;

        pub async fn get_store() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let store_id = "store_id_example";
            let result = client.stores().get_store(store_id).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}

#[cfg(feature = "tag-users")]
#[allow(clippy::module_inception)]
pub mod users {
    pub mod create_user {
        extern crate self as fixture_tag_features;

        use fixture_tag_features::client::Client;
        use fixture_tag_features::models;

        pub async fn create_user(
            body: models::User,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?
                .with_basic_auth("username", "password");
            let result = client.users().create_user(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}

#[cfg(feature = "tag-orders")]
#[allow(clippy::module_inception)]
pub mod orders {
    pub mod list_orders {
        extern crate self as fixture_tag_features;

        use fixture_tag_features::client::Client;

        pub async fn list_orders() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.orders().list_orders().await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
