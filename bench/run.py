"""`make bench` / `python -m bench`: every figure of issue #9 from one run on this machine.

Absolute times on a shared 2-core machine move with the load (printed with every figure); the ratios
are taken between runs interleaved in the same minutes, which is what makes them comparable.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.floor import replay, sample
from bench.health import summary as health_summary
from bench.stats import median, ms, pct, r3, ratio
from fixtures.embedded import ROOT, EmbeddedTestenv

REPORTS = ROOT / "reports"
PY = sys.executable
GOAL_OVERHEAD_RATIO = 1 / 3
# A precondition through the control API at least 5x faster than through the UI (issue 15).
SETUP_GOAL_RATIO = 0.2
PHASES = ("setup", "call", "teardown")


def load() -> float:
    return round(os.getloadavg()[0], 2)


@dataclass
class Run:
    """One pytest process: its wall time, exit status and what bench.recorder wrote."""

    label: str
    wall_s: float
    returncode: int
    tests: dict[str, dict[str, Any]]
    records: dict[str, dict[str, Any]]
    load_before: float
    load_after: float
    log: Path
    health_ms: list[float] = field(default_factory=list)  # /healthz answer times sampled during the run
    health_failures: int = 0
    health_late_ms: list[float] = field(default_factory=list)  # how late the sampler woke for each sample

    def totals(self, skip_first: bool = True) -> list[float]:
        return [sum(t["phases"].values()) for t in self._ordered(skip_first)]

    def prop(self, name: str, skip_first: bool = True) -> list[Any]:
        return [t["props"][name] for t in self._ordered(skip_first) if name in t["props"]]

    def _ordered(self, skip_first: bool) -> list[dict[str, Any]]:
        ordered = sorted(self.tests.values(), key=lambda t: t["start"])
        # The first test of a process also pays the session fixtures (browser launch, environment start).
        return ordered[1:] if skip_first else ordered

    def failed(self) -> int:
        return sum(t["outcome"] == "failed" for t in self.tests.values())


@dataclass
class Bench:
    work: Path
    runs: int = 0

    def say(self, text: str) -> None:
        print(text, flush=True)

    def pytest(self, label: str, args: list[str], env: dict[str, str] | None = None) -> Run:
        self.runs += 1
        out = self.work / f"{self.runs:02d}-{label}"
        out.mkdir(parents=True)
        log = out / "pytest.log"
        before = load()
        t0 = time.perf_counter()
        with log.open("w") as handle:
            proc = subprocess.run(
                [PY, "-m", "pytest", *args, "-p", "bench.recorder"],
                cwd=ROOT,
                env={**os.environ, "BENCH_OUT": str(out), **(env or {})},
                stdout=handle,
                stderr=subprocess.STDOUT,
                check=False,
            )
        wall = time.perf_counter() - t0
        timings = json.loads((out / "timings.json").read_text()) if (out / "timings.json").exists() else {}
        records: dict[str, dict[str, Any]] = {}
        for part in sorted(out.glob("record-*.json")):
            records.update(json.loads(part.read_text()))
        run = Run(label, wall, proc.returncode, timings.get("tests", {}), records, before, load(), log)
        run.health_ms, run.health_failures, run.health_late_ms = read_health(out)
        status = "ok" if proc.returncode == 0 else f"exit {proc.returncode}, {run.failed()} failed (log: {log})"
        self.say(f"  {label:<34} {len(run.tests):>4} tests {wall:7.1f} s  load {before}->{run.load_after}  {status}")
        return run


def read_health(out: Path) -> tuple[list[float], int, list[float]]:
    """Every worker's /healthz samples (bench.health, written by bench.recorder), their failures and how
    late the sampler woke for them."""
    samples: list[float] = []
    late: list[float] = []
    failures = 0
    for part in sorted(out.glob("health-*.json")):
        for entry in json.loads(part.read_text()).values():
            samples += entry["samples_ms"]
            failures += entry["failures"]
            late += entry.get("late_ms", [])
    return samples, failures, late


# --- 1. fixed overhead per test ------------------------------------------------------------------


def trivial_variants(base_url: str, token: str, suite_options: set[str]) -> dict[str, tuple[list[str], dict]]:
    target = ["--base-url", base_url]
    ours = ["bench/ours/test_trivial_ours.py", *target, "--control-url", base_url, "-p", "no:randomly"]
    plain = ["-c", "bench/plain/pytest.ini", "--rootdir", "bench/plain", "bench/plain", *target]
    env = {"E2E_CONTROL_TOKEN": token}
    variants: dict[str, tuple[list[str], dict]] = {
        "default": (plain, {}),
        "suite": (ours, env),
        "suite_fresh_context": (ours, {**env, "BENCH_PAGE_MODE": "fresh"}),
        "default_with_artifacts": ([*plain, "--tracing", "retain-on-failure", "--screenshot", "only-on-failure"], {}),
    }
    if "--failure-trace" in suite_options:
        variants["suite_trace_every_test"] = ([*ours, "--failure-trace", "every-test"], env)
    return variants


VARIANT_TITLES = {
    "default": "pytest-playwright default `page` (bench/plain)",
    "suite": "suite fixtures as configured",
    "suite_fresh_context": "suite, fresh context+page per test",
    "suite_trace_every_test": "suite, trace chunk in every test",
    "default_with_artifacts": "default + --tracing retain-on-failure --screenshot only-on-failure",
}


def overhead_stage(bench: Bench, env: EmbeddedTestenv, n: int, rounds: int, suite_options: set[str]) -> dict:
    variants = trivial_variants(env.url, env.token, suite_options)
    runs: dict[str, list[Run]] = {name: [] for name in variants}
    for round_no in range(rounds):
        order = list(variants) if round_no % 2 == 0 else list(reversed(variants))
        for name in order:
            args, extra = variants[name]
            runs[name].append(bench.pytest(f"trivial-{name}-r{round_no + 1}", args, {**extra, "BENCH_N": str(n)}))
    result: dict[str, Any] = {}
    for name, variant_runs in runs.items():
        totals = [x for run in variant_runs for x in run.totals()]
        bodies = [x for run in variant_runs for x in run.prop("bench_body_s")]
        walls = [_wall_per_test(run) for run in variant_runs]
        result[name] = {
            "title": VARIANT_TITLES[name],
            "tests": sum(len(run.tests) for run in variant_runs),
            "failed": sum(run.failed() for run in variant_runs),
            "per_test_ms": ms(median(totals)),
            "per_test_p90_ms": ms(pct(totals, 90)),
            "body_ms": ms(median(bodies)),
            "wall_per_test_ms": ms(median([w for w in walls if w is not None])),
        }
    # The test's own work is the goto at its cheapest; whatever a variant adds to it (a slower goto under
    # tracing or on a brand-new page included) is that variant's overhead.
    work_ms = min(entry["body_ms"] for entry in result.values() if entry["body_ms"] is not None)
    for entry in result.values():
        entry["overhead_ms"] = round(entry["per_test_ms"] - work_ms, 1) if entry["per_test_ms"] else None
    base = result["default"]["overhead_ms"]
    for entry in result.values():
        entry["overhead_vs_default"] = r3(ratio(entry["overhead_ms"], base))
        entry["per_test_vs_default"] = r3(ratio(entry["per_test_ms"], result["default"]["per_test_ms"]))
    return {"work_ms": work_ms, "variants": result}


def _wall_per_test(run: Run) -> float | None:
    """Start of the second test to the end of the last, per test: includes pytest's own work between tests."""
    ordered = sorted(run.tests.values(), key=lambda t: t["start"])
    if len(ordered) < 3:
        return None
    return (ordered[-1]["stop"] - ordered[1]["start"]) / (len(ordered) - 1)


