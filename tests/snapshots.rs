//! Snapshot tests: one minimal fixture spec per feature under `fixtures/`. The IR of each is
//! snapshotted here (the decisions); the generated code of each is committed as a workspace crate
//! under `fixture-crates/` (the layout), which `cargo test` and clippy compile and
//! `xtask::generated_is_fresh` keeps exactly as generated. Together a change shows up where it
//! was made: in the IR, or in the code of one crate.

use std::path::Path;

fn settings_for(path: &Path) -> openapi_gen::Settings {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("fixture");
    openapi_gen::Settings::new(
        format!("tests/fixtures/{stem}.yaml"),
        format!("fixture-{stem}"),
    )
}

#[test]
fn fixtures_lower() {
    insta::glob!("fixtures/*.yaml", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is readable");
        let settings = settings_for(path);
        let (api, _warnings) = openapi_gen::lower(&text, &settings)
            .unwrap_or_else(|error| panic!("{} does not lower:\n{error}", path.display()));
        let ir = serde_json::to_string_pretty(&api).expect("the IR serializes");
        insta::assert_snapshot!("ir", ir);
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
