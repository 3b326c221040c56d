//! The runtime support that generated code calls as `crate::support`: where a crate finds it
//! ([`Runtime`]) and, for [`Runtime::Inline`], the files that carry it.
//!
//! The sources are those of the `openapi-gen-runtime` crate (`runtime/src/`), embedded at build
//! time so that an installed generator needs nothing else.

use crate::{ir, marker, OutputFile};

/// How a generated crate reaches the runtime support its code calls (`crate::support::...`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Runtime {
    /// The runtime's sources are written into the crate (`src/support/`), so that it builds
    /// anywhere with published crates only. The default: the runtime crate is not on crates.io.
    #[default]
    Inline,
    /// The crate depends on the `openapi-gen-runtime` crate at this path, written into its
    /// `Cargo.toml` as given: relative to the generated crate's directory, or absolute.
    Path(String),
}

/// The runtime's sources: (file under `src/support/`, text). `lib.rs` becomes the module root.
const SOURCES: [(&str, &str); 8] = [
    ("mod.rs", include_str!("../../runtime/src/lib.rs")),
    ("base64.rs", include_str!("../../runtime/src/base64.rs")),
    ("client.rs", include_str!("../../runtime/src/client.rs")),
    ("server.rs", include_str!("../../runtime/src/server.rs")),
    ("object.rs", include_str!("../../runtime/src/object.rs")),
    ("values.rs", include_str!("../../runtime/src/values.rs")),
    (
        "multipart.rs",
        include_str!("../../runtime/src/multipart.rs"),
    ),
    (
        "websocket.rs",
        include_str!("../../runtime/src/websocket.rs"),
    ),
];

/// The files of `src/support/` for an inline runtime, or none for a path dependency.
pub fn files(runtime: &Runtime, features: &ir::Features) -> Vec<OutputFile> {
    if *runtime != Runtime::Inline {
        return Vec::new();
    }
    SOURCES
        .iter()
        .filter(|(name, _)| features.websocket || *name != "websocket.rs")
        .map(|(name, source)| {
            let mut source = as_copy(source);
            if *name == "mod.rs" && !features.websocket {
                // Its cfg names a feature only crates with WebSocket operations declare.
                source = source.replace(WEBSOCKET_MODULE, "");
            }
            OutputFile {
                path: format!("src/support/{name}"),
                contents: format!("{}\n\n{}", marker::runtime(), source),
            }
        })
        .collect()
}

/// The declaration of the WebSocket module in the runtime's lib.rs.
const WEBSOCKET_MODULE: &str =
    "#[cfg(feature = \"websocket\")]\n#[doc(hidden)]\npub mod websocket;\n";

/// What differs in a crate's own copy: the runtime's macros (the client's `define_client!`, the
/// models' `string_enum!` and `object!`) are not exported from the crate root (an `include!`d
/// copy could not name them there) but re-exported within the crate.
const COPY_EDITS: [(&str, &str); 7] = [
    ("#[macro_export]\n", ""),
    (
        "pub use crate::__openapi_gen_define_client as define_client;",
        "pub(crate) use __openapi_gen_define_client as define_client;",
    ),
    (
        "pub use crate::__openapi_gen_string_enum as string_enum;",
        "pub(crate) use __openapi_gen_string_enum as string_enum;",
    ),
    (
        "pub use crate::__openapi_gen_object as object;",
        "pub(crate) use __openapi_gen_object as object;",
    ),
    (
        "pub use crate::__openapi_gen_object_impl as object_impl;",
        "pub(crate) use __openapi_gen_object_impl as object_impl;",
    ),
    (
        "pub use self::object::{object, object_impl};",
        "pub(crate) use self::object::{object, object_impl};",
    ),
    // In a copy, `crate::support` is the copy itself.
    (TEST_SUPPORT, ""),
];

/// The runtime's stand-in for a generated crate's `crate::support`, for its tests of the macros.
const TEST_SUPPORT: &str = "
/// What the macros' expansions name `crate::support` in a generated crate, for this crate's own
/// tests of them.
#[cfg(test)]
mod support {
    pub use crate::*;
}";

/// A runtime source as a generated crate's own copy has it.
fn as_copy(source: &str) -> String {
    COPY_EDITS
        .iter()
        .fold(source.to_string(), |text, (from, to)| {
            text.replace(from, to)
        })
}

/// The template context's `runtime`: `inline`, and `path` for a path dependency.
pub fn context(runtime: &Runtime) -> minijinja::Value {
    match runtime {
        Runtime::Inline => minijinja::context! { inline => true, path => () },
        Runtime::Path(path) => minijinja::context! { inline => false, path => path },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The edits find what they replace, once each: a change to the runtime's sources cannot
    /// silently leave a copy exporting the macro.
    #[test]
    fn the_copy_edits_apply() {
        let count = |from: &str| -> usize {
            SOURCES
                .iter()
                .map(|(_, source)| source.matches(from).count())
                .sum()
        };
        let macros = COPY_EDITS
            .iter()
            .filter(|(from, _)| from.contains("__openapi_gen_"))
            .count();
        assert_eq!(count(COPY_EDITS[0].0), macros, "one per macro");
        for (from, _) in &COPY_EDITS[1..] {
            assert_eq!(count(from), 1, "{from}");
        }
    }

    #[test]
    fn a_path_dependency_writes_no_sources() {
        let features = ir::Features::default();
        assert!(files(&Runtime::Path("../runtime".into()), &features).is_empty());
        assert!(SOURCES[0].1.contains(WEBSOCKET_MODULE));
        let inline = files(&Runtime::Inline, &features);
        let paths: Vec<&str> = inline.iter().map(|file| file.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "src/support/mod.rs",
                "src/support/base64.rs",
                "src/support/client.rs",
                "src/support/server.rs",
                "src/support/object.rs",
                "src/support/values.rs",
                "src/support/multipart.rs",
            ]
        );
        assert!(inline[0].contents.starts_with(marker::runtime()));
    }
}
