"""Guide 000 step 5 with the captcha on ("Enter the characters from field above:"), for this test only."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.era import GUIDE_000
from pages.altinn import CreateUser
from pages.components import expect_field_error

from .checks import assert_nothing_stored, expect_refused_keeping_input

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)


def _wrong(answer: str) -> str:
    """Not the answer, but as plausible: the same characters with the last one changed."""
    return answer[:-1] + ("2" if answer[-1] != "2" else "3")


@pytest.mark.control_api
@pytest.mark.req("ALT-CAPTCHA")
def test_with_captcha_the_right_characters_create_the_user(page: Page, lang: str, urls, account, control) -> None:
    control.set_captcha_mode("on")
    form = CreateUser.open(page, lang, urls)
    expect(form.captcha_image).to_be_visible()
    # A drawn image, not a broken-image icon (its size is the deployment's choice: no source gives it).
    expect(form.captcha_image).not_to_have_js_property("naturalWidth", 0)
    expect(form.captcha).to_be_editable()  # labelled "Enter the characters from field above:"

    form.fill(account.username, account.email, account.password)
    form.fill_captcha(control.captcha_answer(form.captcha_id())).submit()

    assert control.altinn_user_count(account.username) == 1


@pytest.mark.control_api
@pytest.mark.req("ALT-CAPTCHA", "ALT-CREATE-NOTHING-STORED")
def test_with_captcha_wrong_characters_are_refused(page: Page, lang: str, urls, account, control) -> None:
    control.set_captcha_mode("on")
    form = CreateUser.open(page, lang, urls)
    wrong = _wrong(control.captcha_answer(form.captcha_id()))

    form = form.fill(account.username, account.email, account.password).fill_captcha(wrong).submit_refused()

    expect_field_error(form.captcha)
    expect(form.captcha_image).to_be_visible()  # a new image to try again with
    expect_refused_keeping_input(form, account.username, account.email)
    assert_nothing_stored(control, account.username, account.email)
