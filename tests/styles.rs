//! Wire-level tests of every parameter style: the text the generated clients send is compared with
//! the OpenAPI 3.0.3 "Style Examples" table (color = `blue` / `[blue, black, brown]` /
//! `{R: 100, G: 200, B: 150}`), each generated server gets back the typed values the client was
//! given, and malformed text is answered with a 400 `application/problem+json` before the
//! implementation runs.
//!
//! The fixtures: `tests/fixtures/path-styles.yaml`, `query-styles.yaml` and
//! `header-cookie-styles.yaml`.

use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use tower::ServiceExt;

use fixture_header_cookie_styles as hc;
use fixture_path_styles as ps;
use fixture_query_styles as qs;

// ---------------------------------------------------------------------------------------------
// Servers on loopback.

/// Serves `app` on 127.0.0.1 and returns its base URL.
async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{address}")
}

/// One request as a plain recording server saw it: the raw path and query, and the headers.
#[derive(Debug, Clone)]
struct Seen {
    path_and_query: String,
    headers: HeaderMap,
}

impl Seen {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .unwrap_or_else(|| panic!("no `{name}` header"))
            .to_str()
            .unwrap()
    }
}

/// A server that records every request and answers 204.
async fn recorder() -> (String, Arc<Mutex<Vec<Seen>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    let app = Router::new().fallback(move |request: Request| {
        let record = record.clone();
        async move {
            let path_and_query = request
                .uri()
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_default();
            record.lock().unwrap().push(Seen {
                path_and_query,
                headers: request.headers().clone(),
            });
            StatusCode::NO_CONTENT
        }
    });
    (serve(app).await, seen)
}

fn last(seen: &Arc<Mutex<Vec<Seen>>>) -> Seen {
    seen.lock().unwrap().last().cloned().expect("a request")
}

/// `{R: 100, G: 200, B: 150}`, optionally with a `name`.
macro_rules! color {
    ($module:ident) => {{
        // Some fixtures' `Color` has a `name` too; the update fills it in there only.
        #[allow(clippy::needless_update)]
        let color = $module::models::Color {
            r: Some(100),
            g: Some(200),
            b: Some(150),
            ..Default::default()
        };
        color
    }};
}

