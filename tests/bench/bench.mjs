// The benchmark: sizes, start-up, saving and importing, measured in headless Chromium against
// the release build, each beside a plain-JavaScript baseline measured in the same run.
//
//   bash .ci/bench            (builds, generates the data, then runs this)
//   RUNS=9 node tests/bench/bench.mjs
//
// Every timing is the median of RUNS runs (default 5). Times come from the page's own clock
// (performance.now), so the test driver's overhead is not counted.
import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const dist = join(repo, "dist");
const RUNS = Number(process.env.RUNS ?? 5);
const KEY = "interview-planner";
const CAPACITY = 5 * 1024 * 1024;

// ---------- data ----------
function generate(interviews, pretty = false) {
  const args = ["run", "--quiet", "--release", "--example", "generate", "--", "--interviews", String(interviews), "--seed", "7"];
  if (pretty) args.push("--pretty");
  return execFileSync("cargo", args, { cwd: repo, maxBuffer: 64 * 1024 * 1024 }).toString().trim();
}

// ---------- server ----------
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".webmanifest": "application/manifest+json" };
// As a static host does: the browser may keep a copy but asks each time whether it is still
// current (an ETag, answered by 304 Not Modified).
function serve(res, body, type, req) {
  const etag = `"${createHash("sha1").update(body).digest("hex")}"`;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { etag, "cache-control": "no-cache" });
    return res.end();
  }
  res.writeHead(200, { "content-type": type, "cache-control": "no-cache", etag });
  res.end(body);
}
const serveFile = (res, file, req) => serve(res, readFileSync(file), types[extname(file)] ?? "application/octet-stream", req);
// The app's page with floor.js in place of its loader (see floor.js).
function floorPage() {
  const page = readFileSync(join(dist, "index.html"), "utf8");
  const floor = page.replace(/<script type="?module"?>[\s\S]*?<\/script>/, '<script type="module" src="./__bench/floor.js"></script>');
  if (floor === page) throw new Error("the floor: no loader script found in dist/index.html");
  return floor;
}
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path === "/__bench/blank") {
    res.writeHead(200, { "content-type": "text/html" });
    return res.end("<!doctype html><title>blank</title>");
  }
  // At the root, so the page's relative links find the same files; served as the app's page
  // is, so a reload revalidates it the same way.
  if (path === "/__floor") return serve(res, floorPage(), "text/html", req);
  if (path.startsWith("/__bench/")) {
    const file = join(here, path.slice("/__bench/".length));
    return statSync(file, { throwIfNoEntry: false })?.isFile() ? serveFile(res, file, req) : (res.writeHead(404), res.end());
  }
  const file = join(dist, path);
  if (statSync(file, { throwIfNoEntry: false })?.isFile()) return serveFile(res, file, req);
  serveFile(res, join(dist, "index.html"), req);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const ms = (x) => (x === undefined ? "n/a" : `${x.toFixed(1)} ms`);
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

