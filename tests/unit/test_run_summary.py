"""The end-of-run summary: how many tests ran, ran black-box, and were skipped with which reasons."""

from __future__ import annotations

import pytest

from fixtures.run_summary import RunSummary


def report(when: str, outcome: str, *marks: str, reason: str = "", used: list | None = None) -> pytest.TestReport:
    longrepr = ("x.py", 1, f"Skipped: {reason}") if outcome == "skipped" else None
    keywords = {"test_x": 1, **dict.fromkeys(marks, 1)}
    return pytest.TestReport(
        "x.py::test_x", ("x.py", 1, "test_x"), keywords, outcome, longrepr, when, user_properties=used or []
    )


def test_counts_what_ran_black_box_and_through_the_control_api() -> None:
    summary = RunSummary()
    for r in [
        report("setup", "passed"),
        report("call", "passed"),
        report("teardown", "passed"),
        report("call", "failed", "control_api"),
        report("call", "passed", "control_api"),
    ]:
        summary.add(r)
    assert (summary.ran, summary.black_box, summary.failed) == (3, 1, 1)
    assert summary.headline().startswith("3 test(s) ran (1 black-box, 2 through the control API), 1 failed")


def test_skips_are_counted_by_reason() -> None:
    summary = RunSummary()
    for reason in ["no control API", "no control API", "--langs nn: this module runs in en, nb only"]:
        summary.add(report("setup", "skipped", reason=reason))
    assert summary.skipped == 3 and summary.ran == 0
    assert "  skipped 2: no control API" in summary.lines()


def test_a_setup_error_is_not_a_test_that_ran() -> None:
    summary = RunSummary()
    summary.add(report("setup", "failed"))
    assert (summary.ran, summary.errors) == (0, 1)


def test_an_unmarked_test_that_used_the_control_api_is_not_black_box() -> None:
    """A precondition that takes the control API where there is one (idporten_login): the test carries no
    mark, but ran through the API; from an xdist worker the property comes back as a list."""
    summary = RunSummary()
    summary.add(report("call", "passed", used=[("control_api", "used")]))
    summary.add(report("call", "passed", used=[["control_api", "used"]]))
    summary.add(report("call", "passed", used=[("other", "x")]))
    assert (summary.ran, summary.black_box) == (3, 1)
