"""The sunset of guide 000's self-identified user (info.altinn.no "Altinn alternative log-in methods",
domain-facts §0, §10.2): offered until 19 June 2026 00:00 in Norway, gone from then on (fixtures/data/timeline.py).

These scenarios are about the dates, so they run in today's era and pin each instant themselves with
`control.set_clock_at`; the instants sit minutes from Norway's midnight, where a sunset a day late, a day
early or at UTC's midnight (two hours later in summer) shows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from fixtures.data.timeline import OSLO, SELF_IDENTIFIED_UNTIL
from fixtures.era import GUIDE_000_AT, TODAY
from pages.altinn import AlternativeLogin, CreateUser, Login, SelfIdentifiedEnded, SelfIdentifiedLogin
from pages.altinn.self_identified_ended import OLD_PATHS
from pages.components import expect_page_language

pytestmark = pytest.mark.era(TODAY)

EVENING_BEFORE = SELF_IDENTIFIED_UNTIL - timedelta(minutes=10)  # 18 June 2026, 23:50 in Norway
JUST_AFTER = SELF_IDENTIFIED_UNTIL + timedelta(seconds=10)  # 19 June 2026, 00:00:10 in Norway (22:00:10 UTC)
GONE = 410


def expect_ended_everywhere(page: Page, lang: str, urls) -> None:
    """Every old address of guide 000 answers 410 with the page that explains the end and leads on."""
    for path in OLD_PATHS:
        url = urls("altinn", path.format(lang=lang))
        response = page.goto(url)
        assert response is not None and response.status == GONE, (
            f"{url} answered {response.status if response else None}, not {GONE} Gone"
        )
        ended = SelfIdentifiedEnded(page, lang).expect_loaded()
        expect_page_language(page, lang)
        expect(ended.old_login_form).to_have_count(0)  # nothing to log in with the old way
        if ended.documented("ended.email_login"):
            expect(ended.main).to_contain_text(ended.t["ended.email_login"])
    ended.go_to_log_in()  # and the way on is Altinn's log-in page


@pytest.mark.control_api
@pytest.mark.req("ALT-SUNSET-BEFORE", "ALT-NAV-WITHOUT-ID")
def test_the_evening_before_the_sunset_a_new_user_is_created_and_logs_in(
    page: Page, lang: str, urls, fake, control
) -> None:
    control.set_clock_at(EVENING_BEFORE)
    username, password = fake.unique_username(), fake.password(ALTINN)

    alternatives = AlternativeLogin.open(page, lang, urls)
    expect(alternatives.links["alt.without_id"]).to_be_visible()  # still linked the evening before
    form = alternatives.log_in_without_identity_number().create_new_user()
    inbox = form.fill(username, fake.unique_email(username), password).submit().log_in().log_in(username, password)

    expect(inbox.logged_in_as(username)).to_be_visible()
    expect(inbox.security_level(0)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("ALT-SUNSET-GONE")
def test_from_midnight_in_norway_the_old_addresses_say_the_method_has_ended(
    page: Page, lang: str, urls, control
) -> None:
    control.set_clock_at(JUST_AFTER)
    expect_ended_everywhere(page, lang, urls)


@pytest.mark.control_api
@pytest.mark.req("ALT-SUNSET-LINKS")
def test_from_midnight_in_norway_altinn_no_longer_links_to_the_old_user(page: Page, lang: str, urls, control) -> None:
    control.set_clock_at(JUST_AFTER)
    alternatives = AlternativeLogin.open(page, lang, urls)

    expect(alternatives.links["alt.enterprise"]).to_be_visible()  # the page's other links are still there
    expect(alternatives.links["alt.without_id"]).to_have_count(0)


@pytest.mark.req("ALT-SUNSET-GONE", "ALT-SUNSET-LINKS")
def test_todays_altinn_has_no_self_identified_user(page: Page, lang: str, urls, target) -> None:
    """Black-box: on the real date (after the sunset) any target shows today's Altinn."""
    if datetime.now(OSLO) < SELF_IDENTIFIED_UNTIL:
        pytest.skip("the real date is before the sunset of 19 June 2026")
    if target.self_identified:
        pytest.skip(f"target {target.name!r} says it still offers the self-identified user (targets.toml)")
    expect(AlternativeLogin.open(page, lang, urls).links["alt.without_id"]).to_have_count(0)
    expect_ended_everywhere(page, lang, urls)


@pytest.mark.control_api
@pytest.mark.req("ALT-SUNSET-OLD-ACCOUNT")
def test_an_account_from_2025_cannot_log_in_the_old_way_after_the_sunset(
    page: Page, lang: str, urls, fake, control
) -> None:
    username, password = fake.unique_username(), fake.password(ALTINN)
    control.set_clock_at(GUIDE_000_AT)  # created by guide 000, in 2025
    CreateUser.open(page, lang, urls).fill(username, fake.unique_email(username), password).submit()

    control.set_clock_at(EVENING_BEFORE)  # the log-in form opened minutes before midnight ...
    form = SelfIdentifiedLogin.open(page, lang, urls)
    control.set_clock_at(JUST_AFTER)  # ... and sent after it
    form.log_in_after_the_sunset(username, password)

    Login(page, lang).goto(urls("altinn", f"/{lang}/inbox"))  # nobody is logged in: the inbox sends to log-in
    assert control.altinn_user(username) is not None, "the old account must be kept (for linking it)"


@pytest.mark.control_api
@pytest.mark.req("ALT-SUNSET-GONE")
def test_a_create_form_opened_before_midnight_and_sent_after_it_stores_nothing(
    page: Page, lang: str, urls, fake, control
) -> None:
    username = fake.unique_username()
    email = fake.unique_email(username)
    control.set_clock_at(EVENING_BEFORE)
    form = CreateUser.open(page, lang, urls).fill(username, email, fake.password(ALTINN))
    control.set_clock_at(JUST_AFTER)
    form.submit_after_the_sunset()

    assert control.altinn_user_count(username) == 0, f"a form sent after the sunset created the user {username!r}"
    assert control.emails(email) == [], f"a form sent after the sunset e-mailed {email!r}"
