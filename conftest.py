"""Root conftest: the suite's fixtures live in `fixtures/` as pytest plugins."""

pytest_plugins = [
    "fixtures.environment",
    "fixtures.browser",
    "fixtures.data",
    "fixtures.languages",
    "fixtures.traceability",
    "fixtures.reporting",
    "fixtures.sharding",
    "fixtures.a11y",
    "fixtures.guide_docs",
]
