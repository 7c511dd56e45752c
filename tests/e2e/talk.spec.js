// The talk page as the talk's stage needs it: getting ready, then after the talk the debrief
// first with the rest folded away; too many questions for the time, and the must-ask ones;
// dates that are checked and read as they are now; focus where the work goes on.
import { test, expect, open, makeDocument, seed, saved, storedDocument, pdfPages } from "./fixtures.js";

// Wednesday 2 December 2026, 09:00 local time.
const TODAY = new Date(2026, 11, 2, 9, 0, 0);

const QUESTIONS = [
  "Walk me through what you did yesterday, from the first task to the last.",
  "Which skills do you use every week that nobody taught you at school?",
  "What is the hardest or most frustrating part, and how do you deal with it?",
  "How did you get into this field, and what did you do before?",
  "If you were in my position today, what would your next step be?",
  "How has your field changed over the last five years, and where is it heading?",
  "Which newsletters, associations, events or books should I follow?",
];

function talkDocument(talk = {}) {
  return makeDocument({
    people: [{ id: "p-ana", name: "Ana Costa", role: "UX researcher", organisation: "Helix Labs", connection: "alumni" }],
    interviews: [{
      id: "i-1", person: "p-ana", status: "scheduled", scheduled_at: "2026-12-03T14:30:00", place: "Helix Labs",
      duration_minutes: 20, outreach: [{ id: "ev-1", date: "2026-11-20", kind: "replied", note: "" }],
      questions: QUESTIONS.slice(0, 3).map((text, i) => ({ id: `aq-${i + 1}`, text, notes: "" })),
      ...talk,
    }],
  });
}

/// The page's section headings (h2), in order, that are on screen.
async function visibleSections(page) {
  return page.locator("main h2").evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent.trim()));
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: TODAY });
});

