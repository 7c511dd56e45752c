// The question bank: an own question lands under its topic, and every row is laid out the same
// way (the question, its topic, then its buttons) whatever the text's length and the width.
import { test, expect, open } from "./fixtures.js";

const rows = (page) => page.locator(".question-list > li");

test("an own question goes under its topic, not at the end of the bank", async ({ page }) => {
  await open(page, "/questions");
  await page.getByLabel("Question", { exact: true }).fill("What do you read to keep up with the work?");
  await page.getByLabel("Topic", { exact: true }).first().selectOption({ label: "A working day" });
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Added under “A working day”", { exact: false })).toBeVisible();
  const topics = await rows(page).locator(".question-meta .tag:not(.tag-fav)").allTextContents();
  const texts = await rows(page).locator(".card-title").allTextContents();
  const mine = texts.indexOf("What do you read to keep up with the work?");
  const day = topics.flatMap((t, i) => (t === "A working day" ? [i] : []));
  expect(day.length).toBeGreaterThan(1);
  // The topic's questions stay together, with the new one last among them.
  expect(day).toEqual(Array.from({ length: day.length }, (_, k) => day[0] + k));
  expect(mine).toBe(day[day.length - 1]);
  expect(mine).toBeLessThan(texts.length - 1);
});

for (const width of [375, 800, 1280]) {
  test(`every bank row has its buttons below its text at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, "/questions");
    // One very short question and one long one, beside the starter bank's usual lengths.
    for (const text of ["Why?", "If you could change one thing about how people enter this field, from the first course to the first job, what would it be and why?"]) {
      await page.getByLabel("Question", { exact: true }).fill(text);
      await page.getByRole("button", { name: "Add question" }).click();
      await expect(page.getByText(text, { exact: true })).toBeVisible();
    }
    const layout = await rows(page).evaluateAll((items) => items.map((li) => {
      const title = li.querySelector(".card-title").getBoundingClientRect();
      const meta = li.querySelector(".question-meta").getBoundingClientRect();
      const buttons = li.querySelector(".button-row").getBoundingClientRect();
      return {
        text: li.querySelector(".card-title").textContent,
        metaBelowTitle: meta.top >= title.bottom - 1,
        buttonsBelowMeta: buttons.top >= meta.bottom - 1,
        buttonsLeft: Math.round(buttons.left - li.getBoundingClientRect().left),
      };
    }));
    expect(layout.length).toBeGreaterThan(10);
    for (const row of layout) {
      expect(row.metaBelowTitle, row.text).toBe(true);
      expect(row.buttonsBelowMeta, row.text).toBe(true);
    }
    // Every row's buttons start at the same place.
    expect(new Set(layout.map((r) => r.buttonsLeft)).size).toBe(1);
  });
}

test("a half-edited question keeps its words when another is opened, and after a reload, until cancelled", async ({ page }) => {
  await open(page, "/questions");
  const edits = page.getByRole("button", { name: /^Edit: / });
  const first = await edits.nth(0).getAttribute("aria-label");
  const second = await edits.nth(1).getAttribute("aria-label");
  await page.getByRole("button", { name: first }).click();
  const box = page.getByLabel("Question", { exact: true }).last();
  await box.fill("What would you tell me to read first?");
  await page.getByRole("button", { name: second }).click();
  await page.getByRole("button", { name: first }).click();
  await expect(page.getByLabel("Question", { exact: true }).last()).toHaveValue("What would you tell me to read first?");
  await page.reload();
  await page.getByRole("button", { name: first }).click();
  await expect(page.getByLabel("Question", { exact: true }).last()).toHaveValue("What would you tell me to read first?");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: first }).click();
  await expect(page.getByLabel("Question", { exact: true }).last()).not.toHaveValue("What would you tell me to read first?");
});
