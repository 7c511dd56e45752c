// Printing the question sheet: one page for a normal talk (up to nine questions, in A4 and in US
// Letter), clean page breaks for a long one, a blank sheet built from the user's own choice, and
// long links that wrap on screen and on paper.
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
  "What is the hardest or most frustrating part, and how do you deal with it?",
];

const LONG_LINK = "https://video.example.org/rooms/informational-interview-with-ana-costa-helix-labs-research-0123456789abcdef";

function talkDocument(count, texts = QUESTIONS, place = "Helix Labs, 2nd floor") {
  return makeDocument({
    people: [{ id: "p-ana", name: "Ana Costa", role: "UX researcher", organisation: "Helix Labs", connection: "alumni" }],
    interviews: [{
      id: "i-1", person: "p-ana", status: "scheduled", scheduled_at: "2026-12-03T14:30:00", place,
      duration_minutes: 30, goal: "Find out how research shapes the product.",
      questions: texts.slice(0, count).map((text, i) => ({ id: `aq-${i + 1}`, text, notes: "" })),
    }],
  });
}

/// 3 December 2026, 14:30, as the browser writes it (the app uses the browser's language).
const when = (page) => page.evaluate(() => new Intl.DateTimeFormat([], {
  weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit",
}).format(new Date(2026, 11, 3, 14, 30)));

for (const format of ["A4", "Letter"]) {
  test(`a sheet with 6 questions prints on one ${format} page`, async ({ page }) => {
    await seed(page, talkDocument(6));
    await open(page, "/sheet?talk=i-1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Question sheet: Ana Costa");
    await expect(page.getByRole("button", { name: "Print this sheet" })).toBeVisible();
    const day = await when(page);
    await page.emulateMedia({ media: "print" });
    const pages = pdfPages(await page.pdf({ format, printBackground: false }));
    expect(pages).toHaveLength(1);
    const text = pages[0];
    expect(text).toContain("Ana Costa");
    expect(text).toContain("Helix Labs");
    expect(text).toContain(day.replace(/\s+/g, " "));
    expect(text).toContain("Before you leave");
    for (const q of QUESTIONS.slice(0, 6)) expect(text).toContain(q.replace(/\s+/g, " "));
    // No navigation or buttons on paper.
    expect(text).not.toContain("Print this sheet");
    expect(text).not.toContain("Overview");
  });

  test(`nine questions of the usual length still fit one ${format} page`, async ({ page }) => {
    await seed(page, talkDocument(9, SHORT));
    await open(page, "/sheet?talk=i-1");
    await page.emulateMedia({ media: "print" });
    const pages = pdfPages(await page.pdf({ format }));
    expect(pages).toHaveLength(1);
    for (const q of SHORT) expect(pages[0]).toContain(q);
    expect(pages[0]).toContain("Before you leave");
  });

  test(`a blank sheet of eight chosen questions fits one ${format} page`, async ({ page }) => {
    await open(page, "/sheet");
    for (const q of SHORT.slice(0, 8)) await page.getByLabel(q).check();
    await expect(page.locator(".sheet-q")).toHaveCount(8);
    await page.emulateMedia({ media: "print" });
    const pages = pdfPages(await page.pdf({ format }));
    expect(pages).toHaveLength(1);
    for (const q of SHORT.slice(0, 8)) expect(pages[0]).toContain(q);
    expect(pages[0]).not.toContain("Choose the questions");
  });

  test(`a long call link wraps on paper (${format})`, async ({ page }) => {
    await seed(page, talkDocument(6, SHORT, LONG_LINK));
    await open(page, "/sheet?talk=i-1");
    await page.emulateMedia({ media: "print" });
    // Nothing on the sheet is wider than its box at the paper's width: the link breaks onto
    // more lines.
    await page.setViewportSize({ width: 700, height: 1000 });
    const wide = await page.locator(".sheet, .sheet *").evaluateAll((els) =>
      els.filter((e) => getComputedStyle(e).display !== "inline" && e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.className || e.tagName));
    expect(wide).toEqual([]);
    const pages = pdfPages(await page.pdf({ format }));
    expect(pages).toHaveLength(1);
    // All of it is printed, its start and its end.
    expect(pages[0]).toContain("https://video.example.org/");
    expect(pages[0].replace(/\s+/g, "")).toContain("0123456789abcdef");
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

test("the blank sheet, reached from the question bank, starts from the user's own choice", async ({ page }) => {
  await open(page, "/questions");
  await page.getByRole("link", { name: "Print a blank question sheet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Question sheet");
  // Nothing is chosen for the user.
  await expect(page.locator(".sheet-q")).toHaveCount(0);
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await expect(page.getByText("None chosen yet.")).toBeVisible();
  await page.getByLabel("What do people outside your field usually get wrong about your job?").check();
  await expect(page.locator(".sheet-q")).toHaveCount(1);
  await expect(page.locator(".sheet-q").filter({ hasText: "usually get wrong" })).toHaveCount(1);
  await expect(page.getByText("1 chosen.")).toBeVisible();
});

test("the sheet's h1 comes first, and at 320 px nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await seed(page, talkDocument(6, SHORT, LONG_LINK));
  await open(page, "/sheet?talk=i-1");
  const first = await page.evaluate(() => document.querySelector("main").firstElementChild.tagName);
  expect(first).toBe("H1");
  await expect(page.getByText(LONG_LINK)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await open(page, "/sheet");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
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
