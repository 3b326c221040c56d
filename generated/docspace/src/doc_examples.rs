// @generated from spec/docspace.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod people_photos {
    pub mod get_member_photo {
        extern crate self as docspace;

        use docspace::client::Client;

        pub async fn get_member_photo() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8092")?.with_api_key("key");
            let userid = "userid_example";
            let result = client.people_photos().get_member_photo(userid).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod update_member_photo {
        extern crate self as docspace;

        use docspace::client::Client;
        use docspace::models;

        pub async fn update_member_photo(
            body: Option<models::UpdatePhotoMemberRequest>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8092")?.with_api_key("key");
            let userid = "userid_example";
            let result = client.people_photos().update_member_photo(userid, body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod upload_member_photo {
        extern crate self as docspace;

        use docspace::client::Client;
        use docspace::models;

        pub async fn upload_member_photo(
            body: Option<models::UploadMemberPhotoForm>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8092")?.with_api_key("key");
            let userid = "userid_example";
            let result = client.people_photos().upload_member_photo(userid, body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod delete_member_photo {
        extern crate self as docspace;

        use docspace::client::Client;

        pub async fn delete_member_photo() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8092")?.with_api_key("key");
            let userid = "userid_example";
            let result = client.people_photos().delete_member_photo(userid).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod create_member_photo_thumbnails {
        extern crate self as docspace;

        use docspace::client::Client;
        use docspace::models;

        pub async fn create_member_photo_thumbnails(
            body: Option<models::ThumbnailsRequest>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8092")?.with_api_key("key");
            let userid = "userid_example";
            let result = client
                .people_photos()
                .create_member_photo_thumbnails(userid, body)
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
