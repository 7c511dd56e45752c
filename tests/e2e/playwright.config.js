// Playwright journeys against the release build in dist/ (built by `trunk build --release`).
// Uses Debian's Chromium; Playwright never downloads a browser here.
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");

// E2E_PORT moves both servers, so two checkouts can run their journeys side by side.
const PORT = Number(process.env.E2E_PORT ?? 8090);
export const ROOT_URL = `http://127.0.0.1:${PORT}`;
export const SUBPATH_URL = `http://127.0.0.1:${PORT + 1}/planner`;

export default defineConfig({
  testDir: here,
  outputDir: resolve(here, "output/results"),
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  // No retries: a test that fails now and then has found a race (a retry once hid two tabs
  // losing each other's edits, issue 24).
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: ROOT_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs --port ${PORT} --dir dist --fallback index`,
      cwd: repo,
      url: `${ROOT_URL}/`,
      // Never a server left over from another run or checkout: its dist/ is not this one.
      reuseExistingServer: false,
    },
    {
      command: `node tests/e2e/serve.mjs --port ${PORT + 1} --dir dist --prefix /planner --fallback 404`,
      cwd: repo,
      url: `${SUBPATH_URL}/`,
      reuseExistingServer: false,
    },
  ],
});
