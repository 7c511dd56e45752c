// Steps 1 to 3 as a person does them: careers, the question bank, people and referrals.
import { test, expect, open, storedDocument, saved } from "./fixtures.js";

test("add a career with two reasons", async ({ page }) => {
  await open(page, "/careers");
  await page.getByRole("button", { name: "Add your first career" }).click();
  await page.getByLabel("Career or industry").fill("Urban planning");
  await page.getByLabel("Grow my network").check();
  await page.getByLabel("Get an insider's view").check();
  await page.getByLabel("Notes").fill("Transit and housing.");
  await page.getByRole("button", { name: "Add career" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added Urban planning." })).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Urban planning" }) });
  await expect(card.getByRole("list", { name: "Why I'm exploring it" }).getByRole("listitem")).toHaveText([
    "Grow my network",
    "Get an insider's view",
  ]);
  await saved(page);
  const doc = await storedDocument(page);
  expect(doc.careers).toHaveLength(1);
  expect(doc.careers[0].reasons).toEqual(["network", "insider_view"]);
});

test("a career needs a name, and the message says so", async ({ page }) => {
  await open(page, "/careers");
  await page.getByRole("button", { name: "Add your first career" }).click();
  await page.getByRole("button", { name: "Add career" }).click();
  await expect(page.getByText("Give the career a name.")).toBeVisible();
  await expect(page.getByLabel("Career or industry")).toHaveAttribute("aria-invalid", "true");
});

test("add, reorder and delete bank questions; the order survives a reload", async ({ page }) => {
  await open(page, "/questions");
  await page.getByLabel("Question", { exact: true }).fill("What surprised you in your first month?");
  await page.getByRole("button", { name: "Add question" }).click();
  await page.getByLabel("Question", { exact: true }).fill("Which tools do you use daily?");
  await page.getByRole("button", { name: "Add question" }).click();

  const list = page.locator("ol.question-list > li");
  const texts = async () => (await list.locator(".card-title").allTextContents()).map((t) => t.trim());
  let before = await texts();
  expect(before.at(-2)).toBe("What surprised you in your first month?");
  expect(before.at(-1)).toBe("Which tools do you use daily?");

  // Move the last question up with the button, then further up with the keyboard.
  await page.getByRole("button", { name: "Move up: Which tools do you use daily?" }).click();
  let after = await texts();
  expect(after.at(-2)).toBe("Which tools do you use daily?");
  await expect(page.getByRole("button", { name: "Move up: Which tools do you use daily?" })).toBeFocused();
  await page.keyboard.press("Alt+ArrowUp");
  after = await texts();
  expect(after.at(-3)).toBe("Which tools do you use daily?");

  // Delete the first starter question after confirming.
  const first = before[0];
  await page.getByRole("button", { name: `Delete: ${first.slice(0, 60)}` }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(list.locator(".card-title").filter({ hasText: first })).toHaveCount(0);
  const expected = await texts();

  await saved(page);
  await page.reload();
  await expect(list.first()).toBeVisible();
  expect(await texts()).toEqual(expected);
});

test("a person referred by another shows in the chain; forgetting leaves no trace", async ({ page }) => {
  await open(page, "/people");
  await page.getByRole("button", { name: "Add your first person" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Ana Costa");
  await page.getByLabel("Organization").fill("Helix Labs");
  await page.getByLabel("Email").fill("ana.costa@example.org");
  await page.getByLabel("Profile link").fill("https://profiles.example.org/ana");
  await page.getByLabel("How you know them").selectOption({ label: "Alumni from my school" });
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("heading", { name: "Ana Costa" })).toBeVisible();

  await page.getByRole("button", { name: "Add a person" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Ben Hall");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the fields marked below." })).toBeVisible();
  await expect(page.getByText("This does not look like an email address")).toBeVisible();
  await page.getByLabel("Email").fill("ben@example.org");
  const form = page.getByRole("region", { name: "Add a person" });
  await form.getByLabel("How you know them").selectOption({ label: "Suggested by someone I talked to" });
  await form.getByLabel("Suggested or introduced by").selectOption({ label: "Ana Costa" });
  await page.getByLabel("said I may mention their name").check();
  await page.getByRole("button", { name: "Add person" }).click();

  const ben = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Ben Hall" }) });
  await expect(ben.getByText("Suggested by Ana Costa (may mention their name)")).toBeVisible();
  await expect(ben.getByRole("link", { name: "Ana Costa" })).toBeVisible();
  const chain = page.getByRole("region", { name: "Who led to whom" });
  await expect(chain.getByRole("listitem").filter({ hasText: "Ana Costa" }).getByRole("link", { name: "Ben Hall" })).toBeVisible();

  // Search narrows the list.
  await page.getByLabel("Search by name or organization").fill("helix");
  await expect(page.getByText("1 of 2 people match.")).toBeVisible();
  await page.getByLabel("Search by name or organization").fill("");

  await page.getByRole("button", { name: "Forget Ana Costa" }).click();
  await page.getByRole("button", { name: "Yes, forget them" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ana Costa is forgotten." })).toBeVisible();
  await expect(ben.getByText("Suggested by someone you no longer track")).toBeVisible();
  await saved(page);
  const everything = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(everything).not.toContain("Ana Costa");
  expect(everything).not.toContain("ana.costa@example.org");
  expect(everything).not.toContain("profiles.example.org/ana");
  expect(everything).toContain("Ben Hall");
});

test("careers: forms take focus and give it back, Escape cancels, a deleted card passes focus on, a half-typed form survives a reload", async ({ page }) => {
  await open(page, "/careers");
  await page.getByRole("button", { name: "Add your first career" }).click();
  const field = page.getByLabel("Career or industry");
  await expect(field).toBeFocused();
  await page.getByRole("button", { name: "Add career" }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await page.keyboard.press("Escape");
  await expect(field).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add your first career" })).toBeFocused();

  for (const name of ["Nursing", "Urban planning", "Data journalism"]) {
    await page.getByRole("button", { name: /^Add (your first|a) career$/ }).click();
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Add a career" })).toBeFocused();
  }

  await page.getByRole("button", { name: "Add a career" }).click();
  await page.keyboard.type("Half-typed career");
  await page.getByLabel("Notes").fill("Still thinking.");
  await page.reload();
  await expect(page.getByLabel("Career or industry")).toHaveValue("Half-typed career");
  await expect(page.getByLabel("Notes")).toHaveValue("Still thinking.");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByLabel("Career or industry")).toHaveCount(0);

  await page.getByRole("button", { name: "Edit Urban planning" }).click();
  await expect(page.getByLabel("Career or industry")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Edit Urban planning" })).toBeFocused();

  const cardOf = (name) => page.getByRole("list", { name: "Careers you are exploring" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
  await page.getByRole("button", { name: "Delete Nursing" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(cardOf("Urban planning")).toBeFocused();
  await page.getByRole("button", { name: "Set aside Data journalism" }).click();
  await expect(cardOf("Urban planning")).toBeFocused();
  await page.getByRole("button", { name: "Delete Urban planning" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("heading", { name: "Your careers" })).toBeFocused();
});
