//! The front door for build scripts, xtasks and the CLI: [`Generator`] reads a spec (and any
//! template overrides) and returns an [`Output`] to write or check, or the [`Diagnostics`] that
//! say why not. The stage functions below it do no IO.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostics::render;
use crate::{ir, Diagnostic, Error, OutputFile, Runtime, Settings, Severity, Template};

/// Generates one crate from one spec: Swagger 2.0, OpenAPI 3.0 or OpenAPI 3.1.
///
/// ```no_run
/// let output = openapi_gen::Generator::new()
///     .name("petstore")
///     .generate("spec/petstore.yaml")
///     .map_err(|diagnostics| diagnostics.render(false))?;
/// output.write_to("generated/petstore").map_err(|e| e.to_string())?;
/// # Ok::<(), String>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Generator {
    name: Option<String>,
    template_dir: Option<PathBuf>,
    templates: Vec<Template>,
    includable: bool,
    runtime: Runtime,
    keep_unknown_properties: bool,
}

impl Generator {
    /// A generator with the built-in templates; the crate is named after the spec's file stem.
    pub fn new() -> Generator {
        Generator::default()
    }

    /// The Cargo package name of the generated crate (`alfresco-core`). Defaults to the spec's
    /// file stem, made a valid package name (`My API.yaml` → `my-api`).
    pub fn name(mut self, name: impl Into<String>) -> Generator {
        self.name = Some(name.into());
        self
    }

    /// A directory of templates that replace the built-in ones by relative name
    /// (`DIR/crate/src/client.rs.jinja`) or add files (`DIR/crate/README.md.jinja`). It is read
    /// when generating, and every file read is listed in [`Output::inputs`].
    pub fn templates(mut self, dir: impl Into<PathBuf>) -> Generator {
        self.template_dir = Some(dir.into());
        self
    }

    /// One template replacing the built-in one of the same name (or adding a file).
    pub fn template(mut self, template: Template) -> Generator {
        self.templates.push(template);
        self
    }

    /// Leaves the crate-level doc comments out of `src/lib.rs`, so that another crate can
    /// `include!` it as its own root (a build script writing into `OUT_DIR`; inner attributes
    /// are not allowed in an included file). The includer writes its own crate docs.
    pub fn includable(mut self, includable: bool) -> Generator {
        self.includable = includable;
        self
    }

    /// How the crate reaches the runtime support its code calls. [`Runtime::Inline`] (the
    /// default) writes the runtime's sources into the crate as `src/support/`, so that it builds
    /// with published crates only; [`Runtime::Path`] makes it depend on the `openapi-gen-runtime`
    /// crate at that path instead (relative to the generated crate's directory), so that several
    /// generated crates share one compiled runtime and a spec edit does not rebuild it.
    pub fn runtime(mut self, runtime: Runtime) -> Generator {
        self.runtime = runtime;
        self
    }

    /// Keeps the properties a schema does not name in every generated struct, in a flattened
    /// `additional_properties` map, so that a read-modify-write cycle loses nothing even where
    /// the schema does not declare `additionalProperties`. Off by default: then only schemas with
    /// `additionalProperties: true` or a schema get the map, and other structs ignore unknown
    /// properties when decoding (serde's `flatten` costs compile and decode time).
    pub fn keep_unknown_properties(mut self, keep: bool) -> Generator {
        self.keep_unknown_properties = keep;
        self
    }

    /// Reads the spec at `spec_path` (YAML or JSON) and generates the crate. Diagnostics name the
    /// file as `spec_path` is written.
    pub fn generate(&self, spec_path: impl AsRef<Path>) -> Result<Output, Diagnostics> {
        let spec_path = spec_path.as_ref();
        let file = spec_path.display().to_string();
        let text = read_spec(spec_path, &file)?;
        let mut output = self.generate_source(&file, text, default_name(spec_path))?;
        output.inputs.insert(0, spec_path.to_path_buf());
        Ok(output)
    }

