"""Text tables: `{lang: {key: text}}` merged from the core and every service."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from fastapi import Request

LANGUAGE_NAMES = {"en": "English", "nb": "Norsk bokmål", "nn": "Norsk nynorsk", "ru": "Русский"}

Texts = dict[str, dict[str, str]]


def merge(tables: Iterable[Mapping[str, Mapping[str, str]]]) -> Texts:
    merged: Texts = {}
    for table in tables:
        for lang, entries in table.items():
            bucket = merged.setdefault(lang, {})
            clash = set(bucket) & set(entries)
            if clash:
                raise ValueError(f"text keys defined twice for {lang}: {sorted(clash)}")
            bucket.update(entries)
    return merged


class Translator:
    """`t(key, **params)`; falls back to English and remembers it (UDI shows a banner for that)."""

    def __init__(self, texts: Texts, lang: str) -> None:
        self.lang = lang
        self._own = texts.get(lang, {})
        self._english = texts["en"]
        self.fell_back: list[str] = []

    def __call__(self, key: str, **params: object) -> str:
        text = self._own.get(key)
        if text is None:
            text = self._english[key]
            self.fell_back.append(key)
        return text.format(**params) if params else text

    def has(self, key: str) -> bool:
        return key in self._own


def translator(request: Request, lang: str) -> Translator:
    return Translator(request.app.state.texts, lang)
