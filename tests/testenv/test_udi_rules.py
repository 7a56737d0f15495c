"""UDI's password rules (guide 001) as the test environment implements them, and their defects."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from testenv.services.udi import rules


def request_with(*defects: str):
    """Just enough of a request for `defect_on`: the environment's active defects."""
    return SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(env=SimpleNamespace(active_defects=set(defects)))))


@pytest.mark.parametrize("password", ["Abcdefg1", "ABCDEFGHIJKLMNOPQRSTUVWXYZa0", "zZ9zzzzz"])
def test_compliant_passwords_break_no_rule(password: str) -> None:
    assert rules.password_problems(request_with(), password) == []


@pytest.mark.parametrize(
    ("password", "rule"),
    [
        ("Abcdef1", "min_length"),
        ("abcdefg1", "uppercase"),
        ("ABCDEFG1", "lowercase"),
        ("Abcdefgh", "digit"),
        ("Abcdef1@", "special"),
        ("Abcdef1%", "special"),
        ("Abcdef1&", "special"),
        ("Abcd ef1", "special"),
        ("Abcdef1😀", "special"),
        ("Abcdef1٣", "special"),  # a digit, but not one of 0-9
        ("Abcdef1æ", "latin_only"),
        ("Abcdef1Ø", "latin_only"),
        ("Abcdef1å", "latin_only"),
        ("Abcdef1ж", "latin_only"),
        ("Abcdef1λ", "latin_only"),
    ],
)
def test_each_rule_broken_alone_is_the_only_problem(password: str, rule: str) -> None:
    assert rules.password_problems(request_with(), password) == [rule]


def test_a_combining_ring_is_not_a_letter_a_to_z() -> None:
    assert rules.password_problems(request_with(), "Abcdefa\u030a1") == ["special"]


@pytest.mark.parametrize(
    ("defect", "password"),
    [
        ("udi.password_min_7", "Abcdef1"),
        ("udi.uppercase_unchecked", "abcdefg1"),
        ("udi.lowercase_unchecked", "ABCDEFG1"),
        ("udi.digit_unchecked", "Abcdefgh"),
        ("udi.special_chars_accepted", "Abcdef1@"),
        ("udi.non_latin_accepted", "Abcdef1ø"),
    ],
)
def test_each_password_defect_lets_its_rule_slip(defect: str, password: str) -> None:
    assert rules.password_problems(request_with(), password) != []
    assert rules.password_problems(request_with(defect), password) == []


@pytest.mark.parametrize(("password", "refused"), [("Abcdefg1", False), ("Abc@efg1", True), ("Abcdefø1", True)])
def test_the_log_in_refuses_characters_it_does_not_accept(password: str, refused: bool) -> None:
    assert rules.login_refuses(request_with(), password) is refused
    assert rules.login_refuses(request_with("udi.login_accepts_special"), password) is False
