"""Guide 003: the end-user-system submission protocol an accounting system (Maestro) follows, and
Altinn's error messages for each way it can go wrong (domain-facts §2.1). No browser: Playwright's
request context, as the accounting system would call it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fixtures.data.limits import Limits
from pages.altinn_system import EndUserApi
from pages.altinn_system.texts import API_ERRORS

from .support import POLICY, EndUserSystem, Person, User, authenticated, make_user

REPORT = {"form": "RF-0002", "data": {"period": "2026-10", "outgoing_vat": 12500, "incoming_vat": 4300}}


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-SUBMIT")
def test_the_whole_protocol_ends_in_a_stored_submission(
    api: EndUserApi, control, user: User, end_user_system: EndUserSystem
) -> None:
    started = api.start(end_user_system.id, end_user_system.password)
    assert started.ok, started.body
    session_id = started.body["session_id"]

    answered = api.user(session_id, user.pid, user.password)
    assert answered.ok, answered.body
    assert control.sms(user.register_mobile) == [], "the pin goes to the mobile number of the advanced settings"
    pinned = api.pin(session_id, control.last_sms_code(user.mobile))
    assert pinned.ok, pinned.body

    sent = api.submit(session_id, REPORT["form"], REPORT["data"])
    assert sent.ok, sent.body
    stored = control.submissions(system_id=end_user_system.id)
    assert [(s["receipt_id"], s["pid"], s["form"], s["data"]) for s in stored] == [
        (sent.body["receipt_id"], user.pid, REPORT["form"], REPORT["data"])
    ]


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-SYSTEM-WRONG")
@pytest.mark.parametrize(
    "mistake",
    [
        lambda fake, system: (system.id, fake.password(POLICY)),
        lambda fake, system: (1 if system.id != 1 else 2, system.password),  # any other id
        lambda fake, system: ("Maestro", system.password),
    ],
    ids=["password", "unknown id", "id not a number"],
)
def test_a_wrong_system_id_or_password_is_refused(
    api: EndUserApi, control, fake, end_user_system: EndUserSystem, mistake
) -> None:
    system_id, password = mistake(fake, end_user_system)
    refused = api.start(system_id, password)
    assert refused.refused and refused.error == API_ERRORS["system_credentials"]
    assert "session_id" not in refused.body


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-SYSTEM-LOCKOUT")
def test_a_system_is_locked_out_for_an_hour_after_too_many_wrong_passwords(
    api: EndUserApi, control, fake, limits: Limits, end_user_system: EndUserSystem
) -> None:
    wrong = fake.password(POLICY)
    for attempt in range(limits.lockout_threshold):
        refused = api.start(end_user_system.id, wrong)
        assert refused.refused and refused.error == API_ERRORS["system_credentials"], f"attempt {attempt + 1}"

    locked = api.start(end_user_system.id, end_user_system.password)
    assert locked.refused and locked.error == API_ERRORS["system_locked"].format(id=end_user_system.id)

    control.set_clock_offset(timedelta(minutes=limits.lockout_minutes - 1))
    still = api.start(end_user_system.id, end_user_system.password)
    assert still.refused and still.error == API_ERRORS["system_locked"].format(id=end_user_system.id)

    control.set_clock_offset(timedelta(minutes=limits.lockout_minutes))
    assert api.start(end_user_system.id, end_user_system.password).ok


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-USER-WRONG")
@pytest.mark.parametrize(
    "mistake",
    [
        lambda fake, user: (user.pid, fake.password(POLICY)),
        lambda fake, user: (fake.fnr(), user.password),
        lambda fake, user: (fake.unique_username(), user.password),
    ],
    ids=["password", "identity number", "username"],
)
def test_a_wrong_identity_number_or_password_gets_no_sms_and_an_error(
    api: EndUserApi, control, fake, person: Person, end_user_system: EndUserSystem, mistake
) -> None:
    user = make_user(control, fake, person, username=True)
    who, password = mistake(fake, user)
    session_id = api.start(end_user_system.id, end_user_system.password).body["session_id"]

    refused = api.user(session_id, who, password)

    assert refused.refused and refused.error == API_ERRORS["user_credentials"]
    assert control.sms(user.mobile) == [], "guide 003: a wrong identity number or password gives no SMS code"


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-ALLOW-SYSTEM")
def test_without_allow_submission_from_system_nothing_is_sent_or_submitted(
    api: EndUserApi, control, fake, person: Person, end_user_system: EndUserSystem
) -> None:
    user = make_user(control, fake, person, allow_system=False)
    session_id = api.start(end_user_system.id, end_user_system.password).body["session_id"]

    refused = api.user(session_id, user.pid, user.password)

    assert refused.refused and refused.error, refused.body
    assert control.sms(user.mobile) == []
    assert api.submit(session_id, REPORT["form"], REPORT["data"]).refused
    assert control.submissions(pid=user.pid) == []


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SMS-NEEDS-MOBILE")
def test_without_a_mobile_number_the_system_cannot_get_a_pin(
    api: EndUserApi, control, fake, person: Person, end_user_system: EndUserSystem
) -> None:
    user = make_user(control, fake, person, mobile=False)
    session_id = api.start(end_user_system.id, end_user_system.password).body["session_id"]

    refused = api.user(session_id, user.pid, user.password)

    assert refused.refused and refused.error, refused.body
    assert api.submit(session_id, REPORT["form"], REPORT["data"]).refused


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-PIN-WRONG")
def test_a_wrong_pin_is_refused(api: EndUserApi, control, user: User, end_user_system: EndUserSystem) -> None:
    session_id = api.start(end_user_system.id, end_user_system.password).body["session_id"]
    api.user(session_id, user.pid, user.password)
    right = control.last_sms_code(user.mobile)
    wrong = f"{(int(right) + 1) % 10 ** len(right):0{len(right)}d}"

    refused = api.pin(session_id, wrong)

    assert refused.refused and refused.error == API_ERRORS["user_credentials"]
    assert api.submit(session_id, REPORT["form"], REPORT["data"]).refused


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-PIN-TIMEOUT")
def test_a_pin_still_works_a_minute_before_it_expires(
    api: EndUserApi, control, limits: Limits, user: User, end_user_system: EndUserSystem
) -> None:
    session_id = api.start(end_user_system.id, end_user_system.password).body["session_id"]
    api.user(session_id, user.pid, user.password)
    control.set_clock_offset(timedelta(minutes=limits.altinn_sms_code_valid_minutes - 1))

    pinned = api.pin(session_id, control.last_sms_code(user.mobile))

    assert pinned.ok, pinned.body


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-PIN-TIMEOUT")
def test_an_expired_pin_is_refused_and_a_new_one_works(
    api: EndUserApi, control, limits: Limits, user: User, end_user_system: EndUserSystem
) -> None:
    session_id = api.start(end_user_system.id, end_user_system.password).body["session_id"]
    api.user(session_id, user.pid, user.password)
    control.set_clock_offset(timedelta(minutes=limits.altinn_sms_code_valid_minutes))

    expired = api.pin(session_id, control.last_sms_code(user.mobile))
    assert expired.refused and expired.error == API_ERRORS["pin_timeout"]

    assert api.user(session_id, user.pid, user.password).ok  # "Request new."
    assert len(control.sms(user.mobile)) == 2
    assert api.pin(session_id, control.last_sms_code(user.mobile)).ok


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-ORDER")
def test_steps_out_of_order_and_unknown_or_expired_sessions_are_refused(
    api: EndUserApi, control, limits: Limits, user: User, end_user_system: EndUserSystem
) -> None:
    assert api.user("no-such-session", user.pid, user.password).refused
    session_id = api.start(end_user_system.id, end_user_system.password).body["session_id"]
    assert api.pin(session_id, "123456").refused  # no pin requested yet
    assert api.submit(session_id, REPORT["form"], REPORT["data"]).refused
    assert api.user(session_id, user.pid, user.password).ok
    assert api.submit(session_id, REPORT["form"], REPORT["data"]).refused  # the pin is not sent yet
    assert control.submissions(pid=user.pid) == []

    control.set_clock_offset(timedelta(minutes=limits.enduser_api_session_minutes - 1))
    assert api.user(session_id, user.pid, user.password).ok, "the session lives until its end"
    control.set_clock_offset(timedelta(minutes=limits.enduser_api_session_minutes))
    expired = api.pin(session_id, control.last_sms_code(user.mobile))
    assert expired.refused and expired.error, expired.body


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-API-RIGHTS")
def test_submission_on_behalf_of_someone_else_is_refused(
    api: EndUserApi, control, fake, user: User, end_user_system: EndUserSystem
) -> None:
    session_id = authenticated(api, control, end_user_system, user)
    other = fake.fnr()

    refused = api.submit(session_id, REPORT["form"], REPORT["data"], reportee=other)

    assert refused.refused and refused.error == API_ERRORS["not_authorized"].format(reportee=other)
    assert control.submissions(pid=user.pid) == []
    assert api.submit(session_id, REPORT["form"], REPORT["data"], reportee=user.pid).ok


MALFORMED = [
    pytest.param("/sessions", "text/plain", '{"system_id": 1, "system_password": "x"}', id="wrong content type"),
    pytest.param("/sessions", "application/x-www-form-urlencoded", "system_id=1", id="form instead of JSON"),
    pytest.param("/sessions", "application/json", '{"system_id": 1, "system_password": ', id="broken JSON"),
    pytest.param("/sessions", "application/json", "[1, 2, 3]", id="JSON but not an object"),
    pytest.param("/sessions", "application/json", '{"system_password": "x"}', id="missing system_id"),
    pytest.param("/sessions", "application/json", '{"system_id": [], "system_password": "x"}', id="wrong type"),
    pytest.param("/sessions", "application/json", "", id="empty body"),
    pytest.param("/sessions/x/user", "application/json", '{"user": "x"}', id="user step without password"),
    pytest.param("/sessions/x/pin", "application/json", "{}", id="pin step without pin"),
    pytest.param("/sessions/x/submissions", "application/json", '{"form": "RF-0002"}', id="submission without data"),
]


@pytest.mark.req("ALTSYS-API-BAD-REQUEST")
@pytest.mark.parametrize(("path", "content_type", "content"), MALFORMED)
def test_malformed_requests_get_a_clear_json_4xx(api: EndUserApi, path: str, content_type: str, content: str) -> None:
    answer = api.post_raw(path, content, content_type)
    assert answer.refused, (answer.status, answer.body)
    assert answer.content_type == "application/json"
    assert answer.error, answer.body