fn path_color() -> ps::models::Color {
    color!(ps)
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

// ---------------------------------------------------------------------------------------------
// What the generated servers receive.

/// Every call a generated server handed to the implementation, with its typed arguments.
#[derive(Debug, Clone, PartialEq)]
enum Got {
    Simple(String, Vec<String>, ps::models::Color, ps::models::Color),
    SimpleExplodedArray(Vec<i32>),
    Label(
        String,
        Vec<String>,
        Vec<String>,
        ps::models::LabelObject,
        ps::models::Color,
    ),
    Matrix(
        String,
        Vec<String>,
        Vec<String>,
        ps::models::Color,
        ps::models::Color,
    ),
    WorkflowRuns(
        ps::models::WorkflowRunsWorkflowId,
        Option<ps::models::WorkflowId>,
    ),
    Documents(ps::models::Color),
    Search(Box<SearchGot>),
    Headers(Box<HeadersGot>),
    Cookies(
        String,
        Option<Vec<i32>>,
        Option<Vec<String>>,
        Option<hc::models::Color>,
    ),
    Dates(
        Option<chrono::DateTime<chrono::Utc>>,
        Option<chrono::DateTime<chrono::FixedOffset>>,
    ),
}

#[derive(Debug, Clone, PartialEq)]
struct SearchGot {
    filter: Option<qs::models::SearchFilter>,
    page: Option<qs::models::Page>,
    ids: Option<Vec<i64>>,
    tags: Option<Vec<String>>,
    colors: Option<Vec<String>>,
    color: Option<qs::models::Color>,
    names: Option<Vec<String>>,
    area: Option<qs::models::Color>,
    box_: Option<qs::models::Color>,
    labels: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
struct HeadersGot {
    scalar: i64,
    array: Option<Vec<String>>,
    object: Option<hc::models::Color>,
    exploded: Option<hc::models::Color>,
    json: Option<hc::models::Color>,
    union: Option<hc::models::IdOrName>,
}

#[derive(Clone, Default)]
struct Implementation {
    got: Arc<Mutex<Vec<Got>>>,
}

impl Implementation {
    fn record(&self, got: Got) {
        self.got.lock().unwrap().push(got);
    }

    fn take(&self) -> Vec<Got> {
        std::mem::take(&mut *self.got.lock().unwrap())
    }
}

impl ps::server::DefaultApi for Implementation {
    async fn simple(
        &self,
        scalar: String,
        array: Vec<String>,
        object: ps::models::Color,
        exploded: ps::models::Color,
    ) -> ps::server::SimpleResponse {
        self.record(Got::Simple(scalar, array, object, exploded));
        ps::server::SimpleResponse::NoContent
    }

    async fn simple_exploded_array(
        &self,
        array: Vec<i32>,
    ) -> ps::server::SimpleExplodedArrayResponse {
        self.record(Got::SimpleExplodedArray(array));
        ps::server::SimpleExplodedArrayResponse::NoContent
    }

    async fn label(
        &self,
        scalar: String,
        array: Vec<String>,
        exploded_array: Vec<String>,
        object: ps::models::LabelObject,
        exploded_object: ps::models::Color,
    ) -> ps::server::LabelResponse {
        self.record(Got::Label(
            scalar,
            array,
            exploded_array,
            object,
            exploded_object,
        ));
        ps::server::LabelResponse::NoContent
    }

    async fn matrix(
        &self,
        scalar: String,
        array: Vec<String>,
        exploded_array: Vec<String>,
        object: ps::models::Color,
        exploded_object: ps::models::Color,
    ) -> ps::server::MatrixResponse {
        self.record(Got::Matrix(
            scalar,
            array,
            exploded_array,
            object,
            exploded_object,
        ));
        ps::server::MatrixResponse::NoContent
    }

    async fn workflow_runs(
        &self,
        workflow_id: ps::models::WorkflowRunsWorkflowId,
        params: ps::server::WorkflowRunsQuery,
    ) -> ps::server::WorkflowRunsResponse {
        self.record(Got::WorkflowRuns(workflow_id, params.since));
        ps::server::WorkflowRunsResponse::NoContent
    }

    async fn documents(&self, filter: ps::models::Color) -> ps::server::DocumentsResponse {
        self.record(Got::Documents(filter));
        ps::server::DocumentsResponse::NoContent
    }
}

impl qs::server::DefaultApi for Implementation {
    async fn search(&self, params: qs::server::SearchQuery) -> qs::server::SearchResponse {
        let qs::server::SearchQuery {
            filter,
            page,
            ids,
            tags,
            colors,
            color,
            names,
            area,
            box_,
            labels,
        } = params;
        self.record(Got::Search(Box::new(SearchGot {
            filter,
            page,
            ids,
            tags,
            colors,
            color,
            names,
            area,
            box_,
            labels,
        })));
        qs::server::SearchResponse::NoContent
    }
}

impl hc::server::DefaultApi for Implementation {
    async fn headers(
        &self,
        scalar: i64,
        array: Option<Vec<String>>,
        object: Option<hc::models::Color>,
        exploded: Option<hc::models::Color>,
        json: Option<hc::models::Color>,
        union: Option<hc::models::IdOrName>,
    ) -> hc::server::HeadersResponse {
        self.record(Got::Headers(Box::new(HeadersGot {
            scalar,
            array,
            object,
            exploded,
            json,
            union,
        })));
        hc::server::HeadersResponse::NoContent
    }

    async fn cookies(
        &self,
        session: String,
        ids: Option<Vec<i32>>,
        tag: Option<Vec<String>>,
        prefs: Option<hc::models::Color>,
    ) -> hc::server::CookiesResponse {
        self.record(Got::Cookies(session, ids, tag, prefs));
        hc::server::CookiesResponse::NoContent
    }

    async fn dates(
        &self,
        if_unmodified_since: Option<chrono::DateTime<chrono::Utc>>,
        x_not_before: Option<chrono::DateTime<chrono::FixedOffset>>,
    ) -> hc::server::DatesResponse {
        self.record(Got::Dates(if_unmodified_since, x_not_before));
        hc::server::DatesResponse::NoContent
    }
}

/// Sends `request` to `app` in memory and checks that it is refused with a 400 problem naming
/// a parameter in `location`; returns the problem.
async fn refused(app: &Router, request: Request<Body>, location: &str) -> serde_json::Value {
    let uri = request.uri().to_string();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|value| value.to_str().unwrap().to_string());
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {problem}");
    assert_eq!(
        content_type.as_deref(),
        Some("application/problem+json"),
        "{uri}"
    );
    assert_eq!(problem["status"], 400, "{uri}: {problem}");
    assert_eq!(
        problem["invalid_params"][0]["in"], location,
        "{uri}: {problem}"
    );
    problem
}

fn get(uri: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut builder = Request::builder().uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Body::empty()).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Path styles.

fn path_client(base: &str) -> ps::client::DefaultApi {
    ps::client::Client::new(base).unwrap().default_api()
}

#[tokio::test]
async fn path_styles_on_the_wire_match_the_spec_table() {
    let (base, seen) = recorder().await;
    let api = path_client(&base);
    let colors = strings(&["blue", "black", "brown"]);

    api.simple("blue", &colors, path_color(), path_color())
        .await
        .unwrap();
    assert_eq!(
        last(&seen).path_and_query,
        "/simple/blue/blue,black,brown/R,100,G,200,B,150/R=100,G=200,B=150"
    );

    api.simple_exploded_array(&[1, 2, 3]).await.unwrap();
    assert_eq!(last(&seen).path_and_query, "/simple-exploded-array/1,2,3");

    let label_object = ps::models::LabelObject {
        r: Some(100),
        g: Some(200),
        b: Some(150),
    };
    api.label("blue", &colors, &colors, label_object, path_color())
        .await
        .unwrap();
    // The 3.0.3 table separates label items with `.` whether exploded or not.
    assert_eq!(
        last(&seen).path_and_query,
        "/label/.blue/.blue.black.brown/.blue.black.brown/.R.100.G.200.B.150/.R=100.G=200.B=150"
    );

    api.matrix("blue", &colors, &colors, path_color(), path_color())
        .await
        .unwrap();
    assert_eq!(
        last(&seen).path_and_query,
        "/matrix/;scalar=blue/;array=blue,black,brown\
         /;exploded_array=blue;exploded_array=black;exploded_array=brown\
         /;object=R,100,G,200,B,150/;R=100;G=200;B=150"
    );
}

#[tokio::test]
async fn path_styles_percent_encode_reserved_characters_and_their_own_separators() {
    let (base, seen) = recorder().await;
    let api = path_client(&base);
    let tricky = "a/b,c.d;e=f g?h#i%j";
    let items = strings(&["x,y", "p.q", "r;s=t"]);
    let named = ps::models::Color {
        name: Some("red, dark.ish".to_string()),
        ..Default::default()
    };

    api.simple(tricky, &items, named.clone(), named.clone())
        .await
        .unwrap();
    assert_eq!(
        last(&seen).path_and_query,
        "/simple/a%2Fb%2Cc.d%3Be%3Df%20g%3Fh%23i%25j/x%2Cy,p.q,r%3Bs%3Dt\
         /name,red%2C%20dark.ish/name=red%2C%20dark.ish"
    );

    let label_object = ps::models::LabelObject {
        g: Some(0),
        ..Default::default()
    };
    api.label(tricky, &items, &items, label_object, named.clone())
        .await
        .unwrap();
    // In `label` values `.` separates, so it is escaped too.
    assert_eq!(
        last(&seen).path_and_query,
        "/label/.a%2Fb%2Cc%2Ed%3Be%3Df%20g%3Fh%23i%25j/.x%2Cy.p%2Eq.r%3Bs%3Dt\
         /.x%2Cy.p%2Eq.r%3Bs%3Dt/.G.0/.name=red%2C%20dark%2Eish"
    );
    // An empty `label` value would be the path segment `.`, which URLs drop: the client refuses.
    let requests = seen.lock().unwrap().len();
    let error = api
        .label(
            "",
            &items,
            &items,
            ps::models::LabelObject::default(),
            named.clone(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&error, ps::client::Error::InvalidRequest { message, .. } if message.contains("`label`")),
        "{error:?}"
    );
    assert_eq!(seen.lock().unwrap().len(), requests);

    api.matrix(tricky, &[], &[], named.clone(), named)
        .await
        .unwrap();
    // Empty arrays are the bare `;name`, as in the table's "empty" column.
    assert_eq!(
        last(&seen).path_and_query,
        "/matrix/;scalar=a%2Fb%2Cc.d%3Be%3Df%20g%3Fh%23i%25j/;array/;exploded_array\
         /;object=name,red%2C%20dark.ish/;name=red%2C%20dark.ish"
    );

    api.documents(path_color()).await.unwrap();
    assert_eq!(
        last(&seen).path_and_query,
        "/documents/%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D"
    );
}

#[tokio::test]
async fn path_styles_round_trip_through_the_generated_server() {
    let implementation = Implementation::default();
    let base = serve(ps::server::router(implementation.clone())).await;
    let api = path_client(&base);
    let colors = strings(&["blue", "black", "brown"]);
    let tricky = "a/b,c.d;e=f g?h#i%j ü";
    let items = strings(&["x,y", "p.q", "r;s=t", ""]);
    let named = ps::models::Color {
        name: Some("red, dark.ish;=".to_string()),
        ..path_color()
    };
    // Text that reads as a number is still text where the model wants text.
    let numeric_name = ps::models::Color {
        name: Some("12".to_string()),
        ..path_color()
    };
    let label_object = ps::models::LabelObject {
        r: Some(1),
        g: None,
        b: Some(3),
    };

    api.simple("blue", &colors, path_color(), path_color())
        .await
        .unwrap();
    api.simple(tricky, &items, named.clone(), named.clone())
        .await
        .unwrap();
    api.simple_exploded_array(&[1, -2, 3]).await.unwrap();
    api.label(tricky, &items, &colors, label_object.clone(), named.clone())
        .await
        .unwrap();
    api.matrix(tricky, &items, &items, named.clone(), named.clone())
        .await
        .unwrap();
    api.matrix(
        "",
        &[],
        &[],
        ps::models::Color::default(),
        ps::models::Color::default(),
    )
    .await
    .unwrap();
    api.documents(named.clone()).await.unwrap();
    api.simple(
        "7",
        &["true".to_string()],
        numeric_name.clone(),
        numeric_name.clone(),
    )
    .await
    .unwrap();

    assert_eq!(
        implementation.take(),
        vec![
            Got::Simple("blue".into(), colors.clone(), path_color(), path_color()),
            Got::Simple(tricky.into(), items.clone(), named.clone(), named.clone()),
            Got::SimpleExplodedArray(vec![1, -2, 3]),
            Got::Label(
                tricky.into(),
                items.clone(),
                colors,
                label_object,
                named.clone()
            ),
            Got::Matrix(
                tricky.into(),
                items.clone(),
                items,
                named.clone(),
                named.clone()
            ),
            Got::Matrix(
                String::new(),
                Vec::new(),
                Vec::new(),
                ps::models::Color::default(),
                ps::models::Color::default()
            ),
            Got::Documents(named),
            Got::Simple(
                "7".into(),
                vec!["true".into()],
                numeric_name.clone(),
                numeric_name
            ),
        ]
    );
}

#[tokio::test]
async fn scalar_union_path_and_query_parameters_print_and_parse_in_order() {
    use ps::models::{WorkflowId, WorkflowRunsWorkflowId};
    let (base, seen) = recorder().await;
    let api = path_client(&base);
    let by_id = WorkflowRunsWorkflowId::Variant0(42);
    let by_name = WorkflowRunsWorkflowId::Variant1("ci.yml".to_string());
    let params = |since: WorkflowId| ps::client::WorkflowRunsParams { since: Some(since) };

    api.workflow_runs(by_id.clone(), params(WorkflowId::Variant0(7)))
        .await
        .unwrap();
    assert_eq!(last(&seen).path_and_query, "/workflows/42/runs?since=7");
    api.workflow_runs(by_name.clone(), params(WorkflowId::Variant1("a b".into())))
        .await
        .unwrap();
    assert_eq!(
        last(&seen).path_and_query,
        "/workflows/ci.yml/runs?since=a%20b"
    );

    let implementation = Implementation::default();
    let base = serve(ps::server::router(implementation.clone())).await;
    let api = path_client(&base);
    api.workflow_runs(by_id.clone(), params(WorkflowId::Variant0(7)))
        .await
        .unwrap();
    api.workflow_runs(by_name.clone(), params(WorkflowId::Variant1("a b".into())))
        .await
        .unwrap();
    // Text that is a number is the integer alternative, the first one listed.
    api.workflow_runs(
        WorkflowRunsWorkflowId::Variant1("12".into()),
        ps::client::WorkflowRunsParams::default(),
    )
    .await
    .unwrap();
    assert_eq!(
        implementation.take(),
        vec![
            Got::WorkflowRuns(by_id, Some(WorkflowId::Variant0(7))),
            Got::WorkflowRuns(by_name, Some(WorkflowId::Variant1("a b".into()))),
            Got::WorkflowRuns(WorkflowRunsWorkflowId::Variant0(12), None),
        ]
    );
}

#[tokio::test]
async fn malformed_path_values_are_refused_before_the_implementation_runs() {
    let implementation = Implementation::default();
    let app = ps::server::router(implementation.clone());
    let bad = [
        // An odd number of items in an unexploded object.
        "/simple/blue/a/R,100,G/R=100",
        // A property that is not a number.
        "/simple/blue/a/R,x/R=100",
        // An exploded object item without `=`.
        "/simple/blue/a/R,100/R100",
        // A property given twice.
        "/simple/blue/a/R,1,R,2/R=100",
        "/simple-exploded-array/1,two",
        // `label` values start with `.`.
        "/label/blue/.a/.a/.R.1/.R=1",
        "/label/.blue/a/.a/.R.1/.R=1",
        "/label/.blue/.a/.a/.R.1.G/.R=1",
        "/label/.blue/.a/.a/.R.1/.R",
        // `matrix` values start with `;name=`, with this parameter's name.
        "/matrix/blue/;array=a/;exploded_array=a/;object=R,1/;R=1",
        "/matrix/;other=blue/;array=a/;exploded_array=a/;object=R,1/;R=1",
        "/matrix/;scalar=blue/;array=a/;exploded_array=a;array=b/;object=R,1/;R=1",
        "/matrix/;scalar=blue/;array=a/;exploded_array=a/;object=R/;R=1",
        "/matrix/;scalar=blue/;array=a/;exploded_array=a/;object=R,1/;R=x",
        "/documents/%7Bnot-json",
        "/documents/%7B%22R%22%3A%22red%22%7D",
    ];
    for uri in bad {
        refused(&app, get(uri, &[]), "path").await;
    }
    assert_eq!(implementation.take(), Vec::new());
}

/// Python's requests, httpx and urllib percent-encode the commas of a joined list. With no
/// literal comma in the raw text, the value is decoded first and split at its commas (see
/// README "Parameter styles"); a literal comma keeps the split-then-decode rule.
#[tokio::test]
async fn comma_lists_with_only_encoded_commas_split_after_decoding() {
    let implementation = Implementation::default();
    let app = ps::server::router(implementation.clone());
    let response = app
        .oneshot(get("/simple-exploded-array/1%2C-2%2c3", &[]))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        implementation.take(),
        vec![Got::SimpleExplodedArray(vec![1, -2, 3])]
    );
    // A literal comma: `1%2C2` stays one item, which is not an integer.
    let app = ps::server::router(implementation.clone());
    refused(&app, get("/simple-exploded-array/1%2C2,3", &[]), "path").await;
    assert!(implementation.take().is_empty());
}

