//! Hostile text in every field that reaches output (`fixtures/hostile.yaml`, plus `--name` and
//! the spec path): the generated files contain exactly the code of the same spec with plain
//! words in place of the payloads. Code is compared token by token with doc attributes removed
//! and string literals blanked, so spec text can only have become literals or doc lines. (The
//! fixture's crate is a workspace member: `cargo test` and clippy compile it.)

use std::collections::BTreeMap;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

const HOSTILE: &str = include_str!("fixtures/hostile.yaml");

/// The same document with every hostile string made plain: characters that are not alphanumeric
/// become spaces (identifiers are cut at the same word boundaries), except in paths and
/// references, which keep their `/`, `{`, `}` and `#` so they still mean the same thing.
fn plain_twin(text: &str) -> String {
    fn plain(text: &str) -> String {
        let hostile = text.contains([
            '"', '\\', '\n', '\r', '\u{85}', '\u{2028}', '\u{2029}', '\u{202e}', '\u{200b}',
            '\u{1b}',
        ]) || text.contains("*/");
        if !hostile {
            return text.to_string();
        }
        let structural = text.starts_with('/') || text.starts_with('#');
        text.chars()
            .map(|c| {
                if c.is_alphanumeric() || (structural && "/{}#".contains(c)) {
                    c
                } else if structural {
                    '_'
                } else {
                    ' '
                }
            })
            .collect()
    }
    fn walk(value: serde_yaml::Value) -> serde_yaml::Value {
        use serde_yaml::Value;
        match value {
            Value::String(text) => Value::String(plain(&text)),
            Value::Sequence(items) => Value::Sequence(items.into_iter().map(walk).collect()),
            Value::Mapping(map) => Value::Mapping(
                map.into_iter()
                    .map(|(key, value)| (walk(key), walk(value)))
                    .collect(),
            ),
            other => other,
        }
    }
    let value: serde_yaml::Value = serde_yaml::from_str(text).expect("the fixture is YAML");
    serde_yaml::to_string(&walk(value)).expect("serializes")
}

/// The code of a Rust file: its tokens without doc attributes, with string literals blanked.
fn code_of(path: &str, source: &str) -> Vec<String> {
    syn::parse_file(source).unwrap_or_else(|error| panic!("{path} does not parse: {error}"));
    let tokens: TokenStream = source.parse().expect("tokenizes");
    let mut out = Vec::new();
    flatten(tokens, &mut out);
    out
}

fn flatten(tokens: TokenStream, out: &mut Vec<String>) {
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == '#' => {
                let mut lookahead = tokens.clone();
                if matches!(lookahead.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
                    lookahead.next();
                }
                if let Some(TokenTree::Group(group)) = lookahead.peek() {
                    let is_doc = group.delimiter() == Delimiter::Bracket
                        && matches!(group.stream().into_iter().next(), Some(TokenTree::Ident(i)) if i == "doc");
                    if is_doc {
                        lookahead.next();
                        tokens = lookahead;
                        continue;
                    }
                }
                out.push("#".into());
            }
            TokenTree::Group(group) => {
                out.push(format!("{:?}(", group.delimiter()));
                flatten(group.stream(), out);
                // prettyplease adds a trailing comma where it breaks a long line.
                if out.last().is_some_and(|last| last == ",") {
                    out.pop();
                }
                out.push(")".into());
            }
            TokenTree::Literal(literal) => {
                let text = literal.to_string();
                let is_string =
                    text.starts_with('"') || text.starts_with("r\"") || text.starts_with("r#");
                out.push(if is_string { "\"…\"".into() } else { text });
            }
            other => out.push(other.to_string()),
        }
    }
}

fn generate(text: &str, spec_file: &str, crate_name: &str) -> BTreeMap<String, String> {
    let settings = openapi_gen::Settings::new(spec_file, crate_name);
    let generated = openapi_gen::generate(text, &settings)
        .unwrap_or_else(|error| panic!("{spec_file} does not generate:\n{error}"));
    generated
        .files
        .into_iter()
        .map(|file| (file.path, file.contents))
        .collect()
}

