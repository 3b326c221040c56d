// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

/// Does not declare the discriminator property.
#[derive(Debug, Clone, PartialEq)]
pub struct Circle {
    pub radius: f64,
}

crate::support::object!(Circle {
    radius: "radius" required,
});
