// One person from planned to thanked, with the date under the test's control; then the log,
// the thank-you date and the check-ins on their own (issues 22 and 23).
import { test, expect, open, saved, seed, makeDocument, storedDocument } from "./fixtures.js";

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
  await page.getByLabel("Organization").fill("Helix Labs");
  await page.getByLabel("Email").fill("ana@example.org");
  await page.getByLabel("How you know them").selectOption({ label: "Alumni from my school" });
  await page.getByLabel("User research").check();
  await page.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("button", { name: "Plan a talk with Ana Costa" }).click();

  // Step 4: fill a template.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask Ana Costa for a talk");
  await page.getByLabel("Your name").fill("Sam Rivera");
  await page.getByLabel("Your program or field").fill("psychology student");
  await page.getByLabel("Your school").fill("Ohio State University");
  await page.getByLabel("Template", { exact: true }).selectOption({ label: "We share a school or group" });
  const message = page.getByLabel("Message", { exact: true });
  await expect(message).toHaveValue(/^Dear Ana,/);
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
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Dear Ana,");

  // Log the request on Thursday.
  await page.getByLabel("What happened", { exact: true }).selectOption({ label: "Request sent" });
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByText("Give them until Dec 1, 2026")).toBeVisible();
  await saved(page);

  // Friday, the weekend and Monday: still waiting. Tuesday 1 December: third business day.
  for (const day of [27, 28, 29, 30]) {
    await goToDay(page, 2026, 11, day);
    await expect(page.getByText("Give them until Dec 1, 2026")).toBeVisible();
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
  // The talk page writes dates in the browser's language.
  const setFor = await page.evaluate(() => new Intl.DateTimeFormat([], {
    weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit",
  }).format(new Date(2026, 11, 3, 14, 0)));
  await expect(page.getByText(`Set for ${setFor}, 30 minutes, Helix Labs, 2nd floor.`)).toBeVisible();

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
  // Due by the week's end; once past it, overdue since that day (issue 23).
  await expect(thanks.locator(".badge")).toHaveText(/^Due now · by /);
  await goToDay(page, 2026, 12, 11);
  await expect(thanks.locator(".badge")).toHaveText(/^Overdue since /);
  await thanks.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Follow up with Ana Costa");
  // The thank-you builds on a highlight the student picks, in their own words.
  const thanksNote = page.getByRole("region", { name: "Thank-you note" }).getByLabel("Message", { exact: true });
  await expect(thanksNote).not.toHaveValue(/diary studies/);
  await page.getByRole("button", { name: "Use this: What I learned" }).click();
  await expect(thanksNote).toHaveValue(/The biggest thing I took away was \[what you learned, in your own words\]\./);
  await page.getByLabel("Sent on").fill("2026-12-11");
  await page.getByRole("button", { name: "Mark the thank-you as sent" }).click();
  await expect(page.getByText("Thank-you sent on Dec 11, 2026.")).toBeVisible();
  await open(page, "/");
  await expect(page.getByRole("heading", { name: "What's next" })).toBeVisible();
  await expect(page.locator(".agenda-item").filter({ hasText: "Send Ana Costa a thank-you note" })).toHaveCount(0);
  // What is left is asking the two people Ana suggested.
  await expect(page.getByRole("heading", { name: "New names to ask" })).toBeVisible();
});

// Wednesday 2 December 2026, 09:00 local time.
const TODAY = new Date(2026, 11, 2, 9, 0, 0);

function oneTalk(interview = {}) {
  return makeDocument({
    profile: { name: "Sam Rivera", field: "psychology student", school: "Ohio State" },
    people: [{ id: "p-1", name: "Ana Costa", organisation: "Helix Labs", email: "ana@example.org" }],
    interviews: [{ id: "i-1", person: "p-1", ...interview }],
  });
}

async function startOn(page, route, interview) {
  await page.clock.install({ time: TODAY });
  await seed(page, oneTalk(interview));
  await open(page, route);
}

const log = (page) => page.getByRole("region", { name: "What happened so far" });

