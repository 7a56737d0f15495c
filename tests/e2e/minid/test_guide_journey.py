"""Guide 002 end to end: step 1 (order an activation letter) and step 2 (register in the MinID app),
in order, then the first log-in with the new MinID."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import MINID
from pages.idporten import DemoService
from pages.minid import AppStart, OrderLetter

LANGUAGES = ("en", "nb", "nn")  # MinID and ID-porten serve all three; `make docs` writes guide 002 in each


@pytest.mark.guide("002")
@pytest.mark.control_api
@pytest.mark.req(
    "MINID-JOURNEY", "MINID-ORDER-STEPS", "MINID-ORDER-CONFIRM", "MINID-APP-STEPS", "MINID-APP-DONE", "IDP-MINID-LOGIN"
)
def test_guide_steps_order_a_letter_and_register_in_the_app(page: Page, lang: str, urls, fake, control, guide) -> None:
    person = fake.person(eids=())
    control.seed_person(**person)
    password, email = fake.password(MINID), fake.unique_email()

    # Step 1: Førstegangsbestilling
    order = OrderLetter.open(page, lang, urls)
    guide.step(1, order, order.pid, order.order_button, action="fill")
    phone = order.order(person["pid"])  # "bestill aktiveringsbrev"
    guide.step(2, phone, phone.mobile, phone.send_button, action="fill")
    sms = phone.send_code(person["mobile"])  # "Skriv inn telefonnummeret ..."
    guide.step(3, sms, sms.code, sms.confirm_button, action="fill")
    ordered = sms.confirm(control.last_sms_code(person["mobile"]))  # "... og legg inn koden du mottar på SMS"
    expect(ordered.heading).to_be_visible()  # "en bekreftelse i bildet at ett nytt aktiveringsbrev er bestilt"
    guide.step(4, ordered, ordered.post_note, action="read")
    letter = control.minid_letter(person["pid"])
    assert letter is not None
    activation_code = control.activation_code_sent_to(letter["address"])  # the letter in the post box

    # Step 2: registering in the MinID app (simulated as web pages)
    start = AppStart.open(page, lang, urls)
    guide.step(5, start, start.start_link)
    app_pid = start.get_started()  # "Kom i gang"
    guide.step(6, app_pid, app_pid.pid, app_pid.next_button, action="fill")
    scan = app_pid.next(person["pid"])  # "Tast inn fødselsnummer. Klikk 'Neste'"
    guide.step(7, scan, scan.code, scan.next_button, action="fill")
    create_password = scan.next(activation_code)  # "Skann aktiveringskoden (QR)": typed, no camera
    guide.step(8, create_password, create_password.password, create_password.next_button, action="fill")
    mobile = create_password.next(password)  # "Lag et personlig passord"
    guide.step(9, mobile, mobile.mobile, mobile.next_button, action="fill")
    app_email = mobile.next(person["mobile"])  # "Tast inn mobilnummer. Klikk 'Neste'"
    guide.step(10, app_email, app_email.email, app_email.next_button, action="fill")
    registered = app_email.next(email)  # "Tast inn e-postadresse. Klikk 'Neste'"
    expect(registered.next_time).to_be_visible()  # "Du er nå registrert som MinID app bruker"
    guide.step(11, registered, registered.next_time, action="read")

    # The new MinID logs in through ID-porten at level 3.
    code = registered.log_in_with_minid().choose("MinID").log_in(person["pid"], password)
    service = code.submit(control.last_sms_code(person["mobile"]), then=DemoService, required=3)
    expect(service.logged_in_as(person["name"])).to_be_visible()
    expect(service.security_level(3)).to_be_visible()
