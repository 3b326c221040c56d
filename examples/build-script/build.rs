//! Regenerates the Greetings client and server from `greetings.yaml` into `OUT_DIR` on every
//! build where the spec changed. `src/lib.rs` includes the result as this crate's root.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        eprintln!("OUT_DIR is not set: run this through cargo");
        return ExitCode::FAILURE;
    };
    // Build scripts run in the package root, so the spec path is relative to this file.
    let generated = openapi_gen::Generator::new()
        .name("greetings")
        .includable(true)
        // The runtime's sources go into OUT_DIR with the rest (the default, said for clarity): a
        // build script outside this repository has no runtime crate to depend on.
        .runtime(openapi_gen::Runtime::Inline)
        .generate("greetings.yaml");
    let output = match generated {
        Ok(output) => output,
        Err(diagnostics) => {
            // Cargo shows a failing build script's stderr: the spec lines with carets.
            eprint!("{}", diagnostics.render(false));
            return ExitCode::FAILURE;
        }
    };
    // Rerun only when an input changes (the spec, and the template directory if one is set).
    // The built-in templates are compiled into openapi-gen: a new version of it reruns this.
    for input in output.inputs() {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    for warning in output.warnings().items() {
        println!("cargo:warning={warning}");
    }
    if let Err(error) = output.write_to(out_dir.join("greetings")) {
        eprintln!("cannot write into OUT_DIR: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
