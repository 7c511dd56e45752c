// The overview: the one thing to do first, this week's talks with when and where, new names,
// a mentor's new comments, timings that name the day, and a reply rate judged only when it can be.
import { test, expect, open, makeDocument, seed } from "./fixtures.js";

// Wednesday 2 December 2026, 09:00 local time.
const TODAY = new Date(2026, 11, 2, 9, 0, 0);
const stamp = (daysAgo) => new Date(TODAY.getTime() - daysAgo * 86_400_000).toISOString();

/// How the browser writes a date or a time in its own language, as the app does.
async function words(page, kind, y, m, d, hh = 12, mm = 0) {
  return page.evaluate(([kind, y, m, d, hh, mm]) => {
    const options = {
      date: { year: "numeric", month: "short", day: "numeric" },
      dayTime: { weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
    }[kind];
    return new Intl.DateTimeFormat([], options).format(new Date(y, m - 1, d, hh, mm));
  }, [kind, y, m, d, hh, mm]);
}

/// Every record stamped `daysAgo` days before today, so the export reminder sees their age.
function stamped(doc, daysAgo) {
  const at = stamp(daysAgo);
  for (const list of [doc.careers, doc.questions, doc.people, doc.interviews, doc.comments]) {
    for (const r of list) { r.created_at = at; r.updated_at = at; }
  }
  return doc;
}

function planner() {
  return makeDocument({
    careers: [{ id: "c-ux", name: "User research" }],
    people: [
      { id: "p-ana", name: "Ana Costa", organisation: "Helix Labs", connection: "alumni" },
      { id: "p-ben", name: "Ben Berg", organisation: "Northwind", connection: "academic" },
    ],
    interviews: [
      {
        id: "i-ana", person: "p-ana", career: "c-ux", status: "scheduled",
        outreach: [{ id: "ev-1", date: "2026-11-20", kind: "sent", note: "" }, { id: "ev-2", date: "2026-11-23", kind: "replied", note: "" }],
        scheduled_at: "2026-12-04T14:30:00", place: "Helix Labs, 2nd floor", duration_minutes: 30,
      },
      {
        id: "i-ben", person: "p-ben", status: "scheduled",
        outreach: [{ id: "ev-1", date: "2026-11-20", kind: "replied", note: "" }],
        scheduled_at: "2026-12-07T10:00:00",
        place: "https://video.example.org/rooms/informational-interview-with-ben-berg-northwind-0123456789",
      },
    ],
  });
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: TODAY });
});