/// Both crates have the same files, and every Rust file the same code.
fn assert_same_code(hostile: &BTreeMap<String, String>, plain: &BTreeMap<String, String>) {
    assert_eq!(
        hostile.keys().collect::<Vec<_>>(),
        plain.keys().collect::<Vec<_>>()
    );
    for (path, source) in hostile {
        if path.ends_with(".rs") {
            let hostile_code = code_of(path, source);
            let plain_code = code_of(path, &plain[path]);
            if hostile_code != plain_code {
                let at = hostile_code
                    .iter()
                    .zip(&plain_code)
                    .position(|(a, b)| a != b)
                    .unwrap_or(hostile_code.len().min(plain_code.len()));
                let from = at.saturating_sub(12);
                panic!(
                    "{path}: the hostile spec's code differs at token {at}:\n  hostile: {}\n  plain:   {}",
                    hostile_code[from..(at + 12).min(hostile_code.len())].join(" "),
                    plain_code[from..(at + 12).min(plain_code.len())].join(" ")
                );
            }
        }
    }
}

/// Lines of a manifest other than `keys`, which must each be one line holding one TOML string.
fn manifest_outside(manifest: &str, keys: &[&str]) -> Vec<String> {
    let mut rest = Vec::new();
    for line in manifest.lines().skip(1) {
        match keys
            .iter()
            .find(|key| line.starts_with(&format!("{key} = ")))
        {
            Some(key) => {
                let value = &line[key.len() + 3..];
                assert!(
                    is_toml_basic_string(value),
                    "`{key}` is not one TOML string: {line}"
                );
            }
            None => rest.push(line.to_string()),
        }
    }
    rest
}

/// `"..."` with no unescaped quote or raw control character inside.
fn is_toml_basic_string(value: &str) -> bool {
    let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) else {
        return false;
    };
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('"' | '\\' | 'n' | 'r' | 't' | 'b' | 'f') => {}
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    if hex.len() != 4 || !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                        return false;
                    }
                }
                _ => return false,
            },
            '"' => return false,
            c if c.is_control() => return false,
            _ => {}
        }
    }
    true
}

