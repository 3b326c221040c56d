// @generated from tests/fixtures/repairs.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod search {
    pub mod search {
        extern crate self as fixture_repairs;

        use fixture_repairs::client::Client;

        pub async fn search() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.search().search().await?;
            Ok(())
        }
    }

    pub mod unsubscribe {
        extern crate self as fixture_repairs;

        use fixture_repairs::client::Client;

        pub async fn unsubscribe() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let channel = "channel_example";
            client.search().unsubscribe(channel).await?;
            Ok(())
        }
    }
}
