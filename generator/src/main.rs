//! `openapi-gen`: the command line over [`openapi_gen::Generator`]. Everything it needs (the
//! templates, the runtime crate's sources for `--runtime inline`) is embedded, so an installed binary works from any directory.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use openapi_gen::{Diagnostics, Generator, Runtime};

/// Generation allocates many small strings and syntax nodes; mimalloc spends far fewer
/// instructions on them than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit status when the spec has errors (or `--check` finds stale files). Usage errors exit
/// with 2, which is what clap does for them.
const DIAGNOSTICS: u8 = 1;

const EXIT_CODES: &str = "\
Exit status:
  0  the crate was written (or, with --check, is up to date); the IR was printed
  1  the spec has errors (printed to stderr), a file could not be read or written,
     or --check found stale files (listed on stderr)
  2  usage: an unknown command, flag or missing argument

Warnings go to stderr; nothing else is printed on success unless --verbose.";

#[derive(Parser)]
#[command(
    name = "openapi-gen",
    version,
    about = "Generate a Rust crate (serde models, a reqwest client, axum server stubs) from a Swagger 2.0, OpenAPI 3.0 or OpenAPI 3.1 spec",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a crate from a spec (YAML or JSON) into --out.
    #[command(after_help = EXIT_CODES)]
    Generate {
        /// The spec (Swagger 2.0, OpenAPI 3.0 or 3.1), YAML or JSON.
        spec: PathBuf,
        /// The directory to write the crate to; created if missing. Only files whose bytes
        /// change are written, and files an earlier run generated that this one does not are
        /// removed; anything else in the directory is left alone.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The crate's Cargo package name; defaults to the spec's file stem (`My API.yaml` →
        /// `my-api`).
        #[arg(long)]
        name: Option<String>,
        /// Write nothing: compare with the files in --out and exit 1, listing them, when any
        /// is stale, missing or extra.
        #[arg(long)]
        check: bool,
        /// A directory of templates replacing the built-in ones by relative name
        /// (`DIR/crate/src/client.rs.jinja`), or adding files (`DIR/crate/NOTES.md.jinja`).
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// Where the crate finds its runtime support (request building, parameter styles,
        /// problem+json): `inline` (the default) writes its sources into the crate as
        /// `src/support/`, so the crate builds with published crates only; `path=DIR` makes it
        /// depend on the `openapi-gen-runtime` crate at DIR (a checkout's `runtime/`; relative to
        /// --out, or absolute) instead, shared by every crate that does.
        #[arg(long, value_name = "inline|path=DIR", default_value = "inline", value_parser = parse_runtime)]
        runtime: Runtime,
        /// Keep properties a schema does not name in every struct (a flattened
        /// `additional_properties` map), not only where it declares `additionalProperties`.
        #[arg(long)]
        keep_unknown_properties: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Print the intermediate representation as JSON (what templates see as `api`) to stdout.
    #[command(after_help = EXIT_CODES)]
    Ir {
        /// The spec (Swagger 2.0, OpenAPI 3.0 or 3.1), YAML or JSON.
        spec: PathBuf,
        /// The crate name the IR is computed for; defaults to the spec's file stem.
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        output: OutputArgs,
    },
}

#[derive(Args)]
struct OutputArgs {
    /// How diagnostics are printed on stderr: `human` quotes the spec line with a caret under
    /// the offending key or value; `json` prints one JSON object per line per diagnostic
    /// (file, line, column, pointer, severity, message, help).
    #[arg(long, value_enum, default_value_t = MessageFormat::Human, value_name = "FORMAT")]
    message_format: MessageFormat,
    /// When to colour human diagnostics: `auto` when stderr is a terminal and NO_COLOR is
    /// unset or empty.
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    color: Color,
    /// Also print what was done: the files written (or stale) and a summary line.
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum MessageFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Generate {
            spec,
            out,
            name,
            check,
            templates,
            runtime,
            keep_unknown_properties,
            output,
        } => {
            let mut generator = Generator::new()
                .runtime(runtime)
                .keep_unknown_properties(keep_unknown_properties);
            if let Some(name) = name {
                generator = generator.name(name);
            }
            if let Some(dir) = templates {
                generator = generator.templates(dir);
            }
            generate(&generator, &spec, &out, check, &output)
        }
        Command::Ir { spec, name, output } => {
            let mut generator = Generator::new();
            if let Some(name) = name {
                generator = generator.name(name);
            }
            print_ir(&generator, &spec, &output)
        }
    }
}