#[tokio::test]
async fn path_styles_accept_the_rfc_6570_label_form_too() {
    let implementation = Implementation::default();
    let app = ps::server::router(implementation.clone());
    let response = app
        .oneshot(get(
            "/label/.blue/.blue,black/.blue.black/.R,100,G,200/.R=100.G=200",
            &[],
        ))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let two = |a: &str, b: &str| strings(&[a, b]);
    assert_eq!(
        implementation.take(),
        vec![Got::Label(
            "blue".into(),
            two("blue", "black"),
            two("blue", "black"),
            ps::models::LabelObject {
                r: Some(100),
                g: Some(200),
                ..Default::default()
            },
            ps::models::Color {
                r: Some(100),
                g: Some(200),
                ..Default::default()
            },
        )]
    );
}

// ---------------------------------------------------------------------------------------------
// Query styles.

fn full_search() -> qs::client::SearchParams {
    qs::client::SearchParams {
        filter: Some(qs::models::SearchFilter {
            name: Some("dark blue".into()),
            min: Some(3),
        }),
        page: Some(qs::models::Page {
            offset: Some(20),
            limit: Some(10),
        }),
        ids: Some(vec![1, 2, 3]),
        tags: Some(strings(&["a", "b c"])),
        colors: Some(strings(&["red", "green"])),
        color: Some(color!(qs)),
        names: Some(strings(&["x,y", "z"])),
        area: Some(color!(qs)),
        box_: Some(color!(qs)),
        labels: Some(strings(&["p", "q&r"])),
    }
}

