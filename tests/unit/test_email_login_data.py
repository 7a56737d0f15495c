"""The e-mail log-in's test data (fixtures/data/email_login.py): compliant addresses pass the suite's oracle,
each broken one breaks exactly its rule, and a wrong code is another code of the same length."""

from __future__ import annotations

import pytest

from fixtures.data import faker_for
from fixtures.data.email_login import ADDRESS_RULES, MAX_ADDRESS, broken_rules


@pytest.fixture
def fake():
    return faker_for("seed", "run", "test_email_login_data")


def test_compliant_addresses_are_unique_and_break_nothing(fake) -> None:
    addresses = [fake.email_address() for _ in range(20)]
    assert len(set(addresses)) == 20
    assert all(not broken_rules(address) for address in addresses)


@pytest.mark.parametrize("rule", sorted(set(ADDRESS_RULES) - {"required"}))
def test_each_broken_address_breaks_exactly_its_rule(fake, rule: str) -> None:
    assert broken_rules(fake.email_address_breaking(rule)) == {rule}


def test_too_long_is_one_past_the_limit(fake) -> None:
    assert len(fake.email_address_breaking("max_length")) == MAX_ADDRESS + 1


def test_mixed_case_is_the_same_address_in_another_case(fake) -> None:
    address = fake.email_address()
    typed = fake.mixed_case(address)
    assert typed != address and typed.lower() == address.lower()


def test_a_wrong_code_differs_and_keeps_the_length(fake) -> None:
    assert fake.wrong_code("123459") == "123450"
    assert fake.wrong_code("000000") != "000000" and len(fake.wrong_code("000000")) == 6
