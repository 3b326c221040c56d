//! Snapshot tests: one minimal fixture spec per feature under `fixtures/`, each lowered and
//! rendered; the IR and each generated source file are snapshotted separately, so a change shows
//! up where it was made (a decision in the IR, or layout in one template).

use std::path::Path;

fn settings_for(path: &Path) -> openapi_gen::Settings {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("fixture");
    openapi_gen::Settings::new(format!("tests/fixtures/{stem}.yaml"), stem)
}

#[test]
fn fixtures_lower_and_render() {
    insta::glob!("fixtures/*.yaml", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is readable");
        let settings = settings_for(path);
        let (api, _warnings) = openapi_gen::lower(&text, &settings)
            .unwrap_or_else(|error| panic!("{} does not lower:\n{error}", path.display()));
        let ir = serde_json::to_string_pretty(&api).expect("the IR serializes");
        insta::assert_snapshot!("ir", ir);
        let files = openapi_gen::render_crate(&api, &settings)
            .unwrap_or_else(|error| panic!("{} does not render:\n{error}", path.display()));
        for name in ["src/models.rs", "src/client.rs", "src/server.rs"] {
            let file = files
                .iter()
                .find(|f| f.path == name)
                .expect("file is generated");
            let snapshot = name.trim_start_matches("src/").trim_end_matches(".rs");
            insta::assert_snapshot!(snapshot, file.contents);
        }
    });
}

#[test]
fn generation_is_deterministic() {
    insta::glob!("fixtures/*.yaml", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is readable");
        let settings = settings_for(path);
        let first = openapi_gen::generate(&text, &settings)
            .expect("generates")
            .files;
        let second = openapi_gen::generate(&text, &settings)
            .expect("generates")
            .files;
        assert_eq!(first, second, "{}", path.display());
    });
}
