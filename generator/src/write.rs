//! Write: the one place that touches the file system, for the front-ends (CLI, xtask).
//!
//! The pipeline itself does no IO. Writing only changed files keeps mtimes, so cargo does not
//! rebuild a generated crate whose bytes did not change; files that an earlier run generated but
//! this one does not are removed. A file counts as generated only when its first line is exactly
//! the marker this generator writes (`marker::is_own`): `Cargo.lock` and other tools' files
//! that say `@generated` are left alone, as is anything else in the directory (a `target/`, a
//! user's own files). Symbolic links are never followed, neither to search nor to write.

use std::io;
use std::path::{Path, PathBuf};

use crate::marker;
use crate::OutputFile;

/// Brings `dir` in line with `files`. With `check`, changes nothing and returns the paths that are
/// stale, missing or extra; otherwise returns the paths it wrote or removed.
pub fn sync_dir(dir: &Path, files: &[OutputFile], check: bool) -> io::Result<Vec<PathBuf>> {
    let mut touched = Vec::new();
    for file in files {
        let path = dir.join(&file.path);
        // As written, or as a checkout that turned line ends into CRLF has it (a file whose
        // text holds a CRLF of its own only matches as written).
        let current = std::fs::read_to_string(&path).ok();
        let unchanged = current.as_deref().is_some_and(|text| {
            text == file.contents || text.replace("\r\n", "\n") == file.contents
        });
        if unchanged {
            continue;
        }
        if !check {
            refuse_links(dir, &path)?;
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
            remove_empty_parents(dir, &extra);
        }
        touched.push(extra);
    }
    touched.sort();
    Ok(touched)
}

/// Removes the directories between `dir` and the removed file `path` that it leaves empty (a
/// crate that no longer carries `src/support/`); stops at the first that is not.
fn remove_empty_parents(dir: &Path, path: &Path) {
    let mut current = path.parent();
    while let Some(parent) = current.filter(|parent| parent.starts_with(dir) && *parent != dir) {
        if std::fs::remove_dir(parent).is_err() {
            break;
        }
        current = parent.parent();
    }
}

/// Refuses to write `path` when it, or a directory between `dir` and it, is a symbolic link: the
/// write would land outside `dir`.
fn refuse_links(dir: &Path, path: &Path) -> io::Result<()> {
    let Ok(relative) = path.strip_prefix(dir) else {
        return Ok(());
    };
    let mut current = dir.to_path_buf();
    for component in relative.components() {
        current.push(component);
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(io::Error::other(format!(
                    "{} is a symbolic link; refusing to write through it",
                    current.display()
                )))
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    Ok(())
}

/// Regular files under `dir` (outside `target/`, not through symbolic links) whose first line is
/// this generator's marker.
fn generated_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    if !std::fs::symlink_metadata(dir).is_ok_and(|meta| meta.is_dir()) {
        return Ok(found);
    }
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current)? {
            let entry = entry?;
            // The entry's own type: a link is neither its target's directory nor its file.
            let kind = entry.file_type()?;
            let path = entry.path();
            if kind.is_dir() {
                if path.file_name().is_some_and(|name| name != "target") {
                    pending.push(path);
                }
            } else if kind.is_file() && first_line(&path).is_some_and(|line| marker::is_own(&line))
            {
                found.push(path);
            }
        }
    }
    Ok(found)
}

/// The first line of a file, reading at most its first few kilobytes.
fn first_line(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut head = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(4096)
        .read_to_end(&mut head)
        .ok()?;
    let head = String::from_utf8_lossy(&head);
    head.lines().next().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("openapi-gen-write-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn file(path: &str, contents: String) -> OutputFile {
        OutputFile {
            path: path.to_string(),
            contents,
        }
    }

    /// Removes what an earlier run wrote, and nothing else: not Cargo.lock, not another tool's
    /// `@generated` file, not a file behind a symbolic link.
    #[test]
    fn removes_only_its_own_files_and_never_through_links() {
        let dir = scratch("own");
        let outside = scratch("outside");
        let own = format!("{}\n\nfn a() {{}}\n", marker::rust("spec/a.yaml"));
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(dir.join("src/old.rs"), &own).unwrap();
        let lock = "# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\n";
        std::fs::write(dir.join("Cargo.lock"), lock).unwrap();
        std::fs::write(dir.join("src/other.rs"), "// @generated by prost-build\n").unwrap();
        std::fs::write(outside.join("victim.rs"), &own).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&outside, dir.join("linked")).unwrap();
            std::os::unix::fs::symlink(outside.join("victim.rs"), dir.join("src/link.rs")).unwrap();
        }
        let files = [file("src/lib.rs", own.clone())];
        let touched = sync_dir(&dir, &files, false).unwrap();
        assert_eq!(touched, [dir.join("src/lib.rs"), dir.join("src/old.rs")]);
        assert!(!dir.join("src/old.rs").exists());
        assert!(
            dir.join("src").is_dir(),
            "a directory still holding files stays"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("Cargo.lock")).unwrap(),
            lock
        );
        assert!(dir.join("src/other.rs").exists());
        assert!(outside.join("victim.rs").exists());
        #[cfg(unix)]
        assert!(std::fs::symlink_metadata(dir.join("src/link.rs")).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
        std::fs::remove_dir_all(&outside).unwrap();
    }

    #[test]
    fn removes_the_directories_it_empties() {
        let dir = scratch("empty");
        let own = format!("{}\n", marker::rust("spec/a.yaml"));
        std::fs::create_dir_all(dir.join("src/support")).unwrap();
        std::fs::write(dir.join("src/support/client.rs"), &own).unwrap();
        let files = [file("src/lib.rs", own.clone())];
        sync_dir(&dir, &files, false).unwrap();
        assert!(!dir.join("src/support").exists());
        assert!(dir.join("src/lib.rs").is_file());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn refuses_to_write_through_a_link() {
        let dir = scratch("write");
        let outside = scratch("write-outside");
        std::os::unix::fs::symlink(&outside, dir.join("src")).unwrap();
        let files = [file("src/lib.rs", "x".to_string())];
        let error = sync_dir(&dir, &files, false).unwrap_err();
        assert!(error.to_string().contains("symbolic link"), "{error}");
        assert!(!outside.join("lib.rs").exists());
        std::fs::remove_dir_all(&dir).unwrap();
        std::fs::remove_dir_all(&outside).unwrap();
    }
}
