// @generated from tests/fixtures/query-date-time.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod list_events {
        extern crate self as fixture_query_date_time;

        use fixture_query_date_time::client::{Client, ListEventsParams};

        pub async fn list_events(
            since: chrono::DateTime<chrono::FixedOffset>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client
                .default_api()
                .list_events(since, ListEventsParams::default())
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
