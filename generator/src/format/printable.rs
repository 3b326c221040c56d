//! What prettyplease can print: syn keeps some syntax it parses but does not model as
//! `Verbatim` tokens, and prettyplease (without its `verbatim` feature) panics on them. A file
//! is checked before it is printed, so such output is an internal error naming the construct,
//! not a crash of the generator.

use syn::visit::Visit;

/// The first `Verbatim` node of `file`, as its tokens; `None` when prettyplease can print it all.
pub fn first_verbatim(file: &syn::File) -> Option<String> {
    let mut finder = Finder(None);
    finder.visit_file(file);
    finder.0
}

struct Finder(Option<String>);

impl Finder {
    fn found(&mut self, kind: &str, tokens: &dyn std::fmt::Display) {
        let tokens = tokens.to_string();
        if self.0.is_none() && !tokens.is_empty() {
            self.0 = Some(format!("{kind} `{tokens}`"));
        }
    }
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_item(&mut self, node: &'ast syn::Item) {
        if let syn::Item::Verbatim(tokens) = node {
            self.found("item", tokens);
        }
        syn::visit::visit_item(self, node);
    }
    fn visit_trait_item(&mut self, node: &'ast syn::TraitItem) {
        if let syn::TraitItem::Verbatim(tokens) = node {
            self.found("trait item", tokens);
        }
        syn::visit::visit_trait_item(self, node);
    }
    fn visit_impl_item(&mut self, node: &'ast syn::ImplItem) {
        if let syn::ImplItem::Verbatim(tokens) = node {
            self.found("impl item", tokens);
        }
        syn::visit::visit_impl_item(self, node);
    }
    fn visit_foreign_item(&mut self, node: &'ast syn::ForeignItem) {
        if let syn::ForeignItem::Verbatim(tokens) = node {
            self.found("foreign item", tokens);
        }
        syn::visit::visit_foreign_item(self, node);
    }
    fn visit_expr(&mut self, node: &'ast syn::Expr) {
        if let syn::Expr::Verbatim(tokens) = node {
            self.found("expression", tokens);
        }
        syn::visit::visit_expr(self, node);
    }
    fn visit_type(&mut self, node: &'ast syn::Type) {
        if let syn::Type::Verbatim(tokens) = node {
            self.found("type", tokens);
        }
        syn::visit::visit_type(self, node);
    }
    fn visit_pat(&mut self, node: &'ast syn::Pat) {
        if let syn::Pat::Verbatim(tokens) = node {
            self.found("pattern", tokens);
        }
        syn::visit::visit_pat(self, node);
    }
    fn visit_type_param_bound(&mut self, node: &'ast syn::TypeParamBound) {
        if let syn::TypeParamBound::Verbatim(tokens) = node {
            self.found("bound", tokens);
        }
        syn::visit::visit_type_param_bound(self, node);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_prettyplease_cannot_print() {
        let file = syn::parse_file("trait T { pub fn f(); }").unwrap();
        assert!(first_verbatim(&file).is_some_and(|found| found.starts_with("trait item")));
        let file = syn::parse_file("trait T { fn f(); } fn g() { let x = 1; }").unwrap();
        assert_eq!(first_verbatim(&file), None);
    }
}
