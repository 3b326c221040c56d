// @generated from tests/fixtures/path-styles.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod default_api {
    pub mod simple {
        extern crate self as fixture_path_styles;

        use fixture_path_styles::client::Client;
        use fixture_path_styles::models;

        pub async fn simple(
            array: &[String],
            object: models::Color,
            exploded: models::Color,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let scalar = "scalar_example";
            client.default_api().simple(scalar, array, object, exploded).await?;
            Ok(())
        }
    }

    pub mod simple_exploded_array {
        extern crate self as fixture_path_styles;

        use fixture_path_styles::client::Client;

        pub async fn simple_exploded_array(
            array: &[i32],
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().simple_exploded_array(array).await?;
            Ok(())
        }
    }

    pub mod label {
        extern crate self as fixture_path_styles;

        use fixture_path_styles::client::Client;
        use fixture_path_styles::models;

        pub async fn label(
            array: &[String],
            exploded_array: &[String],
            object: models::LabelObject,
            exploded_object: models::Color,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let scalar = "scalar_example";
            client
                .default_api()
                .label(scalar, array, exploded_array, object, exploded_object)
                .await?;
            Ok(())
        }
    }

    pub mod matrix {
        extern crate self as fixture_path_styles;

        use fixture_path_styles::client::Client;
        use fixture_path_styles::models;

        pub async fn matrix(
            array: &[String],
            exploded_array: &[String],
            object: models::Color,
            exploded_object: models::Color,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            let scalar = "scalar_example";
            client
                .default_api()
                .matrix(scalar, array, exploded_array, object, exploded_object)
                .await?;
            Ok(())
        }
    }

    pub mod workflow_runs {
        extern crate self as fixture_path_styles;

        use fixture_path_styles::client::{Client, WorkflowRunsParams};
        use fixture_path_styles::models;

        pub async fn workflow_runs(
            workflow_id: models::WorkflowRunsWorkflowId,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client
                .default_api()
                .workflow_runs(workflow_id, WorkflowRunsParams::default())
                .await?;
            Ok(())
        }
    }

    pub mod documents {
        extern crate self as fixture_path_styles;

        use fixture_path_styles::client::Client;
        use fixture_path_styles::models;

        pub async fn documents(
            filter: models::Color,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:8080")?;
            client.default_api().documents(filter).await?;
            Ok(())
        }
    }
}
