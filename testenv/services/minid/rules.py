"""MinID's rules (guide 002): who may order an activation letter, where it goes, how long it is valid,
and the app's password, mobile and e-mail. Each rule is enforced in exactly one function here."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from datetime import date, datetime, timedelta

from fastapi import Request

from testenv.core.clock import now, today_in_norway
from testenv.core.defects import defect_on
from testenv.core.state import env_of
from testenv.services.minid.store import Letter, find_account, latest_letter
from testenv.services.register import Person

MIN_ORDER_AGE = 13  # "kan bestilles fra det året du fyller 13 år"
DELIVERY_WORKING_DAYS = 10  # "normal leveringstid er 10 virkedager"
PASSWORD_MIN = 8
NORWEGIAN_LETTERS = set("æøåÆØÅ")
MOBILE = re.compile(r"[49]\d{7}")
EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def letter_validity(request: Request) -> timedelta:
    return timedelta(days=env_of(request).settings.letter_validity_days)


# --- ordering an activation letter ------------------------------------------------------------------
def order_refusal(request: Request, conn: sqlite3.Connection, person: Person) -> str | None:
    """Why `person` may not order a letter now (a text key), or None."""
    has_minid = "minid" in person.eids or find_account(conn, person.pid) is not None
    if has_minid and not defect_on(request, "minid.existing_user_can_order"):
        return "minid.err.order.has_minid"  # "Kun nye MinID brukere kan bestille aktiveringsbrev"
    if too_young(request, person.birth_date):
        return "minid.err.order.too_young"
    pending = latest_letter(conn, person.pid)
    if pending is not None and _blocks_new_order(request, pending):
        return "minid.err.order.letter_pending"
    return None


def too_young(request: Request, born: date) -> bool:
    """Ordering is possible from the calendar year the person turns 13 (not from the 13th birthday)."""
    today = today_in_norway(request)
    if defect_on(request, "minid.age_birthday_rule"):  # the plausible misreading: the birthday itself
        turned = (today.month, today.day) >= (born.month, born.day)
        return today.year - born.year - (0 if turned else 1) < MIN_ORDER_AGE
    minimum = MIN_ORDER_AGE - 1 if defect_on(request, "minid.age_12_allowed") else MIN_ORDER_AGE
    return today.year - born.year < minimum


def _blocks_new_order(request: Request, letter: Letter) -> bool:
    """A letter is valid for the configured days and no new order is taken while it is."""
    until = letter.ordered_at + letter_validity(request).total_seconds()
    if defect_on(request, "minid.reorder_day_59"):
        until -= timedelta(days=2).total_seconds()
    return now(request).timestamp() < until


def letter_address(request: Request, person: Person) -> tuple[str, str]:
    """(address, kind): the postal address when the person has one, else the residential address."""
    if person.postal_address and not defect_on(request, "minid.letter_to_residential"):
        address = person.postal_address
        if defect_on(request, "minid.co_dropped"):
            address = re.sub(r"^\s*C/O[^,]*,\s*", "", address, flags=re.IGNORECASE)
        return address, "postal"
    return person.residential_address, "residential"


def expected_delivery(request: Request, ordered: date) -> date:
    """10 working days (Monday to Friday; public holidays are not modelled)."""
    if defect_on(request, "minid.delivery_calendar_days"):
        return ordered + timedelta(days=DELIVERY_WORKING_DAYS)
    day, left = ordered, DELIVERY_WORKING_DAYS
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def letter_usable(request: Request, letter: Letter) -> bool:
    """Valid for the configured days after the order (60 by default), and only once."""
    if letter.used_at is not None:
        return False
    return defect_on(request, "minid.letter_never_expires") or now(request).timestamp() < letter.expires_at


def expires_at(request: Request, ordered: datetime) -> float:
    return (ordered + letter_validity(request)).timestamp()


# --- the app's fields ---------------------------------------------------------------------------------
def normalised_mobile(raw: str) -> str:
    value = "".join(raw.split())
    if value.startswith("+47"):
        value = value[3:]
    elif value.startswith("0047"):
        value = value[4:]
    return value


def mobile_error(request: Request, raw: str) -> str | None:
    """Norwegian mobile numbers: 8 digits starting with 4 or 9 (domain-facts §4.2)."""
    value = normalised_mobile(raw)
    if not value:
        return "minid.err.mobile.required"
    if defect_on(request, "minid.mobile_unchecked"):
        return None if value.isdigit() and len(value) == 8 else "minid.err.mobile.invalid"
    return None if value.isascii() and MOBILE.fullmatch(value) else "minid.err.mobile.invalid"


def password_errors(request: Request, password: str) -> list[str]:
    """ "må være minimun 8 tegn, bestå av bokstaver og tall, kan ikke bestå av ÆØÅ" (guide 002 step 2).

    Reading of "bestå av bokstaver og tall": it must contain letters and digits; it does not forbid other
    characters. eid.difi.no/en says "must contain letters and numbers", and MinID's own forgotten-password
    page allows "A-Z, 0-9 og spesialteikn" (domain-facts §6). So special characters are accepted.
    """
    password = unicodedata.normalize("NFC", password)  # 'a' + ring is 'å'
    if not password:
        return ["minid.err.password.required"]
    errors = []
    minimum = PASSWORD_MIN - 1 if defect_on(request, "minid.password_min_7") else PASSWORD_MIN
    if len(password) < minimum:
        errors.append("minid.err.password.too_short")
    if not any(c.isascii() and c.isalpha() for c in password) and not defect_on(
        request, "minid.password_letter_unchecked"
    ):
        errors.append("minid.err.password.no_letter")
    if not any(c.isascii() and c.isdigit() for c in password) and not defect_on(
        request, "minid.password_digit_unchecked"
    ):
        errors.append("minid.err.password.no_digit")
    forbidden = set("ÆØÅ") if defect_on(request, "minid.password_aeoeaa_uppercase_only") else NORWEGIAN_LETTERS
    if any(c in forbidden for c in password) and not defect_on(request, "minid.password_aeoeaa_allowed"):
        errors.append("minid.err.password.aeoeaa")
    specials = [c for c in password if not c.isalnum()]
    if specials and defect_on(request, "minid.password_special_refused"):
        errors.append("minid.err.password.special")
    return errors


def email_error(request: Request, email: str) -> str | None:
    if not email:
        return "minid.err.email.required"
    if defect_on(request, "minid.email_unchecked"):
        return None
    return None if len(email) <= 254 and EMAIL.fullmatch(email) else "minid.err.email.invalid"
