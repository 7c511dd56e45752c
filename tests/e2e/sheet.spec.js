// Printing the question sheet: one page for a normal talk, clean page breaks for a long one.
import { test, expect, open, makeDocument, seed, pdfPages } from "./fixtures.js";

const QUESTIONS = Array.from({ length: 14 }, (_, i) =>
  `Question number ${i + 1}: what would you tell someone about part ${i + 1} of the work, and why does it matter so much to newcomers?`,
);

const SHORT = [
  "Walk me through what you did yesterday, from the first task to the last.",
  "Which studies, courses or certificates actually helped you in this work?",
  "What part of the work gives you the most satisfaction?",
  "What is the hardest or most frustrating part, and how do you deal with it?",
  "How did you get into this field, and what did you do before?",
  "How has your field changed over the last five years, and where is it heading?",
  "If you were in my position today, what would your next step be?",
  "Who else would you suggest I talk to, and may I mention that you sent me?",
];

function talkDocument(count, texts = QUESTIONS) {
  return makeDocument({
    people: [{ id: "p-ana", name: "Ana Costa", role: "UX researcher", organisation: "Helix Labs", connection: "alumni" }],
    interviews: [{
      id: "i-1", person: "p-ana", status: "scheduled", scheduled_at: "2026-12-03T14:30:00", place: "Helix Labs, 2nd floor",
      duration_minutes: 30, goal: "Find out how research shapes the product.",
      questions: texts.slice(0, count).map((text) => ({ text, notes: "" })),
    }],
  });
}

for (const format of ["A4", "Letter"]) {
  test(`a sheet with 6 questions prints on one ${format} page`, async ({ page }) => {
    await seed(page, talkDocument(6));
    await open(page, "/sheet?talk=i-1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Question sheet: Ana Costa");
    await expect(page.getByRole("button", { name: "Print this sheet" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const pages = pdfPages(await page.pdf({ format, printBackground: false }));
    expect(pages).toHaveLength(1);
    const text = pages[0];
    expect(text).toContain("Ana Costa");
    expect(text).toContain("Helix Labs");
    expect(text).toContain("Thu 3 Dec 2026, 14:30");
    expect(text).toContain("Before you leave");
    for (const q of QUESTIONS.slice(0, 6)) expect(text).toContain(q.replace(/\s+/g, " "));
    // No navigation or buttons on paper.
    expect(text).not.toContain("Print this sheet");
    expect(text).not.toContain("Overview");
  });

  test(`eight questions of the usual length still fit one ${format} page`, async ({ page }) => {
    await seed(page, talkDocument(8, SHORT));
    await open(page, "/sheet?talk=i-1");
    await page.emulateMedia({ media: "print" });
    const pages = pdfPages(await page.pdf({ format }));
    expect(pages).toHaveLength(1);
    for (const q of SHORT) expect(pages[0]).toContain(q);
  });

  test(`a sheet with 14 questions never splits a question from its space (${format})`, async ({ page }) => {
    await seed(page, talkDocument(14));
    await open(page, "/sheet?talk=i-1");
    await page.emulateMedia({ media: "print" });
    const pages = pdfPages(await page.pdf({ format }));
    expect(pages.length).toBeGreaterThan(1);
    for (let i = 1; i <= 14; i++) {
      const question = pages.findIndex((p) => p.includes(`Question number ${i}:`));
      const space = pages.findIndex((p) => new RegExp(`\\bQ${i}\\b`).test(p));
      expect(question, `question ${i} printed`).toBeGreaterThanOrEqual(0);
      expect(space, `question ${i} is on the same page as its space`).toBe(question);
    }
  });
}

test("a blank sheet for chosen bank questions", async ({ page }) => {
  await open(page, "/sheet");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Question sheet");
  const favourites = await page.locator(".sheet-q").count();
  expect(favourites).toBeGreaterThan(0);
  await page.getByText("Choose the questions for this sheet").click();
  await page.getByLabel("What do people outside your field usually get wrong about your job?").check();
  await expect(page.locator(".sheet-q")).toHaveCount(favourites + 1);
  await expect(page.locator(".sheet-q").filter({ hasText: "usually get wrong" })).toHaveCount(1);
});

test("the talk page offers a calendar file with the talk in UTC", async ({ page }) => {
  await seed(page, talkDocument(3));
  await open(page, "/talk?talk=i-1");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Add to my calendar (.ics)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^interview-planner-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = (await (await file.createReadStream()).toArray()).join("");
  expect(text).toContain("BEGIN:VCALENDAR\r\n");
  expect(text).toContain("SUMMARY:Talk with Ana Costa\r\n");
  // The browser's own conversion of 14:30 local time on that day.
  const expected = await page.evaluate(() => new Date(2026, 11, 3, 14, 30).toISOString().replace(/[-:]/g, "").replace(/\.\d+/, ""));
  expect(text).toContain(`DTSTART:${expected}`);
});
