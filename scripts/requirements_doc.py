"""Write docs/requirements.md from requirements/catalogue.toml: one section per requirement id.

Each id is a heading of its own, so its anchor is the id in lower case (`#alt-pwd-min`): the Allure report
links every test's requirement ids there (fixtures/traceability.py, LINK_TEMPLATE).

    .venv/bin/python scripts/requirements_doc.py          # rewrite docs/requirements.md
    .venv/bin/python scripts/requirements_doc.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fixtures.traceability import CATALOGUE, ROOT, Catalogue, Requirement, load_catalogue

OUTPUT = ROOT / "docs" / "requirements.md"
HEADER = """# Requirements catalogue

Generated from `requirements/catalogue.toml` by `scripts/requirements_doc.py`; do not edit by hand.
Each requirement has its own heading, so `#<id in lower case>` links to it (the Allure report does).
*Basis* says what the rule itself rests on: **guide** (the quote, verbatim from the guide, states it),
**domain-facts** (the guide gives at most the screen or the field; the rule is in `domain-facts.md`) or
**decision** (neither states it; the source names the docs file that decides it).
"""
BASIS_WORDS = {"guide": "guide-backed", "domain-facts": "on domain facts", "decision": "decisions"}


def _counts(reqs: list[Requirement]) -> str:
    return ", ".join(f"{sum(r.basis == basis for r in reqs)} {words}" for basis, words in BASIS_WORDS.items())


def anchor(requirement_id: str) -> str:
    return requirement_id.lower()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _entry(req: Requirement) -> list[str]:
    lines = [f"### {req.id}", "", f"**{req.rule}**", "", f"- screen: {req.screen}", f"- basis: {req.basis}"]
    lines.append(f"- source: `{req.source}`")
    if req.quote:
        lines += ["", *(f"> {line}" if line else ">" for line in req.quote.strip().splitlines())]
    return [*lines, ""]


def render(catalogue: Catalogue) -> str:
    by_guide: dict[str, list[Requirement]] = defaultdict(list)
    for req in catalogue.requirements.values():
        by_guide[req.guide].append(req)
    every = list(catalogue.requirements.values())
    lines = [HEADER, f"{len(every)} requirements: {_counts(every)}.", ""]
    for guide in sorted(by_guide):
        reqs = by_guide[guide]
        lines += [f"## {catalogue.guides.get(guide, guide)}", "", f"Guide `{guide}`: {len(reqs)} requirements,"]
        lines += [f"{_counts(reqs)}.", ""]
        lines += ["| id | basis | screen | rule |", "|---|---|---|---|"]
        lines += [f"| [{r.id}](#{anchor(r.id)}) | {r.basis} | {_cell(r.screen)} | {_cell(r.rule)} |" for r in reqs]
        lines.append("")
        for req in by_guide[guide]:
            lines += _entry(req)
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description="Write docs/requirements.md from the requirements catalogue.")
    parser.add_argument("--check", action="store_true", help="only check that the committed file is up to date")
    args = parser.parse_args()
    text = render(load_catalogue(CATALOGUE))
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text() != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run scripts/requirements_doc.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
