//! Finishing models: boxing recursive references, choosing derives, writing serde attributes.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Field, Model, ModelKind, TaggedVariant, UnionVariant};

use super::cycles;
use super::types::{DraftKind, FieldDraft, ModelDraft, Ty, VariantDraft};

/// Turns drafts into IR models. Recursion is broken with `Box` on every reference that stays within
/// a cycle without passing through a `Vec` or a map (which already allocate).
pub fn finish(drafts: Vec<ModelDraft>) -> Vec<Model> {
    let graph = direct_graph(&drafts);
    let components = cycles::components(&graph);
    let defaultable = defaultable_models(&drafts);
    drafts
        .into_iter()
        .map(|draft| {
            let own = components.get(draft.name.as_str());
            let reaches_back = |ty: &Ty| {
                let mut targets = Vec::new();
                ty.direct_models(&mut targets);
                targets.iter().any(|target| {
                    target == &draft.name
                        || (own.is_some() && components.get(target.as_str()) == own)
                })
            };
            let mut derives = Vec::new();
            let kind = match draft.kind {
                DraftKind::Struct {
                    fields,
                    deny_unknown_fields,
                } => {
                    if defaultable.contains(&draft.name) {
                        derives.push("Default".to_string());
                    }
                    let fields = fields
                        .into_iter()
                        .map(|field| {
                            let boxed = reaches_back(&field.ty);
                            finish_field(field, boxed)
                        })
                        .collect();
                    ModelKind::Struct {
                        fields,
                        deny_unknown_fields,
                    }
                }
                DraftKind::StringEnum {
                    variants,
                    default_variant,
                } => {
                    if default_variant.is_some() {
                        derives.push("Default".to_string());
                    }
                    derives.extend(["Eq", "Hash"].map(str::to_string));
                    ModelKind::StringEnum {
                        variants,
                        default_variant,
                    }
                }
                DraftKind::IntegerEnum { repr, constants } => {
                    derives.extend(["Copy", "Eq", "Hash", "PartialOrd", "Ord"].map(str::to_string));
                    ModelKind::IntegerEnum {
                        repr: repr.to_string(),
                        constants,
                    }
                }
                DraftKind::Union { variants, tag } => {
                    let variants = variants.into_iter().map(|variant| VariantDraft {
                        ty: if reaches_back(&variant.ty) {
                            variant.ty.boxed()
                        } else {
                            variant.ty
                        },
                        ..variant
                    });
                    match tag {
                        Some(property) => ModelKind::TaggedUnion {
                            property,
                            variants: variants.map(tagged_variant).collect(),
                        },
                        None => ModelKind::Union {
                            variants: variants
                                .map(|variant| UnionVariant {
                                    name: variant.name,
                                    ty: Some(variant.ty.render()),
                                    serde: None,
                                    docs: variant.docs,
                                })
                                .collect(),
                            serde: "untagged".to_string(),
                        },
                    }
                }
                DraftKind::Alias { target } => ModelKind::Alias {
                    target: target.render(),
                },
            };
            Model {
                pointer: draft.pointer,
                name: draft.name,
                wire_name: draft.wire_name,
                docs: draft.docs,
                derives,
                kind,
            }
        })
        .collect()
}

fn tagged_variant(variant: VariantDraft) -> TaggedVariant {
    let literals: Vec<String> = variant.tags.iter().map(|tag| format!("{tag:?}")).collect();
    TaggedVariant {
        pattern: literals.join(" | "),
        tag: variant.tags.first().cloned().unwrap_or_default(),
        name: variant.name,
        ty: variant.ty.render(),
        docs: variant.docs,
    }
}

fn finish_field(field: FieldDraft, boxed: bool) -> Field {
    let ty = if boxed { field.ty.boxed() } else { field.ty };
    let mut serde = Vec::new();
    let ty = if field.wire_name.is_empty() {
        serde.push("flatten".to_string());
        ty
    } else {
        if field.name != field.wire_name {
            serde.push(format!("rename = {:?}", field.wire_name));
        }
        if field.required {
            ty
        } else {
            serde.push(r#"default, skip_serializing_if = "Option::is_none""#.to_string());
            if ty.is_option() {
                ty
            } else {
                serde.push(r#"deserialize_with = "crate::support::non_null""#.to_string());
                Ty::Option(Box::new(ty))
            }
        }
    };
    Field {
        name: field.name,
        wire_name: field.wire_name,
        ty: ty.render(),
        docs: field.docs,
        serde: (!serde.is_empty()).then(|| serde.join(", ")),
    }
}

/// Model → models it holds directly (aliases are followed through their target type).
fn direct_graph(drafts: &[ModelDraft]) -> BTreeMap<String, Vec<String>> {
    drafts
        .iter()
        .map(|draft| {
            let mut targets = Vec::new();
            match &draft.kind {
                DraftKind::Struct { fields, .. } => fields
                    .iter()
                    .for_each(|field| field.ty.direct_models(&mut targets)),
                DraftKind::Union { variants, .. } => variants
                    .iter()
                    .for_each(|variant| variant.ty.direct_models(&mut targets)),
                DraftKind::Alias { target } => target.direct_models(&mut targets),
                DraftKind::StringEnum { .. } | DraftKind::IntegerEnum { .. } => {}
            }
            (draft.name.clone(), targets)
        })
        .collect()
}

/// Structs whose every required field has a `Default`, found as a fixpoint because models refer to
/// each other.
fn defaultable_models(drafts: &[ModelDraft]) -> BTreeSet<String> {
    let mut defaultable: BTreeSet<String> = drafts
        .iter()
        .filter(|draft| match &draft.kind {
            DraftKind::Struct { .. } => true,
            DraftKind::StringEnum {
                default_variant, ..
            } => default_variant.is_some(),
            _ => false,
        })
        .map(|draft| draft.name.clone())
        .collect();
    let aliases: BTreeMap<&str, &Ty> = drafts
        .iter()
        .filter_map(|draft| match &draft.kind {
            DraftKind::Alias { target } => Some((draft.name.as_str(), target)),
            _ => None,
        })
        .collect();
    loop {
        let before = defaultable.len();
        for draft in drafts {
            if let DraftKind::Struct { fields, .. } = &draft.kind {
                let ok = fields
                    .iter()
                    .filter(|field| field.required)
                    .all(|field| has_default(&field.ty, &defaultable, &aliases, 0));
                if !ok {
                    defaultable.remove(&draft.name);
                }
            }
        }
        if defaultable.len() == before {
            return defaultable;
        }
    }
}

fn has_default(
    ty: &Ty,
    defaultable: &BTreeSet<String>,
    aliases: &BTreeMap<&str, &Ty>,
    depth: usize,
) -> bool {
    match ty {
        Ty::Option(_) | Ty::Vec(_) | Ty::Map(_) => true,
        Ty::Box(inner) => has_default(inner, defaultable, aliases, depth),
        Ty::Named(name) => match aliases.get(name.as_str()) {
            Some(target) if depth < 16 => has_default(target, defaultable, aliases, depth + 1),
            Some(_) => false,
            None => defaultable.contains(name),
        },
        Ty::Plain(path) => !["chrono::", "uuid::", "url::"]
            .iter()
            .any(|prefix| path.starts_with(prefix)),
    }
}
