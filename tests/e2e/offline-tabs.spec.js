// Several tabs at once: changes show in the others, and saves at the same time merge.
// (Offline use and updates after a rebuild are in offline.spec.js.)
import { test, expect, open, saved } from "./fixtures.js";

async function addCareer(page, name) {
  await open(page, "/careers");
  const first = page.getByRole("button", { name: "Add your first career" });
  if (await first.isVisible()) await first.click();
  else await page.getByRole("button", { name: "Add a career" }).click();
  await page.getByLabel("Career or industry").fill(name);
  await page.getByRole("button", { name: "Add career" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
}

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
