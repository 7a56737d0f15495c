"""Test data: one seed replays a run's values per test, and unique values never repeat."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from fixtures.data import faker_for, next_execution
from fixtures.data.policies import ALTINN, UDI

TEST_A = "tests/e2e/altinn/test_x.py::test_a[en-chromium]"
TEST_B = "tests/e2e/altinn/test_x.py::test_b[en-chromium]"
# Altinn's username rules in the test environment (3-64 of letters, digits, . _ - @): generated names fit.
USERNAME = re.compile(r"[a-z][a-z0-9]{2,63}")


def draws(fake) -> list[str]:
    """A sample of every kind of value the scenarios draw."""
    return [
        fake.name(),
        fake.ssn(),
        fake.password(ALTINN),
        fake.password_breaking(ALTINN, "chars"),
        fake.password(UDI),
        fake.unique_username(),
        fake.unique_email(),
    ]


def test_the_same_seed_and_test_give_the_same_values() -> None:
    assert draws(faker_for("seed1", "run1", TEST_A)) == draws(faker_for("seed1", "run1", TEST_A))


def test_other_tests_get_other_values() -> None:
    a, b = draws(faker_for("seed1", "run1", TEST_A)), draws(faker_for("seed1", "run1", TEST_B))
    assert all(x != y for x, y in zip(a, b, strict=True)), list(zip(a, b, strict=True))


def test_another_seed_gives_other_values() -> None:
    a, b = draws(faker_for("seed1", "run1", TEST_A)), draws(faker_for("seed2", "run1", TEST_A))
    assert all(x != y for x, y in zip(a, b, strict=True)), list(zip(a, b, strict=True))


def test_a_replay_in_a_new_run_keeps_the_values_but_not_the_unique_ones() -> None:
    """--seed replays a run's passwords and names; usernames stay unique against the old run's users."""
    first, replay = faker_for("seed1", "run1", TEST_A), faker_for("seed1", "run2", TEST_A)
    assert [first.name(), first.password(ALTINN)] == [replay.name(), replay.password(ALTINN)]
    assert first.unique_username() != replay.unique_username()


def test_unique_usernames_do_not_repeat_within_a_test() -> None:
    fake = faker_for("seed1", "run1", TEST_A)
    names = [fake.unique_username() for _ in range(20_000)]
    assert len(set(names)) == len(names)
    assert all(USERNAME.fullmatch(name) for name in names), [n for n in names if not USERNAME.fullmatch(n)][:5]


def test_unique_usernames_and_emails_do_not_repeat_across_tests() -> None:
    names, emails = [], []
    for i in range(100):
        fake = faker_for("seed1", "run1", f"{TEST_A}-{i}")
        names += [fake.unique_username() for _ in range(100)]
        emails += [fake.unique_email() for _ in range(100)]
    assert len(set(names)) == len(names)
    assert len({e.casefold() for e in emails}) == len(emails)


def test_a_unique_email_can_carry_the_username() -> None:
    fake = faker_for("seed1", "run1", TEST_A)
    username = fake.unique_username()
    email = fake.unique_email(username)
    assert email.startswith(f"{username}@")
    assert email.split("@")[1] in ("example.com", "example.no", "example.org")


def test_a_second_execution_of_a_test_gets_new_unique_values_and_the_same_seeded_ones() -> None:
    """A process running one test twice (scripts/mutation.py: once per defect) must not seed the same
    user or person again: the register answers 409. Names and passwords still replay from the seed."""
    first, again = faker_for("seed1", "run1", TEST_A), faker_for("seed1", "run1", TEST_A, execution=1)
    assert [first.name(), first.password(ALTINN)] == [again.name(), again.password(ALTINN)]
    assert first.unique_username() != again.unique_username()
    assert first.fnr() != again.fnr() and first.mobile_number() != again.mobile_number()
    replay = faker_for("seed1", "run1", TEST_A, execution=1)
    assert replay.unique_username() == faker_for("seed1", "run1", TEST_A, execution=1).unique_username()


def test_the_fake_fixture_counts_executions_per_test_id() -> None:
    """The `fake` fixture numbers each run of a test id in the process: 0 first, then 1, 2 ..."""
    config: pytest.Config = SimpleNamespace(stash=pytest.Stash())  # type: ignore[assignment]
    assert [next_execution(config, TEST_A) for _ in range(3)] == [0, 1, 2]
    assert next_execution(config, TEST_B) == 0
