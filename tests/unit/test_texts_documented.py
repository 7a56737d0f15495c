"""The suite's text tables hold documented wording only (docs/CONVENTIONS.md "Two parts"): every entry
of a converted service cites a guide or the domain facts, and none is the suite's own invention (which
would end up compared as if it were an oracle)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parents[2] / "pages"
CONVERTED = ("altinn", "altinn_system", "minid", "idporten", "udi")
ENTRY = re.compile(r'^\s*"[\w.]+":\s*"')
SOURCE = re.compile(r"#\s*(guide \d{3}|domain-facts §|a name)")


@pytest.mark.parametrize("service", CONVERTED)
def test_every_entry_cites_its_source_and_none_is_invented(service: str) -> None:
    lines = (PAGES / service / "texts.py").read_text(encoding="utf-8").splitlines()
    entries = [(number, line) for number, line in enumerate(lines, 1) if ENTRY.match(line)]
    assert entries, f"no entries found in pages/{service}/texts.py"
    invented = [number for number, line in entries if "invented" in line]
    uncited = [number for number, line in entries if not SOURCE.search(line)]
    assert not invented, f"pages/{service}/texts.py lines {invented}: invented wording in the oracle"
    assert not uncited, f"pages/{service}/texts.py lines {uncited}: no guide or domain-facts citation"
