"""Alfresco People API (9 operations) through python-alfresco-api 1.2.2, against `serve alfresco-core`.

Usage: python alfresco.py ORIGIN   (ORIGIN is what `serve` printed, e.g. http://127.0.0.1:8080)

The SDK is used as its README shows: `ClientFactory(base_url, username, password)` gives HTTP
Basic auth and `create_core_client().raw_client` the generated client that the package's
`core_client.api.people` modules call (`sync_detailed(..., client=raw_client)`). Its
`people` wrapper is not used: it exposes 4 of the 9 operations, and those with a few fixed
fields only."""

import io
import sys

from harness import expect, finish, operation
from python_alfresco_api import ClientFactory
from python_alfresco_api.raw_clients.alfresco_core_client.core_client import Client
from python_alfresco_api.raw_clients.alfresco_core_client.core_client.api.people import (
    create_person,
    delete_avatar_image,
    get_person,
    list_people,
    request_password_reset,
    reset_password,
    update_avatar_image,
    update_person,
)
from python_alfresco_api.raw_clients.alfresco_core_client.core_client.models import (
    ClientBody,
    PasswordResetBody,
    PersonBodyCreate,
    PersonBodyUpdate,
)
from python_alfresco_api.raw_clients.alfresco_core_client.core_client.types import File

ORIGIN = sys.argv[1]
OPERATIONS = [
    "create_person", "list_people", "get_person", "update_person", "get_avatar_image",
    "update_avatar_image", "delete_avatar_image", "request_password_reset", "reset_password",
]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4

factory = ClientFactory(base_url=ORIGIN, username="admin", password="admin")
core = factory.create_core_client()
raw = core.raw_client
# No authentication is required for the password reset operations: the SDK's client without
# credentials (`core_client.Client`, as its README shows), on the same base URL.
anonymous = Client(base_url=raw._base_url)


@operation("create_person")
def _():
    body = PersonBodyCreate(id="interop", first_name="Inter", last_name="Op",
                            email="interop@example.com", password="secret")
    response = create_person.sync_detailed(client=raw, body=body, fields=["id", "firstName", "email"])
    expect(response.status_code == 201, f"status {response.status_code}: {response.content[:300]!r}")
    expect(response.parsed.entry.id == "interop", f"created: {response.parsed!r}")


@operation("list_people")
def _():
    # SDK DEFECT: the spec has `orderBy`, `include` and `fields` as `style: form, explode: false`
    # (one comma-separated value); this SDK sends every array exploded (`orderBy=lastName&orderBy=
    # firstName+DESC`, seen on the wire). The server reads a repeated key as the items of all its
    # values, so no workaround is needed.
    response = list_people.sync_detailed(
        client=raw, skip_count=0, max_items=100, order_by=["lastName", "firstName DESC"],
        include=["properties", "aspectNames"], fields=["id", "firstName", "properties"],
    )
    expect(response.status_code == 200, f"status {response.status_code}: {response.content[:300]!r}")
    ids = [item.entry.id for item in response.parsed.list_.entries]
    expect("interop" in ids and "admin" in ids, f"ids: {ids}")


@operation("get_person")
def _():
    response = get_person.sync_detailed("-me-", client=raw, fields=["id", "firstName"])
    expect(response.status_code == 200, f"status {response.status_code}: {response.content[:300]!r}")
    expect(response.parsed.entry.id == "admin", f"person: {response.parsed!r}")
    # `fields` restricts what comes back (to the listed and the required properties).
    expect(b"displayName" not in response.content, f"displayName not asked for: {response.content!r}")


@operation("update_person")
def _():
    response = update_person.sync_detailed("interop", client=raw, body=PersonBodyUpdate(job_title="Tester"))
    expect(response.status_code == 200, f"status {response.status_code}: {response.content[:300]!r}")
    expect(response.parsed.entry.job_title == "Tester", f"updated: {response.parsed!r}")


@operation("update_avatar_image")
def _():
    response = update_avatar_image.sync_detailed(
        "interop", client=raw, body=File(payload=io.BytesIO(PNG), mime_type="application/octet-stream"))
    expect(response.status_code == 200, f"status {response.status_code}: {response.content[:200]!r}")


@operation("get_avatar_image")
def _():
    # SDK DEFECT: python-alfresco-api 1.2.2 has no get_avatar_image (core_client/api/people/ holds
    # the other 8 operations; openapi-python-client skipped it, its `default` response being an
    # Error under application/octet-stream). Workaround: the SDK's documented raw HTTP access,
    # `core_client.httpx_client`, which carries the factory's credentials and base URL.
    http = raw.get_httpx_client()
    response = http.get("/people/interop/avatar", params={"attachment": "true", "placeholder": "true"},
                        headers={"If-Modified-Since": "2013-10-20T19:20:30+01:00"})
    expect(response.status_code == 200 and response.content == PNG,
           f"status {response.status_code}, {len(response.content)} bytes")


@operation("delete_avatar_image")
def _():
    response = delete_avatar_image.sync_detailed("interop", client=raw)
    expect(response.status_code == 204, f"status {response.status_code}: {response.content[:200]!r}")


@operation("request_password_reset")
def _():
    response = request_password_reset.sync_detailed(
        "interop", client=anonymous, body=ClientBody(client="share"))
    expect(response.status_code == 202, f"status {response.status_code}: {response.content[:200]!r}")


@operation("reset_password")
def _():
    response = reset_password.sync_detailed(
        "interop", client=anonymous,
        body=PasswordResetBody(password="newPassword", id="activiti$10", key="4dad6d00-0daf-413a-b200-f64af4e12345"))
    expect(response.status_code == 202, f"status {response.status_code}: {response.content[:200]!r}")


finish("alfresco", OPERATIONS)
