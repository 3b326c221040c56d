// Loads a served API's documentation page in headless Chromium and checks it: every operation of
// the served OpenAPI document appears on the page, and (when asked) one "Try it" request reaches
// the server and its answer is shown. Saves a screenshot of the page.
//
//   node docs-page.mjs DOCS_URL SCREENSHOT [OPERATION_ID HEADER EXPECTED_TEXT]
import { chromium } from "playwright-core";

const [docsUrl, screenshot, tryOperation, tryHeader, expected] = process.argv.slice(2);
const fail = (message) => {
  console.error(`docs-page: ${message}`);
  process.exitCode = 1;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const outside = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(new URL(docsUrl).origin)) outside.push(request.url());
  });
  const response = await page.goto(docsUrl, { waitUntil: "load" });
  if (response.status() !== 200) fail(`GET ${docsUrl}: ${response.status()}`);

  const document = await (await fetch(new URL("openapi.json", docsUrl))).json();
  const expectedIds = Object.values(document.paths)
    .flatMap((item) => Object.values(item))
    .map((operation) => operation.operationId)
    .filter(Boolean);
  const shown = await page.$$eval("section.operation", (sections) => sections.map((s) => s.dataset.operation));
  for (const id of expectedIds) if (!shown.includes(id)) fail(`operation ${id} is not on the page`);
  console.log(`docs-page: ${docsUrl}: ${shown.length} operations shown, ${expectedIds.length} in the document`);

  if (tryOperation) {
    if (tryHeader) await page.fill("#headers", tryHeader);
    const section = page.locator(`section.operation[data-operation="${tryOperation}"]`);
    await section.locator("button[type=submit]").click();
    const output = section.locator("output");
    await output.filter({ hasText: /^\d{3} / }).waitFor({ timeout: 10000 });
    const text = await output.textContent();
    console.log(`docs-page: Try it ${tryOperation}: ${text.split("\n")[0]}`);
    if (!text.startsWith("200 ")) fail(`Try it ${tryOperation} answered ${text.slice(0, 200)}`);
    if (expected && !text.includes(expected)) fail(`Try it ${tryOperation}: answer lacks ${expected}`);
  }
  await page.screenshot({ path: screenshot, fullPage: false });
  if (outside.length) fail(`the page fetched from elsewhere: ${outside.join(", ")}`);
} finally {
  await browser.close();
}
