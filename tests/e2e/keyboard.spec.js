// The student journey by keyboard alone, counted in Tab presses: a career, a person, a talk
// planned, a note taken during it, the talk marked as held. The count is printed on every run
// (issue 22's closing note compares it before and after); each step must be reachable.
import { test, expect, open } from "./fixtures.js";

/// Presses Tab until `target` has focus; returns how many presses it took (none when the app
/// already put focus there).
async function tabTo(page, target, limit = 400) {
  const focused = () => target.evaluate((el) => el === document.activeElement).catch(() => false);
  for (let presses = 0; presses <= limit; presses++) {
    if (await focused()) return presses;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${target} not reached in ${limit} Tab presses`);
}

test("the student journey by keyboard alone", async ({ page }) => {
  test.setTimeout(180_000);
  await open(page, "/");
  const steps = [];
  const step = async (name, target, then) => {
    await expect(target).toBeVisible();
    const presses = await tabTo(page, target);
    steps.push(`${name}: ${presses}`);
    await then();
    // The app moves focus in the next animation frame; two frames later it has settled.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  };
  const nav = (name) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });

  await step("Careers in the navigation", nav(/^Careers/), () => page.keyboard.press("Enter"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Careers");
  await step("Add a career", page.getByRole("button", { name: /^Add (your first|a) career$/ }), () => page.keyboard.press("Enter"));
  await step("Career or industry", page.getByLabel("Career or industry"), () => page.keyboard.type("User research"));
  await step("Add career", page.getByRole("button", { name: "Add career" }), () => page.keyboard.press("Enter"));
  await expect(page.getByRole("heading", { name: "User research" })).toBeVisible();

  await step("People in the navigation", nav(/^People/), () => page.keyboard.press("Enter"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("People");
  await step("Add a person", page.getByRole("button", { name: /^Add (your first|a) person$/ }), () => page.keyboard.press("Enter"));
  await step("Name", page.getByLabel("Name", { exact: true }), () => page.keyboard.type("Ana Costa"));
  // Required and unselected at first: the arrow key picks the first way of knowing someone.
  const how = page.getByLabel("How you know them");
  await step("How you know them", how, () => page.keyboard.press("ArrowDown"));
  await expect(how).not.toHaveValue("");
  await step("Add person", page.getByRole("button", { name: "Add person" }), () => page.keyboard.press("Enter"));
  await step("Plan a talk", page.getByRole("button", { name: /Plan a talk/ }), () => page.keyboard.press("Enter"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ana Costa");

  await step("Hold the talk", page.getByRole("link", { name: "Hold the talk" }), () => page.keyboard.press("Enter"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your talk with Ana Costa");
  await step("Other notes", page.getByLabel("Other notes"), () => page.keyboard.type("Research shapes every release."));
  // The day it took place starts as today, so the talk can be marked held at once.
  await expect(page.getByLabel("Day it took place")).not.toHaveValue("");
  await step("Mark the talk as held", page.getByRole("button", { name: "Mark the talk as held" }), () => page.keyboard.press("Enter"));
  await expect(page.getByRole("button", { name: "Mark the talk as held" })).toHaveCount(0);

  const total = steps.reduce((sum, s) => sum + Number(s.split(": ")[1]), 0);
  console.log(`Tab presses for the student journey: ${total} (${steps.join("; ")})`);
});

test("following a link in the navigation puts focus on the new page's heading", async ({ page }) => {
  await open(page, "/");
  for (const [link, heading] of [[/^Careers/, /Careers/], [/^People/, /People/], [/^Your data/, /data/i]]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link }).click();
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toContainText(heading);
    await expect(h1).toBeFocused();
  }
  // Back goes to the page before, and its heading takes focus too.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("typing notes does not make screen readers chatter", async ({ page }) => {
  await open(page, "/people");
  await page.getByRole("button", { name: /^Add (your first|a) person$/ }).click();
  await page.getByLabel("Name", { exact: true }).fill("Ana Costa");
  const how = page.getByLabel("How you know them");
  if ((await how.inputValue()) === "") await how.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("button", { name: /Plan a talk/ }).click();
  await page.getByRole("link", { name: "Hold the talk" }).click();
  const notes = page.getByLabel("Other notes");
  await notes.click();
  // Every change of text inside a live region is something a screen reader may say.
  await page.evaluate(() => {
    window.__spoken = 0;
    const live = (node) => node?.closest?.('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])');
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        if (live(el)) window.__spoken++;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.type("Twenty characters ok", { delay: 40 });
  await expect(page.getByRole("contentinfo").getByText("All changes saved")).toBeVisible();
  expect(await page.evaluate(() => window.__spoken)).toBeLessThanOrEqual(2);
});
