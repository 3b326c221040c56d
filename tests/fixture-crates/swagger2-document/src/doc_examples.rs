// @generated from tests/fixtures/swagger2-document.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod get_pet {
        extern crate self as fixture_swagger2_document;

        use fixture_swagger2_document::client::Client;

        pub async fn get_pet() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://api.example.com/v1")?;
            let pet_id = 56;
            let result = client.default_api().get_pet(pet_id).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
