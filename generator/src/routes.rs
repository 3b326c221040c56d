//! Routes checked by axum's own matcher before a router is generated: a route that axum refuses
//! makes the generated router panic when the server starts, so it is a located error here.
//!
//! matchit (the crate axum routes with, at the version axum uses) is asked directly rather than
//! its rules restated: one parameter per segment and no literal text after one
//! (`/{id}.json`), no two routes that differ only in parameter names (`/a/{x}`, `/a/{y}`,
//! which OpenAPI itself calls the same path), no two that overlap otherwise. Segments that
//! start with `:` or `*` are literal text: the generated routers turn off axum's 0.7-syntax
//! check.

use std::collections::HashMap;

use crate::diagnostics::Diagnostics;
use crate::ir;

/// Why axum cannot route `route` whatever the other routes are (a segment with text after its
/// parameter, two parameters in a segment: `/{id}.json`, OData's `/certs(a={a},b={b})`), if it
/// cannot. Such an operation is left out of the crate with a warning, not the whole API.
pub fn shape_problem(route: &str) -> Option<String> {
    match matchit::Router::new().insert(route, ()) {
        Ok(()) => None,
        Err(matchit::InsertError::InvalidParamSegment) => {
            Some("a path segment may hold one parameter, with no literal text after it".to_string())
        }
        Err(matchit::InsertError::Conflict { .. }) => None,
        Err(other) => Some(other.to_string()),
    }
}

/// Reports every operation whose route axum would refuse.
pub fn check(api: &ir::Api, diagnostics: &mut Diagnostics<'_>) {
    let mut router = matchit::Router::new();
    // Route → (its path as written, the methods routed at it).
    let mut routed: HashMap<&str, (&str, Vec<&str>)> = HashMap::new();
    for operation in api.tags.iter().flat_map(|tag| &tag.operations) {
        let route = operation.route.as_str();
        if let Some((path, methods)) = routed.get_mut(route) {
            if methods.contains(&operation.method.as_str()) {
                diagnostics.error(
                    &operation.pointer,
                    format!(
                        "`{} {}` routes the same requests as `{} {path}`; a router cannot serve both",
                        operation.method, operation.path, operation.method
                    ),
                );
            } else {
                methods.push(&operation.method);
            }
            continue;
        }
        match router.insert(route, ()) {
            Ok(()) => {
                routed.insert(route, (&operation.path, vec![&operation.method]));
            }
            Err(error) => {
                let reason = match &error {
                    matchit::InsertError::Conflict { with } => {
                        let other = routed
                            .get(with.as_str())
                            .map_or(with.as_str(), |(path, _)| path);
                        format!("it overlaps `{other}` (paths that differ only in parameter names are the same path)")
                    }
                    matchit::InsertError::InvalidParamSegment => {
                        "a path segment may hold one parameter, with no literal text after it"
                            .to_string()
                    }
                    other => other.to_string(),
                };
                diagnostics.error(
                    &operation.pointer,
                    format!(
                        "the path `{}` cannot be routed by axum: {reason}",
                        operation.path
                    ),
                );
            }
        }
    }
}
