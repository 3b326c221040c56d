// @generated from tests/fixtures/no-text-form.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod list_points {
        extern crate self as fixture_no_text_form;

        use fixture_no_text_form::client::Client;

        pub async fn list_points() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.default_api().list_points().await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
