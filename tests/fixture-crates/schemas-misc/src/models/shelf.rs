// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Its inline `link` and `state` are repeated verbatim by `Crate`: one type each.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Shelf {
        pub link: Option<ShelfLink> = "link" optional,
        pub state: Option<ShelfState> = "state" optional,
        /// A shelf's label.
        pub label: Option<ShelfLabel> = "label" optional,
    }
}

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct ShelfLink {
        pub href: String = "href" required,
        pub rel: Option<String> = "rel" optional,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ShelfState {
    Open,
    Closed,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ShelfState {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ShelfState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "open" => Self::Open,
            "closed" => Self::Closed,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ShelfState);

crate::support::object! {
    /// A shelf's label.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ShelfLabel {
        pub text: Option<String> = "text" optional,
    }
}
