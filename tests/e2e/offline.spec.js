// Offline after one visit: with no network, any page of the app opens looking as it does online,
// the question sheet prints on one page, and changes are saved. After a new build is deployed, one
// visit is enough for the new build to be the one that opens offline.
// Each journey has exactly one online visit per build (no reload online, which would let the
// browser fill the cache as it goes and hide a worker that did not cache everything at install),
// and opens the offline pages as new tabs, on routes the online visit never opened.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, open, saved, makeDocument, pdfPages, watch } from "./fixtures.js";
import { SUBPATH_URL } from "./playwright.config.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const screenshots = join(here, "output", "screenshots");

// No console error is allowed, offline or not: the worker answers every request the pages make,
// and they log none.

const QUESTIONS = [
  "Walk me through what you did yesterday, from the first task to the last.",
  "Which studies, courses or certificates actually helped you in this work?",
  "What part of the work gives you the most satisfaction?",
  "What is the hardest or most frustrating part, and how do you deal with it?",
  "How did you get into this field, and what did you do before?",
  "How has your field changed over the last five years, and where is it heading?",
  "If you were in my position today, what would your next step be?",
  "Who else would you suggest I talk to, and may I mention that you sent me?",
];

const TALK = makeDocument({
  people: [{ id: "p-ana", name: "Ana Costa", role: "UX researcher", organisation: "Helix Labs", connection: "alumni" }],
  interviews: [{
    id: "i-1", person: "p-ana", status: "scheduled", scheduled_at: "2026-12-03T14:30:00", place: "Helix Labs, 2nd floor",
    duration_minutes: 30, goal: "Find out how research shapes the product.",
    questions: QUESTIONS.map((text) => ({ text, notes: "" })),
  }],
});

/// The build id a dist folder's service worker was stamped with.
function buildOf(dir) {
  return /const BUILD = "([0-9a-f]+)"/.exec(readFileSync(join(dir, "sw.js"), "utf8"))[1];
}

/// Waits until the page's service worker of `build` has installed (so it has cached its files) and
/// taken over, with no other worker on the way and no other build's cache left. Polled with
/// expect.poll: page.waitForFunction takes the promise an async function returns for a truthy
/// answer, and would not wait at all. A new build's worker takes a few seconds: here Chromium
/// began installing it about 2.5 s after the page had loaded, and took over about 1.5 s later.
async function workerReady(page, build) {
  await expect.poll(() => page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      active: registration?.active?.state ?? null,
      installing: Boolean(registration?.installing),
      waiting: Boolean(registration?.waiting),
      caches: await caches.keys(),
    };
  }), { timeout: 30_000 }).toEqual({
    active: "activated", installing: false, waiting: false, caches: [`interview-planner-${build}`],
  });
}

/// How the page looks: its style sheets, and the computed styles of the parts every page has.
async function looks(page) {
  const style = (locator, properties) => locator.evaluate(
    (element, properties) => Object.fromEntries(properties.map((p) => [p, getComputedStyle(element).getPropertyValue(p)])),
    properties,
  );
  return {
    sheets: await page.evaluate(() => [...document.styleSheets].map((sheet) => ({
      file: sheet.href?.split("/").pop(),
      // A sheet that failed to load has no rules to read: reading them throws.
      rules: (() => { try { return sheet.cssRules.length; } catch { return 0; } })(),
    }))),
    body: await style(page.locator("body"), ["font-family", "margin-top", "display", "background-color", "color"]),
    banner: await style(page.getByRole("banner"), ["display", "padding-top", "border-bottom-width"]),
    nav: await style(page.getByRole("navigation", { name: "Main" }).getByRole("list"), ["display", "list-style-type", "padding-left"]),
    main: await style(page.getByRole("main"), ["max-width", "padding-left"]),
    heading: await style(page.getByRole("heading", { level: 1 }), ["font-family", "font-size", "line-height"]),
  };
}

/// The app's own look, not the browser's defaults (which have 8px round the body, a block body,
/// a bulleted, indented list and Times).
function expectStyled(look) {
  expect(look.sheets).toEqual([
    { file: expect.stringMatching(/^main-[0-9a-f]+\.css$/), rules: expect.any(Number) },
    { file: expect.stringMatching(/^print-[0-9a-f]+\.css$/), rules: expect.any(Number) },
  ]);
  for (const sheet of look.sheets) expect(sheet.rules, sheet.file).toBeGreaterThan(0);
  expect(look.body["margin-top"]).toBe("0px");
  expect(look.body.display).toBe("flex");
  expect(look.body["font-family"]).toContain("system-ui");
  expect(look.nav.display).toBe("flex");
  expect(look.nav["list-style-type"]).toBe("none");
}

