"""Mutation testing of the suite: every registered defect of the test environment must be killed.

    python scripts/mutation.py [--shards 4] [--only NAME,...] [--all-killers] [--skip-clean] [--no-verify] [paths]

1. asks a started test environment for its defect registry (GET /__testenv__/defects);
2. collects the tests with their requirement ids, then runs those naming any defect's rules against a
   clean environment: a failure there is a false alarm and stops the script (its JUnit file gives each
   test's duration, which orders the plans);
3. plans, per defect, the clean run's tests naming its rules, likeliest killers first (tests naming only
   its rules, then fewest ids, then quickest), and runs the plans in a few pytest processes ("shards").
   A shard starts its browser and test environment once and switches the defect between tests over the
   control API (PUT /__testenv__/defects), so a defect costs its tests, not a start-up. The test data is
   new on each execution (fixtures/data: the execution number of a test id is part of its unique values),
   so running a test again for the next defect never meets the last run's users;
4. judges every failure (see `judge`): only a failure in the call phase on an assertion about the product
   (AssertionError: `assert`, Playwright's `expect`, the suite's own checks) with no 5xx answer of the
   target during the test is a KILL. Errors in setup or teardown, control-API failures (ControlApiError),
   timeouts, other exceptions and failures after a 5xx are ERRORS of that defect: the run fails, and the
   defect is not counted as killed by them. The first kill ends a defect's plan (`--all-killers`: all);
5. verifies every kill (unless `--no-verify`): the killing test runs alone in a fresh pytest process whose
   test environment starts with the defect switched on (`--testenv-args "--defect NAME"`); it must fail
   on an assertion again, else the kill is reported as false;
6. writes reports/mutation.json ({defect: {rules, status, killed_by, errors, verified, ...}}, each kill and
   error with its test, phase, exception type and the first line of its message) and reports/mutation.md.

Exit status 0 only when the clean run passed and every defect was killed, with no errors and no false kill.
This file is also the shards' pytest plugin (`-p mutation`), which does nothing unless MUTATION_PLAN is set.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fixtures.embedded import EmbeddedTestenv  # noqa: E402  (the suite's own launcher; scripts are tooling)
from fixtures.reporting import SERVER_ERRORS_KEY  # noqa: E402
from fixtures.traceability import load_catalogue, req_ids  # noqa: E402

REPORTS = ROOT / "reports"
WORKDIR = REPORTS / "mutation"
IDS_FILE = WORKDIR / "ids.json"
CLEAN_JUNIT = WORKDIR / "clean.xml"
RUN_TIMEOUT_S = 4 * 3600
PLAN_ENV = "MUTATION_PLAN"
RESULT_MARK = "MUTATION-RESULT "
# pytest exit codes: 0 all passed, 5 nothing selected.
PASSED, NO_TESTS = 0, 5
# Rough cost of a kill beyond the killing test's own time: web-first expectations wait out their timeout.
KILL_OVERHEAD_S = 10.0
# What every run of this script passes to pytest: file order, no cache, no evidence re-runs of failures
# (a failure here is the point, not something to trace).
PYTEST_BASE = ["-p", "no:randomly", "-p", "no:cacheprovider", "--failure-trace", "off", "-q"]


@dataclass
class Outcome:
    rules: list[str]
    description: str
    # Each kill and error: {"test", "phase", "type", "message"} (+ "reason" for errors), see `judge`.
    killed_by: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    survived: bool = False
    status: str = ""  # killed | survived | no tests | error | false kill
    # The kill re-run alone with the defect switched on at start: "yes", "no: <why>", or "" (not verified).
    verified: str = ""
    seconds: float = 0.0
    tests_run: int = 0
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "killed"


@dataclass(frozen=True)
class Case:
    nodeid: str
    ids: frozenset[str]
    seconds: float
    outcome: str  # passed | failed | skipped


# --- the orchestrator ---------------------------------------------------------------------------------


def registry() -> dict[str, dict]:
    """The defects a started test environment knows (the same list `--defect` accepts)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = EmbeddedTestenv("registry", [], Path(tmp)).start()
        try:
            response = httpx.get(f"{env.url}/__testenv__/defects", headers={"X-Testenv-Token": env.token}, timeout=10)
            response.raise_for_status()
            return response.json()["registry"]
        finally:
            env.stop()


