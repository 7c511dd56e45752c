// Accessibility and layout: axe on every route with data (light and dark), a keyboard-only
// journey, no horizontal scrolling on a phone, and screenshots of every page at two widths.
import { readFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, open, seed, saved } from "./fixtures.js";

const here = dirname(fileURLToPath(import.meta.url));
const planner = JSON.parse(readFileSync(join(here, "..", "fixtures", "v2", "planner-12-talks.json"), "utf8"));
const talk = planner.interviews.find((i) => i.status === "held" || i.status === "thanked").id;
// One talk set for two days from now, with a long call link: the overview's "This week" and a
// talk page still being prepared are part of every run.
const upcoming = planner.interviews.find((i) => i.status === "asked");
{
  const pad = (n) => String(n).padStart(2, "0");
  const day = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const on = new Date(Date.now() + 2 * 86_400_000);
  upcoming.status = "scheduled";
  upcoming.outreach = [...(upcoming.outreach ?? []), { id: "ev-99", date: day(new Date()), kind: "replied", note: "" }];
  upcoming.scheduled_at = `${day(on)}T14:30:00`;
  upcoming.place = "https://video.example.org/rooms/informational-interview-0123456789abcdefghijklmnopqrstuvwxyz";
}
const ROUTES = [
  ["overview", "/"],
  ["careers", "/careers"],
  ["learned", `/learned?career=${planner.careers[0].id}`],
  ["questions", "/questions"],
  ["people", "/people"],
  ["ask", "/outreach"],
  ["ask-one", `/outreach?talk=${talk}`],
  ["talk", "/talk"],
  ["talk-one", `/talk?talk=${talk}`],
  ["talk-planned", `/talk?talk=${upcoming.id}`],
  ["follow-up", "/follow-up"],
  ["follow-up-one", `/follow-up?talk=${talk}`],
  ["sheet", `/sheet?talk=${talk}`],
  ["sheet-planned", `/sheet?talk=${upcoming.id}`],
  ["sheet-blank", "/sheet"],
  ["data", "/data"],
  ["guide", "/guide"],
  ["not-found", "/nowhere"],
];

for (const scheme of ["light", "dark"]) {
  test(`axe finds no WCAG 2.1 A or AA violation on any page (${scheme})`, async ({ page }) => {
    // Eighteen pages, each analyzed in full: slow on a busy two-core machine.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page, planner);
    for (const [name, route] of ROUTES) {
      await open(page, route);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
      expect(summary, `${name} (${route})`).toEqual([]);
    }
  });
}

test("every page at 375 px: no horizontal scrolling; screenshots at 375 and 1280 px", async ({ page }) => {
  test.setTimeout(240_000);
  const out = join(here, "output", "screenshots");
  mkdirSync(out, { recursive: true });
  await seed(page, planner);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, route] of ROUTES) {
      await open(page, route);
      if (width === 375) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
      }
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });
    }
  }
});

test("lines of text stay readable on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await seed(page, planner);
  await open(page, "/guide");
  const widths = await page.locator("main p").evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().width));
  const fontSize = await page.locator("main p").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  // About 70 characters at most: roughly 40 em of average text.
  for (const w of widths) expect(w / fontSize).toBeLessThanOrEqual(45);
});

test("a whole journey with the keyboard alone: career, person, talk, notes", async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, "/");
  const tabTo = async (locator, limit = 60) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (await locator.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`could not reach ${locator} with Tab`);
  };
  // The skip link comes first.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

  await tabTo(page.getByRole("link", { name: "Careers (step 1)" }));
  await page.keyboard.press("Enter");
  await tabTo(page.getByRole("button", { name: "Add your first career" }));
  await page.keyboard.press("Enter");
  await tabTo(page.getByLabel("Career or industry"));
  await page.keyboard.type("Museum curation");
  await tabTo(page.getByLabel("Explore it and sharpen my goal"));
  await page.keyboard.press("Space");
  await tabTo(page.getByRole("button", { name: "Add career" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Museum curation" })).toBeVisible();

  await tabTo(page.getByRole("link", { name: "People (step 3)" }), 80);
  await page.keyboard.press("Enter");
  await tabTo(page.getByRole("button", { name: "Add your first person" }));
  await page.keyboard.press("Enter");
  await tabTo(page.getByLabel("Name", { exact: true }));
  await page.keyboard.type("Rosa Quinn");
  await tabTo(page.getByLabel("Organization"));
  await page.keyboard.type("City Museum");
  await tabTo(page.getByLabel("How you know them"));
  await page.keyboard.press("ArrowDown");
  await tabTo(page.getByLabel("Museum curation"));
  await page.keyboard.press("Space");
  await tabTo(page.getByRole("button", { name: "Add person" }));
  await page.keyboard.press("Enter");
  await tabTo(page.getByRole("button", { name: "Plan a talk with Rosa Quinn" }), 80);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask Rosa Quinn for a talk");

  await tabTo(page.getByRole("link", { name: "Hold the talk" }), 80);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your talk with Rosa Quinn");
  await tabTo(page.getByText("Add questions from your bank"), 80);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await tabTo(page.locator(".during textarea").first(), 120);
  await page.keyboard.type("She started as a volunteer guide.");
  await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("interview-planner")));
  expect(stored.interviews[0].questions[0].notes).toBe("She started as a volunteer guide.");
});
