"""The readable side of `make bench`: reports/bench.md (also printed), from the dict saved as bench.json."""

from __future__ import annotations

from typing import Any

FLOOR_METHOD = (
    "Method: during the regression, bench.recorder listens on each test's browser context and records every "
    "main-frame document request (GET navigations and form POSTs with their form data) in order. bench.floor "
    "then replays them test by test in ONE reused page per worker (as many worker processes as the regression "
    "had, each with its own browser and test environment, tests dealt longest first), with no test framework: cookies "
    "cleared per test, GET = page.goto, POST = the form on the page filled with the recorded values (fresh "
    "CSRF token) and submitted with form.submit(). No locators, no actionability waits, no expectations, "
    "no tracing, no pytest: the browser and test-environment work alone."
)


def _f(value: Any, unit: str = "", digits: int = 1) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}{unit}"
    return f"{value}{unit}"


def _header(r: dict[str, Any], add, title: str, note: str) -> None:
    add(f"# {title} — {r['started']}, {r['cores']} cores")
    add("")
    add(
        f"Load average (1/5/15 min) at start {_loads(r['load_at_start'])}, at end {_loads(r['load_at_end'])}; "
        f"wall time {r['bench_wall_s']} s. {note}"
    )
    add("")


def render(r: dict[str, Any]) -> str:
    lines: list[str] = []
    add = lines.append
    _header(
        r, add, "make bench", "Absolute times move with the load; ratios compare runs interleaved in the same minutes."
    )
    add("## Headline (reports/bench.json)")
    add("")
    add("| key | value | meaning |")
    add("|---|---|---|")
    add(
        f"| overhead_ratio | {_f(r['overhead_ratio'], digits=3)} | per-test fixed overhead, suite ÷ pytest-playwright"
        f" default (goal ≤ {r['overhead_goal']}) |"
    )
    workers = r["regression"]["workers"]
    add(f"| regression_wall_s | {_f(r['regression_wall_s'])} | full browser regression, -n {workers} |")
    add(f"| regression_tests | {r['regression_tests']} | tests in it ({r['regression']['failed']} failed) |")
    add(f"| floor_ratio | {_f(r['floor_ratio'], digits=2)} | regression ÷ floor, wall (a page per worker) |")
    add(
        f"| floor_ratio_serial | {_f(r['floor_ratio_serial'], digits=2)} | the replayed tests' summed times ÷ their "
        "summed floor |"
    )
    for precondition, what in SETUP_TITLES.items():
        ratio_ = _f(r.get(f"setup_{precondition}_api_vs_ui_ratio"), digits=3)
        add(f"| setup_{precondition}_api_vs_ui_ratio | {ratio_} | {what}: via control API ÷ via UI (goal ≤ 0.2) |")
    add(f"| docs_wall_s | {_f(r['docs_wall_s'])} | `make docs` ({r['docs'].get('note', 'ran')}) |")
    add(f"| healthz_p99_ms | {_f(r.get('healthz_p99_ms'))} | {_healthz_meaning(r)} |")
    add("")
    _overhead(r, add)
    _regression(r, add)
    _floor(r, add)
    _setup(r, add)
    _environment(r, add)
    _docs(r, add)
    _sweep(r, add)
    _isolation(r, add)
    _explain(r, add)
    _above_floor(r, add)
    return "\n".join(lines) + "\n"


def _loads(values: list[float]) -> str:
    return "/".join(f"{v:.2f}" for v in values)


def _overhead(r: dict, add) -> None:
    add("## 1. Fixed overhead per test")
    add("")
    add(
        "N trivial tests each way (`page.goto('/healthz')` on one test environment), variants run in interleaved "
        "rounds; the first test of each process (browser launch) is left out; medians. Per test = setup + call + "
        "teardown. The test's own work is the goto at its cheapest (the lowest median body, "
        f"{_f(r['overhead']['work_ms'], ' ms')}); overhead = per test − that, so a goto slowed by tracing or by a "
        "brand-new page counts as overhead. The default variant runs from bench/plain, its own rootdir and "
        "conftest (only the Chromium path and launch arguments), so none of the suite's overrides apply."
    )
    add("")
    add("| variant | tests | per test | p90 | body (goto) | overhead | wall/test | overhead ÷ default |")
    add("|---|---|---|---|---|---|---|---|")
    for entry in r["overhead"]["variants"].values():
        add(
            f"| {entry['title']} | {entry['tests']} ({entry['failed']} failed) | {_f(entry['per_test_ms'], ' ms')} "
            f"| {_f(entry['per_test_p90_ms'], ' ms')} | {_f(entry['body_ms'], ' ms')} | "
            f"{_f(entry['overhead_ms'], ' ms')} | {_f(entry['wall_per_test_ms'], ' ms')} | "
            f"{_f(entry['overhead_vs_default'], digits=3)} |"
        )
    add("")


