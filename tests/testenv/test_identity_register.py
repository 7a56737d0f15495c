"""The test environment's own identity-number code (testenv/services/register/identity.py), against the
official vectors of domain-facts §4 and by properties. It shares no code with the suite's oracle."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testenv.services.register.identity import (
    InvalidIdentityNumber,
    birth_date_of,
    control_digits_ok,
    parse,
    with_control_digits,
)

SYNTHETIC_TABLE = [
    (date(2020, 11, 17), "17912099997", "57912075186"),
    (date(2020, 2, 29), "29822099635", "69822075096"),
    (date(2003, 4, 5), "05840399895", "45840375084"),
    (date(1994, 2, 12), "12829499914", "52829400197"),
    (date(1952, 10, 12), "12905299938", "52905200100"),
    (date(1936, 8, 21), "21883649874", "61883600222"),
    (date(1897, 12, 21), "21929774873", "61929750062"),
]
# Individual numbers by birth year (Forskrift om folkeregistrering §2-2), written out again here.
RANGES = [((1854, 1899), (500, 749)), ((1900, 1999), (0, 499)), ((1940, 1999), (900, 999)), ((2000, 2039), (500, 999))]


def reason(raw: str, **kwargs) -> str | None:
    try:
        parse(raw, **kwargs)
    except InvalidIdentityNumber as exc:
        return exc.reason
    return None


@pytest.mark.parametrize(("born", "fnr", "dnr"), SYNTHETIC_TABLE)
def test_the_synthetic_table(born: date, fnr: str, dnr: str) -> None:
    f, d = parse(fnr), parse(dnr)
    assert (f.birth_date, f.synthetic, f.d_number) == (born, True, False)
    assert (d.birth_date, d.synthetic, d.d_number) == (born, True, True)
    assert reason(fnr, accept_synthetic=False) == reason(dnr, accept_synthetic=False) == "synthetic"


def test_the_worked_example_and_digdirs_testid_number() -> None:
    assert with_control_digits("311299567") == "31129956715"
    assert parse("31129956715").birth_date == date(1899, 12, 31)
    testid = parse("47906701517")
    assert (testid.birth_date, testid.d_number, testid.synthetic) == (date(1967, 10, 7), True, True)


@pytest.mark.parametrize("pid", ["01039012345", "01017512345"])
def test_localtest_fakes_fail_mod_11(pid: str) -> None:
    assert reason(pid) == "control"


@pytest.mark.parametrize("pid", ["01899699552", "17858296439"])
def test_localtest_synthetic_people_are_valid(pid: str) -> None:
    assert parse(pid).synthetic


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", "required"),
        ("  ", "required"),
        ("3112995671", "length"),
        ("3112995671x", "not_digits"),
        ("３１１２９９５６７１５", "not_digits"),  # full-width digits are not ASCII digits
        ("31029956715", "date"),
        ("00129956715", "date"),
        ("31529956715", "date"),  # H-number month (+40) is not accepted
        ("31129956716", "control"),
    ],
)
def test_each_refusal_has_its_reason(raw: str, expected: str) -> None:
    assert reason(raw) == expected


def test_spaces_are_ignored() -> None:
    assert parse(" 311299 56715 ").value == "31129956715"


@st.composite
def numbers(draw) -> tuple[str, date, bool, bool]:
    born = draw(st.dates(min_value=date(1854, 1, 1), max_value=date(2039, 12, 31)))
    dnr, synthetic = draw(st.booleans()), draw(st.booleans())
    low, high = draw(st.sampled_from([r for (lo, hi), r in RANGES if lo <= born.year <= hi]))
    individual = draw(st.integers(low, high))
    head = f"{born.day + 40 * dnr:02d}{born.month + 80 * synthetic:02d}{born.year % 100:02d}{individual:03d}"
    return head, born, dnr, synthetic


@settings(max_examples=1500, deadline=None)
@given(numbers())
def test_numbers_with_recomputed_control_digits_parse_back(case) -> None:
    head, born, dnr, synthetic = case
    full = with_control_digits(head)
    if full is None:  # a control digit would be 10: no such number exists
        return
    parsed = parse(full)
    assert (parsed.birth_date, parsed.d_number, parsed.synthetic) == (born, dnr, synthetic)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_any_eleven_digits_parse_exactly_when_date_and_control_digits_hold(pid: str) -> None:
    assert (reason(pid) is None) == (birth_date_of(pid) is not None and control_digits_ok(pid))


@settings(max_examples=1000, deadline=None)
@given(numbers(), st.integers(0, 10), st.integers(1, 9))
def test_one_wrong_digit_is_always_caught(case, position: int, delta: int) -> None:
    full = with_control_digits(case[0])
    if full is None:
        return
    changed = full[:position] + str((int(full[position]) + delta) % 10) + full[position + 1 :]
    assert not control_digits_ok(changed)


def test_ten_thousand_random_numbers_agree_with_a_plain_reading_of_the_rules() -> None:
    """Beyond hypothesis' examples: 10,000 random 11-digit strings, about 1 in 11 of them fixed up valid."""
    rng = random.Random(2032)
    valid = 0
    for _ in range(10_000):
        digits = f"{rng.randrange(10**11):011d}"
        if rng.random() < 0.5:
            digits = with_control_digits(digits[:9]) or digits
        expected = birth_date_of(digits) is not None and control_digits_ok(digits)
        assert (reason(digits) is None) == expected
        valid += expected
    assert valid > 100
