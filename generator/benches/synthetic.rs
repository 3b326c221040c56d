//! A seeded synthetic OpenAPI 3.0 spec of any size, shaped like real vendor specs: CRUD paths
//! with path, query and header parameters, JSON bodies, several responses, and schemas with
//! scalar, enum, array, map, nested inline object and cross-referencing properties.

use std::fmt::Write as _;

/// A small deterministic generator (SplitMix64), so every run sees the same spec.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A spec with `resources` resources: each has one schema with `fields_per_schema` properties,
/// a collection path (list, create) and an item path (get, update, delete): five operations.
pub fn spec(resources: usize, fields_per_schema: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut out = String::with_capacity(resources * 3000);
    out.push_str("openapi: 3.0.3\ninfo:\n  title: Synthetic\n  version: '1'\n  description: A generated benchmark spec.\n");
    out.push_str(
        "servers:\n  - url: https://api.example.com/v1\nsecurity:\n  - bearer: []\npaths:\n",
    );
    for r in 0..resources {
        let name = format!("Resource{r}");
        let path = format!("resource{r}s");
        let _ = write!(
            out,
            "  /{path}:\n    get:\n      operationId: list{name}s\n      tags: [group{g}]\n      summary: List {name}s\n      description: Returns a page of {name}s, filtered and ordered.\n      parameters:\n        - name: skip\n          in: query\n          schema: {{type: integer, minimum: 0, default: 0}}\n        - name: limit\n          in: query\n          schema: {{type: integer, minimum: 1, default: 100}}\n        - name: fields\n          in: query\n          style: form\n          explode: false\n          schema: {{type: array, items: {{type: string}}}}\n      responses:\n        '200':\n          description: A page.\n          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  items:\n                    type: array\n                    items: {{$ref: '#/components/schemas/{name}'}}\n                  total: {{type: integer, format: int64}}\n        '400': {{description: Bad request.}}\n        default:\n          description: Error.\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/Error'}}\n",
            g = r % 12
        );
        let _ = write!(
            out,
            "    post:\n      operationId: create{name}\n      tags: [group{g}]\n      summary: Create a {name}\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: {{$ref: '#/components/schemas/{name}'}}\n      responses:\n        '201':\n          description: Created.\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/{name}'}}\n        '409': {{description: Conflict.}}\n        '422':\n          description: Invalid.\n          content:\n            text/plain:\n              schema: {{type: string}}\n",
            g = r % 12
        );
        let _ = write!(
            out,
            "  /{path}/{{id}}:\n    parameters:\n      - name: id\n        in: path\n        required: true\n        schema: {{type: string}}\n    get:\n      operationId: get{name}\n      tags: [group{g}]\n      parameters:\n        - name: If-None-Match\n          in: header\n          schema: {{type: string}}\n      responses:\n        '200':\n          description: The {name}.\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/{name}'}}\n        '304': {{description: Not modified.}}\n        '404': {{description: Not found.}}\n    put:\n      operationId: update{name}\n      tags: [group{g}]\n      requestBody:\n        content:\n          application/json:\n            schema: {{$ref: '#/components/schemas/{name}'}}\n      responses:\n        '200':\n          description: Updated.\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/{name}'}}\n        '404': {{description: Not found.}}\n    delete:\n      operationId: delete{name}\n      tags: [group{g}]\n      responses:\n        '204': {{description: Deleted.}}\n        '404': {{description: Not found.}}\n",
            g = r % 12
        );
    }
    out.push_str(
        "components:\n  securitySchemes:\n    bearer: {type: http, scheme: bearer}\n  schemas:\n",
    );
    out.push_str("    Error:\n      type: object\n      required: [code, message]\n      properties:\n        code: {type: integer, format: int32}\n        message: {type: string}\n");
    for r in 0..resources {
        let _ = write!(out, "    Resource{r}:\n      type: object\n      description: Resource number {r}.\n      required: [id]\n      properties:\n        id: {{type: string, format: uuid}}\n");
        for f in 0..fields_per_schema {
            let field = match rng.below(9) {
                0 => "{type: string, maxLength: 200}".to_string(),
                1 => "{type: integer, format: int32}".to_string(),
                2 => "{type: number, format: double, nullable: true}".to_string(),
                3 => "{type: boolean, default: false}".to_string(),
                4 => "{type: string, format: date-time, readOnly: true}".to_string(),
                5 => "{type: string, enum: [active, inactive, pending, archived]}".to_string(),
                6 => "{type: array, items: {type: string}}".to_string(),
                7 => "{type: object, additionalProperties: {type: integer}}".to_string(),
                _ => {
                    let other = rng.below(resources as u64);
                    format!("{{$ref: '#/components/schemas/Resource{other}'}}")
                }
            };
            // Vendor specs describe most properties and give examples for many (GitHub's and
            // Stripe's do nearly everywhere); the prose is spec bytes that become doc lines.
            let described = match rng.below(3) {
                0 => field,
                1 => field.replacen(
                    '{',
                    &format!("{{description: 'The field{f} of a resource, as last set by its owner.', "),
                    1,
                ),
                _ => field.replacen(
                    '{',
                    &format!("{{description: 'Field {f} of the resource. Clients that do not know it should keep it as sent.', "),
                    1,
                ),
            };
            let _ = writeln!(out, "        field{f}: {described}");
        }
        let _ = write!(out, "        details:\n          type: object\n          properties:\n            note: {{type: string}}\n            score: {{type: integer}}\n");
    }
    out
}
