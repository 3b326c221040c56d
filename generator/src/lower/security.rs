//! Security schemes and requirements: which credentials exist and which operation needs which.

use indexmap::IndexMap;
use openapiv3::{APIKeyLocation, SecurityRequirement, SecurityScheme};

use crate::ir::{self, ApiKeyPlace, Location, SchemeKind};
use crate::names::{self, Namespace};
use crate::pointer::child;

use super::{code, docs_of, resolve, Context};

impl Context<'_, '_> {
    pub(super) fn lower_security_schemes(&mut self) -> Vec<ir::SecurityScheme> {
        let Some(components) = &self.document.components else {
            return Vec::new();
        };
        let mut type_names = Namespace::default();
        // The schemes' constants (`BASIC_AUTH`) share `server.rs` with these.
        for taken in [
            "OpenapiJson",
            "OpenapiYaml",
            "DocumentationHtml",
            "Documents",
            "ProblemJson",
        ] {
            type_names.reserve(taken);
        }
        let mut lowered = Vec::new();
        for (wire, scheme) in &components.security_schemes {
            let pointer = child("/components/securitySchemes", wire);
            let scheme = match resolve(
                scheme,
                "securitySchemes",
                Some(&components.security_schemes),
            ) {
                Ok(scheme) => scheme,
                Err(message) => {
                    self.diagnostics.error(&pointer, message);
                    continue;
                }
            };
            let (kind, key, description) = match scheme {
                SecurityScheme::HTTP {
                    scheme,
                    description,
                    ..
                } => match scheme.to_ascii_lowercase().as_str() {
                    "basic" => (SchemeKind::Basic, None, description),
                    "bearer" => (SchemeKind::Bearer, None, description),
                    other => {
                        // Digest, HOBA, AWS4-HMAC and friends need per-request computation; the
                        // caller supplies the whole `Authorization` value instead.
                        self.diagnostics.warning(
                            &child(&pointer, "scheme"),
                            format!("HTTP authentication scheme `{other}` is passed through: the caller supplies the whole `Authorization` header value"),
                        );
                        (
                            SchemeKind::ApiKey,
                            Some(ApiKeyPlace {
                                location: Location::Header,
                                name: "Authorization".to_string(),
                            }),
                            description,
                        )
                    }
                },
                SecurityScheme::APIKey {
                    location,
                    name,
                    description,
                    ..
                } => {
                    let location = match location {
                        APIKeyLocation::Header => Location::Header,
                        APIKeyLocation::Query => Location::Query,
                        APIKeyLocation::Cookie => Location::Cookie,
                    };
                    (
                        SchemeKind::ApiKey,
                        Some(ApiKeyPlace {
                            location,
                            name: name.clone(),
                        }),
                        description,
                    )
                }
                // The client sends an access token it obtained elsewhere; the flows are the
                // authorization server's business.
                SecurityScheme::OAuth2 { description, .. }
                | SecurityScheme::OpenIDConnect { description, .. } => {
                    (SchemeKind::Bearer, None, description)
                }
            };
            let name = type_names.unique(&names::type_name(wire));
            lowered.push(ir::SecurityScheme {
                wire_name: wire.clone(),
                constant: names::field_name(&name).to_uppercase(),
                name,
                client_scheme: code::client_scheme(kind, key.as_ref()),
                server_scheme: code::server_scheme(kind, key.as_ref(), &self.document.info.title),
                kind,
                key,
                docs: docs_of(None, description.as_deref()),
                used: false,
                cfg: None,
            });
        }
        lowered
    }

