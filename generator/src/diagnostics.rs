//! Located diagnostics: every problem the generator finds names the file, line, column and JSON
//! pointer it comes from, so a user can jump straight to the spec line.

pub mod render;

use std::fmt;

use crate::escape;
use crate::load::SourceMap;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The construct was skipped on purpose; the crate is still generated.
    Warning,
    /// No crate is generated.
    Error,
}

/// One problem, located in the spec.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Whether the crate is still generated.
    pub severity: Severity,
    /// The spec path as the caller named it (e.g. `spec/alfresco-core.yaml`).
    pub file: String,
    /// 1-based line, 0 when the location is unknown.
    pub line: usize,
    /// 1-based column, 0 when the location is unknown.
    pub column: usize,
    /// RFC 6901 pointer into the document, without the leading `#`.
    pub pointer: String,
    /// What is wrong, one line, no trailing period.
    pub message: String,
    /// A suggestion (`did you mean `summary`?`), rendered as a `help:` line; `None` without one.
    pub help: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{kind}: {}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        write!(f, " #{}: {}", self.pointer, self.message)?;
        match &self.help {
            Some(help) => write!(f, " ({help})"),
            None => Ok(()),
        }
    }
}

impl Diagnostic {
    /// An error found before the document is parsed (no pointer yet), at a line and column.
    pub fn at(file: &str, line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: escape::one_line(file),
            line,
            column,
            pointer: String::new(),
            message: escape::one_line(&message.into()),
            help: None,
        }
    }
}

/// Collects diagnostics for one spec file; positions are filled in from the source map so that
/// the stages after loading only deal in JSON pointers.
#[derive(Debug)]
pub struct Diagnostics<'a> {
    file: &'a str,
    map: &'a SourceMap,
    items: Vec<Diagnostic>,
}

impl<'a> Diagnostics<'a> {
    pub fn new(file: &'a str, map: &'a SourceMap) -> Self {
        Diagnostics {
            file,
            map,
            items: Vec::new(),
        }
    }

    pub fn error(&mut self, pointer: &str, message: impl Into<String>) {
        self.push(Severity::Error, pointer, message.into(), None);
    }

    /// An error with a suggestion, shown as a `help:` line.
    pub fn error_with_help(&mut self, pointer: &str, message: String, help: Option<String>) {
        self.push(Severity::Error, pointer, message, help);
    }

    pub fn warning(&mut self, pointer: &str, message: impl Into<String>) {
        self.push(Severity::Warning, pointer, message.into(), None);
    }

    fn push(&mut self, severity: Severity, pointer: &str, message: String, help: Option<String>) {
        let pointer = &self.map.original(pointer);
        let (line, column) = self.map.locate(pointer);
        self.items.push(Diagnostic {
            severity,
            // Spec text enters messages and pointers: written on one line, never as terminal input.
            file: escape::one_line(self.file),
            line,
            column,
            pointer: escape::one_line(pointer),
            message: escape::one_line(&message),
            help: help.map(|help| escape::one_line(&help)),
        });
    }

    /// Adds diagnostics already located (by an earlier stage).
    pub fn extend(&mut self, items: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// All diagnostics, sorted by position so that output follows the spec top to bottom.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (a.line, a.column, &a.pointer, &a.message)
                .cmp(&(b.line, b.column, &b.pointer, &b.message))
        });
        self.items.dedup();
        self.items
    }
}

// Lowering of types and schema shapes still import these from here.
pub use crate::pointer::{child, escape_segment, unescape_segment};
