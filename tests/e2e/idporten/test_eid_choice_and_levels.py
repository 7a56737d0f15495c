"""ID-porten: the choice of eID, log-in with MinID (level 3) and the level-4 eIDs, and the relying
service's level check (guide 002 intro: MinID gives access to public services; domain-facts §2, §5)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import MINID
from pages.altinn.inbox import Inbox
from pages.altinn.login import Login
from pages.components import expect_field_error
from pages.idporten import DemoService, EidChooser, HigherLevelRequired

# The suite's oracle of what ID-porten offers, in its order (domain-facts §2 table, §3 TestID in test), and
# which levels the chooser says they give (domain-facts §5): the level's number next to each eID.
EIDS_OFFERED = ("MinID", "BankID", "Buypass", "Commfides", "TestID")
LEVEL4 = ("BankID", "Buypass", "Commfides")


def level(number: int) -> re.Pattern[str]:
    """A description that names this security level (and no other number)."""
    return re.compile(rf"^\D*{number}\D*$")


def seed_minid_person(control, fake, **extra) -> tuple[dict, str]:
    person, password = fake.person(**extra), fake.password(MINID)
    control.seed_person(**person, minid_password=password)
    return person, password


@pytest.mark.req("IDP-CHOOSER")
def test_the_choice_of_eid_offers_minid_bankid_buypass_commfides_and_testid(page: Page, lang: str, urls) -> None:
    chooser = EidChooser.open(page, lang, urls)
    expect(chooser.eid_list.get_by_role("link")).to_have_text(list(EIDS_OFFERED))
    expect(chooser.eid_links["MinID"]).to_have_accessible_description(level(3))
    for name in LEVEL4:
        expect(chooser.eid_links[name]).to_have_accessible_description(level(4))


@pytest.mark.control_api
@pytest.mark.req("IDP-MINID-LOGIN", "IDP-MINID-LEVEL", "IDP-ALTINN-LOGIN")
def test_minid_log_in_returns_to_altinn_with_the_person_at_level_3(page: Page, lang: str, urls, fake, control) -> None:
    person, password = seed_minid_person(control, fake)
    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)  # Altinn, a relying party
    code = chooser.choose("MinID").log_in(person["pid"], password)
    inbox = code.submit(control.last_sms_code(person["mobile"]), then=Inbox)
    expect(inbox.logged_in_as(person["name"])).to_be_visible()
    expect(inbox.security_level(3)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("IDP-MINID-LEVEL")
def test_minid_log_in_reports_substantial(page: Page, lang: str, urls, fake, control) -> None:
    person, password = seed_minid_person(control, fake)
    chooser = EidChooser.start(
        page,
        lang,
        urls,
        client="demo",
        acr="substantial",
        return_to=f"/idporten{DemoService.path(lang, 'substantial')}",
    )
    code = chooser.choose("MinID").log_in(person["pid"], password)
    service = code.submit(control.last_sms_code(person["mobile"]), then=DemoService, required=3)
    expect(service.security_level(3)).to_be_visible()
    expect(service.acr("idporten-loa-substantial")).to_be_visible()


@pytest.mark.control_api
@pytest.mark.parametrize("eid", [pytest.param(e, marks=pytest.mark.req("IDP-LEVEL4-EIDS")) for e in LEVEL4])
def test_level_4_eids_log_in_at_level_4_high(page: Page, lang: str, urls, fake, control, eid: str) -> None:
    person = fake.person(eids=(eid.lower(),))
    control.seed_person(**person)
    page.goto(urls("idporten", DemoService.path(lang, "high")))
    chooser = EidChooser(page, lang).expect_loaded()
    code = chooser.choose(eid).enter_pid(person["pid"])
    service = code.submit(control.last_sms_code(person["mobile"]), then=DemoService, required=4)
    expect(service.logged_in_as(person["name"])).to_be_visible()
    expect(service.security_level(4)).to_be_visible()
    expect(service.acr("idporten-loa-high")).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("IDP-LEVEL4-EIDS")
def test_a_level_4_eid_the_person_does_not_hold_is_refused(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    login = EidChooser.open(page, lang, urls).choose("Buypass").enter_pid_refused(person["pid"])
    expect_field_error(login.pid)
    assert control.sms(person["mobile"]) == []


@pytest.mark.control_api
@pytest.mark.req("IDP-LEVEL-REFUSED", "IDP-MINID-LEVEL")
def test_level_3_is_refused_where_level_4_is_required_and_a_new_log_in_helps(
    page: Page, lang: str, urls, fake, control
) -> None:
    person, password = seed_minid_person(control, fake, eids=("bankid",))
    page.goto(urls("idporten", DemoService.path(lang, "high")))
    code = EidChooser(page, lang).expect_loaded().choose("MinID").log_in(person["pid"], password)
    refused = code.submit(control.last_sms_code(person["mobile"]), then=HigherLevelRequired)

    chooser = refused.log_in_again()
    code = chooser.choose("BankID").enter_pid(person["pid"])
    service = code.submit(control.last_sms_code(person["mobile"]), then=DemoService, required=4)
    expect(service.security_level(4)).to_be_visible()


# The two below need a session at a level, not a particular eID: `idporten_login` seeds one through the
# control API, or logs in with TestID where there is none (so they also run black-box).
@pytest.mark.req("IDP-LEVEL-REFUSED")
def test_a_level_3_session_is_refused_by_a_level_4_service(page: Page, lang: str, urls, idporten_login) -> None:
    person = idporten_login("idporten", level=3)
    page.goto(urls("idporten", DemoService.path(lang, "high")))
    refused = HigherLevelRequired(page, lang).expect_loaded()
    expect(refused.log_in_again_link, "the refusal offers a log-in at a higher level").to_be_visible()
    expect(DemoService(page, lang).logged_in_as(person.name)).to_have_count(0)


@pytest.mark.req("IDP-LEVEL-REFUSED")
def test_a_level_4_session_passes_a_level_4_service(page: Page, lang: str, urls, idporten_login) -> None:
    person = idporten_login("idporten", level=4)
    page.goto(urls("idporten", DemoService.path(lang, "high")))
    service = DemoService(page, lang).expect_loaded()
    expect(service.logged_in_as(person.name)).to_be_visible()
    expect(service.security_level(4)).to_be_visible()
