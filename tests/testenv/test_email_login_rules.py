"""The rules of ID-porten's e-mail log-in that need no browser (domain-facts §0, §5, §10.2)."""

from __future__ import annotations

from datetime import datetime

from testenv.core.clock import OSLO
from testenv.services.idporten import email_login

AFTER = datetime(2026, 2, 1, tzinfo=OSLO)
BEFORE = datetime(2026, 1, 31, 23, 59, tzinfo=OSLO)


def test_offered_to_altinn_from_february_2026_only() -> None:
    assert email_login.offered("altinn", AFTER)
    assert not email_login.offered("altinn", BEFORE)


def test_never_offered_to_udi() -> None:
    assert not email_login.offered("udi", AFTER)


def test_addresses_compared_case_insensitively() -> None:
    assert email_login.normalised(" Kari.Nordmann@Example.NO ") == "kari.nordmann@example.no"
    assert email_login.altinn_username("Kari@Example.no") == "epost:kari@example.no"


def test_well_formed_addresses() -> None:
    assert email_login.well_formed("kari@example.no")
    too_long = "a" * 250 + "@x.no"
    for bad in ("", "kari", "kari@", "@example.no", "kari@example", "ka ri@example.no", "a@b@c.no", too_long):
        assert not email_login.well_formed(bad), bad


def test_level_zero_refused_where_substantial_or_high_was_asked() -> None:
    assert email_login.accepted_by(0, email_login.ACR)
    assert not email_login.accepted_by(3, email_login.ACR)
    assert not email_login.accepted_by(4, email_login.ACR)
    assert email_login.accepted_by(3, "idporten-loa-substantial")
