//! Constructs the generator skips on purpose. Each gets a located warning, which the CLI prints and
//! the generated crate's docs list, so that nothing in the spec is dropped silently.

use indexmap::IndexMap;
use openapiv3::{MediaType, ReferenceOr, Response};

use crate::pointer::child;

use super::operations::{has_request_alternatives, operations_of, preferred_media_type};
use super::Context;
use crate::pointer::unescape_segment;

/// Extensions that change the generated code; every other `x-` key is reported as ignored.
const INTERPRETED_EXTENSIONS: &[&str] = &["x-websocket", "x-websocket-message"];

impl Context<'_, '_> {
    /// Warns about callbacks in components (operations' callbacks are removed, with a warning,
    /// while loading), links, the media types a body offers beside the
    /// generated one, and specification extensions.
    pub(super) fn warn_skipped(&mut self, extensions: &[String]) {
        let document = self.document;
        for (path, item) in &document.paths.paths {
            let ReferenceOr::Item(item) = item else {
                continue;
            };
            let path_pointer = child("/paths", path);
            for (method, operation) in operations_of(item) {
                let pointer = child(&path_pointer, method);
                if let Some(ReferenceOr::Item(body)) = &operation.request_body {
                    self.warn_other_media_types(
                        &body.content,
                        &child(&pointer, "requestBody"),
                        true,
                    );
                }
                let responses = child(&pointer, "responses");
                let statuses = operation
                    .responses
                    .responses
                    .iter()
                    .map(|(status, response)| (status.to_string(), response))
                    .chain(
                        operation
                            .responses
                            .default
                            .iter()
                            .map(|r| ("default".to_string(), r)),
                    );
                for (status, response) in statuses {
                    if let ReferenceOr::Item(response) = response {
                        self.warn_response(response, &child(&responses, &status));
                    }
                }
            }
        }
        if let Some(components) = &document.components {
            for (name, body) in &components.request_bodies {
                if let ReferenceOr::Item(body) = body {
                    let pointer = child("/components/requestBodies", name);
                    self.warn_other_media_types(&body.content, &pointer, true);
                }
            }
            for (name, response) in &components.responses {
                if let ReferenceOr::Item(response) = response {
                    self.warn_response(response, &child("/components/responses", name));
                }
            }
            for name in components.callbacks.keys() {
                self.diagnostics.warning(
                    &child("/components/callbacks", name),
                    format!("callback `{name}` is skipped: the generated client and server do not implement callbacks"),
                );
            }
            for name in components.links.keys() {
                self.diagnostics.warning(
                    &child("/components/links", name),
                    format!("link `{name}` is skipped: links are documentation, not generated"),
                );
            }
        }
        self.warn_extensions(extensions);
    }

    fn warn_response(&mut self, response: &Response, pointer: &str) {
        for name in response.links.keys() {
            self.diagnostics.warning(
                &child(&child(pointer, "links"), name),
                format!("link `{name}` is skipped: links are documentation, not generated"),
            );
        }
        self.warn_other_media_types(&response.content, pointer, false);
    }

    /// A body offered in several media types is generated for one (JSON first); the others are
    /// named so that a user knows what the generated code does not send or accept.
    fn warn_other_media_types(
        &mut self,
        content: &IndexMap<String, MediaType>,
        pointer: &str,
        request: bool,
    ) {
        // Responses always offer every media type (a choice); requests do unless one is multipart.
        if content.len() < 2 || !request || has_request_alternatives(content) {
            return;
        }
        let Some(chosen) = preferred_media_type(content, request) else {
            return;
        };
        let others: Vec<String> = content
            .keys()
            .filter(|media_type| *media_type != chosen)
            .map(|media_type| format!("`{media_type}`"))
            .collect();
        self.diagnostics.warning(
            &child(pointer, "content"),
            format!(
                "generated for `{chosen}` only; also documented: {}",
                others.join(", ")
            ),
        );
    }

    /// One warning per extension name, at its first occurrence, with how often it occurs.
    fn warn_extensions(&mut self, extensions: &[String]) {
        let mut by_name: IndexMap<String, (&str, usize)> = IndexMap::new();
        for pointer in extensions {
            let name = unescape_segment(pointer.rsplit('/').next().unwrap_or_default());
            if INTERPRETED_EXTENSIONS.contains(&name.as_str()) {
                continue;
            }
            by_name.entry(name).or_insert((pointer, 0)).1 += 1;
        }
        for (name, (pointer, count)) in by_name {
            let elsewhere = match count {
                1 => String::new(),
                2 => " (here and in 1 more place)".to_string(),
                n => format!(" (here and in {} more places)", n - 1),
            };
            self.diagnostics.warning(
                pointer,
                format!("extension `{name}` is not interpreted; ignored{elsewhere}"),
            );
        }
    }
}