# --- 2. regression, 3. floor, 6. workers ----------------------------------------------------------


def regression_args(workers: int, out: Path) -> list[str]:
    """As `make e2e` runs it (failure artifacts on, Allure results and JUnit written), minus the coverage gate."""
    return ["tests/e2e", "-n", str(workers), "--alluredir", str(out / "allure"), "--junitxml", str(out / "junit.xml")]


def regression_summary(run: Run, workers: int) -> dict:
    totals = run.totals(skip_first=False)
    phases = {when: sum(t["phases"].get(when, 0.0) for t in run.tests.values()) for when in PHASES}
    first: dict[str, dict] = {}
    for test in sorted(run.tests.values(), key=lambda t: t["start"]):
        first.setdefault(str(test.get("worker")), test)
    # The first test on each worker also starts that worker's browser and test environment (session fixtures).
    session_setup = sum(t["phases"].get("setup", 0.0) for t in first.values())
    return {
        "workers": workers,
        "wall_s": round(run.wall_s, 2),
        "tests": len(run.tests),
        "failed": run.failed(),
        "per_test_median_ms": ms(median(totals)),
        "per_test_p90_ms": ms(pct(totals, 90)),
        "per_test_sum_s": round(sum(totals), 2),
        "phase_sums_s": {k: round(v, 2) for k, v in phases.items()},
        "session_setup_s": round(session_setup, 2),
        "load": [run.load_before, run.load_after],
    }


