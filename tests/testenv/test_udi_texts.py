"""UDI's text tables: Nynorsk is a full language (every Bokmål key, the same placeholders, no English
left in it, no Bokmål words), unlike Russian, which is partial on purpose and carries guide 001's banner."""

from __future__ import annotations

import re
from string import Formatter

import pytest

from testenv.services.udi.texts import TEXTS
from testenv.services.udi.view import LANGS, PARTIAL_LANGS

# Common Bokmål forms whose Nynorsk differs (ikkje, eg, kva, kven, korleis, dersom/viss, frå, eit, ein, ...):
# one of them in a Nynorsk text means a line was copied from the Bokmål table and not translated.
BOKMAL_ONLY = {
    "ikke", "jeg", "hva", "hvem", "hvordan", "hvis", "fra", "et", "en", "mulig", "nå", "bruker", "brukernavn",
    "brukerkonto", "glemt", "sikkerhetsnivå", "ble", "være", "noe", "hvilket", "selv", "tjenesten", "krever",
    "høyere", "bare", "tegn", "velg", "bekreft", "bekreftelseskode", "søker", "dem", "deres",
}  # fmt: skip


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def test_nynorsk_is_served_as_a_full_language() -> None:
    assert "nn" in LANGS
    assert "nn" not in PARTIAL_LANGS  # no fallback banner: nothing may fall back


def test_every_bokmal_key_has_a_nynorsk_text_and_no_more() -> None:
    assert set(TEXTS["nn"]) == set(TEXTS["nb"]) == set(TEXTS["en"])
    assert all(text.strip() for text in TEXTS["nn"].values())


@pytest.mark.parametrize("key", sorted(TEXTS["nb"]))
def test_a_nynorsk_text_has_the_placeholders_of_bokmal(key: str) -> None:
    assert placeholders(TEXTS["nn"][key]) == placeholders(TEXTS["nb"][key])


def test_no_nynorsk_text_is_left_in_english() -> None:
    # Where Bokmål differs from English (everything but names such as "UDI"), Nynorsk must differ too.
    english = [key for key, text in TEXTS["nn"].items() if text == TEXTS["en"][key] != TEXTS["nb"][key]]
    assert english == []


def test_no_nynorsk_text_has_bokmal_words() -> None:
    found = {
        key: sorted(words)
        for key, text in TEXTS["nn"].items()
        if (words := set(re.findall(r"\w+", text.casefold())) & BOKMAL_ONLY)
    }
    assert found == {}
