"""House rules for .github/workflows beyond what actionlint checks (`make workflow-lint`, part of `make test`):
actions pinned by full commit SHA with the release in a comment, the same release everywhere, and the
nightly run's triggers and inputs. Line-based on purpose: no YAML parser is among the pinned packages."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$")
PINNED = re.compile(r"(?P<action>[\w.-]+/[\w.-]+(?:/[\w./-]+)?)@(?P<sha>[0-9a-f]{40})")
VERSION_COMMENT = re.compile(r"^\s+#\s+v\d+\.\d+\.\d+\b")

sys.path.insert(0, str(ROOT / "scripts"))

from merge_shards import combine, merge_durations, merge_traceability  # noqa: E402


def _uses() -> list[tuple[str, int, str, str]]:
    found = []
    for path in WORKFLOWS:
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if match := USES.match(line):
                found.append((path.name, number, match.group(1), match.group(2)))
    return found


def test_there_are_a_pull_request_and_a_nightly_workflow() -> None:
    assert {p.name for p in WORKFLOWS} >= {"pull-request.yml", "nightly.yml"}


def test_every_action_is_pinned_by_commit_sha_with_its_release_in_a_comment() -> None:
    uses = _uses()
    assert uses
    bad = [
        f"{name}:{number}: {ref}{rest}"
        for name, number, ref, rest in uses
        if not ref.startswith("./") and not (PINNED.fullmatch(ref) and VERSION_COMMENT.match(rest))
    ]
    assert not bad, "not pinned as owner/repo@<40-hex sha> # vX.Y.Z:\n" + "\n".join(bad)


def test_one_action_is_one_release_everywhere() -> None:
    pins: dict[str, set[str]] = {}
    for _name, _number, ref, rest in _uses():
        if match := PINNED.fullmatch(ref):
            action = match["action"].split("/")[0] + "/" + match["action"].split("/")[1]
            pins.setdefault(action, set()).add(f"{match['sha']}{rest.strip()}")
    assert {action: sorted(p) for action, p in pins.items() if len(p) > 1} == {}


def test_nightly_runs_on_weekdays_and_by_hand_with_target_languages_and_markers() -> None:
    text = (ROOT / ".github" / "workflows" / "nightly.yml").read_text()
    assert re.search(r'cron:\s*"[\d*]+ [\d*]+ \* \* 1-5"', text)
    dispatch = text.split("workflow_dispatch:", 1)[1].split("\npermissions:", 1)[0]
    assert all(f"      {name}:" in dispatch for name in ("target", "languages", "markers"))
    assert "--store-durations" in text and "--history-path" in text and "deploy-pages@" in text


def test_merged_durations_keep_old_timings_and_take_the_shards_new_ones() -> None:
    base = {"a": 1.0, "b": 2.0}
    assert merge_durations(base, [{"b": 3.0}, {"c": 4.0}]) == {"a": 1.0, "b": 3.0, "c": 4.0}


def test_merged_traceability_unites_tests_and_keeps_the_worst_outcome() -> None:
    entry = {"source": "s", "guide": "g", "screen": "x", "rule": "r"}
    shard1 = {
        "ID-1": {**entry, "tests": ["t1"], "outcome": "passed"},
        "ID-2": {**entry, "tests": [], "outcome": "not run"},
    }
    shard2 = {
        "ID-1": {**entry, "tests": ["t2"], "outcome": "failed"},
        "ID-2": {**entry, "tests": ["t3"], "outcome": "skipped"},
    }
    merged = merge_traceability([shard1, shard2])
    assert merged["ID-1"]["tests"] == ["t1", "t2"] and merged["ID-1"]["outcome"] == "failed"
    assert merged["ID-2"]["outcome"] == "skipped"
    assert combine("passed", "skipped") == "partly skipped"
    assert combine("not run", "passed") == "passed"


def test_nightly_runs_the_mutation_matrix_and_its_verdict_counts_it() -> None:
    text = (ROOT / ".github" / "workflows" / "nightly.yml").read_text()
    job = text.split("\n  mutation:\n", 1)[1].split("\n  report:\n", 1)[0]
    assert "run: make mutation" in job and "reports/mutation.md" in job
    verdict = text.split("\n  verdict:\n", 1)[1]
    assert "mutation]" in verdict and "needs.mutation.result" in verdict
