"""Mutation testing of the suite: every registered defect of the test environment must be killed.

    python scripts/mutation.py [--parallel 2] [--only NAME,...] [--all-killers]

1. asks a started test environment for its defect registry (GET /__testenv__/defects);
2. collects the tests with their requirement ids (this file is also that collect-only run's plugin), then
   runs those naming any defect's rules against a clean environment: a failure there is a false alarm
   and stops the script; its JUnit file gives each test's duration;
3. per defect, runs the tests naming its rules against an environment started with `--defect NAME`,
   most focused first (tests naming only its rules, then fewest ids, then quickest), stopping at the first
   failure (`-x`: that test kills it); several defects run side by side, each with its own SQLite files;
4. writes reports/mutation.json ({defect: {rules, killed_by, survived, ...}}) and reports/mutation.md.

Exit status 0 only when the clean run passed and every defect was killed.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fixtures.embedded import EmbeddedTestenv  # noqa: E402  (the suite's own launcher; scripts are tooling)
from fixtures.traceability import load_catalogue  # noqa: E402

REPORTS = ROOT / "reports"
WORKDIR = REPORTS / "mutation"
RUN_TIMEOUT_S = 900
# pytest exit codes: 0 all passed, 1 some failed, 5 nothing selected; anything else is a broken run.
PASSED, FAILED, NO_TESTS = 0, 1, 5


@dataclass
class Outcome:
    rules: list[str]
    description: str
    killed_by: list[str] = field(default_factory=list)
    survived: bool = False
    status: str = ""  # killed | survived | no tests | error
    seconds: float = 0.0
    detail: str = ""


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


@dataclass(frozen=True)
class Case:
    nodeid: str
    ids: frozenset[str]
    seconds: float
    outcome: str  # passed | failed | skipped


IDS_FILE = WORKDIR / "ids.json"


def pytest_collection_finish(session) -> None:  # a pytest hook: this file is also a plugin
    """In the collect-only run (`-p mutation`): every test's requirement ids, for the plans below."""
    from fixtures.traceability import req_ids

    IDS_FILE.write_text(json.dumps({item.nodeid: req_ids(item) for item in session.items}, indent=1))