test("after one visit, pages never opened online look, print and save as they do online", async ({ page, context }) => {
  const build = buildOf(join(repo, "dist"));
  // The talk to print is there before the app first starts, as if made on an earlier day.
  await context.addInitScript((text) => {
    if (localStorage.getItem("interview-planner") === null) localStorage.setItem("interview-planner", text);
  }, JSON.stringify(TALK));

  // The one online visit: the overview, under a sub-path.
  const visit = await context.newPage();
  const visitProblems = watch(visit);
  await open(visit, `${SUBPATH_URL}/`);
  await workerReady(visit, build);
  const online = await looks(visit);
  expectStyled(online);
  await visit.close();
  expect(visitProblems, "the online visit logged errors or lost requests").toEqual([]);

  await context.setOffline(true);
  // A new tab, on a page the online visit never opened.
  await open(page, `${SUBPATH_URL}/people`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Step 3 · People to talk to");
  await expect(page.getByText("Ana Costa", { exact: true })).toBeVisible();
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, "offline-people.png"), fullPage: true });
  const offline = await looks(page);
  expectStyled(offline);
  expect(offline).toEqual(online);

  // Saving works with no network.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Careers/ }).click();
  await page.getByRole("button", { name: "Add your first career" }).click();
  await page.getByLabel("Career or industry").fill("Offline career");
  await page.getByRole("button", { name: "Add career" }).click();
  await expect(page.getByRole("heading", { name: "Offline career" })).toBeVisible();
  await saved(page);

  // The question sheet, opened offline by its address, prints on one page with its print layout.
  await page.goto(`${SUBPATH_URL}/sheet?talk=i-1`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Question sheet: Ana Costa");
  await expect(page.getByRole("button", { name: "Print this sheet" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pages = pdfPages(await page.pdf({ format: "A4" }));
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain("Ana Costa");
  expect(pages[0]).toContain("Helix Labs");
  expect(pages[0]).toContain("Before you leave");
  for (const q of QUESTIONS) expect(pages[0]).toContain(q);
  // The print style sheet hides the navigation and the buttons.
  expect(pages[0]).not.toContain("Print this sheet");
  expect(pages[0]).not.toContain("Overview");
  await context.setOffline(false);
});

/// Serves `dir` under /planner/ as GitHub Pages would, on a port the system picks; resolves
/// once the server listens.
async function serve(dir) {
  const server = spawn(
    "node",
    [join(repo, "tests/e2e/serve.mjs"), "--port", "0", "--dir", dir, "--prefix", "/planner", "--fallback", "404"],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const url = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const listening = /at (http:\/\/\S+)\/\n/.exec(out);
      if (listening) resolve(listening[1]);
    });
    server.on("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { url, stop: () => server.kill() };
}

function digest(algorithm, data, encoding) {
  return createHash(algorithm).update(data).digest(encoding);
}

/// Deploys, into `dir`, the build that a change to the main style sheet produces: the sheet
/// under a new hashed name (the old one gone from the host, as a fresh upload leaves it),
/// index.html and 404.html pointing at it with its integrity hash, and a service worker stamped
/// anew from the template by the build's own step (.ci/precache.py): a new id and list of files.
/// Returns the new style sheet's name.
function deployChangedStyles(dir, rule) {
  const before = readdirSync(dir).find((name) => /^main-[0-9a-f]+\.css$/.test(name));
  const css = readFileSync(join(dir, before), "utf8") + rule;
  const after = `main-${digest("sha256", css, "hex").slice(0, 16)}.css`;
  writeFileSync(join(dir, after), css);
  rmSync(join(dir, before));
  const integrity = `sha384-${digest("sha384", css, "base64")}`;
  const index = readFileSync(join(dir, "index.html"), "utf8").replace(/<link[^>]*>/g, (tag) =>
    tag.includes(before) ? tag.replace(before, after).replace(/integrity=(?:"[^"]*"|[^\s>]+)/, `integrity="${integrity}"`) : tag,
  );
  expect(index).toContain(after);
  expect(index).toContain(integrity);
  writeFileSync(join(dir, "index.html"), index);
  writeFileSync(join(dir, "404.html"), index);
  cpSync(join(repo, "public", "sw.js"), join(dir, "sw.js"));
  execFileSync("python3", [join(repo, ".ci", "precache.py"), dir]);
  return after;
}

test("after a new build is deployed, one visit makes it the one that opens offline, and old caches go", async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), "planner-dist-"));
  cpSync(join(repo, "dist"), dir, { recursive: true });
  const server = await serve(dir);
  const context = await browser.newContext();
  const problems = [];
  const newPage = async () => {
    const page = await context.newPage();
    problems.push(watch(page));
    return page;
  };
  try {
    const oldBuild = buildOf(dir);
    const first = await newPage();
    await open(first, `${server.url}/`);
    await workerReady(first, oldBuild);
    await first.close();

    // A thicker line under the header: a change anyone would see, in a new style sheet.
    const css = deployChangedStyles(dir, ".site-header{border-bottom-width:5px}");
    const newBuild = buildOf(dir);
    expect(newBuild).not.toBe(oldBuild);

    // One online visit of the new build.
    const second = await newPage();
    await open(second, `${server.url}/`);
    await workerReady(second, newBuild);
    await second.close();

    await context.setOffline(true);
    const offline = await newPage();
    await open(offline, `${server.url}/people`);
    await expect(offline.getByRole("heading", { level: 1 })).toHaveText("Step 3 · People to talk to");
    const look = await looks(offline);
    expectStyled(look);
    expect(look.sheets[0].file).toBe(css);
    expect(look.banner["border-bottom-width"]).toBe("5px");
    expect(await offline.evaluate(() => caches.keys())).toEqual([`interview-planner-${newBuild}`]);
    await context.setOffline(false);
    for (const list of problems) expect(list, "a page logged errors or lost requests").toEqual([]);
  } finally {
    await context.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
