// @generated from tests/fixtures/skipped.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod subscriptions {
    pub mod subscribe {
        extern crate self as fixture_skipped;

        use fixture_skipped::client::{Client, SubscribeParams};
        use fixture_skipped::models;

        pub async fn subscribe(
            body: models::Subscription,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client
                .subscriptions()
                .subscribe(SubscribeParams::default(), body)
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod get_subscription {
        extern crate self as fixture_skipped;

        use fixture_skipped::client::Client;

        pub async fn get_subscription() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let id = "id_example";
            let result = client.subscriptions().get_subscription(id).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod unsubscribe {
        extern crate self as fixture_skipped;

        use fixture_skipped::client::Client;

        pub async fn unsubscribe() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let id = "id_example";
            client.subscriptions().unsubscribe(id).await?;
            Ok(())
        }
    }
}
