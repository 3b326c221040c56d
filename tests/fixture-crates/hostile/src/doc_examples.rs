// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod tag_fn_injected {
    pub mod get_fn_injected_item {
        extern crate self as fixture_hostile;

        use fixture_hostile::client::{Client, GetFnInjectedItemParams};

        pub async fn get_fn_injected_item() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://example.test/base\"\n/x*/\u{2028}")?;
            let item_id = "item_id_example";
            let result = client
                .tag_fn_injected()
                .get_fn_injected_item(item_id, GetFnInjectedItemParams::default())
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }
}

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod upload_fn_injected {
        extern crate self as fixture_hostile;

        use fixture_hostile::client::Client;
        use fixture_hostile::models;

        pub async fn upload_fn_injected(
            body: models::UploadFnInjectedForm,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("https://example.test/base\"\n/x*/\u{2028}")?
                .with_api_key("key");
            client.default_api().upload_fn_injected(body).await?;
            Ok(())
        }
    }
}
