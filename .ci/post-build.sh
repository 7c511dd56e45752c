#!/usr/bin/env bash
# Trunk post-build hook: runs in the staging folder before it becomes dist/.
#  1. Fills the Content-Security-Policy with the hash of the loader script Trunk inlines, so no
#     'unsafe-inline' is needed for scripts.
#  2. Copies index.html to 404.html for static hosts that serve it on unknown paths.
#  3. In release builds, minifies wasm-bindgen's JavaScript (Trunk minifies only CSS and HTML):
#     about 2 KB less to download, gzipped. The integrity hashes in index.html follow.
#  4. Last, once every file is written: stamps the service worker with the list of the build's
#     files, which it caches at install, and with this build's id, so a new build installs a new
#     worker that clears the old caches (.ci/precache.py).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "${TRUNK_PROFILE:-}" = release ]; then
  for js in "$dir"/interview_planner-*.js; do
    "$root/node_modules/.bin/terser" "$js" --module --compress --mangle --output "$js"
  done
fi
python3 - "$dir" <<'PY'
import base64, hashlib, pathlib, re, sys
dist = pathlib.Path(sys.argv[1])
index = dist / "index.html"
html = index.read_text(encoding="utf-8")

def integrity(match):
    # Release builds have minified HTML, where attribute values lose their quotes.
    tag = match.group(0)
    href = re.search(r'href="?\./([^"\s>]+)', tag)
    if not href or not (dist / href.group(1)).is_file():
        return tag
    digest = hashlib.sha384((dist / href.group(1)).read_bytes()).digest()
    value = "sha384-" + base64.b64encode(digest).decode()
    return re.sub(r'integrity=(?:"[^"]*"|[^\s>]+)', 'integrity="' + value + '"', tag)

html = re.sub(r"<link[^>]*integrity=[^>]*>", integrity, html)
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
if not scripts:
    sys.exit("post-build: no inline loader script found in index.html")
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
    for s in scripts
)
if "__LOADER_HASH__" not in html:
    sys.exit("post-build: index.html has no __LOADER_HASH__ placeholder")
html = html.replace("__LOADER_HASH__", hashes)
index.write_text(html, encoding="utf-8")
(dist / "404.html").write_text(html, encoding="utf-8")
PY
python3 "$root/.ci/precache.py" "$dir"