def environment_times(run: Run) -> dict:
    documents = [ttfb for rec in run.records.values() for kind, ttfb in rec["ttfb"] if kind == "document"]
    everything = [ttfb for rec in run.records.values() for _, ttfb in rec["ttfb"]]
    control = [t for rec in run.records.values() for t in rec["control_ms"]]
    return {
        "document_ttfb_ms": {"n": len(documents), "p50": r3(median(documents)), "p99": r3(pct(documents, 99))},
        "all_requests_ttfb_ms": {"n": len(everything), "p50": r3(median(everything)), "p99": r3(pct(everything, 99))},
        "control_api_ms": {"n": len(control), "p50": r3(median(control)), "p99": r3(pct(control, 99))},
        "control_api_total_s": round(sum(control) / 1000, 2),
        "healthz_ms": health_summary(run.health_ms, run.health_failures, run.health_late_ms),
        "waiting_on_environment_s": round((sum(documents) + sum(control)) / 1000, 2),
    }


def floor_stage(bench: Bench, regression: Run, workers: int, share: float) -> dict:
    """The floor of a share of the recorded tests; whole-regression figures scaled by their share of navigations."""
    chosen, nav_share = sample(regression.records, share)
    measured = replay(chosen, bench.work, workers)
    same_tests_s = sum(sum(regression.tests[n]["phases"].values()) for n in chosen if n in regression.tests)
    bench.say(
        f"  {'floor replay':<34} {measured['tests']:>4} tests {measured['wall_s']:7.1f} s"
        f"  ({len(chosen)} of {len(regression.records)} recorded, {nav_share:.0%} of the navigations)"
    )
    return {
        **measured,
        "recorded_tests": len(regression.records),
        "share": share,
        "nav_share": round(nav_share, 4),
        "measured_wall_s": round(measured["wall_s"], 2),
        "measured_serial_s": round(measured["serial_s"], 2),
        "wall_s": round(measured["wall_s"] / nav_share, 2),
        "serial_s": round(measured["serial_s"] / nav_share, 2),
        "regression_serial_s_same_tests": round(same_tests_s, 2),
    }


def sample_env(sample: int | None) -> dict[str, str]:
    return {"BENCH_SAMPLE": str(sample)} if sample else {}


# --- 4. precondition through the API vs the UI ----------------------------------------------------


