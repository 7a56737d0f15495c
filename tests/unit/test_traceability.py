"""The requirements catalogue and the traceability plugin's verdicts (fixtures/traceability.py)."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from fixtures.traceability import (
    BASES,
    CATALOGUE,
    ROOT,
    Catalogue,
    Requirement,
    basis_counts,
    load_catalogue,
    summarise,
)

GUIDE_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
ID = re.compile(r"(ALT|ALTSYS|IDP|MINID|UDI)(-[A-Z0-9]+)+")
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def raw() -> dict:
    return tomllib.loads(CATALOGUE.read_text())


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


# --- the catalogue ---------------------------------------------------------------------------------
def test_every_id_is_defined_once(raw: dict) -> None:
    twice = [rid for rid, n in Counter(entry["id"] for entry in raw["requirement"]).items() if n > 1]
    assert not twice, f"ids defined more than once: {twice}"


def test_a_duplicated_id_stops_loading(tmp_path: Path) -> None:
    entry = '[[requirement]]\nid = "ALT-X"\nguide = "g"\nsource = "g"\nbasis = "guide"\nscreen = "s"\nrule = "r"\n'
    path = tmp_path / "catalogue.toml"
    path.write_text(entry + entry)
    with pytest.raises(ValueError, match="ALT-X is defined twice"):
        load_catalogue(path)


def test_every_id_follows_the_naming_scheme(catalogue: Catalogue) -> None:
    bad = [rid for rid in catalogue.requirements if not ID.fullmatch(rid)]
    assert not bad, f"ids not of the form <SERVICE>-<AREA>-<RULE> (docs/CONVENTIONS.md): {bad}"


def test_every_guide_is_a_seed_file_name(catalogue: Catalogue) -> None:
    bad = [guide for guide in catalogue.guides if not GUIDE_FILE.fullmatch(guide)]
    assert not bad, f"[guides] entries that are not seed file names: {bad}"


def test_every_requirement_names_a_listed_guide_and_cites_it_first(catalogue: Catalogue) -> None:
    bad = {
        rid: (req.guide, req.source)
        for rid, req in catalogue.requirements.items()
        if req.guide not in catalogue.guides
        or not req.source.startswith(req.guide)
        or not GUIDE_FILE.fullmatch(req.guide)
    }
    assert not bad, f"requirements whose guide is unlisted or whose source does not start with it: {bad}"


def test_every_requirement_says_where_and_what(catalogue: Catalogue) -> None:
    bad = [rid for rid, req in catalogue.requirements.items() if not req.screen.strip() or not req.rule.strip()]
    assert not bad, f"requirements without a screen or a rule: {bad}"


def test_guide_000_rules_are_the_alt_ids(catalogue: Catalogue) -> None:
    alt = {rid: req.guide for rid, req in catalogue.requirements.items() if rid.startswith("ALT-")}
    assert alt, "guide 000 has no ALT- requirements"
    assert {guide[:3] for guide in alt.values()} == {"000"}, alt


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _contains(words: list[str], fragment: list[str]) -> bool:
    n = len(fragment)
    return any(words[i : i + n] == fragment for i in range(len(words) - n + 1))


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the seed guides are not at {SEEDS}")
def test_every_quote_is_the_guides_own_words(catalogue: Catalogue) -> None:
    """Word for word, between the '...' of an elision (punctuation and list layout aside)."""
    guides = {path.name: _words(path.read_text()) for path in SEEDS.glob("*.txt")}
    bad = {}
    for rid, req in catalogue.requirements.items():
        fragments = [_words(part) for part in re.split(r"\.\.\.|…", req.quote)]
        missing = [" ".join(f) for f in fragments if f and not _contains(guides.get(req.guide, []), f)]
        if missing:
            bad[rid] = missing
    assert not bad, f"quotes that are not in their guide: {bad}"


def _layout_free(text: str) -> str:
    """The guide's text with its list bullets ('- ' at a line's start) and line breaks as plain spaces."""
    return re.sub(r"\s+", " ", re.sub(r"(?m)^\s*-\s*", "", text)).strip()


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the seed guides are not at {SEEDS}")
def test_a_guide_backed_rule_quotes_the_guides_words_that_state_it(catalogue: Catalogue) -> None:
    """basis "guide": a quote, and each piece of it between elisions ('...', '…', '•' for list items) is in
    the guide exactly as written, punctuation included (issue #18: no rule filed under a guide whose
    quote states no rule)."""
    guides = {path.name: _layout_free(path.read_text()) for path in SEEDS.glob("*.txt")}
    bad = {}
    for rid, req in catalogue.requirements.items():
        if req.basis != "guide":
            continue
        pieces = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\.\.\.|…|•", req.quote)]
        missing = [p for p in pieces if p and p not in guides.get(req.guide, "")]
        if missing or not any(pieces):
            bad[rid] = missing or "no quote"
    assert not bad, f"guide-backed rules whose quote is not verbatim in their guide: {bad}"


def test_every_rule_names_its_basis_and_cites_it(catalogue: Catalogue) -> None:
    """domain-facts: the source names a domain-facts section; decision: the source names a docs/ file."""
    wrong = {}
    for rid, req in catalogue.requirements.items():
        if req.basis not in BASES:
            wrong[rid] = req.basis
        elif req.basis == "domain-facts" and "domain-facts" not in req.source:
            wrong[rid] = "domain-facts basis, but the source cites no domain-facts section"
        elif req.basis == "decision" and "docs/" not in req.source:
            wrong[rid] = "decision basis, but the source names no docs/ file"
        elif req.basis == "guide" and "domain-facts" in req.source:
            wrong[rid] = "guide basis, but the source leans on domain facts"
    assert not wrong, wrong


def test_an_unknown_basis_stops_loading(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.toml"
    path.write_text(
        '[[requirement]]\nid = "ALT-A"\nguide = "g"\nsource = "g"\nbasis = "hunch"\nscreen = "s"\nrule = "r"\n'
    )
    with pytest.raises(ValueError, match="basis"):
        load_catalogue(path)


def test_the_per_guide_line_counts_each_basis() -> None:
    entries = [
        {"basis": "guide", "outcome": "passed"},
        {"basis": "domain-facts", "outcome": "passed"},
        {"basis": "domain-facts", "outcome": "failed"},
    ]
    assert basis_counts(entries) == "guide-backed 1/1, on domain facts 1/2"


# --- verdicts --------------------------------------------------------------------------------------
def _catalogue(*ids: str) -> Catalogue:
    guide = "000_5a53f64a8c0c5286.txt"
    return Catalogue({guide: "t"}, {rid: Requirement(rid, guide, guide, "screen", "rule", "") for rid in ids})


@pytest.mark.parametrize(
    "results, verdict",
    [
        (["passed"], "passed"),
        (["passed", "passed", "passed"], "passed"),
        (["passed", "failed"], "failed"),
        (["failed", "skipped"], "failed"),
        (["passed", "skipped"], "partly skipped"),
        (["skipped", "skipped"], "skipped"),
        ([], "not run"),
    ],
)
def test_a_requirement_passes_only_when_every_test_naming_it_passed(results: list[str], verdict: str) -> None:
    outcomes = {f"t{i}": {"ids": ["ALT-A"], "outcome": outcome} for i, outcome in enumerate(results)}
    outcomes["other"] = {"ids": ["ALT-B"], "outcome": "failed"}  # another id's failure does not count
    summary = summarise(_catalogue("ALT-A", "ALT-B"), outcomes)
    assert summary["ALT-A"]["outcome"] == verdict
    assert summary["ALT-A"]["tests"] == sorted(f"t{i}" for i in range(len(results)))


def test_a_test_naming_several_ids_counts_for_each() -> None:
    outcomes = {"t": {"ids": ["ALT-A", "ALT-B"], "outcome": "failed"}, "u": {"ids": ["ALT-A"], "outcome": "passed"}}
    summary = summarise(_catalogue("ALT-A", "ALT-B", "ALT-C"), outcomes)
    assert [summary[rid]["outcome"] for rid in ("ALT-A", "ALT-B", "ALT-C")] == ["failed", "failed", "not run"]
    assert summary["ALT-A"]["tests"] == ["t", "u"]


def test_the_summary_carries_the_catalogue_entry() -> None:
    summary = summarise(_catalogue("ALT-A"), {"t": {"ids": ["ALT-A"], "outcome": "passed"}})
    assert summary["ALT-A"] | {"tests": None} == {
        "source": "000_5a53f64a8c0c5286.txt",
        "basis": "guide",
        "guide": "000_5a53f64a8c0c5286.txt",
        "screen": "screen",
        "rule": "rule",
        "tests": None,
        "outcome": "passed",
    }
