//! Documented response headers: a struct per response that has any, which the server's response
//! variant carries and its router writes, and which the client reads next to the body.

use openapiv3::{
    Header, ParameterSchemaOrContent, Response, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

use crate::ir;
use crate::names::{self, Namespace};
use crate::pointer::child;

use super::{docs_of, resolve, Context, Ty};

/// HTTP's own date headers carry HTTP-dates (RFC 9110 §5.6.7), whatever format the spec names;
/// other `date-time` headers carry RFC 3339 text.
const HTTP_DATE_HEADERS: &[&str] = &["date", "expires", "last-modified", "retry-after"];

impl Context<'_, '_> {
    /// The documented headers of a response as a struct named after `stem` and `variant`, or
    /// `None` when it documents none that can be typed. Each header that cannot is left out with a
    /// warning; the client still sees it among the raw headers.
    pub(super) fn response_headers(
        &mut self,
        response: &Response,
        pointer: &str,
        stem: &str,
        variant: &str,
        status: &str,
    ) -> Option<String> {
        let mut fields = Vec::new();
        let mut field_names = Namespace::default();
        let components = self.document.components.as_ref().map(|c| &c.headers);
        for (wire, header) in &response.headers {
            let header_pointer = child(&child(pointer, "headers"), wire);
            // OpenAPI: "If a response header is defined with the name `Content-Type`, it SHALL be
            // ignored"; the body's media type says it.
            if wire.eq_ignore_ascii_case("content-type") {
                continue;
            }
            if !is_token(wire) {
                self.diagnostics.warning(
                    &header_pointer,
                    format!(
                        "response header `{}` is skipped: not a valid HTTP header name",
                        wire.escape_debug()
                    ),
                );
                continue;
            }
            let header = match resolve(header, "headers", components) {
                Ok(header) => header,
                Err(message) => {
                    self.diagnostics.error(&header_pointer, message);
                    continue;
                }
            };
            let hint = format!("{stem}{variant}{}", names::type_name(wire));
            let Some((ty, encoding)) = self.header_type(header, wire, &header_pointer, &hint)
            else {
                continue;
            };
            let field_ty = if header.required {
                ty.clone()
            } else {
                format!("Option<{ty}>")
            };
            fields.push(ir::ResponseHeader {
                name: field_names.unique(&names::field_name(wire)),
                wire_name: wire.to_ascii_lowercase(),
                ty,
                field_ty,
                required: header.required,
                encoding,
                docs: docs_of(None, header.description.as_deref()),
            });
        }
        if fields.is_empty() {
            return None;
        }
        let name = self.types.names.unique(&format!("{stem}{variant}Headers"));
        self.header_structs.push(ir::HeaderStruct {
            name: name.clone(),
            docs: vec![format!(
                "The documented headers of the `{status}` response of `{stem}`."
            )],
            fields,
            read: false,
            write: true,
            cfg: None,
        });
        Some(name)
    }

    /// The headers the client reads for every success response of an operation: the one
    /// success response's struct, or a struct of every success response's headers, each optional.
    pub(super) fn success_headers(
        &mut self,
        responses: &[ir::Response],
        stem: &str,
    ) -> Option<String> {
        let successes: Vec<&ir::Response> = responses.iter().filter(|r| r.is_success).collect();
        if let [only] = successes.as_slice() {
            let name = only.headers_struct.as_deref()?;
            if let Some(structure) = self.header_structs.iter_mut().find(|s| s.name == name) {
                structure.read = true;
            }
            return Some(name.to_string());
        }
        let mut fields: Vec<ir::ResponseHeader> = Vec::new();
        for name in successes.iter().filter_map(|r| r.headers_struct.as_deref()) {
            let Some(structure) = self.header_structs.iter().find(|s| s.name == name) else {
                continue;
            };
            for field in &structure.fields {
                if !fields
                    .iter()
                    .any(|known| known.wire_name == field.wire_name)
                {
                    fields.push(ir::ResponseHeader {
                        field_ty: format!("Option<{}>", field.ty),
                        required: false,
                        ..field.clone()
                    });
                }
            }
        }
        if fields.is_empty() {
            return None;
        }
        let name = self.types.names.unique(&format!("{stem}Headers"));
        self.header_structs.push(ir::HeaderStruct {
            name: name.clone(),
            docs: vec![format!("The documented headers of the successful responses of `{stem}`; each is present in some of them only.")],
            fields,
            read: true,
            write: false,
            cfg: None,
        });
        Some(name)
    }

    /// The value type and wire encoding of one header, or `None` (with a warning) for a header
    /// that has no text form here.
    fn header_type(
        &mut self,
        header: &Header,
        wire: &str,
        pointer: &str,
        hint: &str,
    ) -> Option<(String, ir::HeaderEncoding)> {
        let skip = |context: &mut Self, why: &str| {
            context.diagnostics.warning(
                pointer,
                format!("response header `{wire}` is not typed: {why}; it is among the response's raw headers"),
            );
            None
        };
        let ParameterSchemaOrContent::Schema(schema) = &header.format else {
            return skip(self, "`content`-typed headers are not supported");
        };
        let ty = self.type_of_ref(schema, &child(pointer, "schema"), hint);
        let ty = match ty {
            Ty::Option(inner) => *inner,
            other => other,
        };
        let is_date_time = matches!(
            super::operations::schema_of(self.document, schema),
            Some(Schema { schema_kind: SchemaKind::Type(Type::String(string)), .. })
                if string.format == VariantOrUnknownOrEmpty::Item(StringFormat::DateTime)
        );
        if is_date_time && HTTP_DATE_HEADERS.contains(&wire.to_ascii_lowercase().as_str()) {
            self.features.http_date = true;
            self.features.chrono = true;
            return Some((
                "chrono::DateTime<chrono::Utc>".to_string(),
                ir::HeaderEncoding::HttpDate,
            ));
        }
        match &ty {
            Ty::Vec(item) if self.is_text_like(item, 0) => {
                Some((ty.render(), ir::HeaderEncoding::Csv))
            }
            _ if is_date_time => Some((ty.render(), ir::HeaderEncoding::DateTime)),
            _ if self.is_text_like(&ty, 0) => Some((ty.render(), ir::HeaderEncoding::Scalar)),
            _ => skip(self, "an object or a list of objects has no text form here"),
        }
    }
}

/// Whether `name` is an HTTP field name (RFC 9110 §5.1: a token).
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}
