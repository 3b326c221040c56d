//! Broken specs get located diagnostics (file, line, column, JSON pointer), all of them, never a
//! panic; and the project's own specs load cleanly through the same strict loader.

use std::path::Path;

#[test]
fn invalid_specs_are_reported_with_locations() {
    insta::glob!("fixtures/invalid/*.yaml", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is readable");
        let name = path
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let settings =
            openapi_gen::Settings::new(format!("tests/fixtures/invalid/{name}"), "invalid");
        let error = match openapi_gen::generate(&text, &settings) {
            Ok(_) => panic!("{name} generated a crate; it should have been rejected"),
            Err(error) => error,
        };
        assert!(
            matches!(error, openapi_gen::Error::Spec(_)),
            "{name}: {error}"
        );
        insta::assert_snapshot!(error.to_string());
    });
}

/// What a person sees in a terminal (without colour) and what an editor or CI reads, for every
/// broken spec: the rendered diagnostics quote the spec line with a caret under the key or value.
#[test]
fn invalid_specs_render_like_rustc_and_as_json_lines() {
    insta::glob!("fixtures/invalid/*.yaml", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is readable");
        let name = path
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let file = format!("tests/fixtures/invalid/{name}");
        let diagnostics = match openapi_gen::Generator::new().generate_text(&file, &text) {
            Ok(_) => panic!("{name} generated a crate; it should have been rejected"),
            Err(diagnostics) => diagnostics,
        };
        let rendered = diagnostics.render(false);
        assert!(
            !rendered.contains('\u{1b}'),
            "uncoloured output has no escapes"
        );
        for line in diagnostics.to_json_lines().lines() {
            let object: serde_json::Value = serde_json::from_str(line).expect("one JSON object");
            for key in [
                "file", "line", "column", "pointer", "severity", "message", "help",
            ] {
                assert!(object.get(key).is_some(), "{name}: {key} missing in {line}");
            }
        }
        insta::assert_snapshot!(format!(
            "{rendered}--- --message-format json ---\n{}",
            diagnostics.to_json_lines()
        ));
    });
}

#[test]
fn coloured_output_differs_only_by_styles() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/invalid/unknown-keys.yaml"),
    )
    .expect("fixture is readable");
    let diagnostics = openapi_gen::Generator::new()
        .generate_text("unknown-keys.yaml", &text)
        .expect_err("rejected");
    let coloured = diagnostics.render(true);
    assert!(
        coloured.contains('\u{1b}'),
        "styled output carries ANSI escapes"
    );
    let mut stripped = String::new();
    let mut rest = coloured.as_str();
    while let Some(start) = rest.find('\u{1b}') {
        stripped.push_str(&rest[..start]);
        let end = rest[start..]
            .find('m')
            .map_or(rest.len(), |m| start + m + 1);
        rest = &rest[end..];
    }
    stripped.push_str(rest);
    assert_eq!(stripped, diagnostics.render(false));
}

#[test]
fn project_specs_load_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root");
    let mut checked = 0;
    for entry in std::fs::read_dir(root.join("spec")).expect("spec/ exists") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let text = std::fs::read_to_string(&path).expect("spec is readable");
        let settings = openapi_gen::Settings::new(format!("spec/{name}"), "spec");
        let (_, warnings) = openapi_gen::lower(&text, &settings)
            .unwrap_or_else(|error| panic!("spec/{name} does not load:\n{error}"));
        let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        insta::assert_snapshot!(format!("warnings-{name}"), warnings.join("\n"));
        checked += 1;
    }
    assert_eq!(checked, 3, "expected the three project specs");
}

#[test]
fn arbitrary_text_never_panics() {
    let inputs = [
        "",
        "null",
        "[]",
        "openapi: 3.0.3",
        "openapi: 3.0.3\ninfo: 3\npaths: []",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {/a: {get: {responses: {'200': {description: x, content: {'application/json': {schema: {$ref: '#/components/schemas/A'}}}}}}}}\ncomponents: {schemas: {A: {$ref: '#/components/schemas/A'}}}",
        "{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {\"/{a}\": {\"get\": {\"responses\": {}}}}}",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      parameters: [{name: a, in: query, content: {text/csv: {}}}]\n      responses: {default: {description: d}}",
        "\u{feff}openapi: 3.0.3\n\t- broken",
    ];
    for input in inputs {
        let settings = openapi_gen::Settings::new("input.yaml", "input");
        // Either outcome is fine; reaching this line for every input is the test.
        let outcome = std::panic::catch_unwind(|| openapi_gen::generate(input, &settings).is_ok());
        assert!(outcome.is_ok(), "panicked on {input:?}");
    }
}
