//! openapi-gen: Swagger 2.0, OpenAPI 3.0 and 3.1 specs to Rust crates with a reqwest client and axum server stubs.
//!
//! Most users need only [`Generator`]: from a build script, an xtask or a test,
//!
//! ```no_run
//! let output = openapi_gen::Generator::new()
//!     .generate("api.yaml")
//!     .map_err(|diagnostics| diagnostics.render(false))?;
//! eprint!("{}", output.warnings().render(false));
//! output.write_to("generated/api").map_err(|e| e.to_string())?;
//! # Ok::<(), String>(())
//! ```
//!
//! The pipeline below it is load → lower → render → format, one public function per stage (the
//! benchmarks time them separately). Architecture invariant: the stages do no IO; they take the
//! spec text and return files. [`Generator`] reads the spec and templates, [`Output`] and
//! [`write`](mod@write) write, so xtask, the CLI and tests decide where things come from and go to.

#![warn(missing_docs)]

mod aliases;
mod builder;
mod diagnostics;
mod docs;
mod documents;
mod escape;
mod format;
pub mod ir;
mod limits;
mod load;
mod lower;
mod marker;
mod names;
mod pointer;
mod render;
mod routes;
mod runtime;
mod schema_shapes;
pub mod write;

use std::fmt;

pub use builder::{Diagnostics, Generator, Output};
pub use diagnostics::{Diagnostic, Severity};
pub use names::package_name;
pub use render::{builtin_templates, Rendered, Template};
pub use runtime::Runtime;

use load::SourceMap;

/// What to generate and how.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The spec path as it should appear in diagnostics and in the "generated from" line.
    pub spec_file: String,
    /// The Cargo package name of the generated crate (`alfresco-core`).
    pub crate_name: String,
    /// The templates to render; [`builtin_templates`] unless the user overrides some.
    pub templates: Vec<Template>,
    /// How the crate reaches its runtime support: its own copy ([`Runtime::Inline`], the
    /// default) or a path dependency on the runtime crate.
    pub runtime: Runtime,
    /// Keep unknown properties in every object struct (a flattened `additional_properties`
    /// map), not only in those whose schema declares `additionalProperties`.
    pub keep_unknown_properties: bool,
}

impl Settings {
    /// The settings for `spec_file` with the built-in templates.
    pub fn new(spec_file: impl Into<String>, crate_name: impl Into<String>) -> Settings {
        Settings {
            spec_file: spec_file.into(),
            crate_name: crate_name.into(),
            templates: builtin_templates(),
            runtime: Runtime::default(),
            keep_unknown_properties: false,
        }
    }

    /// Replaces the built-in template of the same name (or adds it).
    pub fn with_template(mut self, template: Template) -> Settings {
        self.templates
            .retain(|existing| existing.name != template.name);
        self.templates.push(template);
        self
    }
}

/// One file of the generated crate, relative to the crate root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// The path relative to the crate root, with `/` separators (`src/models.rs`).
    pub path: String,
    /// The whole text of the file.
    pub contents: String,
}

/// A generated crate and the warnings met on the way.
#[derive(Debug)]
pub struct Generated {
    /// The files of the crate, sorted by path.
    pub files: Vec<OutputFile>,
    /// Constructs skipped or degraded on purpose.
    pub warnings: Vec<Diagnostic>,
}

