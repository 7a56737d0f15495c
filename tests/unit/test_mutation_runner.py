"""The mutation runner's shard plugin (scripts/mutation.py) judges failures honestly.

One pytest process runs a plan over small fake tests, as a shard does: a fake control API switches the
"defects" (a set the tests read), a fake register refuses an identity number twice (as the real one
answers 409), and the tests draw their people from the suite's own `fake` fixture. No browser, no test
environment: the plugin's judgement is what is under test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESULT_MARK = "MUTATION-RESULT "

CONFTEST = """
import pytest

from fixtures.control import ControlApiError
from fixtures.reporting import SERVER_ERRORS_KEY

ACTIVE: set[str] = set()  # the "product's" defects switched on
REGISTER: set[str] = set()  # identity numbers seeded so far (the real register refuses one twice)


class _Answer:
    def raise_for_status(self) -> None:
        pass


class FakeControlHttp:
    def put(self, path: str, json: dict) -> _Answer:
        assert path == "/__testenv__/defects"
        ACTIVE.clear()
        ACTIVE.update(json["active"])
        return _Answer()


@pytest.fixture(scope="session")
def _control_http() -> FakeControlHttp:
    return FakeControlHttp()


@pytest.fixture
def person(fake) -> str:
    pid = fake.fnr()
    if pid in REGISTER:
        raise ControlApiError(f"identity number {pid} is already in the register (generate another)")
    REGISTER.add(pid)
    return pid


@pytest.fixture
def precondition() -> None:
    if "breaks_setup" in ACTIVE:
        raise ControlApiError("control API PUT /scopes/x answered 500: boom")


@pytest.fixture
def browsed(request: pytest.FixtureRequest) -> None:
    # What fixtures/reporting.py notes when the target answers 5xx while a browser test runs.
    request.node.stash[SERVER_ERRORS_KEY] = ["GET http://127.0.0.1:1/en/ -> 500"] if "answers_500" in ACTIVE else []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "req(*ids): requirement ids")
"""

TESTS = """
import pytest

from conftest import ACTIVE


@pytest.mark.req("R-A")
def test_rule_a(person):
    assert "breaks_a" not in ACTIVE, "rule A is broken"


@pytest.mark.req("R-A", "R-B")
def test_rules_a_and_b(person):
    assert not ACTIVE & {"breaks_a", "breaks_b"}, "rule A or B is broken"


@pytest.mark.req("R-S")
def test_needing_a_precondition(precondition, person):
    assert "breaks_s" not in ACTIVE


@pytest.mark.req("R-T")
def test_that_times_out(person):
    if "times_out" in ACTIVE:
        raise TimeoutError("Locator.click: Timeout 15000ms exceeded.")


@pytest.mark.req("R-5")
def test_after_a_server_error(browsed, person):
    assert "answers_500" not in ACTIVE, "the page shows no error message"
"""

A_TESTS = ["test_fake.py::test_rule_a", "test_fake.py::test_rules_a_and_b"]
B_TESTS = ["test_fake.py::test_rules_a_and_b"]
PLAN = [
    # A real defect, then do-nothing ones sharing its tests (and re-running them) in the same process.
    ("breaks_a", A_TESTS),
    ("noop_a", A_TESTS),
    ("breaks_b", B_TESTS),
    ("noop_b", B_TESTS),
    ("noop_a_again", A_TESTS),
    ("breaks_setup", ["test_fake.py::test_needing_a_precondition"]),
    ("times_out", ["test_fake.py::test_that_times_out"]),
    ("answers_500", ["test_fake.py::test_after_a_server_error"]),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("shard")
    (folder / "conftest.py").write_text(textwrap.dedent(CONFTEST))
    (folder / "test_fake.py").write_text(textwrap.dedent(TESTS))
    plan = folder / "plan.json"
    steps = [{"defect": name, "tests": tests, "estimate": 0} for name, tests in PLAN]
    plan.write_text(json.dumps({"all_killers": False, "switch": True, "steps": steps}))
    tests = list(dict.fromkeys(t for _, ts in PLAN for t in ts))
    env = {
        **os.environ,
        "MUTATION_PLAN": str(plan),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "scripts"), str(ROOT), str(folder)]),
        "NO_COLOR": "1",
    }
    cmd = [sys.executable, "-m", "pytest", *tests, "-p", "mutation", "-p", "fixtures.data"]
    cmd += ["-p", "no:randomly", "-p", "no:cacheprovider", "-p", "no:xdist", "-q"]
    proc = subprocess.run(cmd, cwd=folder, env=env, capture_output=True, text=True, timeout=120)
    found = {}
    for line in proc.stdout.splitlines():
        if RESULT_MARK in line:
            got = json.loads(line.split(RESULT_MARK, 1)[1])
            found[got["defect"]] = got
    assert set(found) == {name for name, _ in PLAN}, proc.stdout[-3000:] + proc.stderr[-3000:]
    return found


def test_a_defect_is_killed_by_an_assertion_in_the_call_phase_with_its_message(results: dict[str, dict]) -> None:
    got = results["breaks_a"]
    assert got["status"] == "killed" and got["errors"] == []
    assert got["killed_by"] == [
        {"test": A_TESTS[0], "phase": "call", "type": "builtins.AssertionError", "message": "rule A is broken"}
    ]
    assert results["breaks_b"]["status"] == "killed"
    assert results["breaks_b"]["killed_by"][0]["test"] == B_TESTS[0]


def test_a_defect_that_does_nothing_survives_though_it_shares_its_tests_in_one_shard(
    results: dict[str, dict],
) -> None:
    """Each re-run of a test draws new people (fixtures/data: execution number), so the register never
    refuses a second run's data and no setup failure passes for a kill."""
    for name in ("noop_a", "noop_b", "noop_a_again"):
        got = results[name]
        assert (got["status"], got["killed_by"], got["errors"]) == ("survived", [], []), got
    assert results["noop_a"]["tests_run"] == len(A_TESTS)


def test_a_setup_error_is_an_error_of_the_defect_not_a_kill(results: dict[str, dict]) -> None:
    got = results["breaks_setup"]
    assert got["status"] == "error" and got["killed_by"] == []
    [error] = got["errors"]
    assert error["phase"] == "setup" and error["type"] == "fixtures.control.core.ControlApiError"
    assert error["message"].startswith("control API PUT /scopes/x answered 500")


def test_a_timeout_and_a_failure_after_a_5xx_are_errors_not_kills(results: dict[str, dict]) -> None:
    timeout, server = results["times_out"], results["answers_500"]
    assert (timeout["status"], timeout["killed_by"]) == ("error", [])
    assert timeout["errors"][0]["phase"] == "call" and "TimeoutError" in timeout["errors"][0]["type"]
    assert (server["status"], server["killed_by"]) == ("error", [])
    [error] = server["errors"]
    assert "5xx" in error["reason"] and error["message"] == "the page shows no error message"


def test_a_control_api_error_is_no_assertion() -> None:
    from fixtures.control import ControlApiError, NothingSent

    assert not issubclass(ControlApiError, AssertionError)
    assert issubclass(NothingSent, AssertionError)  # "no SMS was sent" is a check of the product
