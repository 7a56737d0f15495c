"""Checks at the edge for values that would otherwise fail deep inside (a 500): ids past SQLite's integer
range, and lone surrogates, which Python strings may hold (JSON's "\\ud800") but UTF-8 cannot encode, so
SQLite, the JSON encoder and the e-mail outbox all raise on them."""

from __future__ import annotations

import re
from typing import Annotated, Any

from annotated_types import Ge, Le

SQLITE_INT_MAX = 2**63 - 1
# A row id in a path or query: FastAPI answers 422 for anything else, before SQLite sees it.
RowId = Annotated[int, Ge(1), Le(SQLITE_INT_MAX)]
PID_PATTERN = r"^\d{11}$"
# Cheap pre-check on the raw body: only a body with a surrogate escape is parsed and walked.
SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def lone_surrogate_at(value: Any, where: str = "body") -> str | None:
    """Where in a parsed JSON value a key or a string holds a lone surrogate ('body.user.name'), or None."""
    stack = [(value, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, str):
            if has_lone_surrogate(item):
                return at
        elif isinstance(item, dict):
            for key, inner in item.items():
                label = f"{at}.{key.encode('utf-8', 'backslashreplace').decode()}"
                if has_lone_surrogate(key):
                    return label
                stack.append((inner, label))
        elif isinstance(item, list):
            stack.extend((inner, f"{at}[{i}]") for i, inner in enumerate(item))
    return None
