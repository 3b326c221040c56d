//! The codegen task as a library, so a test can check that `generated/` is fresh.

pub mod corpus;

use std::path::{Path, PathBuf};

/// A directory of specs and the directory their crates are generated into.
struct Target {
    specs: &'static str,
    crates: &'static str,
    /// Prepended to each spec's stem to make its package name unique in the workspace.
    package_prefix: &'static str,
}

/// The API crates, and one crate per snapshot fixture, so that `cargo test` and clippy compile
/// every construct the fixtures cover, not only the three project specs.
const TARGETS: [Target; 2] = [
    Target {
        specs: "spec",
        crates: "generated",
        package_prefix: "",
    },
    Target {
        specs: "tests/fixtures",
        crates: "tests/fixture-crates",
        package_prefix: "fixture-",
    },
];

/// Generates every spec under `spec/` into `generated/<stem>/`, and every fixture under
/// `tests/fixtures/` into `tests/fixture-crates/<stem>/`. Returns the files that changed (or,
/// with `check`, that are stale). Crates for specs that no longer exist are reported too.
pub fn codegen_all(root: &Path, check: bool) -> Result<Vec<PathBuf>, String> {
    let mut changed = Vec::new();
    let mut failures = Vec::new();
    for target in &TARGETS {
        match codegen_target(root, target, check) {
            Ok(touched) => changed.extend(touched),
            Err(error) => failures.push(error),
        }
    }
    if failures.is_empty() {
        Ok(changed)
    } else {
        Err(failures.join("\n"))
    }
}

/// The runtime crate (`runtime/` at the workspace root) as seen from a crate in `crates`
/// (`generated` → `../../runtime`).
fn runtime_path(crates: &str) -> String {
    let depth = Path::new(crates).components().count() + 1;
    format!("{}runtime", "../".repeat(depth))
}

fn codegen_target(root: &Path, target: &Target, check: bool) -> Result<Vec<PathBuf>, String> {
    let spec_dir = root.join(target.specs);
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
            "{}/{}",
            target.specs,
            spec.file_name()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
        );
        let text =
            std::fs::read_to_string(spec).map_err(|e| format!("cannot read {relative}: {e}"))?;
        let package = format!("{}{stem}", target.package_prefix);
        // Every crate of this workspace shares the runtime crate instead of carrying a copy.
        let generator = openapi_gen::Generator::new()
            .name(package)
            .runtime(openapi_gen::Runtime::Path(runtime_path(target.crates)));
        match generator.generate_text(&relative, &text) {
            Ok(output) => {
                eprint!("{}", output.warnings().render(color()));
                let out = root.join(target.crates).join(&stem);
                let touched = if check {
                    output.check(&out)
                } else {
                    output.write_to(&out)
                }
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
                changed.extend(touched);
            }
            Err(diagnostics) => failures.push(diagnostics.render(color())),
        }
    }
    changed.extend(orphan_crates(&root.join(target.crates), &specs, check)?);
    if failures.is_empty() {
        Ok(changed)
    } else {
        Err(failures.join("\n"))
    }
}

/// Colour diagnostics on a terminal unless NO_COLOR is set, as the CLI does.
fn color() -> bool {
    use std::io::IsTerminal as _;
    std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
        && std::io::stderr().is_terminal()
}

/// Generated crates whose spec is gone: removed (their generated files), or reported with `check`.
fn orphan_crates(crates: &Path, specs: &[PathBuf], check: bool) -> Result<Vec<PathBuf>, String> {
    let Ok(entries) = std::fs::read_dir(crates) else {
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
            "generated crates are stale; run `cargo xtask codegen`: {stale:#?}"
        );
    }
}
