//! Documented response headers, both ways (fixture `response-headers`): the server's response
//! variants carry them typed and the router writes them; the client's `*_with_headers` methods
//! read them typed, beside the body and the raw headers. The wire text is checked too: integers
//! and strings as text, arrays comma-separated, `Last-Modified` as an HTTP-date, other date-times
//! as RFC 3339. The client is lenient: an optional header that does not parse is `None`, and only
//! a missing or malformed required one is an error.

use std::net::SocketAddr;

use axum::http::HeaderMap;
use chrono::{DateTime, FixedOffset, TimeZone as _, Utc};
use fixture_response_headers::client::{Client, Error};
use fixture_response_headers::models::*;
use fixture_response_headers::server::*;

struct Items;

fn last_modified() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2015, 10, 21, 7, 28, 0).unwrap()
}

fn expires_at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2030-01-02T03:04:05+01:00").unwrap()
}

impl DefaultApi for Items {
    async fn list_items(&self) -> ListItemsResponse {
        ListItemsResponse::Ok {
            body: vec!["a".to_string()],
            headers: ListItemsOkHeaders {
                x_rate_limit_remaining: 41,
                x_request_id: Some("req-1".to_string()),
                link: Some("<https://example.com/items?page=2>; rel=\"next\"".to_string()),
                x_tags: Some(vec!["red".to_string(), "blue".to_string()]),
                last_modified: Some(last_modified()),
                x_expires_at: Some(expires_at()),
            },
        }
    }

    async fn create_item(&self, body: String) -> CreateItemResponse {
        if body == "forged" {
            // A value that cannot be a header is not written (it would forge others).
            return CreateItemResponse::Created {
                headers: CreateItemCreatedHeaders {
                    location: "/items/1\r\nSet-Cookie: forged=1".to_string(),
                    e_tag: None,
                },
            };
        }
        CreateItemResponse::Created {
            headers: CreateItemCreatedHeaders {
                location: format!("/items/{body}"),
                e_tag: Some("\"v1\"".to_string()),
            },
        }
    }

    async fn get_item(&self, id: String) -> GetItemResponse {
        if id == "cached" {
            GetItemResponse::NonAuthoritativeInformation {
                body: id,
                headers: GetItemNonAuthoritativeInformationHeaders {
                    x_cache: Some(GetItemNonAuthoritativeInformationXCache::Stale),
                },
            }
        } else {
            GetItemResponse::Ok {
                body: id,
                headers: GetItemOkHeaders {
                    e_tag: "\"abc\"".to_string(),
                },
            }
        }
    }
}

async fn serve(app: axum::Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

fn api(addr: SocketAddr) -> fixture_response_headers::client::DefaultApi {
    Client::new(format!("http://{addr}/v1"))
        .unwrap()
        .default_api()
}

fn text<'a>(headers: &'a HeaderMap, name: &str) -> Vec<&'a str> {
    headers
        .get_all(name)
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect()
}