def _regression(r: dict, add) -> None:
    g = r["regression"]
    add("## 2. Full browser regression")
    add("")
    add(
        f"`pytest tests/e2e -n {g['workers']}` with Allure results, JUnit and the failure artifacts as in `make e2e`: "
        f"**{g['wall_s']} s** for {g['tests']} tests ({g['failed']} failed); per test median "
        f"{_f(g['per_test_median_ms'], ' ms')}, p90 {_f(g['per_test_p90_ms'], ' ms')}; summed test time "
        f"{g['per_test_sum_s']} s (setup {g['phase_sums_s']['setup']} s, call {g['phase_sums_s']['call']} s, "
        f"teardown {g['phase_sums_s']['teardown']} s); load {g['load'][0]} → {g['load'][1]}."
    )
    add("")


def _floor(r: dict, add) -> None:
    f = r["floor"]
    add("## 3. Floor")
    add("")
    add(FLOOR_METHOD)
    add("")
    agreement = f["status_agreement"]
    measured = f["measured_wall_s"]
    if f["nav_share"] < 1:
        add(
            f"To stay inside the bench's budget the floor replays {f['tests']} of the {f['recorded_tests']} recorded "
            f"tests, spread evenly by navigation count so short and long tests are drawn alike: "
            f"{f['nav_share'] * 100:.1f} % of the navigations. The whole floor is the sample's time ÷ that share "
            f"({measured:.1f} s measured → **{f['wall_s']:.1f} s**); the serial ratio compares the same tests on "
            "both sides, so it needs no scaling."
        )
        add("")
    add(
        f"Replayed {f['tests']} tests: {f['navigations']} navigations and {f['form_posts']} form posts "
        f"({f['form_posts_on_recorded_form']} on the form the test had filled) in {measured:.1f} s wall "
        f"with {f['workers']} worker(s) ({f['measured_serial_s']:.1f} s summed); "
        f"HTTP status as in the regression for {_f(agreement * 100 if agreement is not None else None, ' %')} "
        f"of them (state seeded through the control API is absent here); {f['replay_errors']} replay errors. "
        f"Ratio regression ÷ floor: **{_f(r['floor_ratio'], digits=2)}** (wall), "
        f"{_f(r['floor_ratio_serial'], digits=2)} (summed test times)."
    )
    add("")


SETUP_TITLES = {
    "self_identified": "registered, logged-in Altinn user of guide 000",
    "idporten": "person logged in to Altinn through ID-porten (TestID, level 3)",
}
SETUP_WAYS = {
    "self_identified": (
        "seed_altinn_user + altinn_session_cookie + context.add_cookies, then open the inbox",
        "create-user form, then the log-in form",
    ),
    "idporten": (
        "altinn_idporten_session_cookies (a real ID token through Altinn's relying party) + add, then the inbox",
        "Altinn's log-in, ID-porten's eID choice, TestID's form, the callback",
    ),
}


def _setup(r: dict, add) -> None:
    add("## 4. Preconditions: through the control API against the UI")
    add("")
    for precondition, title in SETUP_TITLES.items():
        s = r["setup"].get(precondition)
        if not s:
            add(f"- {title}: not measured ({r['setup'].get('failed', 0)} failed).")
            continue
        api_way, ui_way = SETUP_WAYS[precondition]
        met = s["api_vs_ui_ratio"] is not None and s["api_vs_ui_ratio"] <= s["goal_ratio"]
        add(
            f"- {title}: control API ({api_way}) **{_f(s['api_ms'], ' ms')}**; UI ({ui_way}) "
            f"**{_f(s['ui_ms'], ' ms')}** (medians of {s['samples']['api']}/{s['samples']['ui']}, alternated, "
            f"warm-up pair left out); ratio {_f(s['api_vs_ui_ratio'], digits=3)} "
            f"(goal ≤ {s['goal_ratio']}: {'met' if met else 'not met'})."
        )
    add("")