#[test]
fn hostile_text_becomes_only_literals_and_doc_lines() {
    let plain = plain_twin(HOSTILE);
    assert_ne!(plain, HOSTILE);
    let hostile_files = generate(HOSTILE, "tests/fixtures/hostile.yaml", "fixture-hostile");
    let plain_files = generate(&plain, "tests/fixtures/hostile.yaml", "fixture-hostile");
    assert_same_code(&hostile_files, &plain_files);
    assert_eq!(
        manifest_outside(&hostile_files["Cargo.toml"], &["description"]),
        manifest_outside(&plain_files["Cargo.toml"], &["description"])
    );
    // The payloads did reach the files, as data.
    assert!(hostile_files["src/client.rs"].contains(r#""get\"\n}\nfn injected() {}\n/*item*/""#));
    assert!(hostile_files["src/models/colour.rs"].contains("\"red\\\"\\n}\\n#[doc = include_str!"));
}

#[test]
fn hostile_name_and_spec_path_stay_data() {
    let path = "spec/evil\"\n[target.'cfg(all())'.dependencies]\nx = \"1\".yaml";
    let name = "evil\"\nbuild = \"build.rs";
    let hostile = generate(HOSTILE, path, name);
    let plain = generate(HOSTILE, "spec/evil.yaml", "evil-build-build-rs");
    assert_same_code(&hostile, &plain);
    let manifest = &hostile["Cargo.toml"];
    assert!(
        manifest.contains("\nname = \"evil-build-build-rs\"\n"),
        "{manifest}"
    );
    assert_eq!(
        manifest_outside(manifest, &["description"]).len(),
        manifest_outside(&plain["Cargo.toml"], &["description"]).len()
    );
    assert!(
        !manifest.contains("\nbuild") && !manifest.contains("\n[target"),
        "{manifest}"
    );
    // The files that can carry a marker line (the served JSON and YAML documents cannot).
    for (file, contents) in hostile.iter().filter(|(file, _)| {
        [".rs", ".toml", ".html"]
            .iter()
            .any(|ext| file.ends_with(ext))
    }) {
        let first = contents.lines().next().unwrap_or_default();
        assert!(first.contains("@generated"), "{file}: {first}");
        assert!(
            !contents
                .lines()
                .nth(1)
                .unwrap_or_default()
                .contains("[target"),
            "{file}"
        );
    }
}

/// Segments that start with `:` or `*` are literal: the router starts (axum's 0.7-syntax check
/// would panic) and matches them as text.
#[tokio::test]
async fn literal_colon_and_star_segments_route_as_text() {
    use fixture_literal_segments::server::{router, DefaultApi, LiteralResponse};
    use tower::ServiceExt as _;

    struct Api;
    impl DefaultApi for Api {
        async fn literal(&self) -> LiteralResponse {
            LiteralResponse::NoContent
        }
    }
    let app = router(Api);
    let request = |path: &str| {
        axum::http::Request::get(path)
            .body(axum::body::Body::empty())
            .unwrap()
    };
    let matched = app.clone().oneshot(request("/c/:name/*")).await.unwrap();
    assert_eq!(matched.status(), 204);
    let other = app.oneshot(request("/c/bob/x")).await.unwrap();
    assert_eq!(other.status(), 404);
}

/// Routes axum would refuse are not a router that panics when it starts: two operations with
/// the same method on the same path are a located error; the same path under another method is
/// routed with the first (a located warning); a path whose segment shape axum cannot route leaves
/// its operation out, with a located warning.
#[test]
fn unroutable_paths_are_located_errors() {
    let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a/{x}:\n    get:\n      parameters: [{name: x, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}\n  /a/{y}:\n    get:\n      parameters: [{name: y, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}\n  /b/{id}.json:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}\n";
    let settings = openapi_gen::Settings::new("routes.yaml", "routes");
    let Err(openapi_gen::Error::Spec(diagnostics)) = openapi_gen::generate(spec, &settings) else {
        panic!("generated a router that panics");
    };
    let located: Vec<(usize, &str, openapi_gen::Severity)> = diagnostics
        .iter()
        .map(|d| (d.line, d.pointer.as_str(), d.severity))
        .collect();
    assert_eq!(
        located,
        [
            (9, "/paths/~1a~1{y}/get", openapi_gen::Severity::Error),
            (
                13,
                "/paths/~1b~1{id}.json/get",
                openapi_gen::Severity::Warning
            )
        ],
        "{diagnostics:?}"
    );
    assert!(
        diagnostics[1]
            .message
            .ends_with("the operation is left out"),
        "{diagnostics:?}"
    );

    // Under another method the same path is routed with the first, its parameter renamed.
    let routable = spec.replace("/a/{y}:\n    get", "/a/{y}:\n    post");
    let generated = openapi_gen::generate(&routable, &settings).expect("generates");
    let pointers: Vec<(usize, &str)> = generated
        .warnings
        .iter()
        .map(|d| (d.line, d.pointer.as_str()))
        .collect();
    assert_eq!(
        pointers,
        [
            (9, "/paths/~1a~1{y}/post"),
            (13, "/paths/~1b~1{id}.json/get")
        ]
    );
    let server = generated
        .files
        .iter()
        .find(|file| file.path == "src/server.rs")
        .unwrap();
    assert!(server.contents.contains("\"/a/{x}\""));
    assert!(!server.contents.contains("\"/a/{y}\""));
    assert!(!server.contents.contains("id}.json"));
}