def setup_stage(bench: Bench, env: EmbeddedTestenv, k: int) -> dict:
    """Each precondition of bench/ours/test_setup_paths.py: the median through the control API and through
    the UI, and their ratio (goal: at most SETUP_GOAL_RATIO, issue 15)."""
    args = ["bench/ours/test_setup_paths.py", "--base-url", env.url, "--control-url", env.url, "-p", "no:randomly"]
    run = bench.pytest("setup-api-vs-ui", args, {"E2E_CONTROL_TOKEN": env.token, "BENCH_SETUP_K": str(k)})
    times: dict[str, dict[str, list[float]]] = {}
    seen: dict[str, int] = {}
    for test in sorted(run.tests.values(), key=lambda t: t["start"]):
        props = test["props"]
        if "bench_setup_s" not in props:
            continue
        precondition = props.get("bench_precondition", "self_identified")
        seen[precondition] = seen.get(precondition, 0) + 1
        if seen[precondition] <= 2:  # each precondition's first pair pays its warm-up
            continue
        times.setdefault(precondition, {"api": [], "ui": []})[props["bench_path"]].append(props["bench_setup_s"])
    result: dict = {"failed": run.failed()}
    for precondition, ways in times.items():
        api, ui = median(ways["api"]), median(ways["ui"])
        result[precondition] = {
            "api_ms": ms(api),
            "ui_ms": ms(ui),
            "api_vs_ui_ratio": r3(ratio(api, ui)),
            "goal_ratio": SETUP_GOAL_RATIO,
            "samples": {way: len(v) for way, v in ways.items()},
        }
    return result


# --- 5. make docs ---------------------------------------------------------------------------------


def docs_stage(bench: Bench) -> dict:
    probe = subprocess.run(["make", "-n", "docs"], cwd=ROOT, capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        return {"wall_s": None, "note": "no `make docs` target yet"}
    before, t0 = load(), time.perf_counter()
    log = bench.work / "make-docs.log"
    with log.open("w") as handle:
        proc = subprocess.run(["make", "docs"], cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT, check=False)
    wall = time.perf_counter() - t0
    bench.say(f"  {'make docs':<34}            {wall:7.1f} s  load {before}->{load()}  exit {proc.returncode}")
    return {"wall_s": round(wall, 2), "returncode": proc.returncode, "load": [before, load()]}


# --- isolation proof ------------------------------------------------------------------------------

ISOLATION_TESTS = "tests/e2e/infra/test_isolation.py::"


def isolation_result(run: Run, workers: int) -> dict:
    """tests/e2e/infra/test_isolation.py ran inside the regression: shuffled by pytest-randomly, -n workers."""
    tests = {k: v for k, v in run.tests.items() if k.startswith(ISOLATION_TESTS)}
    failed = sum(t["outcome"] == "failed" for t in tests.values())
    return {"tests": len(tests), "failed": failed, "workers": workers, "proven": bool(tests) and not failed}


# --- the whole bench ------------------------------------------------------------------------------


@functools.cache  # `pytest --help` is a few seconds of the budget; the sweep asks again
def suite_options() -> set[str]:
    out = subprocess.run([PY, "-m", "pytest", "--help"], cwd=ROOT, capture_output=True, text=True, check=False).stdout
    return {word for word in out.split() if word.startswith("--")}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--trivial", type=int, default=20, help="trivial tests per run (20)")
    p.add_argument("--rounds", type=int, default=2, help="interleaved rounds of the trivial variants (2)")
    p.add_argument("--setup-k", type=int, default=6, help="preconditions set up each way (6)")
    p.add_argument("--workers", default=os.environ.get("N", "2"), help="workers of the main regression (Makefile N)")
    p.add_argument("--floor-share", type=float, default=0.5, help="share of the recorded tests the floor replays (0.5)")
    p.add_argument("--sweep", default="0,2,4", help="worker counts compared on the regression (0,2,4)")
    p.add_argument("--budget-s", type=float, default=540.0, help="time budget; the sweep shrinks to fit (540)")
    p.add_argument("--sample-max", type=int, default=120, help="most tests in a sampled sweep (120)")
    p.add_argument("--regression-sample", type=int, default=0, help="debugging: run only this many regression tests")
    p.add_argument("--keep", action="store_true", help="keep the raw runs (they hold recorded form data)")
    p.add_argument("--workers-only", action="store_true", help="only the -n sweep on --sample-max tests (0: all)")
    args = p.parse_args(argv)
    if args.workers_only:
        return workers_only(args)

    started, start_load = time.perf_counter(), load()
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=REPORTS if REPORTS.exists() else None))
    bench = Bench(work)
    result: dict[str, Any] = {
        "started": datetime.now().isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "load_at_start": list(os.getloadavg()),
    }
    options = suite_options()
    env = EmbeddedTestenv("bench", ["--single-origin"], work).start()
    try:
        bench.say(f"make bench: {os.cpu_count()} cores, load {start_load}; raw runs in {work}")
        bench.say("1. fixed overhead per test (trivial tests, interleaved rounds)")
        result["overhead"] = overhead_stage(bench, env, args.trivial, args.rounds, options)
        bench.say("4. precondition: control API + stored session vs the UI")
        result["setup"] = setup_stage(bench, env, args.setup_k)
    finally:
        env.stop()

    bench.say("2. full browser regression (recorded for the floor)")
    main_workers = int(args.workers)
    regression = bench.pytest(
        f"regression-n{main_workers}",
        regression_args(main_workers, work / "regression"),
        {"BENCH_RECORD": "1", **sample_env(args.regression_sample)},
    )
    result["regression"] = regression_summary(regression, main_workers)
    result["isolation"] = isolation_result(regression, main_workers)
    result["environment"] = environment_times(regression)

    bench.say("3. floor: the regression's navigations and form posts, one page per worker, no test framework")
    result["floor"] = floor_stage(bench, regression, main_workers, args.floor_share)

    bench.say("5. make docs")
    result["docs"] = docs_stage(bench)

    bench.say("6. workers and tracing on the regression")
    result["sweep"] = sweep_stage(bench, args, regression, started)

    result["load_at_end"] = list(os.getloadavg())
    result["bench_wall_s"] = round(time.perf_counter() - started, 1)
    finish(result)
    from bench.report import render

    publish("bench", result, render(result), work, args.keep)
    return 0


