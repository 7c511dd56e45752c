// Writing to people (issue 18): drafts that follow "About you" until changed and are kept with
// the talk, gaps that are named and held back, the mailto link, LinkedIn notes and phone
// scripts, a refused clipboard, and a thank-you built on the talk's highlights.
import { test, expect, open, seed, saved, makeDocument, storedDocument } from "./fixtures.js";

// Wednesday 2 December 2026, 09:00 local time.
const NOW = new Date(2026, 11, 2, 9, 0, 0);
const EMPTY_ABOUT_YOU = { name: "", field: "", school: "" };

function planner({ profile = EMPTY_ABOUT_YOU, person = {}, interview = {}, people = [] } = {}) {
  return makeDocument({
    profile,
    careers: [{ id: "c-1", name: "User research" }],
    people: [
      {
        id: "p-1",
        name: "Maya Chen",
        role: "UX researcher",
        organisation: "Helix Labs",
        email: "maya.chen@example.org",
        connection: "alumni",
        careers: ["c-1"],
        ...person,
      },
      ...people,
    ],
    interviews: [{ id: "i-1", person: "p-1", career: "c-1", ...interview }],
  });
}

async function start(page, doc, route = "/outreach?talk=i-1") {
  await page.clock.install({ time: NOW });
  await seed(page, doc);
  await open(page, route);
}

const message = (page) => page.getByLabel("Message", { exact: true });
const subject = (page) => page.getByLabel("Subject", { exact: true });
const emailCheck = (page) => page.getByRole("region", { name: "Email check" });

