// The download size: wasm, JS and CSS of the release build, gzipped. Sizes are deterministic
// for a given build, so these are exact checks, not timings.
//
// The ceiling guards against waste (a debug build, a dependency pulled in twice, a table left in
// by mistake); it does not shape the code. It sits above what the app measures today with room
// for a feature or two (README's Size section has the figures). Each run prints them.
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { test, expect } from "@playwright/test";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const BUDGET = 720 * 1024;

function gzippedSizes() {
  const files = readdirSync(dist).filter((f) => /\.(wasm|css)$/.test(f) || /^interview_planner-.*\.js$/.test(f));
  return Object.fromEntries(files.map((f) => [f, gzipSync(readFileSync(join(dist, f)), { level: 9 }).length]));
}

test("wasm, JS and CSS together stay within the 720 KB ceiling", () => {
  const sizes = gzippedSizes();
  const names = Object.keys(sizes);
  expect(names.filter((f) => f.endsWith(".wasm"))).toHaveLength(1);
  expect(names.filter((f) => f.endsWith(".js"))).toHaveLength(1);
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`gzipped: ${JSON.stringify(sizes)} total ${total} bytes; ceiling ${BUDGET}; ${BUDGET - total} bytes to spare`);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

test("the release JavaScript is minified", () => {
  // The post-build hook minifies wasm-bindgen's JavaScript; without it the file is many lines long.
  const js = readdirSync(dist).find((f) => /^interview_planner-.*\.js$/.test(f));
  const text = readFileSync(join(dist, js), "utf8");
  expect(text.split("\n").length).toBeLessThan(20);
});
