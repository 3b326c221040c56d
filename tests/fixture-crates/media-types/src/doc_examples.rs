// @generated from tests/fixtures/media-types.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod replace_note {
        extern crate self as fixture_media_types;

        use fixture_media_types::client::Client;
        use fixture_media_types::models;

        pub async fn replace_note(
            body: Option<models::ReplaceNoteBody>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost/v1")?;
            client.default_api().replace_note(body).await?;
            Ok(())
        }
    }

    pub mod create_note {
        extern crate self as fixture_media_types;

        use fixture_media_types::client::Client;
        use fixture_media_types::models;

        pub async fn create_note(
            body: models::CreateNoteBody,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost/v1")?;
            let result = client.default_api().create_note(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod get_note {
        extern crate self as fixture_media_types;

        use fixture_media_types::client::Client;

        pub async fn get_note() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost/v1")?;
            let id = "id_example";
            let result = client.default_api().get_note(id).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