#[tokio::test]
async fn documented_headers_go_out_typed_and_come_back_typed() {
    let addr = serve(router(Items)).await;
    let items = api(addr);

    let listed = items.list_items_with_headers().await.unwrap();
    assert_eq!(listed.body, ["a"]);
    assert_eq!(
        listed.headers,
        ListItemsOkHeaders {
            x_rate_limit_remaining: 41,
            x_request_id: Some("req-1".to_string()),
            link: Some("<https://example.com/items?page=2>; rel=\"next\"".to_string()),
            x_tags: Some(vec!["red".to_string(), "blue".to_string()]),
            last_modified: Some(last_modified()),
            x_expires_at: Some(expires_at()),
        }
    );
    // On the wire, each in its documented text form; the raw map has the rest too.
    let raw = &listed.raw;
    assert_eq!(text(raw, "x-rate-limit-remaining"), ["41"]);
    assert_eq!(text(raw, "x-tags"), ["red,blue"]);
    assert_eq!(
        text(raw, "last-modified"),
        ["Wed, 21 Oct 2015 07:28:00 GMT"]
    );
    assert_eq!(text(raw, "x-expires-at"), ["2030-01-02T03:04:05+01:00"]);
    assert_eq!(text(raw, "content-type"), ["application/json"]);
    // The plain method still returns just the body.
    assert_eq!(items.list_items().await.unwrap(), ["a"]);

    let created = items
        .create_item_with_headers("7".to_string())
        .await
        .unwrap();
    assert_eq!(created.headers.location, "/items/7");
    assert_eq!(created.headers.e_tag.as_deref(), Some("\"v1\""));

    // One success status's headers, then another's, through the operation's union of them.
    let fresh = items.get_item_with_headers("x").await.unwrap();
    assert_eq!(
        (
            fresh.body.as_str(),
            fresh.headers.e_tag.as_deref(),
            fresh.headers.x_cache.as_ref()
        ),
        ("x", Some("\"abc\""), None)
    );
    let cached = items.get_item_with_headers("cached").await.unwrap();
    assert_eq!(
        cached.headers.x_cache,
        Some(GetItemNonAuthoritativeInformationXCache::Stale)
    );
    assert_eq!(cached.headers.e_tag, None);
}

#[tokio::test]
async fn a_header_value_that_is_not_a_header_is_not_written() {
    let addr = serve(router(Items)).await;
    let response = reqwest::Client::new()
        .post(format!("http://{addr}/v1/items"))
        .header("content-type", "application/json")
        .body("\"forged\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    assert!(response.headers().get("location").is_none());
    assert!(response.headers().get("set-cookie").is_none());
    // And the client, which requires `Location`, says so instead of inventing one.
    let error = api(addr)
        .create_item("forged".to_string())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { message, .. } if message.contains("`location`")),
        "{error:?}"
    );
}

/// What a vendor's server may send: headers that are missing, malformed or repeated.
#[tokio::test]
async fn the_client_is_lenient_with_optional_headers_and_strict_with_required_ones() {
    use axum::routing::get;
    let app = axum::Router::new().route(
        "/v1/items",
        get(|headers: HeaderMap| async move {
            let mut out = HeaderMap::new();
            out.insert("content-type", "application/json".parse().unwrap());
            if headers.contains_key("x-want-remaining") {
                out.insert("x-rate-limit-remaining", " 12 ".parse().unwrap());
            }
            out.insert("last-modified", "yesterday".parse().unwrap());
            out.insert(
                "x-expires-at",
                "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
            );
            out.append("x-tags", "a, b".parse().unwrap());
            out.append("x-tags", "c".parse().unwrap());
            (out, "[]")
        }),
    );
    let addr = serve(app).await;
    let http = reqwest::Client::builder()
        .default_headers(
            [("x-want-remaining".parse().unwrap(), "1".parse().unwrap())]
                .into_iter()
                .collect(),
        )
        .build()
        .unwrap();
    let items = Client::new(format!("http://{addr}/v1"))
        .unwrap()
        .with_http_client(http)
        .default_api();
    let listed = items.list_items_with_headers().await.unwrap();
    assert_eq!(listed.headers.x_rate_limit_remaining, 12);
    assert_eq!(
        listed.headers.last_modified, None,
        "not an HTTP-date: ignored"
    );
    assert_eq!(listed.headers.x_expires_at, None, "not RFC 3339: ignored");
    assert_eq!(
        listed.headers.x_tags,
        Some(vec!["a".to_string(), "b".to_string(), "c".to_string()]),
        "repeated fields combine"
    );
    assert_eq!(
        text(&listed.raw, "last-modified"),
        ["yesterday"],
        "kept raw"
    );

    let error = api(addr).list_items_with_headers().await.unwrap_err();
    assert!(
        matches!(&error, Error::Decode { message, .. } if message.contains("x-rate-limit-remaining")),
        "a missing required header is an error: {error:?}"
    );
}
