// The `test` every journey uses: it fails on any console error, uncaught exception or failed
// request, so a journey that "works" while the app logs errors still fails.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  // Tests that provoke an expected console message list a pattern for it here. Two or more
  // patterns go in as `[[/a/, /b/], {}]`: test.use reads `[/a/, /b/]` as a value and its options.
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    const problems = watch(page, allowedConsoleErrors);
    await use(page);
    expect(problems, "the page logged errors or lost requests").toEqual([]);
  },
});

/// Collects what `page` logs as an error, throws or fails to load, except console errors that
/// match one of `allowedConsoleErrors`. The fixture's `page` is watched already; a test that opens
/// more pages watches them with this and checks the list is empty.
export function watch(page, allowedConsoleErrors = []) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
    problems.push(`console error: ${text}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Downloads are handed to the browser, and a navigation cancels what the old page was
    // still loading (an icon, say): both show up as aborted, and neither is a failure.
    const failure = request.failure()?.errorText ?? "";
    if (failure.includes("ERR_ABORTED")) return;
    problems.push(`request failed: ${request.url()} ${failure}`);
  });
  return problems;
}

export { expect };

/// Opens the app at `path` and waits until it has rendered.
export async function open(page, path = "/") {
  await page.goto(path);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/// The document as stored in localStorage, parsed.
export async function storedDocument(page) {
  const raw = await page.evaluate(() => localStorage.getItem("interview-planner"));
  return raw === null ? null : JSON.parse(raw);
}

/// Waits until the save indicator in the footer says everything is stored.
export async function saved(page) {
  await expect(page.getByRole("contentinfo").getByText("All changes saved")).toBeVisible();
}

const STAMP = "2026-11-20T10:00:00+01:00";

/// A valid planner document built in the test, for pages that need data to start with.
export function makeDocument({ people = [], interviews = [], questions = [], careers = [], profile } = {}) {
  return {
    format: "informational-interview-planner",
    schema_version: 1,
    profile: profile ?? { name: "Sam Rivera", field: "psychology student" },
    careers: careers.map((c) => ({ reasons: [], notes: "", archived: false, created_at: STAMP, updated_at: STAMP, ...c })),
    questions: questions.map((q, i) => ({
      category: "other", order: i, favourite: false, created_at: STAMP, updated_at: STAMP, ...q,
    })),
    people: people.map((p) => ({
      role: "", organisation: "", careers: [], connection: "professional", email: "", phone: "",
      profile_url: "", notes: "", notes_private: false, created_at: STAMP, updated_at: STAMP, ...p,
    })),
    interviews: interviews.map((i) => ({
      status: "planned", outreach: [], place: "", duration_minutes: 20, goal: "", prep_done: [],
      questions: [], notes: "", debrief: {}, check_ins_done: [], actions: [],
      created_at: STAMP, updated_at: STAMP, ...i,
    })),
    templates: [],
    comments: [],
  };
}

/// Stores `doc` as the planner's data before the app starts.
export async function seed(page, doc) {
  await page.goto("/guide");
  await page.evaluate((text) => localStorage.setItem("interview-planner", text), JSON.stringify(doc));
}

/// The text of each page of a PDF (from `page.pdf()`), using poppler's pdfinfo and pdftotext.
export function pdfPages(buffer) {
  const dir = mkdtempSync(join(tmpdir(), "sheet-"));
  const file = join(dir, "sheet.pdf");
  writeFileSync(file, buffer);
  const info = execFileSync("pdfinfo", [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", file, "-"]).toString().replace(/\s+/g, " "),
  );
}
