#!/usr/bin/env bash
# Make sure a Chromium the suite can drive exists: an explicit E2E_BROWSER_PATH, Playwright's own build,
# or Debian's chromium (installed with apt when missing). Prints which one is used.
#
# --video: also Playwright's ffmpeg, which Chromium needs to record video (pytest --video). `playwright install`
# brings it where Playwright's download host is reachable (GitHub's runners); elsewhere Debian's ffmpeg
# (apt) is linked to the place Playwright looks: <PLAYWRIGHT_BROWSERS_PATH>/ffmpeg-<revision>/ffmpeg-linux.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
video=0
for arg in "$@"; do
  case "$arg" in
    --video) video=1 ;;
    *) py="$arg" ;;
  esac
done

apt_install() {
  echo "browser: installing Debian's $* (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_ffmpeg() {
  local target
  target=$("$py" -c 'from fixtures.browser_options import ffmpeg_path; print(ffmpeg_path() or "")')
  [[ -n "$target" ]] || { echo "ffmpeg: Playwright's ffmpeg revision not found in its browsers.json" >&2; exit 1; }
  if [[ -x "$target" ]]; then echo "ffmpeg: $target"; return; fi
  [[ -x /usr/bin/ffmpeg ]] || apt_install ffmpeg
  mkdir -p "$(dirname "$target")"
  ln -sf /usr/bin/ffmpeg "$target"
  echo "ffmpeg: $target -> /usr/bin/ffmpeg (Debian)"
}

# The help line's map emoji (U+1F5FA) needs a colour emoji font, or it renders as an empty box in the pictures
# (tests/e2e/infra/test_glyphs.py). Debian's chromium brings no emoji font; `playwright install --with-deps` does.
ensure_emoji_font() {
  command -v fc-list >/dev/null || return 0
  [[ -n "$(fc-list ':charset=1f5fa' family)" ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    apt_install fonts-noto-color-emoji
  else
    echo "fonts: no emoji font installed (apt-get install fonts-noto-color-emoji as root); emoji render as boxes" >&2
  fi
}
ensure_emoji_font

if [[ -n "${E2E_BROWSER_PATH:-}" ]]; then
  [[ -x "$E2E_BROWSER_PATH" ]] || { echo "E2E_BROWSER_PATH=$E2E_BROWSER_PATH is not an executable" >&2; exit 1; }
  echo "browser: $E2E_BROWSER_PATH (E2E_BROWSER_PATH)"
  if (( video )); then ensure_ffmpeg; fi
  exit 0
fi
own=$("$py" - <<'PY'
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    print(p.chromium.executable_path)
PY
)
if [[ -x "$own" ]]; then
  echo "browser: Playwright's own Chromium ($own)"
else
  [[ -x /usr/bin/chromium ]] || apt_install chromium
  echo "browser: /usr/bin/chromium (Debian)"
fi
if (( video )); then ensure_ffmpeg; fi
