"""Pieces OS Person (5) and User (9) APIs through pieces-os-client 5.0.1, against `serve pieces-os`.

Usage: python pieces.py ORIGIN

As the SDK's pages show: `Configuration(host)`, `ApiClient(configuration)`,
`PersonApi(api_client)` and `UserApi(api_client)`; the OAuth2 token of `select_user` as
`configuration.access_token`. Optional bodies are left out where the pages mark them optional,
as a user would (the SDK then sends `Content-Type: application/json` with an empty body).
`stream_user` (a WebSocket) goes through the SDK's own socket helper for the user stream,
`pieces_os_client.wrapper.websockets.AuthWS`."""

import sys
import threading

from harness import expect, finish, operation
from pieces_os_client.api.person_api import PersonApi
from pieces_os_client.api.user_api import UserApi
from pieces_os_client.api_client import ApiClient
from pieces_os_client.configuration import Configuration
from pieces_os_client.models.allocation_cloud import AllocationCloud
from pieces_os_client.models.auth0_user import Auth0User
from pieces_os_client.models.seeded_score import SeededScore
from pieces_os_client.models.seeded_score_increment import SeededScoreIncrement
from pieces_os_client.models.user_beta_status import UserBetaStatus
from pieces_os_client.wrapper.websockets import AuthWS

# SDK DEFECT: pieces-os-client 5.0.1's `pieces_os_client/__init__.py` imports nothing (its
# "import apis / ApiClient / models into sdk package" sections are empty), so the pages'
# `pieces_os_client.Configuration`, `.ApiClient`, `.PersonApi` and the model classes raise
# AttributeError (seen: "module 'pieces_os_client' has no attribute 'Configuration'").
# Workaround: the same classes from their modules, as the package README's own example
# imports `WellKnownApi` (`from pieces_os_client.api.well_known_api import WellKnownApi`).

ORIGIN = sys.argv[1]
PERSON = "7e3b1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b"
USER = "auth0|5f1e2d3c4b5a697887766554"
OPERATIONS = [
    "person_snapshot", "update_person", "person_scores_increment",
    "person_associate_workstream_summary", "person_disassociate_workstream_summary",
    "user_snapshot", "stream_user", "select_user", "update_user", "refresh_user",
    "user_beta_status", "user_update_vanity", "user_providers", "clear_user",
]

configuration = Configuration(host=ORIGIN)
configuration.access_token = "demo-token"
api_client = ApiClient(configuration)
person_api = PersonApi(api_client)
user_api = UserApi(api_client)


@operation("person_snapshot")
def _():
    person = person_api.person_snapshot(PERSON, transferables=True)
    expect(person.id == PERSON, f"person: {person!r}")


@operation("update_person")
def _():
    person = person_api.person_snapshot(PERSON, transferables=False)
    updated = person_api.update_person(transferables=True, person=person)
    expect(updated.id == PERSON, f"updated: {updated!r}")
    # Without the optional body: the demo person comes back.
    expect(person_api.update_person(transferables=True).id == PERSON, "update_person without a body")


@operation("person_scores_increment")
def _():
    increment = SeededScoreIncrement(person=SeededScore(reuse=True))
    person_api.person_scores_increment(PERSON, seeded_score_increment=increment)
    score = person_api.person_snapshot(PERSON).score
    expect(score is not None and (score.reuse or 0) >= 1, f"score: {score!r}")


@operation("person_associate_workstream_summary")
def _():
    person_api.person_associate_workstream_summary(PERSON, "summary-1")
    summaries = person_api.person_snapshot(PERSON).summaries
    expect(summaries is not None and [s.id for s in summaries.iterable] == ["summary-1"], f"summaries: {summaries!r}")


@operation("person_disassociate_workstream_summary")
def _():
    person_api.person_disassociate_workstream_summary(PERSON, "summary-1")
    summaries = person_api.person_snapshot(PERSON).summaries
    expect(summaries is None or not summaries.iterable, f"summaries: {summaries!r}")


@operation("user_snapshot")
def _():
    returned = user_api.user_snapshot()
    expect(returned.user is not None and returned.user.id == USER, f"user: {returned!r}")


class _Host:
    """What AuthWS reads of a `PiecesClient`: the socket URL and a port (a whole PiecesClient
    would first scan ports 39300-39333 for a running PiecesOS and register an application)."""

    def __init__(self, origin):
        self.AUTH_WS_URL = origin.replace("http://", "ws://", 1) + "/user/stream"
        self.port = origin.rsplit(":", 1)[1]


@operation("stream_user")
def _():
    received = []
    opened = threading.Event()
    got_two = threading.Event()

    def on_message(profile):
        received.append(profile)
        if len(received) >= 2:
            got_two.set()

    socket = AuthWS(_Host(ORIGIN), on_message, on_open_callback=lambda ws: opened.set())
    socket.start()
    try:
        expect(opened.wait(10), "the WebSocket did not open")
        # Each update of the user is pushed to the stream.
        profile = user_api.user_snapshot().user
        profile.name = "Streamed once"
        user_api.update_user(user_profile=profile)
        profile.name = "Streamed twice"
        user_api.update_user(user_profile=profile)
        expect(got_two.wait(10), f"received {len(received)} of 2 messages")
        expect([p.name for p in received[:2]] == ["Streamed once", "Streamed twice"],
               f"messages: {[p.name if p else None for p in received]}")
    finally:
        socket.close()


@operation("select_user")
def _():
    auth0_user = Auth0User(user_id=USER, name="Demo", email="demo@example.com")
    profile = user_api.select_user(auth0_user=auth0_user)
    expect(profile.id == USER, f"selected: {profile!r}")
    expect(user_api.select_user().id == USER, "select_user without a body")


@operation("update_user")
def _():
    profile = user_api.user_snapshot().user
    profile.name = "Updated"
    updated = user_api.update_user(user_profile=profile)
    expect(updated.name == "Updated", f"updated: {updated!r}")
    expect(user_api.update_user().id == USER, "update_user without a body")


@operation("refresh_user")
def _():
    expect(user_api.refresh_user().id == USER, "refreshed another user")


@operation("user_beta_status")
def _():
    status = UserBetaStatus(user=USER, lts=True)
    returned = user_api.user_beta_status(user_beta_status=status)
    expect(returned.user == USER, f"beta status: {returned!r}")


@operation("user_update_vanity")
def _():
    profile = user_api.user_snapshot().user
    profile.vanityname = "interop-demo"
    updated = user_api.user_update_vanity(user_profile=profile)
    expect(updated.vanityname == "interop-demo", f"vanity: {updated!r}")


@operation("user_providers")
def _():
    # Providers are served for a user connected to the cloud: give the user an allocation.
    profile = user_api.user_snapshot().user
    profile.allocation = AllocationCloud.from_dict({
        "id": "allocation-1", "user": USER,
        "urls": {"base": {"url": "https://demo.pieces.cloud", "id": "base"},
                 "id": {"url": "https://id.pieces.cloud", "id": "id"}},
        "status": {"cloud": "RUNNING", "dns": "RUNNING"},
        "project": "pieces-demo",
    })
    user_api.update_user(user_profile=profile)
    returned = user_api.user_providers()
    expect(returned.user is not None and returned.user.id == USER, f"providers: {returned!r}")


@operation("clear_user")
def _():
    user_api.clear_user()
    expect(user_api.user_snapshot().user is None, "a user is still selected")


finish("pieces", OPERATIONS)
