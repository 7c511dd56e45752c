// Stored data the app cannot read, a full storage, reloads, the storage meter and reminders.
import { test, expect, open, seed, saved, makeDocument } from "./fixtures.js";

// Dates on screen follow the browser's language: these journeys read them in US English.
test.use({ locale: "en-US" });

const KEY = "interview-planner";

async function storeRaw(page, text) {
  await page.goto("/guide");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, text]);
}

for (const [label, raw] of [
  ["not JSON", "{this is not json"],
  ["another program's JSON", JSON.stringify({ format: "another-app", schema_version: 1 })],
  ["a newer version", JSON.stringify({ format: "informational-interview-planner", schema_version: 99, careers: [] })],
]) {
  test(`stored data that cannot be read (${label}) stays byte-identical, even after an edit`, async ({ page }) => {
    // The clock is the test's: the debounced save gets all the time it would ever take.
    await page.clock.install();
    await storeRaw(page, raw);
    await open(page, "/careers");
    const alert = page.getByRole("alert").filter({ hasText: "Your saved planner data could not be read" });
    await expect(alert).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(raw);
    // An edit elsewhere in the app is not saved over it.
    await page.getByRole("button", { name: "Add your first career" }).click();
    await page.getByLabel("Career or industry").fill("Nursing");
    await page.getByRole("button", { name: "Add career" }).click();
    await expect(page.getByRole("heading", { name: "Nursing" })).toBeVisible();
    await page.clock.runFor(2_000);
    await page.goto("/people");
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(raw);
    await expect(page.getByRole("contentinfo").getByText("Not saving")).toBeVisible();
    // The stored text is offered as a download.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the stored data" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^interview-planner-unreadable-/);
  });
}

test("a full storage shows an alert, keeps the change on screen, and never panics", async ({ page }) => {
  await open(page, "/careers");
  await saved(page);
  await page.evaluate(() => {
    const chunk = "x".repeat(256 * 1024);
    let i = 0;
    try {
      for (;;) localStorage.setItem(`filler-${i++}`, chunk);
    } catch {}
    let small = "y".repeat(1024);
    while (small.length > 0) {
      try {
        localStorage.setItem(`filler-${i++}`, small);
      } catch {
        small = small.slice(0, small.length / 2);
      }
    }
  });
  await page.getByRole("button", { name: "Add your first career" }).click();
  await page.getByLabel("Career or industry").fill("A career that does not fit");
  await page.getByLabel("Notes").fill("n".repeat(5000));
  await page.getByRole("button", { name: "Add career" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Your latest changes are not saved" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("storage for this site is full");
  await expect(page.getByRole("heading", { name: "A career that does not fit" })).toBeVisible();
  // Free room, try again: the change is saved.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
  await alert.getByRole("button", { name: "Try saving again" }).click();
  await saved(page);
  await page.reload();
  await expect(page.getByRole("heading", { name: "A career that does not fit" })).toBeVisible();
});

test("data survives a reload", async ({ page }) => {
  await open(page, "/people");
  await page.getByRole("button", { name: "Add your first person" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Kept Across Reloads");
  await page.getByLabel("How you know them").selectOption({ label: "Family, friends, neighbors" });
  await page.getByRole("button", { name: "Add person" }).click();
  await saved(page);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Kept Across Reloads" })).toBeVisible();
});

test("the storage meter warns from 60 % and the export reminder follows the clock", async ({ page }) => {
  await page.clock.install({ time: new Date(2026, 10, 27, 10, 0, 0) });
  // A career changed the day after the last export: that change is in this browser only.
  const doc = makeDocument({ careers: [{ id: "c-1", name: "Urban planning", updated_at: "2026-11-25T10:00:00+01:00" }] });
  doc.schema_version = 2;
  doc.last_export_at = "2026-11-24T10:00:00+01:00";
  await seed(page, doc);
  await open(page, "/data");
  await expect(page.getByText("Last export: Nov 24, 2026 (3 days ago).")).toBeVisible();
  await expect(page.getByText("Time for a fresh export")).toHaveCount(0);
  // Two days old, the change is worth a quiet line at the end of the overview, not its top.
  await open(page, "/");
  await expect(page.getByText("Last export Nov 24, 2026; your changes since Nov 25, 2026 are only in this browser for now.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Export a copy of your planner" })).toHaveCount(0);

  // Ten days old, it is the first thing the overview asks for.
  await page.clock.setSystemTime(new Date(2026, 11, 5, 10, 0, 0));
  await page.reload();
  await expect(page.getByRole("heading", { name: "Export a copy of your planner" })).toBeVisible();
  await expect(page.getByText("Your changes since Nov 25, 2026 are only in this browser.", { exact: false })).toBeVisible();
  await open(page, "/data");
  await expect(page.getByText("Time for a fresh export")).toBeVisible();
  await expect(page.getByText("Getting full")).toHaveCount(0);

  // About two thirds of the quota taken by something else on this site.
  await page.evaluate(() => localStorage.setItem("other-data", "z".repeat(3_500_000)));
  await page.reload();
  await expect(page.getByText("Getting full")).toBeVisible();
  const meter = page.getByRole("meter", { name: "Storage used" });
  expect(Number(await meter.getAttribute("value"))).toBeGreaterThanOrEqual(60);
  await page.getByRole("button", { name: "Ask the browser to keep this data" }).click();
  await expect(page.getByRole("status").filter({ hasText: /browser/ }).first()).toBeVisible();
});

test("delete all data after offering a last export", async ({ page }) => {
  const doc = makeDocument({ people: [{ id: "p-1", name: "Dana Secret", email: "dana@example.org" }] });
  doc.schema_version = 2;
  await seed(page, doc);
  await open(page, "/data");
  // The question takes focus; Escape puts it back on the button that asked.
  await page.getByRole("button", { name: "Delete all data…" }).click();
  await expect(page.getByText("Delete every career, question, person and talk from this browser?")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Delete all data…" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Delete every career, question, person and talk from this browser?")).toBeFocused();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download a last export first" }).click();
  expect((await download).suggestedFilename()).toMatch(/-last\.json$/);
  await page.getByRole("button", { name: "Delete everything" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Everything is deleted." })).toBeVisible();
  const all = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(all).not.toContain("Dana Secret");
  expect(all).not.toContain("dana@example.org");
});
