//! Path keys that carry a query string or a fragment (`/responses?beta=true`, as
//! Stainless-maintained specs like OpenAI's write them to give one path a second operation per
//! method; Mistral's `/v1/conversations/{id}#stream`). An OpenAPI path is a template without
//! either, and axum cannot route one, so such a key is read as its bare path:
//! its operations join the bare path's item when the method is free there, and are skipped when
//! it is not; each case with a located warning.

use serde_yaml::{Mapping, Value};

use super::tree::{key_text, text};
use super::METHODS;
use crate::diagnostics::child;

/// What the pass did.
#[derive(Default)]
pub struct Moved {
    /// Warnings at pointers of the document before this pass.
    pub warnings: Vec<(String, String)>,
    /// (pointer after this pass, pointer before it), one pass.
    pub moves: Vec<(String, String)>,
}

/// Rewrites `paths` in place; a document without query strings in its path keys is unchanged.
pub fn strip(document: &mut Value) -> Moved {
    let mut out = Moved::default();
    let Some(paths) = document.get_mut("paths").and_then(Value::as_mapping_mut) else {
        return out;
    };
    if !paths
        .keys()
        .any(|key| key.as_str().is_some_and(|key| key.contains(['?', '#'])))
    {
        return out;
    }
    let old = std::mem::take(paths);
    let mut with_query = Vec::new();
    for (key, item) in old {
        let written = key_text(&key);
        match written.find(['?', '#']).map(|at| &written[..at]) {
            Some(bare) if !bare.is_empty() && !written.starts_with("x-") => {
                with_query.push((written.clone(), bare.to_string(), item));
            }
            _ => {
                paths.insert(key, item);
            }
        }
    }
    for (written, bare, item) in with_query {
        let from = child("/paths", &written);
        let to = child("/paths", &bare);
        let query = &written[bare.len()..];
        match paths.get_mut(bare.as_str()) {
            None => {
                out.warnings.push((
                    from.clone(),
                    format!(
                        "the path `{written}` carries a query string or fragment, which an OpenAPI path does not have; its operations are generated at `{bare}`, and the client does not send `{query}`"
                    ),
                ));
                paths.insert(text(&bare), item);
                out.moves.push((to, from));
            }
            Some(Value::Mapping(target)) => {
                merge(&mut out, target, item, (&written, &bare, query), (&to, &from));
            }
            Some(_) => out.warnings.push((
                from,
                format!("the path `{written}` carries a query string or fragment and `{bare}` is not a Path Item Object to merge it into; skipped"),
            )),
        }
    }
    out
}

/// Moves the operations of `item` whose method is free into `target`, the bare path's item.
fn merge(
    out: &mut Moved,
    target: &mut Mapping,
    item: Value,
    (written, bare, query): (&str, &str, &str),
    (to, from): (&str, &str),
) {
    let Value::Mapping(mut item) = item else {
        return;
    };
    if item.contains_key("$ref") {
        out.warnings.push((
            from.to_string(),
            format!("the path `{written}` carries a query string or fragment and is a reference, which cannot be merged into the item of `{bare}`; skipped"),
        ));
        return;
    }
    // The query item's own path-level parameters and servers go with each operation moved,
    // since the bare item's are not theirs.
    let shared_parameters = item.shift_remove("parameters");
    let shared_servers = item.shift_remove("servers");
    let mut moved_any = false;
    for method in METHODS {
        let Some(operation) = item.shift_remove(*method) else {
            continue;
        };
        let method_from = child(from, method);
        if target.contains_key(*method) {
            out.warnings.push((
                method_from,
                format!(
                    "`{method} {written}` has the same method and path, without `{query}` (an OpenAPI path has no query string or fragment), as `{method} {bare}`; skipped"
                ),
            ));
            continue;
        }
        let mut operation = operation;
        if let Some(operation) = operation.as_mapping_mut() {
            if let Some(Value::Sequence(shared)) = &shared_parameters {
                add_parameters(operation, shared);
            }
            if let Some(servers) = &shared_servers {
                if !operation.contains_key("servers") {
                    operation.insert(text("servers"), servers.clone());
                }
            }
        }
        target.insert(text(method), operation);
        out.moves.push((child(to, method), method_from));
        moved_any = true;
    }
    if moved_any {
        out.warnings.push((
            from.to_string(),
            format!(
                "the path `{written}` carries a query string or fragment, which an OpenAPI path does not have; its operations are generated at `{bare}`, and the client does not send `{query}`"
            ),
        ));
    }
}

