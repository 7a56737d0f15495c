"""Base of the ID-porten screens: their text table."""

from pages.base import Screen
from pages.idporten.texts import TEXTS


class IdportenScreen(Screen):
    TEXTS = TEXTS
