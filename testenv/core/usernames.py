"""Usernames as people read them.

- `fold`: the identity of a username: NFKC (fullwidth 'ｋａｒｉ' and mathematical bold '𝐤𝐚𝐫𝐢' are 'kari'),
  then case folding. Log-in looks an account up by it.
- `skeleton`: what a username looks like (Unicode TR39's "skeleton", with a small mapping of our own for
  the scripts at hand: Cyrillic and Greek letters that look like Latin ones, and a few Latin look-alikes).
  Two usernames with the same skeleton are confusable; the stores keep the skeleton in their UNIQUE key, so
  a look-alike of an existing username ('kаri' with a Cyrillic а beside 'kari') is refused, race-free.

No maintained confusables package is installed (the venv is shared and fixed), so the mapping is ours and
deliberately small: whole-script look-alikes only, no digit/letter pairs ('0'/'o', '1'/'l'), which would refuse
ordinary names such as 'kari1' next to 'karil'. docs/decisions.md ("Usernames") says why.
"""

from __future__ import annotations

import unicodedata

# Upper and lower case separately, before case folding: Greek 'Η' looks like 'H' but 'η' like 'n'.
_LOOK_ALIKES = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "Ѕ": "S", "І": "I", "Ј": "J", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ү": "Y", "Һ": "H", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "а": "a", "в": "b", "е": "e", "ѕ": "s", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ү": "y", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ӏ": "l", "Ӏ": "l", "ь": "b",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "α": "a", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "υ": "u", "χ": "x", "γ": "y", "ϲ": "c",
    "ϳ": "j",
    # Latin look-alikes of other Latin letters
    "ı": "i", "ɑ": "a", "ɡ": "g", "ʏ": "y", "ᴅ": "d",
}  # fmt: skip
_TABLE = str.maketrans(_LOOK_ALIKES)


def fold(username: str) -> str:
    """The username's identity: NFKC, then case folding (NFKC again: folding can un-normalise)."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", username).casefold())


def skeleton(username: str) -> str:
    """What the username looks like: equal skeletons mean a reader cannot tell the two apart."""
    normal = unicodedata.normalize("NFKC", username)
    # Decomposed, so that a look-alike with an accent ('ё') maps like its base letter; marks are kept.
    mapped = unicodedata.normalize("NFD", normal).translate(_TABLE)
    return fold(mapped)