def collect_ids(paths: list[str]) -> dict[str, frozenset[str]]:
    cmd = [sys.executable, "-m", "pytest", *paths, "--collect-only", "-q", "-p", "mutation", "-p", "no:randomly"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "scripts"), str(ROOT)])}
    IDS_FILE.unlink(missing_ok=True)
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    if not IDS_FILE.exists():
        raise SystemExit(f"collecting the tests failed:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return {nodeid: frozenset(ids) for nodeid, ids in json.loads(IDS_FILE.read_text()).items()}


def pytest_cmd(targets: list[str], junit: Path, extra: list[str]) -> list[str]:
    base = [sys.executable, "-m", "pytest", *targets, "-p", "no:randomly", "-p", "no:cacheprovider", "-q"]
    return [*base, "--junitxml", str(junit), *extra]


def nodeid(classname: str, name: str) -> str:
    """JUnit's dotted classname back to a node id (module path, then classes if any)."""
    parts = classname.split(".")
    for cut in range(len(parts), 0, -1):
        module = "/".join(parts[:cut]) + ".py"
        if (ROOT / module).exists():
            return "::".join([module, *parts[cut:], name])
    return f"{'/'.join(parts)}.py::{name}"


def cases(junit: Path, ids: dict[str, frozenset[str]] | None = None) -> list[Case]:
    if not junit.exists():
        return []
    ids = ids or {}
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


def failed_tests(junit: Path) -> list[str]:
    return [c.nodeid for c in cases(junit) if c.outcome == "failed"]


def plan(rules: list[str], clean: list[Case]) -> list[str]:
    """The clean run's passing tests that name one of `rules`, the likeliest killers first."""
    wanted = set(rules)
    chosen = [c for c in clean if c.outcome == "passed" and c.ids & wanted]
    chosen.sort(key=lambda c: (not c.ids <= wanted, len(c.ids), c.seconds))
    return [c.nodeid for c in chosen]


def run(cmd: list[str], name: str) -> tuple[int, str, float]:
    env = {**os.environ, "E2E_TESTENV_DIR": str(WORKDIR / "env" / name), "NO_COLOR": "1"}
    started = time.monotonic()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
        code, output = proc.returncode, proc.stdout + proc.stderr
    except subprocess.TimeoutExpired as exc:
        code, output = -1, f"timed out after {RUN_TIMEOUT_S} s\n{exc.stdout or ''}"
    (WORKDIR / f"{name}.log").write_text(" ".join(shlex.quote(c) for c in cmd) + "\n\n" + output)
    return code, output, time.monotonic() - started


CLEAN_JUNIT = WORKDIR / "clean.xml"


def clean_run(paths: list[str], rules: set[str], workers: int) -> tuple[list[str], float, int]:
    extra = ["--req-ids", ",".join(sorted(rules)), "-n", str(workers)]
    code, output, seconds = run(pytest_cmd(paths, CLEAN_JUNIT, extra), "clean")
    failures = failed_tests(CLEAN_JUNIT)
    if code not in (PASSED, NO_TESTS) and not failures:
        failures = [f"(pytest exited {code}: {output.strip().splitlines()[-1] if output.strip() else 'no output'})"]
    return failures, seconds, code


def defect_run(name: str, spec: dict, clean: list[Case], all_killers: bool) -> Outcome:
    outcome = Outcome(rules=list(spec["rules"]), description=spec["description"])
    tests = plan(outcome.rules, clean)
    if not tests:
        outcome.status, outcome.survived = "no tests", True
        outcome.detail = "no passing test of the clean run names any of its rules"
        return outcome
    junit = WORKDIR / f"{name}.xml"
    extra = ["-n", "0", "--testenv-args", f"--defect {name}"]
    if not all_killers:
        extra.append("-x")
    code, output, outcome.seconds = run(pytest_cmd(tests, junit, extra), name)
    outcome.killed_by = failed_tests(junit)
    if code == FAILED and outcome.killed_by:
        outcome.status = "killed"
    elif code == PASSED:
        outcome.status, outcome.survived = "survived", True
        outcome.detail = f"{len(tests)} test(s) passed"
    else:
        outcome.status, outcome.survived = "error", True
        tail = output.strip().splitlines()[-3:]
        outcome.detail = f"pytest exited {code}: " + " | ".join(tail)
    return outcome


def table(results: dict[str, Outcome]) -> str:
    lines = ["| defect | rules | status | killed by | s |", "|---|---|---|---|---|"]
    for name, o in sorted(results.items()):
        killer = o.killed_by[0] if o.killed_by else o.detail
        more = f" (+{len(o.killed_by) - 1})" if len(o.killed_by) > 1 else ""
        lines.append(f"| {name} | {', '.join(o.rules)} | {o.status} | {killer}{more} | {o.seconds:.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--parallel", type=int, default=2, help="defect runs side by side (default 2, one per core)")
    p.add_argument("--clean-workers", type=int, default=2, help="xdist workers for the clean run (default 2)")
    p.add_argument("--only", default="", help="comma-separated defect names (default: all)")
    p.add_argument("--all-killers", action="store_true", help="run every selected test, not just to the first kill")
    p.add_argument("--skip-clean", action="store_true", help="reuse the last clean run (reports/mutation/clean.xml)")
    p.add_argument("paths", nargs="*", default=["tests/e2e"], help="test paths (default tests/e2e)")
    args = p.parse_args(argv)

    WORKDIR.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    defects = registry()
    if args.only:
        wanted = {n.strip() for n in args.only.split(",") if n.strip()}
        unknown = wanted - set(defects)
        if unknown:
            p.error(f"unknown defects: {sorted(unknown)}")
        defects = {n: s for n, s in defects.items() if n in wanted}
    catalogue = load_catalogue().requirements
    bad_rules = {n: r for n, s in defects.items() for r in s["rules"] if r not in catalogue}
    if bad_rules:
        print(f"defects name ids that are not catalogued: {bad_rules}", file=sys.stderr)
        return 2
    rules = {r for s in defects.values() for r in s["rules"]}
    print(f"{len(defects)} defects over {len(rules)} requirement ids", flush=True)

    print("collecting the tests and their requirement ids ...", flush=True)
    ids = collect_ids(args.paths)
    clean: dict = {"skipped": True}
    if not args.skip_clean:
        print("clean run (no defect) of the same selection ...", flush=True)
        false_alarms, seconds, code = clean_run(args.paths, rules, args.clean_workers)
        clean = {"false_alarms": false_alarms, "seconds": round(seconds, 1), "exit_code": code}
        print(f"clean run: {len(false_alarms)} false alarm(s) in {seconds:.0f} s", flush=True)
        if false_alarms:
            _write({}, clean, time.monotonic() - started)
            print("false alarms (tests failing without any defect):\n  " + "\n  ".join(false_alarms), file=sys.stderr)
            print(f"logs: {WORKDIR.relative_to(ROOT)}/clean.log", file=sys.stderr)
            return 1

    clean_cases = cases(CLEAN_JUNIT, ids)
    results: dict[str, Outcome] = {}
    # Longest candidate lists first, so the slow ones do not end up alone at the end.
    order = sorted(defects, key=lambda n: -len(plan(defects[n]["rules"], clean_cases)))
    with ThreadPoolExecutor(max_workers=max(1, args.parallel)) as pool:
        futures = {pool.submit(defect_run, n, defects[n], clean_cases, args.all_killers): n for n in order}
        for done, future in enumerate(as_completed(futures), 1):
            name = futures[future]
            results[name] = o = future.result()
            killer = o.killed_by[0] if o.killed_by else o.detail
            print(f"[{done}/{len(futures)}] {name}: {o.status} in {o.seconds:.0f} s {killer}", flush=True)

    _write(results, clean, time.monotonic() - started)
    print(table(results))
    survivors = sorted(n for n, o in results.items() if o.survived)
    print(
        f"\n{len(results) - len(survivors)}/{len(results)} defects killed, "
        f"{len(clean.get('false_alarms', []))} false alarms, {time.monotonic() - started:.0f} s; "
        "reports/mutation.json, reports/mutation.md"
    )
    if survivors:
        print("SURVIVED (the suite does not notice these regressions): " + ", ".join(survivors), file=sys.stderr)
        return 1
    return 0


def _write(results: dict[str, Outcome], clean: dict, seconds: float) -> None:
    REPORTS.mkdir(exist_ok=True)
    data = {name: asdict(o) for name, o in sorted(results.items())}
    (REPORTS / "mutation.json").write_text(json.dumps(data, indent=2) + "\n")
    (REPORTS / "mutation-clean.json").write_text(json.dumps(clean, indent=2) + "\n")
    killed = sum(not o.survived for o in results.values())
    summary = (
        f"# Mutation run\n\n{killed}/{len(results)} defects killed; clean run: "
        f"{json.dumps(clean)}; {seconds:.0f} s in all.\n\n{table(results)}\n"
    )
    (REPORTS / "mutation.md").write_text(summary)


if __name__ == "__main__":
    sys.exit(main())
