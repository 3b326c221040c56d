//! The built `openapi-gen` binary, run from a scratch directory outside the repository (nothing
//! may be read relative to the repo), on copies of a project spec and a broken fixture: exit
//! codes, quiet success, `--check`, diagnostics for people and as JSON.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

/// A fresh directory under the system temp dir holding copies of `files`.
fn scratch(test: &str, files: &[&str]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("openapi-gen-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    for file in files {
        let name = Path::new(file).file_name().expect("file name");
        std::fs::copy(repo_file(file), dir.join(name)).expect("copy fixture");
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openapi-gen"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn version_and_help_explain_every_flag_and_the_exit_codes() {
    let dir = scratch("help", &[]);
    let version = run(&dir, &["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(
        text(&version.stdout).trim(),
        format!("openapi-gen {}", env!("CARGO_PKG_VERSION"))
    );

    let help = run(&dir, &["generate", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    let help = text(&help.stdout);
    for flag in [
        "--out",
        "--name",
        "--check",
        "--templates",
        "--runtime",
        "inline|path=DIR",
        "--message-format",
        "--color",
        "--verbose",
        "Exit status",
        "0  the crate was written",
        "1  the spec has errors",
        "2  usage",
    ] {
        assert!(
            help.contains(flag),
            "`generate --help` lacks {flag}:\n{help}"
        );
    }
    let top = text(&run(&dir, &["--help"]).stdout);
    for command in ["generate", "ir", "Exit status"] {
        assert!(top.contains(command), "`--help` lacks {command}:\n{top}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn generate_is_silent_on_success_writes_the_crate_and_checks_it() {
    let dir = scratch("generate", &["spec/docspace.yaml"]);
    let written = run(&dir, &["generate", "docspace.yaml", "--out", "crate"]);
    assert_eq!(written.status.code(), Some(0), "{}", text(&written.stderr));
    assert_eq!(text(&written.stdout), "");
    assert_eq!(text(&written.stderr), "", "docspace has no warnings");
    let manifest = std::fs::read_to_string(dir.join("crate/Cargo.toml")).expect("Cargo.toml");
    assert!(manifest.contains("name = \"docspace\""), "{manifest}");
    assert!(dir.join("crate/src/client.rs").is_file());

    let fresh = run(
        &dir,
        &["generate", "docspace.yaml", "--out", "crate", "--check"],
    );
    assert_eq!(fresh.status.code(), Some(0), "{}", text(&fresh.stderr));
    assert_eq!(text(&fresh.stderr), "");

    std::fs::write(
        dir.join("crate/src/models/mod.rs"),
        "// @generated, edited\n",
    )
    .expect("edit");
    let stale = run(
        &dir,
        &["generate", "docspace.yaml", "--out", "crate", "--check"],
    );
    assert_eq!(stale.status.code(), Some(1));
    let stderr = text(&stale.stderr);
    assert!(
        stderr.contains("stale: crate/src/models/mod.rs"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("crate/src/models/mod.rs")).expect("models/mod.rs"),
        "// @generated, edited\n",
        "--check writes nothing"
    );

    let verbose = run(&dir, &["generate", "docspace.yaml", "--out", "crate", "-v"]);
    assert_eq!(verbose.status.code(), Some(0));
    let stderr = text(&verbose.stderr);
    assert!(stderr.contains("wrote crate/src/models/mod.rs"), "{stderr}");
    assert!(stderr.contains("generated crate ("), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn warnings_go_to_stderr_and_the_crate_is_still_written() {
    let dir = scratch("warnings", &["spec/alfresco-core.yaml"]);
    let output = run(&dir, &["generate", "alfresco-core.yaml", "--out", "out"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), "");
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("warning: extension `x-alfresco-since` is not interpreted"),
        "{stderr}"
    );
    assert!(stderr.contains(" --> alfresco-core.yaml:87:7"), "{stderr}");
    assert!(dir.join("out/src/server.rs").is_file());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_spec_exits_1_with_quoted_lines_or_json() {
    let dir = scratch("broken", &["tests/fixtures/invalid/unknown-keys.yaml"]);
    let human = run(&dir, &["generate", "unknown-keys.yaml", "--out", "out"]);
    assert_eq!(human.status.code(), Some(1));
    assert_eq!(text(&human.stdout), "");
    let stderr = text(&human.stderr);
    assert!(
        stderr.contains(
            "error: unknown key `summery` in an Operation Object\n --> unknown-keys.yaml:8:7\n"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("  |       ^^^^^^^ #/paths/~1people/get/summery\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("= help: did you mean `summary`?"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("error: 5 errors; no crate generated\n"),
        "{stderr}"
    );
    assert!(
        !stderr.contains('\u{1b}'),
        "no colour when stderr is not a terminal"
    );
    assert!(!dir.join("out").exists(), "nothing written");

    let coloured = run(
        &dir,
        &[
            "generate",
            "unknown-keys.yaml",
            "--out",
            "out",
            "--color",
            "always",
        ],
    );
    assert!(text(&coloured.stderr).contains('\u{1b}'));

    let json = run(
        &dir,
        &["ir", "unknown-keys.yaml", "--message-format", "json"],
    );
    assert_eq!(json.status.code(), Some(1));
    assert_eq!(text(&json.stdout), "");
    let stderr = text(&json.stderr);
    let objects: Vec<serde_json::Value> = stderr
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON object"))
        .collect();
    assert_eq!(objects.len(), 5, "{stderr}");
    assert_eq!(
        objects[0],
        serde_json::json!({
            "file": "unknown-keys.yaml",
            "line": 8,
            "column": 7,
            "pointer": "#/paths/~1people/get/summery",
            "severity": "error",
            "message": "unknown key `summery` in an Operation Object",
            "help": "did you mean `summary`?",
        })
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn usage_errors_exit_2_and_unreadable_specs_exit_1() {
    let dir = scratch("usage", &[]);
    for args in [
        &["generate"][..],
        &["generate", "x.yaml"],
        &["frobnicate"],
        &[
            "generate",
            "x.yaml",
            "--out",
            "o",
            "--message-format",
            "xml",
        ],
    ] {
        let output = run(&dir, args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&output.stderr)
        );
    }
    let missing = run(&dir, &["generate", "missing.yaml", "--out", "o"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).starts_with("error: cannot read: "),
        "{}",
        text(&missing.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ir_prints_json_on_stdout_only() {
    let dir = scratch("ir", &["spec/docspace.yaml"]);
    let output = run(&dir, &["ir", "docspace.yaml", "--name", "photos"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stderr), "");
    let api: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON IR");
    assert_eq!(api["crate_name"], "photos");
    assert_eq!(api["tags"][0]["name"], "PeoplePhotosApi");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn runtime_path_depends_on_the_runtime_crate_instead_of_copying_it() {
    let dir = scratch("runtime", &["spec/docspace.yaml"]);
    let inline = run(&dir, &["generate", "docspace.yaml", "--out", "crate"]);
    assert_eq!(inline.status.code(), Some(0), "{}", text(&inline.stderr));
    assert!(dir.join("crate/src/support/client.rs").is_file());

    let path = run(
        &dir,
        &[
            "generate",
            "docspace.yaml",
            "--out",
            "crate",
            "--runtime",
            "path=../openapi-gen/runtime",
        ],
    );
    assert_eq!(path.status.code(), Some(0), "{}", text(&path.stderr));
    let manifest = std::fs::read_to_string(dir.join("crate/Cargo.toml")).expect("Cargo.toml");
    assert!(
        manifest.contains(
            "openapi-gen-runtime = { path = \"../openapi-gen/runtime\", default-features = false }"
        ),
        "{manifest}"
    );
    assert!(
        !dir.join("crate/src/support/client.rs").exists(),
        "the inline copy is removed"
    );
    let lib = std::fs::read_to_string(dir.join("crate/src/lib.rs")).expect("lib.rs");
    assert!(
        lib.contains("pub use openapi_gen_runtime as support;"),
        "{lib}"
    );

    for bad in ["crates.io", "path=", "inline=x"] {
        let refused = run(
            &dir,
            &[
                "generate",
                "docspace.yaml",
                "--out",
                "crate",
                "--runtime",
                bad,
            ],
        );
        assert_eq!(refused.status.code(), Some(2), "--runtime {bad}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
