// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[cfg(feature = "tag-admin-users")]
#[allow(clippy::module_inception)]
pub mod admin_users {
    pub mod post_users {
        extern crate self as fixture_names;

        use fixture_names::client::Client;
        use fixture_names::models;

        pub async fn post_users(
            body: models::User,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            client.admin_users().post_users(body).await?;
            Ok(())
        }
    }

    pub mod get_user {
        extern crate self as fixture_names;

        use fixture_names::client::{Client, GetUserParams};

        pub async fn get_user() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let id = "id_example";
            let result = client
                .admin_users()
                .get_user(id, GetUserParams::default())
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }
}

#[cfg(feature = "tag-user-accounts")]
#[allow(clippy::module_inception)]
pub mod user_accounts {
    pub mod delete_users_by_id {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn delete_users_by_id() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let id = "id_example";
            client.user_accounts().delete_users_by_id(id).await?;
            Ok(())
        }
    }

    pub mod n2fa_verify {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn n2fa_verify() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let id = "id_example";
            client.user_accounts().n2fa_verify(id).await?;
            Ok(())
        }
    }
}

#[cfg(feature = "tag-pets")]
#[allow(clippy::module_inception)]
pub mod pets {
    pub mod список_пользователей {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn список_пользователей() -> Result<
            (),
            Box<dyn std::error::Error>,
        > {
            let client = Client::new("https://names.example.com")?;
            client.pets().список_пользователей().await?;
            Ok(())
        }
    }
}

#[cfg(feature = "tag-pets-api2")]
#[allow(clippy::module_inception)]
pub mod pets_api2 {
    pub mod list_things {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn list_things() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            client.pets_api2().list_things().await?;
            Ok(())
        }
    }

    pub mod list_things2 {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn list_things2() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            client.pets_api2().list_things2().await?;
            Ok(())
        }
    }
}

#[cfg(feature = "tag-client")]
#[allow(clippy::module_inception)]
pub mod client {
    pub mod router2 {
        extern crate self as fixture_names;

        use fixture_names::client::{Client, Router2Params};

        pub async fn router2() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let type_ = "type__example";
            let self2 = "self2_example";
            client.client().router2(type_, self2, Router2Params::default()).await?;
            Ok(())
        }
    }

    pub mod client2 {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn client2() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let type_ = "type__example";
            client.client().client2(type_).await?;
            Ok(())
        }
    }

    pub mod new2 {
        extern crate self as fixture_names;

        use fixture_names::client::{Client, New2Params};
        use fixture_names::models;

        pub async fn new2(
            body: Option<models::Error>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let type_ = "type__example";
            let api2 = "api2_example";
            let cx2 = "cx2_example";
            client.client().new2(type_, api2, cx2, New2Params::default(), body).await?;
            Ok(())
        }
    }
}

#[cfg(feature = "tag-default-api")]
#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod get_users {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn get_users() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let result = client.default_api().get_users().await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod api2 {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn api2() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let type_ = "type__example";
            let result = client.default_api().api2(type_).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod router_with2 {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn router_with2() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let type_ = "type__example";
            client.default_api().router_with2(type_).await?;
            Ok(())
        }
    }

    pub mod box_ {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn box_() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let type_ = "type__example";
            client.default_api().box_(type_).await?;
            Ok(())
        }
    }

    pub mod default_router {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn default_router() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let type_ = "type__example";
            client.default_api().default_router(type_).await?;
            Ok(())
        }
    }

    pub mod default_routes {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn default_routes() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://names.example.com")?;
            let type_ = "type__example";
            client.default_api().default_routes(type_).await?;
            Ok(())
        }
    }

    pub mod a_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_g {
        extern crate self as fixture_names;

        use fixture_names::client::Client;

        pub async fn a_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_g() -> Result<
            (),
            Box<dyn std::error::Error>,
        > {
            let client = Client::new("https://names.example.com")?;
            let a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th = "a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th_example";
            let result = client
                .default_api()
                .a_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_g(
                    a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th,
                )
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
