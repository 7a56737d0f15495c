"""Checking an identity number typed into a form: its format, then whether the register knows it.

Services call `check_pid(request, raw)` and show the message key next to the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi import Request

from testenv.core.defects import defect_on
from testenv.core.scope import scope_id
from testenv.core.state import env_of
from testenv.services.register import identity
from testenv.services.register.store import Person, find_person, scope_accepts_synthetic


@dataclass(frozen=True)
class PidCheck:
    pid: str
    error: str | None  # a text key, e.g. "register.err.pid.control"
    person: Person | None

    @property
    def found(self) -> Person:
        """The person of a check without error (look at `error` first)."""
        if self.person is None:
            raise LookupError(f"no person for this number: {self.error}")
        return self.person


def accepts_synthetic(request: Request) -> bool:
    """The deployment's setting (--no-synthetic), unless this test's scope overrides it."""
    with env_of(request).db.read() as conn:
        override = scope_accepts_synthetic(conn, scope_id(request))
    return env_of(request).settings.accept_synthetic if override is None else override


def format_error(request: Request, raw: str) -> tuple[str, str | None]:
    """(normalised number, error key or None) without looking the person up."""
    value = "".join(raw.split())
    accept = accepts_synthetic(request) or defect_on(request, "register.synthetic_always_accepted")
    try:
        parsed = identity.parse(value, accept_synthetic=accept, check_control=False)
    except identity.InvalidIdentityNumber as exc:
        if exc.reason == "date" and defect_on(request, "register.date_unchecked") and len(value) == 11:
            return value, None if identity.control_digits_ok(value) else "register.err.pid.control"
        if exc.reason in ("length", "not_digits", "date") and defect_on(request, "register.pid_messages_merged"):
            return value, "register.err.pid.control"  # one vague message for every format error
        return value, f"register.err.pid.{exc.reason}"
    skip_control = parsed.d_number and defect_on(request, "register.dnumber_control_digit_unchecked")
    if not skip_control and not _control_ok(request, value):
        return value, "register.err.pid.control"
    return value, None


def _control_ok(request: Request, value: str) -> bool:
    if defect_on(request, "register.second_control_digit_unchecked"):
        return identity.control_digit(value[:9], identity.K1_WEIGHTS) == int(value[9])
    return identity.control_digits_ok(value)


def check_pid(request: Request, raw: str) -> PidCheck:
    value, error = format_error(request, raw)
    if error:
        return PidCheck(value, error, None)
    with env_of(request).db.read() as conn:
        person = find_person(conn, value)
    if person is None and defect_on(request, "register.unknown_person_accepted"):
        # The regression: the service goes on with a person the register never vouched for.
        born = identity.birth_date_of(value)
        person = Person(value, "", born[0] if born else date(1970, 1, 1), None, "", "", ())
    if person is None:
        return PidCheck(value, "register.err.pid.unknown", None)
    return PidCheck(value, None, person)
