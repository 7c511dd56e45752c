// The person form and the people page as a person uses them: how they know someone, who
// introduced them, a possible duplicate, a half-filled form across Back and reload, and where
// keyboard focus goes when forms open, close and cards go away.
import { test, expect, open, seed, saved, storedDocument, makeDocument } from "./fixtures.js";

const card = (page, name) =>
  page.getByRole("list", { name: "People" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });

test("how you know them is asked, and someone outside the planner can be the one who introduced them", async ({ page }) => {
  await open(page, "/people");
  await page.getByRole("button", { name: "Add your first person" }).click();
  const name = page.getByLabel("Name", { exact: true });
  await expect(name).toBeFocused();
  const how = page.getByLabel("How you know them");
  await expect(how).toHaveValue("");
  // Nobody suggested them yet, so there is no one whose name to mention.
  await expect(page.getByLabel(/said I may mention their name/)).toHaveCount(0);

  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("alert")).toHaveText("Please correct the fields marked below.");
  await expect(name).toBeFocused();
  await name.fill("Rosa Quinn");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(how).toBeFocused();
  await expect(how).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Choose how you know them.")).toBeVisible();
  await how.selectOption({ label: "Teachers, classmates, advisors" });
  await expect(how).not.toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Suggested or introduced by").selectOption({ label: "Someone not in my planner (type their name)" });
  const introducer = page.getByLabel("Name of the person who introduced you");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(introducer).toBeFocused();
  await expect(page.getByText("Enter the name of the person who introduced you.")).toBeVisible();
  await introducer.fill("Prof. Lee");
  await page.getByLabel("The person who introduced them said I may mention their name").check();
  await page.getByRole("button", { name: "Add person" }).click();

  await expect(card(page, "Rosa Quinn").getByText("Introduced by Prof. Lee (may mention their name)")).toBeVisible();
  await expect(card(page, "Rosa Quinn").getByText("Teachers, classmates, advisors")).toBeVisible();
  // Back on the button that opened the form.
  await expect(page.getByRole("button", { name: "Add a person" })).toBeFocused();
  await expect(page.getByRole("region", { name: "Who led to whom" }).getByText("Rosa Quinn (introduced by Prof. Lee)")).toBeVisible();
  await saved(page);
  const doc = await storedDocument(page);
  expect(doc.people[0].connection).toBe("academic");
  expect(doc.people[0].referred_by).toEqual({ referrer: { kind: "named", name: "Prof. Lee" }, may_use_name: true });

  // Editing keeps the introducer; choosing nobody removes it.
  await page.getByRole("button", { name: "Edit Rosa Quinn" }).click();
  await expect(page.getByLabel("Name of the person who introduced you")).toHaveValue("Prof. Lee");
  await page.getByLabel("Suggested or introduced by").selectOption({ label: "Nobody: I found them myself" });
  await expect(page.getByLabel(/said I may mention their name/)).toHaveCount(0);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("button", { name: "Edit Rosa Quinn" })).toBeFocused();
  await expect(card(page, "Rosa Quinn").getByText(/Introduced by/)).toHaveCount(0);
});

test("the same e-mail or the same name in any case gets a warning with a link, and may still be added", async ({ page }) => {
  await seed(page, makeDocument({ people: [{ id: "p-maya", name: "Maya Chen", email: "maya@example.org" }] }));
  await open(page, "/people");
  await page.getByRole("button", { name: "Add a person" }).click();
  await page.getByLabel("Name", { exact: true }).fill("maya chen");
  const warning = page.getByRole("status").filter({ hasText: "Already in your planner" });
  await expect(warning).toHaveText("Already in your planner: Maya Chen (same name). You can still add this person if they are someone else.");
  await page.getByLabel("Name", { exact: true }).fill("Maya C.");
  await expect(warning).toHaveCount(0);
  await page.getByLabel("Email").fill("MAYA@example.org");
  await expect(warning).toContainText("Maya Chen (same email)");
  // The link leads to the card already there; the form keeps what was typed.
  await warning.getByRole("link", { name: "Maya Chen" }).click();
  await expect(page.locator("#person-p-maya")).toBeFocused();
  const form = page.getByRole("region", { name: "Add a person" });
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Maya C.");
  await form.getByLabel("How you know them").selectOption({ label: "Work and volunteering contacts" });
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByText("2 of 2 people match.")).toBeVisible();
  // Editing a person does not warn about themselves.
  await page.getByRole("button", { name: "Edit Maya Chen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Maya Chen (same name)" })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Maya C. (same email)" })).toBeVisible();
});

