"""Guide 001 as a page: its questions and answers in English, Bokmål and Nynorsk, and the Russian banner
"Не всё содержание этой страницы имеется на русском." on Russian pages that are partly English."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.components import LanguageSelector
from pages.udi import Login, LoginFaq, RegisterEmail

LANGUAGES = ("en", "nb", "nn")  # the Russian scenarios below take no `lang`; they name their language
QUESTIONS = ("faq.nothing_happens", "faq.error", "faq.problems", "faq.move", "faq.find", "faq.must", "faq.employer")
ANSWERS = ("faq.problems.a", "faq.move.a", "faq.minid.a")


@pytest.mark.req("UDI-FAQ")
def test_the_questions_and_answers_about_logging_in(page: Page, lang: str, urls) -> None:
    faq = Login.open(page, lang, urls).questions_and_answers()
    for key in (*QUESTIONS, "faq.minid"):
        expect(faq.question(key)).to_be_visible()
    for key in ANSWERS:
        expect(faq.text(key)).to_be_visible()


@pytest.mark.req("UDI-PWD-NO-GENERATORS")
def test_the_questions_and_answers_warn_against_password_generators(page: Page, lang: str, urls) -> None:
    faq = LoginFaq.open(page, lang, urls)
    expect(faq.text("faq.generators")).to_be_visible()


@pytest.mark.req("UDI-LANG-RU")
def test_the_russian_log_in_page_is_translated_and_has_no_banner(page: Page, urls) -> None:
    login = Login.open(page, "en", urls)
    login_ru = Login(page, "ru")
    LanguageSelector(page, "en").choose("ru")
    login_ru.expect_loaded()
    expect(login_ru.email).to_be_visible()
    expect(login_ru.submit_button).to_be_visible()
    expect(login_ru.untranslated_banner).to_have_count(0)
    expect(login.heading).to_have_count(0)


@pytest.mark.req("UDI-LANG-RU", "UDI-FAQ")
def test_russian_pages_in_english_carry_the_banner(page: Page, urls) -> None:
    faq = LoginFaq.open(page, "ru", urls)  # the guide's own page: "Log in" + the banner, content in English
    expect(faq.untranslated_banner).to_be_visible()
    expect(faq.question("faq.minid")).to_be_visible()

    register = RegisterEmail.open(page, "ru", urls)
    expect(register.untranslated_banner).to_be_visible()
