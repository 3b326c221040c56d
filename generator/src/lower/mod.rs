//! Lower: an `openapiv3::OpenAPI` document to the IR, deciding every name and type.

mod code;
mod cycles;
mod documents;
mod headers;
mod model_files;
mod models;
mod operations;
mod security;
mod skipped;
mod tag_features;
mod types;

use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr};

use crate::diagnostics::Diagnostics;
use crate::ir::{self, Features};
use crate::names;
use crate::pointer::child;

pub use types::Ty;

/// What lowering needs while it walks the document.
pub struct Context<'a, 'd> {
    pub document: &'a OpenAPI,
    pub diagnostics: &'a mut Diagnostics<'d>,
    pub types: types::TypeSpace,
    pub features: Features,
    /// How many models are being defined inside each other right now.
    pub depth: usize,
    /// The index of the outermost model being defined (see [`types::ModelDraft::root`]).
    pub root: usize,
    /// The structs of documented response headers, in the order they were named.
    pub header_structs: Vec<ir::HeaderStruct>,
    /// The server's credential enums, keyed by their name.
    pub credential_enums: IndexMap<String, ir::CredentialEnum>,
    /// Set while lowering an operation that cannot be generated whole (a parameter without a
    /// text form): the operation is left out, the rest of the API generated.
    pub leave_out_operation: bool,
    /// Whether every object struct keeps unknown properties (see [`Target`]).
    pub keep_unknown_properties: bool,
}

/// Names the crate and its spec path; everything else comes from the document.
pub struct Target<'a> {
    pub spec_file: &'a str,
    pub crate_name: &'a str,
    /// Pointers of the spec's `x-` keys, found while loading.
    pub extensions: &'a [String],
    /// Keep the properties an object schema does not name in every struct (a flattened map),
    /// not only where the schema declares `additionalProperties`.
    pub keep_unknown_properties: bool,
}

pub fn lower<'a, 'd>(
    document: &'a OpenAPI,
    target: &Target,
    diagnostics: &'a mut Diagnostics<'d>,
) -> ir::Api {
    let component_names = document
        .components
        .iter()
        .flat_map(|components| components.schemas.keys().cloned());
    let mut context = Context {
        document,
        diagnostics,
        types: types::TypeSpace::new(component_names),
        features: Features::default(),
        depth: 0,
        root: 0,
        header_structs: Vec::new(),
        credential_enums: IndexMap::new(),
        leave_out_operation: false,
        keep_unknown_properties: target.keep_unknown_properties,
    };
    context.lower_components();
    let mut security_schemes = context.lower_security_schemes();
    let tags = context.lower_operations(&security_schemes);
    for scheme in &mut security_schemes {
        scheme.used = tags
            .iter()
            .flat_map(|tag| &tag.operations)
            .filter_map(|operation| operation.security.as_ref())
            .flat_map(|security| &security.alternatives)
            .any(|requirement| requirement.constants.contains(&scheme.constant));
    }
    let documents = documents::documents(&tags, context.diagnostics);
    let (default_base_url, base_path) = context.server();
    context.warn_skipped(target.extensions);
    let text_unions = context.text_unions();
    let models = models::finish(std::mem::take(&mut context.types.models));
    let model_files = model_files::assign(&models);
    let info = &document.info;
    let mut docs = Vec::new();
    if let Some(description) = &info.description {
        docs.extend(description.trim_end().lines().map(str::to_string));
    }
    let mut api = ir::Api {
        spec_file: target.spec_file.to_string(),
        crate_name: target.crate_name.to_string(),
        lib_name: target.crate_name.replace('-', "_"),
        title: info.title.clone(),
        version: info.version.clone(),
        docs,
        default_base_url,
        base_path,
        models,
        text_unions,
        tags,
        security_schemes,
        documents,
        model_files,
        header_structs: std::mem::take(&mut context.header_structs),
        credential_enums: std::mem::take(&mut context.credential_enums)
            .into_values()
            .collect(),
        warnings: Vec::new(),
        features: context.features,
        tag_features: Vec::new(),
        tag_groups: Default::default(),
        feature_groups: Vec::new(),
    };
    tag_features::assign(&mut api);
    api
}

impl Context<'_, '_> {
    fn lower_components(&mut self) {
        let Some(components) = &self.document.components else {
            return;
        };
        for (wire, schema) in &components.schemas {
            let pointer = child("/components/schemas", wire);
            let name = self.types.components[wire].clone();
            match schema {
                ReferenceOr::Item(schema) => {
                    self.define_model(schema, &pointer, name, wire.clone());
                }
                ReferenceOr::Reference { .. } => {
                    let target = self.type_of_ref(schema, &pointer, &name);
                    self.types.models.push(types::ModelDraft {
                        pointer,
                        root: name.clone(),
                        name,
                        wire_name: wire.clone(),
                        docs: Vec::new(),
                        kind: types::DraftKind::Alias { target },
                    });
                }
            }
        }
    }

    /// The first server's URL and its path, which the router can mount under. Server variables are
    /// replaced by their defaults.
    fn server(&mut self) -> (String, String) {
        let Some(server) = self.document.servers.first() else {
            return (String::new(), String::new());
        };
        let mut url = server.url.clone();
        for (name, variable) in server.variables.iter().flatten() {
            url = url.replace(&format!("{{{name}}}"), &variable.default);
        }
        let url = url.trim_end_matches('/').to_string();
        let path = match url.find("://") {
            Some(scheme_end) => {
                let rest = &url[scheme_end + 3..];
                rest.find('/')
                    .map(|i| rest[i..].to_string())
                    .unwrap_or_default()
            }
            None => url.clone(),
        };
        if url.contains('{') {
            self.diagnostics.warning(
                "/servers/0/url",
                "server URL has variables without defaults",
            );
        }
        (url, path)
    }
}

/// Resolves a `#/components/<section>/<name>` reference in one of the component maps.
pub fn resolve<'d, T>(
    item: &'d ReferenceOr<T>,
    section: &str,
    map: Option<&'d IndexMap<String, ReferenceOr<T>>>,
) -> Result<&'d T, String> {
    let mut current = item;
    // References to references are allowed; a cycle among them is an error, not a hang.
    for _ in 0..32 {
        match current {
            ReferenceOr::Item(value) => return Ok(value),
            ReferenceOr::Reference { reference } => {
                let prefix = format!("#/components/{section}/");
                let name = reference.strip_prefix(&prefix).ok_or_else(|| {
                    format!("unsupported reference `{reference}`: expected `{prefix}...`")
                })?;
                current = map
                    .and_then(|map| map.get(&crate::pointer::unescape_segment(name)))
                    .ok_or_else(|| format!("reference to an undefined component `{reference}`"))?;
            }
        }
    }
    Err("references form a cycle".to_string())
}

/// Documentation lines from an optional summary and description, separated by a blank line.
pub fn docs_of(summary: Option<&str>, description: Option<&str>) -> Vec<String> {
    let mut docs: Vec<String> = Vec::new();
    for text in [summary, description].into_iter().flatten() {
        let text = text.trim();
        if text.is_empty() || docs.first().is_some_and(|first| first == text) {
            continue;
        }
        if !docs.is_empty() {
            docs.push(String::new());
        }
        docs.extend(text.lines().map(|line| line.trim_end().to_string()));
    }
    docs
}

/// The UpperCamel stem of a name, for per-operation types.
pub fn type_stem(name: &str) -> String {
    names::type_name(name)
}