def _healthz_meaning(r: dict) -> str:
    h = r["environment"].get("healthz_ms") or {}
    verdict = {True: "met", False: "**not met**", None: "no samples"}[h.get("goal_met")]
    return (
        f"`/healthz` p99 sampled during the regression (goal < {_f(h.get('goal_p99_ms'))} ms: {verdict}; "
        f"n {h.get('n', 0)}, max {_f(h.get('max'))} ms, {h.get('failures', 0)} failed{_late(h)})"
    )


def _late(h: dict) -> str:
    """The sampler's own wake-up delay: the client's share of an answer time on a saturated machine."""
    late = h.get("sampler_late_ms")
    return f"; sampler woke late p50 {_f(late['p50'])} / p99 {_f(late['p99'])} ms" if late else ""


def _environment(r: dict, add) -> None:
    e = r["environment"]
    summed = r["regression"]["per_test_sum_s"]
    share = e["waiting_on_environment_s"] / summed if summed else 0
    add("## Test environment response times under the regression's load")
    add("")
    add("Seen from the browser (Resource Timing: responseStart − requestStart) and from the control-API client.")
    add("")
    add("| what | n | p50 | p99 |")
    add("|---|---|---|---|")
    for key, title in (
        ("document_ttfb_ms", "page documents (GET and POST)"),
        ("all_requests_ttfb_ms", "every browser request"),
        ("control_api_ms", "control-API calls"),
        ("healthz_ms", "`/healthz`, sampled every 0.25 s in the background (goal: p99 < 100 ms)"),
    ):
        if key in e:
            add(f"| {title} | {e[key]['n']} | {_f(e[key]['p50'], ' ms')} | {_f(e[key]['p99'], ' ms')} |")
    add("")
    add(
        "Time the tests spent waiting on the environment (documents + control calls): "
        f"{e['waiting_on_environment_s']} s of {summed} s summed test time ({share * 100:.1f} %)."
    )
    add("")


def render_sweep(r: dict[str, Any]) -> str:
    """reports/bench-workers.md: `make bench-workers` alone."""
    lines: list[str] = []
    add = lines.append
    _header(r, add, "make bench-workers", "Every run has the same tests, each in its own random order.")
    _sweep(r, add)
    return "\n".join(lines) + "\n"


def _docs(r: dict, add) -> None:
    add("## 5. `make docs`")
    add("")
    add(f"{_f(r['docs']['wall_s'], ' s')} ({r['docs'].get('note', 'exit ' + str(r['docs'].get('returncode')))})")
    add("")


def _sweep(r: dict, add) -> None:
    s = r["sweep"]
    total = s["tests_in_regression"]
    if s["sample"]:
        scope = f"a sample of {s['sample']} of {total} tests" if total else f"a sample of {s['sample']} tests"
    else:
        scope = f"the whole regression ({total})" if total else "the whole regression"
    add(f"## 6. Workers and tracing, on {scope}")
    add("")
    if s.get("skipped"):
        add(f"Skipped: {s['skipped']}.")
        add("")
        return
    add("| run | tests | wall | per test median | p90 | summed | load |")
    add("|---|---|---|---|---|---|---|")
    for count, g in s["workers"].items():
        add(_sweep_row(f"-n {count}", g))
    trace = s.get("trace_every_test")
    if trace:
        add(_sweep_row(f"-n {trace['workers']}, trace chunk in every test", trace))
    add("")
    base = s["workers"].get(str(trace["workers"])) if trace else None
    if base and base["per_test_sum_s"]:
        extra = trace["per_test_sum_s"] / base["per_test_sum_s"] - 1
        add(
            f"Tracing every test (the former default) costs {extra * 100:+.0f} % summed test time and "
            f"{trace['wall_s'] - base['wall_s']:+.1f} s wall against the default `--failure-trace rerun`, which traces "
            "only the re-run of a failed test."
        )
        add("")
    fastest = min(s["workers"].items(), key=lambda kv: kv[1]["wall_s"]) if s["workers"] else None
    if fastest:
        add(f"Fastest worker count here: -n {fastest[0]} ({fastest[1]['wall_s']} s).")
        add("")


