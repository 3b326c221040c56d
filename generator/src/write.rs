//! Write: the one place that touches the file system, for the front-ends (CLI, xtask).
//!
//! The pipeline itself does no IO. Writing only changed files keeps mtimes, so cargo does not
//! rebuild a generated crate whose bytes did not change; files that an earlier run generated but
//! this one does not (they carry the `@generated` marker) are removed, while anything else in the
//! directory (a `target/`, a user's own files) is left alone.

use std::io;
use std::path::{Path, PathBuf};

use crate::OutputFile;

const MARKER: &str = "@generated";

/// Brings `dir` in line with `files`. With `check`, changes nothing and returns the paths that are
/// stale, missing or extra; otherwise returns the paths it wrote or removed.
pub fn sync_dir(dir: &Path, files: &[OutputFile], check: bool) -> io::Result<Vec<PathBuf>> {
    let mut touched = Vec::new();
    for file in files {
        let path = dir.join(&file.path);
        let current = std::fs::read_to_string(&path)
            .ok()
            .map(|text| text.replace("\r\n", "\n"));
        if current.as_deref() == Some(file.contents.as_str()) {
            continue;
        }
        if !check {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, &file.contents)?;
        }
        touched.push(path);
    }
    for extra in generated_files(dir)? {
        let relative = extra.strip_prefix(dir).unwrap_or(&extra);
        let relative = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if files.iter().any(|file| file.path == relative) {
            continue;
        }
        if !check {
            std::fs::remove_file(&extra)?;
        }
        touched.push(extra);
    }
    touched.sort();
    Ok(touched)
}

/// Files under `dir` (outside `target/`) whose first line carries the generated marker.
fn generated_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    if !dir.is_dir() {
        return Ok(found);
    }
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current)? {
            let path = entry?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|name| name != "target") {
                    pending.push(path);
                }
            } else if first_line(&path).is_some_and(|line| line.contains(MARKER)) {
                found.push(path);
            }
        }
    }
    Ok(found)
}

fn first_line(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().next().map(str::to_string)
}
