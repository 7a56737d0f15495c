"""Guide 002 end to end: step 1 (order an activation letter) and step 2 (register in the MinID app),
in order, then the first log-in with the new MinID."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import MINID
from pages.idporten import DemoService
from pages.minid import AppStart, OrderLetter


@pytest.mark.control_api
@pytest.mark.req(
    "MINID-JOURNEY", "MINID-ORDER-STEPS", "MINID-ORDER-CONFIRM", "MINID-APP-STEPS", "MINID-APP-DONE", "IDP-MINID-LOGIN"
)
def test_guide_steps_order_a_letter_and_register_in_the_app(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person(eids=())
    control.seed_person(**person)
    password, email = fake.password(MINID), fake.unique_email()

    # Step 1: Førstegangsbestilling
    phone = OrderLetter.open(page, lang, urls).order(person["pid"])  # "bestill aktiveringsbrev"
    sms = phone.send_code(person["mobile"])  # "Skriv inn telefonnummeret ..."
    ordered = sms.confirm(control.last_sms_code(person["mobile"]))  # "... og legg inn koden du mottar på SMS"
    expect(ordered.heading).to_be_visible()  # "en bekreftelse i bildet at ett nytt aktiveringsbrev er bestilt"
    letter = control.minid_letter(person["pid"])
    assert letter is not None
    assert [m for m in control.letters(letter["address"]) if letter["code"] in m["body"]]

    # Step 2: registering in the MinID app (simulated as web pages)
    start = AppStart.open(page, lang, urls)
    app_pid = start.get_started()  # "Kom i gang"
    scan = app_pid.next(person["pid"])  # "Tast inn fødselsnummer. Klikk 'Neste'"
    create_password = scan.next(letter["code"])  # "Skann aktiveringskoden (QR)": typed, no camera
    mobile = create_password.next(password)  # "Lag et personlig passord"
    app_email = mobile.next(person["mobile"])  # "Tast inn mobilnummer. Klikk 'Neste'"
    registered = app_email.next(email)  # "Tast inn e-postadresse. Klikk 'Neste'"
    expect(registered.next_time).to_be_visible()  # "Du er nå registrert som MinID app bruker"

    # The new MinID logs in through ID-porten at level 3.
    code = registered.log_in_with_minid().choose("MinID").log_in(person["pid"], password)
    service = code.submit(control.last_sms_code(person["mobile"]), then=DemoService, required=3)
    expect(service.logged_in_as(person["name"])).to_be_visible()
    expect(service.security_level(3)).to_be_visible()
