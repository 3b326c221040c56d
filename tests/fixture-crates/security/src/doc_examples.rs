// @generated from tests/fixtures/security.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod uses_global {
        extern crate self as fixture_security;

        use fixture_security::client::Client;

        pub async fn uses_global() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://security.example.com")?
                .with_api_key("key");
            client.default_api().uses_global().await?;
            Ok(())
        }
    }

    pub mod public {
        extern crate self as fixture_security;

        use fixture_security::client::Client;

        pub async fn public() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://security.example.com")?;
            client.default_api().public().await?;
            Ok(())
        }
    }

    pub mod alternatives {
        extern crate self as fixture_security;

        use fixture_security::client::Client;

        pub async fn alternatives() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://security.example.com")?
                .with_basic_auth("username", "password");
            client.default_api().alternatives().await?;
            Ok(())
        }
    }

    pub mod combination {
        extern crate self as fixture_security;

        use fixture_security::client::Client;

        pub async fn combination() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://security.example.com")?
                .with_api_key("key")
                .with_api_key("key");
            client.default_api().combination().await?;
            Ok(())
        }
    }

    pub mod optional {
        extern crate self as fixture_security;

        use fixture_security::client::Client;

        pub async fn optional() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://security.example.com")?
                .with_bearer_token("token");
            client.default_api().optional().await?;
            Ok(())
        }
    }

    pub mod mixed {
        extern crate self as fixture_security;

        use fixture_security::client::Client;

        pub async fn mixed() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://security.example.com")?
                .with_bearer_token("token");
            client.default_api().mixed().await?;
            Ok(())
        }
    }

    pub mod digest {
        extern crate self as fixture_security;

        use fixture_security::client::Client;

        pub async fn digest() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://security.example.com")?
                .with_api_key("key");
            client.default_api().digest().await?;
            Ok(())
        }
    }
}
