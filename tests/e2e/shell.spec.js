// The app shell: every route reachable from the navigation, deep links, sub-path hosting.
import { test, expect, open } from "./fixtures.js";
import { SUBPATH_URL } from "./playwright.config.js";

const ROUTES = [
  ["Overview", "/", "What's next"],
  ["Careers", "/careers", /Careers/],
  ["Questions", "/questions", /questions/i],
  ["People", "/people", /People/],
  ["Ask", "/outreach", /Ask/],
  ["Talk", "/talk", /talk/i],
  ["Follow up", "/follow-up", /Follow up/],
  ["Your data", "/data", /Your data/],
  ["Guide", "/guide", /informational interviews/i],
];

test("every route is reachable by clicking the navigation", async ({ page }) => {
  await open(page, "/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [label, path, heading] of ROUTES) {
    await nav.getByRole("link", { name: label, exact: false }).first().click();
    await expect(page).toHaveURL(new RegExp(`${path.replace("/", "\\/")}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole("link", { name: label }).first()).toHaveAttribute("aria-current", "page");
  }
});

test("Back and Forward move between pages, and a new page opens at its top", async ({ page }) => {
  await open(page, "/guide");
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/People/);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/informational interviews/i);
  await expect(nav.getByRole("link", { name: "Guide" })).toHaveAttribute("aria-current", "page");
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/People/);
});

test("the skip link moves to the page's content without leaving the page", async ({ page }) => {
  await open(page, "/careers");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(page).toHaveURL(/\/careers#main$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Careers/);
});

test("a deep link reloads on its own page", async ({ page }) => {
  await open(page, "/people");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/People/);
});

test("an unknown address shows the not-found page with a way back", async ({ page }) => {
  await open(page, "/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is no page here");
  await page.getByRole("link", { name: "Go to the overview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What's next");
});

test.describe("served from a sub-path with 404.html as the fallback", () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("routes, deep links and reloads work under /planner/", async ({ page }) => {
    await open(page, `${SUBPATH_URL}/`);
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: /Questions/ }).click();
    await expect(page).toHaveURL(`${SUBPATH_URL}/questions`);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/questions/i);
    await nav.getByRole("link", { name: "Overview" }).click();
    await expect(page).toHaveURL(`${SUBPATH_URL}/`);
    await page.goto(`${SUBPATH_URL}/guide`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/informational interviews/i);
  });
});

const ALL_PAGES = ["/", "/careers", "/learned", "/questions", "/people", "/outreach", "/talk", "/follow-up", "/data", "/guide", "/sheet", "/nowhere"];

test("on a 375 px phone the header is at most 120 px tall on every page, and names the page", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ALL_PAGES) {
    await open(page, path);
    const height = await page.locator(".site-header").evaluate((h) => h.getBoundingClientRect().height);
    expect(height, `header on ${path}`).toBeLessThanOrEqual(120);
  }
  await open(page, "/people");
  const menu = page.getByRole("button", { name: "Menu, this page: People (step 3)" });
  await expect(menu).toBeVisible();
  await expect(menu).toContainText("People");
});

test("the phone menu opens and closes from the keyboard, and following a link closes it", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await open(page, "/careers");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByRole("button", { name: /^Menu, this page: Careers/ });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Guide" })).toBeHidden();
  const headerBefore = await page.locator(".site-header").boundingBox();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  // The list opens over the page: the header, and the button in it, stay where they were.
  expect(await page.locator(".site-header").boundingBox()).toEqual(headerBefore);
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Overview" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await menu.click();
  await nav.getByRole("link", { name: "Questions (step 2)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/questions/i);
  await expect(nav.getByRole("button", { name: /^Menu, this page: Questions/ })).toHaveAttribute("aria-expanded", "false");
});

test("in forced-colors mode the current page keeps a visible marker", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await open(page, "/questions");
  const marker = (name) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).evaluate((a) => {
    const s = getComputedStyle(a);
    return `${s.outlineStyle} ${s.textDecorationLine}`;
  });
  expect(await marker("Questions (step 2)")).toBe("solid underline");
  expect(await marker("People (step 3)")).toBe("none none");
});