SWEEP_MIN_SAMPLE = 60  # fewer tests than this say more about start-up than about the worker count


def sweep_stage(bench: Bench, args: argparse.Namespace, regression: Run, started: float) -> dict:
    """-n 0/2/4 and tracing in every test, on the whole regression when the budget allows, else on an evenly
    spread sample of it sized to what is left (estimated from the main run: start-up + tests × per-test time
    ÷ the cores the workers can use); skipped when not even SWEEP_MIN_SAMPLE tests fit."""
    counts = [int(c) for c in args.sweep.split(",") if c.strip()]
    workers = max(1, int(args.workers))
    left = args.budget_s - (time.perf_counter() - started) - 15
    tests = max(1, len(regression.tests))
    per_test = sum(regression.totals(skip_first=False)) / tests
    cores = os.cpu_count() or 1
    startup = max(5.0, regression.wall_s - per_test * tests / min(workers, cores))

    def estimate(k: int) -> float:
        runs = [c for c in counts if k < tests or c != workers] + [workers]  # + the tracing run
        return sum(startup + k * per_test / max(1, min(c, cores)) for c in runs)

    if estimate(tests) <= left:
        return run_sweep(bench, counts, workers, None, regression)
    fit = max((k for k in range(SWEEP_MIN_SAMPLE, tests) if estimate(k) <= left), default=0)
    if not fit:
        skipped = (
            f"{left:.0f} s of the {args.budget_s:.0f} s budget left, too little for {len(counts) + 1} runs of "
            f"{SWEEP_MIN_SAMPLE} tests or more; `make bench-workers` measures it on its own"
        )
        bench.say(f"  skipped: {skipped}")
        return {"sample": None, "tests_in_regression": tests, "workers": {}, "skipped": skipped}
    return run_sweep(bench, counts, workers, min(fit, args.sample_max), None, tests)


