#!/usr/bin/env bash
# Set up a fresh machine (Debian 12, Node 20, root): pnpm, Debian's Chromium and Firefox ESR for
# the real-browser tests, and the workspace's packages. The pinned Node 24 comes with them (npm
# package `node`).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version)" != 10.* ]]; then
  npm install --global pnpm@10.34.9
fi

missing=()
if [ ! -x /usr/lib/chromium/chromium ] && ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
if ! command -v firefox-esr >/dev/null 2>&1; then
  missing+=(firefox-esr)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  else
    echo "${missing[*]} missing and this is not root: install with 'sudo apt-get install ${missing[*]}'" >&2
    exit 1
  fi
fi

pnpm install --frozen-lockfile
