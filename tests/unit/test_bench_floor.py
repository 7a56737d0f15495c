"""The floor is replayed by as many workers as the regression had: every test once, the work evenly dealt."""

from __future__ import annotations

from bench.floor import _balanced, sample


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


def test_a_sample_draws_short_and_long_tests_alike() -> None:
    records = _records(*range(1, 21))  # t0 has 1 navigation ... t19 has 20
    chosen, share = sample(records, 0.5)
    assert len(chosen) == 10
    sizes = sorted(len(r["navs"]) for r in chosen.values())
    assert sizes[0] <= 2 and sizes[-1] >= 19  # both ends of the spread, not just the short ones
    assert share == sum(sizes) / sum(range(1, 21))


def test_the_whole_floor_when_the_share_is_one() -> None:
    records = _records(3, 1, 2)
    assert sample(records, 1.0) == (records, 1.0)
