//! In-memory reference implementations of every generated server trait, behaving like the real
//! products closely enough that every documented status of every operation is reachable.
//!
//! Each implementation is a cheap-to-clone handle on shared state: tests keep a clone to seed data
//! and to check what the server received, `serve` (tests/bin/serve.rs) serves one over HTTP.
//!
//! Demo credentials (anything else is refused): Alfresco basic `admin:admin`, DocSpace cookie
//! `asc_auth_key=demo-key`, Pieces OAuth2 bearer `demo-token` (on `select_user`, the only
//! operation the Pieces spec secures).

pub mod alfresco;
pub mod docspace;
pub mod pieces;

use axum::Router;

/// The spec names `serve` accepts, in the order the contract script runs them.
pub const SPECS: &[&str] = &["alfresco-core", "docspace", "pieces-os"];

/// The router of spec `name` over a fresh reference implementation, mounted under the base path
/// of the spec's server URL, and a handle to close its long-lived connections (WebSocket streams)
/// before a graceful shutdown. With `documentation`, the router also serves the OpenAPI document
/// and the documentation page (`RouterOptions::with_documentation`).
pub fn app(name: &str, documentation: bool) -> Option<(Router, Box<dyn Fn() + Send + Sync>)> {
    match name {
        "alfresco-core" => {
            let options =
                alfresco_core::server::RouterOptions::default().with_documentation(documentation);
            Some((
                alfresco::People::demo().router_with(options),
                Box::new(|| {}),
            ))
        }
        "docspace" => {
            let options =
                ::docspace::server::RouterOptions::default().with_documentation(documentation);
            Some((
                docspace::Photos::demo().router_with(options),
                Box::new(|| {}),
            ))
        }
        "pieces-os" => {
            let options =
                pieces_os::server::RouterOptions::default().with_documentation(documentation);
            let pieces = pieces::Pieces::demo();
            let closer = pieces.clone();
            Some((
                pieces.router_with(options),
                Box::new(move || closer.close_streams()),
            ))
        }
        _ => None,
    }
}