test("a talk being prepared starts with when and where; a held one with the debrief, the rest folded", async ({ page }) => {
  await seed(page, talkDocument());
  await open(page, "/talk?talk=i-1");
  expect((await visibleSections(page))[0]).toBe("When and where");

  await seed(page, talkDocument({ status: "held", held_on: "2026-11-30", scheduled_at: "2026-11-30T14:30:00" }));
  await open(page, "/talk?talk=i-1");
  const sections = await visibleSections(page);
  expect(sections.slice(0, 2)).toEqual(["Debrief", "Before you leave"]);
  expect(sections).not.toContain("When and where");
  expect(sections).not.toContain("Prepare");
  // One click away.
  await page.getByText("Scheduling, preparation and chosen questions").click();
  await expect(page.getByRole("heading", { name: "When and where" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Prepare" })).toBeVisible();
});

test("marking the talk as held puts the debrief first, with focus in its first box", async ({ page }) => {
  await seed(page, talkDocument({ scheduled_at: "2026-12-01T14:30:00" }));
  await open(page, "/talk?talk=i-1");
  // The day has passed: notes and the names to ask for come first.
  expect((await visibleSections(page))[0]).toBe("During the talk");
  await expect(page.getByLabel("Day it took place")).toHaveValue("2026-12-01");
  await page.getByRole("button", { name: "Mark the talk as held" }).click();
  await expect(page.getByLabel("What did I learn?")).toBeFocused();
  expect((await visibleSections(page))[0]).toBe("Debrief");
});

test("more questions than the time holds: mark the must-ask ones, which come and print first, in bold", async ({ page }) => {
  await seed(page, talkDocument({ questions: QUESTIONS.map((text, i) => ({ id: `aq-${i + 1}`, text, notes: "" })) }));
  await open(page, "/talk?talk=i-1");
  await expect(page.getByText("7 questions for a 20-minute talk: about 5 fit.")).toBeVisible();
  const last = QUESTIONS[6];
  const must = page.getByRole("button", { name: `Must ask: ${last.slice(0, 50)}` });
  await must.click();
  await expect(must).toHaveAttribute("aria-pressed", "true");
  await expect(must).toBeFocused();
  await expect(page.locator(".chosen-question").first()).toContainText(last);
  await expect(page.getByText("1 marked as a must. The sheet prints it first, in bold.")).toBeVisible();
  await saved(page);
  const stored = await storedDocument(page);
  expect(stored.interviews[0].questions[0]).toMatchObject({ text: last, must_ask: true });
  // Not set is left out of the file, so older builds read it as before.
  expect(stored.interviews[0].questions[1]).not.toHaveProperty("must_ask");
  // The notes follow the same order, so the numbers match the sheet.
  await expect(page.locator(".during label").first()).toHaveText(`1. ${last}`);

  await open(page, "/sheet?talk=i-1");
  const first = page.locator(".sheet-q").first();
  await expect(first).toContainText(`Must ask: ${last}`);
  expect(await first.locator(".sheet-q-text").evaluate((p) => getComputedStyle(p).fontWeight)).toBe("700");
  expect(await page.locator(".sheet-q-text").nth(1).evaluate((p) => getComputedStyle(p).fontWeight)).toBe("400");
  await page.emulateMedia({ media: "print" });
  const pages = pdfPages(await page.pdf({ format: "Letter" }));
  expect(pages).toHaveLength(1);
  expect(pages[0].indexOf(last)).toBeLessThan(pages[0].indexOf(QUESTIONS[0]));
});

test("a time gone by is questioned once, and a second save keeps it", async ({ page }) => {
  await seed(page, talkDocument({ status: "asked", scheduled_at: undefined, place: "" }));
  await open(page, "/talk?talk=i-1");
  await expect(page.getByText("No time agreed yet.")).toBeVisible();
  // Nothing to put in a calendar yet.
  await expect(page.getByRole("button", { name: "Add to my calendar (.ics)" })).toHaveCount(0);
  await page.getByLabel("Day and time").fill("2026-11-28T10:00");
  await page.getByRole("button", { name: "Save the time" }).click();
  await expect(page.getByRole("status").filter({ hasText: "has already gone by" })).toBeVisible();
  await expect(page.getByText("No time agreed yet.")).toBeVisible();
  await page.getByRole("button", { name: "Save the time" }).click();
  await expect(page.getByText(/^Set for .*, 20 minutes\.$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add to my calendar (.ics)" })).toBeVisible();
});

test("after rescheduling, the day offered as held is the new one, without a reload", async ({ page }) => {
  await seed(page, talkDocument());
  await open(page, "/talk?talk=i-1");
  await expect(page.getByLabel("Day it took place")).toHaveValue("2026-12-03");
  await page.getByLabel("Day and time").fill("2026-12-05T11:00");
  await page.getByRole("button", { name: "Save the time" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Talk set for / })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save the time" })).toBeFocused();
  await expect(page.getByLabel("Day it took place")).toHaveValue("2026-12-05");
});

test("forms on the talk page keep focus where the work goes on", async ({ page }) => {
  await seed(page, talkDocument());
  await open(page, "/talk?talk=i-1");
  // An empty question: the field is focused and says why.
  await page.getByRole("button", { name: "Add question" }).click();
  const own = page.getByLabel("Or write a question just for this talk");
  await expect(own).toBeFocused();
  await expect(own).toHaveAttribute("aria-invalid", "true");
  // An empty time: the same.
  await page.getByLabel("Day and time").fill("");
  await page.getByRole("button", { name: "Save the time" }).click();
  await expect(page.getByLabel("Day and time")).toBeFocused();
  // The suggestion form opens on its first field; Escape closes it and goes back to its button.
  const add = page.getByRole("button", { name: "Add a person they suggested" });
  await add.click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Name", { exact: true })).toHaveCount(0);
  await expect(add).toBeFocused();
  // Removing a question moves focus to the next one.
  await page.getByRole("button", { name: `Remove from this talk: ${QUESTIONS[0].slice(0, 50)}` }).click();
  await page.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.locator(".chosen-question").first()).toBeFocused();
  await expect(page.locator(".chosen-question").first()).toContainText(QUESTIONS[1]);
});

test("a talk without comments has no empty comments region", async ({ page }) => {
  await seed(page, talkDocument());
  await open(page, "/talk?talk=i-1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your talk with Ana Costa");
  await expect(page.getByRole("region", { name: /comments/i })).toHaveCount(0);
  await expect(page.locator(".comments-section")).toHaveCount(0);
});

test("a shared planner under review offers nothing that would change it, and says why", async ({ page }) => {
  // What the data page keeps for the session when a mentor opens a shared file.
  await page.goto("/guide");
  const doc = talkDocument();
  doc.schema_version = 3;
  doc.questions = [{ id: "q-1", text: "What surprised you most?", category: "insights", order: 0, favourite: false, created_at: doc.people[0].created_at, updated_at: doc.people[0].created_at }];
  await page.evaluate((text) => {
    sessionStorage.setItem("interview-planner.review-name", JSON.stringify("ana-shared.json"));
    sessionStorage.setItem("interview-planner.review", text);
  }, JSON.stringify(doc));
  await open(page, "/talk?talk=i-1");
  await expect(page.getByText("This shared planner is read-only: you can read it, print its sheets and comment.")).toBeVisible();
  for (const name of ["Save the time", "Add question", "Mark the talk as held", "Add a person they suggested", /^Must ask/, /^Remove from this talk/]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByLabel("Day and time")).toHaveCount(0);
  // Reading and commenting stay.
  await expect(page.getByText(/^Set for /)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add to my calendar (.ics)" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Add comment" })).toBeEnabled();
  await open(page, "/questions");
  await expect(page.getByText("This shared planner is read-only: you can read its questions and print a blank sheet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add question" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit: / })).toHaveCount(0);
});