def _sweep_row(title: str, g: dict) -> str:
    return (
        f"| {title} | {g['tests']} ({g['failed']} failed) | {g['wall_s']} s | {_f(g['per_test_median_ms'], ' ms')} "
        f"| {_f(g['per_test_p90_ms'], ' ms')} | {g['per_test_sum_s']} s | {g['load'][0]} → {g['load'][1]} |"
    )


def _isolation(r: dict, add) -> None:
    i = r["isolation"]
    add("## Isolation (tests/e2e/infra/test_isolation.py inside the regression: random order, -n workers)")
    add("")
    verdict = "proven" if i["proven"] else "NOT PROVEN"
    add(
        f"{verdict}: {i['tests']} tests, {i['failed']} failed, -n {i['workers']}. Each of them checks that it starts "
        "with no cookies, no localStorage/sessionStorage/IndexedDB in the origins the previous one used, no extra "
        "page and no logged-in session, then leaves all of those behind for the next one."
    )
    add("")


def _explain(r: dict, add) -> None:
    g, f, e = r["regression"], r["floor"], r["environment"]
    add("## Where the regression's time goes beyond the floor")
    add("")
    control_s = e["control_api_total_s"]
    fixture_s = g["phase_sums_s"]["setup"] - g["session_setup_s"] + g["phase_sums_s"]["teardown"]
    call_s = g["phase_sums_s"]["call"]
    floor_s = f["serial_s"]  # summed, like the tests' phases it is compared with
    actions_s = max(0.0, call_s - floor_s - control_s)
    startup_s = max(0.0, g["wall_s"] - (g["per_test_sum_s"] - g["session_setup_s"]) / max(1, g["workers"]))
    add("| part | seconds | note |")
    add("|---|---|---|")
    add(f"| floor: navigations + form posts | {floor_s:.1f} | the browser and environment work itself (summed) |")
    add(f"| control-API calls | {control_s:.1f} | preconditions and checks over HTTP |")
    add(
        f"| Playwright actions and expectations beyond the floor | {actions_s:.1f} | call time − floor − control: "
        "fills, clicks with actionability checks, accessibility-tree locators, web-first expects, Allure steps |"
    )
    add(f"| fixture setup + teardown | {fixture_s:.1f} | summed over tests (clearing state, scope, artifacts) |")
    add(
        f"| start-up and imbalance (wall − summed ÷ workers) | {startup_s:.1f} | pytest + xdist start, one test "
        f"environment and one browser per worker ({g['session_setup_s']:.1f} s in the workers' first setups), "
        "collection, the last worker's tail |"
    )
    add("")


def _above_floor(r: dict, add) -> None:
    """Each stage against its floor; the ones above 2x say why."""
    work = r["overhead"]["work_ms"]
    suite = r["overhead"]["variants"]["suite"]
    setup = r["setup"].get("self_identified", {})
    control_p50 = r["environment"]["control_api_ms"]["p50"] or 0
    rows = [
        (
            "trivial test with the suite's fixtures",
            suite["per_test_ms"],
            work,
            "the goto is ~1/3 of it; the rest is per-test bookkeeping the isolation needs (clear cookies, "
            "permissions, scope header, the origin's storage, park on about:blank: five round trips to the browser) "
            "and pytest's own per-test work (fixtures, hooks, Allure and traceability reports)",
        ),
        (
            "full regression (wall)",
            (r["regression"]["wall_s"] or 0) * 1000,
            r["floor"]["wall_s"] * 1000,
            "see the table above: Playwright's actionability checks and accessibility-tree locators on every "
            "fill/click/expect, control-API calls, and per-worker start-up; the floor skips all of them",
        ),
        (
            "logged-in user through the control API",
            setup.get("api_ms"),
            (work or 0) + 2 * control_p50,
            "one navigation and two control calls are the floor; seeding hashes the password with argon2 (by design "
            "slow) and the inbox is then checked with a web-first expectation",
        ),
    ]
    add("## Stages against their floor")
    add("")
    add("| stage | ms | floor ms | ratio | why above 2× |")
    add("|---|---|---|---|---|")
    for title, value, floor, why in rows:
        ratio = value / floor if value and floor else None
        reason = why if ratio is not None and ratio > 2 else "—"
        add(f"| {title} | {_f(value)} | {_f(floor)} | {_f(ratio, digits=2)} | {reason} |")
    add("")
