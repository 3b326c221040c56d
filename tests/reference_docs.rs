//! The reference pages the generator writes (`generated/<crate>/docs/<Api>.md`) agree with the
//! seed pages the specs were transcribed from (`tests/seeds/`, openapi-generator's Python SDK
//! pages): the same methods and HTTP requests, parameter names, return types and status codes.
//! Both are parsed as the Markdown tables and sections they are; every difference is listed below
//! with its reason, and the test fails if a listed difference stops occurring, so the list stays
//! exact.

use std::collections::BTreeMap;
use std::path::Path;

/// Which generated page is compared with which seed page.
const PAGES: [(&str, &str); 4] = [
    (
        "alfresco-core/docs/PeopleApi.md",
        "alfresco-people-api.python.md",
    ),
    (
        "docspace/docs/PeoplePhotosApi.md",
        "docspace-people-photos-api.python.md",
    ),
    ("pieces-os/docs/PersonApi.md", "pieces-person-api.python.md"),
    // The Pieces User page survives only flattened to text; `parse_flattened` reads it.
    ("pieces-os/docs/UserApi.md", "pieces-user-api.python.txt"),
];

/// Deliberate difference 1: a Rust client method takes its request body as `body`; the Python
/// SDK names the argument after the body's schema. (page, operation, the seed's name).
const BODY_ARGUMENTS: [(&str, &str, &str); 14] = [
    ("PeopleApi", "create_person", "person_body_create"),
    ("PeopleApi", "update_person", "person_body_update"),
    ("PeopleApi", "update_avatar_image", "body"),
    ("PeopleApi", "reset_password", "password_reset_body"),
    ("PeopleApi", "request_password_reset", "client_body"),
    (
        "PeoplePhotosApi",
        "create_member_photo_thumbnails",
        "thumbnails_request",
    ),
    (
        "PeoplePhotosApi",
        "update_member_photo",
        "update_photo_member_request",
    ),
    ("PeoplePhotosApi", "upload_member_photo", "form_collection"),
    (
        "PersonApi",
        "person_scores_increment",
        "seeded_score_increment",
    ),
    ("PersonApi", "update_person", "person"),
    ("UserApi", "select_user", "auth0_user"),
    ("UserApi", "update_user", "user_profile"),
    ("UserApi", "user_beta_status", "user_beta_status"),
    ("UserApi", "user_update_vanity", "user_profile"),
];

/// Deliberate difference 2: openapi-generator prints the `default` response as status `0`; the
/// Rust pages print `default`, as the spec does.
const DEFAULT_STATUS: (&str, &str) = ("0", "default");

/// Deliberate difference 3: the WebSocket operation returns a stream of its message type in Rust
/// (`impl Stream<Item = Result<models::UserProfile, ..>>`); the seed names the message type.
const STREAMS: [(&str, &str); 1] = [("stream_user", "models::UserProfile")];

/// Deliberate difference 4: an operation with several success statuses (200 with a body, 304
/// without) returns an enum with one variant per status in Rust; the seed names the 200 body.
/// (operation, the Rust enum, the seed's type).
const SUCCESS_ENUMS: [(&str, &str, &str); 1] =
    [("get_avatar_image", "GetAvatarImageSuccess", "bytes::Bytes")];

#[derive(Debug, Default, PartialEq)]
struct Page {
    /// (method name, HTTP method, path); for the flattened page the path is followed by the
    /// description, run together.
    methods: Vec<(String, String, String)>,
    operations: BTreeMap<String, Operation>,
}

#[derive(Debug, Default, PartialEq)]
struct Operation {
    params: Vec<String>,
    return_type: String,
    statuses: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    Other,
    Params,
    Return,
    Statuses,
}

