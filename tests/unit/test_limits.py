"""The suite's limits oracle: documented defaults, target settings that override them, and the embedded
environment's start options that follow them."""

from __future__ import annotations

import pytest

from fixtures.data.limits import DEFAULT, LimitsError, embedded_start_options, refuse_testenv_overrides, resolve


def test_the_defaults_are_the_documented_limits() -> None:
    assert (DEFAULT.lockout_threshold, DEFAULT.lockout_minutes, DEFAULT.letter_validity_days) == (3, 60, 60)


def test_a_target_setting_overrides_the_default_and_the_command_line_overrides_the_target() -> None:
    limits = resolve({"lockout_threshold": 10, "letter_validity_days": 30}, {"lockout_threshold": 5})
    assert (limits.lockout_threshold, limits.letter_validity_days, limits.lockout_minutes) == (5, 30, 60)


def test_an_unset_option_keeps_the_target_setting() -> None:
    assert resolve({"lockout_threshold": 10}, {"lockout_threshold": None}).lockout_threshold == 10


@pytest.mark.parametrize("layer", [{"lockout_treshold": 3}, {"lockout_threshold": 0}, {"lockout_threshold": "3"}])
def test_an_unknown_or_impossible_limit_is_refused(layer: dict) -> None:
    with pytest.raises(LimitsError):
        resolve(layer)


def test_the_embedded_environment_is_started_with_the_suites_limits() -> None:
    args = embedded_start_options(resolve({"lockout_threshold": 10}))
    assert args == ["--lockout-threshold", "10", "--letter-validity-days", "60"]


@pytest.mark.parametrize("extra", [["--lockout-threshold", "10"], ["--letter-validity-days=30"]])
def test_a_limit_given_only_to_the_environment_is_a_usage_error(extra: list[str]) -> None:
    with pytest.raises(LimitsError, match="tell the suite"):
        refuse_testenv_overrides(["--latency", "0-10", *extra])


def test_other_start_options_pass() -> None:
    refuse_testenv_overrides(["--defect", "altinn.lockout_never", "--latency", "0-1000"])
