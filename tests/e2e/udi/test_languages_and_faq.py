"""Guide 001 as a page: its questions and answers in English, Bokmål and Nynorsk, and the Russian banner
"Не всё содержание этой страницы имеется на русском." on Russian pages that are partly English."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.components import LanguageSelector, expect_distinct, expect_page_language, expect_wording
from pages.udi import Login, LoginFaq, RegisterEmail

LANGUAGES = ("en", "nb", "nn")  # the Russian scenarios below take no `lang`; they name their language
QUESTIONS = ("faq.nothing_happens", "faq.error", "faq.problems", "faq.move", "faq.find", "faq.must", "faq.employer")
ANSWERS = ("faq.problems.a", "faq.move.a", "faq.minid.a")


@pytest.mark.req("UDI-FAQ")
def test_the_questions_and_answers_about_logging_in(page: Page, lang: str, urls) -> None:
    """Guide 001's questions and answers word for word where it gives them (English); in every language
    at least its questions as headings of their own, in the page's language."""
    faq = Login.open(page, lang, urls).questions_and_answers()
    expect_page_language(page, lang)
    for key in (*QUESTIONS, "faq.minid"):
        question = faq.question(key)
        if question is not None:
            expect(question).to_be_visible()
    for key in ANSWERS:
        answer = faq.text(key)
        if answer is not None:
            expect(answer).to_be_visible()
    expect(faq.questions.nth(len(QUESTIONS))).to_be_visible()  # at least the questions named above
    headings = [text.strip() for text in faq.questions.all_inner_texts()]
    expect_distinct({str(number): text for number, text in enumerate(headings)})


@pytest.mark.req("UDI-PWD-NO-GENERATORS")
def test_the_questions_and_answers_warn_against_password_generators(page: Page, lang: str, urls) -> None:
    faq = LoginFaq.open(page, lang, urls)
    # Guide 001's warning word for word where it gives it (English); else the paragraph after the list of
    # characters the password cannot have, in the page's language.
    expect_wording(faq.generators, faq.t.get("faq.generators"))
    expect_page_language(page, lang)


@pytest.mark.req("UDI-LANG-RU")
def test_the_russian_log_in_page_is_translated_and_has_no_banner(page: Page, urls) -> None:
    login = Login.open(page, "en", urls)
    login_ru = Login(page, "ru")
    LanguageSelector(page, "en").choose("ru")
    login_ru.expect_loaded()
    expect_page_language(page, "ru")
    expect(login_ru.email).to_be_visible()
    expect(login_ru.submit_button).to_be_visible()
    expect(login_ru.untranslated_banner).to_have_count(0)
    # Translated: none of the English wording of the log-in page is left (its Russian is undocumented).
    for key in ("login.password", "login.submit", "login.register", "login.password_heading"):
        expect(page.get_by_text(login.t[key], exact=True), f"English {key!r} on the Russian page").to_have_count(0)
    expect(login_ru.submit_button).not_to_have_text(login.t["login.submit"])


@pytest.mark.req("UDI-LANG-RU", "UDI-FAQ")
def test_russian_pages_in_english_carry_the_banner(page: Page, urls) -> None:
    faq = LoginFaq.open(page, "ru", urls)  # the guide's own page: "Log in" + the banner, content in English
    expect(faq.untranslated_banner).to_be_visible()
    expect(faq.question("faq.minid")).to_be_visible()

    register = RegisterEmail.open(page, "ru", urls)
    expect(register.untranslated_banner).to_be_visible()
