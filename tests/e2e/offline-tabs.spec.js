// Offline use after one visit, updates after a rebuild, and several tabs at once.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, open, saved } from "./fixtures.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

async function controlled(page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state === "activated";
  });
  // The first load is not controlled until the worker claims it; a reload always is.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function addCareer(page, name) {
  await open(page, "/careers");
  const first = page.getByRole("button", { name: "Add your first career" });
  if (await first.isVisible()) await first.click();
  else await page.getByRole("button", { name: "Add a career" }).click();
  await page.getByLabel("Career or industry").fill(name);
  await page.getByRole("button", { name: "Add career" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
}

test.describe("offline", () => {
  // Offline reloads make the browser log failed network requests that the worker then answers.
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/, /Failed to load resource/] });

  test("after one visit the app opens and saves with no network", async ({ page, context }) => {
    await open(page, "/");
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What's next");
    await addCareer(page, "Offline career");
    await saved(page);
    await page.goto("/careers");
    await expect(page.getByRole("heading", { name: "Offline career" })).toBeVisible();
    await context.setOffline(false);
  });
});

test("a rebuilt app is used on the next load and old caches are removed", async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), "planner-dist-"));
  cpSync(join(repo, "dist"), dir, { recursive: true });
  const server = spawn("node", [join(repo, "tests/e2e/serve.mjs"), "--port", "8093", "--dir", dir], { stdio: "ignore" });
  try {
    await new Promise((r) => setTimeout(r, 400));
    const context = await browser.newContext({ baseURL: "http://127.0.0.1:8093" });
    const page = await context.newPage();
    await open(page, "/");
    await controlled(page);
    const oldCaches = await page.evaluate(() => caches.keys());
    expect(oldCaches).toHaveLength(1);

    // "Rebuild": a new page title and a new build id, as the post-build hook would stamp.
    const index = readFileSync(join(dir, "index.html"), "utf8");
    writeFileSync(join(dir, "index.html"), index.replace("<title>Interview planner</title>", "<title>Interview planner (new build)</title>"));
    const sw = readFileSync(join(dir, "sw.js"), "utf8");
    writeFileSync(join(dir, "sw.js"), sw.replace(/const BUILD = "[^"]+"/, 'const BUILD = "rebuilt0000000000"'));

    await page.reload();
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] === "interview-planner-rebuilt0000000000";
    });
    const html = await page.evaluate(async () => (await (await caches.match("./index.html")).text()));
    expect(html).toContain("(new build)");
    await context.close();
  } finally {
    server.kill();
  }
});

test("an edit in one tab shows in another within a second", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, "/careers");
  await open(b, "/careers");
  const title = b.getByRole("heading", { level: 1 });
  const before = await title.boundingBox();
  await addCareer(a, "Seen in both tabs");
  await expect(b.getByRole("heading", { name: "Seen in both tabs" })).toBeVisible({ timeout: 1000 });
  // The word of it floats over the page: what was under the pointer has not moved.
  await expect(b.getByRole("status").filter({ hasText: "Changes made in another tab are shown here." })).toBeVisible();
  expect(await title.boundingBox()).toEqual(before);
});

test("simultaneous edits of different records in two tabs both survive", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, "/questions");
  await open(b, "/questions");
  // Both type and submit before either save lands.
  await a.getByLabel("Question", { exact: true }).fill("Asked in tab A?");
  await b.getByLabel("Question", { exact: true }).fill("Asked in tab B?");
  await Promise.all([
    a.getByRole("button", { name: "Add question" }).click(),
    b.getByRole("button", { name: "Add question" }).click(),
  ]);
  for (const page of [a, b]) {
    await expect(page.getByText("Asked in tab A?", { exact: true })).toBeVisible();
    await expect(page.getByText("Asked in tab B?", { exact: true })).toBeVisible();
  }
  await saved(a);
  await saved(b);
  const stored = await a.evaluate(() => JSON.parse(localStorage.getItem("interview-planner")));
  const texts = stored.questions.map((q) => q.text);
  expect(texts).toContain("Asked in tab A?");
  expect(texts).toContain("Asked in tab B?");
});

test("a save the tab never heard about is picked up when the tab comes back into view", async ({ page }) => {
  await addCareer(page, "Before the missed save");
  await saved(page);
  // Another tab's save whose storage event never arrived: a tab's own setItem fires no event
  // in that tab, which is exactly the situation to recover from.
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("interview-planner"));
    doc.careers[0].name = "Renamed elsewhere";
    doc.careers[0].updated_at = "2099-01-01T00:00:00+00:00";
    doc.revision += 5;
    localStorage.setItem("interview-planner", JSON.stringify(doc));
  });
  await page.waitForTimeout(300);
  await expect(page.getByRole("heading", { name: "Before the missed save" })).toBeVisible();
  // What the browser sends when the tab is shown again (it bubbles to the window).
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
  await expect(page.getByRole("heading", { name: "Renamed elsewhere" })).toBeVisible({ timeout: 1000 });
  await expect(page.getByText("Changes made in another tab are shown here.")).toBeVisible();
});
