"""Loads a served API's documentation page in headless Chromium and checks it: every operation of
the served OpenAPI document appears on the page, nothing is fetched from another origin, and (when
asked) one "Try it" request reaches the server and its answer is shown. Saves a screenshot.

    python docs_page.py DOCS_URL SCREENSHOT [OPERATION_ID HEADER EXPECTED_TEXT]
"""

import json
import os
import sys
import urllib.parse
import urllib.request

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def operation_ids(docs_url):
    """The operationIds of the document served beside the page."""
    with urllib.request.urlopen(urllib.parse.urljoin(docs_url, "openapi.json")) as response:
        document = json.load(response)
    return [
        operation["operationId"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]


def try_it(page, operation, header, expected):
    """Sends the operation's request from its form; returns what went wrong, if anything."""
    if header:
        page.fill("#headers", header)
    section = page.locator(f'section.operation[data-operation="{operation}"]')
    section.locator("button[type=submit]").click()
    output = section.locator("output")
    page.wait_for_function(
        "element => /^\\d{3} /.test(element.textContent)", arg=output.element_handle(), timeout=10000
    )
    text = output.text_content()
    print(f"docs_page: Try it {operation}: {text.splitlines()[0]}")
    failures = []
    if not text.startswith("200 "):
        failures.append(f"Try it {operation} answered {text[:200]}")
    if expected and expected not in text:
        failures.append(f"Try it {operation}: the answer lacks {expected}")
    return failures


def main(docs_url, screenshot, operation=None, header="", expected=""):
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(docs_url))
    expected_ids = operation_ids(docs_url)
    failures = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            outside = []
            page.on("request", lambda request: request.url.startswith(origin) or outside.append(request.url))
            response = page.goto(docs_url, wait_until="load")
            if response.status != 200:
                failures.append(f"GET {docs_url}: {response.status}")
            shown = page.eval_on_selector_all(
                "section.operation", "sections => sections.map(s => s.dataset.operation)"
            )
            failures += [f"operation {id} is not on the page" for id in expected_ids if id not in shown]
            print(f"docs_page: {docs_url}: {len(shown)} operations shown, {len(expected_ids)} in the document")
            if operation:
                failures += try_it(page, operation, header, expected)
            page.screenshot(path=screenshot)
            if outside:
                failures.append(f"the page fetched from elsewhere: {', '.join(outside)}")
        finally:
            browser.close()
    for failure in failures:
        print(f"docs_page: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