/// `--runtime inline` or `--runtime path=DIR`.
fn parse_runtime(text: &str) -> Result<Runtime, String> {
    match text.split_once('=') {
        None if text == "inline" => Ok(Runtime::Inline),
        Some(("path", dir)) if !dir.is_empty() => Ok(Runtime::Path(dir.to_string())),
        _ => Err(format!("`{text}` is neither `inline` nor `path=DIR`")),
    }
}

fn generate(
    generator: &Generator,
    spec: &Path,
    out: &Path,
    check: bool,
    args: &OutputArgs,
) -> ExitCode {
    let output = match generator.generate(spec) {
        Ok(output) => output,
        Err(diagnostics) => return failed(&diagnostics, args),
    };
    report(output.warnings(), args);
    let result = if check {
        output.check(out)
    } else {
        output.write_to(out)
    };
    let touched = match result {
        Ok(touched) => touched,
        Err(error) => {
            eprintln!("error: cannot write {}: {error}", out.display());
            return ExitCode::from(DIAGNOSTICS);
        }
    };
    if check && !touched.is_empty() {
        for path in &touched {
            eprintln!("stale: {}", path.display());
        }
        eprintln!(
            "error: {} is not what {} generates; run without --check to update it",
            out.display(),
            spec.display()
        );
        return ExitCode::from(DIAGNOSTICS);
    }
    if args.verbose {
        for path in &touched {
            eprintln!("wrote {}", path.display());
        }
        let verb = if check { "checked" } else { "generated" };
        eprintln!(
            "{verb} {} ({} files, {} changed, {} warnings)",
            out.display(),
            output.files().len(),
            touched.len(),
            output.warnings().items().len()
        );
    }
    ExitCode::SUCCESS
}

fn print_ir(generator: &Generator, spec: &Path, args: &OutputArgs) -> ExitCode {
    let (api, warnings) = match generator.ir(spec) {
        Ok(lowered) => lowered,
        Err(diagnostics) => return failed(&diagnostics, args),
    };
    report(&warnings, args);
    let json = match serde_json::to_string_pretty(&api) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("error: the IR does not serialize: {error}");
            return ExitCode::from(DIAGNOSTICS);
        }
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`openapi-gen ir x.yaml | head`) is not an error worth a panic.
    let _ = writeln!(stdout, "{json}");
    ExitCode::SUCCESS
}

fn failed(diagnostics: &Diagnostics, args: &OutputArgs) -> ExitCode {
    report(diagnostics, args);
    if matches!(args.message_format, MessageFormat::Human) {
        let errors = diagnostics.error_count();
        let plural = if errors == 1 { "" } else { "s" };
        eprintln!("error: {errors} error{plural}; no crate generated");
    }
    ExitCode::from(DIAGNOSTICS)
}

/// Prints diagnostics (warnings or errors) to stderr in the chosen format.
fn report(diagnostics: &Diagnostics, args: &OutputArgs) {
    if diagnostics.is_empty() {
        return;
    }
    let text = match args.message_format {
        MessageFormat::Json => diagnostics.to_json_lines(),
        MessageFormat::Human => diagnostics.render(use_color(args.color)),
    };
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

fn use_color(color: Color) -> bool {
    match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
                && std::io::stderr().is_terminal()
        }
    }
}
