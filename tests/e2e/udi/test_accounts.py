"""Guide 001: a log-in with ID-porten is a separate user account. Applications are seen only when logging
in the same way as they were made, and nothing moves between accounts - proven both ways, for one
person who has a username/password account and BankID (with the same name in both)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import UDI
from pages.components import expect_wording
from pages.idporten import EidChooser
from pages.udi import Login, MyApplications

pytestmark = pytest.mark.control_api


@pytest.fixture
def person(fake, control) -> dict:
    """One person with BankID in the register and a username/password account under the same name."""
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    person["email"], person["password"] = fake.unique_email(), fake.password(UDI)
    control.seed_udi_account(person["email"], person["password"], person["name"])
    return person


def _log_in_with_bankid(login: Login, control, person: dict) -> MyApplications:
    code = login.log_in_with_idporten(then=EidChooser).choose("BankID").enter_pid(person["pid"])
    return code.submit(control.last_sms_code(person["mobile"]), then=MyApplications)


@pytest.mark.req("UDI-ACCOUNT-SEPARATE", "UDI-ACCOUNT-NO-MIGRATION", "UDI-ACCOUNT-SAME-WAY")
def test_an_application_made_with_username_and_password_is_not_seen_with_id_porten_and_stays(
    page: Page, lang: str, urls, control, person: dict
) -> None:
    reference = control.seed_udi_application(email=person["email"], relation="self")

    applications = Login.open(page, lang, urls).log_in(person["email"], person["password"])
    expect(applications.application(reference)).to_have_count(1)

    applications = _log_in_with_bankid(applications.log_out(), control, person)
    expect(applications.logged_in_with_idporten(person["name"])).to_be_visible()
    expect(applications.application(reference)).to_have_count(0)
    expect(applications.table, "no applications in this account").to_have_count(0)
    expect_wording(applications.idporten_note, applications.t.get("apps.idporten_note"))  # log out, log in again
    assert control.udi_applications(pid=person["pid"]) == []  # nothing was moved ...
    assert [a["reference"] for a in control.udi_applications(email=person["email"])] == [reference]

    applications = applications.log_out().log_in(person["email"], person["password"])  # ... and it is back
    expect(applications.application(reference)).to_have_count(1)


@pytest.mark.req("UDI-ACCOUNT-SAME-WAY", "UDI-ACCOUNT-SEPARATE")
def test_an_application_made_with_id_porten_is_seen_only_with_id_porten(
    page: Page, lang: str, urls, fake, control, person: dict
) -> None:
    applications = _log_in_with_bankid(Login.open(page, lang, urls), control, person)
    applications = applications.register_new().fill("family", "family", applicant=fake.name()).submit()
    [made] = control.udi_applications(pid=person["pid"])
    expect(applications.application(made["reference"])).to_have_count(1)

    applications = applications.log_out().log_in(person["email"], person["password"])
    expect(applications.application(made["reference"])).to_have_count(0)
    expect_wording(applications.password_note, applications.t.get("apps.password_note"))  # ID-porten again
    assert control.udi_applications(email=person["email"]) == []

    applications = _log_in_with_bankid(applications.log_out(), control, person)
    expect(applications.application(made["reference"])).to_have_count(1)