def run_sweep(
    bench: Bench, counts: list[int], workers: int, size: int | None, main: Run | None = None, tests: int = 0
) -> dict:
    """Each worker count on the same tests (all, or an evenly spread sample of `size`), then the tracing run."""
    out: dict[str, Any] = {"sample": size, "tests_in_regression": len(main.tests) if main else tests, "workers": {}}
    for count in counts:
        if main is not None and count == workers:  # the main run already is this one
            out["workers"][str(count)] = {**regression_summary(main, count), "note": "the main run"}
            continue
        folder = bench.work / f"sweep-n{count}"
        run = bench.pytest(f"sweep-n{count}", regression_args(count, folder), sample_env(size))
        out["workers"][str(count)] = regression_summary(run, count)
    if "--failure-trace" in suite_options():
        run = bench.pytest(
            f"sweep-n{workers}-trace-every-test",
            [*regression_args(workers, bench.work / "sweep-trace"), "--failure-trace", "every-test"],
            sample_env(size),
        )
        out["trace_every_test"] = regression_summary(run, workers)
    return out


def workers_only(args: argparse.Namespace) -> int:
    """`make bench-workers`: the worker-count and tracing comparison alone (reports/bench-workers.md/.json)."""
    from bench.report import render_sweep

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="bench-workers-", dir=REPORTS if REPORTS.exists() else None))
    bench = Bench(work)
    counts = [int(c) for c in args.sweep.split(",") if c.strip()]
    size = args.sample_max or None
    bench.say(f"make bench-workers: {os.cpu_count()} cores, load {load()}; -n {args.sweep} on {size or 'all'} tests")
    result: dict[str, Any] = {
        "started": datetime.now().isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "load_at_start": list(os.getloadavg()),
        "sweep": run_sweep(bench, counts, max(1, int(args.workers)), size),
    }
    result["load_at_end"] = list(os.getloadavg())
    result["bench_wall_s"] = round(time.perf_counter() - started, 1)
    publish("bench-workers", result, render_sweep(result), work, args.keep)
    return 0


def publish(name: str, result: dict, text: str, work: Path, keep: bool) -> None:
    """reports/<name>.md and .json, the table printed; the raw runs removed (they hold recorded form data)."""
    (REPORTS / f"{name}.md").write_text(text)
    (REPORTS / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    print("\n" + text)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)


def finish(result: dict) -> None:
    """The headline keys of reports/bench.json."""
    result["overhead_ratio"] = result["overhead"]["variants"]["suite"]["overhead_vs_default"]
    result["overhead_goal"] = round(GOAL_OVERHEAD_RATIO, 3)
    result["regression_wall_s"] = result["regression"]["wall_s"]
    result["regression_tests"] = result["regression"]["tests"]
    floor = result["floor"]
    result["floor_ratio"] = r3(ratio(result["regression"]["wall_s"], floor["wall_s"]))
    # The same tests on both sides: the regression's own times for the replayed ones against their replay.
    result["floor_ratio_serial"] = r3(ratio(floor["regression_serial_s_same_tests"], floor["measured_serial_s"]))
    for precondition in ("self_identified", "idporten"):
        measured = result["setup"].get(precondition, {})
        result[f"setup_{precondition}_api_vs_ui_ratio"] = measured.get("api_vs_ui_ratio")
    result["docs_wall_s"] = result["docs"]["wall_s"]
    health = result["environment"]["healthz_ms"]
    result["healthz_p99_ms"] = health["p99"]
    result["healthz_goal_p99_ms"] = health["goal_p99_ms"]


if __name__ == "__main__":
    sys.exit(main())
