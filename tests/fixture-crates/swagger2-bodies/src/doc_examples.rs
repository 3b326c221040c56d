// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod create_pet {
        extern crate self as fixture_swagger2_bodies;

        use fixture_swagger2_bodies::client::Client;
        use fixture_swagger2_bodies::models;

        pub async fn create_pet(
            body: models::Pet,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let result = client.default_api().create_pet(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod login {
        extern crate self as fixture_swagger2_bodies;

        use fixture_swagger2_bodies::client::Client;
        use fixture_swagger2_bodies::models;

        pub async fn login(
            body: models::LoginRequest,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().login(body).await?;
            Ok(())
        }
    }

    pub mod download_photo {
        extern crate self as fixture_swagger2_bodies;

        use fixture_swagger2_bodies::client::Client;

        pub async fn download_photo() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let id = "id_example";
            let result = client.default_api().download_photo(id).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod upload_photo {
        extern crate self as fixture_swagger2_bodies;

        use fixture_swagger2_bodies::client::Client;
        use fixture_swagger2_bodies::models;

        pub async fn upload_photo(
            body: models::UploadPhotoForm,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let id = "id_example";
            let result = client.default_api().upload_photo(id, body).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
