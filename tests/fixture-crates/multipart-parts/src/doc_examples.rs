// @generated from tests/fixtures/multipart-parts.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod translate {
    pub mod translate_file {
        extern crate self as fixture_multipart_parts;

        use fixture_multipart_parts::client::Client;
        use fixture_multipart_parts::models;

        pub async fn translate_file(
            body: models::TranslateFileForm,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.translate().translate_file(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
