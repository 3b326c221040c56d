// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod create_note {
        extern crate self as fixture_bodies;

        use fixture_bodies::client::Client;
        use fixture_bodies::models;

        pub async fn create_note(
            body: models::CreateNoteBody,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://bodies.example.com")?;
            let result = client.default_api().create_note(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod submit_form {
        extern crate self as fixture_bodies;

        use fixture_bodies::client::Client;
        use fixture_bodies::models;

        pub async fn submit_form(
            body: models::NoteForm,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://bodies.example.com")?;
            let result = client.default_api().submit_form(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod put_text {
        extern crate self as fixture_bodies;

        use fixture_bodies::client::Client;

        pub async fn put_text() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://bodies.example.com")?;
            let body = "body_example".to_string();
            let result = client.default_api().put_text(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod get_note {
        extern crate self as fixture_bodies;

        use fixture_bodies::client::Client;

        pub async fn get_note() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://bodies.example.com")?;
            let id = 56;
            let result = client.default_api().get_note(id).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod patch_note {
        extern crate self as fixture_bodies;

        use fixture_bodies::client::Client;
        use fixture_bodies::models;

        pub async fn patch_note(
            body: Option<models::Note>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://bodies.example.com")?;
            let id = 56;
            let result = client.default_api().patch_note(id, body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod upload_blob {
        extern crate self as fixture_bodies;

        use fixture_bodies::client::Client;

        pub async fn upload_blob(
            body: Option<bytes::Bytes>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://bodies.example.com")?;
            let result = client.default_api().upload_blob(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
