// @generated from tests/fixtures/header-cookie-styles.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod headers {
        extern crate self as fixture_header_cookie_styles;

        use fixture_header_cookie_styles::client::{Client, HeadersParams};

        pub async fn headers() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let x_scalar = 56;
            client.default_api().headers(x_scalar, HeadersParams::default()).await?;
            Ok(())
        }
    }

    pub mod dates {
        extern crate self as fixture_header_cookie_styles;

        use fixture_header_cookie_styles::client::{Client, DatesParams};

        pub async fn dates() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().dates(DatesParams::default()).await?;
            Ok(())
        }
    }

    pub mod cookies {
        extern crate self as fixture_header_cookie_styles;

        use fixture_header_cookie_styles::client::{Client, CookiesParams};

        pub async fn cookies() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let session = "session_example";
            client.default_api().cookies(session, CookiesParams::default()).await?;
            Ok(())
        }
    }
}
