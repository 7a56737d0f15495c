"""UDI's text tables: Nynorsk is a full language (no English left in it, no Bokmål words), unlike Russian,
which is partial on purpose and carries guide 001's banner. That every served language has every key with the
same placeholders is checked for all services at once in test_translations.py."""

from __future__ import annotations

import re

from testenv.services.udi.texts import TEXTS
from testenv.services.udi.view import LANGS, PARTIAL_LANGS

# Common Bokmål forms whose Nynorsk differs (ikkje, eg, kva, kven, korleis, dersom/viss, frå, eit, ein, ...):
# one of them in a Nynorsk text means a line was copied from the Bokmål table and not translated.
BOKMAL_ONLY = {
    "ikke", "jeg", "hva", "hvem", "hvordan", "hvis", "fra", "et", "en", "mulig", "nå", "bruker", "brukernavn",
    "brukerkonto", "glemt", "sikkerhetsnivå", "ble", "være", "noe", "hvilket", "selv", "tjenesten", "krever",
    "høyere", "bare", "tegn", "velg", "bekreft", "bekreftelseskode", "søker", "dem", "deres",
}  # fmt: skip


def test_nynorsk_is_served_as_a_full_language() -> None:
    assert "nn" in LANGS
    assert "nn" not in PARTIAL_LANGS  # no fallback banner: nothing may fall back


def test_no_nynorsk_text_is_empty() -> None:
    assert all(text.strip() for text in TEXTS["nn"].values())


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
