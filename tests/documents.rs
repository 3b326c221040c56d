//! The documents a generated router serves with `RouterOptions::with_documentation`: the OpenAPI
//! document it was generated from (JSON and YAML) and the documentation page, under the base path.
//! Off by default; on in `serve`.

use api_tests::reference;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt as _;
use tower::ServiceExt as _;

/// Status, content type and body of `GET path`.
async fn get(app: &axum::Router, path: &str) -> (StatusCode, String, String) {
    let request = Request::get(path).body(Body::empty()).unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|value| value.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        content_type,
        String::from_utf8(body.to_vec()).unwrap(),
    )
}

/// Every spec's document, as JSON and YAML, is the project spec itself, and its page names every
/// operation.
#[tokio::test]
async fn every_router_serves_its_spec_and_a_page_naming_every_operation() {
    for (spec, base) in [
        ("alfresco-core", alfresco_core::BASE_PATH),
        ("docspace", docspace::BASE_PATH),
        ("pieces-os", pieces_os::BASE_PATH),
    ] {
        let (app, _) = reference::app(spec, true).unwrap();
        let text = std::fs::read_to_string(format!(
            "{}/../spec/{spec}.yaml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let written: serde_json::Value = serde_yaml::from_str(&text).unwrap();

        let (status, content_type, json) = get(&app, &format!("{base}/openapi.json")).await;
        assert_eq!(
            (status, content_type.as_str()),
            (StatusCode::OK, "application/json"),
            "{spec}"
        );
        let served: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(served, written, "{spec}: the JSON document is the spec");

        let (status, content_type, yaml) = get(&app, &format!("{base}/openapi.yaml")).await;
        assert_eq!(
            (status, content_type.as_str()),
            (StatusCode::OK, "application/yaml"),
            "{spec}"
        );
        assert!(
            yaml.ends_with(&text),
            "{spec}: the YAML document is the spec as written"
        );

        let (status, content_type, page) = get(&app, &format!("{base}/docs")).await;
        assert_eq!(
            (status, content_type.as_str()),
            (StatusCode::OK, "text/html; charset=utf-8"),
            "{spec}"
        );
        for operation_id in operation_ids(&written) {
            assert!(
                page.contains(&format!("data-operation=\"{operation_id}\"")),
                "{spec}: the page documents {operation_id}"
            );
        }

        // HEAD is answered too; the documents stay off unless asked for.
        let head = Request::head(format!("{base}/openapi.json"))
            .body(Body::empty())
            .unwrap();
        assert_eq!(
            app.clone().oneshot(head).await.unwrap().status(),
            StatusCode::OK
        );
        let (plain, _) = reference::app(spec, false).unwrap();
        let (status, content_type, _) = get(&plain, &format!("{base}/openapi.json")).await;
        assert_eq!(
            (status, content_type.as_str()),
            (StatusCode::NOT_FOUND, "application/problem+json"),
            "{spec}"
        );
    }
}

fn operation_ids(document: &serde_json::Value) -> Vec<String> {
    let mut ids = Vec::new();
    for item in document["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            if let Some(id) = operation.get("operationId").and_then(|id| id.as_str()) {
                ids.push(id.to_string());
            }
        }
    }
    assert!(!ids.is_empty());
    ids
}

/// A spec whose own operation takes a document's route keeps the operation, and the generator
/// says so.
#[test]
fn an_operation_on_a_document_route_wins_with_a_warning() {
    let spec = r#"
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /docs:
    get:
      operationId: getDocs
      responses:
        "200": {description: OK}
"#;
    let settings = openapi_gen::Settings::new("docs-route.yaml", "docs-route");
    let (api, warnings) = openapi_gen::lower(spec, &settings).unwrap();
    let routes: Vec<&str> = api
        .documents
        .iter()
        .map(|document| document.route.as_str())
        .collect();
    assert_eq!(routes, ["/openapi.json", "/openapi.yaml"]);
    let warning = warnings
        .iter()
        .map(ToString::to_string)
        .find(|w| w.contains("`/docs`"))
        .unwrap();
    assert!(
        warning.contains("docs-route.yaml:5:3 #/paths/~1docs"),
        "{warning}"
    );
}
