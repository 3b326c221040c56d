// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod upload_file {
        extern crate self as fixture_oas31_multipart_unions;

        use fixture_oas31_multipart_unions::client::Client;
        use fixture_oas31_multipart_unions::models;

        pub async fn upload_file(
            body: models::UploadFileForm,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.default_api().upload_file(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