test("About you filled after choosing a template leaves no gap in the draft", async ({ page }) => {
  await start(page, planner());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask Maya Chen for a talk");
  // An alumna: the shared-school template is suggested; pick the friendly tone.
  await expect(page.getByLabel("Template", { exact: true })).toHaveValue("b:email-shared");
  await page.getByLabel("Tone").selectOption({ label: "Friendly" });
  await expect(message(page)).toHaveValue(/^Hi Maya,\n/);
  await expect(message(page)).toHaveValue(/\[my name\]/);
  await expect(emailCheck(page)).toContainText("Fill in: my school, my name, my field.");

  await page.getByLabel("Your name").fill("Sam Rivera");
  await page.getByLabel("Your program or field").fill("psychology student");
  await page.getByLabel("Your school").fill("Ohio State University");

  await expect(message(page)).toHaveValue(/I'm Sam Rivera, a psychology student/);
  await expect(message(page)).not.toHaveValue(/\[/);
  await expect(subject(page)).toHaveValue("Hello from the Ohio State University network");
  await expect(emailCheck(page)).toContainText("Short, connected, asks for advice and ends with a question: good.");
  await expect(emailCheck(page)).not.toContainText("Fill in");
});

test("an edited draft survives leaving the page and a reload, until started again", async ({ page }) => {
  await start(page, planner({ profile: { name: "Sam Rivera", field: "psychology student", school: "Ohio State" } }));
  const original = await message(page).inputValue();
  const mine = original.replace("Could you spare 20 minutes", "Could you spare 15 minutes");
  await message(page).fill(mine);
  await subject(page).fill("Ohio State alum, 15 minutes?");
  await expect(page.getByText("Your own text now", { exact: false })).toBeVisible();
  await saved(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /People/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/People to talk to/);
  await page.goBack();
  await expect(message(page)).toHaveValue(mine);
  await page.reload();
  await expect(message(page)).toHaveValue(mine);
  await expect(subject(page)).toHaveValue("Ohio State alum, 15 minutes?");
  const stored = (await storedDocument(page)).interviews[0].drafts;
  expect(stored).toEqual([expect.objectContaining({ kind: "first_email", written: { subject: "Ohio State alum, 15 minutes?", body: mine } })]);

  // The user's text is theirs: a change to About you no longer reaches it.
  await page.getByText("About you (used in every message)").click();
  await page.getByLabel("Your name").fill("Samantha Rivera");
  await expect(message(page)).toHaveValue(mine);

  // Starting again asks first, then brings the template back, filled, with focus on its choice.
  await page.getByRole("button", { name: "Start again from the template" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(message(page)).toHaveValue(mine);
  await page.getByRole("button", { name: "Start again from the template" }).click();
  await page.getByRole("button", { name: "Yes, start again" }).click();
  await expect(message(page)).toHaveValue(/I am Samantha Rivera, a psychology student/);
  await expect(page.getByLabel("Template", { exact: true })).toBeFocused();
});

test("with About you empty, the check names the gaps and Copy and Open in email warn first", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await start(page, planner());
  await page.evaluate(() => navigator.clipboard.writeText("nothing yet"));
  await expect(emailCheck(page)).toContainText("Fill in: my school, my name, my field.");

  await page.getByRole("button", { name: "Copy message" }).click();
  const warning = page.getByRole("alert").filter({ hasText: "Still to fill in" });
  await expect(warning).toContainText("Still to fill in: my school, my name, my field.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("nothing yet");

  // Escape puts the warning away and focus back on Copy.
  await warning.getByRole("button", { name: "Copy it anyway" }).focus();
  await page.keyboard.press("Escape");
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Copy message" })).toBeFocused();

  // The email link is held back the same way, without leaving the page.
  await page.getByRole("link", { name: "Open in my email app" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "or open it as it is" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask Maya Chen for a talk");

  // Copying anyway is the user's call.
  await page.getByRole("button", { name: "Copy message" }).click();
  await page.getByRole("button", { name: "Copy it anyway" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("[my name]");
});

test("the email link opens with the person's address, the subject and the message", async ({ page }) => {
  await start(page, planner({
    profile: { name: "José Núñez", field: "psychology student", school: "Ohio State" },
    person: { connection: "referral", referred_by: { referrer: { kind: "person", id: "p-2" }, may_use_name: true } },
    people: [{ id: "p-2", name: "Ben Hall & Co", connection: "professional" }],
  }));
  await expect(page.getByLabel("Template", { exact: true })).toHaveValue("b:email-referral");
  await expect(page.getByText("To: Maya Chen <maya.chen@example.org>")).toBeVisible();
  const body = await message(page).inputValue();
  await subject(page).fill("A question? #1 & 100% yours");
  const href = await page.getByRole("link", { name: "Open in my email app" }).getAttribute("href");
  expect(href).toMatch(/^mailto:maya\.chen@example\.org\?subject=/);
  expect(href).not.toMatch(/[ \n+]/);
  expect(href).toContain("%0D%0A%0D%0ABen%20Hall%20%26%20Co%20suggested");
  const url = new URL(href);
  expect(url.protocol).toBe("mailto:");
  expect(url.pathname).toBe("maya.chen@example.org");
  const fields = Object.fromEntries(url.search.slice(1).split("&").map((f) => {
    const [name, value] = f.split("=");
    return [name, decodeURIComponent(value)];
  }));
  expect(fields).toEqual({ subject: "A question? #1 & 100% yours", body: body.replace(/\n/g, "\r\n") });
  expect(body).toContain("I am José Núñez, a psychology student");
});

test("a LinkedIn note counts its characters against 300; a phone call gets a script without a subject", async ({ page }) => {
  await start(page, planner({
    profile: { name: "Sam Rivera", field: "psychology student", school: "Ohio State" },
    person: { profile_url: "https://www.linkedin.com/in/maya-chen" },
  }));
  await page.getByLabel("How you will ask").selectOption({ label: "LinkedIn message" });
  await expect(subject(page)).toHaveCount(0);
  const note = await message(page).inputValue();
  await expect(page.getByText(`${note.length} of 300 characters`, { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Message check" })).toContainText("good.");
  await expect(page.getByRole("link", { name: "Open Maya’s LinkedIn profile" })).toHaveAttribute("href", "https://www.linkedin.com/in/maya-chen");
  await message(page).fill(`${note} ${"And one more thing. ".repeat(6)}`);
  await expect(page.getByText(/^3\d\d of 300 characters \(too long/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Message check" })).toContainText("LinkedIn takes at most 300 in a connection note.");

  await page.getByLabel("How you will ask").selectOption({ label: "Phone call" });
  await expect(subject(page)).toHaveCount(0);
  await expect(page.getByLabel("What to say")).toHaveValue(/^Hello Maya, this is Sam Rivera\./);
  await expect(page.getByRole("button", { name: "Copy the script" })).toBeVisible();

  // Each way of asking keeps its own draft.
  await page.getByLabel("How you will ask").selectOption({ label: "LinkedIn message" });
  await expect(message(page)).toHaveValue(/And one more thing\./);
});

test("when the browser refuses the clipboard, the text is selected for copying by hand", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
  });
  await start(page, planner({ profile: { name: "Sam Rivera", field: "psychology student", school: "Ohio State" } }));
  await page.getByRole("button", { name: "Copy message" }).click();
  await expect(page.getByRole("alert")).toContainText("The browser did not let the planner copy.");
  const byHand = page.getByLabel("Text to copy");
  await expect(byHand).toBeFocused();
  const text = await byHand.inputValue();
  expect(text).toMatch(/^Subject: .*\n\nDear Maya,/);
  const selected = await byHand.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(text);
});

test("a thank-you builds on one highlight of the talk, in the student's own words", async ({ page }) => {
  await start(page, planner({
    profile: { name: "Sam Rivera", field: "psychology student", school: "Ohio State" },
    interview: {
      status: "held",
      scheduled_at: "2026-12-01T14:00",
      held_on: "2026-12-01",
      questions: [
        { id: "aq-1", text: "What does a typical day look like?", notes: "standups, 2 user interviews, synthesis in Dovetail" },
      ],
      debrief: { learned: "Research drives product decisions there." },
    },
  }), "/follow-up?talk=i-1");
  const thanks = page.getByRole("region", { name: "Thank-you note" });
  const highlights = page.getByRole("complementary", { name: "From your talk" });
  await expect(highlights).toContainText("standups, 2 user interviews, synthesis in Dovetail");
  await expect(highlights).toContainText("Research drives product decisions there.");
  await expect(thanks.getByLabel("Message", { exact: true })).toHaveValue(/\[one thing from the talk\]/);

  await highlights.getByRole("button", { name: "Use this: What does a typical day look like?" }).click();
  const note = thanks.getByLabel("Message", { exact: true });
  await expect(note).toHaveValue(/I keep coming back to your answer to “What does a typical day look like\?”: \[what it made clear to you\]\./);
  await expect(note).not.toHaveValue(/Dovetail/);
  await expect(thanks.getByRole("region", { name: "Email check" })).toContainText("Fill in: what it made clear to you.");

  // The student finishes the sentence; the note is ready.
  const text = await note.inputValue();
  await note.fill(text.replace("[what it made clear to you]", "how much of the work is listening"));
  await expect(thanks.getByRole("region", { name: "Email check" })).toContainText("Short and complete: ready to send.");
  await expect(highlights.getByRole("button", { name: /^Use this/ })).toHaveCount(0);
});

test("a shared planner open for review shows the messages to read and copy, and nothing to change", async ({ page }) => {
  await page.clock.install({ time: NOW });
  const doc = planner({
    profile: { name: "Sam Rivera", field: "psychology student", school: "Ohio State" },
    interview: {
      status: "held",
      held_on: "2026-10-01",
      outreach: [{ id: "ev-1", date: "2026-09-20", kind: "sent", note: "" }],
      questions: [{ id: "aq-1", text: "What does a typical day look like?", notes: "standups" }],
      actions: [{ id: "a-1", date: "2026-11-01", what: "Joined the meetup" }],
    },
  });
  await page.goto("/guide");
  await page.evaluate((text) => {
    sessionStorage.setItem("interview-planner.review", text);
    sessionStorage.setItem("interview-planner.review-name", JSON.stringify("sam-planner.json"));
  }, JSON.stringify(doc));
  await open(page, "/outreach?talk=i-1");
  await expect(page.getByText("show what the planner's owner wrote", { exact: false })).toBeVisible();
  await expect(page.getByText("How you will ask: Email")).toBeVisible();
  for (const name of ["Add to the log", "Remove “Sep 20, 2026: Request sent” from the log"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByLabel("Template", { exact: true })).toHaveCount(0);
  await expect(page.getByText("Keep this text as your own template")).toHaveCount(0);
  await expect(message(page)).toBeDisabled();
  await expect(message(page)).toHaveValue(/I am Sam Rivera/);
  await expect(page.getByRole("button", { name: "Copy message" })).toBeEnabled();

  await open(page, "/follow-up?talk=i-1");
  await expect(page.getByText("show what the planner's owner wrote", { exact: false })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "From your talk" })).toContainText("standups");
  for (const name of [/Mark the thank-you/, /Mark done/, /^Use this/, /Record it/, /I told them/]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
});

test("the tone is offered for the app's templates and not for one's own, as the template changes", async ({ page }) => {
  const doc = planner();
  doc.templates = [{
    id: "t-own", kind: "first_email", name: "My usual note", subject: "A question about {career}",
    body: "Dear {first_name},\n\nCould we talk for 20 minutes about {career}?\n\n{my_name}",
    created_at: "2026-11-20T10:00:00+01:00", updated_at: "2026-11-20T10:00:00+01:00",
  }];
  await start(page, doc);
  const template = page.getByLabel("Template", { exact: true });
  await expect(page.getByLabel("Tone")).toBeVisible();
  await template.selectOption("u:t-own");
  await expect(subject(page)).toHaveValue("A question about User research");
  await expect(page.getByLabel("Tone")).toHaveCount(0);
  await template.selectOption("b:email-cold");
  await expect(page.getByLabel("Tone")).toBeVisible();
});