#[tokio::test]
async fn query_styles_on_the_wire_match_the_spec_table() {
    let (base, seen) = recorder().await;
    let api = qs::client::Client::new(&base).unwrap().default_api();
    api.search(full_search()).await.unwrap();
    let query = last(&seen).path_and_query;
    let query = query.strip_prefix("/search?").unwrap();
    let pairs: Vec<&str> = query.split('&').collect();
    assert_eq!(
        pairs,
        [
            // deepObject (the brackets are percent-encoded, as RFC 3986 asks of a query)
            "filter%5Bname%5D=dark%20blue",
            "filter%5Bmin%5D=3",
            // form, exploded, on an object: one key per property
            "offset=20",
            "limit=10",
            // spaceDelimited, pipeDelimited
            "ids=1%202%203",
            "tags=a|b%20c",
            // pipeDelimited exploded: a repeated key
            "colors=red",
            "colors=green",
            // form, explode false, on an object: the spec table's `color=R,100,G,200,B,150`
            "color=R,100,G,200,B,150",
            // form, explode false, on an array; an item's own comma is escaped
            "names=x%2Cy,z",
            // spaceDelimited and pipeDelimited on an object
            "area=R%20100%20G%20200%20B%20150",
            "box=R|100|G|200|B|150",
            // form, exploded, on an array
            "labels=p",
            "labels=q%26r",
        ]
    );
}

