#!/usr/bin/env bash
# Make sure a Chromium the suite can drive exists: an explicit E2E_BROWSER_PATH, Playwright's own build,
# or Debian's chromium (installed with apt when missing). Prints which one is used.
set -euo pipefail
py="${1:-.venv/bin/python}"
if [[ -n "${E2E_BROWSER_PATH:-}" ]]; then
  [[ -x "$E2E_BROWSER_PATH" ]] || { echo "E2E_BROWSER_PATH=$E2E_BROWSER_PATH is not an executable" >&2; exit 1; }
  echo "browser: $E2E_BROWSER_PATH (E2E_BROWSER_PATH)"; exit 0
fi
own=$("$py" - <<'PY'
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    print(p.chromium.executable_path)
PY
)
if [[ -x "$own" ]]; then echo "browser: Playwright's own Chromium ($own)"; exit 0; fi
if [[ ! -x /usr/bin/chromium ]]; then
  echo "browser: installing Debian's chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
echo "browser: /usr/bin/chromium (Debian)"
