"""Stamps the service worker with its build: the list of files it caches and the build's id.

    python3 .ci/precache.py DIR

DIR is a finished build (Trunk's staging folder when .ci/post-build.sh runs it, last, once every
other file is written) whose sw.js is still the template from public/, with its "__FILES__" and
"__BUILD_ID__" placeholders. The list is every file in DIR but sw.js itself, as URLs relative to
the worker ("./index.html", "./main-1a2b….css"), so the worker caches the whole build at install
without reading index.html. The id is a hash of those files' names and contents: any change to any
of them, hashed asset or not (the manifest, an icon), makes a new worker that replaces the caches.
"""
import hashlib
import json
import pathlib
import sys
import urllib.parse

WORKER = "sw.js"


def main(folder):
    dist = pathlib.Path(folder)
    worker = dist / WORKER
    template = worker.read_text(encoding="utf-8")
    for placeholder in ('"__FILES__"', '"__BUILD_ID__"'):
        if placeholder not in template:
            sys.exit(f"precache: {worker} has no {placeholder} placeholder (already stamped?)")
    files = sorted(
        path.relative_to(dist).as_posix()
        for path in dist.rglob("*")
        if path.is_file() and path != worker
    )
    if "index.html" not in files:
        sys.exit(f"precache: {dist} has no index.html")
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256((dist / name).read_bytes()).digest())
    build = digest.hexdigest()[:16]
    urls = ["./" + urllib.parse.quote(name) for name in files]
    stamped = template.replace('"__FILES__"', json.dumps(urls)).replace('"__BUILD_ID__"', json.dumps(build))
    worker.write_text(stamped, encoding="utf-8")
    print(f"precache: build {build}, {len(urls)} files for the service worker")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