/// Reads a page in openapi-generator's Markdown layout, which the generated pages share.
fn parse_markdown(text: &str) -> Page {
    let mut page = Page::default();
    let mut current: Option<String> = None;
    let mut section = Section::Other;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("[**") {
            if let Some((name, request)) = rest.split_once("**]") {
                if let Some((_, request)) = request.split_once(" | **") {
                    let (method, rest) = request.split_once("** ").expect("**METHOD** path");
                    let path = unescape(rest.split(" | ").next().unwrap_or_default().trim());
                    page.methods
                        .push((name.to_string(), method.to_string(), path));
                    continue;
                }
            }
        }
        // One seed page writes `## **name** {#name}` and `### Parameters {#name-parameters}`.
        let line = match line.find(" {#") {
            Some(anchor) if line.starts_with('#') => &line[..anchor],
            _ => line,
        };
        if let Some(name) = line
            .strip_prefix("# **")
            .or_else(|| line.strip_prefix("## **"))
        {
            let name = name.trim_end_matches("**").to_string();
            page.operations.insert(name.clone(), Operation::default());
            current = Some(name);
            section = Section::Other;
            continue;
        }
        if let Some(heading) = line.strip_prefix("### ") {
            section = match heading.trim() {
                "Parameters" => Section::Params,
                "Return type" => Section::Return,
                "HTTP response details" => Section::Statuses,
                _ => Section::Other,
            };
            continue;
        }
        let Some(operation) = current
            .as_ref()
            .and_then(|name| page.operations.get_mut(name))
        else {
            continue;
        };
        match section {
            Section::Params => {
                if let Some(rest) = line.strip_prefix(" **") {
                    let name = rest.split("**").next().unwrap_or_default();
                    operation.params.push(name.to_string());
                }
            }
            Section::Return if operation.return_type.is_empty() && !line.trim().is_empty() => {
                operation.return_type = return_type(line);
            }
            Section::Statuses => {
                if let Some(rest) = line.strip_prefix("**") {
                    let code = rest.split("**").next().unwrap_or_default();
                    operation.statuses.push(code.to_string());
                }
            }
            _ => {}
        }
    }
    page
}

/// Undoes Markdown backslash escapes (`\{person\}` → `{person}`).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Reads the Pieces User page, whose tables lost their separators when it was flattened to
/// text: `clear_userPOST /user/clear/user/clear` is name, method, then path and description run
/// together; `auth0_userAuth0User[optional]` is a parameter row, its snake_case name first.
fn parse_flattened(text: &str) -> Page {
    const METHODS: [&str; 5] = ["GET ", "POST ", "PUT ", "DELETE ", "PATCH "];
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut page = Page::default();
    let table = lines
        .iter()
        .position(|line| *line == "MethodHTTP requestDescription")
        .expect("method table");
    for line in lines[table + 1..]
        .iter()
        .take_while(|line| !line.is_empty())
    {
        let (index, method) = METHODS
            .iter()
            .filter_map(|method| line.find(method).map(|index| (index, *method)))
            .min()
            .expect("a method in every row");
        page.methods.push((
            line[..index].to_string(),
            method.trim().to_string(),
            line[index + method.len()..].to_string(),
        ));
    }
    let names: Vec<String> = page.methods.iter().map(|(name, ..)| name.clone()).collect();
    let mut current: Option<String> = None;
    let mut section = Section::Other;
    for line in lines.iter().skip(table + names.len() + 1) {
        if names.iter().any(|name| name == line) {
            page.operations
                .insert(line.to_string(), Operation::default());
            current = Some(line.to_string());
            section = Section::Other;
            continue;
        }
        section = match *line {
            "Parameters" => Section::Params,
            "Return type" => Section::Return,
            "HTTP response details" => Section::Statuses,
            "Authorization" | "HTTP request headers" | "Example" => Section::Other,
            _ => section,
        };
        if matches!(
            *line,
            "Parameters" | "Return type" | "HTTP response details"
        ) {
            continue;
        }
        let Some(operation) = current
            .as_ref()
            .and_then(|name| page.operations.get_mut(name))
        else {
            continue;
        };
        match section {
            Section::Params
                if !line.is_empty()
                    && *line != "NameTypeDescriptionNotes"
                    && *line != "This endpoint does not need any parameters." =>
            {
                let name: String = line
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                operation.params.push(name);
            }
            Section::Return if operation.return_type.is_empty() && !line.is_empty() => {
                operation.return_type = return_type(line);
            }
            Section::Statuses if line.starts_with(|c: char| c.is_ascii_digit()) => {
                let code: String = line.chars().take_while(char::is_ascii_digit).collect();
                operation.statuses.push(code);
            }
            _ => {}
        }
    }
    page
}

