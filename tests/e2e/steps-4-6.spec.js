// One person from planned to thanked, with the date under the test's control.
import { test, expect, open, saved } from "./fixtures.js";

// Thursday 26 November 2026, 09:00 local time.
const START = new Date(2026, 10, 26, 9, 0, 0);

async function goToDay(page, year, month, day) {
  await page.clock.setSystemTime(new Date(year, month - 1, day, 9, 0, 0));
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

test("from planned to thanked, with nudges on the right days", async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.clock.install({ time: START });

  // A career and a person to ask.
  await open(page, "/careers");
  await page.getByRole("button", { name: "Add your first career" }).click();
  await page.getByLabel("Career or industry").fill("User research");
  await page.getByRole("button", { name: "Add career" }).click();
  await open(page, "/people");
  await page.getByRole("button", { name: "Add your first person" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Ana Costa");
  await page.getByLabel("Role").fill("UX researcher");
  await page.getByLabel("Organisation").fill("Helix Labs");
  await page.getByLabel("Email").fill("ana@example.org");
  await page.getByLabel("How you know them").selectOption({ label: "Alumni from my school" });
  await page.getByLabel("User research").check();
  await page.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("button", { name: "Plan a talk with Ana Costa" }).click();

  // Step 4: fill a template.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask Ana Costa for a talk");
  await page.getByLabel("Your name").fill("Sam Rivera");
  await page.getByLabel("Your school, programme or field").fill("psychology student");
  await page.getByLabel("Template", { exact: true }).selectOption({ label: "First email: shared school or group" });
  const message = page.getByLabel("Message");
  await expect(message).toHaveValue(/Dear Ana Costa/);
  await expect(message).toHaveValue(/I am Sam Rivera, a psychology student/);
  await expect(message).toHaveValue(/exploring User research/);
  await expect(page.getByText("Short, connected, asks for advice and ends with a question: good.")).toBeVisible();
  const original = await message.inputValue();
  await message.fill(original.replace("Could you spare", "Are there any openings on your team? Could you spare"));
  await expect(page.getByText("It mentions a job or application.")).toBeVisible();
  await message.fill(original);
  await expect(page.getByText("It mentions a job or application.")).toHaveCount(0);
  await page.getByRole("button", { name: "Copy message" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Dear Ana Costa");

  // Log the request on Thursday.
  await page.getByLabel("What happened", { exact: true }).selectOption({ label: "Request sent" });
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByText("Give them until 1 Dec 2026")).toBeVisible();
  await saved(page);

  // Friday, the weekend and Monday: still waiting. Tuesday 1 December: third business day.
  for (const day of [27, 28, 29, 30]) {
    await goToDay(page, 2026, 11, day);
    await expect(page.getByText("Give them until 1 Dec 2026")).toBeVisible();
    await expect(page.getByText("Try a second person")).toHaveCount(0);
  }
  await goToDay(page, 2026, 12, 1);
  await expect(page.getByText("Try a second person", { exact: true })).toBeVisible();
  await open(page, "/");
  await expect(page.getByRole("link", { name: /write to a second person at Helix Labs/ })).toBeVisible();
  await page.goBack();

  // They reply: the nudge clears and scheduling is next.
  await page.getByLabel("What happened", { exact: true }).selectOption({ label: "They replied" });
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByText("Try a second person", { exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Schedule the talk" }).click();

  // Step 5: schedule, choose questions, take notes, gather two referrals, mark held.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your talk with Ana Costa");
  await page.getByLabel("Day and time").fill("2026-12-03T14:00");
  await page.getByLabel("Place or call link").fill("Helix Labs, 2nd floor");
  await page.getByLabel("Length").selectOption("30");
  await page.getByRole("button", { name: "Save the time" }).click();
  await expect(page.getByText("Set for Thu 3 Dec 2026, 14:00, 30 minutes, Helix Labs, 2nd floor.")).toBeVisible();

  await page.getByText("Add questions from your bank").click();
  const picker = page.locator(".bank-picker");
  for (let i = 0; i < 3; i++) await picker.getByRole("button").first().click();
  const boxes = page.locator(".during textarea");
  await expect(boxes).toHaveCount(4);
  await boxes.nth(0).fill("Mostly diary studies and interviews.");
  await boxes.nth(1).fill("A psychology degree plus a portfolio.");
  await boxes.nth(2).fill("Seeing a product change because of research.");

  for (const [name, allowed] of [["Dee Park", true], ["Eli Moss", false]]) {
    await page.getByRole("button", { name: "Add a person they suggested" }).click();
    await page.getByLabel("Name", { exact: true }).fill(name);
    if (allowed) await page.getByLabel("Ana Costa said I may mention their name").check();
    await page.getByRole("button", { name: "Add this suggestion" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Added ${name} to your people.` })).toBeVisible();
  }
  await expect(page.getByText("2 of 2 names: well done")).toBeVisible();

  await page.clock.setSystemTime(new Date(2026, 11, 3, 15, 0, 0));
  await page.getByLabel("Day it took place").fill("2026-12-03");
  await page.getByRole("button", { name: "Mark the talk as held" }).click();
  await page.getByLabel("What did I learn?").fill("Research drives product decisions there.");
  await saved(page);

  // The referrals are on the people page, suggested by Ana.
  await open(page, "/people");
  for (const name of ["Dee Park", "Eli Moss"]) {
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await expect(card.getByRole("link", { name: "Ana Costa" })).toBeVisible();
  }

  // Step 6: nudged after 24 hours, overdue after 7 days, then sent.
  await goToDay(page, 2026, 12, 4);
  await open(page, "/");
  const thanks = page.locator(".agenda-item").filter({ hasText: "Send Ana Costa a thank-you note" });
  await expect(thanks.locator(".badge")).toHaveText("Due now");
  await goToDay(page, 2026, 12, 11);
  await expect(thanks.locator(".badge")).toHaveText("Overdue");
  await thanks.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Follow up with Ana Costa");
  await expect(page.getByLabel("Message")).toHaveValue(/what you said about mostly diary studies and interviews/);
  await page.getByLabel("Sent on").fill("2026-12-11");
  await page.getByRole("button", { name: "Mark the thank-you as sent" }).click();
  await expect(page.getByText("Thank-you sent on 11 Dec 2026.")).toBeVisible();
  await open(page, "/");
  await expect(page.getByText("Nothing needs your attention now.")).toBeVisible();
});
