// @generated from tests/fixtures/byte-parameters.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod get_blob {
        extern crate self as fixture_byte_parameters;

        use fixture_byte_parameters::client::{Client, GetBlobParams};

        pub async fn get_blob(
            key: crate::Base64,
            salt: crate::Base64,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client
                .default_api()
                .get_blob(key, salt, GetBlobParams::default())
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