/// Why a stage produced no output.
#[derive(Debug)]
pub enum Error {
    /// The spec has problems; every one found, sorted by position.
    Spec(Vec<Diagnostic>),
    /// A template failed to render or rendered invalid Rust: a generator (or user template) bug.
    Internal(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Spec(diagnostics) => {
                let errors = diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .count();
                for diagnostic in diagnostics {
                    writeln!(f, "{diagnostic}")?;
                }
                write!(f, "{errors} error(s); no crate generated")
            }
            Error::Internal(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

/// A parsed spec with its source map: the output of the load stage.
pub struct Loaded {
    document: openapiv3::OpenAPI,
    map: SourceMap,
    extensions: Vec<String>,
    /// Warnings from loading, reported with lowering's.
    warnings: Vec<Diagnostic>,
}

/// Stage 1, load: parses YAML or JSON, checks the version and every key, normalizes references.
#[inline(never)] // a symbol per stage for profilers (generator/bench/instructions.sh)
pub fn load(spec_text: &str, settings: &Settings) -> Result<Loaded, Error> {
    // A byte order mark is encoding, not content (serde_yaml reads it as a second document).
    let spec_text = spec_text.strip_prefix('\u{feff}').unwrap_or(spec_text);
    limits::check(spec_text).map_err(|exceeded| {
        Error::Spec(vec![Diagnostic::at(
            &settings.spec_file,
            exceeded.line,
            exceeded.column,
            exceeded.message,
        )])
    })?;
    let mut map = SourceMap::build(spec_text);
    let loaded = load::load(&settings.spec_file, spec_text, &mut map).map_err(Error::Spec)?;
    Ok(Loaded {
        document: loaded.document,
        map,
        extensions: loaded.extensions,
        warnings: loaded.warnings,
    })
}

/// Stage 2, lower: the IR, with the warnings met on the way.
#[inline(never)] // a symbol per stage for profilers (generator/bench/instructions.sh)
pub fn lower_loaded(
    loaded: &Loaded,
    settings: &Settings,
) -> Result<(ir::Api, Vec<Diagnostic>), Error> {
    let mut diagnostics = diagnostics::Diagnostics::new(&settings.spec_file, &loaded.map);
    diagnostics.extend(loaded.warnings.iter().cloned());
    let crate_name = names::crate_name(&settings.crate_name);
    if crate_name != settings.crate_name {
        diagnostics.warning(
            "",
            format!(
                "`{}` is not a valid Cargo package name; the crate is named `{crate_name}`",
                settings.crate_name
            ),
        );
    }
    let target = lower::Target {
        spec_file: &settings.spec_file,
        crate_name: &crate_name,
        extensions: &loaded.extensions,
        keep_unknown_properties: settings.keep_unknown_properties,
    };
    let mut api = lower::lower(&loaded.document, &target, &mut diagnostics);
    aliases::break_cycles(&mut api, &mut diagnostics);
    routes::unify(&mut api, &mut diagnostics);
    routes::check(&api, &mut diagnostics);
    let has_errors = diagnostics.has_errors();
    let all = diagnostics.into_sorted();
    if has_errors {
        return Err(Error::Spec(all));
    }
    api.warnings = all.iter().map(ToString::to_string).collect();
    Ok((api, all))
}

/// Spec bytes as text: UTF-8 (a byte order mark is allowed), or an error located at the first
/// byte that is not.
pub fn decode<'a>(spec_file: &str, bytes: &'a [u8]) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        Error::Spec(vec![Diagnostic::at(
            spec_file,
            line,
            column,
            format!(
                "not UTF-8: byte 0x{:02x} at offset {} does not start a UTF-8 character",
                bytes[error.valid_up_to()],
                error.valid_up_to()
            ),
        )])
    })
}

/// Loads and lowers a spec to the IR, with the warnings met on the way.
pub fn lower(spec_text: &str, settings: &Settings) -> Result<(ir::Api, Vec<Diagnostic>), Error> {
    lower_loaded(&load(spec_text, settings)?, settings)
}

/// The whole pipeline: spec text in, crate files out.
pub fn generate(spec_text: &str, settings: &Settings) -> Result<Generated, Error> {
    let (api, warnings) = lower(spec_text, settings)?;
    let mut files = render_crate(api, settings)?;
    files.extend(documents::documents(&settings.spec_file, spec_text).map_err(Error::Internal)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Generated { files, warnings })
}

/// Stage 3, render: every template of the crate laid out over the IR.
#[inline(never)] // a symbol per stage for profilers (generator/bench/instructions.sh)
pub fn render(api: &ir::Api, settings: &Settings) -> Result<Vec<Rendered>, Error> {
    let pass =
        render::Pass::new(api, &settings.templates, &settings.runtime).map_err(Error::Internal)?;
    pass.files()
        .collect::<Result<_, _>>()
        .map_err(Error::Internal)
}

