//! `cargo xtask codegen [--check]`: regenerate every `generated/<api>/` crate from `spec/*.yaml`.
//!
//! Builds only the generator, never the generated crates, so regenerating stays fast.
//! `cargo xtask corpus [--dir DIR]... [--list FILE]... [FILTER]...` measures the generator on real public specs (see `corpus.rs`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen"] => report(codegen(&project_root(), false)),
        ["codegen", "--check"] => report(codegen(&project_root(), true)),
        ["corpus", rest @ ..] => report(
            xtask::corpus::Options::parse(rest)
                .and_then(|options| xtask::corpus::run(&project_root(), &options)),
        ),
        _ => {
            eprintln!(
                "usage: cargo xtask codegen [--check] | cargo xtask corpus [--dir DIR]... [--list FILE]... [FILTER]..."
            );
            ExitCode::from(2)
        }
    }
}

fn report(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, from this crate's manifest directory rather than the working directory.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn codegen(root: &Path, check: bool) -> Result<(), String> {
    let started = Instant::now();
    let stale = xtask::codegen_all(root, check)?;
    if check {
        if !stale.is_empty() {
            let list: Vec<String> = stale.iter().map(|p| format!("  {}", p.display())).collect();
            return Err(format!(
                "generated crates are stale (generated/, tests/fixture-crates/); run `cargo xtask codegen` and commit:\n{}",
                list.join("\n")
            ));
        }
        eprintln!("generated crates are fresh ({:.0?})", started.elapsed());
    } else {
        for path in &stale {
            eprintln!("updated {}", path.display());
        }
        eprintln!(
            "generated {} file(s) changed in {:.0?}",
            stale.len(),
            started.elapsed()
        );
    }
    Ok(())
}