test("a double click on Add to the log adds one entry, and nothing moves under the pointer", async ({ page }) => {
  await startOn(page, "/outreach?talk=i-1");
  const add = page.getByRole("button", { name: "Add to the log" });
  await add.scrollIntoViewIfNeeded();
  const before = await add.boundingBox();
  await add.dblclick();
  await expect(log(page).getByRole("listitem")).toHaveCount(1);
  await expect(log(page).getByRole("listitem")).toContainText("Dec 2, 2026: Request sent");
  await expect(page.getByRole("status").filter({ hasText: "Logged: Request sent on Dec 2, 2026." })).toBeVisible();
  // Within half a pixel: a badge's new word may shift the layout by a fraction, never a line.
  const after = await add.boundingBox();
  expect(after.y).toBeCloseTo(before.y, 0);
  expect(after.x).toBeCloseTo(before.x, 0);
  await saved(page);
  expect((await storedDocument(page)).interviews[0].outreach).toHaveLength(1);
});

test("a request dated in the future is questioned once, and kept when sent again", async ({ page }) => {
  await startOn(page, "/outreach?talk=i-1");
  await page.getByLabel("Date", { exact: true }).fill("2026-12-20");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByRole("status").filter({ hasText: "which is still to come" })).toContainText("To keep it, choose “Add to the log” again.");
  await expect(log(page).getByRole("listitem")).toHaveCount(0);
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(log(page).getByRole("listitem")).toHaveText(/Dec 20, 2026: Request sent/);
  await expect(page.getByText("which is still to come")).toHaveCount(0);
});

test("an empty date in the log is announced and focused", async ({ page }) => {
  await startOn(page, "/outreach?talk=i-1");
  const date = page.getByLabel("Date", { exact: true });
  await date.fill("");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(date).toBeFocused();
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAccessibleDescription("Enter the date it happened.");
});

test("removing the only request sent makes the talk planned again", async ({ page }) => {
  await startOn(page, "/outreach?talk=i-1", {
    status: "asked",
    outreach: [{ id: "ev-1", date: "2026-12-01", kind: "sent", note: "" }],
  });
  await expect(page.locator(".badge").filter({ hasText: "Asked" })).toBeVisible();
  await page.getByRole("button", { name: "Remove “Dec 1, 2026: Request sent” from the log" }).click();
  await page.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.locator(".badge").filter({ hasText: "Planned" })).toBeVisible();
  await expect(page.getByText("Nothing logged yet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What happened so far" })).toBeFocused();
  await saved(page);
  expect((await storedDocument(page)).interviews[0].status).toBe("planned");
});

const held = {
  status: "held",
  scheduled_at: "2026-10-20T14:00",
  held_on: "2026-10-20",
};

test("a check-in marked done records the day, and its button is named by its words", async ({ page }) => {
  await startOn(page, "/follow-up?talk=i-1", held);
  await page.getByRole("button", { name: "Mark done: 30-day check-in" }).click();
  await expect(page.getByText("About a month after: done on Dec 2, 2026.")).toBeVisible();
  const undo = page.getByRole("button", { name: "Not done yet: 30-day check-in" });
  await expect(undo).toHaveText("Not done yet");
  await saved(page);
  expect((await storedDocument(page)).interviews[0].check_ins_done).toEqual([{ after_days: 30, on: "2026-12-02" }]);
  // A double click is one click: the check-in stays done.
  await page.getByRole("button", { name: "Mark done: 60-day check-in" }).dblclick();
  await expect(page.getByText("About two months after: done on Dec 2, 2026.")).toBeVisible();
});

test("a thank-you dated in the future is questioned once; an empty advice note is focused", async ({ page }) => {
  await startOn(page, "/follow-up?talk=i-1", held);
  await page.getByLabel("Sent on").fill("2026-12-09");
  await page.getByRole("button", { name: "Mark the thank-you as sent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "which is still to come" })).toBeVisible();
  await expect(page.locator(".badge").filter({ hasText: "Held" })).toBeVisible();
  await page.getByRole("button", { name: "Mark the thank-you as sent" }).click();
  await expect(page.getByText("Thank-you sent on Dec 9, 2026.")).toBeVisible();

  await page.getByRole("button", { name: "Record it" }).click();
  const what = page.getByLabel("What did you do on their advice?");
  await expect(what).toBeFocused();
  await expect(what).toHaveAccessibleDescription("Say what you did.");
});