#[tokio::test]
async fn query_styles_round_trip_through_the_generated_server() {
    let implementation = Implementation::default();
    let base = serve(qs::server::router(implementation.clone())).await;
    let api = qs::client::Client::new(&base).unwrap().default_api();
    api.search(full_search()).await.unwrap();
    api.search(qs::client::SearchParams::default())
        .await
        .unwrap();
    let expected = full_search();
    assert_eq!(
        implementation.take(),
        vec![
            Got::Search(Box::new(SearchGot {
                filter: expected.filter,
                page: expected.page,
                ids: expected.ids,
                tags: expected.tags,
                colors: expected.colors,
                color: expected.color,
                names: expected.names,
                area: expected.area,
                box_: expected.box_,
                labels: expected.labels,
            })),
            Got::Search(Box::new(SearchGot {
                filter: None,
                page: None,
                ids: None,
                tags: None,
                colors: None,
                color: None,
                names: None,
                area: None,
                box_: None,
                labels: None,
            })),
        ]
    );
}

#[tokio::test]
async fn malformed_query_values_are_refused_before_the_implementation_runs() {
    let implementation = Implementation::default();
    let app = qs::server::router(implementation.clone());
    let bad = [
        "/search?color=R,100,G",
        "/search?color=R,x",
        "/search?color=R,1&color=G,2",
        "/search?ids=1%20x",
        "/search?filter[min]=many",
        "/search?names=%FF",
        "/search?area=R%20100%20G",
        "/search?box=R|x",
    ];
    for uri in bad {
        refused(&app, get(uri, &[]), "query").await;
    }
    assert_eq!(implementation.take(), Vec::new());
}

