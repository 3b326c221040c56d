//! The codegen task as a library, so a test can check that `generated/` is fresh.

pub mod corpus;

use std::path::{Path, PathBuf};

/// Generates every spec under `spec/` into `generated/<stem>/`. Returns the files that changed
/// (or, with `check`, that are stale). Crates for specs that no longer exist are reported too.
pub fn codegen_all(root: &Path, check: bool) -> Result<Vec<PathBuf>, String> {
    let spec_dir = root.join("spec");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&spec_dir)
        .map_err(|e| format!("cannot read {}: {e}", spec_dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml" || ext == "json")
        })
        .collect();
    specs.sort();
    let mut changed = Vec::new();
    let mut failures = Vec::new();
    for spec in &specs {
        let stem = spec
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let relative = format!(
            "spec/{}",
            spec.file_name()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
        );
        let text =
            std::fs::read_to_string(spec).map_err(|e| format!("cannot read {relative}: {e}"))?;
        let settings = openapi_gen::Settings::new(relative, stem.clone());
        match openapi_gen::generate(&text, &settings) {
            Ok(generated) => {
                for warning in &generated.warnings {
                    eprintln!("{warning}");
                }
                let out = root.join("generated").join(&stem);
                let touched = openapi_gen::write::sync_dir(&out, &generated.files, check)
                    .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
                changed.extend(touched);
            }
            Err(error) => failures.push(error.to_string()),
        }
    }
    changed.extend(orphan_crates(root, &specs, check)?);
    if failures.is_empty() {
        Ok(changed)
    } else {
        Err(failures.join("\n"))
    }
}

/// Generated crates whose spec is gone: removed (their generated files), or reported with `check`.
fn orphan_crates(root: &Path, specs: &[PathBuf], check: bool) -> Result<Vec<PathBuf>, String> {
    let generated = root.join("generated");
    let Ok(entries) = std::fs::read_dir(&generated) else {
        return Ok(Vec::new());
    };
    let stems: Vec<String> = specs
        .iter()
        .filter_map(|s| s.file_stem().and_then(|s| s.to_str()).map(str::to_string))
        .collect();
    let mut orphans = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if path.is_dir() && !stems.contains(&name) {
            orphans.extend(
                openapi_gen::write::sync_dir(&path, &[], check).map_err(|e| e.to_string())?,
            );
        }
    }
    Ok(orphans)
}

#[cfg(test)]
mod tests {
    /// Plain `cargo test` fails when someone edited a spec or template and forgot to regenerate.
    #[test]
    fn generated_is_fresh() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .to_path_buf();
        let stale = super::codegen_all(&root, true).unwrap();
        assert!(
            stale.is_empty(),
            "generated/ is stale; run `cargo xtask codegen`: {stale:#?}"
        );
    }
}
