"""Norwegian identity numbers as the register checks them (domain-facts §4).

11 digits DDMMYY III K1 K2. A D-number adds 4 to the first digit (day + 40); a synthetic number
(Skatteetaten's test population, TestID) adds 8 to the third (month + 80), for both kinds. Both
control digits are mod 11; a control digit that comes out as 10 makes the number invalid.

This is the test environment's own implementation; the suite has its own (fixtures/data/identity.py)
on purpose, so that the two can disagree and a test can notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
D_NUMBER_DAY_OFFSET = 40
SYNTHETIC_MONTH_OFFSET = 80


class InvalidIdentityNumber(ValueError):
    """`reason` is one of: required, not_digits, length, synthetic, date, control."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class IdentityNumber:
    value: str
    birth_date: date
    d_number: bool
    synthetic: bool


def control_digit(digits: str, weights: tuple[int, ...]) -> int | None:
    """11 − (weighted sum mod 11); 11 means 0 and 10 means no valid digit exists (None)."""
    k = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    if k == 11:
        return 0
    return None if k == 10 else k


def control_digits_ok(value: str) -> bool:
    k1 = control_digit(value[:9], K1_WEIGHTS)
    if k1 is None or k1 != int(value[9]):
        return False
    k2 = control_digit(value[:10], K2_WEIGHTS)
    return k2 is not None and k2 == int(value[10])


def century(two_digit_year: int, individual: int) -> int | None:
    """The century from the individual number (Forskrift om folkeregistrering §2-2); None if impossible."""
    if individual <= 499:
        return 1900
    if individual <= 749 and two_digit_year >= 54:
        return 1800
    if individual >= 500 and two_digit_year <= 39:
        return 2000
    if individual >= 900 and two_digit_year >= 40:
        return 1900
    return None


def birth_date_of(value: str) -> tuple[date, bool, bool] | None:
    """(birth date, is D-number, is synthetic), or None when the date part is impossible."""
    day, month, year, individual = int(value[0:2]), int(value[2:4]), int(value[4:6]), int(value[6:9])
    d_number = day > D_NUMBER_DAY_OFFSET
    synthetic = month > SYNTHETIC_MONTH_OFFSET
    if d_number:
        day -= D_NUMBER_DAY_OFFSET
    if synthetic:
        month -= SYNTHETIC_MONTH_OFFSET
    base = century(year, individual)
    if base is None:
        return None
    try:
        return date(base + year, month, day), d_number, synthetic
    except ValueError:
        return None


def parse(raw: str, *, accept_synthetic: bool = True, check_control: bool = True) -> IdentityNumber:
    """The number, or InvalidIdentityNumber with the first reason it fails (spaces are ignored)."""
    value = "".join(raw.split())
    if not value:
        raise InvalidIdentityNumber("required")
    if not (value.isascii() and value.isdigit()):
        raise InvalidIdentityNumber("not_digits")
    if len(value) != 11:
        raise InvalidIdentityNumber("length")
    parsed = birth_date_of(value)
    if parsed is None:
        raise InvalidIdentityNumber("date")
    born, d_number, synthetic = parsed
    if synthetic and not accept_synthetic:
        raise InvalidIdentityNumber("synthetic")
    if check_control and not control_digits_ok(value):
        raise InvalidIdentityNumber("control")
    return IdentityNumber(value, born, d_number, synthetic)


def with_control_digits(first_nine: str) -> str | None:
    """The full number for nine digits, or None when no valid control digit exists."""
    k1 = control_digit(first_nine, K1_WEIGHTS)
    if k1 is None:
        return None
    k2 = control_digit(first_nine + str(k1), K2_WEIGHTS)
    return None if k2 is None else f"{first_nine}{k1}{k2}"
