"""--langs: an unknown or empty value is a usage error, never an empty parametrization and a silent skip."""

from __future__ import annotations

import pytest

from fixtures.languages import parse_langs


def test_known_languages_in_order_without_repeats() -> None:
    assert parse_langs(" nb,en,nb ") == ("nb", "en")


@pytest.mark.parametrize("value", ["xx", "en,no", "EN", "", " , "])
def test_an_unknown_or_empty_value_is_a_usage_error(value: str) -> None:
    with pytest.raises(pytest.UsageError):
        parse_langs(value)
