// Several tabs at once: changes show in the others, and saves at the same time merge.
// (Offline use and updates after a rebuild are in offline.spec.js.)
import { test, expect, open, saved, storedDocument, watch } from "./fixtures.js";

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
    localStorage.setItem("interview-planner", JSON.stringify(doc));
  });
  await expect(page.getByRole("heading", { name: "Before the missed save" })).toBeVisible();
  // What the browser sends when the tab is shown again (it bubbles to the window).
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
  await expect(page.getByRole("heading", { name: "Renamed elsewhere" })).toBeVisible({ timeout: 1000 });
  await expect(page.getByText("Changes made in another tab are shown here.")).toBeVisible();
});

/// Opens the career form, whichever of its two buttons the page shows.
async function openCareerForm(page) {
  await page
    .getByRole("button", { name: "Add your first career" })
    .or(page.getByRole("button", { name: "Add a career" }))
    .click();
}

/// Two tabs add a career each at about the same moment, twenty times, the second tab's click
/// coming 0 to 330 ms after the first's: every ordering of the two saves, the lock and the
/// storage events comes up. Nothing accepted on screen may go missing, from storage or from
/// either tab.
async function addAtOnce(context, { stored }) {
  const [a, b] = [await context.newPage(), await context.newPage()];
  const problems = [watch(a), watch(b)];
  if (stored) {
    await open(a, "/careers");
    await openCareerForm(a);
    await a.getByLabel("Career or industry").fill("Stored before the race");
    await a.getByRole("button", { name: "Add career" }).click();
    await saved(a);
    await open(b, "/careers");
  } else {
    await Promise.all([open(a, "/careers"), open(b, "/careers")]);
  }
  const names = stored ? ["Stored before the race"] : [];
  const add = async (page, name) => {
    await openCareerForm(page);
    await page.getByLabel("Career or industry").fill(name);
    await page.getByRole("button", { name: "Add career" }).click();
    await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  };
  for (let round = 0; round < 20; round++) {
    const gap = (round * 67) % 340;
    const [mine, theirs] = [`Tab A career ${round}`, `Tab B career ${round}`];
    // The gap is the point of the test, not a wait for something to happen.
    await Promise.all([add(a, mine), b.waitForTimeout(gap).then(() => add(b, theirs))]);
    names.push(mine, theirs);
  }
  for (const page of [a, b]) {
    await saved(page);
    const shown = page.getByRole("list", { name: "Careers you are exploring" }).getByRole("heading", { level: 2 });
    await expect.poll(async () => (await shown.allInnerTexts()).sort()).toEqual([...names].sort());
  }
  const doc = await storedDocument(a);
  expect(doc.careers.map((c) => c.name).sort()).toEqual([...names].sort());
  expect(problems).toEqual([[], []]);
}

test("two tabs adding at the same moment on a first visit lose nothing", async ({ context }) => {
  await addAtOnce(context, { stored: false });
});

test("two tabs adding at the same moment with a planner stored lose nothing", async ({ context }) => {
  await addAtOnce(context, { stored: true });
});
