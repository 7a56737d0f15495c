"""Base of the advanced-settings and alternative-log-in screens: their text table."""

from pages.altinn_system.texts import TEXTS
from pages.base import Screen


class AltsysScreen(Screen):
    TEXTS = TEXTS