/// Stage 4, format: Rust files through syn and prettyplease, the preamble on every file.
#[inline(never)] // a symbol per stage for profilers (generator/bench/instructions.sh)
pub fn format(api: &ir::Api, rendered: Vec<Rendered>) -> Result<Vec<OutputFile>, Error> {
    assemble(&api.spec_file, Vec::new(), rendered.into_iter().map(Ok))
}

/// The crate's files: `files` (the runtime support, if any), then each rendered file formatted as
/// it arrives, by path. A large file is formatted alone (in parallel batches of its items, see
/// [`format::format_rust`]), so only one large rendered text is alive at a time when `rendered`
/// renders lazily; small files (a model file per schema) are gathered and formatted on every
/// core, as one large file's batches would be.
fn assemble(
    spec_file: &str,
    mut files: Vec<OutputFile>,
    rendered: impl Iterator<Item = Result<Rendered, String>>,
) -> Result<Vec<OutputFile>, Error> {
    /// A file this small is one formatting batch anyway.
    const SMALL: usize = 16 * 1024;
    /// Small files gathered before formatting them: bounds the rendered text alive at once.
    const GATHER: usize = 512;
    let mut small = Vec::new();
    for file in rendered {
        let file = file.map_err(Error::Internal)?;
        if file.text.len() < SMALL {
            small.push(file);
            if small.len() == GATHER {
                files.extend(format_in_parallel(spec_file, std::mem::take(&mut small))?);
            }
        } else {
            files.push(format_file(spec_file, &file)?);
        }
    }
    files.extend(format_in_parallel(spec_file, small)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Formats `batch` on every available core, in order.
fn format_in_parallel(spec_file: &str, batch: Vec<Rendered>) -> Result<Vec<OutputFile>, Error> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(batch.len());
    if threads <= 1 {
        return batch
            .iter()
            .map(|file| format_file(spec_file, file))
            .collect();
    }
    format::on_every_core(&batch, threads, |file| format_file(spec_file, file))
        .into_iter()
        .zip(&batch)
        // A file whose formatting panicked is formatted again here, so the panic surfaces.
        .map(|(done, file)| done.unwrap_or_else(|| format_file(spec_file, file)))
        .collect()
}

fn format_file(
    spec_file: &str,
    Rendered {
        path,
        template,
        text,
    }: &Rendered,
) -> Result<OutputFile, Error> {
    let (path, template, text) = (path.clone(), template.as_str(), text.as_str());
    let contents = if path.ends_with(".rs") {
        let preamble = format!("{}\n\n", marker::rust(spec_file));
        format::format_rust(&preamble, text, template).map_err(Error::Internal)?
    } else if path.ends_with(".html") {
        // The spec path stays out: it could close the comment.
        format!("{}\n{}\n", marker::html(), text.trim())
    } else if path.ends_with(".md") {
        // The marker on the first line lets `write` remove pages a later run no longer makes;
        // the spec path stays out, as in HTML: it could close the comment.
        format!("{}\n\n{}\n", marker::html(), text.trim())
    } else {
        // minijinja drops a template's final newline; text files end with one.
        format!("{}\n\n{}\n", marker::toml(spec_file), text.trim())
    };
    Ok(OutputFile { path, contents })
}

/// Renders and formats every file of the crate for an already lowered API, one file at a time so
/// that only one rendered text is alive beside the output. Takes the API by value: once the
/// templates' copy of it is made, it is dropped rather than kept alive beside the output.
pub fn render_crate(api: ir::Api, settings: &Settings) -> Result<Vec<OutputFile>, Error> {
    let pass =
        render::Pass::new(&api, &settings.templates, &settings.runtime).map_err(Error::Internal)?;
    let runtime = runtime::files(&settings.runtime, &api.features);
    let spec_file = api.spec_file.clone();
    drop(api);
    assemble(&spec_file, runtime, pass.files())
}