test("the overview with a scheduled talk shows its time and place, and the sheet one click away", async ({ page }) => {
  await seed(page, stamped(planner(), 1));
  await open(page, "/");
  const week = page.getByRole("region", { name: "This week" });
  const ana = week.getByRole("listitem").filter({ hasText: "Talk with Ana Costa" });
  await expect(ana).toContainText(await words(page, "dayTime", 2026, 12, 4, 14, 30));
  await expect(ana).toContainText("30 minutes");
  await expect(ana).toContainText("Where: Helix Labs, 2nd floor");
  // A call link is a link, and a long one wraps instead of pushing the page sideways.
  const ben = week.getByRole("listitem").filter({ hasText: "Talk with Ben Berg" });
  await expect(ben.getByRole("link", { name: /video\.example\.org/ })).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await ana.getByRole("link", { name: /^Question sheet/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Question sheet: Ana Costa");
});

test("the export reminder goes first only when unexported changes are a week old", async ({ page }) => {
  // Exported three weeks ago, changed two days ago: a talk to prepare comes first.
  const recent = stamped(planner(), 2);
  recent.last_export_at = stamp(21);
  await seed(page, recent);
  await open(page, "/");
  const first = page.locator("main h2").first();
  await expect(first).toHaveText("Do this next");
  await expect(page.getByText(/your changes since .* are only in this browser for now/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Export a copy of your planner" })).toHaveCount(0);

  // Never exported, and the work is ten days old: the export goes first.
  await seed(page, stamped(planner(), 10));
  await open(page, "/");
  await expect(page.locator("main h2").first()).toHaveText("Export a copy of your planner");
  await expect(page.getByText(/You have never exported your planner/)).toBeVisible();
});

test("no heading stands without something under it", async ({ page }) => {
  // Everything exported and nothing due: only what has content is shown.
  const doc = stamped(makeDocument({ careers: [{ id: "c-ux", name: "User research" }], people: [{ id: "p-ana", name: "Ana Costa" }] }), 3);
  doc.last_export_at = stamp(1);
  await seed(page, doc);
  await open(page, "/");
  const empty = await page.locator("main h2").evaluateAll((headings) =>
    headings
      .filter((h) => (h.closest("section") ?? h.parentElement).textContent.trim() === h.textContent.trim())
      .map((h) => h.textContent),
  );
  expect(empty).toEqual([]);
  await expect(page.locator("main h2").first()).toHaveText("Next: plan your first talk");
});

test("timings name the day an item fell due, not today", async ({ page }) => {
  // Monday 18 January 2027.
  await page.clock.setFixedTime(new Date(2027, 0, 18, 9, 0, 0));
  const doc = stamped(makeDocument({
    people: [{ id: "p-ana", name: "Ana Costa" }, { id: "p-ben", name: "Ben Berg" }],
    interviews: [
      // Asked on Friday 4 December: follow up on the seventh working day, Tuesday 15 December.
      { id: "i-ana", person: "p-ana", status: "asked", outreach: [{ id: "ev-1", date: "2026-12-04", kind: "sent", note: "" }] },
      // Held on 1 December, no thank-you: overdue since the week ran out, on 8 December.
      { id: "i-ben", person: "p-ben", status: "held", held_on: "2026-12-01", debrief: { learned: "A lot" } },
    ],
  }), 0);
  doc.last_export_at = new Date(2027, 0, 18, 8, 0, 0).toISOString();
  await seed(page, doc);
  await open(page, "/");
  const follow = page.locator(".agenda-item").filter({ hasText: "No reply from Ana Costa after 7 working days" });
  await expect(follow.locator(".badge")).toHaveText(`Due since ${await words(page, "date", 2026, 12, 15)}`);
  const thanks = page.locator(".agenda-item").filter({ hasText: "Send Ben Berg a thank-you note" });
  await expect(thanks.locator(".badge")).toHaveText(`Overdue since ${await words(page, "date", 2026, 12, 8)}`);
  await expect(page.getByText(await words(page, "date", 2027, 1, 18))).toHaveCount(0);
});

test("the reply rate waits until five requests have had seven working days", async ({ page }) => {
  const doc = stamped(makeDocument({
    people: [{ id: "p-ana", name: "Ana Costa" }, { id: "p-ben", name: "Ben Berg" }],
    interviews: [
      { id: "i-ana", person: "p-ana", status: "asked", outreach: [{ id: "ev-1", date: "2026-12-02", kind: "sent", note: "" }] },
      { id: "i-ben", person: "p-ben", status: "declined", outreach: [{ id: "ev-1", date: "2026-11-02", kind: "sent", note: "" }, { id: "ev-2", date: "2026-11-03", kind: "declined", note: "" }] },
    ],
  }), 0);
  await seed(page, doc);
  await open(page, "/");
  const figures = page.getByRole("region", { name: "How it is going" });
  await expect(figures.getByText(/^Reply rate: too early to tell/)).toBeVisible();
  await expect(figures.getByText(/Reply rate \d+%/)).toHaveCount(0);
  await expect(figures.getByText("Replied: 0")).toBeVisible();
  await expect(figures.getByText(/^Declined: 1\./)).toBeVisible();
});

test("new names are listed, and a mentor's comments stay until marked as read", async ({ page }) => {
  const doc = stamped(planner(), 1);
  doc.people.push({
    ...doc.people[0], id: "p-dee", name: "Dee Park", organisation: "", connection: "referral",
    referred_by: { referrer: { kind: "person", id: "p-ana" }, may_use_name: true },
  });
  doc.comments = [{
    id: "m-1", target: { kind: "interview", id: "i-ana" }, author: "Prof. Lee",
    text: "Ask her about research operations.", created_at: stamp(1), updated_at: stamp(1),
  }];
  await seed(page, doc);
  await open(page, "/");
  const names = page.getByRole("region", { name: "New names to ask" });
  await expect(names.getByRole("listitem")).toHaveText(["Dee Park, suggested by Ana Costa (you may say so)"]);
  const comments = page.getByRole("region", { name: "A new comment from your mentor" });
  await expect(comments).toContainText("Ask her about research operations.");
  await expect(comments.getByRole("link", { name: "your talk with Ana Costa" })).toBeVisible();
  await comments.getByRole("button", { name: "Mark as read" }).click();
  await expect(comments).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Do this next" })).toBeFocused();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Do this next" })).toBeVisible();
  await expect(page.getByRole("region", { name: /new comment/ })).toHaveCount(0);
});