// Records when things happen, in the page's own clock.
const PROBES = () => {
  window.__saves = [];
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const start = performance.now();
    const result = setItem.call(this, key, value);
    if (key === "interview-planner") window.__saves.push({ start, end: performance.now(), length: value.length });
    return result;
  };
  // A heartbeat: the longest gap between beats is the longest the main thread was busy. It
  // stops after a while to bound memory; __startBeats starts it afresh for each measurement.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    window.__beats.push(performance.now());
    if (window.__beats.length < 200000) channel.port2.postMessage(0);
  };
  window.__startBeats = () => {
    const running = window.__beats?.length > 0 && window.__beats.length < 200000;
    window.__beats = [];
    if (!running) channel.port2.postMessage(0);
  };
  window.__startBeats();
  const seen = (selector, name) =>
    new MutationObserver((_, observer) => {
      if (document.querySelector(selector) && !window[name]) {
        window[name] = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  seen(".figures", "__dashboard");
  seen(".preview", "__preview");
};

async function freshPage(stored) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  // An empty page of the same origin, to store the document: neither page under test is cached.
  await page.goto(`${base}/__bench/blank`);
  await page.evaluate(([k, v]) => (v === null ? localStorage.removeItem(k) : localStorage.setItem(k, v)), [KEY, stored]);
  await page.addInitScript(PROBES);
  return { context, page };
}

function longestGap(beats, from, to) {
  let gap = 0;
  for (let i = 1; i < beats.length; i++) {
    if (beats[i] < from || beats[i - 1] > to) continue;
    gap = Math.max(gap, beats[i] - beats[i - 1]);
  }
  return gap;
}

// ---------- measurements ----------
// Each run opens each page twice in one browser profile: a first visit, with nothing cached, and
// after a pause for the browser to finish compiling, a reload, which finds the files and the
// compiled wasm cached, as a person who opens the planner again most days does.
async function startup(stored, withFloor) {
  const ours = { first: [], reload: [] };
  const plain = { first: [], reload: [] };
  const floor = { first: [], reload: [] };
  const visits = async (url, mark, into) => {
    const { context, page } = await freshPage(stored);
    for (const when of ["first", "reload"]) {
      await page.goto(url);
      await page.waitForFunction((m) => window[m], mark);
      into[when].push(await page.evaluate((m) => window[m], mark));
      await page.waitForTimeout(1500);
    }
    await context.close();
  };
  for (let r = 0; r < RUNS; r++) {
    await visits(`${base}/`, "__dashboard", ours);
    await visits(`${base}/__bench/baseline.html`, "__rendered", plain);
    if (withFloor) await visits(`${base}/__floor`, "__dashboard", floor);
  }
  const m = (x) => ({ first: median(x.first), reload: median(x.reload) });
  return { ours: m(ours), plain: m(plain), floor: withFloor ? m(floor) : undefined };
}

async function typing(stored, talkId) {
  const { context, page } = await freshPage(stored);
  await page.goto(`${base}/talk?talk=${talkId}`);
  const box = page.locator(".during textarea").first();
  await box.waitFor();
  await box.click();
  const toStored = [];
  const saveTask = [];
  const keyTask = [];
  for (let r = 0; r < RUNS; r++) {
    const before = await page.evaluate(() => (window.__startBeats(), window.__saves.length));
    const down = await page.evaluate(() => performance.now());
    await page.keyboard.type("x");
    await page.waitForFunction((n) => window.__saves.length > n, before);
    await page.waitForTimeout(120);
    const { saves, beats } = await page.evaluate(() => ({ saves: window.__saves, beats: window.__beats }));
    const save = saves[saves.length - 1];
    toStored.push(save.end - down);
    // The save runs as one task from its timer: serialising, checking, writing.
    saveTask.push(longestGap(beats, save.start - 400, save.end + 5));
    keyTask.push(longestGap(beats, down, down + 150));
  }
  // Baseline: JSON.stringify of the same document and one setItem, in plain JavaScript.
  const plain = [];
  for (let r = 0; r < RUNS; r++) {
    plain.push(
      await page.evaluate((k) => {
        const doc = JSON.parse(localStorage.getItem(k));
        const start = performance.now();
        localStorage.setItem(k, JSON.stringify(doc));
        return performance.now() - start;
      }, KEY),
    );
  }
  await context.close();
  return { toStored: median(toStored), saveTask: median(saveTask), keyTask: Math.max(...keyTask), plain: median(plain) };
}

async function importing(text) {
  const preview = [];
  const applied = [];
  for (let r = 0; r < RUNS; r++) {
    const { context, page } = await freshPage(null);
    await page.goto(`${base}/data`);
    const input = page.getByLabel("Choose a file to import");
    await input.waitFor();
    await page.evaluate(() => {
      document.getElementById("import-file").addEventListener("change", () => (window.__picked = performance.now()), { capture: true });
    });
    await input.setInputFiles({ name: "bench.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.waitForFunction(() => window.__preview, null, { timeout: 60000 });
    preview.push(await page.evaluate(() => window.__preview - window.__picked));
    await page.evaluate(() => {
      window.__clicked = 0;
      document.addEventListener("click", () => (window.__clicked ||= performance.now()), { capture: true });
      new MutationObserver((_, o) => {
        if (document.body.textContent.includes("Merged.")) {
          window.__applied = performance.now();
          o.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByRole("button", { name: "Merge into my planner" }).click();
    await page.waitForFunction(() => window.__applied, null, { timeout: 60000 });
    applied.push(await page.evaluate(() => window.__applied - window.__clicked));
    await context.close();
  }
  return { preview: median(preview), applied: median(applied) };
}

// ---------- run ----------
const files = readdirSync(dist);
const size = (pattern) => {
  const f = files.find((x) => pattern.test(x));
  const bytes = readFileSync(join(dist, f));
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};
const wasm = size(/_bg\.wasm$/);
const js = size(/^interview_planner-.*\.js$/);
const css = files.filter((f) => f.endsWith(".css")).map((f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length).reduce((a, b) => a + b, 0);

console.log(`Chromium ${browser.version()} · ${RUNS} runs each, medians · ${new Date().toISOString()}`);
const d100 = generate(100);
const d1000 = generate(1000);
const perInterview = (d1000.length - generate(0).length) / 1000;
const fit = Math.floor((CAPACITY - generate(0).length) / perInterview);
const talkOf = (text) => JSON.parse(text).interviews.find((i) => i.status === "held" && i.questions.length > 0).id;

const rows = [];
const row = (what, ours, plain, budget) => rows.push([what, ours, plain ?? "", plain ? (Number.parseFloat(ours) / Number.parseFloat(plain)).toFixed(2) + "×" : "", budget ?? ""]);
row("wasm, raw", kb(wasm.raw));
row("wasm, gzipped", kb(wasm.gz));
row("JS, gzipped", kb(js.gz));
row("CSS, gzipped", kb(css));
row("total transfer, gzipped", kb(wasm.gz + js.gz + css), undefined, "≤ 720 KiB");
for (const [n, stored] of [[0, null], [100, d100], [1000, d1000]]) {
  const s = await startup(stored, n === 1000);
  row(`start-up to dashboard, ${n} talks`, ms(s.ours.first), ms(s.plain.first), n === 1000 ? "≤ 1.5×" : "");
  row(`start-up to dashboard, ${n} talks, reload`, ms(s.ours.reload), ms(s.plain.reload), n === 1000 ? "≤ 1.5×" : "");
  if (s.floor) {
    row("start-up floor: files loaded, wasm compiled, no app code run", ms(s.floor.first), ms(s.plain.first));
    row("start-up floor, reload", ms(s.floor.reload), ms(s.plain.reload));
  }
}
for (const [n, stored] of [[100, d100], [1000, d1000]]) {
  const t = await typing(stored, talkOf(stored));
  row(`keystroke to localStorage, ${n} talks`, ms(t.toStored), "", "", "");
  row(`main-thread time of one save, ${n} talks`, ms(t.saveTask), ms(t.plain), n === 1000 ? "≤ 2×" : "");
  row(`longest main-thread task after a keystroke, ${n} talks`, ms(t.keyTask), "", "≤ 50 ms");
}
const perMb = (1000 * 1000) / (generate(1000, true).length / 1000);
for (const target of [1, 4]) {
  const n = Math.round((target * perMb));
  const text = generate(n, true);
  const t = await importing(text);
  row(`import ${(text.length / 1e6).toFixed(1)} MB (${n} talks), to preview`, ms(t.preview));
  row(`import ${(text.length / 1e6).toFixed(1)} MB (${n} talks), preview to applied`, ms(t.applied));
}
await browser.close();
server.close();

const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...[["measure", "this app", "baseline", "ratio", "budget"], ...rows].map((r) => String(r[i]).length)));
const line = (r) => "| " + r.map((c, i) => String(c).padEnd(widths[i])).join(" | ") + " |";
console.log(line(["measure", "this app", "baseline", "ratio", "budget"]));
console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
for (const r of rows) console.log(line(r));
console.log(`\nAbout ${Math.round(perInterview)} UTF-16 units per talk (with its person, notes and log): about ${fit} talks fit in localStorage's ${CAPACITY} units.`);
