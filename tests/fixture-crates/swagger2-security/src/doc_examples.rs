// @generated from tests/fixtures/swagger2-security.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod me {
        extern crate self as fixture_swagger2_security;

        use fixture_swagger2_security::client::Client;

        pub async fn me() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?
                .with_basic_auth("username", "password");
            client.default_api().me().await?;
            Ok(())
        }
    }

    pub mod keys {
        extern crate self as fixture_swagger2_security;

        use fixture_swagger2_security::client::Client;

        pub async fn keys() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?.with_api_key("key");
            client.default_api().keys().await?;
            Ok(())
        }
    }

    pub mod admin {
        extern crate self as fixture_swagger2_security;

        use fixture_swagger2_security::client::Client;

        pub async fn admin() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?
                .with_bearer_token("token");
            client.default_api().admin().await?;
            Ok(())
        }
    }
}
