// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod people {
    pub mod list_people {
        extern crate self as alfresco_core;

        use alfresco_core::client::{Client, ListPeopleParams};

        pub async fn list_people() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(
                    "http://localhost/alfresco/api/-default-/public/alfresco/versions/1",
                )?
                .with_basic_auth("username", "password");
            let result = client.people().list_people(ListPeopleParams::default()).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod create_person {
        extern crate self as alfresco_core;

        use alfresco_core::client::{Client, CreatePersonParams};
        use alfresco_core::models;

        pub async fn create_person(
            body: models::PersonBodyCreate,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(
                    "http://localhost/alfresco/api/-default-/public/alfresco/versions/1",
                )?
                .with_basic_auth("username", "password");
            let result = client
                .people()
                .create_person(CreatePersonParams::default(), body)
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod get_person {
        extern crate self as alfresco_core;

        use alfresco_core::client::{Client, GetPersonParams};

        pub async fn get_person() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(
                    "http://localhost/alfresco/api/-default-/public/alfresco/versions/1",
                )?
                .with_basic_auth("username", "password");
            let person_id = "person_id_example";
            let result = client
                .people()
                .get_person(person_id, GetPersonParams::default())
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod update_person {
        extern crate self as alfresco_core;

        use alfresco_core::client::{Client, UpdatePersonParams};
        use alfresco_core::models;

        pub async fn update_person(
            body: models::PersonBodyUpdate,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(
                    "http://localhost/alfresco/api/-default-/public/alfresco/versions/1",
                )?
                .with_basic_auth("username", "password");
            let person_id = "person_id_example";
            let result = client
                .people()
                .update_person(person_id, UpdatePersonParams::default(), body)
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod get_avatar_image {
        extern crate self as alfresco_core;

        use alfresco_core::client::{Client, GetAvatarImageParams};

        pub async fn get_avatar_image() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(
                    "http://localhost/alfresco/api/-default-/public/alfresco/versions/1",
                )?
                .with_basic_auth("username", "password");
            let person_id = "person_id_example";
            let result = client
                .people()
                .get_avatar_image(person_id, GetAvatarImageParams::default())
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod update_avatar_image {
        extern crate self as alfresco_core;

        use alfresco_core::client::Client;

        pub async fn update_avatar_image(
            body: bytes::Bytes,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(
                    "http://localhost/alfresco/api/-default-/public/alfresco/versions/1",
                )?
                .with_basic_auth("username", "password");
            let person_id = "person_id_example";
            client.people().update_avatar_image(person_id, body).await?;
            Ok(())
        }
    }

    pub mod delete_avatar_image {
        extern crate self as alfresco_core;

        use alfresco_core::client::Client;

        pub async fn delete_avatar_image() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(
                    "http://localhost/alfresco/api/-default-/public/alfresco/versions/1",
                )?
                .with_basic_auth("username", "password");
            let person_id = "person_id_example";
            client.people().delete_avatar_image(person_id).await?;
            Ok(())
        }
    }

    pub mod request_password_reset {
        extern crate self as alfresco_core;

        use alfresco_core::client::Client;
        use alfresco_core::models;

        pub async fn request_password_reset(
            body: models::ClientBody,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(
                    "http://localhost/alfresco/api/-default-/public/alfresco/versions/1",
                )?
                .with_basic_auth("username", "password");
            let person_id = "person_id_example";
            client.people().request_password_reset(person_id, body).await?;
            Ok(())
        }
    }

    pub mod reset_password {
        extern crate self as alfresco_core;

        use alfresco_core::client::Client;
        use alfresco_core::models;

        pub async fn reset_password(
            body: models::PasswordResetBody,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new(
                    "http://localhost/alfresco/api/-default-/public/alfresco/versions/1",
                )?
                .with_basic_auth("username", "password");
            let person_id = "person_id_example";
            client.people().reset_password(person_id, body).await?;
            Ok(())
        }
    }
}
