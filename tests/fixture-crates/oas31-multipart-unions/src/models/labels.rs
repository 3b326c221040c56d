// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Labels {
    pub main: Option<String>,
}

crate::support::object!(Labels {
    main: "main" optional,
});
