"""ONLYOFFICE DocSpace People / Photos API (5 operations) through docspace-api-sdk 3.6.0, against
`serve docspace`.

Usage: python docspace.py ORIGIN

As the SDK's page shows: `Configuration(host)`, the API key under `api_key['asc_auth_key']`,
`ApiClient(configuration)` and `PhotosApi(api_client)` (the seed page's `PeoplePhotosApi` of the
earlier `docspace` package).

3.6.0 rather than 3.7.0: 3.7.0's `upload_member_photo(userid, file, autosave)` sends a `File`
part, a later revision of the operation than this spec's (and the seed page's) `formCollection`
array of key/values, which 3.6.0's `upload_member_photo(userid, form_collection)` sends."""

import sys

import docspace_api_sdk
from harness import expect, finish, operation

ORIGIN = sys.argv[1]
USER = "5a2d9b1c-0e7f-4c3a-9d21-3b8f6e4c2a10"
OPERATIONS = [
    "get_member_photo", "upload_member_photo", "update_member_photo", "delete_member_photo",
    "create_member_photo_thumbnails",
]

configuration = docspace_api_sdk.Configuration(host=ORIGIN)
# SDK DEFECT (openapi-generator's Python template): an API key `in: cookie` is sent without the
# cookie's name. With `configuration.api_key['asc_auth_key'] = 'demo-key'`, as the page shows,
# api_client.py `_apply_auth_params` does `headers['Cookie'] = auth_setting['value']` and the
# request carries `Cookie: demo-key` (seen on the wire), which names no `asc_auth_key` cookie:
# 401. Workaround, the SDK's documented `ApiClient(configuration, cookie=...)` argument, which
# sends that Cookie header on every call (the key is then left out of `api_key`, or the
# defective header would replace it).
api_client = docspace_api_sdk.ApiClient(configuration, cookie="asc_auth_key=demo-key")
api = docspace_api_sdk.PhotosApi(api_client)


def photo_urls(wrapper):
    expect(wrapper is not None and wrapper.response is not None, f"no thumbnails: {wrapper!r}")
    return wrapper.response


@operation("get_member_photo")
def _():
    urls = photo_urls(api.get_member_photo(USER))
    expect(urls.original, f"no original photo: {urls!r}")


@operation("upload_member_photo")
def _():
    form_collection = [
        docspace_api_sdk.KeyValuePairStringStringValues(key="photo.png", value=["iVBORw0KGgo="]),
        docspace_api_sdk.KeyValuePairStringStringValues(key="autosave", value=["true"]),
    ]
    result = api.upload_member_photo(USER, form_collection=form_collection)
    expect(result is not None and result.response is not None, f"no upload result: {result!r}")


@operation("update_member_photo")
def _():
    request = docspace_api_sdk.UpdatePhotoMemberRequest(files="https://example.com/photo.png")
    urls = photo_urls(api.update_member_photo(USER, update_photo_member_request=request))
    expect(urls.original, f"no original photo: {urls!r}")


@operation("create_member_photo_thumbnails")
def _():
    request = docspace_api_sdk.ThumbnailsRequest(tmp_file="photo.png", x=0, y=0, width=64, height=64)
    photo_urls(api.create_member_photo_thumbnails(USER, thumbnails_request=request))


@operation("delete_member_photo")
def _():
    photo_urls(api.delete_member_photo(USER))


finish("docspace", OPERATIONS)
