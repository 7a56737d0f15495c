"""Guide 003 end to end: fagsystem-ID and password under Advanced settings, login information with the
permission box, then the accounting system's submission with the SMS code — and checking the login
information with SMS-code log-in in Altinn, as the guide advises."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from pages.altinn_system import AdvancedSettings, EndUserApi, SmsCodeTab
from pages.idporten import EidChooser

from .support import POLICY, Person

LANGUAGES = ("en", "nb", "nn")  # every Altinn screen of this journey exists in Nynorsk too
IDPORTEN_LANG = re.compile(r"/idporten/(\w+)/")


@pytest.mark.guide("003")
@pytest.mark.control_api
@pytest.mark.req(
    "ALTSYS-JOURNEY",
    "ALTSYS-SYSTEM-REGISTER",
    "ALTSYS-SETTINGS-LOGIN-INFO",
    "ALTSYS-API-SUBMIT",
    "ALTSYS-SMS-SAME-INFO",
)
def test_guide_steps_register_system_and_login_information_then_submit_with_sms_code(
    page: Page, lang: str, urls, fake, control, api: EndUserApi, person: Person, guide
) -> None:
    system_name, system_password = f"Maestro {fake.unique_username()}", fake.password(POLICY)
    password, mobile = fake.password(POLICY), fake.mobile_number()

    # Log in to Altinn's profile through ID-porten (whose pages come in English or Bokmål: the URL says which).
    page.goto(urls("altinn", f"/{lang}/profile/advanced-settings"))
    idporten_lang = IDPORTEN_LANG.search(page.url).group(1)
    code = EidChooser(page, idporten_lang).expect_loaded().choose("BankID").enter_pid(person.pid)
    settings = code.submit(
        control.last_sms_code(person.register_mobile), then=lambda page, _: AdvancedSettings(page, lang)
    )

    # "Fagsystem-ID og passord: Registreres under Avanserte innstillinger i Altinn."
    guide.step(1, settings, settings.system_name, settings.system_password, settings.register_button, action="fill")
    settings = settings.register_system(system_name, system_password)
    system_id = settings.system_id(system_name)

    # "Under Avanserte innstillinger må du opprette brukernavn og passord. I tillegg må du huke av for tillat
    # innsending fra applikasjon eller system ... Det er også viktig at du har lagt inn korrekt mobilnummer."
    guide.step(
        2, settings, settings.password, settings.mobile, settings.allow_system, settings.save_button, action="fill"
    )
    settings = settings.fill_login_info(password=password, mobile=mobile, allow_system=True).save()
    expect(settings.saved).to_be_visible()

    # In the accounting system: the fagsystem-ID first, then the identity number and password, then the SMS code.
    started = api.start(system_id, system_password)
    assert started.ok, started.body
    session_id = started.body["session_id"]
    assert api.user(session_id, person.pid, password).ok
    assert api.pin(session_id, control.last_sms_code(mobile)).ok
    sent = api.submit(session_id, "RF-0002", {"period": "2026-10", "outgoing_vat": 12500})
    assert sent.ok, sent.body
    assert [s["receipt_id"] for s in control.submissions(system_id=system_id)] == [sent.body["receipt_id"]]

    # "For å kontrollere innloggingsinformasjon kan du ... logge inn med sms-kode."
    page.context.clear_cookies()
    sms_tab = SmsCodeTab.open(page, lang, urls)
    guide.step(3, sms_tab, sms_tab.who, sms_tab.password, sms_tab.submit_button, action="fill")
    entry = sms_tab.continue_(person.pid, password)
    guide.step(4, entry, entry.code, entry.log_in_button, action="log_in")
    expect(entry.log_in(control.last_sms_code(mobile)).logged_in_as(person.name)).to_be_visible()
