// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

//! The example calls of the reference pages under `docs/`, compiled with this crate's tests.

#[allow(clippy::module_inception)]
pub mod person {
    pub mod person_associate_workstream_summary {
        extern crate self as pieces_os;

        use pieces_os::client::Client;

        pub async fn person_associate_workstream_summary() -> Result<
            (),
            Box<dyn std::error::Error>,
        > {
            let client = Client::new("http://localhost:1000")?;
            let person = "person_example";
            let workstream_summary = "workstream_summary_example";
            client
                .person()
                .person_associate_workstream_summary(person, workstream_summary)
                .await?;
            Ok(())
        }
    }

    pub mod person_disassociate_workstream_summary {
        extern crate self as pieces_os;

        use pieces_os::client::Client;

        pub async fn person_disassociate_workstream_summary() -> Result<
            (),
            Box<dyn std::error::Error>,
        > {
            let client = Client::new("http://localhost:1000")?;
            let person = "person_example";
            let workstream_summary = "workstream_summary_example";
            client
                .person()
                .person_disassociate_workstream_summary(person, workstream_summary)
                .await?;
            Ok(())
        }
    }

    pub mod person_scores_increment {
        extern crate self as pieces_os;

        use pieces_os::client::Client;
        use pieces_os::models;

        pub async fn person_scores_increment(
            body: Option<models::SeededScoreIncrement>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let person = "person_example";
            client.person().person_scores_increment(person, body).await?;
            Ok(())
        }
    }

    pub mod person_snapshot {
        extern crate self as pieces_os;

        use pieces_os::client::{Client, PersonSnapshotParams};

        pub async fn person_snapshot() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let person = "person_example";
            let result = client
                .person()
                .person_snapshot(person, PersonSnapshotParams::default())
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod update_person {
        extern crate self as pieces_os;

        use pieces_os::client::{Client, UpdatePersonParams};
        use pieces_os::models;

        pub async fn update_person(
            body: Option<models::Person>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let result = client
                .person()
                .update_person(UpdatePersonParams::default(), body)
                .await?;
            println!("{result:?}");
            Ok(())
        }
    }
}

#[allow(clippy::module_inception)]
pub mod user {
    pub mod clear_user {
        extern crate self as pieces_os;

        use pieces_os::client::Client;

        pub async fn clear_user() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            client.user().clear_user().await?;
            Ok(())
        }
    }

    pub mod refresh_user {
        extern crate self as pieces_os;

        use pieces_os::client::Client;

        pub async fn refresh_user() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let result = client.user().refresh_user().await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod select_user {
        extern crate self as pieces_os;

        use pieces_os::client::Client;
        use pieces_os::models;

        pub async fn select_user(
            body: Option<models::Auth0User>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?
                .with_bearer_token("token");
            let result = client.user().select_user(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod stream_user {
        extern crate self as pieces_os;

        use pieces_os::client::Client;

        pub async fn stream_user() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let stream = client.user().stream_user().await?;
            let mut stream = std::pin::pin!(stream);
            while let Some(message) = futures_util::StreamExt::next(&mut stream).await {
                println!("{:?}", message ?);
            }
            Ok(())
        }
    }

    pub mod update_user {
        extern crate self as pieces_os;

        use pieces_os::client::Client;
        use pieces_os::models;

        pub async fn update_user(
            body: Option<models::UserProfile>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let result = client.user().update_user(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod user_beta_status {
        extern crate self as pieces_os;

        use pieces_os::client::Client;
        use pieces_os::models;

        pub async fn user_beta_status(
            body: Option<models::UserBetaStatus>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let result = client.user().user_beta_status(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod user_providers {
        extern crate self as pieces_os;

        use pieces_os::client::Client;

        pub async fn user_providers() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let result = client.user().user_providers().await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod user_snapshot {
        extern crate self as pieces_os;

        use pieces_os::client::Client;

        pub async fn user_snapshot() -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let result = client.user().user_snapshot().await?;
            println!("{result:?}");
            Ok(())
        }
    }

    pub mod user_update_vanity {
        extern crate self as pieces_os;

        use pieces_os::client::Client;
        use pieces_os::models;

        pub async fn user_update_vanity(
            body: Option<models::UserProfile>,
        ) -> Result<(), Box<dyn std::error::Error>> {
            let client = Client::new("http://localhost:1000")?;
            let result = client.user().user_update_vanity(body).await?;
            println!("{result:?}");
            Ok(())
        }
    }
}
