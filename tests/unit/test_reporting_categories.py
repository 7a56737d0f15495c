"""The Allure categories sort typical failures as intended (first match wins, as in Allure 2 and 3).

Allure 2 matches a whole message Java-style, Allure 3 searches with JavaScript: the patterns avoid inline
flags such as `(?s)`, which JavaScript rejects, so `re.fullmatch` here stands for both.
"""

from __future__ import annotations

import re

import pytest

from fixtures.reporting import CATEGORIES, SERVER_ERROR_NOTE


def category(status: str, message: str, trace: str = "") -> str:
    for rule in CATEGORIES:
        if status not in rule["matchedStatuses"]:
            continue
        if "messageRegex" in rule and not re.fullmatch(rule["messageRegex"], message):
            continue
        if "traceRegex" in rule and not re.fullmatch(rule["traceRegex"], trace):
            continue
        return rule["name"]
    return "none"


@pytest.mark.parametrize(
    ("status", "message", "trace", "expected"),
    [
        (
            "failed",
            'AssertionError: Locator expected to have accessible description "At least 8"\nActual value: ""',
            "",
            "Product defects",
        ),
        (
            "failed",
            "fixtures.a11y.AccessibilityViolation: accessibility violations (axe-core, WCAG 2.1 A/AA) on CreateUser"
            " [en] at http://127.0.0.1:1/en/login/without-id/create:\n- label (critical): Form elements must have",
            "",
            "Accessibility violations",
        ),
        (
            "broken",
            "playwright._impl._errors.TimeoutError: Locator.click: Timeout 15000ms exceeded.\nCall log:\n  - waiting"
            ' for get_by_role("button", name="Create user")',
            "",
            "Test defects: locators",
        ),
        (
            "broken",
            "playwright._impl._errors.Error: Locator.fill: Error: strict mode violation: get_by_label(...) resolved"
            " to 2 elements",
            "",
            "Test defects: locators",
        ),
        (
            "failed",
            "AssertionError: Locator expected to be visible\nActual value: None",
            f"{SERVER_ERROR_NOTE}:\n  GET http://127.0.0.1:1/en/ -> 500\n\npage = ...",
            "Environment problems: target answered 5xx",
        ),
        (
            "broken",
            "playwright._impl._errors.Error: Page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/en/",
            "",
            "Environment problems: target unreachable",
        ),
        (
            "broken",
            "fixtures.control.core.ControlApiError: identity number 01017012345 is already in the register",
            "",
            "Environment problems: control API",
        ),
        ("broken", "KeyError: 'create.username'", "", "Test defects (other errors in test code)"),
    ],
)
def test_failures_land_in_their_category(status: str, message: str, trace: str, expected: str) -> None:
    assert category(status, message, trace).startswith(expected)


def test_patterns_have_no_inline_flags_javascript_rejects() -> None:
    patterns = [rule[key] for rule in CATEGORIES for key in ("messageRegex", "traceRegex") if key in rule]
    assert patterns and not any("(?" in pattern for pattern in patterns)
