"""Altinn scenarios (guide 000). A package, so module names never clash with other services' tests."""
