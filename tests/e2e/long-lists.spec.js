// Long lists show a page at a time with a way to see more, so a planner with hundreds of people
// and talks stays quick to open and to type in.
import { test, expect, makeDocument, seed, open } from "./fixtures.js";

const N = 120;
const people = Array.from({ length: N }, (_, i) => ({ id: `p-${i + 1}`, name: `Person ${String(i + 1).padStart(3, "0")}` }));
const interviews = people.map((p, i) => ({ id: `i-${i + 1}`, person: p.id, status: "asked" }));

test("people and talk lists show 50 at a time, and more on request", async ({ page }) => {
  await seed(page, makeDocument({ people, interviews }));

  await open(page, "/people");
  const personCards = page.getByRole("list", { name: "People" }).getByRole("heading", { level: 2 });
  await expect(personCards).toHaveCount(50);
  await expect(page.getByText(`${N} of ${N} people match.`)).toBeVisible();
  await page.getByRole("button", { name: `Show more (50 of ${N} shown)` }).click();
  await expect(personCards).toHaveCount(100);
  // The button is drawn anew with its new count, and keeps the focus: Enter again shows more.
  await expect(page.getByRole("button", { name: `Show more (100 of ${N} shown)` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(personCards).toHaveCount(N);
  await expect(page.getByRole("button", { name: /Show more/ })).toHaveCount(0);

  // Searching still finds someone beyond the first page.
  await page.getByLabel("Search by name or organization").fill("Person 117");
  await expect(page.getByText(`1 of ${N} people match.`)).toBeVisible();
  await expect(personCards).toHaveText(["Person 117"]);

  await open(page, "/outreach");
  const openLinks = page.getByRole("link", { name: /^Open the talk with / });
  await expect(openLinks).toHaveCount(50);
  await page.getByRole("button", { name: `Show more (50 of ${N} shown)` }).click();
  await expect(openLinks).toHaveCount(100);
  await expect(page.getByRole("link", { name: "Open the talk with Person 100" })).toBeVisible();
});

test("the overview lists 15 things at a time, and more on request", async ({ page }) => {
  // Forty talks held long ago with no thank-you sent: each one is overdue.
  const held = people.slice(0, 40).map((p, i) => ({
    id: `h-${i + 1}`, person: p.id, status: "held", held_on: `2020-01-${String((i % 28) + 1).padStart(2, "0")}`,
  }));
  await seed(page, makeDocument({ people, interviews: held }));

  await open(page, "/");
  const attention = page.getByRole("region", { name: "Needs your attention" });
  const items = attention.getByRole("listitem");
  await expect(items).toHaveCount(15);
  const more = attention.getByRole("button", { name: /^Show more \(15 of \d+ shown\)$/ });
  const total = Number((await more.textContent()).match(/of (\d+) shown/)[1]);
  expect(total).toBeGreaterThanOrEqual(40);
  await more.click();
  await expect(items).toHaveCount(30);
  await attention.getByRole("button", { name: `Show more (30 of ${total} shown)` }).click();
  await expect(items).toHaveCount(Math.min(45, total));
});
