"""Every language a service serves is complete: a page never mixes in English because a key is missing.

(UDI's Russian is the one deliberate exception: the real portal is partly translated and says so in a banner.)
"""

from __future__ import annotations

import string

import pytest

from testenv.core import texts as core_texts
from testenv.services import SERVICES

PARTIAL = {("udi", "ru")}  # shown with the "partly translated" banner on purpose
FULL_LANGS = ("en", "nb", "nn")


def _short(service) -> str:
    return service.__name__.rsplit(".", 1)[-1]


def _params(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("service", SERVICES, ids=_short)
def test_every_language_a_service_serves_has_every_key(service) -> None:
    table = service.TEXTS
    english = set(table["en"])
    for lang, entries in table.items():
        if (_short(service), lang) in PARTIAL:
            continue
        missing, extra = sorted(english - set(entries)), sorted(set(entries) - english)
        assert not missing and not extra, f"{_short(service)} {lang}: missing {missing}, extra {extra}"


@pytest.mark.parametrize("service", SERVICES, ids=_short)
def test_translations_keep_the_placeholders_of_the_english(service) -> None:
    english = {**core_texts.TEXTS["en"], **service.TEXTS["en"]}  # a service may translate a shared key
    for lang, entries in service.TEXTS.items():
        for key, text in entries.items():
            if key not in english and (_short(service), lang) in PARTIAL:
                continue  # the banner that says the page is partly translated exists only there
            assert _params(text) == _params(english[key]), f"{_short(service)} {lang} {key}: {text!r}"


def test_the_shared_texts_exist_in_every_full_language() -> None:
    for lang in FULL_LANGS:
        assert set(core_texts.TEXTS[lang]) == set(core_texts.TEXTS["en"]), lang
