"""docs/requirements.md is generated from the catalogue and kept up to date; report links land on its anchors."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fixtures.traceability import LINK_TEMPLATE, load_catalogue

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from requirements_doc import OUTPUT, anchor, render  # noqa: E402


def test_committed_requirements_doc_is_up_to_date() -> None:
    expected = render(load_catalogue())
    assert OUTPUT.exists() and OUTPUT.read_text() == expected, (
        "docs/requirements.md is out of date with requirements/catalogue.toml: "
        "run `.venv/bin/python scripts/requirements_doc.py` and commit the result"
    )


def test_every_requirement_has_a_heading_whose_anchor_is_the_lower_case_id() -> None:
    text = OUTPUT.read_text()
    headings = set(re.findall(r"^### (\S+)$", text, re.M))
    catalogue = load_catalogue()
    assert headings == set(catalogue.requirements)
    # GitHub's anchor for a heading of letters, digits and hyphens is the heading in lower case.
    assert all(anchor(rid) == rid.lower() and re.fullmatch(r"[A-Z0-9-]+", rid) for rid in headings)


def test_report_link_points_at_the_anchor() -> None:
    link = LINK_TEMPLATE.format(anchor=anchor("ALT-PWD-MIN"))
    assert link.endswith("requirements.md#alt-pwd-min")
