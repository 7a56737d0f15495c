"""The floor is replayed by as many workers as the regression had: every test once, the work evenly dealt."""

from __future__ import annotations

from bench.floor import _balanced


def _records(*sizes: int) -> dict[str, dict]:
    return {f"t{i}": {"navs": [{}] * size} for i, size in enumerate(sizes)}


def test_every_test_is_replayed_once_by_one_worker() -> None:
    records = _records(5, 1, 3, 3, 2, 0, 8)
    shares = _balanced(records, 2)
    assert len(shares) == 2
    assert sorted(nodeid for share in shares for nodeid in share) == sorted(records)


def test_the_work_is_dealt_evenly() -> None:
    shares = _balanced(_records(8, 5, 3, 3, 2, 1), 2)
    loads = sorted(sum(len(r["navs"]) for r in share.values()) for share in shares)
    assert loads == [11, 11]


def test_never_more_workers_than_tests() -> None:
    assert len(_balanced(_records(4), 4)) == 1
    assert len(_balanced({}, 2)) == 1
