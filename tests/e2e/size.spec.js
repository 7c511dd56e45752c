// The download size: wasm, JS and CSS of the release build, gzipped. Sizes are deterministic
// for a given build, so these are exact checks, not timings.
//
// The budget is 300 KB (of 1,024 bytes) for everything a visit downloads to run the app.
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { test, expect } from "@playwright/test";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const BUDGET = 300 * 1024;

function gzippedSizes() {
  const files = readdirSync(dist).filter((f) => /\.(wasm|css)$/.test(f) || /^interview_planner-.*\.js$/.test(f));
  return Object.fromEntries(files.map((f) => [f, gzipSync(readFileSync(join(dist, f)), { level: 9 }).length]));
}

test("wasm, JS and CSS together stay within the 300 KB budget", () => {
  const sizes = gzippedSizes();
  const names = Object.keys(sizes);
  expect(names.filter((f) => f.endsWith(".wasm"))).toHaveLength(1);
  expect(names.filter((f) => f.endsWith(".js"))).toHaveLength(1);
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`gzipped: ${JSON.stringify(sizes)} total ${total} bytes; budget ${BUDGET}; ${BUDGET - total} bytes to spare`);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

test("the release JavaScript is minified", () => {
  // A build without the post-build hook's minifier would still fit today, but 2 KB closer.
  const js = readdirSync(dist).find((f) => /^interview_planner-.*\.js$/.test(f));
  const text = readFileSync(join(dist, js), "utf8");
  expect(text.split("\n").length).toBeLessThan(20);
});
