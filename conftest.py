"""Root conftest: the suite's fixtures live in `fixtures/` as pytest plugins."""

# Order matters only for assertion rewriting: a plugin imported by another must be registered first.
pytest_plugins = [
    "fixtures.data",
    "fixtures.languages",
    "fixtures.environment",
    "fixtures.era",
    "fixtures.browser",
    "fixtures.idporten_login",
    "fixtures.oidc_client",
    "fixtures.traceability",
    "fixtures.reporting",
    "fixtures.sharding",
    "fixtures.a11y",
    "fixtures.guide_docs",
    "fixtures.run_summary",
]