// ---------------------------------------------------------------------------------------------
// Header and cookie styles.

fn full_headers() -> hc::client::HeadersParams {
    hc::client::HeadersParams {
        x_array: Some(strings(&["blue", "black", "brown"])),
        x_object: Some(color!(hc)),
        x_exploded: Some(color!(hc)),
        x_json: Some(color!(hc)),
        x_union: Some(hc::models::IdOrName::Variant1("main".into())),
    }
}

fn full_cookies() -> hc::client::CookiesParams {
    hc::client::CookiesParams {
        ids: Some(vec![1, 2]),
        tag: Some(strings(&["a b", "c;d"])),
        prefs: Some(color!(hc)),
    }
}

#[tokio::test]
async fn header_and_cookie_styles_on_the_wire_match_the_spec_table() {
    let (base, seen) = recorder().await;
    let api = hc::client::Client::new(&base).unwrap().default_api();

    api.headers(7, full_headers()).await.unwrap();
    let request = last(&seen);
    assert_eq!(request.header("x-scalar"), "7");
    assert_eq!(request.header("x-array"), "blue,black,brown");
    assert_eq!(request.header("x-object"), "R,100,G,200,B,150");
    assert_eq!(request.header("x-exploded"), "R=100,G=200,B=150");
    assert_eq!(request.header("x-json"), r#"{"R":100,"G":200,"B":150}"#);
    assert_eq!(request.header("x-union"), "main");

    api.cookies("s 1", full_cookies()).await.unwrap();
    assert_eq!(
        last(&seen).header("cookie"),
        "session=s%201; ids=1,2; tag=a%20b; tag=c%3Bd; \
         prefs=%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D"
    );
}

#[tokio::test]
async fn header_and_cookie_styles_round_trip_through_the_generated_server() {
    let implementation = Implementation::default();
    let base = serve(hc::server::router(implementation.clone())).await;
    let api = hc::client::Client::new(&base).unwrap().default_api();

    api.headers(7, full_headers()).await.unwrap();
    api.headers(
        -1,
        hc::client::HeadersParams {
            x_union: Some(hc::models::IdOrName::Variant0(12)),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    api.cookies("s 1", full_cookies()).await.unwrap();
    api.cookies("only", hc::client::CookiesParams::default())
        .await
        .unwrap();

    let expected = full_headers();
    let cookies = full_cookies();
    assert_eq!(
        implementation.take(),
        vec![
            Got::Headers(Box::new(HeadersGot {
                scalar: 7,
                array: expected.x_array,
                object: expected.x_object,
                exploded: expected.x_exploded,
                json: expected.x_json,
                union: expected.x_union,
            })),
            Got::Headers(Box::new(HeadersGot {
                scalar: -1,
                array: None,
                object: None,
                exploded: None,
                json: None,
                union: Some(hc::models::IdOrName::Variant0(12)),
            })),
            Got::Cookies("s 1".into(), cookies.ids, cookies.tag, cookies.prefs),
            Got::Cookies("only".into(), None, None, None),
        ]
    );
}

#[tokio::test]
async fn malformed_header_and_cookie_values_are_refused_before_the_implementation_runs() {
    let implementation = Implementation::default();
    let app = hc::server::router(implementation.clone());
    let headers: &[&[(&str, &str)]] = &[
        &[("x-scalar", "seven")],
        &[("x-scalar", "7"), ("x-object", "R,100,G")],
        &[("x-scalar", "7"), ("x-object", "R,red")],
        &[("x-scalar", "7"), ("x-exploded", "R:100")],
        &[("x-scalar", "7"), ("x-json", "{R:1}")],
        // A JSON parameter is validated as a request body is: `R` is not `nullable`.
        &[("x-scalar", "7"), ("x-json", r#"{"R":null}"#)],
    ];
    for headers in headers {
        refused(&app, get("/headers", headers), "header").await;
    }
    let cookies = [
        "session=s; ids=1,x",
        "session=s; ids=1,,2",
        "session=s; prefs=%7B",
        "session=s; tag=%FF",
    ];
    for cookie in cookies {
        refused(&app, get("/cookies", &[("cookie", cookie)]), "cookie").await;
    }
    assert_eq!(implementation.take(), Vec::new());
}

/// `format: date-time` headers: HTTP's own date headers (`If-Unmodified-Since`) are sent as
/// HTTP-dates, an application's header (`X-Not-Before`) as RFC 3339, and both come back to the
/// implementation as the same instants.
#[tokio::test]
async fn date_time_headers_are_http_dates_only_for_http_date_headers() {
    let when = chrono::DateTime::parse_from_rfc3339("2013-10-20T19:20:30+01:00").unwrap();
    let params = || hc::client::DatesParams {
        if_unmodified_since: Some(when.to_utc()),
        x_not_before: Some(when),
    };
    let (base, seen) = recorder().await;
    let api = hc::client::Client::new(&base).unwrap().default_api();
    api.dates(params()).await.unwrap();
    let request = last(&seen);
    assert_eq!(
        request.header("if-unmodified-since"),
        "Sun, 20 Oct 2013 18:20:30 GMT"
    );
    assert_eq!(request.header("x-not-before"), "2013-10-20T19:20:30+01:00");

    let implementation = Implementation::default();
    let base = serve(hc::server::router(implementation.clone())).await;
    let api = hc::client::Client::new(&base).unwrap().default_api();
    api.dates(params()).await.unwrap();
    assert_eq!(
        implementation.take(),
        vec![Got::Dates(Some(when.to_utc()), Some(when))]
    );

    // The server: an HTTP date header also takes RFC 3339; an invalid conditional header is
    // ignored (RFC 9110 §13.1.4); an invalid application date is a 400.
    let app = hc::server::router(implementation.clone());
    let response = app
        .clone()
        .oneshot(get(
            "/dates",
            &[("if-unmodified-since", "2013-10-20T19:20:30+01:00")],
        ))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let response = app
        .clone()
        .oneshot(get("/dates", &[("if-unmodified-since", "not a date")]))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        implementation.take(),
        vec![
            Got::Dates(Some(when.to_utc()), None),
            Got::Dates(None, None)
        ]
    );
    refused(
        &app,
        get("/dates", &[("x-not-before", "yesterday")]),
        "header",
    )
    .await;
    assert_eq!(implementation.take(), Vec::new());
}