test("a half-filled person form is still there after Back and after a reload", async ({ page }) => {
  await seed(page, makeDocument({ people: [{ id: "p-ana", name: "Ana Costa", role: "Researcher" }] }));
  await open(page, "/careers");
  await open(page, "/people");
  await page.getByRole("button", { name: "Add a person" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Half Done");
  await page.getByLabel("Role").fill("Nurse");
  const form = page.getByRole("region", { name: "Add a person" });
  await form.getByLabel("How you know them").selectOption({ label: "Family, friends, neighbors" });
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Careers");
  await page.goForward();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Half Done");
  await expect(page.getByLabel("Role")).toHaveValue("Nurse");
  await expect(form.getByLabel("How you know them")).toHaveValue("personal");
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Half Done");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByRole("button", { name: "Add a person" })).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveCount(0);

  // The same for an edit.
  await page.getByRole("button", { name: "Edit Ana Costa" }).click();
  await page.getByLabel("Role").fill("Senior researcher");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Edit Ana Costa" })).toBeVisible();
  await expect(page.getByLabel("Role")).toHaveValue("Senior researcher");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(card(page, "Ana Costa").getByText("Senior researcher")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Edit Ana Costa" })).toHaveCount(0);
});

test("focus follows the work: forms take it and give it back, Escape cancels, a forgotten card passes it on", async ({ page }) => {
  const doc = makeDocument({
    people: [
      { id: "p-ana", name: "Ana Costa" },
      { id: "p-ben", name: "Ben Hall" },
      { id: "p-tom", name: "Tom Becker", referred_by: { referrer: { kind: "person", id: "p-ana" }, may_use_name: true } },
    ],
  });
  await seed(page, doc);
  await open(page, "/people");
  await page.getByRole("button", { name: "Add a person" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await page.keyboard.type("Nobody");
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Name", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add a person" })).toBeFocused();

  await page.getByRole("button", { name: "Edit Ben Hall" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Edit Ben Hall" })).toBeFocused();

  // "Suggested Tom Becker" goes to his card on this page: a plain link, not marked as the
  // current page, and his card takes focus.
  const suggested = card(page, "Ana Costa").getByRole("link", { name: "Suggested Tom Becker" });
  await expect(suggested).not.toHaveAttribute("aria-current", /.*/);
  await suggested.click();
  await expect(page).toHaveURL(/\/people\?person=p-tom$/);
  await expect(page.locator("#person-p-tom")).toBeFocused();

  // After forgetting Ana, the card that takes her place has focus.
  await page.getByRole("button", { name: "Forget Ana Costa" }).click();
  await page.getByRole("button", { name: "Yes, forget them" }).click();
  await expect(page.locator("#person-p-ben")).toBeFocused();
  // The last one left: then the list's heading.
  await page.getByRole("button", { name: "Forget Ben Hall" }).click();
  await page.getByRole("button", { name: "Yes, forget them" }).click();
  await expect(page.locator("#person-p-tom")).toBeFocused();
  await page.getByRole("button", { name: "Forget Tom Becker" }).click();
  await page.getByRole("button", { name: "Yes, forget them" }).click();
  await expect(page.getByRole("button", { name: "Add your first person" })).toBeFocused();
});
