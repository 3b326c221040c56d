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

/// `/a/{x}` beside `/a/{y}` under other methods (Vercel's `GET /v13/deployments/{idOrUrl}` and
/// `DELETE /v13/deployments/{id}`): OpenAPI calls them the same path and axum routes them as one,
/// so a later operation takes the route of the first one, and its server reads its path parameters
/// under that route's capture names ([`ir::Param::key`]; their Rust names stay), with a warning. Left alone (for [`check`] to report) when a new name is taken in the operation.
pub fn unify(api: &mut ir::Api, diagnostics: &mut Diagnostics<'_>) {
    // Route shape (`/a/{}`) → (route, path as written, path parameter names in order, methods).
    let mut first: HashMap<String, (String, String, Vec<String>, Vec<String>)> = HashMap::new();
    for operation in api.tags.iter_mut().flat_map(|tag| &mut tag.operations) {
        let names: Vec<String> = operation
            .path_segments
            .iter()
            .filter_map(|segment| match segment {
                ir::PathSegment::Param { name, .. } => Some(name.clone()),
                ir::PathSegment::Literal { .. } => None,
            })
            .collect();
        let shape = shape_of(&operation.route);
        let Some((route, path, first_names, methods)) = first.get_mut(&shape) else {
            first.insert(
                shape,
                (
                    operation.route.clone(),
                    operation.path.clone(),
                    names,
                    vec![operation.method.clone()],
                ),
            );
            continue;
        };
        // The same method twice is an error of `check`, as is a path of another length.
        if methods.contains(&operation.method) {
            continue;
        }
        methods.push(operation.method.clone());
        if *route == operation.route || first_names.len() != names.len() {
            continue;
        }
        let renamed: HashMap<&str, &str> = names
            .iter()
            .map(String::as_str)
            .zip(first_names.iter().map(String::as_str))
            .collect();
        let taken = operation.params.iter().any(|param| {
            !renamed.contains_key(param.name.as_str())
                && renamed.values().any(|new| *new == param.name)
        });
        if taken {
            continue;
        }
        for param in operation
            .params
            .iter_mut()
            .filter(|p| p.location == ir::Location::Path)
        {
            if let Some(new) = renamed.get(param.name.as_str()) {
                param.key = new.to_string();
            }
        }
        operation.route = route.clone();
        diagnostics.warning(
            &operation.pointer,
            format!(
                "the path `{}` is the same path as `{path}` (they differ only in parameter names); `{} {}` is routed with it, its path parameters named as there",
                operation.path, operation.method, operation.path
            ),
        );
    }
}

/// A route with its parameter names blanked: `/a/{x}/b` → `/a/{}/b`.
fn shape_of(route: &str) -> String {
    let mut shape = String::with_capacity(route.len());
    let mut in_param = false;
    for c in route.chars() {
        match c {
            '{' => {
                in_param = true;
                shape.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            c => shape.push(c),
        }
    }
    shape
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
