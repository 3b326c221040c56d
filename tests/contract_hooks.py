"""schemathesis hooks for tests/contract.sh.

A multipart part name travels inside a MIME header (`Content-Disposition: form-data; name="..."`),
where control characters cannot be written (RFC 7578 defers to RFC 9110 field values). When a
schema allows arbitrary property names, schemathesis generates such names and an unencodable
body; the server rightly refuses it as malformed. Those cases are not requests a client can
send, so they are filtered out of generation. Nothing else is filtered.
"""

import schemathesis


def _is_multipart(ctx) -> bool:
    operation = getattr(ctx, "operation", None)
    bodies = getattr(operation, "body", None) or []
    return any(str(getattr(body, "media_type", "")).startswith("multipart/") for body in bodies)


def _has_control_characters(text) -> bool:
    return any(ord(c) < 32 or ord(c) == 127 for c in str(text))


@schemathesis.hook
def filter_body(ctx, body):
    if isinstance(body, dict) and _is_multipart(ctx):
        return not any(_has_control_characters(name) for name in body)
    return True
