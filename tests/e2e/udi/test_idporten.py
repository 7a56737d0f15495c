"""Log-in with ID-porten (guide 001): only level 4 - BankID, Commfides, Buypass. MinID (level 3) is
refused by UDI with the guide's explanation, and "Log in again" lets the person choose another eID."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import MINID
from pages.components import expect_page_language, expect_wording
from pages.idporten import EidChooser
from pages.udi import LevelRefused, Login, MyApplications

pytestmark = pytest.mark.control_api  # people are seeded in the register; codes come by fake SMS


@pytest.mark.req("UDI-IDP-LEVEL4", "IDP-OIDC-ACR")
def test_minid_is_refused_with_the_explanation_and_log_in_again_works_with_bankid(
    page: Page, lang: str, urls, fake, control
) -> None:
    person, password = fake.person(eids=("minid", "bankid")), fake.password(MINID)
    control.seed_person(**person, minid_password=password)

    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    code = chooser.choose("MinID").log_in(person["pid"], password)
    refused = code.submit(control.last_sms_code(person["mobile"]), then=LevelRefused)
    expect(refused.explanation).to_be_visible()
    expect_wording(refused.explanation, refused.t.get("level.explanation"))
    expect(refused.reached).to_contain_text("MinID")  # the e-ID used and its level (wording undocumented)
    expect(refused.reached).to_contain_text("3")
    expect_page_language(page, lang)
    expect(refused.password_link).to_be_visible()
    assert control.udi_account(pid=person["pid"]) is None  # the refused log-in made no account

    chooser = refused.log_in_again(then=EidChooser)
    code = chooser.choose("BankID").enter_pid(person["pid"])
    applications = code.submit(control.last_sms_code(person["mobile"]), then=MyApplications)
    expect(applications.logged_in_with_idporten(person["name"])).to_be_visible()


@pytest.mark.req("UDI-IDP-LEVEL4")
@pytest.mark.parametrize("eid", ["BankID", "Commfides", "Buypass"])
def test_a_level_4_eid_logs_in(page: Page, lang: str, urls, fake, control, eid: str) -> None:
    person = fake.person(eids=(eid.lower(),))
    control.seed_person(**person)

    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    code = chooser.choose(eid).enter_pid(person["pid"])
    applications = code.submit(control.last_sms_code(person["mobile"]), then=MyApplications)
    expect(applications.logged_in_with_idporten(person["name"])).to_be_visible()