/// One return type, either page's spelling, as the Rust type: `[**PersonEntry**](...)` →
/// `models::PersonEntry`, `void (empty response body)` → `()`, `bytearray` → `bytes::Bytes`;
/// the generated pages' `` [`models::PersonEntry`](...) `` → `models::PersonEntry`.
fn return_type(line: &str) -> String {
    let line = line.trim();
    let text = match line.strip_prefix('[') {
        Some(rest) => rest.split("](").next().unwrap_or_default(),
        None => line,
    };
    if let Some(rust) = text.strip_prefix('`') {
        // The generated pages print the Rust type in a code span.
        return rust.split('`').next().unwrap_or_default().to_string();
    }
    match text.trim_matches('*') {
        "void (empty response body)" => "()".to_string(),
        "bytearray" => "bytes::Bytes".to_string(),
        "str" => "String".to_string(),
        ty if ty.contains("::") || ty == "()" => ty.to_string(),
        model => format!("models::{model}"),
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn generated_pages_agree_with_the_seed_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut used_bodies = Vec::new();
    let mut used_streams = Vec::new();
    let mut default_statuses = 0;
    let mut compared = (0, 0, 0);
    for (generated, seed) in PAGES {
        let ours = parse_markdown(&read(&root.join("generated").join(generated)));
        let seed_text = read(&root.join("tests/seeds").join(seed));
        let theirs = if seed.ends_with(".txt") {
            parse_flattened(&seed_text)
        } else {
            parse_markdown(&seed_text)
        };
        let page = Path::new(generated)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();

        let mut our_methods = ours.methods.clone();
        let mut their_methods = theirs.methods.clone();
        our_methods.sort();
        their_methods.sort();
        assert_eq!(
            our_methods.len(),
            their_methods.len(),
            "{page}: method count"
        );
        for ((name, method, path), (seed_name, seed_method, seed_path)) in
            our_methods.iter().zip(&their_methods)
        {
            assert_eq!((name, method), (seed_name, seed_method), "{page}");
            assert!(
                seed_path == path || seed_path.starts_with(path.as_str()),
                "{page} {name}: path {path} vs the seed's {seed_path}"
            );
        }
        assert_eq!(
            ours.operations.keys().collect::<Vec<_>>(),
            theirs.operations.keys().collect::<Vec<_>>(),
            "{page}: operation sections"
        );

        for (name, op) in &ours.operations {
            let seed_op = &theirs.operations[name];
            let body_name = BODY_ARGUMENTS
                .iter()
                .find(|(p, o, _)| *p == page && o == name)
                .map(|(_, _, seed_name)| *seed_name);
            let mut seed_params: Vec<String> = seed_op
                .params
                .iter()
                .map(|param| match body_name {
                    Some(seed_name) if param == seed_name => {
                        used_bodies.push((page, name.clone()));
                        "body".to_string()
                    }
                    _ => param.clone(),
                })
                .collect();
            let mut params = op.params.clone();
            seed_params.sort();
            params.sort();
            assert_eq!(params, seed_params, "{page} {name}: parameter names");

            let seed_return = match STREAMS.iter().find(|(o, _)| o == name) {
                Some((_, message)) => {
                    assert_eq!(seed_op.return_type, *message, "{page} {name}");
                    used_streams.push(name.clone());
                    format!(
                        "impl Stream<Item = Result<{message}, Error<{}Error>>>",
                        heck_camel(name)
                    )
                }
                None => match SUCCESS_ENUMS.iter().find(|(o, ..)| o == name) {
                    Some((_, rust, seed)) => {
                        assert_eq!(seed_op.return_type, *seed, "{page} {name}");
                        used_streams.push(name.clone());
                        rust.to_string()
                    }
                    None => seed_op.return_type.clone(),
                },
            };
            assert_eq!(op.return_type, seed_return, "{page} {name}: return type");

            let mut seed_statuses: Vec<String> = seed_op
                .statuses
                .iter()
                .map(|status| {
                    if status == DEFAULT_STATUS.0 {
                        default_statuses += 1;
                        DEFAULT_STATUS.1.to_string()
                    } else {
                        status.clone()
                    }
                })
                .collect();
            let mut statuses = op.statuses.clone();
            seed_statuses.sort();
            statuses.sort();
            assert_eq!(statuses, seed_statuses, "{page} {name}: status codes");
            compared.0 += 1;
            compared.1 += params.len();
            compared.2 += statuses.len();
        }
    }
    // Every listed difference occurred, and each body argument once: the list is exact.
    let expected_bodies: Vec<(&str, String)> = BODY_ARGUMENTS
        .iter()
        .map(|(page, op, _)| (*page, op.to_string()))
        .collect();
    used_bodies.sort();
    let mut expected_bodies = expected_bodies;
    expected_bodies.sort();
    assert_eq!(used_bodies, expected_bodies, "body arguments renamed");
    used_streams.sort();
    assert_eq!(used_streams, ["get_avatar_image", "stream_user"]);
    assert!(default_statuses > 0, "the default status difference occurs");
    assert_eq!(compared.0, 28, "the seeds describe 28 operations");
    eprintln!(
        "compared {} operations, {} parameters, {} statuses",
        compared.0, compared.1, compared.2
    );
}

/// `stream_user` → `StreamUser`.
fn heck_camel(name: &str) -> String {
    name.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn the_parsers_read_both_layouts() {
    let markdown = "\
Method | HTTP request | Description
------------- | ------------- | -------------
[**get_person**](PeopleApi.md#get_person) | **GET** /people/{personId} | Get a person

# **get_person**

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **person_id** | **str**| The identifier of a person. | 

### Return type

[**PersonEntry**](PersonEntry.md)

### HTTP response details

| Status code | Description | Response headers |
|-------------|-------------|------------------|
**200** | Successful response |  -  |
**0** | Unexpected error |  -  |
";
    let page = parse_markdown(markdown);
    assert_eq!(
        page.methods,
        [(
            "get_person".to_string(),
            "GET".to_string(),
            "/people/{personId}".to_string()
        )]
    );
    assert_eq!(
        page.operations["get_person"],
        Operation {
            params: vec!["person_id".to_string()],
            return_type: "models::PersonEntry".to_string(),
            statuses: vec!["200".to_string(), "0".to_string()],
        }
    );
    let flattened = "\
MethodHTTP requestDescription
select_userPOST /user/select/user/select [POST]

select_user

Parameters

NameTypeDescriptionNotes
auth0_userAuth0User[optional]

Return type

UserProfile

HTTP response details

Status codeDescriptionResponse headers
200OK-
";
    let page = parse_flattened(flattened);
    assert_eq!(page.methods[0].0, "select_user");
    assert_eq!(page.methods[0].1, "POST");
    assert_eq!(
        page.operations["select_user"],
        Operation {
            params: vec!["auth0_user".to_string()],
            return_type: "models::UserProfile".to_string(),
            statuses: vec!["200".to_string()],
        }
    );
    assert_eq!(return_type("`()` (empty response body)"), "()");
    assert_eq!(return_type("[`models::X`](models/X.md)"), "models::X");
    assert_eq!(return_type("**bytearray**"), "bytes::Bytes");
}

/// Spec text that would break a table or inject HTML stays inside its cell, escaped, and the
/// pages still parse into the same operation, parameters and statuses.
#[test]
fn hostile_descriptions_stay_in_their_cells() {
    let spec = r#"
openapi: 3.0.3
info: {title: "T | <b>", version: '1', description: "<script>alert(1)</script>"}
paths:
  /things/{id}:
    get:
      operationId: getThing
      tags: [things]
      summary: "Get | <img src=x onerror=alert(1)>"
      description: "Line one\n\n<script>alert(2)</script> and `<code>`"
      parameters:
        - {name: id, in: path, required: true, description: "a | b\nc <i>", schema: {type: string}}
        - {name: q, in: query, description: "| leading pipe", schema: {type: integer}}
      responses:
        '200':
          description: "ok | <u>fine</u>"
          content:
            application/json:
              schema: {type: object, description: "<x>|", properties: {"a|b": {type: string, description: "p | q"}}}
        default: {description: "oops\nmore"}
"#;
    let output = openapi_gen::Generator::new()
        .name("hostile")
        .generate_text("hostile.yaml", spec)
        .expect("generates");
    let file = |path: &str| {
        output
            .files()
            .iter()
            .find(|file| file.path == path)
            .unwrap_or_else(|| panic!("{path} generated"))
            .contents
            .clone()
    };
    let page = file("docs/ThingsApi.md");
    for text in [page.as_str(), &file("docs/README.md")] {
        assert!(!text.contains("<script"), "{text}");
        assert!(!text.contains("<img"), "{text}");
        assert!(!text.contains("<u>"), "{text}");
    }
    assert!(page.contains("`<code>`"), "code spans are kept as written");
    let parsed = parse_markdown(&page);
    assert_eq!(
        parsed.methods,
        [(
            "get_thing".to_string(),
            "GET".to_string(),
            "/things/{id}".to_string()
        )]
    );
    let op = &parsed.operations["get_thing"];
    assert_eq!(op.params, ["id", "q"]);
    assert_eq!(op.statuses, ["200", "default"]);
    for line in page.lines().filter(|line| line.starts_with(" **")) {
        let cells = line.split(" | ").count();
        assert_eq!(cells, 4, "a parameter row keeps its four cells: {line}");
    }
    let model_pages: Vec<&str> = output
        .files()
        .iter()
        .map(|file| file.path.as_str())
        .filter(|path| path.starts_with("docs/models/"))
        .collect();
    assert!(!model_pages.is_empty());
    for path in model_pages {
        let text = file(path);
        assert!(!text.contains("<x>"), "{text}");
        for line in text.lines().filter(|line| line.starts_with("**")) {
            assert_eq!(line.split(" | ").count(), 4, "{line}");
        }
    }
}
