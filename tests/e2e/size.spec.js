// The download budget: wasm, JS and CSS of the release build, gzipped, at most 300 KB.
// Sizes are deterministic for a given build, so this is an exact check, not a timing.
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { test, expect } from "@playwright/test";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const BUDGET = 300 * 1024;

test("wasm, JS and CSS together stay within 300 KB gzipped", () => {
  const files = readdirSync(dist).filter((f) => /\.(wasm|css)$/.test(f) || /^interview_planner-.*\.js$/.test(f));
  expect(files.some((f) => f.endsWith(".wasm"))).toBe(true);
  const sizes = Object.fromEntries(files.map((f) => [f, gzipSync(readFileSync(join(dist, f)), { level: 9 }).length]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`gzipped: ${JSON.stringify(sizes)} total ${total} bytes of ${BUDGET}`);
  expect(total).toBeLessThanOrEqual(BUDGET);
});