/// Puts the path-level `shared` parameters into an operation, behind the operation's own (an
/// operation's parameter overrides the path's one of the same name and location).
fn add_parameters(operation: &mut Mapping, shared: &[Value]) {
    let own = match operation.get("parameters") {
        Some(Value::Sequence(own)) => own.clone(),
        _ => Vec::new(),
    };
    let identity = |parameter: &Value| {
        (
            parameter
                .get("name")
                .and_then(Value::as_str)
                .map(str::to_string),
            parameter
                .get("in")
                .and_then(Value::as_str)
                .map(str::to_string),
            parameter
                .get("$ref")
                .and_then(Value::as_str)
                .map(str::to_string),
        )
    };
    let mut all = own.clone();
    for parameter in shared {
        if !own.iter().any(|mine| identity(mine) == identity(parameter)) {
            all.push(parameter.clone());
        }
    }
    operation.insert(text("parameters"), Value::Sequence(all));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths_of(document: &Value) -> Vec<String> {
        document["paths"]
            .as_mapping()
            .unwrap()
            .keys()
            .map(key_text)
            .collect()
    }

    #[test]
    fn a_query_path_alone_is_renamed_to_its_bare_path() {
        let mut document: Value = serde_yaml::from_str(
            "paths:\n  /a?beta=true:\n    get: {responses: {}}\n  /b:\n    get: {responses: {}}\n",
        )
        .unwrap();
        let moved = strip(&mut document);
        assert_eq!(paths_of(&document), ["/b", "/a"]);
        assert_eq!(
            moved.moves,
            [("/paths/~1a".to_string(), "/paths/~1a?beta=true".to_string())]
        );
        assert_eq!(moved.warnings.len(), 1);
        assert_eq!(moved.warnings[0].0, "/paths/~1a?beta=true");
    }

    #[test]
    fn a_fragment_counts_as_a_query_string() {
        let mut document: Value = serde_yaml::from_str(
            "paths:\n  /c/{id}:\n    get: {responses: {}}\n  /c/{id}#stream:\n    post: {responses: {}}\n",
        )
        .unwrap();
        let moved = strip(&mut document);
        assert_eq!(paths_of(&document), ["/c/{id}"]);
        assert!(document["paths"]["/c/{id}"]["post"].is_mapping());
        assert_eq!(moved.warnings.len(), 1);
    }

    #[test]
    fn free_methods_merge_and_taken_ones_are_skipped() {
        let mut document: Value = serde_yaml::from_str(
            "paths:\n  /a:\n    get: {responses: {}}\n  /a?beta=true:\n    parameters: [{name: v, in: header}]\n    get: {responses: {}}\n    post: {responses: {}}\n",
        )
        .unwrap();
        let moved = strip(&mut document);
        assert_eq!(paths_of(&document), ["/a"]);
        let item = &document["paths"]["/a"];
        assert!(item["get"]["parameters"].is_null(), "the bare get is kept");
        assert_eq!(item["post"]["parameters"][0]["name"], "v");
        assert_eq!(
            moved.moves,
            [(
                "/paths/~1a/post".to_string(),
                "/paths/~1a?beta=true/post".to_string()
            )]
        );
        let pointers: Vec<&str> = moved.warnings.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            pointers,
            ["/paths/~1a?beta=true/get", "/paths/~1a?beta=true"]
        );
    }
}
