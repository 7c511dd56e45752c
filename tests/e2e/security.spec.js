// The Content-Security-Policy holds on every route, nothing is requested from elsewhere, and
// text that looks like code stays text.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { ROOT_URL } from "./playwright.config.js";
import { test, expect, open, seed, saved, makeDocument } from "./fixtures.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
const planner = JSON.parse(readFileSync(join(fixtures, "v2", "planner-12-talks.json"), "utf8"));

const ROUTES = ["/", "/careers", "/questions", "/people", "/outreach", "/talk", "/follow-up", "/data", "/guide", "/sheet", "/no-such-page"];

const PAYLOADS = [
  `<script>window.__pwned=1</script>`,
  `<img src=x onerror="window.__pwned=1">`,
  `<svg onload="window.__pwned=1"></svg>`,
  `"><script>window.__pwned=1</script>`,
  `'><img src=x onerror=window.__pwned=1>`,
  `javascript:window.__pwned=1`,
  `<iframe src="javascript:window.__pwned=1"></iframe>`,
  `<a href="javascript:window.__pwned=1">click</a>`,
  `<body onload=window.__pwned=1>`,
  `<details open ontoggle=window.__pwned=1>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  "${window.__pwned=1}",
  `<style>@import 'javascript:window.__pwned=1';</style>`,
  `<input autofocus onfocus=window.__pwned=1>`,
  `<video><source onerror="window.__pwned=1">`,
  `<object data="javascript:window.__pwned=1"></object>`,
  `<marquee onstart=window.__pwned=1>`,
  `</textarea><script>window.__pwned=1</script>`,
  `<!--<img src="--><img src=x onerror=window.__pwned=1//">`,
  `<base href="javascript:window.__pwned=1//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">`,
];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test("no CSP violation and no request outside the app on any route", async ({ page }) => {
  const foreign = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.origin !== new URL(ROOT_URL).origin) foreign.push(r.url());
  });
  await seed(page, planner);
  const talk = planner.interviews[0].id;
  for (const route of [...ROUTES, `/talk?talk=${talk}`, `/outreach?talk=${talk}`, `/follow-up?talk=${talk}`, `/sheet?talk=${talk}`, `/learned?career=${planner.careers[0].id}`]) {
    await open(page, route);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => window.__violations), route).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

test("script-like text typed into every kind of field stays text", async ({ page }) => {
  test.setTimeout(120_000);
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length];
  const typed = [];
  const type = async (locator) => {
    const value = next();
    typed.push(value);
    await locator.fill(value);
  };

  await open(page, "/careers");
  await page.getByRole("button", { name: "Add your first career" }).click();
  const career = next();
  typed.push(career);
  await page.getByLabel("Career or industry").fill(career);
  await type(page.getByLabel("Notes", { exact: true }));
  await page.getByRole("button", { name: "Add career" }).click();

  await open(page, "/questions");
  await type(page.getByLabel("Question", { exact: true }));
  await page.getByRole("button", { name: "Add question" }).click();

  await open(page, "/people");
  await page.getByRole("button", { name: "Add your first person" }).click();
  const person = next();
  typed.push(person);
  await page.getByLabel("Name", { exact: true }).fill(person);
  await type(page.getByLabel("Role"));
  await type(page.getByLabel("Organization"));
  await page.getByLabel("How you know them").selectOption({ label: "Family, friends, neighbors" });
  await type(page.getByLabel("Phone"));
  await type(page.getByLabel("Notes", { exact: true }));
  // A link that would run code is refused before it could ever become an href.
  await page.getByLabel("Profile link").fill("javascript:window.__pwned=1");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByText("Use a full web address starting with https://")).toBeVisible();
  await page.getByLabel("Profile link").fill("");
  await page.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("button", { name: /^Plan a talk with / }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ask ");
  await type(page.getByLabel("Your name"));
  await type(page.getByLabel("Your program or field"));
  await type(page.getByLabel("Subject"));
  await type(page.getByLabel("Message"));
  await type(page.getByLabel("Note (optional)"));
  await page.getByRole("button", { name: "Add to the log" }).click();
  const talkUrl = page.url().replace("/outreach", "/talk");

  await page.goto(talkUrl);
  await type(page.getByLabel("Place or call link"));
  await type(page.getByLabel("Your goal for this talk, in one line"));
  await type(page.getByLabel("Or write a question just for this talk"));
  await page.getByRole("button", { name: "Add question" }).click();
  await type(page.locator(".during textarea").first());
  await type(page.getByLabel("Other notes"));
  await page.getByRole("button", { name: "Mark the talk as held" }).click();
  await type(page.getByLabel("What did I learn?"));
  await page.goto(talkUrl.replace("/talk", "/follow-up"));
  await type(page.getByLabel("What did you do on their advice?"));
  await page.getByRole("button", { name: "Record it" }).click();
  await saved(page);

  for (const route of ["/", "/careers", "/questions", "/people", talkUrl, talkUrl.replace("/talk", "/sheet"), talkUrl.replace("/talk", "/follow-up")]) {
    await page.goto(route);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => window.__pwned), route).toBeUndefined();
    expect(await page.evaluate(() => window.__violations), route).toEqual([]);
  }
  await page.goto("/people");
  await expect(page.getByRole("heading", { name: person })).toHaveText(person);
  await page.goto("/careers");
  await expect(page.getByRole("heading", { name: career })).toHaveText(career);
  expect(typed.length).toBeGreaterThanOrEqual(20);
});

test("script-like text imported from a file stays text", async ({ page }) => {
  const doc = makeDocument({
    careers: [{ id: "c-x", name: PAYLOADS[0], notes: PAYLOADS[1] }],
    questions: PAYLOADS.slice(2, 6).map((text, i) => ({ id: `q-${i}`, text })),
    people: PAYLOADS.slice(6, 18).map((name, i) => ({ id: `p-${i}`, name, role: PAYLOADS[(i + 3) % PAYLOADS.length], notes: PAYLOADS[(i + 7) % PAYLOADS.length] })),
    interviews: [{
      id: "i-x", person: "p-0", career: "c-x", status: "held", held_on: "2026-11-20", goal: PAYLOADS[18],
      notes: PAYLOADS[19], questions: [{ id: "aq-1", text: PAYLOADS[20], notes: PAYLOADS[21] }],
    }],
  });
  doc.schema_version = 2;
  await open(page, "/data");
  await page.getByLabel("Choose a file to import").setInputFiles({
    name: "payloads.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)),
  });
  await page.getByRole("button", { name: "Replace my planner with the file" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Yes, replace it" }).click();
  await download;
  for (const route of ["/", "/careers", "/questions", "/people", "/talk?talk=i-x", "/sheet?talk=i-x", "/follow-up?talk=i-x", "/learned?career=c-x"]) {
    await page.goto(route);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => window.__pwned), route).toBeUndefined();
    expect(await page.evaluate(() => window.__violations), route).toEqual([]);
  }
  await page.goto("/people");
  await expect(page.getByRole("heading", { name: PAYLOADS[6] })).toHaveText(PAYLOADS[6]);
});
