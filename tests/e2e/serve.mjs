// A small static server for the built app, as a plain static host would serve it.
//   node tests/e2e/serve.mjs [--port 8090|0] [--dir dist] [--prefix /planner] [--fallback index|404|none]
// Unknown paths get index.html (like most SPA hosts) or 404.html with status 404 (like GitHub
// Pages). Requests outside --prefix get a 404. Only loopback is listened on.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const port = Number(args.port ?? 8090);
const root = resolve(args.dir ?? "dist");
const prefix = (args.prefix ?? "").replace(/\/$/, "");
const fallback = args.fallback ?? "index";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let path = decodeURIComponent(url.pathname);
  if (prefix) {
    if (path === prefix) {
      res.writeHead(301, { location: prefix + "/" });
      return res.end();
    }
    if (!path.startsWith(prefix + "/")) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
    path = path.slice(prefix.length);
  }
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, "");
  let file = await fileAt(join(root, safe));
  if (!file && safe.endsWith("/")) file = await fileAt(join(root, safe, "index.html"));
  let status = 200;
  if (!file) {
    if (fallback === "index") file = join(root, "index.html");
    else if (fallback === "404") {
      file = join(root, "404.html");
      status = 404;
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
  }
  const body = await readFile(file);
  res.writeHead(status, {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
  });
  res.end(body);
});
// With --port 0 the system picks a free port; the line below says which.
server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${prefix}/`);
});
