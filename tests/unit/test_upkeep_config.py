"""The upkeep configuration, checked offline: the pre-commit hooks (parsed by pre-commit's own loader) and the
Dependabot configuration (no schema offline: parsed as YAML and held against the files the repository has).
PyYAML comes with pre-commit (pinned), which needs it."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from pre_commit.clientlib import load_config

ROOT = Path(__file__).resolve().parents[2]
PRE_COMMIT = ROOT / ".pre-commit-config.yaml"
DEPENDABOT = ROOT / ".github" / "dependabot.yml"
# What `make test` checks quickly; the slow part (the tests themselves) stays in `make test`.
HOOKS = {"ruff-check", "ruff-format", "mypy", "actionlint"}
# The files that make Dependabot's ecosystems matter here.
ECOSYSTEM_FILES = {
    "pip": ["pyproject.toml", "requirements*.txt"],
    "npm": ["package.json"],
    "github-actions": [".github/workflows/*.yml", ".github/workflows/*.yaml"],
    "docker": ["Dockerfile", "**/Dockerfile"],
    "gitsubmodule": [".gitmodules"],
}


def test_pre_commit_config_parses_and_runs_the_quick_checks_of_make_test() -> None:
    config = load_config(str(PRE_COMMIT))  # pre-commit's schema: raises on any error
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert {hook["id"] for hook in hooks} == HOOKS


def test_every_hook_runs_a_pinned_local_tool_so_nothing_is_cloned() -> None:
    config = load_config(str(PRE_COMMIT))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    for hook in config["repos"][0]["hooks"]:
        assert hook["language"] == "unsupported", hook["id"]  # pre-commit 4.4+ spells `system` so
        tool = hook["entry"].split()[0]
        assert tool == "node" or tool.startswith(".venv/bin/"), f"{hook['id']}: {tool} is not the venv's"


def test_the_mypy_hook_checks_the_configured_tree_as_make_test_does() -> None:
    hook = next(h for r in load_config(str(PRE_COMMIT))["repos"] for h in r["hooks"] if h["id"] == "mypy")
    assert hook["pass_filenames"] is False
    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]
    assert set(mypy["files"]) == {"pages", "fixtures", "testenv", "bench", "scripts"}
    assert re.search(r"^test:.*\n(\t.*\n)*\t\$\(PY\) -m mypy$", (ROOT / "Makefile").read_text(), re.M)


def _dependabot() -> dict:
    config = yaml.safe_load(DEPENDABOT.read_text())
    assert config["version"] == 2
    return config


def _used_ecosystems() -> set[str]:
    return {eco for eco, globs in ECOSYSTEM_FILES.items() if any(any(ROOT.glob(g)) for g in globs)}


def test_dependabot_covers_every_ecosystem_the_repository_uses() -> None:
    configured = {update["package-ecosystem"] for update in _dependabot()["updates"]}
    assert _used_ecosystems() == {"pip", "npm", "github-actions"}  # a new kind of file needs an entry
    assert configured == _used_ecosystems()


@pytest.mark.parametrize("update", _dependabot()["updates"], ids=lambda u: u["package-ecosystem"])
def test_every_update_is_scheduled_at_the_root_and_grouped(update: dict) -> None:
    assert update["directory"] == "/"
    assert update["schedule"]["interval"] in {"daily", "weekly", "monthly"}
    assert update["groups"], "without groups every package opens its own pull request"
    if update["package-ecosystem"] in {"pip", "npm"}:
        assert update["versioning-strategy"] == "increase"  # the pins stay exact: bumped, never widened


def _first_group(groups: dict, package: str) -> str | None:
    """Dependabot puts a dependency in the first group whose patterns match it."""
    for name, group in groups.items():
        if any(fnmatch.fnmatchcase(package, pattern) for pattern in group["patterns"]):
            return name
    return None


def test_every_pinned_python_package_is_in_a_group_and_playwright_moves_with_its_plugin() -> None:
    pip = next(u for u in _dependabot()["updates"] if u["package-ecosystem"] == "pip")
    pins = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = [re.split(r"[=<>!~\[; ]", pin, maxsplit=1)[0].lower() for pin in pins]
    assert all("==" in pin for pin in pins), "pyproject.toml pins exactly"
    groups = {name: _first_group(pip["groups"], name) for name in names}
    assert None not in groups.values(), groups
    assert groups["playwright"] == groups["pytest-playwright"] == "browser"
