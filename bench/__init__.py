"""`make bench`: the suite's speed against pytest-playwright's default fixtures and the machine's floor.

`python -m bench` runs every stage and writes `reports/bench.json` and `reports/bench.md`. The stages:
`bench.recorder` (a pytest plugin timing tests and recording their navigations), `bench.floor` (the
recorded browser work replayed without a test framework), `bench.plain` (a rootdir with pytest-playwright's
own fixtures) and `bench.ours` (the same trivial tests with the suite's fixtures).
"""
