// @generated from tests/fixtures/oas31-roundtrip.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod put_note {
        extern crate self as fixture_oas31_roundtrip;

        use fixture_oas31_roundtrip::client::{Client, PutNoteParams};
        use fixture_oas31_roundtrip::models;

        pub async fn put_note(
            body: models::Note,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client
                .default_api()
                .put_note(PutNoteParams::default(), body)
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod attach {
        extern crate self as fixture_oas31_roundtrip;

        use fixture_oas31_roundtrip::client::Client;
        use fixture_oas31_roundtrip::models;

        pub async fn attach(
            body: models::AttachForm,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.default_api().attach(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
