"""Base of the Altinn screens: their text table."""

from pages.altinn.texts import TEXTS
from pages.base import Screen


class AltinnScreen(Screen):
    TEXTS = TEXTS
