#!/usr/bin/env bash
# Trunk post-build hook: runs in the staging folder before it becomes dist/.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk}"
# Static hosts that answer unknown paths with 404.html then still start the app on a deep link.
cp "$dir/index.html" "$dir/404.html"