    /// Generates the crate from spec text already in memory; `file` is how diagnostics and the
    /// `@generated from` line name it.
    pub fn generate_text(&self, file: &str, text: &str) -> Result<Output, Diagnostics> {
        self.generate_source(file, text.to_string(), default_name(Path::new(file)))
    }

    /// Reads the spec and lowers it to the intermediate representation that templates see as
    /// `api`, with the warnings met on the way.
    pub fn ir(&self, spec_path: impl AsRef<Path>) -> Result<(ir::Api, Diagnostics), Diagnostics> {
        let spec_path = spec_path.as_ref();
        let file = spec_path.display().to_string();
        let text = read_spec(spec_path, &file)?;
        let (settings, _) = self.settings(&file, default_name(spec_path))?;
        match crate::lower(&text, &settings) {
            Ok((api, warnings)) => Ok((api, Diagnostics::new(text, warnings))),
            Err(error) => Err(Diagnostics::from_error(&file, text, error)),
        }
    }

    fn generate_source(
        &self,
        file: &str,
        text: String,
        default_name: String,
    ) -> Result<Output, Diagnostics> {
        let (settings, inputs) = self.settings(file, default_name)?;
        match crate::generate(&text, &settings) {
            Ok(generated) => {
                let mut files = generated.files;
                if self.includable {
                    strip_crate_docs(&mut files)
                        .map_err(|error| Diagnostics::from_error(file, String::new(), error))?;
                }
                Ok(Output {
                    files,
                    warnings: Diagnostics::new(text, generated.warnings),
                    inputs,
                })
            }
            Err(error) => Err(Diagnostics::from_error(file, text, error)),
        }
    }

    /// The pipeline settings, and the template files read for them.
    fn settings(
        &self,
        file: &str,
        default_name: String,
    ) -> Result<(Settings, Vec<PathBuf>), Diagnostics> {
        let name = self.name.clone().unwrap_or(default_name);
        let mut settings = Settings::new(file, name);
        settings.runtime = self.runtime.clone();
        settings.keep_unknown_properties = self.keep_unknown_properties;
        let mut inputs = Vec::new();
        if let Some(dir) = &self.template_dir {
            let read = read_templates(dir, &mut inputs)
                .map_err(|(path, error)| Diagnostics::unreadable(&path, &error))?;
            for template in read {
                settings = settings.with_template(template);
            }
        }
        for template in &self.templates {
            settings = settings.with_template(template.clone());
        }
        Ok((settings, inputs))
    }
}

/// `specs/My API.yaml` → `my-api`: a valid Cargo package name from the file stem.
fn default_name(spec_path: &Path) -> String {
    crate::package_name(
        spec_path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("api"),
    )
}

