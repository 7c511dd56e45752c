// Dates and times the way the student's browser writes them: a US browser shows 2:00 PM and the
// month before the day, a British one 14:00 and the day first, on screen and on paper.
import { test, expect, open, seed, makeDocument, pdfPages } from "./fixtures.js";

const DOC = makeDocument({
  people: [{ id: "p-ana", name: "Ana Costa", role: "UX researcher", organisation: "Helix Labs", connection: "alumni" }],
  interviews: [{
    id: "i-1", person: "p-ana", status: "scheduled", scheduled_at: "2026-12-17T14:00:00", place: "Helix Labs",
    duration_minutes: 30, questions: [{ id: "aq-1", text: "What does a normal day look like?", notes: "" }],
  }],
});

for (const [locale, time, day] of [
  ["en-US", "2:00 PM", "Thu, Dec 17, 2026"],
  ["en-GB", "14:00", "Thu, 17 Dec 2026"],
]) {
  test.describe(locale, () => {
    test.use({ locale, timezoneId: "Europe/London" });

    test(`the talk and its printed sheet read ${time} (${locale})`, async ({ page }) => {
      await page.clock.install({ time: new Date(2026, 11, 10, 9, 0, 0) });
      await seed(page, DOC);
      await open(page, "/talk?talk=i-1");
      await expect(page.getByText(`${day}, ${time}`).first()).toBeVisible();
      await open(page, "/sheet?talk=i-1");
      await expect(page.getByText(`${day}, ${time}`).first()).toBeVisible();
      await page.emulateMedia({ media: "print" });
      const pages = pdfPages(await page.pdf({ format: locale === "en-US" ? "Letter" : "A4" }));
      expect(pages.join(" ")).toContain(`${day}, ${time}`);
    });
  });
}
