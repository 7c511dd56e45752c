// Export and import between browsers, merge and replace, bad files, and mentor review.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { test, expect, open, seed, saved } from "./fixtures.js";

// Dates on screen follow the browser's language: these journeys read them in US English.
test.use({ locale: "en-US" });

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "fixtures");
const planner = JSON.parse(readFileSync(join(fixtures, "v2", "planner-12-talks.json"), "utf8"));
const small = JSON.parse(readFileSync(join(fixtures, "import", "small.json"), "utf8"));

const allStorage = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

async function download(page, action) {
  const event = page.waitForEvent("download");
  await action();
  const file = await event;
  const path = await file.path();
  // Read now: a download disappears when its browser context closes.
  return { name: file.suggestedFilename(), path, buffer: readFileSync(path) };
}

/// A downloaded file, as a person would pick it again (with its own name).
function asUpload(file) {
  return { name: file.name, mimeType: "application/json", buffer: file.buffer };
}

/// The texts a person sees on each page that lists data, to compare two browsers.
async function visibleData(page) {
  const out = {};
  await open(page, "/careers");
  out.careers = await page.locator(".career-card h2").allTextContents();
  await open(page, "/questions");
  out.questions = await page.locator(".question-item .card-title").allTextContents();
  await open(page, "/people");
  out.people = await page.locator(".person-card h2").allTextContents();
  await open(page, "/");
  out.agenda = await page.locator(".agenda-item").allTextContents();
  return out;
}

test("export, then import into a fresh browser: every page shows the same data", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: new Date(2026, 10, 27, 10, 0, 0) });
  await seed(page, planner);
  const before = await visibleData(page);
  expect(before.people.length).toBeGreaterThan(5);
  await open(page, "/data");
  const file = await download(page, () => page.getByRole("button", { name: "Export everything (.json)" }).click());
  expect(file.name).toBe("interview-planner-2026-11-27.json");
  await expect(page.getByText("Last export: Nov 27, 2026 (today).")).toBeVisible();
  const exported = JSON.parse(readFileSync(file.path, "utf8"));
  expect(exported.format).toBe("informational-interview-planner");
  expect(exported.exported_at).toBeTruthy();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.clock.install({ time: new Date(2026, 10, 27, 10, 0, 0) });
  await open(other, "/data");
  await other.getByLabel("Choose a file to import").setInputFiles(asUpload(file));
  await expect(other.getByText(`${file.name} holds 3 careers`)).toBeVisible();
  await other.getByRole("button", { name: "Replace my planner with the file" }).click();
  await other.getByRole("button", { name: "Yes, replace it" }).click();
  await expect(other.getByText(`Replaced. Your planner is now the one in ${file.name}.`)).toBeFocused();
  expect(await visibleData(other)).toEqual(before);
  await fresh.close();
});

test("merge adds new records, takes newer ones, keeps yours, deletes nothing", async ({ page }) => {
  const mine = structuredClone(small);
  mine.careers.push({ ...mine.careers[0], id: "c-mine", name: "Only in my planner" });
  await seed(page, mine);
  const incoming = structuredClone(small);
  incoming.people[0].name = "Ana Costa-Lima";
  incoming.people[0].updated_at = "2026-11-25T10:00:00+01:00";
  incoming.people.push({ ...incoming.people[1], id: "p-new", name: "Newly Added", referred_by: undefined });
  await open(page, "/data");
  await page.getByLabel("Choose a file to import").setInputFiles({
    name: "incoming.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(incoming)),
  });
  await expect(page.getByText("Merging adds 1 records, updates 1")).toBeVisible();
  await page.getByRole("button", { name: "Merge into my planner" }).click();
  await expect(page.getByText("Merged. Your planner now includes the records of incoming.json.")).toBeFocused();
  await open(page, "/people");
  await expect(page.getByRole("heading", { name: "Ana Costa-Lima" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Newly Added" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ben Hall" })).toBeVisible();
  await open(page, "/careers");
  await expect(page.getByRole("heading", { name: "Only in my planner" })).toBeVisible();
});

test("replace offers the current data as a download and keeps a backup", async ({ page }) => {
  await seed(page, small);
  await open(page, "/data");
  const previous = await page.evaluate(() => localStorage.getItem("interview-planner"));
  await page.getByLabel("Choose a file to import").setInputFiles({
    name: "other.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(planner)),
  });
  await page.getByRole("button", { name: "Replace my planner with the file" }).click();
  const backup = await download(page, () => page.getByRole("button", { name: "Yes, replace it" }).click());
  expect(backup.name).toMatch(/-before-replace\.json$/);
  const downloaded = JSON.parse(readFileSync(backup.path, "utf8"));
  expect(downloaded.people.map((p) => p.name)).toEqual(small.people.map((p) => p.name));
  await expect(page.getByText("Replaced. Your planner is now the one in other.json.")).toBeFocused();
  await expect(page.getByText("Your previous planner was downloaded and kept as a backup.")).toBeVisible();
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem("interview-planner.backup")));
  expect(kept.people.map((p) => p.name)).toEqual(JSON.parse(previous).people.map((p) => p.name));
  const now = await page.evaluate(() => JSON.parse(localStorage.getItem("interview-planner")));
  expect(now.people).toHaveLength(planner.people.length);
});

