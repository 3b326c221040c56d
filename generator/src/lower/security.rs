//! Security schemes and requirements: which credentials exist and which operation needs which.

use indexmap::IndexMap;
use openapiv3::{APIKeyLocation, SecurityRequirement, SecurityScheme};

use crate::diagnostics::child;
use crate::ir;
use crate::names::{self, Namespace};

use super::{docs_of, resolve, Context};

impl Context<'_, '_> {
    pub(super) fn lower_security_schemes(&mut self) -> Vec<ir::SecurityScheme> {
        let Some(components) = &self.document.components else {
            return Vec::new();
        };
        let mut type_names = Namespace::default();
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
            let (kind, location, key_name, description) = match scheme {
                SecurityScheme::HTTP {
                    scheme,
                    description,
                    ..
                } => match scheme.to_ascii_lowercase().as_str() {
                    "basic" => ("basic", None, None, description),
                    "bearer" => ("bearer", None, None, description),
                    other => {
                        // Digest, HOBA, AWS4-HMAC and friends need per-request computation; the
                        // caller supplies the whole `Authorization` value instead.
                        self.diagnostics.warning(
                            &child(&pointer, "scheme"),
                            format!("HTTP authentication scheme `{other}` is passed through: the caller supplies the whole `Authorization` header value"),
                        );
                        (
                            "api_key",
                            Some("header".to_string()),
                            Some("Authorization".to_string()),
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
                        APIKeyLocation::Header => "header",
                        APIKeyLocation::Query => "query",
                        APIKeyLocation::Cookie => "cookie",
                    };
                    (
                        "api_key",
                        Some(location.to_string()),
                        Some(name.clone()),
                        description,
                    )
                }
                // The client sends an access token it obtained elsewhere; the flows are the
                // authorization server's business.
                SecurityScheme::OAuth2 { description, .. }
                | SecurityScheme::OpenIDConnect { description, .. } => {
                    ("bearer", None, None, description)
                }
            };
            let name = type_names.unique(&names::type_name(wire));
            lowered.push(ir::SecurityScheme {
                wire_name: wire.clone(),
                field: names::field_name(&name),
                name,
                kind: kind.to_string(),
                location,
                key_name,
                docs: docs_of(None, description.as_deref()),
                used: false,
                cfg: None,
            });
        }
        lowered
    }

    /// The requirement alternatives of one operation, and whether anonymous access is one of them.
    pub(super) fn lower_requirements(
        &mut self,
        requirements: Option<&Vec<SecurityRequirement>>,
        pointer: &str,
        schemes: &[ir::SecurityScheme],
    ) -> (Vec<ir::SecurityRequirement>, bool) {
        let (requirements, pointer) = match requirements {
            Some(requirements) => (requirements, child(pointer, "security")),
            None => match &self.document.security {
                Some(global) => (global, "/security".to_string()),
                None => return (Vec::new(), false),
            },
        };
        let mut alternatives = Vec::new();
        let mut optional = false;
        for (index, requirement) in requirements.iter().enumerate() {
            if requirement.is_empty() {
                optional = true;
                continue;
            }
            let item_pointer = child(&pointer, &index.to_string());
            let schemes = self.requirement_schemes(requirement, &item_pointer, schemes);
            if schemes.is_empty() {
                optional = true;
            } else {
                alternatives.push(ir::SecurityRequirement { schemes });
            }
        }
        (alternatives, optional)
    }

    fn requirement_schemes(
        &mut self,
        requirement: &IndexMap<String, Vec<String>>,
        pointer: &str,
        schemes: &[ir::SecurityScheme],
    ) -> Vec<String> {
        let mut names = Vec::new();
        for wire in requirement.keys() {
            match schemes.iter().find(|scheme| &scheme.wire_name == wire) {
                Some(scheme) => names.push(scheme.name.clone()),
                None => self.diagnostics.warning(
                    &child(pointer, wire),
                    format!("security requirement names `{wire}`, which is not defined in `components/securitySchemes`; ignored"),
                ),
            }
        }
        names
    }
}
