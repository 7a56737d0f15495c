"""The password oracle (fixtures/data/policies.py) and the generators built on it (providers.py).

Scenarios trust these two: a compliant password must break nothing, and a "breaking" one must break
exactly the rule a test names, or a scenario would blame the service for the generator's mistake. The
oracle itself is checked against an independent reading of each policy (regular expressions).
"""

from __future__ import annotations

import re

import pytest
from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures.data.policies import (
    ALTINN,
    CYRILLIC,
    EMOJI,
    GREEK,
    GUIDE_003_SPECIALS,
    MINID,
    NORWEGIAN_LETTERS,
    UDI,
    PasswordPolicy,
)
from fixtures.data.providers import PolicyPasswordProvider

POLICIES = (ALTINN, UDI, MINID)
SEEDS = st.integers(min_value=0, max_value=2**63 - 1)
# Thousands of samples in all: each rule of each policy gets its own few hundred.
MANY = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Characters the guides talk about, and anything else Unicode has.
INTERESTING = "aZ09" + GUIDE_003_SPECIALS + " %!-_." + NORWEGIAN_LETTERS + CYRILLIC + GREEK + EMOJI
PASSWORD_TEXT = st.text(alphabet=st.one_of(st.sampled_from(INTERESTING), st.characters()), max_size=60)

# The policies read independently of policies.py: a password is compliant exactly when it matches.
COMPLIANT = {
    "altinn": re.compile(r"(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9]{8,50}", re.ASCII),
    "udi": re.compile(r"(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])[A-Za-z0-9]{8,}", re.ASCII),
    "minid": re.compile(r"(?=.*[A-Za-z])(?=.*[0-9])[^æøåÆØÅ]{8,}", re.ASCII | re.DOTALL),
}


@pytest.fixture(scope="module")
def fake() -> Faker:
    generator = Faker("no_NO")
    generator.add_provider(PolicyPasswordProvider)
    return generator


def rule_cases(kinds: tuple[str, ...] | None = None) -> list:
    return [
        pytest.param(policy, rule.name, id=f"{policy.name}-{rule.name}")
        for policy in POLICIES
        for rule in policy.rules
        if kinds is None or rule.kind in kinds
    ]


def forbidden_char_cases() -> list:
    return [
        pytest.param(policy, rule.name, char, id=f"{policy.name}-{rule.name}-U+{ord(char):04X}")
        for policy in POLICIES
        for rule in policy.rules
        if rule.kind == "forbids"
        for char in str(rule.param)
    ]


# --- the oracle ------------------------------------------------------------------------------------
@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
@MANY
@given(password=PASSWORD_TEXT)
def test_the_oracle_agrees_with_an_independent_reading_of_the_policy(policy: PasswordPolicy, password: str) -> None:
    compliant = COMPLIANT[policy.name].fullmatch(password) is not None
    assert (policy.violations(password) == set()) == compliant, policy.violations(password)


@pytest.mark.parametrize(
    "policy, password, broken",
    [
        (ALTINN, "abcdefg1", set()),
        (ALTINN, "abcdef1", {"min_length"}),
        (ALTINN, "a1" * 25, set()),
        (ALTINN, "a1" * 25 + "b", {"max_length"}),
        (ALTINN, "12345678", {"letter"}),
        (ALTINN, "abcdefgh", {"digit"}),
        (ALTINN, "abcdefg1?", {"chars"}),
        (ALTINN, "abcdefg1 ", {"chars"}),
        (ALTINN, "abcdefgå1", {"chars"}),
        (ALTINN, "жжжжжжж1", {"chars", "letter"}),
        (ALTINN, "", {"min_length", "letter", "digit"}),
        (UDI, "Abcdefg1", set()),
        (UDI, "abcdefg1", {"uppercase"}),
        (UDI, "ABCDEFG1", {"lowercase"}),
        (UDI, "Abcdefgh", {"digit"}),
        (UDI, "Abcdef1@", {"special"}),
        (UDI, "Abcdefø1", {"latin_only"}),
        (UDI, "Abcdef1😀", {"special"}),
        (MINID, "abcdefg1", set()),
        (MINID, "abc@efg1", set()),  # MinID names no rule against special characters
        (MINID, "abcdefæ1", {"no_aeoeaa"}),
    ],
)
def test_the_oracle_on_examples_from_the_guides(policy: PasswordPolicy, password: str, broken: set[str]) -> None:
    assert policy.violations(password) == broken


# --- the generators --------------------------------------------------------------------------------
@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
@MANY
@given(seed=SEEDS)
def test_a_generated_password_breaks_no_rule(fake: Faker, policy: PasswordPolicy, seed: int) -> None:
    fake.seed_instance(seed)
    password = fake.password(policy)
    assert policy.violations(password) == set(), password


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
@MANY
@given(seed=SEEDS, data=st.data())
def test_a_password_of_a_chosen_length_has_that_length(fake: Faker, policy: PasswordPolicy, seed: int, data) -> None:
    length = data.draw(st.integers(min_value=policy.min_length, max_value=policy.max_length or 80))
    fake.seed_instance(seed)
    password = fake.password(policy, length=length)
    assert len(password) == length
    assert policy.violations(password) == set()


@pytest.mark.parametrize("policy, rule", rule_cases())
@MANY
@given(seed=SEEDS)
def test_a_breaking_password_breaks_exactly_its_rule(fake: Faker, policy: PasswordPolicy, rule: str, seed: int) -> None:
    fake.seed_instance(seed)
    password = fake.password_breaking(policy, rule)
    assert policy.violations(password) == {rule}, password


@pytest.mark.parametrize("policy, rule, char", forbidden_char_cases())
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=SEEDS)
def test_a_chosen_forbidden_character_breaks_exactly_its_rule(
    fake: Faker, policy: PasswordPolicy, rule: str, char: str, seed: int
) -> None:
    fake.seed_instance(seed)
    password = fake.password_breaking(policy, rule, char=char)
    assert char in password
    assert policy.violations(password) == {rule}, password


@pytest.mark.parametrize("policy, rule", [(ALTINN, "chars"), (UDI, "special")], ids=["altinn", "udi"])
@MANY
@given(seed=SEEDS)
def test_a_password_manager_suggestion_breaks_only_the_character_rule(
    fake: Faker, policy: PasswordPolicy, rule: str, seed: int
) -> None:
    fake.seed_instance(seed)
    password = fake.password_manager_style(policy, rule)
    assert len(password) >= 16
    assert policy.violations(password) == {rule}, password


def test_the_generator_refuses_to_hand_out_a_value_that_breaks_the_wrong_rule(fake: Faker) -> None:
    """`password_manager_style` on MinID (which allows symbols) cannot break a rule: it says so."""
    with pytest.raises(ValueError, match="generator bug"):
        fake.password_manager_style(MINID, "no_aeoeaa")


def test_an_unknown_rule_is_named_in_the_error(fake: Faker) -> None:
    with pytest.raises(KeyError, match="no rule 'uppercase'"):
        fake.password_breaking(ALTINN, "uppercase")