def child_env(name: str) -> dict[str, str]:
    return {
        **os.environ,
        "E2E_TESTENV_DIR": str(WORKDIR / "env" / name),
        "NO_COLOR": "1",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "scripts"), str(ROOT)]),
    }


def collect_ids(paths: list[str]) -> dict[str, frozenset[str]]:
    cmd = [sys.executable, "-m", "pytest", *paths, "--collect-only", "-q", "-p", "mutation", "-p", "no:randomly"]
    IDS_FILE.unlink(missing_ok=True)
    proc = subprocess.run(cmd, cwd=ROOT, env=child_env("collect"), capture_output=True, text=True, timeout=600)
    if not IDS_FILE.exists():
        raise SystemExit(f"collecting the tests failed:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return {nodeid: frozenset(ids) for nodeid, ids in json.loads(IDS_FILE.read_text()).items()}


def nodeid(classname: str, name: str) -> str:
    """JUnit's dotted classname back to a node id (module path, then classes if any)."""
    parts = classname.split(".")
    for cut in range(len(parts), 0, -1):
        module = "/".join(parts[:cut]) + ".py"
        if (ROOT / module).exists():
            return "::".join([module, *parts[cut:], name])
    return f"{'/'.join(parts)}.py::{name}"


def cases(junit: Path, ids: dict[str, frozenset[str]]) -> list[Case]:
    if not junit.exists():
        return []
    found = []
    for case in ET.parse(junit).getroot().iter("testcase"):
        test = nodeid(case.get("classname", ""), case.get("name", ""))
        outcome = "passed"
        if case.find("failure") is not None or case.find("error") is not None:
            outcome = "failed"
        elif case.find("skipped") is not None:
            outcome = "skipped"
        found.append(Case(test, ids.get(test, frozenset()), float(case.get("time", 0)), outcome))
    return found


def plan(rules: list[str], clean: list[Case]) -> list[Case]:
    """The clean run's passing tests that name one of `rules`, the likeliest killers first."""
    wanted = set(rules)
    chosen = [c for c in clean if c.outcome == "passed" and c.ids & wanted]
    chosen.sort(key=lambda c: (not c.ids <= wanted, len(c.ids), c.seconds))
    return chosen


def clean_run(paths: list[str], rules: set[str], workers: int) -> tuple[list[str], float, int]:
    cmd = [sys.executable, "-m", "pytest", *paths, *PYTEST_BASE, "--junitxml", str(CLEAN_JUNIT)]
    cmd += ["--req-ids", ",".join(sorted(rules)), "-n", str(workers)]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, env=child_env("clean"), capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    output = proc.stdout + proc.stderr
    (WORKDIR / "clean.log").write_text(" ".join(cmd) + "\n\n" + output)
    failures = [c.nodeid for c in cases(CLEAN_JUNIT, {}) if c.outcome == "failed"]
    if proc.returncode not in (PASSED, NO_TESTS) and not failures:
        failures = [f"(pytest exited {proc.returncode}: {output.strip().splitlines()[-1:]})"]
    return failures, time.monotonic() - started, proc.returncode


def shard_plans(steps: list[dict], shards: int) -> list[list[dict]]:
    """Longest-first onto the least loaded shard, by each defect's estimated cost."""
    loads = [0.0] * shards
    plans: list[list[dict]] = [[] for _ in range(shards)]
    for step in sorted(steps, key=lambda s: -s["estimate"]):
        i = loads.index(min(loads))
        plans[i].append(step)
        loads[i] += step["estimate"]
    return [p for p in plans if p]


def run_shard(
    index: int, steps: list[dict], all_killers: bool, results: dict, lock: threading.Lock, total: int
) -> None:
    plan_file = WORKDIR / f"shard-{index}.json"
    plan_file.write_text(json.dumps({"all_killers": all_killers, "switch": True, "steps": steps}))
    tests = list(dict.fromkeys(t for step in steps for t in step["tests"]))
    cmd = [sys.executable, "-m", "pytest", *tests, *PYTEST_BASE, "-p", "mutation", "-n", "0"]
    env = {**child_env(f"shard-{index}"), PLAN_ENV: str(plan_file)}
    with (WORKDIR / f"shard-{index}.log").open("w") as log:
        for got in _results_of(cmd, env, log):
            with lock:
                results[got["defect"]] = got
                print(f"[{len(results)}/{total}] shard {index} {got['defect']}: {_one_line(got)}", flush=True)


def _results_of(cmd: list[str], env: dict[str, str], log) -> Any:
    """The result lines of a shard's plugin as they arrive; everything else goes to its log."""
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout
    log.write(" ".join(cmd) + "\n\n")
    for line in proc.stdout:
        log.write(line)
        if RESULT_MARK in line:  # pytest's progress dots may precede it on the line
            yield json.loads(line.split(RESULT_MARK, 1)[1])
    proc.wait()


def _one_line(got: dict) -> str:
    first = (got["killed_by"] or got["errors"] or [None])[0]
    why = f"{first['test']} ({first['phase']}: {first['message'][:100]})" if first else got.get("detail", "")
    return f"{got['status']} in {got['seconds']:.0f} s {why}"


def verify_kill(name: str, outcome: Outcome) -> str:
    """The killing test alone in a fresh process, its test environment started with the defect switched
    on: "yes" when it fails on an assertion again, else "no: ..." (a kill that came from the shard's
    history, not from the defect)."""
    test = outcome.killed_by[0]["test"]
    plan_file = WORKDIR / "verify" / f"{name}.json"
    plan_file.parent.mkdir(parents=True, exist_ok=True)
    step = {"defect": name, "tests": [test], "estimate": 0}
    plan_file.write_text(json.dumps({"all_killers": False, "switch": False, "steps": [step]}))
    cmd = [sys.executable, "-m", "pytest", test, *PYTEST_BASE, "-p", "mutation", "-n", "0"]
    cmd += ["--testenv-args", f"--defect {name}"]
    env = {**child_env(f"verify-{name}"), PLAN_ENV: str(plan_file)}
    with (WORKDIR / "verify" / f"{name}.log").open("w") as log:
        got = next(iter(_results_of(cmd, env, log)), None)
    if got is None:
        return f"no: the re-run ended without a result (reports/mutation/verify/{name}.log)"
    if got["status"] == "killed":
        return "yes"
    first = (got["errors"] or [None])[0]
    why = f"{first['phase']}: {first['message']}" if first else "it passed"
    return f"no: alone with the defect on at start, {got['status']} ({why})"


def table(results: dict[str, Outcome]) -> str:
    lines = [
        "| defect | rules | status | killed by | phase: message | verified alone | tests run | s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, o in sorted(results.items()):
        first = o.killed_by[0] if o.killed_by else (o.errors[0] if o.errors else None)
        more = f" (+{len(o.killed_by) - 1})" if len(o.killed_by) > 1 else ""
        test = f"{first['test']}{more}" if first else ""
        why = f"{first['phase']}: {_cell(first['message'])}" if first else _cell(o.detail)
        lines.append(
            f"| {name} | {', '.join(o.rules)} | {o.status} | {test} | {why} | {_cell(o.verified)} | "
            f"{o.tests_run} | {o.seconds:.0f} |"
        )
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")[:200]


def error_list(results: dict[str, Outcome]) -> str:
    lines = []
    for name, o in sorted(results.items()):
        for e in o.errors:
            lines.append(f"- {name}: `{e['test']}` {e['phase']} {e['type']} ({e['reason']}): {_cell(e['message'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--shards", type=int, default=4, help="pytest processes side by side (default 4; kills mostly wait)")
    p.add_argument("--clean-workers", type=int, default=2, help="xdist workers for the clean run (default 2)")
    p.add_argument("--only", default="", help="comma-separated defect names (default: all)")
    p.add_argument("--all-killers", action="store_true", help="run every planned test, not just to the first kill")
    p.add_argument("--skip-clean", action="store_true", help="reuse the last clean run (reports/mutation/clean.xml)")
    p.add_argument(
        "--no-verify",
        action="store_true",
        help="skip re-running each kill alone with its defect on at start (quicker; the run then proves less)",
    )
    p.add_argument("paths", nargs="*", default=["tests/e2e"], help="test paths (default tests/e2e)")
    args = p.parse_args(argv)

    WORKDIR.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    defects = registry()
    if args.only:
        wanted = {n.strip() for n in args.only.split(",") if n.strip()}
        if unknown := wanted - set(defects):
            p.error(f"unknown defects: {sorted(unknown)}")
        defects = {n: s for n, s in defects.items() if n in wanted}
    catalogue = load_catalogue().requirements
    bad_rules = {n: r for n, s in defects.items() for r in s["rules"] if r not in catalogue}
    if bad_rules:
        print(f"defects name ids that are not catalogued: {bad_rules}", file=sys.stderr)
        return 2
    rules = {r for s in defects.values() for r in s["rules"]}
    print(f"{len(defects)} defects over {len(rules)} requirement ids; collecting the tests ...", flush=True)
    ids = collect_ids(args.paths)

    clean: dict = {"skipped": "reused the last clean run"}
    if not args.skip_clean:
        print("clean run (no defect) of the tests naming those ids ...", flush=True)
        false_alarms, seconds, code = clean_run(args.paths, rules, args.clean_workers)
        clean = {"false_alarms": false_alarms, "seconds": round(seconds, 1), "exit_code": code}
        print(f"clean run: {len(false_alarms)} false alarm(s) in {seconds:.0f} s", flush=True)
        if false_alarms:
            _write({}, clean, time.monotonic() - started)
            print("false alarms (tests failing without any defect):\n  " + "\n  ".join(false_alarms), file=sys.stderr)
            print(f"log: {WORKDIR.relative_to(ROOT)}/clean.log", file=sys.stderr)
            return 1

    clean_cases = cases(CLEAN_JUNIT, ids)
    outcomes = {n: Outcome(rules=list(s["rules"]), description=s["description"]) for n, s in defects.items()}
    steps: list[dict] = []
    for name, outcome in outcomes.items():
        chosen = plan(outcome.rules, clean_cases)
        if not chosen:
            outcome.status, outcome.survived = "no tests", True
            outcome.detail = "no passing test of the clean run names any of its rules"
            continue
        estimate = chosen[0].seconds + KILL_OVERHEAD_S
        steps.append({"defect": name, "tests": [c.nodeid for c in chosen], "estimate": estimate})
    plans = shard_plans(steps, max(1, args.shards))
    print(f"{len(steps)} defects in {len(plans)} shard(s) ...", flush=True)
    results: dict[str, dict] = {}
    lock = threading.Lock()
    threads = [
        threading.Thread(target=run_shard, args=(i, steps_, args.all_killers, results, lock, len(steps)))
        for i, steps_ in enumerate(plans)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for step in steps:
        outcome, got = outcomes[step["defect"]], results.get(step["defect"])
        if got is None:
            outcome.status, outcome.survived = "error", True
            outcome.detail = "its shard ended before it ran: see reports/mutation/shard-*.log"
            continue
        outcome.status, outcome.killed_by, outcome.errors = got["status"], got["killed_by"], got["errors"]
        outcome.seconds, outcome.tests_run, outcome.detail = got["seconds"], got["tests_run"], got.get("detail", "")
        outcome.survived = outcome.status == "survived"

    if not args.no_verify:
        killed = [n for n, o in outcomes.items() if o.killed_by]
        print(f"verifying {len(killed)} kill(s): each killer alone, its defect on at start ...", flush=True)
        with ThreadPoolExecutor(max(1, args.shards)) as pool:
            for name, verdict in zip(killed, pool.map(lambda n: verify_kill(n, outcomes[n]), killed), strict=True):
                outcomes[name].verified = verdict
                if verdict != "yes" and outcomes[name].status == "killed":
                    outcomes[name].status = "false kill"
                print(f"  {name}: {verdict}", flush=True)

    _write(outcomes, clean, time.monotonic() - started)
    print(table(outcomes))
    took = time.monotonic() - started
    print(f"\n{summary(outcomes, clean)}, {took:.0f} s; reports/mutation.json, reports/mutation.md")
    bad = {n: o.status for n, o in sorted(outcomes.items()) if not o.ok}
    if bad:
        print("NOT KILLED by a verified assertion failure: " + ", ".join(f"{n} ({s})" for n, s in bad.items()))
        if errors := error_list(outcomes):
            print("errors (not kills):\n" + errors, file=sys.stderr)
        return 1
    return 0


def summary(results: dict[str, Outcome], clean: dict) -> str:
    counts = {s: sum(o.status == s for o in results.values()) for s in ("killed", "survived", "error", "false kill")}
    counts["no tests"] = sum(o.status == "no tests" for o in results.values())
    parts = [f"{counts['killed']}/{len(results)} defects killed (verified)" if results else "0 defects"]
    parts += [f"{n} {s}" for s, n in counts.items() if s != "killed" and n]
    parts.append(f"{len(clean.get('false_alarms', []))} false alarms")
    return ", ".join(parts)


def _write(results: dict[str, Outcome], clean: dict, seconds: float) -> None:
    REPORTS.mkdir(exist_ok=True)
    data = {name: asdict(o) for name, o in sorted(results.items())}
    (REPORTS / "mutation.json").write_text(json.dumps(data, indent=2) + "\n")
    (REPORTS / "mutation-clean.json").write_text(json.dumps(clean, indent=2) + "\n")
    errors = error_list(results)
    text = (
        f"# Mutation run\n\n{summary(results, clean)}; clean run: {json.dumps(clean)}; {seconds:.0f} s in all.\n\n"
        "A kill is a failure in the call phase on an assertion about the product, with no 5xx answer during\n"
        "the test, re-run alone with the defect switched on at start (verified alone). Everything else that\n"
        "failed is an error below and fails the run.\n\n"
        f"{table(results)}\n" + (f"\n## Errors (not kills)\n\n{errors}\n" if errors else "")
    )
    (REPORTS / "mutation.md").write_text(text)


# --- the pytest plugin (`-p mutation`) --------------------------------------------------------------------


def pytest_collection_finish(session: pytest.Session) -> None:
    """In the collect-only run: every test's requirement ids, for the plans."""
    if session.config.getoption("collectonly") and PLAN_ENV not in os.environ:
        IDS_FILE.parent.mkdir(parents=True, exist_ok=True)
        IDS_FILE.write_text(json.dumps({item.nodeid: req_ids(item) for item in session.items}, indent=1))


def judge(item: pytest.Item, call: pytest.CallInfo, report: pytest.TestReport) -> dict:
    """A failed phase of a test, as a kill or an error with its reason.

    A kill: the call phase raised an AssertionError (a plain `assert`, Playwright's `expect`, the suite's
    checks such as NothingSent or AccessibilityViolation) and the target answered no 5xx during the test.
    Anything else says nothing about the rule under test: an error."""
    exc = call.excinfo.value if call.excinfo else None
    kind = f"{type(exc).__module__}.{type(exc).__qualname__}" if exc is not None else "?"
    text = str(exc) if exc is not None else report.longreprtext
    message = next((line.strip() for line in text.splitlines() if line.strip()), kind)
    server_errors = item.stash.get(SERVER_ERRORS_KEY, None) or []
    failure = {"test": item.nodeid, "phase": report.when, "type": kind, "message": message[:500]}
    if report.when != "call":
        reason = f"{report.when} failed"
    elif not isinstance(exc, AssertionError):
        reason = "not an assertion (timeout, control API, locator or test code)"
    elif server_errors:
        reason = f"the target answered 5xx during the test: {server_errors[0]}"
    else:
        return {**failure, "kind": "kill"}
    return {**failure, "kind": "error", "reason": reason}


class _Shard:
    """Runs a shard's plan: per defect, its tests in order until one kills it, switching the defect over the
    control API before each test (an autouse fixture; "switch": false when the environment started with
    it), with one browser and one environment throughout."""

    def __init__(self, plan_file: Path) -> None:
        data = json.loads(plan_file.read_text())
        self.steps: list[dict] = data["steps"]
        self.all_killers: bool = data["all_killers"]
        self.switch: bool = data.get("switch", True)
        self.defect = ""
        self.active: str | None = None
        self.failures: list[dict] = []

    @pytest.fixture(autouse=True)
    def _mutation_defect(self, request: pytest.FixtureRequest) -> None:
        if not self.switch:
            return
        http = request.getfixturevalue("_control_http")
        if http is None:
            raise pytest.UsageError("mutation runs need the test environment's control API")
        if self.active != self.defect:
            http.put("/__testenv__/defects", json={"active": [self.defect]}).raise_for_status()
            self.active = self.defect

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        report = yield
        if report.failed:
            self.failures.append(judge(item, call, report))
        return report

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool:
        items = {item.nodeid: item for item in session.items}
        session_only = _SessionOnly(session)
        for step in self.steps:
            self.defect, started, ran = step["defect"], time.monotonic(), 0
            kills: list[dict] = []
            errors: list[dict] = []
            for test in step["tests"]:
                item = items.get(test)
                if item is None or session.shouldstop:
                    continue
                item.stash = pytest.Stash()  # a fresh run of the item: no reports of its last run
                self.failures = []
                # Tear down to session level after each test: the browser and the environment stay.
                item.config.hook.pytest_runtest_protocol(item=item, nextitem=session_only)
                ran += 1
                kills += [_public(f) for f in self.failures if f["kind"] == "kill"][:1]
                errors += [_public(f) for f in self.failures if f["kind"] == "error"]
                if kills and not self.all_killers:
                    break
            status = "error" if errors or session.shouldstop or not ran else "killed" if kills else "survived"
            detail = str(session.shouldstop or "") if session.shouldstop else ""
            if not ran:
                detail = detail or "none of its tests was collected"
            elif status == "survived":
                detail = f"{ran} test(s) passed"
            result = {
                "defect": self.defect,
                "status": status,
                "killed_by": kills,
                "errors": errors,
                "tests_run": ran,
                "seconds": round(time.monotonic() - started, 1),
                "detail": detail,
            }
            # Through the terminal reporter: plain prints between tests would be captured.
            terminal = session.config.pluginmanager.get_plugin("terminalreporter")
            assert terminal is not None, "the runner never passes -p no:terminal"
            terminal.ensure_newline()
            terminal.write_line(f"{RESULT_MARK}{json.dumps(result)}")
            terminal.flush()
        return True


def _public(failure: dict) -> dict:
    return {k: v for k, v in failure.items() if k != "kind"}


class _SessionOnly:
    """Stands in for "the next item" so that teardown stops at the session: `listchain` is all pytest uses."""

    def __init__(self, session: pytest.Session) -> None:
        self.session = session

    def listchain(self) -> list:
        return [self.session]


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get(PLAN_ENV) and not hasattr(config, "workerinput"):
        config.pluginmanager.register(_Shard(Path(os.environ[PLAN_ENV])), "mutation-shard")


if __name__ == "__main__":
    sys.exit(main())
