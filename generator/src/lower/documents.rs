//! The documents a generated router can serve beside the API: the OpenAPI document (JSON, YAML)
//! and its documentation page, at routes the API's own operations leave free.

use crate::diagnostics::Diagnostics;
use crate::ir;
use crate::pointer::child;

/// Route, media type and the `server.rs` constant holding the body, for each document.
const DOCUMENTS: [(&str, &str, &str); 3] = [
    ("/openapi.json", "application/json", "OPENAPI_JSON"),
    ("/openapi.yaml", "application/yaml", "OPENAPI_YAML"),
    ("/docs", "text/html; charset=utf-8", "DOCUMENTATION_HTML"),
];

/// The documents whose route no operation takes; a document whose route an operation takes is
/// left out (the operation wins), with a warning at that path.
pub fn documents(tags: &[ir::Tag], diagnostics: &mut Diagnostics) -> Vec<ir::Document> {
    let operations: Vec<&ir::Operation> = tags.iter().flat_map(|tag| &tag.operations).collect();
    DOCUMENTS
        .iter()
        .filter_map(|&(route, media_type, constant)| {
            if let Some(operation) = operations.iter().find(|operation| operation.route == route) {
                diagnostics.warning(
                    &child("/paths", &operation.path),
                    format!("the router does not serve the API's `{route}` document: this operation's route takes it"),
                );
                return None;
            }
            Some(ir::Document {
                route: route.to_string(),
                media_type: media_type.to_string(),
                constant: constant.to_string(),
            })
        })
        .collect()
}
