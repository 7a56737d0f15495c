"""Altinn's field rules (testenv/services/altinn/rules.py), and that each defect weakens exactly its rule."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from testenv.services.altinn import rules


def request_with(*defects: str) -> SimpleNamespace:
    """Just enough of a request for `defect_on`: the environment's active defects."""
    return SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(env=SimpleNamespace(active_defects=set(defects)))))


CLEAN = request_with()


@pytest.mark.parametrize(
    "password, keys",
    [
        ("abcdefg1", []),
        ("a1" * 25, []),
        ("", ["altinn.err.password.required"]),
        ("abcdef1", ["altinn.err.password.too_short"]),
        ("a1" * 25 + "b", ["altinn.err.password.too_long"]),
        ("12345678", ["altinn.err.password.no_letter"]),
        ("abcdefgh", ["altinn.err.password.no_digit"]),
        ("abc", ["altinn.err.password.too_short", "altinn.err.password.no_digit"]),
        ("жжжжжжж1", ["altinn.err.password.chars", "altinn.err.password.no_letter"]),
    ],
)
def test_each_broken_password_rule_has_its_message(password: str, keys: list[str]) -> None:
    assert rules.password_errors(CLEAN, password) == keys


@pytest.mark.parametrize("char", ["?", "@", "#", "&", " ", "æ", "Ø", "å", "ж", "λ", "😀", "é", "ß", "\u030a"])
def test_every_character_outside_a_z_and_digits_is_refused(char: str) -> None:
    assert rules.password_errors(CLEAN, f"abcd{char}1234") == ["altinn.err.password.chars"]


@pytest.mark.parametrize(
    "username, keys",
    [
        ("kari", []),
        ("Kari.Nordmann-2@example.no", []),
        ("", ["altinn.err.username.required"]),
        ("ab", ["altinn.err.username.length"]),
        ("a" * 65, ["altinn.err.username.length"]),
        ("31129956715", ["altinn.err.username.identity_number"]),
        ("1234567890", []),  # ten digits is not an identity number
        ("kari nordmann", ["altinn.err.username.chars"]),
        ("kari<script>", ["altinn.err.username.chars"]),
    ],
)
def test_username_rules(username: str, keys: list[str]) -> None:
    assert rules.username_errors(CLEAN, username) == keys


@pytest.mark.parametrize("email", ["kari@example.no", "kari.nordmann+altinn@sub.example.com", "ola@blåbær.no"])
def test_valid_email_addresses(email: str) -> None:
    assert rules.email_errors(CLEAN, email) == []


@pytest.mark.parametrize(
    "email", ["kari.example.no", "kari@example", "kari x@example.no", "kari@@example.no", "@example.no", "kari@.no"]
)
def test_invalid_email_addresses(email: str) -> None:
    assert rules.email_errors(CLEAN, email) == ["altinn.err.email.invalid"]


def test_an_empty_email_is_required() -> None:
    assert rules.email_errors(CLEAN, "") == ["altinn.err.email.required"]


@pytest.mark.parametrize(
    "password, confirm, keys",
    [
        ("abcdefg1", "abcdefg1", []),
        ("abcdefg1", "", ["altinn.err.confirm.required"]),
        ("abcdefg1", "abcdefg2", ["altinn.err.confirm.mismatch"]),
        ("abcdefg1", "ABCDEFG1", ["altinn.err.confirm.mismatch"]),
    ],
)
def test_the_confirmation_must_equal_the_password(password: str, confirm: str, keys: list[str]) -> None:
    assert rules.confirm_errors(CLEAN, password, confirm) == keys


# Each defect in rules.py, a value it lets through, and a neighbouring value it must still refuse.
DEFECT_CASES = {
    "altinn.password_accepts_at": (lambda r, v: rules.password_errors(r, v), "abcd@123", "abcd#123"),
    "altinn.password_accepts_space": (lambda r, v: rules.password_errors(r, v), "abcd 123", "abcd@123"),
    "altinn.password_accepts_norwegian": (lambda r, v: rules.password_errors(r, v), "abcdå123", "abcdж123"),
    "altinn.password_accepts_unicode_letters": (lambda r, v: rules.password_errors(r, v), "abcdж123", "abcd@123"),
    "altinn.password_min_7": (lambda r, v: rules.password_errors(r, v), "abcde12", "abcde1"),
    "altinn.password_max_unchecked": (lambda r, v: rules.password_errors(r, v), "a1" * 30, "a1@"),
    "altinn.password_letter_unchecked": (lambda r, v: rules.password_errors(r, v), "12345678", "abcdefgh"),
    "altinn.password_digit_unchecked": (lambda r, v: rules.password_errors(r, v), "abcdefgh", "12345678"),
    "altinn.username_pid_accepted": (lambda r, v: rules.username_errors(r, v), "31129956715", "ab"),
    "altinn.email_optional": (lambda r, v: rules.email_errors(r, v), "", "kari.example.no"),
    "altinn.email_only_at": (lambda r, v: rules.email_errors(r, v), "kari@example", "kari.example.no"),
    "altinn.confirm_case_insensitive": (lambda r, v: rules.confirm_errors(r, "abcdefg1", v), "ABCDEFG1", "abcdefg2"),
    "altinn.confirm_unchecked": (lambda r, v: rules.confirm_errors(r, "abcdefg1", v), "abcdefg2", ""),
}


@pytest.mark.parametrize("defect", DEFECT_CASES)
def test_a_defect_weakens_its_rule_and_nothing_else(defect: str) -> None:
    check, slips_through, still_refused = DEFECT_CASES[defect]
    assert check(CLEAN, slips_through), f"{slips_through!r} must be refused without the defect"
    assert not check(request_with(defect), slips_through), f"{defect} must let {slips_through!r} through"
    assert check(request_with(defect), still_refused), f"{defect} must still refuse {still_refused!r}"