const expectations = JSON.parse(readFileSync(join(fixtures, "bad", "expectations.json"), "utf8"));

test("every bad file shows an alert and leaves storage byte-identical", async ({ page }) => {
  test.setTimeout(120_000);
  await seed(page, small);
  await open(page, "/data");
  const before = await allStorage(page);
  const cases = Object.entries(expectations).map(([file, expected]) => ({ file, expected, path: join(fixtures, "bad", file) }));
  // A file too large for the browser's storage, made here rather than committed.
  cases.push({
    file: "too-large.json",
    expected: "cannot be imported",
    buffer: Buffer.alloc(13 * 1024 * 1024, " "),
  });
  expect(cases.length).toBeGreaterThanOrEqual(26);
  const input = page.getByLabel("Choose a file to import");
  for (const c of cases) {
    await input.setInputFiles(c.buffer ? { name: c.file, mimeType: "application/json", buffer: c.buffer } : c.path);
    const alert = page.getByRole("alert").filter({ hasText: "This file was not imported" });
    await expect(alert, c.file).toContainText(c.file);
    await expect(alert, c.file).toContainText(c.expected);
    expect(await allStorage(page), c.file).toBe(before);
  }
});

test("a mentor reviews a shared file read-only and the owner receives the comments", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The owner exports a copy for the mentor.
  await seed(page, small);
  await open(page, "/data");
  const shared = await download(page, () => page.getByRole("button", { name: "Export a copy for my mentor" }).click());
  expect(readFileSync(shared.path, "utf8")).not.toContain("ana@example.org");

  // The mentor has a planner of their own, which must not change.
  const mentorContext = await browser.newContext();
  const mentor = await mentorContext.newPage();
  await open(mentor, "/careers");
  await mentor.getByRole("button", { name: "Add your first career" }).click();
  await mentor.getByLabel("Career or industry").fill("Mentor's own career");
  await mentor.getByRole("button", { name: "Add career" }).click();
  await saved(mentor);
  const mentorStorage = await allStorage(mentor);

  await open(mentor, "/data");
  await mentor.getByLabel("Are you the mentor? Open a shared planner to review").setInputFiles(asUpload(shared));
  await expect(mentor.getByRole("status").filter({ hasText: "Reviewing" }).first()).toContainText("read-only");
  await open(mentor, "/careers");
  await expect(mentor.getByRole("heading", { name: "User research" })).toBeVisible();
  await expect(mentor.getByRole("heading", { name: "Mentor's own career" })).toHaveCount(0);
  // Nothing that would change the shared planner is offered, and the page says why.
  await expect(mentor.getByRole("button", { name: "Edit User research" })).toHaveCount(0);
  await expect(mentor.getByRole("button", { name: /^Add (a|your first) career$/ })).toHaveCount(0);
  await expect(mentor.getByText("This shared planner is read-only: you can read it, print its sheets and comment, but not change it.")).toBeVisible();
  await open(mentor, "/people");
  await expect(mentor.getByRole("heading", { name: "Ana Costa" })).toBeVisible();
  for (const name of [/^Add (a|your first) person$/, /^Edit /, /^Forget /, /^Plan a talk/]) {
    await expect(mentor.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(mentor.getByLabel("Choose your Connections.csv file")).toHaveCount(0);
  await open(mentor, "/data");
  for (const name of ["Export everything (.json)", "Export people (.csv)", "Export a copy for my mentor", "Delete all data…"]) {
    await expect(mentor.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(mentor.getByLabel("Choose a file to import")).toHaveCount(0);
  await expect(mentor.getByText("This shared planner is read-only: exporting, importing and deleting are for your own planner")).toBeVisible();
  await open(mentor, "/careers");

  await mentor.getByRole("link", { name: "What I have learned about User research" }).click();
  await mentor.getByLabel("Your name (shown with the comment)").fill("Dr. Lee");
  await mentor.getByLabel("Comment", { exact: true }).fill("Ask about research ethics next time.");
  await mentor.getByRole("button", { name: "Add comment" }).click();
  await expect(mentor.getByText("Ask about research ethics next time.")).toBeVisible();

  await mentor.goto("/talk?talk=i-1");
  await mentor.getByLabel("Comment", { exact: true }).fill("Good questions; follow up on the portfolio tip.");
  await mentor.getByRole("button", { name: "Add comment" }).click();
  await expect(mentor.getByText("Good questions; follow up on the portfolio tip.")).toBeVisible();
  // A sheet can still be printed while reviewing.
  await mentor.goto("/sheet?talk=i-1");
  await expect(mentor.getByRole("button", { name: "Print this sheet" })).toBeEnabled();

  await open(mentor, "/data");
  const feedback = await download(mentor, () => mentor.getByRole("button", { name: "Export my comments (feedback file)" }).click());
  await mentor.getByRole("button", { name: "Close the shared file" }).click();
  await open(mentor, "/careers");
  await expect(mentor.getByRole("heading", { name: "Mentor's own career" })).toBeVisible();
  expect(await allStorage(mentor)).toBe(mentorStorage);
  await mentorContext.close();

  // The owner imports the feedback and sees both comments beside their items.
  await open(page, "/data");
  await page.getByLabel("Choose a file to import").setInputFiles(asUpload(feedback));
  await expect(page.getByText("2 comments from a mentor")).toBeVisible();
  await page.getByRole("button", { name: "Add the comments" }).click();
  await open(page, "/careers");
  await expect(page.getByText("Comment from Dr. Lee: Ask about research ethics next time.")).toBeVisible();
  await page.goto("/talk?talk=i-1");
  await expect(page.getByText("Good questions; follow up on the portfolio tip.")).toBeVisible();
});

test("after Merge nothing else moves under the pointer, and focus is on the outcome", async ({ page }) => {
  await seed(page, small);
  await open(page, "/data");
  const incoming = structuredClone(small);
  incoming.people.push({ ...incoming.people[1], id: "p-new", name: "Newly Added", referred_by: undefined });
  await page.getByLabel("Choose a file to import").setInputFiles({
    name: "incoming.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(incoming)),
  });
  // The preview is announced: its first line takes focus.
  await expect(page.getByText("incoming.json holds 1 careers")).toBeFocused();
  const merge = page.getByRole("button", { name: "Merge into my planner" });
  const box = await merge.boundingBox();
  const downloads = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  // A double click: the first merges, the second lands on whatever is then under the pointer.
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByText("Merged. Your planner now includes the records of incoming.json.")).toBeFocused();
  await expect(page.getByText("1 records added, 0 updated where the file's version was newer")).toBeVisible();
  const under = await page.evaluate(([x, y]) => {
    const el = document.elementFromPoint(x, y)?.closest("button, a, input, select, textarea");
    return el ? el.textContent.trim() || el.getAttribute("aria-label") || el.id : null;
  }, [box.x + box.width / 2, box.y + box.height / 2]);
  expect([null, "Done"]).toContain(under);
  // Done gives focus back to the file input.
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByLabel("Choose a file to import")).toBeFocused();
  expect(downloads).toEqual([]);
});

test("each file input reports its own refusals", async ({ page }) => {
  await seed(page, small);
  await open(page, "/data");
  const bad = { name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{this is not json") };
  const importSection = page.getByRole("region", { name: "Import a file" });
  const mentorSection = page.getByRole("region", { name: "Share with a mentor" });
  await page.getByLabel("Are you the mentor? Open a shared planner to review").setInputFiles(bad);
  await expect(mentorSection.getByRole("alert")).toContainText("This file was not opened");
  await expect(mentorSection.getByRole("alert")).toContainText("notes.json");
  await expect(importSection.getByRole("alert")).toHaveCount(0);
  await page.getByLabel("Choose a file to import").setInputFiles(bad);
  await expect(importSection.getByRole("alert")).toContainText("This file was not imported");
  // Each keeps its own until its input is used again.
  await expect(mentorSection.getByRole("alert")).toContainText("This file was not opened");
});

test("people and talks download as spreadsheets with a byte-order mark and their column names", async ({ page }) => {
  await page.clock.install({ time: new Date(2026, 10, 27, 10, 0, 0) });
  await seed(page, planner);
  await open(page, "/data");
  const people = await download(page, () => page.getByRole("button", { name: "Export people (.csv)" }).click());
  expect(people.name).toBe("interview-planner-people-2026-11-27.csv");
  expect([...people.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const peopleText = people.buffer.toString("utf8").slice(1);
  expect(peopleText.startsWith("Name,Role,Organization,Careers,How I know them,Email,Phone,Profile,Suggested by,Notes\r\n")).toBe(true);
  expect(peopleText.trimEnd().split("\r\n").length).toBeGreaterThan(planner.people.length);
  const talks = await download(page, () => page.getByRole("button", { name: "Export talks (.csv)" }).click());
  expect(talks.name).toBe("interview-planner-talks-2026-11-27.csv");
  expect([...talks.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(talks.buffer.toString("utf8").slice(1).startsWith("Person,Organization,Career,Status,Asked on,Held on,Thanked on,Next step\r\n")).toBe(true);
  // A spreadsheet is not a backup: the reminder to export still counts from the last JSON export.
  await expect(page.getByText("Last export: Nov 24, 2026 (3 days ago).")).toBeVisible();
});
