//! The files of `src/models/`: one per model defined outside any other (a component schema, an
//! operation's inline schema), holding it and the inline models its definition defined, named
//! after it (`Repository` → `src/models/repository.rs`).
//!
//! Why not one `models.rs`: rustc's incremental cache sees every item after an edited line of a
//! file as moved, so one added property near the top of a 27,000-line `models.rs` re-checks
//! nearly all of it (GitHub Enterprise: 24.8 s after editing the first struct, 9.5 s after
//! editing the last). With a file per schema, a spec edit changes the files of the schemas it
//! touches.

use std::collections::{BTreeSet, HashMap};

use crate::ir::{Model, ModelFile, ModelKind};
use crate::names::{self, Namespace};

/// Module names a model file must not take: the crates and modules that model code names by
/// path (`serde::Serialize`, `crate::support`), which a glob import of `models` would shadow,
/// and the device names Windows will not open as files (`aux.rs`, `con.rs`).
const RESERVED: &[&str] = &[
    "aux",
    "con",
    "nul",
    "prn",
    "com0",
    "com1",
    "com2",
    "com3",
    "com4",
    "com5",
    "com6",
    "com7",
    "com8",
    "com9",
    "lpt0",
    "lpt1",
    "lpt2",
    "lpt3",
    "lpt4",
    "lpt5",
    "lpt6",
    "lpt7",
    "lpt8",
    "lpt9",
    "alloc",
    "axum",
    "bytes",
    "chrono",
    "core",
    "crate",
    "futures_util",
    "models",
    "reqwest",
    "serde",
    "serde_json",
    "std",
    "support",
    "tokio",
    "uuid",
];

/// Groups `models` by root, in the order the roots were defined.
pub fn assign(models: &[Model]) -> Vec<ModelFile> {
    let mut modules = Namespace::default();
    for name in RESERVED {
        modules.reserve(name);
    }
    let mut files: Vec<ModelFile> = Vec::new();
    let mut by_root: HashMap<&str, usize> = HashMap::new();
    for (index, model) in models.iter().enumerate() {
        let file = *by_root.entry(model.root.as_str()).or_insert_with(|| {
            files.push(ModelFile {
                module: modules.unique(&names::module_name(&model.root)),
                models: Vec::new(),
                imports_models: false,
                inner_cfg: None,
                cfg: None,
            });
            files.len() - 1
        });
        files[file].models.push(index);
    }
    let known: BTreeSet<&str> = models.iter().map(|model| model.name.as_str()).collect();
    for file in &mut files {
        let own: BTreeSet<&str> = file
            .models
            .iter()
            .map(|&index| models[index].name.as_str())
            .collect();
        file.imports_models = file
            .models
            .iter()
            .any(|&index| names_other_models(&models[index], &known, &own));
    }
    files
}

/// Whether the type expressions of `model` name a model outside `own`. Only type expressions:
/// unlike `tag_features::references`, which may over-count, a wire name (of a property, or in a
/// union variant's serde attribute) that happens to name a model must not add an import that
/// would then warn as unused.
fn names_other_models(model: &Model, known: &BTreeSet<&str>, own: &BTreeSet<&str>) -> bool {
    let types: Vec<&str> = match &model.kind {
        ModelKind::Struct { fields, .. } => fields.iter().map(|field| field.ty.as_str()).collect(),
        ModelKind::Union { variants, .. } => variants
            .iter()
            .filter_map(|variant| variant.ty.as_deref())
            .collect(),
        ModelKind::TaggedUnion { variants, .. } => {
            variants.iter().map(|variant| variant.ty.as_str()).collect()
        }
        ModelKind::Alias { target } => vec![target.as_str()],
        ModelKind::StringEnum { .. } | ModelKind::IntegerEnum { .. } => Vec::new(),
    };
    types.iter().any(|ty| {
        ty.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| known.contains(word) && !own.contains(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_names_are_ascii_snake_case_and_never_shadow_a_crate() {
        assert_eq!(
            names::module_name("RepositoryInvitation"),
            "repository_invitation"
        );
        assert_eq!(names::module_name("Type"), "type_");
        assert_eq!(names::module_name("Überschrift"), "berschrift");
        assert_eq!(names::module_name("Ω"), "m");
        assert_eq!(names::module_name("N2faStatus"), "n2fa_status");
        assert!(names::module_name(&"Long".repeat(40)).len() <= 60);
        let mut modules = Namespace::default();
        for name in RESERVED {
            modules.reserve(name);
        }
        assert_eq!(modules.unique(&names::module_name("Serde")), "serde2");
        assert_eq!(modules.unique(&names::module_name("Aux")), "aux2");
    }
}
