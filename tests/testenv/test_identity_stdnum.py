"""The test environment's identity-number validator (testenv/services/register/identity.py) against a third
oracle, python-stdnum's stdnum.no.fodselsnummer, maintained by neither side. tests/unit/test_identity_oracle.py
holds the suite's generator and oracle against stdnum the same way: where all three know the numbers they agree,
without the suite and the test environment sharing code.

stdnum knows fødselsnummer and D-numbers only: it refuses Skatteetaten's synthetic numbers (month + 80), accepts
H-numbers (month + 40, which the register here refuses) and refuses birth dates after today. The comparisons stay
in the domain both know."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.no import fodselsnummer

from testenv.services.register.identity import InvalidIdentityNumber, parse, with_control_digits

# Month 01-12 (neither H- nor synthetic), day 01-31 or 41-71 (D-number), the rest any digits.
FNR_OR_DNR_SHAPED = st.builds(
    lambda day, month, rest: f"{day:02d}{month:02d}{rest}",
    st.one_of(st.integers(1, 31), st.integers(41, 71)),
    st.integers(1, 12),
    st.text(alphabet="0123456789", min_size=7, max_size=7),
)


def _accepted(pid: str) -> date | None:
    """The birth date the register reads from `pid` if it accepts it as a real (not synthetic) number."""
    try:
        return parse(pid, accept_synthetic=False).birth_date
    except InvalidIdentityNumber:
        return None


@settings(max_examples=3000, deadline=None)
@given(pid=FNR_OR_DNR_SHAPED)
def test_the_register_and_stdnum_agree_on_any_fnr_or_d_number_shaped_digits(pid: str) -> None:
    born = _accepted(pid)
    assert fodselsnummer.is_valid(pid) == (born is not None and born <= date.today()), pid
    if born is not None and born <= date.today():
        assert fodselsnummer.get_birth_date(pid) == born


@settings(max_examples=1500, deadline=None)
@given(pid=FNR_OR_DNR_SHAPED)
def test_numbers_the_register_completes_with_control_digits_are_valid_for_stdnum(pid: str) -> None:
    full = with_control_digits(pid[:9])
    born = _accepted(full) if full else None
    if full is not None and born is not None and born <= date.today():
        assert fodselsnummer.is_valid(full), full


@pytest.mark.parametrize("pid", ["17912099997", "57912075186", "47906701517"])
def test_stdnum_refuses_the_synthetic_numbers_the_register_accepts(pid: str) -> None:
    assert parse(pid).synthetic
    assert not fodselsnummer.is_valid(pid)
