"""Base of the MinID screens: their text table (the identity-number messages come from ID-porten's)."""

from pages.base import Screen
from pages.idporten.texts import TEXTS as IDPORTEN_TEXTS
from pages.minid.texts import TEXTS as MINID_TEXTS

TEXTS = {
    lang: {**{k: v for k, v in IDPORTEN_TEXTS[lang].items() if k.startswith("err.pid.")}, **MINID_TEXTS[lang]}
    for lang in MINID_TEXTS
}


class MinidScreen(Screen):
    TEXTS = TEXTS
