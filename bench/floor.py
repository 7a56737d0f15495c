"""The floor: a regression's recorded navigations and form posts replayed in one reused page per worker, no test
framework.

What the browser must do for the regression at the least: load each page the tests loaded and post each
form they posted. Per recorded test the context's cookies are cleared (as the suite does), then every
main-frame document request is repeated in order: a GET is a `page.goto`; a POST fills the form on the
current page whose action matches (fresh CSRF token from the page, the other fields as recorded) and
submits it with `form.submit()`, or, when no such form is shown, posts a synthesized form with the
recorded fields. A fresh test environment answers, so tests that set their state through the control API
(a seeded user, a stored session) see a different page here: `status_agreement` says how close it came.

`make bench` replays a share of the tests (`sample`: every k-th by navigation count, so short and long tests
are drawn alike) to stay inside its time budget; the whole floor is that sample's time scaled by its share of
the navigations, and the serial ratio compares the very same tests.
"""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from playwright.sync_api import Error, sync_playwright

from fixtures.browser import ACTION_TIMEOUT_MS, CHROMIUM_ARGS, choose_executable, context_options
from fixtures.embedded import EmbeddedTestenv
from fixtures.targets import Target

SUBMIT_JS = """([action, pairs]) => {
  const target = new URL(action, location.href);
  let form = [...document.forms].find(
    (f) => f.method.toLowerCase() === "post" && new URL(f.action, location.href).pathname === target.pathname);
  const matched = Boolean(form);
  if (!form) {
    form = document.createElement("form");
    form.method = "post";
    form.action = target.href;
    document.body.append(form);
  }
  const own = new Set(matched ? ["csrf_token"] : []);
  for (const el of form.elements) if (el.type === "checkbox" || el.type === "radio") el.checked = false;
  const seen = new Set();
  for (const [name, value] of pairs) {
    if (own.has(name)) continue;
    const fields = [...form.elements].filter((el) => el.name === name);
    const box = fields.find((el) => (el.type === "checkbox" || el.type === "radio") && el.value === value);
    const text = fields.find((el) => el.type !== "checkbox" && el.type !== "radio" && !seen.has(el));
    if (box) box.checked = true;
    else if (text) { text.value = value; seen.add(text); }
    else {
      const extra = document.createElement("input");
      extra.type = "hidden"; extra.name = name; extra.value = value;
      form.append(extra);
    }
  }
  HTMLFormElement.prototype.submit.call(form);
  return matched;
}"""


def rebase(url: str, base_url: str) -> str:
    """The recorded URL on the floor's own test environment (same path and query)."""
    parts, base = urlsplit(url), urlsplit(base_url)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))


def _cost(record: dict[str, Any]) -> int:
    """A recorded test's weight: its navigations (a test that navigated nowhere still costs a turn)."""
    return len(record["navs"]) or 1


def sample(records: dict[str, dict[str, Any]], share: float) -> tuple[dict[str, dict[str, Any]], float]:
    """About `share` of the tests, spread evenly over the navigation counts; and their share of all navigations."""
    if share >= 1 or len(records) < 2:
        return records, 1.0
    ordered = sorted(records, key=lambda nodeid: (len(records[nodeid]["navs"]), nodeid))
    k = max(1, round(len(ordered) * share))
    chosen = {ordered[i * len(ordered) // k]: records[ordered[i * len(ordered) // k]] for i in range(k)}
    return chosen, sum(map(_cost, chosen.values())) / sum(map(_cost, records.values()))


def replay(records: dict[str, dict[str, Any]], workdir: Path, workers: int = 1) -> dict[str, Any]:
    """Replays every recorded test's navigations in `workers` processes (as many as the regression had, each
    with its own browser, page and test environment, as an xdist worker has); returns the floor's times."""
    shares = _balanced(records, max(1, workers))
    with ProcessPoolExecutor(len(shares), mp_context=get_context("spawn")) as pool:
        parts = list(pool.map(_replay_share, shares, [workdir] * len(shares), range(len(shares))))
    counts = {key: sum(part["counts"][key] for part in parts) for key in parts[0]["counts"]}
    per_test = {nodeid: s for part in parts for nodeid, s in part["per_test"].items()}
    navs = counts["get"] + counts["post"]
    return {
        "wall_s": max(part["wall_s"] for part in parts),
        "serial_s": sum(per_test.values()),
        "workers": len(shares),
        "tests": len(per_test),
        "navigations": counts["get"],
        "form_posts": counts["post"],
        "form_posts_on_recorded_form": counts["post_form_found"],
        "status_agreement": counts["status_same"] / navs if navs else None,
        "replay_errors": counts["errors"],
        "per_test_s": per_test,
    }


def _balanced(records: dict[str, dict[str, Any]], workers: int) -> list[dict[str, dict[str, Any]]]:
    """Tests dealt to the workers longest first (by navigation count), each to the least loaded one."""
    shares: list[dict[str, dict[str, Any]]] = [{} for _ in range(min(workers, max(1, len(records))))]
    loads = [0] * len(shares)
    for nodeid, record in sorted(records.items(), key=lambda item: -len(item[1]["navs"])):
        least = loads.index(min(loads))
        shares[least][nodeid] = record
        loads[least] += _cost(record)
    return shares


def _replay_share(records: dict[str, dict[str, Any]], workdir: Path, index: int) -> dict[str, Any]:
    env = EmbeddedTestenv(f"bench-floor-{index}", ["--single-origin"], workdir).start()
    counts = {"get": 0, "post": 0, "post_form_found": 0, "status_same": 0, "errors": 0}
    per_test: dict[str, float] = {}
    try:
        with sync_playwright() as pw:
            launch: dict[str, Any] = {"args": CHROMIUM_ARGS}
            path = choose_executable(None, pw.chromium.executable_path)
            if path:
                launch["executable_path"] = path
            browser = pw.chromium.launch(**launch)
            context = browser.new_context(**context_options(Target("floor", env.url)))
            page = context.new_page()
            page.set_default_timeout(ACTION_TIMEOUT_MS)
            page.goto(env.url + "/healthz")  # warm-up, as the suite's first test pays it in setup
            started = time.perf_counter()
            for nodeid, record in records.items():
                t0 = time.perf_counter()
                context.clear_cookies()
                for nav in record["navs"]:
                    status = _replay_one(page, nav, env.url, counts)
                    counts["status_same"] += status is not None and status == nav.get("status")
                page.goto("about:blank")
                per_test[nodeid] = time.perf_counter() - t0
            wall = time.perf_counter() - started
            browser.close()
    finally:
        env.stop()
    return {"wall_s": wall, "counts": counts, "per_test": per_test}


def _replay_one(page, nav: dict[str, Any], base_url: str, counts: dict[str, int]) -> int | None:
    url = rebase(nav["url"], base_url)
    try:
        if nav["method"] == "GET" or nav.get("post") is None:
            counts["get"] += 1
            response = page.goto(url)
            return response.status if response else None
        counts["post"] += 1
        pairs = parse_qsl(nav["post"], keep_blank_values=True)
        with page.expect_navigation() as navigation:
            counts["post_form_found"] += bool(page.evaluate(SUBMIT_JS, [url, pairs]))
        response = navigation.value
        return response.status if response else None
    except Error:
        counts["errors"] += 1
        return None