    /// The security of one operation: its requirement alternatives, whether anonymous access is
    /// one of them, and how the server reads and hands on the credentials. `None` without
    /// requirements.
    pub(super) fn lower_security(
        &mut self,
        requirements: Option<&Vec<SecurityRequirement>>,
        pointer: &str,
        schemes: &[ir::SecurityScheme],
    ) -> Option<ir::Security> {
        let (requirements, pointer) = match requirements {
            Some(requirements) => (requirements, child(pointer, "security")),
            None => (self.document.security.as_ref()?, "/security".to_string()),
        };
        let mut alternatives: Vec<ir::Requirement> = Vec::new();
        let mut reads: Vec<String> = Vec::new();
        let mut optional = false;
        for (index, requirement) in requirements.iter().enumerate() {
            let item_pointer = child(&pointer, &index.to_string());
            let required = self.requirement_schemes(requirement, &item_pointer, schemes);
            if required.is_empty() {
                optional = true;
                continue;
            }
            let variant = required
                .iter()
                .map(|scheme| scheme.name.as_str())
                .collect::<Vec<_>>()
                .join("And");
            if alternatives.iter().any(|known| known.variant == variant) {
                continue;
            }
            // Several schemes at once are read as nested pairs, so their values nest too:
            // `((A, B), C)`.
            let mut server_ty = String::new();
            let mut read = String::new();
            for scheme in &required {
                let credential_ty = match scheme.kind {
                    SchemeKind::Basic => "BasicCredentials",
                    SchemeKind::Bearer => "BearerToken",
                    SchemeKind::ApiKey => "ApiKey",
                };
                let scheme_read = scheme.constant.clone();
                (server_ty, read) = if server_ty.is_empty() {
                    (credential_ty.to_string(), scheme_read)
                } else {
                    (
                        format!("({server_ty}, {credential_ty})"),
                        format!("rt::AllOf({read}, {scheme_read})"),
                    )
                };
            }
            reads.push(read);
            alternatives.push(ir::Requirement {
                constants: required.iter().map(|s| s.constant.clone()).collect(),
                wire_names: required.iter().map(|s| s.wire_name.clone()).collect(),
                variant,
                server_ty,
            });
        }
        if alternatives.is_empty() {
            return None;
        }
        // Operations that accept the same alternatives (GitLab: 358 of them, a header or a query
        // token) share one enum.
        let server_enum = (alternatives.len() > 1).then(|| {
            let name = format!(
                "{}Credentials",
                alternatives
                    .iter()
                    .map(|alternative| alternative.variant.as_str())
                    .collect::<Vec<_>>()
                    .join("Or")
            );
            self.credential_enums
                .entry(name.clone())
                .or_insert_with(|| ir::CredentialEnum {
                    name: name.clone(),
                    alternatives: alternatives.clone(),
                    cfg: None,
                });
            name
        });
        let server_read = match &server_enum {
            // The first alternative the request presents wins.
            Some(name) => alternatives
                .iter()
                .zip(reads)
                .map(|(alternative, read)| {
                    format!("rt::Map({read}, {name}::{})", alternative.variant)
                })
                .reduce(|first, next| format!("rt::AnyOf({first}, {next})"))
                .unwrap_or_default(),
            None => reads.remove(0),
        };
        let inner = server_enum
            .clone()
            .unwrap_or_else(|| alternatives[0].server_ty.clone());
        Some(ir::Security {
            server_ty: if optional {
                format!("Option<{inner}>")
            } else {
                inner
            },
            server_enum,
            server_read,
            optional,
            alternatives,
        })
    }

    fn requirement_schemes<'s>(
        &mut self,
        requirement: &IndexMap<String, Vec<String>>,
        pointer: &str,
        schemes: &'s [ir::SecurityScheme],
    ) -> Vec<&'s ir::SecurityScheme> {
        let mut names = Vec::new();
        for wire in requirement.keys() {
            match schemes.iter().find(|scheme| &scheme.wire_name == wire) {
                Some(scheme) => names.push(scheme),
                None => self.diagnostics.warning(
                    &child(pointer, wire),
                    format!("security requirement names `{wire}`, which is not defined in `components/securitySchemes`; ignored"),
                ),
            }
        }
        names
    }
}
