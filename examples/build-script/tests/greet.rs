//! The client generated at build time calls the server generated at build time over HTTP.

use build_script_example::client::{Client, Error, GetGreetingError, GetGreetingParams};
use build_script_example::models::Greeting;
use build_script_example::server::{GetGreetingQuery, GetGreetingResponse, GreetingsApi};

struct Greeter;

impl GreetingsApi for Greeter {
    async fn get_greeting(&self, name: String, params: GetGreetingQuery) -> GetGreetingResponse {
        if name == "nobody" {
            return GetGreetingResponse::NotFound;
        }
        let message = format!("Hello, {name}!");
        GetGreetingResponse::Ok(Greeting {
            message: if params.shout {
                message.to_uppercase()
            } else {
                message
            },
        })
    }
}

#[tokio::test]
async fn generated_client_talks_to_generated_server() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("binds");
    let address = listener.local_addr().expect("has an address");
    let app = build_script_example::server::router(Greeter);
    tokio::spawn(async move { axum::serve(listener, app).await });

    let client = Client::new(format!("http://{address}")).expect("valid URL");
    let greeting = client
        .greetings()
        .get_greeting("Ada", GetGreetingParams::default())
        .await
        .expect("200");
    assert_eq!(greeting.message, "Hello, Ada!");

    let shouted = client
        .greetings()
        .get_greeting("Ada", GetGreetingParams { shout: Some(true) })
        .await
        .expect("200");
    assert_eq!(shouted.message, "HELLO, ADA!");

    let missing = client
        .greetings()
        .get_greeting("nobody", GetGreetingParams::default())
        .await;
    assert!(
        matches!(missing, Err(Error::Api(GetGreetingError::NotFound))),
        "{missing:?}"
    );
}