/// Every `*.jinja` file under `dir`, named by its path relative to `dir` with `/` separators;
/// each path read is pushed to `inputs`.
fn read_templates(
    dir: &Path,
    inputs: &mut Vec<PathBuf>,
) -> Result<Vec<Template>, (String, io::Error)> {
    let failed = |path: &Path| {
        let path = path.display().to_string();
        move |error| (path, error)
    };
    let mut templates = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    inputs.push(dir.to_path_buf());
    while let Some(current) = pending.pop() {
        let mut entries = std::fs::read_dir(&current)
            .map_err(failed(&current))?
            .map(|entry| entry.map(|entry| entry.path()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(failed(&current))?;
        entries.sort();
        for path in entries {
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "jinja") {
                let relative = path.strip_prefix(dir).unwrap_or(&path);
                let name = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let source = std::fs::read_to_string(&path).map_err(failed(&path))?;
                inputs.push(path);
                templates.push(Template { name, source });
            }
        }
    }
    Ok(templates)
}

/// Removes the inner attributes (`//!` docs) from `src/lib.rs`, keeping its `@generated` line.
fn strip_crate_docs(files: &mut [OutputFile]) -> Result<(), Error> {
    let Some(lib) = files.iter_mut().find(|file| file.path == "src/lib.rs") else {
        return Ok(());
    };
    let mut parsed = syn::parse_file(&lib.contents)
        .map_err(|error| Error::Internal(format!("src/lib.rs does not parse: {error}")))?;
    parsed.attrs.retain(|attr| !attr.path().is_ident("doc"));
    let preamble: String = lib
        .contents
        .lines()
        .take_while(|line| line.starts_with("//") && !line.starts_with("//!"))
        .map(|line| format!("{line}\n"))
        .collect();
    lib.contents = format!("{preamble}\n{}", prettyplease::unparse(&parsed));
    Ok(())
}

/// A generated crate, not yet written: its files and the warnings met on the way.
#[derive(Debug)]
pub struct Output {
    files: Vec<OutputFile>,
    warnings: Diagnostics,
    inputs: Vec<PathBuf>,
}

impl Output {
    /// The files of the crate, relative to its root, sorted by path.
    pub fn files(&self) -> &[OutputFile] {
        &self.files
    }

    /// Constructs skipped or degraded on purpose; the crate was generated anyway.
    pub fn warnings(&self) -> &Diagnostics {
        &self.warnings
    }

    /// Every file read to generate this output: the spec, the template directory and each
    /// template in it. A build script prints `cargo:rerun-if-changed=` for each.
    pub fn inputs(&self) -> &[PathBuf] {
        &self.inputs
    }

    /// Writes the crate into `dir`, touching only files whose bytes change, and removes files an
    /// earlier run generated that this one does not. Returns the paths written or removed.
    pub fn write_to(&self, dir: impl AsRef<Path>) -> io::Result<Vec<PathBuf>> {
        crate::write::sync_dir(dir.as_ref(), &self.files, false)
    }

    /// Compares the crate with `dir` without changing anything. Returns the paths that are
    /// stale, missing or extra; empty when `dir` is up to date.
    pub fn check(&self, dir: impl AsRef<Path>) -> io::Result<Vec<PathBuf>> {
        crate::write::sync_dir(dir.as_ref(), &self.files, true)
    }
}

/// Located diagnostics of one spec, with its text so that they can quote it.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    source: String,
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    fn new(source: String, items: Vec<Diagnostic>) -> Diagnostics {
        Diagnostics { source, items }
    }

    fn unreadable(file: &str, error: &io::Error) -> Diagnostics {
        Diagnostics::new(
            String::new(),
            vec![unlocated(file, format!("cannot read: {error}"))],
        )
    }

    fn from_error(file: &str, source: String, error: Error) -> Diagnostics {
        match error {
            Error::Spec(items) => Diagnostics::new(source, items),
            Error::Internal(message) => Diagnostics::new(
                source,
                vec![unlocated(
                    file,
                    format!("internal error (a generator or template bug): {message}"),
                )],
            ),
        }
    }

    /// The diagnostics, sorted by position in the spec.
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many errors there are (warnings aside).
    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|diagnostic| diagnostic.severity == Severity::Error)
            .count()
    }

    /// The diagnostics as rustc lays out its own: the spec line with a caret under the key or
    /// value, the JSON pointer and `help:` lines. `color` adds ANSI styles (for a terminal).
    pub fn render(&self, color: bool) -> String {
        render::human(&self.items, &self.source, color)
    }

    /// One JSON object per line per diagnostic, for editors and CI annotations: `file`, `line`,
    /// `column`, `pointer`, `severity`, `message`, `help`.
    pub fn to_json_lines(&self) -> String {
        render::json_lines(&self.items)
    }
}

/// One line per diagnostic (`error: FILE:LINE:COLUMN #POINTER: MESSAGE (HELP)`).
impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, diagnostic) in self.items.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// The spec's text, read as bytes so that input that is not UTF-8 gets a located error.
fn read_spec(spec_path: &Path, file: &str) -> Result<String, Diagnostics> {
    let bytes = std::fs::read(spec_path).map_err(|error| Diagnostics::unreadable(file, &error))?;
    match crate::decode(file, &bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => Err(Diagnostics::from_error(
            file,
            String::from_utf8_lossy(&bytes).into_owned(),
            error,
        )),
    }
}

fn unlocated(file: &str, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        file: file.to_string(),
        line: 0,
        column: 0,
        pointer: String::new(),
        message,
        help: None,
    }
}
